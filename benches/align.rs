//! Parallel alignment (`align --mode parallel`) of a text with its translation, 100 × 100 and
//! 6,500 × 6,500 sentences, next to a plain length-only Gale–Church dynamic programme over the
//! same sentence lengths (full matrix, rows kept in turn) as an in-run baseline, so results read
//! as ratios. `parallel_embedded` is the same alignment with a 384-dimensional embedding on
//! every sentence (as `align --embeddings` gives with multilingual-e5-small; pseudo-random
//! here, since the cost, not the result, is measured).
//!
//! The texts are generated from an original, invented bilingual vocabulary of mountain words,
//! fictional names and figures: one to three clauses a sentence, about one sentence in twenty
//! split in two on one side or the other, so that sentences differ as in a real text.
//!
//!     cargo bench --bench align -- --warm-up-time 1 --measurement-time 3

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::align::{Mode, align};
use parallax::analyze::Analyzer;
use parallax::ingest::parse_article;
use parallax::model::Document;

/// (German, French) nouns with their articles.
const NOUNS: &[(&str, &str)] = &[
    ("der Gipfel", "le sommet"),
    ("die Hütte", "la cabane"),
    ("der Grat", "l' arête"),
    ("der Gletscher", "le glacier"),
    ("das Seil", "la corde"),
    ("die Wand", "la paroi"),
    ("der Nebel", "le brouillard"),
    ("der Schnee", "la neige"),
    ("der Fels", "le rocher"),
    ("der Weg", "le chemin"),
    ("das Tal", "la vallée"),
    ("der See", "le lac"),
    ("der Wind", "le vent"),
    ("die Sonne", "le soleil"),
    ("der Sturm", "la tempête"),
    ("der Führer", "le guide"),
    ("das Lager", "le camp"),
    ("der Rucksack", "le sac"),
    ("der Pickel", "le piolet"),
    ("die Spalte", "la crevasse"),
    ("der Kamin", "la cheminée"),
    ("die Platte", "la dalle"),
    ("die Rinne", "le couloir"),
    ("die Quelle", "la source"),
    ("die Brücke", "le pont"),
    ("das Dorf", "le village"),
    ("der Wald", "la forêt"),
    ("die Wiese", "la prairie"),
    ("der Bach", "le ruisseau"),
    ("der Himmel", "le ciel"),
    ("die Wolke", "le nuage"),
    ("der Regen", "la pluie"),
    ("die Kälte", "le froid"),
    ("der Sattel", "le col"),
    ("die Kante", "le fil"),
    ("der Haken", "le piton"),
];
/// (German, French) verbs, third person.
const VERBS: &[(&str, &str)] = &[
    ("erreicht", "atteint"),
    ("sieht", "voit"),
    ("sucht", "cherche"),
    ("verlässt", "quitte"),
    ("überquert", "traverse"),
    ("umgeht", "contourne"),
    ("betrachtet", "regarde"),
    ("fürchtet", "craint"),
    ("findet", "trouve"),
    ("verliert", "perd"),
    ("erklimmt", "gravit"),
    ("meidet", "évite"),
];
/// (German, French) adjectives, German before and French after the noun.
const ADJECTIVES: &[(&str, &str)] = &[
    ("steile", "raide"),
    ("vereiste", "glacé"),
    ("lange", "long"),
    ("dunkle", "sombre"),
    ("schmale", "étroit"),
    ("breite", "large"),
    ("alte", "vieux"),
    ("stille", "calme"),
];
/// Fictional climbers.
const NAMES: &[&str] = &[
    "Brändli",
    "Oswaldi",
    "Marquet",
    "Tschudin",
    "Vuilleumier",
    "Caduff",
    "Renggli",
    "Perrod",
    "Zumstein",
    "Bonvin",
    "Giacometti",
    "Hefti",
];

/// A small deterministic generator (xorshift), so every run sees the same text.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// One clause in both languages.
fn clause(rng: &mut Rng) -> (String, String) {
    let subject = NAMES[rng.below(NAMES.len())];
    let (vd, vf) = VERBS[rng.below(VERBS.len())];
    let (nd, nf) = NOUNS[rng.below(NOUNS.len())];
    let (mut de, mut fr) = if rng.below(3) == 0 {
        let (ad, af) = ADJECTIVES[rng.below(ADJECTIVES.len())];
        let (art, noun) = nd.split_once(' ').unwrap_or(("", nd));
        (
            format!("{subject} {vd} {art} {ad} {noun}"),
            format!("{subject} {vf} {nf} {af}"),
        )
    } else {
        (
            format!("{subject} {vd} {nd}"),
            format!("{subject} {vf} {nf}"),
        )
    };
    if rng.below(4) == 0 {
        let (nd2, nf2) = NOUNS[rng.below(NOUNS.len())];
        de.push_str(&format!(" bei {nd2}"));
        fr.push_str(&format!(" près de {nf2}"));
    }
    if rng.below(5) == 0 {
        let height = 1800 + rng.below(2800);
        de.push_str(&format!(" auf {height} m"));
        fr.push_str(&format!(" à {height} m"));
    }
    (de, fr)
}

/// `n` German lines and `n` French lines, one sentence a line, translating each other.
fn texts(n: usize) -> (String, String) {
    let mut rng = Rng(0x5eed_cafe_f00d_0001);
    let (mut de, mut fr) = (Vec::new(), Vec::new());
    while de.len() < n || fr.len() < n {
        let parts: Vec<(String, String)> =
            (0..1 + rng.below(3)).map(|_| clause(&mut rng)).collect();
        let (pd, pf): (Vec<&str>, Vec<&str>) =
            parts.iter().map(|(d, f)| (d.as_str(), f.as_str())).unzip();
        // now and then one side splits the sentence in two
        for (side, clauses, and) in [(&mut de, pd, " , und "), (&mut fr, pf, " , et ")] {
            if clauses.len() > 1 && rng.below(20) == 0 {
                side.extend(clauses.iter().map(|c| format!("{c} .")));
            } else {
                side.push(format!("{} .", clauses.join(and)));
            }
        }
    }
    de.truncate(n);
    fr.truncate(n);
    (de.join("\n"), fr.join("\n"))
}

fn document(analyzer: &Analyzer, body: String, lang: &str) -> Document {
    let article = parse_article(body, lang, "bench", None);
    analyzer.analyze_lines(article, Some(lang))
}

/// `doc` with a pseudo-random unit vector of `dim` dimensions on every sentence.
fn embedded(doc: &Document, dim: usize, seed: u64) -> Document {
    let mut rng = Rng(seed);
    let mut doc = doc.clone();
    for s in &mut doc.sentences {
        let v: Vec<f32> = (0..dim)
            .map(|_| rng.below(1 << 16) as f32 / (1 << 16) as f32 - 0.5)
            .collect();
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        s.embedding = Some(v.into_iter().map(|x| x / norm).collect());
    }
    doc
}

/// Baseline: Gale–Church over lengths only (moves 1-1, 1-0, 0-1, 1-2, 2-1), full matrix, three
/// rows kept at a time; returns the cost of the best alignment.
fn gale_church(l: &[usize], r: &[usize]) -> f64 {
    let m = r.len();
    let cost = |a: usize, b: usize| {
        let (a, b) = (a as f64, b as f64);
        let d = (b - a) / (6.8 * (a + b) / 2.0 + 1.0).sqrt();
        d * d
    };
    // rows[k]: row i - 2 + k
    let mut rows = [
        vec![f64::INFINITY; m + 1],
        vec![f64::INFINITY; m + 1],
        vec![f64::INFINITY; m + 1],
    ];
    for i in 0..=l.len() {
        rows.rotate_left(1);
        let [back2, back1, row] = &mut rows;
        for j in 0..=m {
            let mut b = if (i, j) == (0, 0) { 0.0 } else { f64::INFINITY };
            if i > 0 {
                b = b.min(back1[j] + 5.0);
            }
            if j > 0 {
                b = b.min(row[j - 1] + 5.0);
            }
            if i > 0 && j > 0 {
                b = b.min(back1[j - 1] + cost(l[i - 1], r[j - 1]));
            }
            if i > 0 && j > 1 {
                b = b.min(back1[j - 2] + cost(l[i - 1], r[j - 1] + r[j - 2]) + 1.0);
            }
            if i > 1 && j > 0 {
                b = b.min(back2[j - 1] + cost(l[i - 1] + l[i - 2], r[j - 1]) + 1.0);
            }
            row[j] = b;
        }
    }
    rows[2][m]
}

fn bench(c: &mut Criterion) {
    let glossary = parallax::load_glossary(&[], true).expect("built-in glossary");
    let analyzer = Analyzer::new(&glossary, parallax::load_cues().expect("cues"));
    for (n, samples) in [(100, 50), (6500, 10)] {
        let (de, fr) = texts(n);
        let de = document(&analyzer, de, "de");
        let fr = document(&analyzer, fr, "fr");
        assert_eq!((de.sentences.len(), fr.sentences.len()), (n, n));
        let chars = |d: &Document| -> Vec<usize> {
            d.sentences.iter().map(|s| s.text.chars().count()).collect()
        };
        let (lc, rc) = (chars(&de), chars(&fr));
        let mut g = c.benchmark_group(format!("align_{n}x{n}"));
        g.sample_size(samples);
        g.bench_function("parallel", |b| {
            b.iter(|| align(black_box(&de), black_box(&fr), 0, 1, Mode::Parallel))
        });
        let (de_e, fr_e) = (embedded(&de, 384, 0x5eed), embedded(&fr, 384, 0xf00d));
        g.bench_function("parallel_embedded", |b| {
            b.iter(|| align(black_box(&de_e), black_box(&fr_e), 0, 1, Mode::Parallel))
        });
        g.bench_function("gale_church_baseline", |b| {
            b.iter(|| gale_church(black_box(&lc), black_box(&rc)))
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
