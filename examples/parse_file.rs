//! Parse a file (raw bytes, HTML or text, any encoding) and print the document as JSON.
//!
//! `cargo run --example parse_file -- examples/data/bulletin.txt`

use jianbao::{Options, parse_file};
use std::process::ExitCode;

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/data/bulletin.txt".to_string());
    match parse_file(&path, &Options::default()) {
        Ok(parsed) => match serde_json::to_string_pretty(&parsed.document) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                ExitCode::from(1)
            }
        },
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::from(1)
        }
    }
}
