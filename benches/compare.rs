//! Comparable alignment of many articles at once (`compare` on a corpus): every pair of the
//! comparable gold set's articles (all its stories together, as a desk's pile of coverage would
//! be; 206 articles and 21,115 pairs with thirty stories), clustered into facts, next to an
//! in-run baseline: scoring every
//! sentence pair of every document pair naively (each pair's weights counted afresh, no
//! candidate index), which is the work a straightforward aligner does before choosing anything.
//! Results read as ratios. Two more lines measure `compare --partners 20` on the same articles:
//! choosing each article's twenty nearest (`partners_nearest_20`), and aligning only those
//! pairs (`align_all_comparable_nearest_20`). `align_all_comparable_embedded` is the first line
//! with every sentence carrying a 384-dimensional embedding (as `compare --embeddings` gives with
//! multilingual-e5-small; pseudo-random here, since the cost, not the result, is measured).
//!
//!     cargo bench --bench compare -- --warm-up-time 1 --measurement-time 5

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::align::features::{EntityWeights, Features, raw_score};
use parallax::align::{align_all_comparable, document_features};
use parallax::analyze::Analyzer;
use parallax::ingest::parse_article;
use parallax::model::Document;
use rayon::prelude::*;

fn corpus(analyzer: &Analyzer) -> Vec<Document> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/comparable");
    let mut paths: Vec<_> = std::fs::read_dir(root)
        .expect("tests/data/comparable")
        .flatten()
        .filter(|e| e.path().is_dir())
        .flat_map(|story| std::fs::read_dir(story.path()).expect("story").flatten())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("article");
            let name = p.display().to_string();
            analyzer.analyze(parse_article(text, &name, &name, None), None)
        })
        .collect()
}

/// Baseline: every sentence pair of every document pair scored, weights counted per pair,
/// pairs in parallel as the aligner runs them.
fn naive_scores(features: &[Vec<Features>], pairs: &[(usize, usize)]) -> f64 {
    pairs
        .par_iter()
        .map(|&(i, j)| {
            let (lf, rf) = (&features[i], &features[j]);
            let weights = EntityWeights::new(lf, rf);
            let mut total = 0.0;
            for a in lf {
                for b in rf {
                    total += raw_score(a, b, &weights);
                }
            }
            total
        })
        .sum()
}

/// `docs` with a pseudo-random unit vector of `dim` dimensions on every sentence.
fn with_embeddings(docs: &[Document], dim: usize) -> Vec<Document> {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        // xorshift64*: reproducible, and no crate for a benchmark's noise
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 40) as f32 / (1u64 << 24) as f32 - 0.5
    };
    let mut docs = docs.to_vec();
    for s in docs.iter_mut().flat_map(|d| d.sentences.iter_mut()) {
        let v: Vec<f32> = (0..dim).map(|_| next()).collect();
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        s.embedding = Some(v.into_iter().map(|x| x / norm).collect());
    }
    docs
}

fn bench(c: &mut Criterion) {
    let glossary = parallax::load_glossary(&[], true).expect("built-in glossary");
    let analyzer = Analyzer::new(&glossary, parallax::load_cues().expect("cues"));
    let docs = corpus(&analyzer);
    assert!(docs.len() >= 120, "{} articles", docs.len());
    let features: Vec<Vec<Features>> = docs.iter().map(document_features).collect();
    let pairs: Vec<(usize, usize)> = (0..docs.len())
        .flat_map(|i| (i + 1..docs.len()).map(move |j| (i, j)))
        .collect();
    let mut g = c.benchmark_group(format!("compare_{}_articles", docs.len()));
    g.sample_size(10);
    g.bench_function("align_all_comparable", |b| {
        b.iter(|| align_all_comparable(black_box(&docs), black_box(&features), &pairs))
    });
    let embedded = with_embeddings(&docs, 384);
    let embedded_features: Vec<Vec<Features>> = embedded.iter().map(document_features).collect();
    g.bench_function("align_all_comparable_embedded", |b| {
        b.iter(|| align_all_comparable(black_box(&embedded), black_box(&embedded_features), &pairs))
    });
    let langs: Vec<&str> = docs.iter().map(|d| d.language.as_str()).collect();
    g.bench_function("partners_nearest_20", |b| {
        b.iter(|| parallax::align::partners::nearest(black_box(&features), &langs, 20))
    });
    let near = parallax::align::partners::nearest(&features, &langs, 20);
    g.bench_function("align_all_comparable_nearest_20", |b| {
        b.iter(|| align_all_comparable(black_box(&docs), black_box(&features), &near))
    });
    g.bench_function("naive_scoring_baseline", |b| {
        b.iter(|| naive_scores(black_box(&features), &pairs))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
