//! Detection of one ~100-character sentence: parallax's `Detector` (script and letter rules in
//! front of lingua) against two baselines measured in the same run: lingua high accuracy over
//! the same 17 candidates with no rules (what `lang.rs` did before), and lingua low accuracy
//! mode over them. Also `sentence_language` for a sentence in its article's language (the
//! common case `analyze` pays for every sentence).
//!
//! Run: `cargo bench --bench lang`. Compare the `time` lines: parallax/x over lingua_high/x is
//! the ratio; the first run pages the models in.

use criterion::{Criterion, criterion_group, criterion_main};
use lingua::LanguageDetectorBuilder;
use parallax::lang::{Detector, LANGUAGES};
use std::hint::black_box;

/// Original sentences of about 100 characters (fictional news).
const SENTENCES: &[(&str, &str)] = &[
    (
        "en",
        "The council voted on Tuesday to rebuild the old river bridge before the spring floods arrive.",
    ),
    (
        "ru",
        "Во вторник совет проголосовал за восстановление старого моста до весеннего половодья.",
    ),
    (
        "uk",
        "У вівторок рада проголосувала за відновлення старого мосту ще до весняної повені.",
    ),
    (
        "az",
        "Şura çərşənbə axşamı köhnə körpünün yaz daşqınlarından əvvəl bərpa edilməsinə səs verdi.",
    ),
    (
        "tr",
        "Meclis salı günü eski köprünün bahar taşkınlarından önce yeniden yapılmasını oyladı.",
    ),
    (
        "de",
        "Der Rat stimmte am Dienstag dafür, die alte Flussbrücke noch vor dem Frühjahrshochwasser neu zu bauen.",
    ),
];

fn bench(c: &mut Criterion) {
    let ours = Detector::new();
    let high = LanguageDetectorBuilder::from_languages(&LANGUAGES).build();
    let low = LanguageDetectorBuilder::from_languages(&LANGUAGES)
        .with_low_accuracy_mode()
        .build();
    for (lang, s) in SENTENCES {
        assert_eq!(
            ours.detect(s).map(|g| g.lang).as_deref(),
            Some(*lang),
            "{s}"
        );
    }
    let mut group = c.benchmark_group("detect_sentence");
    for (lang, s) in SENTENCES {
        group.bench_function(format!("parallax/{lang}"), |b| {
            b.iter(|| ours.detect(black_box(s)))
        });
        group.bench_function(format!("lingua_high/{lang}"), |b| {
            b.iter(|| high.compute_language_confidence_values(black_box(*s)))
        });
        group.bench_function(format!("lingua_low/{lang}"), |b| {
            b.iter(|| low.compute_language_confidence_values(black_box(*s)))
        });
        group.bench_function(format!("sentence_language_same/{lang}"), |b| {
            b.iter(|| ours.sentence_language(black_box(s), lang))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
