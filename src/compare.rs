//! `compare`: analysed documents → aligned, diffed [`Comparison`].

use crate::align::{self, Mode};
use crate::diff;
use crate::facts;
use crate::framing;
use crate::glossary::Glossary;
use crate::model::{Alignment, Comparison, CueRate, Document, InputFailure, OffTopic, Partnering};
use crate::summary;

/// Which pairs of documents `compare` aligns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Partners {
    /// Every pair.
    All,
    /// Each document with its `k` most similar others (see `align::partners`).
    Nearest(usize),
    /// Every pair up to [`AUTO_ALL_MAX`] documents, past that [`AUTO_NEAREST`] nearest each.
    #[default]
    Auto,
}

/// Up to this many documents, [`Partners::Auto`] aligns every pair (19,900 pairs at 200; the
/// gold set's 206 articles take 2.7 s on two cores); 1,030 documents would be 530,000 pairs, a
/// minute and 2.2 GB (with the 50 nearest: 8 s and 0.5 GB).
pub const AUTO_ALL_MAX: usize = 200;
/// Past [`AUTO_ALL_MAX`] documents, [`Partners::Auto`] aligns each with this many nearest.
pub const AUTO_NEAREST: usize = 50;

impl Partners {
    /// The number of nearest partners each of `n` documents gets, `None` for every pair.
    pub fn per_article(self, n: usize) -> Option<usize> {
        match self {
            Partners::All => None,
            Partners::Nearest(k) => (k + 1 < n).then_some(k),
            Partners::Auto => (n > AUTO_ALL_MAX).then_some(AUTO_NEAREST),
        }
    }
}

/// Compare documents: every pair, or as many as [`Partners::Auto`] chooses.
pub fn compare(
    documents: Vec<Document>,
    errors: Vec<InputFailure>,
    glossary: &Glossary,
) -> Comparison {
    compare_with(documents, errors, glossary, Partners::Auto)
}

/// Compare documents, aligning the pairs `partners` chooses.
pub fn compare_with(
    mut documents: Vec<Document>,
    errors: Vec<InputFailure>,
    glossary: &Glossary,
    partners: Partners,
) -> Comparison {
    use rayon::prelude::*;
    unique_ids(&mut documents);
    let features: Vec<_> = documents.par_iter().map(align::document_features).collect();
    let off_topic = off_topic(&features);
    let (alignments, too_long, partnering) = align_all(&documents, &features, partners);
    let mut errors = errors;
    errors.extend(too_long);
    Comparison {
        off_topic,
        copies: crate::copies::find(&documents),
        naming: summary::naming_matrix(&documents),
        entities: summary::entities_mentioned(&documents, glossary),
        facts: facts::cluster(
            &alignments,
            &documents
                .iter()
                .map(|d| d.sentences.len())
                .collect::<Vec<_>>(),
        ),
        cue_rates: cue_rates(&documents),
        documents,
        alignments,
        partners: partnering,
        errors,
    }
}

/// Most sentence pairs (left sentences × right sentences) one comparable alignment scores.
/// Every pair is scored, so time and memory grow with the product: 2,500 × 2,500 sentences take
/// about 0.4 GB and 1.5 s on a laptop. A news article has tens or hundreds of sentences; past
/// this it is a book, and would exhaust the machine's memory (measured: 60,000 × 20,000).
pub const MAX_COMPARABLE_PAIRS: usize = 6_250_000;

/// Why `l` and `r` are not aligned in comparable mode, when they are too long for it.
pub fn too_long_to_compare(l: &Document, r: &Document) -> Option<InputFailure> {
    let (n, m) = (l.sentences.len(), r.sentences.len());
    (n.saturating_mul(m) > MAX_COMPARABLE_PAIRS).then(|| InputFailure {
        source: format!("{} × {}", l.article.id, r.article.id),
        message: format!(
            "{n} × {m} sentences are too many to align in comparable mode (at most \
             {MAX_COMPARABLE_PAIRS} sentence pairs): compare shorter articles (split the text), \
             or align a text with its translation with `parallax align --mode parallel`"
        ),
    })
}

/// For each of the documents of `sentences` (their sentence counts), the index of the shortest
/// other one when even that one is [`too_long_to_compare`] with it: every pair of such a
/// document is refused, whichever pairs [`Partners`] chooses, so it need not be analysed at all
/// (see [`crate::analyze_to_compare`]). Either two or more documents are kept, or none is (when
/// the two shortest are too long for each other); one document alone is always kept.
pub fn too_long_for_any(sentences: &[usize]) -> Vec<Option<usize>> {
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    order.sort_by_key(|&i| sentences[i]);
    let (shortest, second) = match order[..] {
        [a, b, ..] => (a, b),
        _ => return vec![None; sentences.len()],
    };
    sentences
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            let other = if i == shortest { second } else { shortest };
            (n.saturating_mul(sentences[other]) > MAX_COMPARABLE_PAIRS).then_some(other)
        })
        .collect()
}

/// The failure of a document not analysed because it is too long to be aligned with any other
/// ([`too_long_for_any`]): `n` sentences in `source`, `m` in the shortest other, `other`.
pub fn too_long_for_any_failure(source: &str, n: usize, other: &str, m: usize) -> InputFailure {
    InputFailure {
        source: source.to_string(),
        message: format!(
            "{n} sentences are too many to align in comparable mode with any other article, \
             even the shortest ({other}: {n} × {m} sentences, at most {MAX_COMPARABLE_PAIRS} \
             sentence pairs), so it was not analysed: compare shorter articles (split the \
             text), or align a text with its translation with `parallax align --mode parallel`"
        ),
    }
}

/// Align (facts across all documents, see `align::align_all_comparable`) and diff the pairs of
/// documents `partners` chooses, in parallel; each document's features are computed once. The
/// result is in pair order (0-1, 0-2, …, 1-2, …) whatever the scheduling. A pair too long to
/// compare gets no aligned pairs (every sentence "only in"), and a failure naming it.
fn align_all(
    documents: &[Document],
    features: &[Vec<align::features::Features>],
    partners: Partners,
) -> (Vec<Alignment>, Vec<InputFailure>, Option<Partnering>) {
    use rayon::prelude::*;
    let n = documents.len();
    let (pairs, partnering) = match partners.per_article(n) {
        None => (
            (0..n)
                .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
                .collect::<Vec<_>>(),
            None,
        ),
        Some(k) => {
            let langs: Vec<&str> = documents.iter().map(|d| d.language.as_str()).collect();
            let pairs = align::partners::nearest(features, &langs, k);
            let partnering = Partnering {
                per_article: k,
                aligned: pairs.len(),
                possible: n * (n - 1) / 2,
            };
            (pairs, Some(partnering))
        }
    };
    let mut failures = Vec::new();
    let mut refused = Vec::new();
    let mut fine = Vec::new();
    for &(i, j) in &pairs {
        match too_long_to_compare(&documents[i], &documents[j]) {
            Some(f) => {
                failures.push(f);
                refused.push((i, j));
            }
            None => fine.push((i, j)),
        }
    }
    let mut aligned = align::align_all_comparable(documents, features, &fine);
    aligned.par_iter_mut().for_each(|a| {
        diff::diff_pairs(&mut a.pairs, &documents[a.left], &documents[a.right]);
    });
    aligned.extend(
        refused
            .into_iter()
            .map(|(i, j)| unaligned(&documents[i], &documents[j], i, j)),
    );
    aligned.sort_by_key(|a| (a.left, a.right));
    (aligned, failures, partnering)
}

/// An article is off topic ([`off_topic`]) when its mean anchor similarity to the others is
/// under this share of the median article's. Measured on the gold set (`tests/data/comparable`,
/// thirty stories of five to eight articles): within a story the least typical article has 0.60
/// of the median's or more (lowest story 0.60, then 0.62, 0.65); one article of the next story
/// added to each has 0.53 or less (0.34 to 0.53; 29 of 30 under 0.5), while the story's own
/// least typical then has 0.68 or more.
pub const OFF_TOPIC_SHARE: f64 = 0.5;
/// Fewer articles than this give no median to speak of.
pub const OFF_TOPIC_MIN_ARTICLES: usize = 4;

/// Articles that share few names, dates, numbers and concepts with the others
/// ([`OFF_TOPIC_SHARE`]): perhaps about another event, which a report should say, as their few
/// chance links to the others' sentences may put them into facts they do not report.
fn off_topic(features: &[Vec<align::features::Features>]) -> Vec<OffTopic> {
    if features.len() < OFF_TOPIC_MIN_ARTICLES {
        return Vec::new();
    }
    let mean = align::partners::mean_similarity(features);
    let mut sorted = mean.clone();
    sorted.sort_by(f32::total_cmp);
    let median = f64::from(sorted[sorted.len() / 2]);
    if median <= 0.0 {
        return Vec::new();
    }
    mean.iter()
        .enumerate()
        .filter(|&(_, &m)| f64::from(m) < OFF_TOPIC_SHARE * median)
        .map(|(document, &m)| OffTopic {
            document,
            similarity: f64::from(m),
            median,
        })
        .collect()
}

/// The alignment of two documents that were not aligned: every sentence on its own.
fn unaligned(l: &Document, r: &Document, i: usize, j: usize) -> Alignment {
    Alignment {
        left: i,
        right: j,
        pairs: Vec::new(),
        only_left: (0..l.sentences.len()).collect(),
        only_right: (0..r.sentences.len()).collect(),
    }
}

/// Align documents `i` and `j` and diff each aligned pair. Comparable mode refuses documents
/// [`too_long_to_compare`].
pub fn align_pair(
    documents: &[Document],
    i: usize,
    j: usize,
    mode: Mode,
    dictionary: Option<&align::dictionary::Dictionary>,
) -> Result<Alignment, InputFailure> {
    let (l, r) = (&documents[i], &documents[j]);
    if mode == Mode::Comparable
        && let Some(failure) = too_long_to_compare(l, r)
    {
        return Err(failure);
    }
    let mut a = align::align_with(l, r, (i, j), mode, dictionary);
    diff::diff_pairs(&mut a.pairs, l, r);
    Ok(a)
}

/// Cue counts and rates per document.
pub fn cue_rates(documents: &[Document]) -> Vec<CueRate> {
    documents
        .iter()
        .enumerate()
        .flat_map(|(i, d)| {
            let cues: Vec<_> = d.sentences.iter().flat_map(|s| &s.cues).collect();
            framing::rates(i, &cues, d.word_count())
        })
        .collect()
}

/// Give documents that share an id (`d1/a.txt`, `d2/a.txt`) distinct ones (`a`, `a-2`), so
/// every alignment names its two articles unambiguously.
pub fn unique_ids(documents: &mut [Document]) {
    let mut seen = std::collections::HashSet::new();
    for d in documents.iter_mut() {
        if seen.insert(d.article.id.clone()) {
            continue;
        }
        let base = d.article.id.clone();
        let id = (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !seen.contains(id))
            .expect("an unused id exists");
        seen.insert(id.clone());
        d.article.id = id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partners_per_article() {
        assert_eq!(Partners::All.per_article(5_000), None);
        assert_eq!(Partners::Auto.per_article(AUTO_ALL_MAX), None);
        assert_eq!(
            Partners::Auto.per_article(AUTO_ALL_MAX + 1),
            Some(AUTO_NEAREST)
        );
        assert_eq!(Partners::Nearest(3).per_article(10), Some(3));
        // as many as there are others is every pair
        assert_eq!(Partners::Nearest(9).per_article(10), None);
        assert_eq!(Partners::Nearest(8).per_article(10), Some(8));
    }

    #[test]
    fn an_article_too_long_for_every_other_is_known_from_the_counts() {
        // a long article still pairs with a short one
        assert_eq!(too_long_for_any(&[3, 2_600, 2_600]), [None, None, None]);
        // two long ones only: both refused, each naming the other
        assert_eq!(too_long_for_any(&[2_600, 2_501]), [Some(1), Some(0)]);
        // at the limit exactly they are still aligned
        assert_eq!(too_long_for_any(&[2_500, 2_500]), [None, None]);
        // a book among articles: only it, naming the shortest
        assert_eq!(
            too_long_for_any(&[40, 3_000_000, 25]),
            [None, Some(2), None]
        );
        // an article alone is no pair; no overflow
        assert_eq!(too_long_for_any(&[10_000_000]), [None]);
        assert!(too_long_for_any(&[]).is_empty());
        assert_eq!(
            too_long_for_any(&[usize::MAX, usize::MAX, 1]),
            [Some(2), Some(2), Some(0)]
        );
        // the same verdict as refusing every pair one by one
        let sizes = [0, 1, 25, 2_500, 2_501, 250_001, 7_000_000];
        for a in sizes {
            for b in sizes {
                for c in sizes {
                    let counts = [a, b, c];
                    let early = too_long_for_any(&counts);
                    for (i, verdict) in early.iter().enumerate() {
                        let every_pair_refused = (0..3)
                            .filter(|&j| j != i)
                            .all(|j| counts[i].saturating_mul(counts[j]) > MAX_COMPARABLE_PAIRS);
                        assert_eq!(verdict.is_some(), every_pair_refused, "{counts:?} {i}");
                    }
                }
            }
        }
    }

    /// A document of one sentence per entry, each naming the entities listed.
    fn doc(sentences: &[&[&'static str]]) -> Vec<align::features::Features<'static>> {
        sentences
            .iter()
            .map(|es| align::features::Features {
                entities: es.to_vec(),
                ..Default::default()
            })
            .collect()
    }

    #[test]
    fn an_article_sharing_nothing_with_the_others_is_off_topic() {
        // four reports of one flood, each with a detail of its own
        let event = [
            &["town", "river"][..],
            &["town", "dam"],
            &["river", "dam", "mayor"],
        ];
        let mut docs: Vec<_> = ["a", "b", "c", "d"]
            .iter()
            .map(|own| {
                let mut d = doc(&event);
                d.push(doc(&[&[own]]).remove(0));
                d
            })
            .collect();
        assert!(off_topic(&docs).is_empty(), "one event");
        docs.push(doc(&[&["stadium", "town"], &["coach"]]));
        let found = off_topic(&docs);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].document, 4);
        assert!(found[0].similarity < OFF_TOPIC_SHARE * found[0].median);
        // three articles are too few to tell
        let three = vec![doc(&event), doc(&event), doc(&[&["stadium"]])];
        assert!(off_topic(&three).is_empty());
    }
}
