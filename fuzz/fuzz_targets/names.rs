//! The glossary name matcher (embedded glossary) on any text: mentions point into the text.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use parallax::glossary::{Glossary, Matcher};

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| Matcher::new(&Glossary::embedded().expect("embedded glossary")))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for lang in ["en", "ru", "az", "hy"] {
        for m in matcher().find(text, lang) {
            assert!(m.span.end <= text.len() && m.span.start <= m.span.end);
            assert_eq!(&text[m.span.start..m.span.end], m.surface);
        }
    }
});
