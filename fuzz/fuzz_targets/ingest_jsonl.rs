//! Any bytes as a JSON Lines corpus: every line is an article or a failure naming its line.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = parallax::ingest::IngestOptions::default();
    for item in parallax::ingest::jsonl::Lines::new(data, "fuzz.jsonl", "fuzz", &opts) {
        if let Err(f) = item {
            assert!(f.source.starts_with("fuzz.jsonl:"));
        }
    }
});
