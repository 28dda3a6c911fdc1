//! Parallel mode: a text and its translation.
//!
//! 1. Every sentence becomes a sparse tf-idf vector of translation-free features (`ngram`):
//!    character n-grams of words, numbers, capitalised words, punctuation, glossary entities.
//! 2. Pair similarity is the cosine, normalised by margin: divided by how similar each sentence is
//!    to its k nearest neighbours on the other side (as LASER and Vecalign do), so a sentence
//!    full of common features does not pair with everything.
//! 3. A monotone dynamic programme chooses groups (1-1 … 3-3) from margin, length agreement
//!    (Gale–Church) and a prior per group shape. Leaving a sentence out costs nothing: a group is
//!    only taken when it gains, so cut or inserted text is simply skipped.
//! 4. Peel: the sentences left over on both sides are aligned again, monotonically among
//!    themselves, and groups found there are kept when the evidence is strong. A block moved to
//!    elsewhere in the translation is skipped by the first pass and found by the second.
//!
//! Long documents: the programme runs inside a band that follows a chain of anchors (mutually
//! nearest pairs with a high margin), widened around each anchor, so the cost stays near linear.

use super::features::{EntityWeights, Features};
use super::ngram::{Profile, Vector, dot, vectors};
use crate::model::Sentence;

/// Groups of (left indices, right indices), in left order.
pub type Groups = Vec<(Vec<usize>, Vec<usize>)>;

/// Group shapes the programme considers, with a prior cost (rarer shapes cost more).
const MOVES: [(usize, usize, f32); 8] = [
    (1, 1, 0.0),
    (1, 2, 0.09),
    (2, 1, 0.09),
    (2, 2, 0.16),
    (1, 3, 0.18),
    (3, 1, 0.18),
    (2, 3, 0.26),
    (3, 2, 0.26),
];
/// Nearest neighbours averaged for the margin.
const KNN: usize = 4;
/// Weight of the margin-normalised similarity.
const W_SIM: f32 = 2.0;
/// Weight of the length agreement (Gale–Church: -δ²/2).
const W_LEN: f32 = 0.5;
/// Gain of a group before evidence: how much a pair needs to be taken at all.
const BIAS: f32 = 0.8;
/// Added to the neighbourhood average in the margin's denominator, so sentences with almost no
/// shared features do not get huge margins from tiny similarities.
const MARGIN_EPS: f32 = 0.15;
/// The same for single pairs judged on their own (anchors, peeled runs).
const ANCHOR_EPS: f32 = 0.05;
/// Gale–Church variance of the length difference, per character.
const LEN_VAR: f32 = 6.8;
/// In the peeling passes a group is kept only with at least this margin.
const PEEL_MARGIN: f32 = 1.6;
/// At most this many peeling passes.
const PEELS: usize = 3;
/// Above this many cells the programme runs in an anchor band instead of the full matrix.
const FULL_CELLS: usize = 1_000_000;
/// Half-width of the band around the anchor chain, in sentences.
const BAND: usize = 25;
/// Anchors need at least this margin.
const ANCHOR_MARGIN: f32 = 1.5;

pub fn align(
    ls: &[Sentence],
    rs: &[Sentence],
    lf: &[Features],
    rf: &[Features],
    _weights: &EntityWeights,
) -> Groups {
    let profile = |s: &Sentence, f: &Features| Profile::new(&s.text, &f.entities);
    let lp: Vec<Profile> = ls.iter().zip(lf).map(|(s, f)| profile(s, f)).collect();
    let rp: Vec<Profile> = rs.iter().zip(rf).map(|(s, f)| profile(s, f)).collect();
    align_profiles(&lp, &rp)
}

/// Align two documents given their sentence profiles.
pub fn align_profiles(lp: &[Profile], rp: &[Profile]) -> Groups {
    if lp.is_empty() || rp.is_empty() {
        return Vec::new();
    }
    let (lv, rv) = vectors(lp, rp);
    let ctx = Context::new(lp, rp, lv, rv);
    let mut groups = ctx.passes();
    groups.sort();
    groups
}

impl Context<'_> {
    /// A monotone pass over all sentences, then peeling passes over the leftovers that keep
    /// strong runs only.
    fn passes(&self) -> Groups {
        let ctx = self;
        let (lp, rp) = (self.lp, self.rp);
        let mut groups = Vec::new();
        let mut left: Vec<usize> = (0..lp.len()).collect();
        let mut right: Vec<usize> = (0..rp.len()).collect();
        // skeleton: only pairs with evidence, then the leftovers peeled
        for pass in 0..=PEELS {
            let found = ctx.monotone(&left, &right, pass > 0);
            if found.is_empty() {
                break;
            }
            let (l, r) = leftovers(&found, &left, &right);
            (left, right) = (l, r);
            groups.extend(found);
            if left.is_empty() || right.is_empty() {
                break;
            }
        }
        groups
    }
}

/// The sentences of `left` and `right` that no group of `found` uses.
fn leftovers(found: &Groups, left: &[usize], right: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let used_l: std::collections::HashSet<usize> = found.iter().flat_map(|g| g.0.clone()).collect();
    let used_r: std::collections::HashSet<usize> = found.iter().flat_map(|g| g.1.clone()).collect();
    (
        left.iter()
            .copied()
            .filter(|i| !used_l.contains(i))
            .collect(),
        right
            .iter()
            .copied()
            .filter(|j| !used_r.contains(j))
            .collect(),
    )
}

/// Everything the passes share: vectors, lengths, neighbourhood averages.
struct Context<'a> {
    lp: &'a [Profile],
    rp: &'a [Profile],
    lv: Vec<Vector>,
    rv: Vec<Vector>,
    /// Mean similarity of each sentence to its k nearest neighbours on the other side.
    knn_l: Vec<f32>,
    knn_r: Vec<f32>,
    /// Right characters per left character.
    ratio: f32,
    /// All pair similarities, row-major, when the documents are short enough.
    dense: Option<Vec<f32>>,
    /// Similarity of each sentence with the next and the one after, per side.
    next_l: [Vec<f32>; 2],
    next_r: [Vec<f32>; 2],
}

impl<'a> Context<'a> {
    fn new(lp: &'a [Profile], rp: &'a [Profile], lv: Vec<Vector>, rv: Vec<Vector>) -> Self {
        let dense = (lv.len() * rv.len() <= FULL_CELLS).then(|| {
            lv.iter()
                .flat_map(|a| rv.iter().map(|b| dot(a, b)))
                .collect::<Vec<f32>>()
        });
        let (knn_l, knn_r) = neighbourhoods(&lv, &rv, dense.as_deref());
        let next = |v: &[Vector], d: usize| -> Vec<f32> {
            (0..v.len())
                .map(|k| v.get(k + d).map_or(0.0, |b| dot(&v[k], b)))
                .collect()
        };
        Context {
            next_l: [next(&lv, 1), next(&lv, 2)],
            next_r: [next(&rv, 1), next(&rv, 2)],
            dense,
            lp,
            rp,
            lv,
            rv,
            knn_l,
            knn_r,
            ratio: 1.0,
        }
    }

    fn sim(&self, i: usize, j: usize) -> f32 {
        match &self.dense {
            Some(d) => d[i * self.rv.len() + j],
            None => dot(&self.lv[i], &self.rv[j]),
        }
    }

    /// Margin of the pair (i, j): similarity over the neighbourhood average.
    fn margin(&self, i: usize, j: usize) -> f32 {
        self.sim(i, j) / (0.5 * (self.knn_l[i] + self.knn_r[j]) + ANCHOR_EPS)
    }

    /// Gain of aligning left sentences `l` with right sentences `r` (original indices).
    fn gain(&self, l: &[usize], r: &[usize], prior: f32) -> f32 {
        let mut num = 0.0;
        for &i in l {
            for &j in r {
                num += self.sim(i, j);
            }
        }
        // |sum of unit vectors| from the similarities of neighbours (groups are contiguous)
        let norm = |next: &[Vec<f32>; 2], idx: &[usize]| {
            let mut s = idx.len() as f32;
            for (k, &a) in idx.iter().enumerate() {
                for d in 1..idx.len() - k {
                    s += 2.0 * next[d - 1][a];
                }
            }
            s.sqrt()
        };
        let cos = num / (norm(&self.next_l, l) * norm(&self.next_r, r)).max(1e-6);
        let knn: f32 = (l.iter().map(|&i| self.knn_l[i]).sum::<f32>() / l.len() as f32
            + r.iter().map(|&j| self.knn_r[j]).sum::<f32>() / r.len() as f32)
            * 0.5;
        let margin = cos / (knn + MARGIN_EPS);
        let lc: usize = l.iter().map(|&i| self.lp[i].chars).sum();
        let rc: usize = r.iter().map(|&j| self.rp[j].chars).sum();
        let (lc, rc) = (lc as f32 * self.ratio, rc as f32);
        let delta = (rc - lc) / (LEN_VAR * (lc + rc) * 0.5 + 1.0).sqrt();
        W_SIM * margin - W_LEN * delta * delta * 0.5 + BIAS - prior
    }

    /// One monotone pass over the sentences `left` × `right` (original indices, ascending).
    /// Groups only join sentences adjacent in the original text.
    fn monotone(&self, left: &[usize], right: &[usize], peel: bool) -> Groups {
        let (n, m) = (left.len(), right.len());
        let (lo, hi) = self.band(left, right);
        // best[i][j - lo[i]]: best gain using the first i left and j right sentences
        let width = |i: usize| hi[i] - lo[i] + 1;
        let mut start = vec![0usize; n + 2];
        for i in 0..=n {
            start[i + 1] = start[i] + width(i);
        }
        let mut best = vec![f32::NEG_INFINITY; start[n + 1]];
        let mut back = vec![(0u8, 0u8); start[n + 1]];
        let get = |best: &[f32], i: usize, j: usize| {
            if j < lo[i] || j > hi[i] {
                f32::NEG_INFINITY
            } else {
                best[start[i] + j - lo[i]]
            }
        };
        let contiguous = |idx: &[usize]| idx.windows(2).all(|w| w[1] == w[0] + 1);
        for i in 0..=n {
            for j in lo[i]..=hi[i] {
                let mut cell = (
                    if (i, j) == (0, 0) {
                        0.0
                    } else {
                        f32::NEG_INFINITY
                    },
                    (0, 0),
                );
                // skips are free
                if i > 0 && get(&best, i - 1, j) > cell.0 {
                    cell = (get(&best, i - 1, j), (1, 0));
                }
                if j > 0 && get(&best, i, j - 1) > cell.0 {
                    cell = (get(&best, i, j - 1), (0, 1));
                }
                for &(a, b, prior) in &MOVES {
                    if a > i || b > j {
                        continue;
                    }
                    let prev = get(&best, i - a, j - b);
                    if prev == f32::NEG_INFINITY {
                        continue;
                    }
                    let (l, r) = (&left[i - a..i], &right[j - b..j]);
                    if !contiguous(l) || !contiguous(r) {
                        continue;
                    }
                    let g = self.gain(l, r, prior);
                    if g > 0.0 && prev + g > cell.0 {
                        cell = (prev + g, (a as u8, b as u8));
                    }
                }
                best[start[i] + j - lo[i]] = cell.0;
                back[start[i] + j - lo[i]] = cell.1;
            }
        }
        // trace back from the best reachable end
        let (mut i, mut j) = (n, m.min(hi[n]));
        let mut out = Vec::new();
        while i > 0 || j > 0 {
            let (a, b) = back[start[i] + j - lo[i]];
            let (a, b) = (a as usize, b as usize);
            if (a, b) == (0, 0) {
                break;
            }
            if a > 0 && b > 0 {
                out.push((left[i - a..i].to_vec(), right[j - b..j].to_vec()));
            }
            i -= a;
            j -= b;
        }
        out.reverse();
        if peel {
            out = self.keep_strong_runs(out);
        }
        out
    }

    /// In a peeling pass, groups come in runs that continue each other on both sides (a moved
    /// block). A run is kept when it holds a pair that stands out by margin and is either long or
    /// very clear; isolated weak pairs among leftovers are mostly chance.
    fn keep_strong_runs(&self, groups: Groups) -> Groups {
        let mut out = Vec::new();
        let mut run: Groups = Vec::new();
        let flush = |run: &mut Groups, out: &mut Groups| {
            let strong = run.iter().filter(|(l, r)| self.strong(l, r)).count();
            if strong >= 1 && (run.len() >= 2 || strong * 2 > run.len()) {
                out.append(run);
            }
            run.clear();
        };
        for g in groups {
            let follows = run.last().is_some_and(|(l, r): &(Vec<usize>, Vec<usize>)| {
                g.0[0] <= l[l.len() - 1] + 2 && g.1[0] <= r[r.len() - 1] + 2
            });
            if !follows {
                flush(&mut run, &mut out);
            }
            run.push(g);
        }
        flush(&mut run, &mut out);
        out
    }

    /// A group found in a peeling pass is kept when some pair in it stands out by margin.
    fn strong(&self, l: &[usize], r: &[usize]) -> bool {
        l.iter()
            .any(|&i| r.iter().any(|&j| self.margin(i, j) >= PEEL_MARGIN))
    }

    /// For each row i of the programme (0..=n), the columns it may use.
    fn band(&self, left: &[usize], right: &[usize]) -> (Vec<usize>, Vec<usize>) {
        let (n, m) = (left.len(), right.len());
        if (n + 1) * (m + 1) <= FULL_CELLS {
            return (vec![0; n + 1], vec![m; n + 1]);
        }
        // anchors: mutually nearest pairs with a strong margin, then their longest chain
        let anchors = chain(&self.anchors(left, right));
        let mut lo = vec![0; n + 1];
        let mut hi = vec![m; n + 1];
        let mut k = 0; // first anchor with row > i
        for i in 0..=n {
            while k < anchors.len() && anchors[k].0 < i {
                k += 1;
            }
            let prev = if k == 0 { None } else { Some(anchors[k - 1]) };
            let next = anchors.get(k).copied();
            lo[i] = prev.map_or(0, |(_, j)| (j + 1).saturating_sub(BAND));
            hi[i] = next.map_or(m, |(_, j)| (j + 1 + BAND).min(m));
            lo[i] = lo[i].min(hi[i]);
        }
        (lo, hi)
    }

    /// Mutually nearest pairs (positions within `left`, `right`) with a strong margin.
    fn anchors(&self, left: &[usize], right: &[usize]) -> Vec<(usize, usize)> {
        let index = Index::new(&self.rv, right);
        let mut best_r: Vec<Option<(usize, f32)>> = vec![None; right.len()];
        let mut best_l: Vec<Option<(usize, f32)>> = vec![None; left.len()];
        for (a, &i) in left.iter().enumerate() {
            for (b, _) in index.candidates(&self.lv[i], 8) {
                let s = self.margin(i, right[b]);
                if best_l[a].is_none_or(|(_, x)| s > x) {
                    best_l[a] = Some((b, s));
                }
                if best_r[b].is_none_or(|(_, x)| s > x) {
                    best_r[b] = Some((a, s));
                }
            }
        }
        best_l
            .iter()
            .enumerate()
            .filter_map(|(a, x)| {
                let (b, s) = (*x)?;
                (s >= ANCHOR_MARGIN && best_r[b].is_some_and(|(a2, _)| a2 == a)).then_some((a, b))
            })
            .collect()
    }
}

/// The longest chain of anchors increasing on both sides (patience sorting, O(k log k)).
fn chain(anchors: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // anchors come sorted by row, one per row; find the longest strictly increasing run of columns
    let mut tails: Vec<usize> = Vec::new(); // index into anchors of the tail of each length
    let mut prev: Vec<Option<usize>> = vec![None; anchors.len()];
    for (k, &(_, j)) in anchors.iter().enumerate() {
        let pos = tails.partition_point(|&t| anchors[t].1 < j);
        prev[k] = pos.checked_sub(1).map(|p| tails[p]);
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut out = Vec::new();
    let mut cur = tails.last().copied();
    while let Some(k) = cur {
        out.push(anchors[k]);
        cur = prev[k];
    }
    out.reverse();
    out
}

/// Inverted index over a subset of the right vectors, for nearest-neighbour candidates.
/// Features found in many sentences are left out: they are the least telling and the costliest.
struct Index {
    postings: std::collections::HashMap<u32, Vec<(usize, f32)>>,
    size: usize,
}

impl Index {
    fn new(vectors: &[Vector], subset: &[usize]) -> Self {
        let mut postings: std::collections::HashMap<u32, Vec<(usize, f32)>> = Default::default();
        for (b, &j) in subset.iter().enumerate() {
            for &(h, w) in &vectors[j] {
                postings.entry(h).or_default().push((b, w));
            }
        }
        let cap = 64.max(subset.len() / 20);
        postings.retain(|_, p| p.len() <= cap);
        Index {
            postings,
            size: subset.len(),
        }
    }

    /// Up to `k` positions with the largest (partial) dot product with `v`.
    fn candidates(&self, v: &Vector, k: usize) -> Vec<(usize, f32)> {
        let mut acc: std::collections::HashMap<usize, f32> = Default::default();
        for &(h, w) in v {
            if let Some(p) = self.postings.get(&h) {
                for &(b, x) in p {
                    *acc.entry(b).or_default() += w * x;
                }
            }
        }
        let mut all: Vec<(usize, f32)> = acc.into_iter().filter(|(b, _)| *b < self.size).collect();
        all.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        all.truncate(k);
        all
    }
}

/// Mean similarity of every sentence to its `KNN` nearest neighbours on the other side.
fn neighbourhoods(lv: &[Vector], rv: &[Vector], dense: Option<&[f32]>) -> (Vec<f32>, Vec<f32>) {
    let (n, m) = (lv.len(), rv.len());
    let mean_top = |mut xs: Vec<f32>| {
        xs.sort_unstable_by(|a, b| b.total_cmp(a));
        let k = xs.len().clamp(1, KNN);
        xs.iter().take(k).sum::<f32>() / k as f32
    };
    if let Some(s) = dense {
        let knn_l = s.chunks(m).map(|row| mean_top(row.to_vec())).collect();
        let knn_r = (0..m)
            .map(|j| mean_top((0..n).map(|i| s[i * m + j]).collect()))
            .collect();
        return (knn_l, knn_r);
    }
    // long documents: neighbours among the index's candidates, similarities exact
    let side = |from: &[Vector], to: &[Vector]| -> Vec<f32> {
        let all: Vec<usize> = (0..to.len()).collect();
        let index = Index::new(to, &all);
        from.iter()
            .map(|v| {
                let c = index.candidates(v, 4 * KNN);
                mean_top(c.iter().map(|&(b, _)| dot(v, &to[b])).collect())
            })
            .collect()
    };
    (side(lv, rv), side(rv, lv))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profiles(lines: &[&str]) -> Vec<Profile> {
        lines.iter().map(|l| Profile::new(l, &[])).collect()
    }

    const DE: [&str; 5] = [
        "Am 3. Juli 1961 brach die Seilschaft um 4 Uhr von der Hütte auf .",
        "Der Gletscher war hart gefroren , und die Spalten lagen offen .",
        "Nach 6 Stunden erreichten Meier und Rossi den Grat ( 3410 m ) .",
        "Dort wehte ein eisiger Wind .",
        "Der Abstieg über die Westflanke dauerte bis zum Abend .",
    ];
    const FR: [&str; 5] = [
        "Le 3 juillet 1961 , la cordée quitta la cabane à 4 heures .",
        "Le glacier était dur et les crevasses béantes .",
        "Après 6 heures , Meier et Rossi atteignirent l' arête ( 3410 m ) .",
        "Un vent glacial y soufflait .",
        "La descente par le versant ouest dura jusqu' au soir .",
    ];

    #[test]
    fn aligns_a_translation_one_to_one() {
        let groups = align_profiles(&profiles(&DE), &profiles(&FR));
        let expected: Groups = (0..5).map(|k| (vec![k], vec![k])).collect();
        assert_eq!(groups, expected);
    }

    #[test]
    fn chain_keeps_the_longest_increasing_run() {
        let c = chain(&[(0, 0), (1, 5), (2, 1), (3, 2), (4, 3)]);
        assert_eq!(c, vec![(0, 0), (2, 1), (3, 2), (4, 3)]);
    }
}
