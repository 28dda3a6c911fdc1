//! Any text as a web page: Readability extraction must return an article or an error, never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(x) = parallax::ingest::html::extract(&text, "fuzz.html", None) {
        assert!(!x.text.trim().is_empty());
    }
});
