//! What a sentence offers for alignment, and how two sentences score against each other.

use std::collections::{BTreeSet, HashMap};

use crate::model::{Evidence, NumberAnchor, Sentence};

/// Words shorter than this (in characters) are treated as function words.
const MIN_CONTENT_CHARS: usize = 4;
/// Content words are compared by this many leading characters: a crude stem that joins
/// "refugees"/"refugee", "crossed"/"crossing".
const STEM_CHARS: usize = 6;

/// The alignment-relevant content of one sentence.
#[derive(Debug, Clone, Default)]
pub struct Features<'a> {
    pub lang: &'a str,
    /// Glossary entity ids, sorted, deduplicated.
    pub entities: Vec<&'a str>,
    /// Date keys, sorted, deduplicated.
    pub dates: Vec<String>,
    /// Numbers that are not years.
    pub numbers: Vec<&'a NumberAnchor>,
    /// Content-word stems, lowercased, sorted, deduplicated.
    pub words: Vec<String>,
    /// Length in characters.
    pub chars: usize,
}

/// The features of a sentence. When it carries a translation, words are taken from the
/// translation and the sentence counts as being in the translation's language, so that two
/// sentences translated to one pivot compare word by word.
pub fn features(s: &Sentence) -> Features<'_> {
    let entities: BTreeSet<&str> = s.names.iter().map(|n| n.entity.as_str()).collect();
    let dates: BTreeSet<String> = s.dates.iter().map(|d| d.key()).collect();
    let (lang, text) = match &s.translation {
        Some(t) => (t.lang.as_str(), t.text.as_str()),
        None => (s.language.as_str(), s.text.as_str()),
    };
    let words: BTreeSet<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= MIN_CONTENT_CHARS && !w.chars().all(|c| c.is_numeric()))
        .map(|w| w.to_lowercase().chars().take(STEM_CHARS).collect())
        .collect();
    Features {
        lang,
        entities: entities.into_iter().collect(),
        dates: dates.into_iter().collect(),
        numbers: s.numbers.iter().filter(|n| !n.is_year).collect(),
        words: words.into_iter().collect(),
        chars: s.text.chars().count(),
    }
}

/// How rare each entity is in the two documents: an entity named in every sentence says
/// little about which sentences belong together.
#[derive(Debug, Default)]
pub struct EntityWeights {
    left: HashMap<String, usize>,
    right: HashMap<String, usize>,
}

impl EntityWeights {
    pub fn new(left: &[Features], right: &[Features]) -> Self {
        let count = |side: &[Features]| {
            let mut m: HashMap<String, usize> = HashMap::new();
            for f in side {
                for e in &f.entities {
                    *m.entry((*e).to_string()).or_default() += 1;
                }
            }
            m
        };
        EntityWeights {
            left: count(left),
            right: count(right),
        }
    }

    /// 1 for an entity named once on each side, falling as it is named more often.
    pub fn weight(&self, entity: &str) -> f64 {
        let l = *self.left.get(entity).unwrap_or(&1) as f64;
        let r = *self.right.get(entity).unwrap_or(&1) as f64;
        1.0 / (l * r).sqrt()
    }
}

/// Two numbers that look like the same kind of quantity: within two orders of magnitude.
pub fn comparable_numbers(a: &NumberAnchor, b: &NumberAnchor) -> bool {
    let (x, y) = (a.value.abs().max(1.0), b.value.abs().max(1.0));
    (x / y).log10().abs() < 1.0 && !(a.value < 10.0 && b.value < 10.0)
}

/// Pairs of numbers (left surface, right surface) that agree (ranges overlap and magnitudes are
/// alike: "more than 200" does not confirm "more than 100,000"), and those that conflict: the
/// same kind of quantity with ranges that cannot both be true.
pub fn number_relations(a: &[&NumberAnchor], b: &[&NumberAnchor]) -> (Vec<String>, Vec<String>) {
    let mut agree = Vec::new();
    let mut conflict = Vec::new();
    let mut b_agreed = vec![false; b.len()];
    for x in a {
        if let Some(j) = b
            .iter()
            .position(|y| x.overlaps(y) && comparable_numbers(x, y))
        {
            agree.push(format!("{} / {}", x.surface, b[j].surface));
            b_agreed[j] = true;
        }
    }
    for x in a {
        if b.iter().any(|y| x.overlaps(y)) {
            continue;
        }
        if let Some((_, y)) = b
            .iter()
            .enumerate()
            .find(|(j, y)| !b_agreed[*j] && comparable_numbers(x, y))
        {
            conflict.push(format!("{} / {}", x.surface, y.surface));
        }
    }
    (agree, conflict)
}

fn shared<'x, T: Ord + Clone>(a: &'x [T], b: &'x [T]) -> Vec<T> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i].clone());
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Feature weights of the comparable score.
const DATE_WEIGHT: f64 = 1.0;
/// A shared number alone stays below [`super::MIN_RAW_SCORE`]: "at least 10" matches too much.
const NUMBER_WEIGHT: f64 = 0.9;
const CONFLICT_WEIGHT: f64 = 0.6;
const WORD_WEIGHT: f64 = 4.0;

/// The raw score of a sentence pair (0 = nothing in common) and why.
pub fn score(a: &Features, b: &Features, weights: &EntityWeights) -> (f64, Evidence) {
    let entities = shared(&a.entities, &b.entities);
    let dates = shared(&a.dates, &b.dates);
    let (numbers, conflicting_numbers) = number_relations(&a.numbers, &b.numbers);
    let shared_words = if a.lang == b.lang {
        shared(&a.words, &b.words)
    } else {
        Vec::new()
    };
    let union = a.words.len() + b.words.len() - shared_words.len();
    let jaccard = if union == 0 {
        0.0
    } else {
        shared_words.len() as f64 / union as f64
    };
    let raw = entities.iter().map(|e| weights.weight(e)).sum::<f64>()
        + DATE_WEIGHT * dates.len() as f64
        + NUMBER_WEIGHT * numbers.len() as f64
        - CONFLICT_WEIGHT * conflicting_numbers.len() as f64
        + WORD_WEIGHT * jaccard;
    let evidence = Evidence {
        entities: entities.iter().map(|e| e.to_string()).collect(),
        dates,
        numbers,
        conflicting_numbers,
        shared_words,
    };
    (raw.max(0.0), evidence)
}

/// Map a raw score onto 0..1.
pub fn confidence(raw: f64) -> f64 {
    1.0 - (-raw / 2.0).exp()
}
