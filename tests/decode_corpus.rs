//! Every real page of `../shared/corpus` re-encoded the ways scraped Chinese pages come: GBK (or
//! Big5 for traditional-script pages) with no declaration, under a Western template's
//! windows-1252, under a UTF-8 declaration, and (GBK) under a Big5 one. The decoder must find the
//! page's real encoding from the bytes each time and give back the very same text.

mod common;

use jianbao::decode::decode;

/// Traditional-script pages are re-encoded in Big5, the others in GBK: counted on characters whose
/// two forms differ.
fn legacy_encoding(text: &str) -> &'static encoding_rs::Encoding {
    let count = |set: &str| text.chars().filter(|c| set.contains(*c)).count();
    if count("這個們國說時來後會對於經過還義務與學") > count("这个们国说时来后会对于经过还义务与学")
    {
        encoding_rs::BIG5
    } else {
        encoding_rs::GBK
    }
}

/// The page without any charset declaration (the word is defused where it stands).
fn undeclared(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.to_ascii_lowercase().find("charset") {
        out.push_str(&rest[..at]);
        out.push_str("data-cs");
        rest = &rest[at + "charset".len()..];
    }
    out.push_str(rest);
    out
}

#[test]
fn real_pages_reencoded_with_lying_or_missing_declarations() {
    let mut pages = Vec::new();
    for set in ["daniel-news/html", "magic-html-article/html"] {
        let Some(dir) = common::shared(&format!("corpus/{set}")) else {
            return;
        };
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("corpus folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        pages.extend(files);
    }
    let (mut checked, mut wrong) = (0usize, Vec::new());
    for path in &pages {
        let original = decode(&std::fs::read(path).expect("page"));
        if original.had_errors {
            continue;
        }
        let text = undeclared(&original.text);
        let enc = legacy_encoding(&text);
        let mut variants = vec![("none", text.clone())];
        for label in ["windows-1252", "utf-8"]
            .into_iter()
            .chain((enc == encoding_rs::GBK).then_some("big5"))
        {
            variants.push((label, format!("<meta charset=\"{label}\">{text}")));
        }
        for (label, page) in variants {
            let (bytes, _, _) = enc.encode(&page);
            // What the page's real encoding gives back (characters it cannot hold became &#…;).
            let (want, _) = enc.decode_without_bom_handling(&bytes);
            let got = decode(&bytes);
            checked += 1;
            if got.encoding != enc || got.text != want {
                wrong.push(format!(
                    "{} as {} declared {label}: read as {}",
                    path.display(),
                    enc.name(),
                    got.encoding.name()
                ));
            }
        }
    }
    eprintln!("{checked} re-encoded pages, {} read wrongly", wrong.len());
    assert!(checked > 800, "only {checked} variants checked");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
