//! Property tests of comparable alignment across three or more articles: whatever the articles,
//! primary pairs never share a sentence, only secondary links repeat one (a headline or a lead
//! at most four times in a pair of articles, any other sentence at most twice), every index is in range,
//! and no pair of sentences is shown twice. The articles are drawn from a pool of original
//! sentences about one invented event, in three languages, so that facts, headlines and their
//! further facts really form.

use std::collections::HashMap;

use parallax::align::{align_all_comparable, document_features};
use parallax::analyze::Analyzer;
use parallax::model::{Article, Document};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

const HEADLINES: &[(&str, &str)] = &[
    (
        "en",
        "Flood in Yevlakh forces 3,000 from their homes as the Kura bursts its banks",
    ),
    (
        "ru",
        "Кура вышла из берегов в Евлахе, эвакуированы 3000 человек",
    ),
    ("az", "Kür daşdı, Yevlaxda 3000 nəfər təxliyə edilib"),
];

const SENTENCES: &[(&str, &str)] = &[
    (
        "en",
        "The Kura burst its banks near Yevlakh on Monday after two days of rain.",
    ),
    (
        "en",
        "About 3,000 people were evacuated from villages in the Yevlakh district.",
    ),
    ("en", "Two people died, the emergencies ministry said."),
    (
        "en",
        "The government in Baku allocated 10 million manats for relief.",
    ),
    ("en", "Rain is expected to ease by Thursday."),
    (
        "ru",
        "В понедельник после двух дней дождей Кура вышла из берегов у Евлаха.",
    ),
    (
        "ru",
        "Из сёл Евлахского района эвакуированы около 3000 человек.",
    ),
    ("ru", "Погибли два человека, сообщило МЧС."),
    (
        "ru",
        "Правительство в Баку выделило на помощь 10 миллионов манатов.",
    ),
    (
        "az",
        "Bazar ertəsi iki günlük yağışdan sonra Kür Yevlax yaxınlığında daşıb.",
    ),
    (
        "az",
        "Yevlax rayonunun kəndlərindən təxminən 3000 nəfər təxliyə edilib.",
    ),
    ("az", "İki nəfər həlak olub, FHN bildirib."),
    ("az", "Hökumət yardım üçün 10 milyon manat ayırıb."),
];

fn analyzer() -> &'static Analyzer {
    static A: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
    A.get_or_init(|| {
        let glossary = parallax::load_glossary(&[], true).expect("shipped glossary loads");
        Analyzer::new(&glossary, parallax::load_cues().expect("shipped cues load"))
    })
}

/// One article: a headline (or none) and the chosen sentences of its language, in the given
/// order.
fn article(id: usize, lang: &str, headline: bool, order: &[usize]) -> Document {
    let pool: Vec<&str> = SENTENCES
        .iter()
        .filter(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .collect();
    let body: Vec<&str> = order.iter().map(|&k| pool[k % pool.len()]).collect();
    let title = HEADLINES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, h)| h.to_string())
        .filter(|_| headline);
    let text = match &title {
        Some(t) => format!("{t}\n\n{}\n", body.join(" ")),
        None => format!("{}\n", body.join(" ")),
    };
    analyzer().analyze(
        Article {
            id: format!("a{id}"),
            source: format!("a{id}.txt"),
            outlet: None,
            date: None,
            title,
            perspective: None,
            url: None,
            byline: None,
            body: text,
        },
        Some(lang),
    )
}

fn articles() -> impl Strategy<Value = Vec<(usize, bool, Vec<usize>)>> {
    prop::collection::vec(
        (
            0usize..3,
            any::<bool>(),
            prop::collection::vec(0usize..5, 1..6),
        ),
        3..6,
    )
}

proptest! {
    #![proptest_config(Config {
        cases: 48,
        rng_seed: RngSeed::Fixed(7),
        failure_persistence: None,
        ..Config::default()
    })]

    #[test]
    fn comparable_alignment_invariants(spec in articles()) {
        let langs = ["en", "ru", "az"];
        let docs: Vec<Document> = spec
            .iter()
            .enumerate()
            .map(|(i, (l, h, order))| article(i, langs[*l], *h, order))
            .collect();
        let features: Vec<_> = docs.iter().map(document_features).collect();
        let mut pairs = Vec::new();
        for i in 0..docs.len() {
            for j in i + 1..docs.len() {
                pairs.push((i, j));
            }
        }
        let alignments = align_all_comparable(&docs, &features, &pairs);
        prop_assert_eq!(alignments.len(), pairs.len());
        for al in &alignments {
            let (n, m) = (docs[al.left].sentences.len(), docs[al.right].sentences.len());
            let mut primary_left = vec![false; n];
            let mut primary_right = vec![false; m];
            let mut secondary: HashMap<(bool, usize), usize> = HashMap::new();
            let mut seen = std::collections::HashSet::new();
            for p in &al.pairs {
                prop_assert!(!p.left.is_empty() && !p.right.is_empty());
                for &a in &p.left {
                    prop_assert!(a < n, "left index {} of {}", a, n);
                }
                for &b in &p.right {
                    prop_assert!(b < m, "right index {} of {}", b, m);
                }
                for &a in &p.left {
                    for &b in &p.right {
                        prop_assert!(seen.insert((a, b)), "pair ({}, {}) shown twice", a, b);
                    }
                }
                if p.secondary {
                    prop_assert!(p.left.len() == 1 && p.right.len() == 1);
                    *secondary.entry((true, p.left[0])).or_default() += 1;
                    *secondary.entry((false, p.right[0])).or_default() += 1;
                } else {
                    for &a in &p.left {
                        prop_assert!(!primary_left[a], "left {} in two primary pairs", a);
                        primary_left[a] = true;
                    }
                    for &b in &p.right {
                        prop_assert!(!primary_right[b], "right {} in two primary pairs", b);
                        primary_right[b] = true;
                    }
                }
            }
            for (&(left, k), &count) in &secondary {
                let doc = if left { &docs[al.left] } else { &docs[al.right] };
                // the headline and the lead, or the first sentence of an untitled article
                let summary = k == 0 || (k == 1 && doc.article.title.is_some());
                let cap = if summary { 4 } else { 2 };
                prop_assert!(count <= cap, "sentence {} has {} secondary links", k, count);
            }
        }
    }
}

/// The rule the properties above bound does fire: a headline that sums up the flood, the
/// evacuation and the toll is shown beside more than one fact of another article.
#[test]
fn a_headline_is_linked_to_more_than_one_fact() {
    let docs: Vec<Document> = [
        ("en", [0, 1, 2, 3]),
        ("ru", [1, 0, 2, 3]),
        ("az", [0, 2, 1, 3]),
    ]
    .iter()
    .enumerate()
    .map(|(i, (lang, order))| article(i, lang, true, order))
    .collect();
    let features: Vec<_> = docs.iter().map(document_features).collect();
    let alignments = align_all_comparable(&docs, &features, &[(0, 1), (0, 2), (1, 2)]);
    let headline_pairs = |al: &parallax::model::Alignment| {
        al.pairs
            .iter()
            .filter(|p| p.left.contains(&0) || p.right.contains(&0))
            .count()
    };
    assert!(
        alignments
            .iter()
            .any(|al| al.pairs.iter().any(|p| p.secondary)),
        "{alignments:#?}"
    );
    assert!(
        alignments.iter().any(|al| headline_pairs(al) >= 2),
        "{alignments:#?}"
    );
}
