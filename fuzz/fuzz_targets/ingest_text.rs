//! Any bytes through decoding (BOM, UTF-16, legacy guesses) and the plain-text article parser.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(d) = parallax::ingest::encoding::decode_bytes(data, "fuzz.txt", None) {
        let a = parallax::ingest::parse_article(d.text, "fuzz", "fuzz.txt", None);
        // The body is a suffix of the decoded text: offsets must stay valid.
        assert!(a.body.len() <= data.len() * 3 + 3);
    }
    let _ = parallax::ingest::encoding::meta_charset(data);
});
