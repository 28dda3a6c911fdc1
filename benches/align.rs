//! Parallel alignment (`align --mode parallel`) of a text with its translation, 100 × 100 and
//! 6,500 × 6,500 sentences, next to a plain length-only Gale–Church dynamic programme over the
//! same sentence lengths as an in-run baseline, so results read as ratios.
//!
//! The sentences are generated from original templates (fictional climbs and figures).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::align::{Mode, align};
use parallax::analyze::Analyzer;
use parallax::ingest::parse_article;
use parallax::model::Document;

const DE: &[&str] = &[
    "Am {d}. Juli brach die Seilschaft um {h} Uhr von der Hütte auf .",
    "Der Gletscher war hart gefroren , und die Spalten lagen offen .",
    "Nach {h} Stunden erreichten Meier und Rossi den Grat ( {k} m ) .",
    "Dort wehte ein eisiger Wind , und der Abstieg dauerte bis zum Abend .",
];
const FR: &[&str] = &[
    "Le {d} juillet , la cordée quitta la cabane à {h} heures .",
    "Le glacier était dur et les crevasses béantes .",
    "Après {h} heures , Meier et Rossi atteignirent l' arête ( {k} m ) .",
    "Un vent glacial y soufflait et la descente dura jusqu' au soir .",
];

fn text(templates: &[&str], n: usize) -> String {
    (0..n)
        .map(|i| {
            templates[i % templates.len()]
                .replace("{d}", &(1 + i % 28).to_string())
                .replace("{h}", &(2 + i % 9).to_string())
                .replace("{k}", &(2000 + (i * 37) % 2500).to_string())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn document(analyzer: &Analyzer, body: String, lang: &str) -> Document {
    let article = parse_article(body, lang, "bench", None);
    analyzer.analyze_lines(article, Some(lang))
}

/// Baseline: Gale–Church over lengths only (moves 1-1, 1-0, 0-1, 1-2, 2-1), full matrix.
fn gale_church(l: &[usize], r: &[usize]) -> f64 {
    let (n, m) = (l.len(), r.len());
    let cost = |a: usize, b: usize| {
        let (a, b) = (a as f64, b as f64);
        let d = (b - a) / (6.8 * (a + b) / 2.0 + 1.0).sqrt();
        d * d
    };
    let mut best = vec![f64::INFINITY; (n + 1) * (m + 1)];
    best[0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            let at = i * (m + 1) + j;
            let mut b = best[at];
            if i > 0 {
                b = b.min(best[at - (m + 1)] + 5.0);
            }
            if j > 0 {
                b = b.min(best[at - 1] + 5.0);
            }
            if i > 0 && j > 0 {
                b = b.min(best[at - (m + 1) - 1] + cost(l[i - 1], r[j - 1]));
            }
            if i > 0 && j > 1 {
                b = b.min(best[at - (m + 1) - 2] + cost(l[i - 1], r[j - 1] + r[j - 2]) + 1.0);
            }
            if i > 1 && j > 0 {
                b = b.min(best[at - 2 * (m + 1) - 1] + cost(l[i - 1] + l[i - 2], r[j - 1]) + 1.0);
            }
            best[at] = b;
        }
    }
    best[(n + 1) * (m + 1) - 1]
}

fn bench(c: &mut Criterion) {
    let glossary = parallax::load_glossary(&[], true).expect("built-in glossary");
    let analyzer = Analyzer::new(&glossary, parallax::load_cues().expect("cues"));
    for (n, samples) in [(100, 50), (6500, 10)] {
        let de = document(&analyzer, text(DE, n), "de");
        let fr = document(&analyzer, text(FR, n), "fr");
        let chars = |d: &Document| -> Vec<usize> {
            d.sentences.iter().map(|s| s.text.chars().count()).collect()
        };
        let (lc, rc) = (chars(&de), chars(&fr));
        let mut g = c.benchmark_group(format!("align_{n}x{n}"));
        g.sample_size(samples);
        g.bench_function("parallel", |b| {
            b.iter(|| align(black_box(&de), black_box(&fr), 0, 1, Mode::Parallel))
        });
        g.bench_function("gale_church_baseline", |b| {
            b.iter(|| gale_church(black_box(&lc), black_box(&rc)))
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
