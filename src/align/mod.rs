//! Sentence alignment between two documents.
//!
//! * comparable mode (default of `compare`): two outlets' reports of one event, in any order and
//!   language. Every sentence pair is scored on shared anchors (glossary entities by id, dates,
//!   numbers) and, within one language, shared words; pairs are then chosen without any order
//!   constraint, one-to-many allowed.
//! * parallel mode: a text and its translation; a monotone dynamic programme (see `parallel`).

pub mod features;
mod parallel;

use crate::model::{AlignedPair, Alignment, Document, PairDiff};
use features::{EntityWeights, Features, confidence, features, score};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Comparable,
    Parallel,
}

/// Pairs scoring below this raw score are not facts in common. One rare shared entity alone
/// (raw 1.0) is not enough; an entity with a date, or two rare entities, are.
pub const MIN_RAW_SCORE: f64 = 1.2;
/// A further sentence joins an existing pair (one-to-many) when it scores at least this share of
/// the pair's own score against the same counterpart.
const MERGE_SHARE: f64 = 0.75;
/// At most this many sentences on one side of a group.
const MAX_GROUP: usize = 3;

/// Align documents `left` and `right` (their indices in the comparison are `li`, `ri`).
pub fn align(left: &Document, right: &Document, li: usize, ri: usize, mode: Mode) -> Alignment {
    let lf: Vec<Features> = left.sentences.iter().map(features).collect();
    let rf: Vec<Features> = right.sentences.iter().map(features).collect();
    let weights = EntityWeights::new(&lf, &rf);
    let groups = match mode {
        Mode::Comparable => comparable(&lf, &rf, &weights),
        Mode::Parallel => parallel::align(&lf, &rf, &weights),
    };
    let pairs: Vec<AlignedPair> = groups
        .into_iter()
        .map(|(l, r)| pair(&lf, &rf, &weights, l, r))
        .collect();
    let covered = |n: usize, side: &dyn Fn(&AlignedPair) -> &Vec<usize>| {
        (0..n)
            .filter(|i| !pairs.iter().any(|p| side(p).contains(i)))
            .collect::<Vec<_>>()
    };
    let only_left = covered(lf.len(), &|p| &p.left);
    let only_right = covered(rf.len(), &|p| &p.right);
    Alignment {
        left: li,
        right: ri,
        pairs,
        only_left,
        only_right,
    }
}

/// Score a group: the best-scoring sentence pair inside it gives the evidence; each further
/// sentence adds its own anchors.
fn pair(
    lf: &[Features],
    rf: &[Features],
    weights: &EntityWeights,
    left: Vec<usize>,
    right: Vec<usize>,
) -> AlignedPair {
    let mut best = (0.0, Default::default());
    for &i in &left {
        for &j in &right {
            let s = score(&lf[i], &rf[j], weights);
            if s.0 > best.0 || (best.0 == 0.0 && i == left[0] && j == right[0]) {
                best = s;
            }
        }
    }
    AlignedPair {
        left,
        right,
        score: (confidence(best.0) * 1000.0).round() / 1000.0,
        evidence: best.1,
        diff: PairDiff::default(),
    }
}

/// Choose groups from the full score matrix: mutual best pairs first, then sentences whose best
/// counterpart is already taken join that group when they score nearly as well.
fn comparable(
    lf: &[Features],
    rf: &[Features],
    weights: &EntityWeights,
) -> Vec<(Vec<usize>, Vec<usize>)> {
    let (n, m) = (lf.len(), rf.len());
    if n == 0 || m == 0 {
        return Vec::new();
    }
    let mut s = vec![0.0f64; n * m];
    for i in 0..n {
        for j in 0..m {
            s[i * m + j] = score(&lf[i], &rf[j], weights).0;
        }
    }
    let at = |i: usize, j: usize| s[i * m + j];
    let best_right = |i: usize| argmax((0..m).map(|j| at(i, j)));
    let best_left = |j: usize| argmax((0..n).map(|i| at(i, j)));

    // group index of each sentence
    let mut gl: Vec<Option<usize>> = vec![None; n];
    let mut gr: Vec<Option<usize>> = vec![None; m];
    let mut groups: Vec<(Vec<usize>, Vec<usize>, f64)> = Vec::new();
    for (i, slot) in gl.iter_mut().enumerate() {
        let Some(j) = best_right(i) else { continue };
        if at(i, j) >= MIN_RAW_SCORE && best_left(j) == Some(i) {
            *slot = Some(groups.len());
            gr[j] = Some(groups.len());
            groups.push((vec![i], vec![j], at(i, j)));
        }
    }
    // one-to-many: an unpaired sentence joins the group of its best counterpart
    for (i, slot) in gl.iter_mut().enumerate().filter(|(_, g)| g.is_none()) {
        let Some(j) = best_right(i) else { continue };
        if let Some(g) = gr[j] {
            let (ls, _, gs) = &groups[g];
            if at(i, j) >= MIN_RAW_SCORE && at(i, j) >= MERGE_SHARE * gs && ls.len() < MAX_GROUP {
                groups[g].0.push(i);
                *slot = Some(g);
            }
        }
    }
    for (j, slot) in gr.iter_mut().enumerate().filter(|(_, g)| g.is_none()) {
        let Some(i) = best_left(j) else { continue };
        if let Some(g) = gl[i] {
            let (ls, rs, gs) = &groups[g];
            if at(i, j) >= MIN_RAW_SCORE
                && at(i, j) >= MERGE_SHARE * gs
                && rs.len() < MAX_GROUP
                && ls.len() == 1
            {
                groups[g].1.push(j);
                *slot = Some(g);
            }
        }
    }
    let mut out: Vec<(Vec<usize>, Vec<usize>)> = groups
        .into_iter()
        .map(|(mut l, mut r, _)| {
            l.sort_unstable();
            r.sort_unstable();
            (l, r)
        })
        .collect();
    out.sort();
    out
}

/// Index of the largest positive value; ties go to the first.
fn argmax(values: impl Iterator<Item = f64>) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (i, v) in values.enumerate() {
        if v > 0.0 && best.is_none_or(|(_, b)| v > b) {
            best = Some((i, v));
        }
    }
    best.map(|(i, _)| i)
}
