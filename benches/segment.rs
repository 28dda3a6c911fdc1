//! Throughput of `parallax::segment::split` on English news-like text (~1 MB of original
//! sentences), with raw UAX #29 sentence bounds over the same text as the in-run baseline.
//!
//! Run: `cargo bench --bench segment`. Compare the two `thrpt` lines.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use unicode_segmentation::UnicodeSegmentation;

/// Original news-like sentences (fictional), with the features the splitter handles: datelines,
/// abbreviations, initials, numbers, quotes, ellipses, hard-wrapped lines and paragraphs.
const PARAGRAPHS: &[&str] = &[
    "BAKU, Sept. 20 (Wire) - The Defense Ministry said on Wednesday that its forces had taken\n\
     control of more than 60 positions. \"We have no intention of harming civilians,\" a\n\
     spokesman told reporters in the capital.",
    "U.S. Secretary of State J. Blinken called President I. Aliyev and urged an immediate halt to\n\
     the fighting. The call, held at 10 a.m. local time, lasted about 3.5 hours, officials said.",
    "Officials in Yerevan said 78,354 people had registered as displaced by Sept. 30. Dr. Hale of\n\
     the U.N. refugee agency warned of shortages of fuel, medicine, blankets, etc. Others were\n\
     more hopeful... The first convoy arrived on Oct. 2.",
    "“We left everything behind,” said one woman at the border. “The shelling started at dawn.”\n\
     Her account could not be independently verified (the area was closed to reporters).",
    "Talks are expected to resume next week in Brussels. Will they hold? Nobody knows!",
];

fn news_text(target: usize) -> String {
    let mut text = String::with_capacity(target + 1024);
    while text.len() < target {
        for p in PARAGRAPHS {
            text.push_str(p);
            text.push_str("\n\n");
        }
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = news_text(1 << 20);
    let mut group = c.benchmark_group("segment_en_news");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("parallax_split", |b| {
        b.iter(|| parallax::segment::split(black_box(&text), "en").len())
    });
    group.bench_function("uax29_split_sentence_bounds", |b| {
        b.iter(|| black_box(&text).split_sentence_bounds().count())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
