//! Name matching throughput: [`Matcher::find`] (folding, inflection, boundary checks) against raw
//! Aho-Corasick (leftmost-longest, no folding, no checks) over the same glossary names and the
//! same text, measured in the same run so the result reads as a ratio. Also: loading the
//! embedded glossary and building the matcher, which must stay under 20 ms.
//!
//! The text is the repository's sample articles (original, fictional outlets) in 12 languages,
//! read at run time; each language's articles are matched with that language's rules.
//!
//! `cargo bench --bench names` prints, after criterion's figures, one line
//! `ratio find/raw = N%` from a plain timing loop over the same inputs.

use std::hint::black_box;
use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::glossary::{Glossary, Matcher, Scratch};

/// (language, text) of every sample article.
fn corpus() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/karabakh-2023");
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("samples/karabakh-2023")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let lang = name.split('-').next().unwrap_or("und").to_string();
        out.push((lang, std::fs::read_to_string(&p).unwrap()));
    }
    out
}

fn raw_automaton(g: &Glossary) -> AhoCorasick {
    let patterns: Vec<&str> = g
        .entities
        .iter()
        .flat_map(|e| e.names.iter().map(|n| n.text.as_str()))
        .collect();
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns)
        .unwrap()
}

fn run_find(m: &Matcher, texts: &[(String, String)], s: &mut Scratch) -> usize {
    texts.iter().map(|(l, t)| m.find_with(t, l, s).len()).sum()
}

fn run_raw(ac: &AhoCorasick, texts: &[(String, String)]) -> usize {
    texts.iter().map(|(_, t)| ac.find_iter(t).count()).sum()
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let g = Glossary::embedded().unwrap();
    let m = Matcher::new(&g);
    let ac = raw_automaton(&g);

    let mut group = c.benchmark_group("names");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("raw_aho_corasick", |b| {
        b.iter(|| run_raw(black_box(&ac), black_box(&texts)))
    });
    let mut s = Scratch::default();
    group.bench_function("matcher_find", |b| {
        b.iter(|| run_find(black_box(&m), black_box(&texts), &mut s))
    });
    group.finish();
    c.bench_function("load_and_build", |b| {
        b.iter(|| Matcher::new(&Glossary::embedded().unwrap()).pattern_count())
    });

    // The ratio, from plain timing loops over the same inputs: blocks of raw and find in turn,
    // each after a few untimed rounds, and the fastest block of each (a machine shared with
    // other work only ever makes a block slower).
    let block = |f: &mut dyn FnMut() -> usize| {
        let rounds = 1000;
        for _ in 0..10 {
            black_box(f());
        }
        let start = Instant::now();
        for _ in 0..rounds {
            black_box(f());
        }
        start.elapsed().as_secs_f64() / rounds as f64
    };
    let (mut raw, mut find) = (f64::MAX, f64::MAX);
    for _ in 0..5 {
        raw = raw.min(block(&mut || run_raw(&ac, &texts)));
        find = find.min(block(&mut || run_find(&m, &texts, &mut s)));
    }
    let (build, built) = (0..3)
        .map(|_| {
            let start = Instant::now();
            let built = Matcher::new(&Glossary::embedded().unwrap());
            (start.elapsed(), built)
        })
        .min_by_key(|(t, _)| *t)
        .expect("three builds");
    println!(
        "{} KB: raw {:.0} MB/s, find {:.0} MB/s, ratio find/raw = {:.0}%; load+build {:.1} ms ({} patterns)",
        bytes / 1000,
        bytes as f64 / raw / 1e6,
        bytes as f64 / find / 1e6,
        100.0 * raw / find,
        build.as_secs_f64() * 1000.0,
        built.pattern_count()
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
