//! Sentence alignment between two documents.
//!
//! * comparable mode (default of `compare`): two outlets' reports of one event, in any order and
//!   language. Every sentence pair is scored on shared anchors (glossary entities by id, dates,
//!   numbers) and, within one language, shared words; pairs are then chosen without any order
//!   constraint, one-to-many allowed. With three or more documents ([`align_all_comparable`]),
//!   the sentences of all of them are first clustered into facts (see `cluster`).
//! * parallel mode: a text and its translation; a monotone dynamic programme (see `parallel`).

mod cluster;
pub mod dictionary;
pub mod features;
mod ngram;
mod parallel;
pub mod partners;

use crate::model::{AlignedPair, Alignment, Document, PairDiff};
use rustc_hash::FxHashMap;

use features::{DocCounts, EntityWeights, Features, confidence, features, raw_score, score};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Comparable,
    Parallel,
}

/// Pairs scoring below this raw score are not facts in common. One rare shared entity alone
/// (raw 1.0) is not enough; an entity with a date, or two rare entities, are.
pub const MIN_RAW_SCORE: f64 = 1.05;
/// A further sentence joins an existing pair (one-to-many) when it scores at least this much
/// and this share of the pair's own score against the same counterpart.
const MIN_MERGE_SCORE: f64 = 1.2;
const MERGE_SHARE: f64 = 0.5;
/// At most this many sentences on one side of a group.
const MAX_GROUP: usize = 3;
/// A secondary link (see `secondary_links`) must score this much on its own (within one
/// language the word cosine adds up to 4 to a score; across languages only anchors and cognates
/// count), and a sentence takes at most [`MAX_SECONDARY`].
const MIN_SECONDARY_SAME: f64 = 1.3;
const MIN_SECONDARY_CROSS: f64 = 1.3;
const MAX_SECONDARY: usize = 2;
/// The same for a link from a first sentence (a headline, or the lead of an untitled
/// article), which sums up several facts, in two-article mode (with three or more articles
/// `cluster::summary_facts` decides). Es–en article pairs of the gold set
/// (`bench/translate_eval.py`, ten stories), recall / precision without translation and with
/// Apertium: 0.677 / 0.880 and 0.708 / 0.868 at 1.3 (as other sentences); 0.692 / 0.882 and
/// 0.723 / 0.870 at 1.1; 0.708 / 0.868 and 0.738 / 0.828 at 1.0; 0.738 / 0.873 and 0.754 /
/// 0.831 at 0.9; 0.754 / 0.845 and 0.754 / 0.817 at 0.8. The seventh session measured the same
/// idea at 0.8 before the position prior: precision 0.863 -> 0.810.
const HEADLINE_SECONDARY: f64 = 0.9;
/// A headline or a lead takes at most this many secondary links in one pair of documents: two
/// further facts of at most two sentences each ([`cluster::MAX_PER_DOC`]). Measured on the eight
/// older stories (headlines only): cross-language recall 0.474 → 0.485 against a cap of 2, at
/// the same precision. Two articles alone (`secondary_links`) took a cap of 2 for a headline too
/// until the fifteenth session; at 4 there, every pair of articles of the gold set's 24 stories
/// (`bench/comparable_eval.py --pairwise`) 0.568 / 0.840 -> 0.573 / 0.839 (47 pairs more, 32 of
/// them right; the 21 stories written blind 0.561 / 0.840 -> 0.565 / 0.839), es–en without
/// translation 0.706 / 0.826 -> 0.715 / 0.827 and with Apertium unchanged; 3 gave 0.572 / 0.839.
const MAX_SUMMARY_SECONDARY: usize = 4;
/// A pair of documents shows a fact's sentences as a pair only when at least one of their
/// sentence pairs has this much direct evidence: a fact confirmed through other outlets alone
/// would be a pair with nothing to show for it. Measured on the comparable gold set (all three
/// stories): 0.3 keeps every correct pair (cross-language recall 0.608) and lifts precision
/// 0.907 → 0.911; 0.7 costs recall (0.599), 1.05 (`MIN_RAW_SCORE`) much more (0.520).
const MIN_DIRECT_SCORE: f64 = 0.3;

/// Two first sentences (see [`link_first_sentences`]) are linked at this score: anything in
/// common, a name, a concept, a number or a date. Measured on the gold set's 27 stories
/// (`bench/comparable_eval.py`, cross-language recall / precision; all articles, then two at a
/// time with `--pairwise`): without 0.629 / 0.886 and 0.570 / 0.849; at 0.05 0.644 / 0.883 and
/// 0.596 / 0.848; at 0.15 0.642 / 0.884 and 0.591 / 0.849; at 0.3 0.635 / 0.885 and 0.585 /
/// 0.849; at 0.05 within the four-link cap of a headline 0.639 / 0.885 and 0.590 / 0.850. A
/// shared concept or name alone (no number, date or cognate) gave the same as 0.05.
const FIRST_SENTENCES_MIN: f64 = 0.05;

/// A sentence of an article says what its first sentence says ([`told_by_first`]) at this
/// score between the two, within one language: a shared name and a shared word, or two shared
/// words. Measured with [`cluster::TOLD_MIN_AVERAGE`] at 0.5 (cross-language recall / precision
/// on the gold set): 0.25 0.574 / 0.844, 0.4 0.574 / 0.845, 0.5 0.573 / 0.846, 0.75 0.568 /
/// 0.846.
const MIN_TOLD_SCORE: f64 = 0.5;
/// In two-article mode, a secondary link from a first sentence to a sentence grouped with one
/// its own article tells it by needs only this score. Measured on every cross-language pair of
/// articles of the gold set, two at a time (`bench/comparable_eval.py --pairwise`; recall /
/// precision): without 0.523 / 0.839; at 0.7 0.545 / 0.838; 0.5 0.575 / 0.838; 0.4 0.586 /
/// 0.837; 0.3 0.593 / 0.830; 0 0.605 / 0.814. Es–en (`bench/translate_eval.py`, plain and with
/// Apertium): without 0.694 / 0.846 and 0.721 / 0.825; 0.5 0.730 / 0.844 and 0.730 / 0.802;
/// 0.4 0.730 / 0.818 and 0.730 / 0.794. Only across languages: with Apertium, within the one
/// language of the translations, it added one right pair and four wrong ones (0.721 / 0.825
/// when it does not apply there).
const HEADLINE_TOLD_SECONDARY: f64 = 0.5;

/// The alignment features of every sentence of a document: compute once per document when it
/// is aligned with several others.
pub fn document_features(doc: &Document) -> Vec<Features<'_>> {
    doc.sentences.iter().map(features).collect()
}

/// Align documents `left` and `right` (their indices in the comparison are `li`, `ri`).
pub fn align(left: &Document, right: &Document, li: usize, ri: usize, mode: Mode) -> Alignment {
    align_with(left, right, (li, ri), mode, None)
}

/// [`align`] with a bilingual word list for parallel mode (comparable mode does not use it).
pub fn align_with(
    left: &Document,
    right: &Document,
    (li, ri): (usize, usize),
    mode: Mode,
    dictionary: Option<&dictionary::Dictionary>,
) -> Alignment {
    let lf = document_features(left);
    let rf = document_features(right);
    align_features(left, right, &lf, &rf, (li, ri), mode, dictionary)
}

/// [`document_features`] of the original sentences alone, their translations left aside.
fn original_features(doc: &Document) -> Vec<Features<'_>> {
    doc.sentences
        .iter()
        .map(features::original_features)
        .collect()
}

/// [`align_with`] with the documents' features already computed ([`document_features`]).
pub fn align_features(
    left: &Document,
    right: &Document,
    lf: &[Features],
    rf: &[Features],
    (li, ri): (usize, usize),
    mode: Mode,
    dictionary: Option<&dictionary::Dictionary>,
) -> Alignment {
    let weights = EntityWeights::new(lf, rf);
    let (groups, secondary) = match mode {
        Mode::Comparable if has_translation(left) || has_translation(right) => {
            let (groups, secondary) = comparable(lf, rf, &weights);
            // the originals' own alignment: a pair of theirs the translations' lacks is added
            // where the two views' disagreements are settled (see `add_near`), so a poor
            // translation does not lose a pair the originals make by giving its sentence to
            // another. Es–en with Apertium (`bench/translate_eval.py`): 0.721 / 0.825 -> 0.748 /
            // 0.830, facts both report and linked 0.924 -> 0.939 (0.924 without translation);
            // fr–en through Spanish 0.688 / 0.815 either way
            let (lo, ro) = (original_features(left), original_features(right));
            let view = sentence_pairs(comparable(&lo, &ro, &EntityWeights::new(&lo, &ro)));
            let covered = sentence_pairs((groups.clone(), secondary.clone()));
            // every near pair of the originals' own alignment: unlike the other view of
            // `reconcile`, this one differs from the chosen pairs only where the translation
            // made a sentence pair elsewhere (with a bar of MIN_SECONDARY_CROSS: 0.720 / 0.826)
            let secondary = add_near(secondary, covered, &view, |_, _| true, (lf.len(), rf.len()));
            (groups, secondary)
        }
        Mode::Comparable => comparable(lf, rf, &weights),
        Mode::Parallel => (
            parallel::align(
                &left.sentences,
                &right.sentences,
                lf,
                rf,
                &weights,
                dictionary,
            ),
            Vec::new(),
        ),
    };
    let secondary = match mode {
        Mode::Comparable => {
            first_sentence_links((left, right), &groups, secondary, (lf, rf), &weights)
        }
        Mode::Parallel => secondary,
    };
    alignment(lf, rf, &weights, groups, secondary, (li, ri))
}

/// Align the given pairs of documents (`i < j`) in comparable mode, in the order given;
/// `features` are the documents' [`document_features`]. Two documents are aligned as by
/// [`align_features`]; three or more are clustered into facts across all of them first (see
/// `cluster`; only the given pairs are scored), and each pair's groups are the facts both
/// documents report.
pub fn align_all_comparable(
    documents: &[Document],
    features: &[Vec<Features>],
    pairs: &[(usize, usize)],
) -> Vec<Alignment> {
    use rayon::prelude::*;
    if documents.len() < 3 {
        return pairs
            .par_iter()
            .map(|&(i, j)| {
                let (l, r) = (&documents[i], &documents[j]);
                align_features(
                    l,
                    r,
                    &features[i],
                    &features[j],
                    (i, j),
                    Mode::Comparable,
                    None,
                )
            })
            .collect();
    }
    let offset = crate::facts::offsets(&features.iter().map(Vec::len).collect::<Vec<_>>());
    let doc_of: Vec<usize> = features
        .iter()
        .enumerate()
        .flat_map(|(d, f)| std::iter::repeat_n(d, f.len()))
        .collect();
    // each document counted once, and its index keys made once, for all the pairs it is in
    let counts: Vec<DocCounts> = features.par_iter().map(|f| DocCounts::new(f)).collect();
    let keys: Vec<Vec<SentenceKeys>> = features.par_iter().map(|f| document_keys(f)).collect();
    // each document's sentences that say what its first sentence says, once per document
    let told: Vec<Vec<usize>> = features
        .par_iter()
        .zip(&counts)
        .map(|(f, c)| told_by_first(f, c))
        .collect();
    // every pair's scores become links right away (what the clustering needs), so that memory
    // holds the links of all pairs, not their score tables; and the pair's own alignment, as
    // two articles alone would be aligned (`comparable`): a second view of each pair, kept as
    // its sentence pairs (see `reconcile`)
    let (links, views): (Vec<Vec<cluster::Link>>, Vec<SentencePairs>) = pairs
        .par_iter()
        .map(|&(i, j)| {
            let (lf, rf) = (&features[i], &features[j]);
            let weights = EntityWeights::of(&counts[i], &counts[j]).confirmed();
            let scores = SparseScores::with_keys(lf, rf, &keys[i], &keys[j], &weights);
            let (oi, oj) = (offset[i], offset[j]);
            let links = scores
                .rows
                .iter()
                .enumerate()
                .flat_map(|(a, row)| {
                    row.iter()
                        .map(move |&(b, score)| cluster::Link::new(oi + a, oj + b, score))
                })
                .collect::<Vec<_>>();
            let view = if lf.is_empty() || rf.is_empty() {
                Vec::new()
            } else {
                sentence_pairs(choose(&scores, lf, rf, (&told[i], &told[j])))
            };
            (links, view)
        })
        .unzip();
    // moved into one vector of the right size, each pair's freed as it goes
    let mut all = Vec::with_capacity(links.iter().map(Vec::len).sum());
    for pair_links in links {
        all.extend(pair_links);
    }
    let links: Vec<cluster::Link> = all;
    // the documents each was aligned with, when not all pairs were (`partners`)
    let n = documents.len();
    let partners_of: Vec<Vec<usize>> = if pairs.len() < n * (n - 1) / 2 {
        let mut of = vec![Vec::new(); n];
        for &(i, j) in pairs {
            of[i].push(j);
            of[j].push(i);
        }
        for p in &mut of {
            p.sort_unstable();
        }
        of
    } else {
        Vec::new()
    };
    let compared = if partners_of.is_empty() {
        cluster::Compared::All
    } else {
        cluster::Compared::Only(&partners_of)
    };
    let facts = cluster::cluster(&doc_of, &links, compared);
    let summaries: Vec<cluster::Summary> = documents
        .iter()
        .zip(&told)
        .enumerate()
        .flat_map(|(d, (doc, told))| summaries(doc, told, offset[d]))
        .collect();
    // each document's summary memberships, so that a pair looks at its own two documents' only
    let mut summary_facts: std::collections::HashMap<usize, Vec<(usize, usize)>> =
        std::collections::HashMap::new();
    let summarised = cluster::summary_facts(&facts, &doc_of, &links, &summaries, compared);
    // the summary sentences (headline, lead), which take more secondary links
    let mut is_summary = vec![false; doc_of.len()];
    for s in &summaries {
        is_summary[s.sentence] = true;
    }
    // a fact its article tells in another sentence (summaries), or nowhere else (any sentence)
    for (s, f) in summarised.into_iter().chain(cluster::further_facts(
        &facts, &doc_of, &links, &summaries, compared,
    )) {
        summary_facts.entry(doc_of[s]).or_default().push((s, f));
    }
    // the facts each pair of documents shares, so that a pair looks at its own facts only
    // (with thousands of articles, not every fact for every pair)
    let mut shared: std::collections::HashMap<(usize, usize), Vec<usize>> =
        std::collections::HashMap::new();
    for (f, fact) in facts.iter().enumerate() {
        let mut docs: Vec<usize> = fact.iter().map(|&s| doc_of[s]).collect();
        docs.dedup();
        for (k, &a) in docs.iter().enumerate() {
            for &b in &docs[k + 1..] {
                shared.entry((a.min(b), a.max(b))).or_default().push(f);
            }
        }
    }
    pairs
        .par_iter()
        .zip(&views)
        .map(|(&(i, j), view)| {
            let weights = &EntityWeights::of(&counts[i], &counts[j]).confirmed();
            let side = |fact: &[usize], d: usize| -> Vec<usize> {
                fact.iter()
                    .filter(|&&s| doc_of[s] == d)
                    .map(|&s| s - offset[d])
                    .collect()
            };
            let groups: Vec<(Vec<usize>, Vec<usize>)> = shared
                .get(&(i.min(j), i.max(j)))
                .into_iter()
                .flatten()
                .map(|&f| (side(&facts[f], i), side(&facts[f], j)))
                .filter(|(l, r)| {
                    !l.is_empty()
                        && !r.is_empty()
                        && direct_evidence(&features[i], &features[j], weights, l, r)
                })
                .collect();
            let secondary = summary_links(
                [i, j]
                    .iter()
                    .flat_map(|d| summary_facts.get(d).into_iter().flatten()),
                &facts,
                &doc_of,
                (offset[i], offset[j]),
                (i, j),
                |a, b| raw_score(&features[i][a], &features[j][b], weights),
                |left, s| is_summary[if left { offset[i] } else { offset[j] } + s],
            );
            let (groups, secondary) = reconcile(
                groups,
                secondary,
                view,
                |a, b| raw_score(&features[i][a], &features[j][b], weights) >= MIN_SECONDARY_CROSS,
                (features[i].len(), features[j].len()),
            );
            let secondary = first_sentence_links(
                (&documents[i], &documents[j]),
                &groups,
                secondary,
                (&features[i], &features[j]),
                weights,
            );
            alignment(
                &features[i],
                &features[j],
                weights,
                groups,
                secondary,
                (i, j),
            )
        })
        .collect()
}

/// Two articles dated further apart than this (in days) are a report and a later one, whose
/// headline reports a later development: their first sentences are not linked on the little
/// [`link_first_sentences`] asks, and a secondary link of either headline needs what one
/// between two body sentences needs ([`MIN_SECONDARY_CROSS`]). Of the headline pairs the
/// comparable gold's articles days apart made (in washington-summit-2025 and
/// peacekeepers-withdrawal-2024, which showed it, and kajaran-strike-2026 and
/// marneuli-election-2026), 8 of 30 first-sentence pairs and 18 of 41 other headline pairs
/// were right, against 527 of 606 and 1,280 of 1,449 between articles at most two days apart.
/// With the rule, 36 stories: cross-language 0.633 / 0.889 -> 0.631 / 0.892, all pairs 0.888 ->
/// 0.891 (19 right pairs and 29 wrong ones fewer); kajaran-strike-2026 0.520 / 0.882 -> 0.513 /
/// 0.887, marneuli-election-2026 0.503 / 0.777 -> 0.487 / 0.801; at more than 4 days, 0.497 /
/// 0.792 there and no change in the others but peacekeepers-withdrawal-2024.
const LATER_COVERAGE_DAYS: i64 = 2;

/// The links of two articles' first sentences (see [`LATER_COVERAGE_DAYS`] and
/// [`link_first_sentences`]).
fn first_sentence_links(
    (left, right): (&Document, &Document),
    groups: &[(Vec<usize>, Vec<usize>)],
    secondary: Vec<(usize, usize)>,
    (lf, rf): (&[Features], &[Features]),
    weights: &EntityWeights,
) -> Vec<(usize, usize)> {
    if days_apart(left, right).is_some_and(|d| d > LATER_COVERAGE_DAYS) {
        secondary
            .into_iter()
            .filter(|&(a, b)| {
                (a != 0 && b != 0) || raw_score(&lf[a], &rf[b], weights) >= MIN_SECONDARY_CROSS
            })
            .collect()
    } else {
        link_first_sentences(groups, secondary, lf, rf, weights)
    }
}

/// Days between the two articles' dates, when both have one.
fn days_apart(a: &Document, b: &Document) -> Option<i64> {
    let day = |d: &Document| d.article.date.as_deref().and_then(day_number);
    Some((day(a)? - day(b)?).abs())
}

/// The day number of an ISO date `YYYY-MM-DD` (days since 1970-01-01, proleptic Gregorian).
/// Written here: one difference of two dates needs no date crate.
fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.get(..10)?.split('-');
    let (y, m, d): (i64, i64, i64) = (
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    );
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // days from civil (H. Hinnant's algorithm)
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe - 719468)
}

/// The first sentences of two articles (their headlines, or the leads of untitled ones) are a
/// secondary link when no group or link holds them yet and they have anything in common
/// ([`FIRST_SENTENCES_MIN`]): two reports of one event headline it, so their first sentences
/// nearly always share a fact (89 % of the gold set's headline pairs across languages), yet
/// a headline is short and each of the two often sits in a group with the other article's lead
/// instead. Beyond the caps of other secondary links (a headline's fifth).
fn link_first_sentences(
    groups: &[(Vec<usize>, Vec<usize>)],
    mut secondary: Vec<(usize, usize)>,
    lf: &[Features],
    rf: &[Features],
    weights: &EntityWeights,
) -> Vec<(usize, usize)> {
    let (Some(a), Some(b)) = (lf.first(), rf.first()) else {
        return secondary;
    };
    let linked =
        secondary.contains(&(0, 0)) || groups.iter().any(|(l, r)| l.contains(&0) && r.contains(&0));
    if !linked && raw_score(a, b, weights) >= FIRST_SENTENCES_MIN {
        secondary.push((0, 0));
        secondary.sort_unstable();
    }
    secondary
}

/// The sentences of a document (indices) that say what its first sentence (a headline, or the
/// lead of an article without one) says: within one article and one language, shared names
/// and words are evidence no link across languages gives ("Mine blast kills four workers" /
/// "Four workers died when…"). The facts of these sentences are the ones the first sentence
/// sums up most likely. `counts` are the document's [`DocCounts`].
fn told_by_first(f: &[Features], counts: &DocCounts) -> Vec<usize> {
    if f.len() < 2 {
        return Vec::new();
    }
    let weights = EntityWeights::of(counts, counts);
    (1..f.len())
        .filter(|&x| raw_score(&f[0], &f[x], &weights) >= MIN_TOLD_SCORE)
        .collect()
}

/// Sentence pairs (left, right) of a pair of documents.
type SentencePairs = Vec<(usize, usize)>;

/// Every sentence pair of chosen groups and secondary links, sorted, each once.
fn sentence_pairs((groups, secondary): Chosen) -> SentencePairs {
    let mut out: Vec<(usize, usize)> = groups
        .iter()
        .flat_map(|(l, r)| l.iter().flat_map(move |&a| r.iter().map(move |&b| (a, b))))
        .chain(secondary)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// How far apart sentences `a` and `b` sit in their articles of `n` and `m` sentences, as a
/// share of each article's length (0 = the same place, 1 = first and last).
fn position_gap((a, n): (usize, usize), (b, m): (usize, usize)) -> f64 {
    (a as f64 / n.max(1) as f64 - b as f64 / m.max(1) as f64).abs()
}

/// Reconcile the two views of a pair of articles: the facts clustered over all the articles
/// (`groups`, `secondary`) and the pair aligned on its own (`view`, sentence pairs). Where
/// they agree, nothing changes. Where they differ, the place of the two sentences in their
/// articles decides, since news is told top-down (as the position prior of link scores,
/// [`POSITION_WEIGHT`]):
/// * a sentence a fact holds beside others of its article (a group of three or four) leaves
///   the group when none of its pairs in it is in the pair's own view and each pair sits at
///   least [`FAR_GAP`] apart;
/// * a pair only the pair's own view has is added as a secondary link when its sentences sit
///   less than [`NEAR_GAP`] apart, or both open their articles (headline or lead), and it is
///   `strong` (see [`FAR_GAP`] for why);
/// * a secondary link of the facts that the pair's own view lacks is dropped unless it is a
///   headline's (or an untitled article's lead's): the links of a lead to its further facts,
///   right 8 times in 43 on the gold set (cross-language recall / precision 0.620 / 0.842 →
///   0.617 / 0.852, same-language precision 0.783 → 0.818).
///
/// `sizes` are the two articles' lengths in sentences.
fn reconcile(
    groups: Vec<(Vec<usize>, Vec<usize>)>,
    mut secondary: Vec<(usize, usize)>,
    view: &[(usize, usize)],
    strong: impl Fn(usize, usize) -> bool,
    (n, m): (usize, usize),
) -> Chosen {
    let in_view = |a: usize, b: usize| view.binary_search(&(a, b)).is_ok();
    secondary.retain(|&(a, b)| a == 0 || b == 0 || in_view(a, b));
    // what the facts show before any group is thinned: a pair they had is not added back
    let covered = sentence_pairs((groups.clone(), secondary.clone()));
    let confirmed = |a: usize, b: usize| in_view(a, b) || position_gap((a, n), (b, m)) < FAR_GAP;
    let groups: Vec<(Vec<usize>, Vec<usize>)> = groups
        .into_iter()
        .filter_map(|(l, r)| {
            if l.len() + r.len() <= 2 {
                return Some((l, r));
            }
            let kept_l: Vec<usize> = l
                .iter()
                .copied()
                .filter(|&a| r.iter().any(|&b| confirmed(a, b)))
                .collect();
            let kept_r: Vec<usize> = r
                .iter()
                .copied()
                .filter(|&b| l.iter().any(|&a| confirmed(a, b)))
                .collect();
            (!kept_l.is_empty() && !kept_r.is_empty()).then_some((kept_l, kept_r))
        })
        .collect();
    let secondary = add_near(secondary, covered, view, strong, (n, m));
    (groups, secondary)
}

/// Of the sentence pairs of another `view`, those not in `covered` whose sentences sit less
/// than [`NEAR_GAP`] apart in their articles of `n` and `m` sentences, or both open them, and
/// that are `strong`, become secondary links, within the caps of secondary links.
fn add_near(
    mut secondary: Vec<(usize, usize)>,
    covered: SentencePairs,
    view: &[(usize, usize)],
    strong: impl Fn(usize, usize) -> bool,
    (n, m): (usize, usize),
) -> Vec<(usize, usize)> {
    // within the caps of secondary links: two a sentence, four for the first (a headline, or
    // the lead of an untitled article)
    let cap = |s: usize| {
        if s == 0 {
            MAX_SUMMARY_SECONDARY
        } else {
            MAX_SECONDARY
        }
    };
    let mut covered: std::collections::HashSet<(usize, usize)> = covered.into_iter().collect();
    let mut per_left: std::collections::HashMap<usize, usize> = Default::default();
    let mut per_right: std::collections::HashMap<usize, usize> = Default::default();
    for &(a, b) in &secondary {
        *per_left.entry(a).or_default() += 1;
        *per_right.entry(b).or_default() += 1;
    }
    for &(a, b) in view {
        let (na, nb) = (
            per_left.entry(a).or_default(),
            per_right.entry(b).or_default(),
        );
        if !covered.contains(&(a, b))
            && (position_gap((a, n), (b, m)) < NEAR_GAP || (a <= 1 && b <= 1))
            && *na < cap(a)
            && *nb < cap(b)
            && strong(a, b)
        {
            *na += 1;
            *nb += 1;
            secondary.push((a, b));
            covered.insert((a, b));
        }
    }
    secondary
}

/// Whether any sentence of the document carries a translation.
fn has_translation(doc: &Document) -> bool {
    doc.sentences.iter().any(|s| s.translation.is_some())
}

/// Whether the document's first sentence is its headline (the ingest stage found a title and
/// the sentence is it).
fn has_headline(doc: &Document) -> bool {
    match (&doc.article.title, doc.sentences.first()) {
        (Some(t), Some(s)) => s.text.trim() == t.split_whitespace().collect::<Vec<_>>().join(" "),
        _ => false,
    }
}

/// The sentences of a document that sum it up, with the average they need to join a further
/// fact (`cluster::summary_facts`): the headline, and the lead after it (or the first sentence
/// of an article without a headline). `told` is the document's [`told_by_first`], `first` its
/// first global index.
fn summaries(doc: &Document, told: &[usize], first: usize) -> Vec<cluster::Summary> {
    let n = doc.sentences.len();
    let mut out = Vec::new();
    let lead = if has_headline(doc) && n > 0 {
        out.push(cluster::Summary {
            sentence: first,
            min_average: cluster::HEADLINE_MIN_AVERAGE,
            told_by: told.iter().map(|x| first + x).collect(),
        });
        1
    } else {
        0
    };
    // a lead's own sentences are not used: measured on the gold set, cross-language recall
    // +0.002 and precision -0.008 against headlines alone
    if lead < n {
        out.push(cluster::Summary {
            sentence: first + lead,
            min_average: cluster::LEAD_MIN_AVERAGE,
            told_by: Vec::new(),
        });
    }
    out
}

/// The secondary links of documents `i` and `j` (their first global indices `offsets`): each
/// summary sentence of one with the sentences of the other in the further facts of that
/// sentence (`cluster::summary_facts`), where the pair has direct evidence; at most
/// [`MAX_SUMMARY_SECONDARY`] a sentence, strongest first.
fn summary_links<'h>(
    summary_facts: impl Iterator<Item = &'h (usize, usize)>,
    facts: &[Vec<usize>],
    doc_of: &[usize],
    (oi, oj): (usize, usize),
    (i, j): (usize, usize),
    score: impl Fn(usize, usize) -> f64,
    summary: impl Fn(bool, usize) -> bool,
) -> Vec<(usize, usize)> {
    let mut links: Vec<(usize, usize, f64)> = Vec::new();
    for &(h, f) in summary_facts {
        // the fact's sentences in the pair's other document
        let others = facts[f]
            .iter()
            .filter(|&&s| doc_of[s] != doc_of[h] && (doc_of[s] == i || doc_of[s] == j));
        for &s in others {
            let (l, r) = if doc_of[h] == i { (h, s) } else { (s, h) };
            let (a, b) = (l - oi, r - oj);
            let sc = score(a, b);
            if sc >= MIN_DIRECT_SCORE {
                links.push((a, b, sc));
            }
        }
    }
    // two summary sentences can each bring the other in: strongest_within keeps the pair once;
    // a sentence that sums up its article takes more links than one that tells two facts
    strongest_within(links, |left, s| {
        if summary(left, s) {
            MAX_SUMMARY_SECONDARY
        } else {
            MAX_SECONDARY
        }
    })
}

/// Whether some sentence pair of the group `l` × `r` has [`MIN_DIRECT_SCORE`] of evidence of
/// its own (not only through other outlets). Evidence that is glossary names alone must be as
/// strong as a pair found on its own ([`MIN_RAW_SCORE`]: more than one rare name): two
/// sentences of one fact share a word, a concept, a number or a date as well, while "Aliyev"
/// or "Baku" alone is in many sentences of different facts ("He was taken to Baku" / "Baku
/// says the roads are safe"). Measured on the comparable gold set (`bench/comparable_eval.py`,
/// cross-language recall / precision): all 23 stories 0.633 / 0.863 -> 0.631 / 0.873 (74
/// pairs fewer, 16 of them right); the 20 written blind 0.627 / 0.865 -> 0.625 / 0.875;
/// bodies shuffled (`--shuffle 1`, `2`) 0.530 / 0.855 -> 0.525 / 0.867 and 0.532 / 0.860 ->
/// 0.529 / 0.869. A bar of 1.0 (one rare name enough) kept half the gain: 0.632 / 0.869. The
/// same rule on the summaries' links (`summary_links`) cost more right pairs than wrong ones
/// (34 of 41): a headline names the place of each fact it sums up.
fn direct_evidence(
    lf: &[Features],
    rf: &[Features],
    weights: &EntityWeights,
    l: &[usize],
    r: &[usize],
) -> bool {
    l.iter()
        .flat_map(|&a| r.iter().map(move |&b| (a, b)))
        .any(|(a, b)| {
            let (names, rest) = features::raw_parts(&lf[a], &rf[b], weights);
            names + rest >= MIN_DIRECT_SCORE && (rest > 0.0 || names >= MIN_RAW_SCORE)
        })
}

/// The [`Alignment`] of chosen groups and secondary links.
fn alignment(
    lf: &[Features],
    rf: &[Features],
    weights: &EntityWeights,
    groups: Vec<(Vec<usize>, Vec<usize>)>,
    secondary: Vec<(usize, usize)>,
    (li, ri): (usize, usize),
) -> Alignment {
    let mut pairs: Vec<AlignedPair> = groups
        .into_iter()
        .map(|(l, r)| pair(lf, rf, weights, l, r))
        .collect();
    pairs.extend(secondary.into_iter().map(|(i, j)| AlignedPair {
        secondary: true,
        ..pair(lf, rf, weights, vec![i], vec![j])
    }));
    // page furniture is never paired, and tells nothing the other document lacks
    let unpaired = |f: &[Features], side: fn(&AlignedPair) -> &[usize]| {
        let mut paired: Vec<bool> = f.iter().map(|x| x.furniture).collect();
        for i in pairs.iter().flat_map(side) {
            paired[*i] = true;
        }
        (0..f.len()).filter(|&i| !paired[i]).collect::<Vec<_>>()
    };
    let only_left = unpaired(lf, |p| &p.left);
    let only_right = unpaired(rf, |p| &p.right);
    Alignment {
        left: li,
        right: ri,
        pairs,
        only_left,
        only_right,
    }
}

/// Score a group by its best-scoring sentence pair, which also gives the evidence shown.
fn pair(
    lf: &[Features],
    rf: &[Features],
    weights: &EntityWeights,
    left: Vec<usize>,
    right: Vec<usize>,
) -> AlignedPair {
    let (raw, evidence) = left
        .iter()
        .flat_map(|&i| right.iter().map(move |&j| (i, j)))
        .map(|(i, j)| score(&lf[i], &rf[j], weights))
        .reduce(|best, s| if s.0 > best.0 { s } else { best })
        .unwrap_or_default();
    AlignedPair {
        left,
        right,
        score: (confidence(raw) * 1000.0).round() / 1000.0,
        evidence,
        diff: PairDiff::default(),
        secondary: false,
    }
}

/// Groups and secondary links (see [`secondary_links`]).
type Chosen = (Vec<(Vec<usize>, Vec<usize>)>, Vec<(usize, usize)>);

/// Gaps in place that decide between the two views of a pair of articles, see [`reconcile`].
/// Measured on the gold set (`bench/comparable_eval.py`; cross-language recall / precision on
/// all fourteen stories, then on the seven in odd and in even places of the alphabetical list):
/// the clusters alone 0.573 / 0.846 (0.531 / 0.842, 0.612 / 0.849); with the openings' pairs
/// only 0.583 / 0.846; FAR 0.25 NEAR 0.10 0.620 / 0.842 (0.584 / 0.833, 0.653 / 0.849); NEAR
/// 0.05 0.602 / 0.845; NEAR 0.15 0.629 / 0.836; NEAR 0 0.581 / 0.860; FAR 0.20 0.618 / 0.843;
/// FAR 0.30 0.620 / 0.838; no leaving (FAR ∞) 0.622 / 0.829. The pairs only one view has are
/// right about half the time, the pairs both have 0.91. With each article's body in a random
/// order (`--shuffle 1` and `2`, headlines first) the two gaps change little: 0.483 / 0.819 and
/// 0.483 / 0.835 without, 0.488 / 0.811 and 0.490 / 0.833 with them.
///
/// Two stories written blind afterwards (jermuk-drone-2026, zvartnots-landing-2026; 620 gold
/// pairs) disagreed: there the near pairs added were right 20 times in 42, and all of the above
/// took them from 0.558 / 0.930 to 0.582 / 0.876. So an added pair must also be as strong as a
/// secondary link ([`MIN_SECONDARY_CROSS`]): blind 0.563 / 0.906, the fourteen 0.581 / 0.871
/// (a bar of 1.05 0.568 / 0.891 and 0.589 / 0.867; 1.5 0.561 / 0.909 and 0.575 / 0.871; 2.0
/// 0.555 / 0.917 and 0.570 / 0.872; no additions but the openings' 0.550 / 0.922 and 0.569 /
/// 0.872).
const FAR_GAP: f64 = 0.25;
const NEAR_GAP: f64 = 0.10;

/// Choose groups without any order constraint: strongest pairs first, then sentences whose
/// best counterpart is already taken join that group when they score nearly as well; then the
/// secondary links.
fn comparable(lf: &[Features], rf: &[Features], weights: &EntityWeights) -> Chosen {
    if lf.is_empty() || rf.is_empty() {
        return (Vec::new(), Vec::new());
    }
    // the documents' counts the weights hold already
    let (lc, rc) = weights.counts();
    let told = (told_by_first(lf, lc), told_by_first(rf, rc));
    choose(
        &SparseScores::new(lf, rf, weights),
        lf,
        rf,
        (&told.0, &told.1),
    )
}

/// [`comparable`] over scores already computed; `told` holds each side's [`told_by_first`].
fn choose(
    scores: &SparseScores,
    lf: &[Features],
    rf: &[Features],
    told: (&[usize], &[usize]),
) -> Chosen {
    let (n, m) = (lf.len(), rf.len());
    let best_right: Vec<Option<(usize, f64)>> = (0..n).map(|i| scores.best_in_row(i)).collect();
    let best_left: Vec<Option<(usize, f64)>> = (0..m).map(|j| scores.best_in_col(j)).collect();

    // group index of each sentence
    let mut gl: Vec<Option<usize>> = vec![None; n];
    let mut gr: Vec<Option<usize>> = vec![None; m];
    let mut groups: Vec<(Vec<usize>, Vec<usize>, f64)> = Vec::new();
    // one-to-one, greedily from the strongest pair down (a greedy maximum-weight matching: a
    // sentence whose best counterpart is taken can still pair with its next best)
    let mut candidates: Vec<(usize, usize, f64)> = scores
        .rows
        .iter()
        .enumerate()
        .flat_map(|(i, row)| row.iter().map(move |&(j, s)| (i, j, s)))
        .filter(|&(i, j, s)| {
            s >= MIN_RAW_SCORE
                || (s >= MIN_CLEAR_SCORE
                    && s >= CLEAR_MARGIN * scores.second_in_row(i)
                    && s >= CLEAR_MARGIN * scores.second_in_col(j))
        })
        .collect();
    candidates.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    for (i, j, s) in candidates {
        if gl[i].is_none() && gr[j].is_none() {
            gl[i] = Some(groups.len());
            gr[j] = Some(groups.len());
            groups.push((vec![i], vec![j], s));
        }
    }
    // one-to-many: an unpaired sentence joins the group of its best counterpart
    for (i, slot) in gl.iter_mut().enumerate().filter(|(_, g)| g.is_none()) {
        let Some((j, s)) = best_right[i] else {
            continue;
        };
        if let Some(g) = gr[j] {
            let (ls, _, gs) = &groups[g];
            if s >= MIN_MERGE_SCORE && s >= MERGE_SHARE * gs && ls.len() < MAX_GROUP {
                groups[g].0.push(i);
                *slot = Some(g);
            }
        }
    }
    for (j, slot) in gr.iter_mut().enumerate().filter(|(_, g)| g.is_none()) {
        let Some((i, s)) = best_left[j] else { continue };
        if let Some(g) = gl[i] {
            let (ls, rs, gs) = &groups[g];
            if s >= MIN_MERGE_SCORE
                && s >= MERGE_SHARE * gs
                && rs.len() < MAX_GROUP
                && ls.len() == 1
            {
                groups[g].1.push(j);
                *slot = Some(g);
            }
        }
    }
    // the groups of the sentences that say what each first sentence says
    let told_groups = |told: &[usize], g: &[Option<usize>]| -> Vec<usize> {
        told.iter().filter_map(|&x| g[x]).collect()
    };
    let (told_l, told_r) = (told_groups(told.0, &gl), told_groups(told.1, &gr));
    let secondary = secondary_links(
        scores,
        &gl,
        &gr,
        |i, j| lf[i].lang == rf[j].lang,
        // across languages only: within one (the originals', or a translation's) the
        // headline's own words already meet the other sentence's
        |i, j| {
            lf[i].lang != rf[j].lang
                && ((i == 0 && gr[j].is_some_and(|g| told_l.contains(&g)))
                    || (j == 0 && gl[i].is_some_and(|g| told_r.contains(&g))))
        },
    );
    let mut out: Vec<(Vec<usize>, Vec<usize>)> = groups
        .into_iter()
        .map(|(mut l, mut r, _)| {
            l.sort_unstable();
            r.sort_unstable();
            (l, r)
        })
        .collect();
    out.sort();
    (out, secondary)
}

/// A sentence pair in different groups that is strong on its own is a further link: a headline
/// or a summary sentence reports several facts, each told in its own sentence elsewhere ("Lifeline
/// restored as crossing reopens" / "…reopened on Thursday" and "…Armenia's main land link").
/// At most [`MAX_SECONDARY`] per sentence ([`MAX_SUMMARY_SECONDARY`] for a first sentence),
/// strongest first. `told(i, j)`: the first sentence
/// of one side (`i` or `j` is 0) and a sentence in the group of one its own article tells it
/// by (see [`told_by_first`]); such a link needs only [`HEADLINE_TOLD_SECONDARY`].
///
/// Across languages, one of the two must open its article (headline or lead): two body
/// sentences already in different groups were right a quarter of the time (27 of 108 over every
/// pair of articles of the gold set's 28 stories). Without those links (`bench/comparable_eval.py`,
/// cross-language recall / precision): two at a time 0.596 / 0.850 -> 0.593 / 0.861, the 25
/// stories written blind 0.591 / 0.851 -> 0.588 / 0.862; all articles at once (where this
/// alignment is the pair's second view, see [`reconcile`]) 0.644 / 0.886 -> 0.642 / 0.889, blind
/// 0.640 / 0.888 -> 0.638 / 0.892, shuffled (`--shuffle 1`) 0.555 / 0.876 -> 0.553 / 0.882;
/// es–en (`bench/translate_eval.py`) 0.699 / 0.843 -> 0.699 / 0.859 without translation, 0.699 /
/// 0.829 either way with Apertium. A bar of 2.0 instead gave 0.593 / 0.861 and 0.642 / 0.889.
fn secondary_links(
    scores: &SparseScores,
    gl: &[Option<usize>],
    gr: &[Option<usize>],
    same_lang: impl Fn(usize, usize) -> bool,
    told: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let min = |i, j| {
        if told(i, j) {
            HEADLINE_TOLD_SECONDARY
        } else if i == 0 || j == 0 {
            HEADLINE_SECONDARY
        } else if same_lang(i, j) {
            MIN_SECONDARY_SAME
        } else if i > 1 && j > 1 {
            // two body sentences across languages: none (see the function's comment)
            f64::INFINITY
        } else {
            MIN_SECONDARY_CROSS
        }
    };
    let links: Vec<(usize, usize, f64)> = scores
        .rows
        .iter()
        .enumerate()
        .flat_map(|(i, row)| row.iter().map(move |&(j, s)| (i, j, s)))
        .filter(|&(i, j, s)| s >= min(i, j) && (gl[i].is_none() || gl[i] != gr[j]))
        .collect();
    strongest_within(links, |_, s| {
        if s == 0 {
            MAX_SUMMARY_SECONDARY
        } else {
            MAX_SECONDARY
        }
    })
}

/// Of scored links (left, right, score), strongest first, those that keep every sentence of
/// either side within `cap(left side, sentence)` links; each pair once; sorted.
fn strongest_within(
    mut links: Vec<(usize, usize, f64)>,
    cap: impl Fn(bool, usize) -> usize,
) -> Vec<(usize, usize)> {
    links.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    links.dedup_by_key(|l| (l.0, l.1));
    let mut per: std::collections::HashMap<(bool, usize), usize> = Default::default();
    let mut out = Vec::new();
    for (i, j, _) in links {
        if per.get(&(true, i)).copied().unwrap_or(0) < cap(true, i)
            && per.get(&(false, j)).copied().unwrap_or(0) < cap(false, j)
        {
            *per.entry((true, i)).or_default() += 1;
            *per.entry((false, j)).or_default() += 1;
            out.push((i, j));
        }
    }
    out.sort_unstable();
    out
}

/// A pair below [`MIN_RAW_SCORE`] is still taken when it is at least this strong and clearly
/// better than every other candidate of both its sentences: one rare name in common and nothing
/// else competing ("İrəvanda…" / "En Ereván…"). A shared number alone (0.9) is never enough.
const MIN_CLEAR_SCORE: f64 = 0.6;
const CLEAR_MARGIN: f64 = 1.2;
/// Features held by more than this share of a document's sentences do not propose candidates
/// (they still count in the score of candidates proposed otherwise).
const COMMON_SHARE: f64 = 0.2;
const COMMON_MIN: usize = 8;

/// How much a pair's score changes with the distance between the two sentences' relative
/// places in their articles (0 = first sentence, 1 = last). News is written top-down: the
/// headline and lead carry the main facts and background comes last, in every outlet, whatever
/// order each tells the middle in. A soft prior, not an order: pairs closer than
/// [`POSITION_FREE`] gain a little (at most 0.16), a first and a last sentence lose 0.64, less
/// than one shared rare name, so a fact told at the other end of an article is still found.
///
/// Comparable gold (nine stories, `bench/comparable_eval.py`), cross-language recall / pair
/// precision: without the prior 0.534 / 0.800; weight 0.5 with no free zone 0.502 / 0.829;
/// 0.8 and 0.2 0.546 / 0.832; 1.2 and 0.2 0.564 / 0.837; 2.0 and 0.2 0.591 / 0.845. With every
/// article's body shuffled (headline kept first) the prior costs recall, the more the heavier
/// it is (a first trial: at 2.0 a third of the pairs lost against a tenth at 0.8); 0.8 is the
/// weight that gains in natural order and stays close under random order. On all eleven stories
/// (`bench/comparable_eval.py [--shuffle SEED]`): without the prior 0.514 / 0.792, shuffled
/// (seeds 1-3) 0.497-0.501 / 0.791-0.794; with it 0.545 / 0.832, shuffled 0.427-0.444 /
/// 0.816-0.823.
/// Es–en pairs (`bench/translate_eval.py`): precision 0.846 -> 0.880 at the same recall.
/// Measured afterwards on two stories written blind, with and without the prior:
/// nakhchivan-quake-2026 0.404 / 0.733 -> 0.499 / 0.819, kirants-delimitation-2026 0.512 /
/// 0.794 -> 0.588 / 0.848.
const POSITION_WEIGHT: f64 = 0.8;
/// Relative distance under which a pair gains rather than loses (see [`POSITION_WEIGHT`]).
const POSITION_FREE: f64 = 0.2;

/// The score a pair loses for its sentences' distance in relative place: sentence `i` of `n`
/// against sentence `j` of `m` (see [`POSITION_WEIGHT`]).
fn position_penalty((i, n): (usize, usize), (j, m): (usize, usize)) -> f64 {
    let place = |k: usize, len: usize| (k as f64 + 0.5) / len.max(1) as f64;
    POSITION_WEIGHT * ((place(i, n) - place(j, m)).abs() - POSITION_FREE)
}

/// The comparable score of sentence `i` of `lf` against sentence `j` of `rf`: what the two share
/// ([`raw_score`]) less the distance of their places ([`position_penalty`]).
fn link_score(
    lf: &[Features],
    rf: &[Features],
    weights: &EntityWeights,
    i: usize,
    j: usize,
) -> f64 {
    raw_score(&lf[i], &rf[j], weights) - position_penalty((i, lf.len()), (j, rf.len()))
}

/// Scores of the sentence pairs that share at least one anchor, word or key: an inverted index
/// proposes candidates, so two long documents are not scored pair by pair.
struct SparseScores {
    rows: Vec<Vec<(usize, f64)>>,
    cols: Vec<Vec<(usize, f64)>>,
}

/// The keys under which a sentence is indexed and looked up for candidates: names, dates, years
/// and number magnitudes, plus its words within a language (`[0]`) or its cognate keys and concepts
/// across languages (`[1]`).
type SentenceKeys = [Vec<String>; 2];

fn sentence_keys(f: &Features) -> SentenceKeys {
    let keys = |cross: bool| -> Vec<String> {
        let mut k: Vec<String> = f.entities.iter().map(|e| format!("e:{e}")).collect();
        k.extend(f.dates.iter().map(|d| format!("d:{d}")));
        k.extend(f.years.iter().map(|y| format!("y:{y}")));
        k.extend(
            f.numbers
                .iter()
                .map(|n| format!("n:{}", magnitude(n.value))),
        );
        k.extend(
            f.numbers
                .iter()
                .map(|n| format!("n:{}", magnitude(n.value) + 1)),
        );
        if cross {
            k.extend(f.keys.iter().map(|w| format!("k:{w}")));
            k.extend(f.concepts.iter().map(|c| format!("c:{c}")));
        } else {
            k.extend(f.words.iter().map(|w| format!("w:{}:{w}", f.lang)));
        }
        k
    };
    [keys(false), keys(true)]
}

/// [`sentence_keys`] of each sentence of a document.
fn document_keys(f: &[Features]) -> Vec<SentenceKeys> {
    f.iter().map(sentence_keys).collect()
}

impl SparseScores {
    fn new(lf: &[Features], rf: &[Features], weights: &EntityWeights) -> Self {
        Self::with_keys(lf, rf, &document_keys(lf), &document_keys(rf), weights)
    }

    /// [`Self::new`] with the documents' keys made before ([`document_keys`]), as when one
    /// document is in many pairs.
    fn with_keys(
        lf: &[Features],
        rf: &[Features],
        lk: &[SentenceKeys],
        rk: &[SentenceKeys],
        weights: &EntityWeights,
    ) -> Self {
        let mut index: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (j, keys) in rk.iter().enumerate() {
            for k in keys.iter().flatten() {
                let v = index.entry(k.as_str()).or_default();
                if v.last() != Some(&j) {
                    v.push(j);
                }
            }
        }
        let limit = COMMON_MIN.max((rf.len() as f64 * COMMON_SHARE) as usize);
        let mut rows = vec![Vec::new(); lf.len()];
        let mut cols = vec![Vec::new(); rf.len()];
        let mut seen = vec![usize::MAX; rf.len()];
        for (i, keys) in lk.iter().enumerate() {
            for k in keys.iter().flatten() {
                let Some(js) = index.get(k.as_str()) else {
                    continue;
                };
                if js.len() > limit && !k.starts_with("e:") && !k.starts_with("d:") {
                    continue;
                }
                for &j in js {
                    if seen[j] == i {
                        continue;
                    }
                    seen[j] = i;
                    let s = link_score(lf, rf, weights, i, j);
                    if s > 0.0 {
                        rows[i].push((j, s));
                        cols[j].push((i, s));
                    }
                }
            }
        }
        SparseScores { rows, cols }
    }

    fn best_in_row(&self, i: usize) -> Option<(usize, f64)> {
        best(&self.rows[i])
    }
    fn best_in_col(&self, j: usize) -> Option<(usize, f64)> {
        best(&self.cols[j])
    }
    fn second_in_row(&self, i: usize) -> f64 {
        second(&self.rows[i])
    }
    fn second_in_col(&self, j: usize) -> f64 {
        second(&self.cols[j])
    }
}

/// Decimal order of magnitude, for bucketing numbers.
fn magnitude(v: f64) -> i32 {
    v.abs().max(1.0).log10().floor() as i32
}

/// The highest score; ties go to the lowest index.
fn best(v: &[(usize, f64)]) -> Option<(usize, f64)> {
    v.iter()
        .copied()
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
}

/// The second highest score (0 when there is none).
fn second(v: &[(usize, f64)]) -> f64 {
    let Some((bi, _)) = best(v) else { return 0.0 };
    v.iter()
        .filter(|(i, _)| *i != bi)
        .map(|(_, s)| *s)
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::Analyzer;
    use crate::framing::Lexicon;
    use crate::glossary::Glossary;
    use crate::ingest::parse_article;

    fn doc(id: &str, body: &str) -> Document {
        doc_in(id, body, "en")
    }

    /// An article in language `lang`.
    fn doc_in(id: &str, body: &str, lang: &str) -> Document {
        static ANALYZER: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
        let analyzer = ANALYZER
            .get_or_init(|| Analyzer::new(&Glossary::embedded().unwrap(), Lexicon::default()));
        analyzer.analyze(parse_article(body.to_string(), id, id, None), Some(lang))
    }

    /// Framing cues name one thing in each side's words: "könüllü olaraq tərk edir" and "fled"
    /// share the concept `cue:movement`, "separatçı rejim" and "selbst ernannte Republik"
    /// `cue:polity-label`, which nothing else in these sentences shares.
    #[test]
    fn framing_cues_of_one_referent_are_a_shared_concept() {
        static ANALYZER: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
        let analyzer = ANALYZER.get_or_init(|| {
            Analyzer::new(&Glossary::embedded().unwrap(), Lexicon::embedded().unwrap())
        });
        let doc = |body: &str, lang: &str| {
            analyzer.analyze(parse_article(body.to_string(), "x", "x", None), Some(lang))
        };
        let az = doc(
            "Sakinlər bölgəni könüllü olaraq tərk edir. Separatçı rejim özünü ləğv edir.",
            "az",
        );
        let de = doc(
            "Die Familien flohen über Nacht. Die selbst ernannte Republik löst sich auf.",
            "de",
        );
        let (af, df) = (document_features(&az), document_features(&de));
        for (f, sentence, concept) in [
            (&af, 0, "cue:movement"),
            (&df, 0, "cue:movement"),
            (&af, 1, "cue:polity-label"),
            (&df, 1, "cue:polity-label"),
        ] {
            let found = &f[sentence].concepts;
            assert!(found.contains(&concept), "{concept}: {found:?}");
        }
        // an evacuation is an event of its own, not the people leaving
        let en = doc("Rescuers evacuated the village.", "en");
        assert!(!document_features(&en)[0].concepts.contains(&"cue:movement"));
    }

    /// A year two sentences share is a key of the index: a pair whose only anchor is "in 2027"
    /// / "2027 թվականին" is scored at all (years count in the score, but were not looked up).
    #[test]
    fn a_shared_year_proposes_a_candidate() {
        let a = doc("a", "The return match will be played in 2027.");
        let b = doc_in("b", "Պատասխան խաղը նախատեսված է 2027 թվականին։", "hy");
        let (lf, rf) = (document_features(&a), document_features(&b));
        assert_eq!(lf[0].years, [2027]);
        assert_eq!(rf[0].years, [2027]);
        let scores = SparseScores::new(&lf, &rf, &EntityWeights::new(&lf, &rf));
        assert!(
            scores.rows[0].iter().any(|&(j, s)| j == 0 && s > 0.0),
            "{:?}",
            scores.rows
        );
    }

    /// Weights from counts made once per document score every pair as weights counted for the
    /// pair; a term that is both a word and a cognate key of every sentence (document frequency
    /// above the sentence count) still has an idf.
    #[test]
    fn counts_made_once_weigh_as_counts_made_per_pair() {
        let a = doc(
            "a",
            "Iran sent ambulances to Meghri. The road to Meghri stayed closed for two days. \
             Iran thanked Armenia.",
        );
        let b = doc_in(
            "b",
            "Иран направил машины скорой помощи в Мегри. Дорога была закрыта два дня.",
            "ru",
        );
        let (lf, rf) = (document_features(&a), document_features(&b));
        let (lc, rc) = (DocCounts::new(&lf), DocCounts::new(&rf));
        let (fresh, once) = (EntityWeights::new(&lf, &rf), EntityWeights::of(&lc, &rc));
        let mut nonzero = 0;
        for x in &lf {
            for y in &rf {
                let s = raw_score(x, y, &fresh);
                assert_eq!(s.to_bits(), raw_score(x, y, &once).to_bits());
                nonzero += usize::from(s > 0.0);
            }
        }
        assert!(nonzero >= 2, "{nonzero}");
        // the same document twice: "bread" is a word and a cognate key of every sentence
        let same = doc("c", "Bread rises. Bread falls.");
        let f = document_features(&same);
        let w = EntityWeights::new(&f, &f);
        assert!(raw_score(&f[0], &f[1], &w).is_finite());
    }

    /// A translation that shares no cognate with its source, and a line the source lacks: the
    /// concept lexicon (night/snow, morning/wind/lake) places the pairs, where length alone put
    /// each sentence against its neighbour's counterpart.
    #[test]
    fn parallel_mode_pairs_free_translations_through_concepts() {
        let de = doc_in(
            "de",
            "Nachts fiel viel Schnee.\nWir warteten geduldig auf besseres Wetter und spielten \
             Karten.\nAm Morgen wehte ein eisiger Wind über den See.\n",
            "de",
        );
        let fr = doc_in(
            "fr",
            "Pendant la nuit, il est tombé beaucoup de neige.\nPersonne ne connaissait le \
             chemin du retour vers la vallée.\nNous patientions en attendant une \
             amélioration.\nLe matin, un vent glacial soufflait sur le lac.\n",
            "fr",
        );
        assert_eq!((de.sentences.len(), fr.sentences.len()), (3, 4));
        let al = align(&de, &fr, 0, 1, Mode::Parallel);
        let groups: Vec<(Vec<usize>, Vec<usize>)> = al
            .pairs
            .iter()
            .map(|p| (p.left.clone(), p.right.clone()))
            .collect();
        assert_eq!(
            groups,
            [(vec![0], vec![0]), (vec![1], vec![2]), (vec![2], vec![3])]
        );
    }

    #[test]
    fn the_headline_and_the_lead_sum_up_an_article() {
        let titled = doc(
            "t",
            "Flood in Yevlakh\n\nThe Kura burst its banks. Two people died.\n",
        );
        assert_eq!(titled.article.title.as_deref(), Some("Flood in Yevlakh"));
        let of = |d: &Document, first: usize| -> Vec<(usize, f64, Vec<usize>)> {
            let f = document_features(d);
            summaries(d, &told_by_first(&f, &DocCounts::new(&f)), first)
                .into_iter()
                .map(|s| (s.sentence, s.min_average, s.told_by))
                .collect()
        };
        // global indices from `first`; "Yevlakh" and "flood" are not in the lead's words, the
        // second body sentence shares nothing with the headline
        assert_eq!(
            of(&titled, 10),
            [
                (10, cluster::HEADLINE_MIN_AVERAGE, vec![]),
                (11, cluster::LEAD_MIN_AVERAGE, vec![])
            ]
        );
        // without a headline the first sentence is the lead
        let untitled = doc("u", "The Kura burst its banks. Two people died.\n");
        assert_eq!(of(&untitled, 0), [(0, cluster::LEAD_MIN_AVERAGE, vec![])]);
        // the body sentence that tells the headline's fact backs it; a lead's are not used
        let told = doc(
            "b",
            "Kura flood forces Yevlakh evacuation\n\nHeavy rain fell for two days. \
             Yevlakh was evacuated after the Kura flood reached the town.\n",
        );
        assert_eq!(
            of(&told, 0),
            [
                (0, cluster::HEADLINE_MIN_AVERAGE, vec![2]),
                (1, cluster::LEAD_MIN_AVERAGE, vec![])
            ]
        );
    }

    #[test]
    fn the_two_views_of_a_pair_are_reconciled_by_place() {
        // two articles of 20 sentences; the clusters gave a 1-2 group (5; 5, 15) and a 1-1
        // group (12; 2), the pair's own alignment (5, 5), (8, 9), (9, 17) and the openings (0, 1)
        let groups = vec![(vec![5], vec![5, 15]), (vec![12], vec![2])];
        let view = [(0, 1), (5, 5), (8, 9), (9, 17)];
        let strong = |_, _| true;
        let (groups, secondary) = reconcile(groups, Vec::new(), &view, strong, (20, 20));
        // 15 is far from 5 (gap 0.5) and only the clusters have it: it leaves the group; a
        // 1-1 group the clusters alone have stays, however far (12 / 2)
        assert_eq!(groups, [(vec![5], vec![5]), (vec![12], vec![2])]);
        // (8, 9) is near (gap 0.05) and (0, 1) opens both articles: added; (9, 17) is far
        assert_eq!(secondary, [(0, 1), (8, 9)]);
        // a far member stays when the pair's own alignment has it
        let (groups, _) = reconcile(
            vec![(vec![5], vec![5, 15])],
            Vec::new(),
            &[(5, 15)],
            strong,
            (20, 20),
        );
        assert_eq!(groups, [(vec![5], vec![5, 15])]);
        // a pair the clusters already show is not added twice
        let (_, secondary) = reconcile(vec![(vec![8], vec![9])], vec![], &view, strong, (20, 20));
        assert_eq!(secondary, [(0, 1), (5, 5)]);
        // another view's near pairs join within the caps: two for sentence 5, four for 0
        let many = [
            (0, 0),
            (0, 1),
            (0, 2),
            (0, 3),
            (0, 4),
            (5, 4),
            (5, 5),
            (5, 6),
        ];
        let added = add_near(Vec::new(), Vec::new(), &many, strong, (100, 100));
        assert_eq!(added, [(0, 0), (0, 1), (0, 2), (0, 3), (5, 4), (5, 5)]);
        // and only the strong ones
        let weak_55 = |a, b| (a, b) != (5, 5);
        let added = add_near(Vec::new(), Vec::new(), &many, weak_55, (100, 100));
        assert_eq!(added, [(0, 0), (0, 1), (0, 2), (0, 3), (5, 4), (5, 6)]);
        // of the clusters' secondary links the pair's own view lacks, a headline's stays
        let (_, secondary) = reconcile(
            vec![],
            vec![(0, 7), (1, 12), (8, 9)],
            &view,
            strong,
            (20, 20),
        );
        assert_eq!(secondary, [(0, 7), (8, 9), (0, 1), (5, 5)]);
    }

    #[test]
    fn a_translation_does_not_lose_a_pair_the_originals_make() {
        // Spanish sentence 2 and English sentence 2 share a date; a (bad) translation of the
        // Spanish one copies English sentence 4 word for word, which then takes it. The
        // originals' own alignment still shows the near pair (2, 2).
        let mut spanish = doc_in(
            "es",
            "Los apicultores venden miel en el mercado. Un coro cantó himnos antiguos. \
             El 3 de marzo de 2031 llegaron muchos camiones al puerto. \
             Los niños jugaron al ajedrez. Llovió toda la tarde.",
            "es",
        );
        let english = doc(
            "en",
            "Farmers sold apricots at dawn. Poets recited verses in the square. \
             On 3 March 2031 passengers were counted at the station. \
             The weather stayed dry. Engineers inspected the tunnel lights.",
        );
        assert_eq!((spanish.sentences.len(), english.sentences.len()), (5, 5));
        for (k, s) in spanish.sentences.iter_mut().enumerate() {
            let text = english.sentences[if k == 2 { 4 } else { k }].text.clone();
            s.translation = Some(crate::model::Translation {
                lang: "en".into(),
                text: if k == 2 {
                    text
                } else {
                    format!("Unrelated words number {k}.")
                },
                backend: "test".into(),
            });
        }
        let pairs_of = |a: &Alignment| {
            sentence_pairs((
                a.pairs
                    .iter()
                    .map(|p| (p.left.clone(), p.right.clone()))
                    .collect(),
                Vec::new(),
            ))
        };
        // the premise: on the translations alone, (2, 2) is not chosen; on the originals it is
        let (lf, rf) = (document_features(&spanish), document_features(&english));
        let translated = sentence_pairs(comparable(&lf, &rf, &EntityWeights::new(&lf, &rf)));
        assert!(!translated.contains(&(2, 2)), "{translated:?}");
        let (lo, ro) = (original_features(&spanish), original_features(&english));
        let originals = sentence_pairs(comparable(&lo, &ro, &EntityWeights::new(&lo, &ro)));
        assert!(originals.contains(&(2, 2)), "{originals:?}");
        // the alignment shows both: the translation's pair and the originals' one
        let a = align(&spanish, &english, 0, 1, Mode::Comparable);
        let shown = pairs_of(&a);
        assert!(shown.contains(&(2, 4)), "{shown:?}");
        assert!(shown.contains(&(2, 2)), "{shown:?}");
    }

    #[test]
    fn a_headline_links_to_the_counterpart_of_a_sentence_of_its_own_article_that_tells_it() {
        // The headline's link to the hospital sentence on the right is weak (a shared town, a
        // shared concept), below the bar of a headline's secondary link; but its own article
        // tells the hospital in words it shares, and that sentence pairs with the right one.
        let left = doc(
            "left",
            "Gavar evacuated as bridge closes\n\n\
             The bridge in Gavar was closed on 3 March 2031 after the river rose by two metres. \
             Poets recited verses in the square. \
             The Gavar hospital evacuated 240 patients to Sevan.",
        );
        let right = doc_in(
            "right",
            "Мост в Гаваре закрыли 3 марта 2031 года после того, как река поднялась на два метра. \
             Фестиваль абрикосов перенесли на осень. \
             Больницу Гавара эвакуировали: 240 пациентов перевезли в Севан.",
            "ru",
        );
        let (lf, rf) = (document_features(&left), document_features(&right));
        let weights = EntityWeights::new(&lf, &rf);
        let to_hospital = link_score(&lf, &rf, &weights, 0, 2);
        assert!(
            (HEADLINE_TOLD_SECONDARY..HEADLINE_SECONDARY).contains(&to_hospital),
            "{to_hospital}: the case must sit between the two bars"
        );
        let told = told_by_first(&lf, &DocCounts::new(&lf));
        assert!(told.contains(&3), "{told:?}");
        let a = align(&left, &right, 0, 1, Mode::Comparable);
        let (primary, secondary) = links(&a);
        assert!(primary.contains(&(3, 2)), "hospital: {primary:?}");
        let all: Vec<_> = primary.iter().chain(&secondary).collect();
        assert!(all.contains(&&(0, 2)), "headline-hospital: {all:?}");
        assert!(!all.contains(&&(0, 1)), "headline-festival: {all:?}");
    }

    type Links = Vec<(usize, usize)>;

    /// Whether the two articles' first sentences are linked, as a primary group or a
    /// secondary link.
    fn has_first(a: &Alignment) -> bool {
        let (primary, secondary) = links(a);
        primary.contains(&(0, 0)) || secondary.contains(&(0, 0))
    }

    /// (left, right) sentence pairs of the primary groups and of the secondary links.
    fn links(a: &Alignment) -> (Links, Links) {
        let mut primary = Vec::new();
        let mut secondary = Vec::new();
        for p in &a.pairs {
            for &l in &p.left {
                for &r in &p.right {
                    if p.secondary {
                        secondary.push((l, r));
                    } else {
                        primary.push((l, r));
                    }
                }
            }
        }
        primary.sort();
        secondary.sort();
        (primary, secondary)
    }

    // Two invented reports of one invented event, told in different orders; each has one
    // sentence the other lacks.
    const LEFT: &str = "Goris hospital treated 240 patients on 3 March 2031. \
        The new bridge over the Vorotan near Goris opened to lorries on 1 March 2031. \
        Officials in Yerevan said the repairs cost 12 million drams. \
        A choir sang at the ceremony.";
    const RIGHT: &str = "Repairs to the bridge cost 15 million drams, according to officials in Yerevan. \
        Lorries began crossing the Vorotan bridge near Goris on 1 March 2031. \
        The weather stayed dry all week. \
        On 3 March 2031 the hospital in Goris had treated 240 patients.";

    #[test]
    fn comparable_mode_pairs_facts_in_any_order_and_keeps_omissions() {
        let (l, r) = (doc("left", LEFT), doc("right", RIGHT));
        let a = align(&l, &r, 0, 1, Mode::Comparable);
        let (primary, _) = links(&a);
        assert!(primary.contains(&(0, 3)), "{primary:?}"); // hospital: first / last
        assert!(primary.contains(&(1, 1)), "{primary:?}"); // bridge
        assert!(primary.contains(&(2, 0)), "{primary:?}"); // cost: third / first
        assert_eq!(a.only_left, [3], "the choir is only on the left");
        assert_eq!(a.only_right, [2], "the weather is only on the right");
        // The cost pair carries the conflicting figures as evidence.
        let cost = a.pairs.iter().find(|p| p.left == [2]).unwrap();
        assert_eq!(
            cost.evidence.conflicting_numbers.len(),
            1,
            "{:?}",
            cost.evidence
        );
        assert!(cost.score > 0.0 && cost.score <= 1.0);
    }

    #[test]
    fn of_two_equal_candidates_the_one_in_the_same_part_of_its_article_wins() {
        // The last sentence on the left matches the first and the last on the right word for
        // word; news is written top-down, so the last is the likelier counterpart.
        // (Both would join one 1-2 group here; the scores show the preference.)
        let left = doc(
            "left",
            "Apricot growers gathered in Ararat. Orchard prices doubled. Tractors were blessed. \
             A parade marched. Residents of Goris met the mayor on Monday.",
        );
        let right = doc(
            "right",
            "Residents of Goris met the mayor on Monday. Choirs sang hymns. Poets recited verses. \
             Lanterns glowed. Residents of Goris met the mayor on Monday.",
        );
        let (lf, rf) = (document_features(&left), document_features(&right));
        let scores = SparseScores::new(&lf, &rf, &EntityWeights::new(&lf, &rf));
        let score_of = |j: usize| scores.rows[4].iter().find(|&&(k, _)| k == j).map(|p| p.1);
        let (first, last) = (score_of(0).unwrap(), score_of(4).unwrap());
        assert!(last > first, "last {last} first {first}");
        assert_eq!(scores.best_in_row(4).map(|b| b.0), Some(4));
        assert!(position_penalty((4, 5), (0, 5)) > position_penalty((4, 5), (4, 5)));
        assert!(
            position_penalty((0, 5), (0, 9)) < 0.0,
            "close places earn a little"
        );
    }

    #[test]
    fn a_headline_links_to_a_second_fact_on_weaker_evidence() {
        // The headline names the bridge and the hospital: it pairs with one of the two right
        // sentences and links to the other on evidence below the bar of other sentences.
        let left = doc_in(
            "left",
            "Гавар: закрыт мост, из больницы вывезли 240 человек\n\n\
             Мост в Гаваре закрыли 3 марта 2031 года после того, как река поднялась на два метра. \
             Фестиваль абрикосов перенесли на осень.",
            "ru",
        );
        let right = doc(
            "right",
            "The bridge in Gavar was closed on 3 March 2031 after the river rose by two metres. \
             Poets recited verses in the square. \
             The hospital in Gavar moved 240 patients to Sevan.",
        );
        let (lf, rf) = (document_features(&left), document_features(&right));
        let weights = EntityWeights::new(&lf, &rf);
        let headline = |j: usize| link_score(&lf, &rf, &weights, 0, j);
        let weaker = headline(0).min(headline(2));
        assert!(
            (HEADLINE_SECONDARY..MIN_SECONDARY_CROSS).contains(&weaker),
            "{weaker}: the case must sit between the two bars"
        );
        let a = align(&left, &right, 0, 1, Mode::Comparable);
        let (primary, secondary) = links(&a);
        assert!(primary.contains(&(1, 0)), "bridge: {primary:?}");
        let all: Vec<_> = primary.iter().chain(&secondary).collect();
        assert!(all.contains(&&(0, 0)), "headline-bridge: {all:?}");
        assert!(all.contains(&&(0, 2)), "headline-hospital: {all:?}");
    }

    /// Two articles alone: a headline that sums up four facts links to each of them, beyond the
    /// two secondary links of another sentence.
    #[test]
    fn a_headline_links_to_more_facts_than_another_sentence() {
        let left = doc_in(
            "left",
            "Goris bridge reopened, hospital treated 240 patients, school closed, Sisian road blocked\n\n\
             On Monday the bridge in Goris reopened to traffic. \
             Doctors at the hospital in Goris treated 240 patients. \
             The school in Goris closed its doors for a week. \
             Snow blocked the road to Sisian.",
            "en",
        );
        let right = doc_in(
            "right",
            "The bridge in Goris reopened on Monday. \
             The hospital in Goris treated 240 patients. \
             The school in Goris closed for a week. \
             The road to Sisian was blocked by snow.",
            "en",
        );
        let a = align(&left, &right, 0, 1, Mode::Comparable);
        let (primary, secondary) = links(&a);
        let all: Vec<(usize, usize)> = primary.iter().chain(&secondary).copied().collect();
        for j in 0..4 {
            assert!(primary.contains(&(j + 1, j)), "body-{j}: {primary:?}");
            assert!(
                all.contains(&(0, j)),
                "headline-{j}: {primary:?} {secondary:?}"
            );
        }
        assert!(
            secondary.iter().filter(|l| l.0 == 0).count() > MAX_SECONDARY,
            "{secondary:?}"
        );
    }

    #[test]
    fn a_summary_sentence_gets_secondary_links_to_each_fact() {
        let left = doc(
            "left",
            "Goris bridge reopens as Goris hospital treats 240 patients on 3 March 2031. \
             A choir sang.",
        );
        let right = doc("right", RIGHT);
        let a = align(&left, &right, 0, 1, Mode::Comparable);
        let (primary, secondary) = links(&a);
        let all: Vec<(usize, usize)> = primary.iter().chain(&secondary).copied().collect();
        assert!(all.contains(&(0, 3)), "hospital: {primary:?} {secondary:?}");
        assert!(all.contains(&(0, 1)), "bridge: {primary:?} {secondary:?}");
        assert!(!secondary.is_empty(), "one of them is secondary");
        // A primary group never holds a sentence twice; secondary links are separate pairs.
        let mut seen = std::collections::HashSet::new();
        for p in a.pairs.iter().filter(|p| !p.secondary) {
            for &i in &p.left {
                assert!(seen.insert(i), "left {i} in two primary groups");
            }
        }
    }

    #[test]
    fn features_list_concepts_sorted_so_shared_ones_are_found() {
        // The concept lexicon lists "village" before "district"; the scoring walks sorted slices.
        let d = doc(
            "d",
            "Heavy rain flooded villages in two districts on Monday.",
        );
        let f = features(&d.sentences[0]);
        assert!(
            f.concepts.windows(2).all(|w| w[0] < w[1]),
            "{:?}",
            f.concepts
        );
        assert!(f.concepts.contains(&"district") && f.concepts.contains(&"village"));
    }

    #[test]
    fn a_group_needs_direct_evidence_between_its_two_documents() {
        let a = doc("a", "Goris hospital treated 240 patients on 3 March 2031.");
        let b = doc(
            "b",
            "The choir sang until late. In Goris, 240 patients were treated.",
        );
        let (fa, fb) = (document_features(&a), document_features(&b));
        let w = EntityWeights::new(&fa, &fb);
        assert!(direct_evidence(&fa, &fb, &w, &[0], &[1]));
        assert!(!direct_evidence(&fa, &fb, &w, &[0], &[0]));
        // one sentence with evidence is enough for the group
        assert!(direct_evidence(&fa, &fb, &w, &[0], &[0, 1]));
    }

    /// A name that two sentences share with nothing else is not evidence of one fact unless it
    /// is as strong as a pair on its own; with a concept in common beside it, it is.
    #[test]
    fn a_shared_name_alone_is_weak_direct_evidence() {
        let a = doc_in(
            "a",
            "He was later taken to Baku. Baku said the prisoners would be tried.",
            "en",
        );
        let b = doc_in(
            "b",
            "Bakú asegura que las carreteras son seguras. Bakú anunció que los presos serán juzgados.",
            "es",
        );
        let (fa, fb) = (document_features(&a), document_features(&b));
        let w = EntityWeights::new(&fa, &fb);
        let (names, rest) = features::raw_parts(&fa[0], &fb[0], &w);
        assert!(
            (MIN_DIRECT_SCORE..MIN_RAW_SCORE).contains(&names),
            "{names}"
        );
        assert_eq!(rest, 0.0);
        assert!(!direct_evidence(&fa, &fb, &w, &[0], &[0]));
        // the same name with prisoners in common
        let (names, rest) = features::raw_parts(&fa[1], &fb[1], &w);
        assert!(names > 0.0 && rest > 0.0, "{names} {rest}");
        assert!(direct_evidence(&fa, &fb, &w, &[1], &[1]));
    }

    #[test]
    fn three_documents_are_aligned_through_shared_facts() {
        let third = "In Goris, 240 patients were treated at the hospital on 3 March 2031. \
            The Vorotan bridge near Goris reopened for lorries on 1 March 2031.";
        let docs = [doc("a", LEFT), doc("b", RIGHT), doc("c", third)];
        let features: Vec<_> = docs.iter().map(document_features).collect();
        let all = align_all_comparable(&docs, &features, &[(0, 1), (0, 2), (1, 2)]);
        let order: Vec<(usize, usize)> = all.iter().map(|a| (a.left, a.right)).collect();
        assert_eq!(order, [(0, 1), (0, 2), (1, 2)]);
        let (ab, ac, bc) = (links(&all[0]).0, links(&all[1]).0, links(&all[2]).0);
        // the hospital (a0, b3, c0) and the bridge (a1, b1, c1), in every pair
        for (x, y, z) in [(0, 3, 0), (1, 1, 1)] {
            assert!(ab.contains(&(x, y)), "{ab:?}");
            assert!(ac.contains(&(x, z)), "{ac:?}");
            assert!(bc.contains(&(y, z)), "{bc:?}");
        }
        // what only one article reports stays unpaired
        assert!(all[0].only_left.contains(&3) && all[1].only_left.contains(&3));
        // primary groups never hold a sentence twice
        for a in &all {
            let mut seen = std::collections::HashSet::new();
            for p in a.pairs.iter().filter(|p| !p.secondary) {
                for &i in &p.left {
                    assert!(seen.insert(i), "left {i} in two primary groups");
                }
            }
        }
    }

    /// Each headline sits in a group with the other article's lead (they share a date and
    /// figures); the two headlines share only a concept (hail) and are still linked, in two
    /// articles and among three. Headlines with nothing in common are not.
    #[test]
    fn first_sentences_are_linked_when_they_share_anything() {
        let en = doc_in(
            "en",
            "Hail ruins orchards\n\n\
             Hail fell on 14 villages on 3 June and destroyed 2,000 hectares of orchards.\n\n\
             Farmers asked the government for compensation.",
            "en",
        );
        let ru = doc_in(
            "ru",
            "Сильный град уничтожил сады\n\n\
             Фермеры попросили правительство о компенсации.\n\n\
             3 июня град прошёл над 14 сёлами и уничтожил 2000 гектаров садов.",
            "ru",
        );
        let fr = doc_in(
            "fr",
            "La grêle détruit des vergers\n\n\
             Le 3 juin, la grêle a détruit 2 000 hectares de vergers dans 14 villages.",
            "fr",
        );
        let (ef, rf) = (document_features(&en), document_features(&ru));
        let (_, evidence) = features::score(&ef[0], &rf[0], &EntityWeights::new(&ef, &rf));
        assert!(
            evidence.concepts.contains(&"hail".to_string()),
            "{evidence:?}"
        );
        let two = align(&en, &ru, 0, 1, Mode::Comparable);
        assert!(has_first(&two), "{:?}", links(&two));
        let docs = [en, ru, fr];
        let features: Vec<_> = docs.iter().map(document_features).collect();
        for a in align_all_comparable(&docs, &features, &[(0, 1), (0, 2), (1, 2)]) {
            assert!(has_first(&a), "{} {}: {:?}", a.left, a.right, links(&a));
        }
        let other = doc_in(
            "other",
            "Choir sings at festival\n\n\
             On 3 June hail destroyed 2,000 hectares of orchards in 14 villages.",
            "en",
        );
        assert!(!has_first(&align(&other, &docs[1], 0, 1, Mode::Comparable)));
    }

    /// A report and one written more than two days later: the later headline reports a later
    /// development, so the two headlines that share only a concept are not linked, in two
    /// articles or among three, while two reports of the same days still are. (A group the
    /// clustering makes on its own evidence is kept: the rule is about weak links.)
    #[test]
    fn first_sentences_of_reports_days_apart_are_not_linked_on_little() {
        let dated = |id: &str, body: &str, lang: &str, date: &str| {
            let mut d = doc_in(id, body, lang);
            d.article.date = Some(date.to_string());
            d
        };
        let en = dated(
            "en",
            "Hail ruins orchards\n\n\
             Hail fell on 14 villages on 3 June and destroyed 2,000 hectares of orchards.",
            "en",
            "2026-06-04",
        );
        let ru = dated(
            "ru",
            "Сильный град уничтожил сады\n\n\
             3 июня град прошёл над 14 сёлами и уничтожил 2000 гектаров садов.",
            "ru",
            "2026-06-20",
        );
        let fr = dated(
            "fr",
            "La grêle détruit des vergers\n\n\
             Le 3 juin, la grêle a détruit 2 000 hectares de vergers dans 14 villages.",
            "fr",
            "2026-06-05",
        );
        assert!(!has_first(&align(&en, &ru, 0, 1, Mode::Comparable)));
        assert!(has_first(&align(&en, &fr, 0, 1, Mode::Comparable)));
        let docs = [en, ru, fr];
        let features: Vec<_> = docs.iter().map(document_features).collect();
        let all = align_all_comparable(&docs, &features, &[(0, 1), (0, 2)]);
        assert!(!has_first(&all[0]), "{:?}", links(&all[0]));
        assert!(has_first(&all[1]), "{:?}", links(&all[1]));
    }

    #[test]
    fn day_numbers_count_days_across_months_and_years() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(
            day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(),
            2
        );
        assert_eq!(
            day_number("2025-01-01").unwrap() - day_number("2024-12-31").unwrap(),
            1
        );
        assert_eq!(day_number("2024-13-01"), None);
        assert_eq!(day_number("soon"), None);
    }

    /// Two body sentences of different groups across languages are no secondary link, however
    /// much they share (here a date, a name and a figure); a headline still is.
    #[test]
    fn two_body_sentences_across_languages_are_no_secondary_link() {
        let en = doc_in(
            "en",
            "Hail and flood hit Vedi\n\n\
             A storm hit the Ararat valley on Tuesday.\n\n\
             On 3 June hail damaged 40 houses in Vedi.\n\n\
             On 3 June the river flooded 40 streets of Vedi.",
            "en",
        );
        let ru = doc_in(
            "ru",
            "Град и наводнение в Веди\n\n\
             Во вторник над Араратской долиной прошла буря.\n\n\
             3 июня град повредил 40 домов в Веди.\n\n\
             3 июня река затопила 40 улиц Веди.",
            "ru",
        );
        let (primary, secondary) = links(&align(&en, &ru, 0, 1, Mode::Comparable));
        assert!(
            primary.contains(&(2, 2)) && primary.contains(&(3, 3)),
            "{primary:?}"
        );
        let (ef, rf) = (document_features(&en), document_features(&ru));
        let w = EntityWeights::new(&ef, &rf);
        assert!(raw_score(&ef[2], &rf[3], &w) >= MIN_SECONDARY_CROSS);
        assert!(
            !secondary.iter().any(|&(a, b)| a > 1 && b > 1),
            "{secondary:?}"
        );
    }

    #[test]
    fn unrelated_sentences_are_not_paired() {
        let left = doc(
            "left",
            "A choir sang at the ceremony. The weather stayed dry.",
        );
        let right = doc(
            "right",
            "Prices of bread rose in the capital. Schools closed early.",
        );
        let a = align(&left, &right, 0, 1, Mode::Comparable);
        assert!(a.pairs.is_empty(), "{:?}", a.pairs);
        assert_eq!(a.only_left, [0, 1]);
        assert_eq!(a.only_right, [0, 1]);
    }

    #[test]
    fn a_disagreeing_figure_counts_only_for_sentences_about_the_same_thing() {
        // 4,200 / 6,000 evacuated: one fact, told with different figures (the same words
        // without the figures score the conflict's weight less)
        let same = gain(
            (
                "About 4,200 people were evacuated from Agdam.",
                "About 6,000 people were evacuated from Agdam.",
            ),
            (
                "About people were evacuated from Agdam.",
                "About people were evacuated from Agdam.",
            ),
        );
        assert!(same > 0.2, "{same}");
        // 14 freed / 19 held in Agdam: a figure each, about different things
        let different = gain(
            ("Agdam freed 14 prisoners.", "In Agdam 19 remain jailed."),
            ("Agdam freed prisoners.", "In Agdam remain jailed."),
        );
        assert!(different.abs() < 1e-9, "{different}");
    }

    /// What the figures add to a pair's score: the score of the pair `with` them minus that of
    /// the same pair `without` them.
    fn gain(with: (&str, &str), without: (&str, &str)) -> f64 {
        score(with.0, with.1) - score(without.0, without.1)
    }

    /// The raw score of the first sentences of two one-paragraph articles (the second in
    /// Russian when it is written in Cyrillic).
    fn score(a: &str, b: &str) -> f64 {
        let lang = if b.chars().any(|c| ('а'..='я').contains(&c)) {
            "ru"
        } else {
            "en"
        };
        let (l, r) = (doc("l", a), doc_in("r", b, lang));
        let (lf, rf) = (document_features(&l), document_features(&r));
        raw_score(&lf[0], &rf[0], &EntityWeights::new(&lf, &rf))
    }

    #[test]
    fn small_figures_count_only_between_sentences_about_the_same_thing() {
        // three dead / три погибших: in two sentences about deaths, the figure of the fact
        let deaths = gain(
            (
                "Three people died in the flood near Agdam on Monday.",
                "В понедельник при наводнении у Агдама погибли три человека.",
            ),
            (
                "People died in the flood near Agdam on Monday.",
                "В понедельник при наводнении у Агдама погибли люди.",
            ),
        );
        assert!(deaths > 0.5, "{deaths}");
        // two days / two soldiers: nothing in common but the figure, which then says nothing
        let unrelated = gain(
            (
                "Talks in Agdam lasted two days.",
                "Two soldiers were freed in Agdam.",
            ),
            (
                "Talks in Agdam lasted days.",
                "Soldiers were freed in Agdam.",
            ),
        );
        assert!(unrelated.abs() < 1e-9, "{unrelated}");
    }

    #[test]
    fn words_shared_through_a_translation_count_less_than_between_originals() {
        let english = doc(
            "en",
            "Officials counted the damaged greenhouses near Goris.",
        );
        let other = doc(
            "en2",
            "Farmers repaired the damaged greenhouses near Goris.",
        );
        let mut spanish = doc(
            "es",
            "Los agricultores repararon los invernaderos dañados cerca de Goris.",
        );
        spanish.sentences[0].language = "es".into();
        spanish.sentences[0].translation = Some(crate::model::Translation {
            lang: "en".into(),
            text: "Farmers repaired the damaged greenhouses near Goris.".into(),
            backend: "test".into(),
        });
        let score = |a: &Document, b: &Document| {
            let (lf, rf) = (document_features(a), document_features(b));
            raw_score(&lf[0], &rf[0], &EntityWeights::new(&lf, &rf))
        };
        // the same English words, once from an original and once from a translation
        let original = score(&other, &english);
        let translated = score(&spanish, &english);
        assert!(translated > 0.5, "{translated}");
        assert!(translated < original - 0.2, "{translated} vs {original}");
    }
}
