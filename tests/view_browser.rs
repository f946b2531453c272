//! The seed's view in a real browser: headless Chromium draws it (the screenshot is not blank)
//! and its DOM holds the marks and no script. Without Chromium (or `CHROMIUM`), prints
//! `SKIPPED: chromium is absent` and passes; CI installs it and fails on that line.
#![cfg(feature = "view")]

mod common;

use jianbao::{Options, parse_file};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// `$CHROMIUM`, else `chromium` (or `chromium-browser`) on the `PATH`.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|p| p.is_file())
}

/// Runs headless Chromium with `args` on `page` and returns its standard output; fails the test
/// when it fails or takes more than two minutes.
fn run(browser: &Path, profile: &Path, args: &[&str], page: &Path) -> String {
    let out_file = profile.join("stdout");
    let mut child = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu"])
        .arg(format!(
            "--user-data-dir={}",
            profile.join("profile").display()
        ))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(std::fs::File::create(&out_file).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium took more than two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "chromium failed: {status}");
    std::fs::read_to_string(out_file).unwrap()
}

#[test]
fn chromium_draws_the_seed_view() {
    let Some(seed) = common::shared("seed/zjol-2010-173.txt") else {
        return;
    };
    let Some(browser) = chromium() else {
        eprintln!("SKIPPED: chromium is absent");
        return;
    };
    let parsed = parse_file(seed, &Options::default()).unwrap();
    let quantities: usize = parsed
        .document
        .articles
        .iter()
        .map(|a| a.quantities.len())
        .sum();
    let dir = std::env::temp_dir().join(format!("jianbao-view-browser-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("seed.html");
    std::fs::write(&page, jianbao::view::render(&parsed)).unwrap();

    // The screenshot: the right size, and a page, not a blank.
    let png_path = dir.join("seed.png");
    let shot = format!("--screenshot={}", png_path.display());
    run(&browser, &dir, &[&shot, "--window-size=1200,1600"], &page);
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&png_path).expect("the screenshot was written"),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!((info.width, info.height), (1200, 1600));
    let channels = info.color_type.samples();
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(channels).collect();
    let distinct: std::collections::HashSet<&[u8]> = pixels.iter().copied().collect();
    assert!(distinct.len() > 200, "{} colours", distinct.len());
    let white = pixels.iter().filter(|p| p[..3] == [255, 255, 255]).count();
    let inked = pixels.len() - white;
    assert!(
        inked * 10 > pixels.len(),
        "only {inked} pixels are not white"
    );

    // The DOM after loading: every mark there, no script.
    let dom = run(&browser, &dir, &["--dump-dom"], &page);
    assert!(!dom.to_ascii_lowercase().contains("<script"));
    assert_eq!(dom.matches("<span class=\"q\"").count(), quantities);
    assert_eq!(dom.matches("<span class=\"stitle\">").count(), 3);
    assert_eq!(dom.matches("<span class=\"pt\"").count(), 9);
    assert_eq!(dom.matches("<span class=\"headline\"").count(), 1);
    assert!(dom.contains(">55000多户</span>"));
    let _ = std::fs::remove_dir_all(&dir);
}
