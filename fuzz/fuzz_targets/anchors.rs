//! The date and number parser on any text: anchors point into the text, values are finite.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for lang in ["en", "ru", "tr", "ar", "xx"] {
        let (dates, numbers) = parallax::anchors::find(text, lang, Some(2023));
        for d in &dates {
            assert!(d.span.end <= text.len() && text.is_char_boundary(d.span.start));
        }
        for n in &numbers {
            assert!(n.span.end <= text.len() && text.is_char_boundary(n.span.end));
            assert!(!n.value.is_nan());
        }
    }
});
