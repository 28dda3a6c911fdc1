//! The sentence splitter on any text, in several languages: spans in order, on char boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for lang in ["en", "ru", "hy", "ar", "tr", "und"] {
        let spans = parallax::segment::split(text, lang);
        let mut last = 0;
        for s in &spans {
            assert!(s.start >= last && s.start <= s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            last = s.end;
        }
    }
});
