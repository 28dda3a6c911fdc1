//! Writes the unigram and bigram log-probabilities of lingua's Arabic and Persian models, the
//! table parallax uses to tell the two apart when no letter or word decides (src/lang/arabic.rs).
//! Run: `cargo run --release > ../../src/lang/arabic-script-ngrams.tsv`.
use fst::{IntoStreamer, Streamer};

fn main() {
    println!(
        "# Unigram and bigram log-probabilities of Arabic (ar) and Persian (fa): ln P(c) for one\n\
         # letter, ln P(c2 | c1) for two. Distilled from lingua's language models\n\
         # (lingua-arabic-language-model and lingua-persian-language-model 1.3.0, Apache-2.0,\n\
         # copyright Peter M. Stahl; see NOTICE.md) by tools/distill-ngrams.\n\
         # lang<TAB>ngram<TAB>ln_probability"
    );
    let models = [
        ("ar", lingua_arabic_language_model::ARABIC_MODELS_DIRECTORY),
        ("fa", lingua_persian_language_model::PERSIAN_MODELS_DIRECTORY),
    ];
    for (name, dir) in models {
        let data = dir.get_file("ngrams.fst").expect("model file").contents();
        let map = fst::Map::new(data).expect("lingua model is an fst map");
        let mut stream = map.into_stream();
        while let Some((key, value)) = stream.next() {
            let ngram = std::str::from_utf8(key).expect("UTF-8 n-gram");
            if ngram.chars().count() <= 2 {
                println!("{name}\t{ngram}\t{:.3}", f64::from_bits(value));
            }
        }
    }
}
