//! Parallel mode: a text and its translation, which may have lost, gained or moved passages.
//!
//! 1. Every sentence becomes a sparse tf-idf vector of translation-free features (`ngram`):
//!    character n-grams of words, numbers, capitalised words, punctuation, glossary entities,
//!    and the concepts of the concept lexicon (see [`profile`]).
//! 2. Pair similarity is the cosine, normalised by margin: divided by how similar each sentence is
//!    to its k nearest neighbours on the other side (as LASER and Vecalign do), so a sentence
//!    full of common features does not pair with everything.
//! 3. A monotone dynamic programme chooses groups (1-1 … 3-2) from margin, length agreement
//!    (Gale–Church) and a prior per group shape. Leaving sentences out is free, but the group
//!    after a gap opens a new run and pays for it, so weak pairs scattered between skips are not
//!    taken while a continuous run of weak pairs (a faithful translation) is.
//! 4. Skeleton: the groups of that first pass with a clear margin, plus clear runs found by
//!    aligning the leftovers of both sides again among themselves (peeling): a block moved
//!    elsewhere in the translation is skipped by the first pass and found by the second; plus
//!    mutually nearest clear pairs the first pass gave to weaker ones (a moved block it
//!    covered with weak pairs along the diagonal). The
//!    skeleton, cut where it stops following the target order, gives blocks of text that face
//!    each other.
//! 5. Fill: each block is aligned again by the programme, together with the source sentences
//!    before it, against the free target sentences after the previous block, those before this
//!    one and the block's own. A last peel pairs clear runs among whatever is left.
//! 6. Lexicon: word pairs that keep landing in aligned groups together are learnt from the
//!    alignment of the two documents themselves (`ngram::Lexicon`), added as shared features,
//!    and everything is aligned again, twice. This is what carries free translations that share
//!    no cognates.
//!
//! Long documents: similarities are only computed inside a band around a path through anchors
//! (mutually nearest pairs with a high margin, longest chain increasing on both sides), the band
//! as wide as the gap between anchors allows; neighbours for the margin come from an inverted
//! index. The cost stays near linear.

use super::dictionary::Dictionary;
use super::features::{EntityWeights, Features};
use super::ngram::{Lexicon, Profile, Vector, dot, vectors};
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
/// [`BIAS`] between two texts of uneven length (see [`bias_for`]). Text+Berg strict F1 clean /
/// cut / move / insert (clean and move are never uneven, |1 - coverage| ≤ 0.08; cut 0.22 to
/// 0.40, insert 0.12 to 0.42): with 0.8 throughout test 0.895 / 0.801 / 0.888 / 0.825, dev
/// 0.829 / 0.772 / 0.829 / 0.815; with 0.4 here test cut / insert 0.799 / 0.829, dev 0.774 /
/// 0.819; 0.2 0.805 / 0.836, 0.778 / 0.814; 0.1 0.807 / 0.836, 0.779 / 0.820; 0.0 0.807 /
/// 0.837, 0.776 / 0.818; -0.2 0.803 / 0.836, 0.779 / 0.819.
const UNEVEN_BIAS: f32 = 0.1;
/// How far the two texts' lengths may differ (after the length ratio) and still count as even.
const UNEVEN_GAP: f32 = 0.12;
/// Cost of a group that does not continue the one before (a run opened after a gap).
const OPEN: f32 = 0.2;
/// Added to the neighbourhood average in the margin's denominator, so sentences with almost no
/// shared features do not get huge margins from tiny similarities.
const MARGIN_EPS: f32 = 0.15;
/// The same for single pairs judged on their own (anchors, peeled runs).
const ANCHOR_EPS: f32 = 0.05;
/// Gale–Church variance of the length difference, per character.
const LEN_VAR: f32 = 6.8;
/// A group of the first pass joins the skeleton with at least this margin.
const SKELETON_MARGIN: f32 = 1.0;
/// A peeled run needs a pair with at least this margin; a skeleton group alone out of order too.
const PEEL_MARGIN: f32 = 1.6;
/// At most this many peeling passes.
const PEELS: usize = 3;
/// Alignments after the first, each with a lexicon learnt from the one before.
const LEXICON_ROUNDS: usize = 2;
/// Weight of a lexicon entry as a feature, relative to one character n-gram.
const LEXICON_WEIGHT: f32 = 3.0;
/// Up to this many cells the similarities are computed for every pair and the programme runs
/// over the full matrix; above, both are restricted to candidates and a band.
const FULL_CELLS: usize = 250_000;
/// Largest half-width of the band around the anchor path, in sentences.
const BAND: usize = 30;
/// Least half-width of the band beyond the gap between two anchors.
const BAND_SLACK: usize = 8;
/// Anchors need at least this margin.
const ANCHOR_MARGIN: f32 = 1.5;
/// Candidates taken from the inverted index per sentence.
const CANDIDATES: usize = 2 * KNN;
/// Features found in more sentences than this are left out of the inverted index: they are the
/// least telling and the costliest to follow.
const POSTING_CAP: usize = 64;

pub fn align(
    ls: &[Sentence],
    rs: &[Sentence],
    lf: &[Features],
    rf: &[Features],
    _weights: &EntityWeights,
    dictionary: Option<&Dictionary>,
) -> Groups {
    let mut lp: Vec<Profile> = ls.iter().zip(lf).map(|(s, f)| profile(s, f)).collect();
    let mut rp: Vec<Profile> = rs.iter().zip(rf).map(|(s, f)| profile(s, f)).collect();
    if let Some(d) = dictionary {
        d.apply(&mut lp, &mut rp);
    }
    align_profiles(&lp, &rp)
}

/// The profile of a sentence: its text, and as whole tokens the language-independent keys its
/// features hold: glossary entities by id and the concepts of the concept lexicon
/// (`anchors::concepts`: forest, glacier, evening… in 13 languages), which carry free
/// translations that share no cognate ("durch den Wald" / "dans la forêt"). Text+Berg
/// (`bench/textberg_eval.py`, strict F1 clean / cut / move / insert), without concepts and with
/// the 736 of the lexicon (796 gave the same figures): test 0.882 / 0.783 / 0.848 / 0.798 and
/// 0.892 / 0.800 / 0.880 / 0.826; dev 0.828 / 0.744 / 0.823 / 0.815 and 0.826 / 0.768 / 0.824 /
/// 0.805. Concepts count
/// as much as a name (a whole token); with 677 concepts, half that weight gave test 0.890 /
/// 0.792 / 0.881 / 0.815 and dev 0.829 / 0.769 / 0.829 / 0.808, 5/3 of it test 0.894 / 0.801 /
/// 0.883 / 0.831 and dev 0.824 / 0.771 / 0.824 / 0.803, against 0.892 / 0.800 / 0.880 / 0.828
/// and 0.824 / 0.768 / 0.824 / 0.805 at the same weight.
fn profile(s: &Sentence, f: &Features) -> Profile {
    let concepts: Vec<String> = f.concepts.iter().map(|c| format!("concept:{c}")).collect();
    let extra: Vec<&str> = f
        .entities
        .iter()
        .copied()
        .chain(concepts.iter().map(String::as_str))
        .collect();
    Profile::new(&s.text, &extra).with_embedding(f.embedding)
}

/// Align two documents given their sentence profiles.
pub fn align_profiles(lp: &[Profile], rp: &[Profile]) -> Groups {
    if lp.is_empty() || rp.is_empty() {
        return Vec::new();
    }
    let mut groups = align_once(lp, rp, 1.0, BIAS);
    let ratio = length_ratio(lp, rp, &groups);
    let bias = bias_for(lp, rp, ratio);
    for _ in 0..LEXICON_ROUNDS {
        let lexicon = Lexicon::learn(lp, rp, &groups);
        let (mut lp2, mut rp2) = (lp.to_vec(), rp.to_vec());
        lexicon.apply(&mut lp2, &mut rp2, LEXICON_WEIGHT);
        groups = align_once(&lp2, &rp2, ratio, bias);
    }
    groups
}

/// The gain of a group before evidence ([`BIAS`]), or [`UNEVEN_BIAS`] when one text holds
/// clearly more than the other translates: the total lengths, once the right side's is scaled
/// by the translation's length ratio, differ by more than [`UNEVEN_GAP`]. Then many sentences
/// have no counterpart, and a pair has to earn its place by what it shares rather than by
/// standing next to other pairs.
fn bias_for(lp: &[Profile], rp: &[Profile], ratio: f32) -> f32 {
    let lc: usize = lp.iter().map(|p| p.chars).sum();
    let rc: usize = rp.iter().map(|p| p.chars).sum();
    let coverage = rc as f32 / (ratio * lc as f32).max(1.0);
    if (coverage - 1.0).abs() > UNEVEN_GAP {
        UNEVEN_BIAS
    } else {
        BIAS
    }
}

/// Right characters per left character: the median over the 1-1 groups of a first alignment
/// (the documents' total lengths would count what one side lacks or adds), 1 when there are too
/// few of them.
fn length_ratio(lp: &[Profile], rp: &[Profile], groups: &Groups) -> f32 {
    let mut ratios: Vec<f32> = groups
        .iter()
        .filter(|(l, r)| l.len() == 1 && r.len() == 1)
        .map(|(l, r)| rp[r[0]].chars as f32 / lp[l[0]].chars.max(1) as f32)
        .collect();
    if ratios.len() < 5 {
        return 1.0;
    }
    let k = ratios.len() / 2;
    ratios.select_nth_unstable_by(k, f32::total_cmp);
    ratios[k].clamp(0.5, 2.0)
}

/// One alignment: first pass and skeleton, fill by blocks, last peel.
fn align_once(lp: &[Profile], rp: &[Profile], ratio: f32, bias: f32) -> Groups {
    let (lv, rv, features) = vectors(lp, rp);
    let ctx = Context::new(lp, rp, lv, rv, features, (ratio, bias));
    let (skeleton, first) = ctx.skeleton();
    let blocks = blocks(ctx.drop_isolated(skeleton));
    // with one block the first pass already is the programme over it
    let mut groups = if blocks.len() <= 1 {
        first
    } else {
        ctx.fill(&blocks)
    };
    let extra = ctx.peel(&groups);
    groups.extend(extra);
    groups.sort();
    groups
}

/// Everything the passes share: vectors, lengths, neighbourhood averages.
struct Context<'a> {
    lp: &'a [Profile],
    rp: &'a [Profile],
    lv: Vec<Vector>,
    rv: Vec<Vector>,
    /// Number of distinct features (vector entries are below it).
    features: usize,
    /// Mean similarity of each sentence to its k nearest neighbours on the other side.
    knn_l: Vec<f32>,
    knn_r: Vec<f32>,
    /// Right characters per left character.
    ratio: f32,
    /// Gain of a group before evidence ([`bias_for`]).
    bias: f32,
    /// All pair similarities, row-major, when the documents are short enough.
    dense: Option<Vec<f32>>,
    /// Similarity of each sentence with the next and the one after, per side.
    next_l: [Vec<f32>; 2],
    next_r: [Vec<f32>; 2],
}

impl<'a> Context<'a> {
    fn new(
        lp: &'a [Profile],
        rp: &'a [Profile],
        lv: Vec<Vector>,
        rv: Vec<Vector>,
        features: usize,
        (ratio, bias): (f32, f32),
    ) -> Self {
        let dense = (lv.len() * rv.len() <= FULL_CELLS).then(|| {
            let mut spread = Spread::new(features);
            let mut all = Vec::with_capacity(lv.len() * rv.len());
            for a in &lv {
                spread.load(a);
                all.extend(rv.iter().map(|b| spread.dot(b)));
                spread.clear(a);
            }
            all
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
            features,
            knn_l,
            knn_r,
            ratio,
            bias,
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

    /// The first pass over everything, then peeling passes over what no pass has used. Returns
    /// the skeleton (groups of the first pass with a clear margin, clear groups of clear peeled
    /// runs) and the first pass.
    fn skeleton(&self) -> (Groups, Groups) {
        let all_l: Vec<usize> = (0..self.lp.len()).collect();
        let all_r: Vec<usize> = (0..self.rp.len()).collect();
        let first = self.monotone(&all_l, &all_r);
        let (left, right) = leftovers(&first, &all_l, &all_r);
        let mut skeleton: Groups = first
            .iter()
            .filter(|(l, r)| self.group_margin(l, r) >= SKELETON_MARGIN)
            .cloned()
            .collect();
        skeleton.extend(self.peel_from(left, right, true));
        // Mutually nearest clear pairs anywhere, where the skeleton has nothing yet: a moved
        // block whose sentences the first pass spent on weak pairs along the diagonal (length
        // agreement alone pays for a pair) has no clear group and no leftovers to peel, but
        // its clearest pairs are still each other's nearest. Text+Berg with 25% moved:
        // 0.801 -> 0.848; clean, cut, insert and the dev split unchanged (±0.004).
        let mut used_l = vec![false; self.lp.len()];
        let mut used_r = vec![false; self.rp.len()];
        for (l, r) in &skeleton {
            l.iter().for_each(|&i| used_l[i] = true);
            r.iter().for_each(|&j| used_r[j] = true);
        }
        for (i, j) in self.anchors(&all_l, &all_r) {
            if !used_l[i] && !used_r[j] {
                skeleton.push((vec![i], vec![j]));
            }
        }
        (skeleton, first)
    }

    /// Peeling passes over the sentences no group of `groups` uses; strong runs are kept.
    fn peel(&self, groups: &Groups) -> Groups {
        let all_l: Vec<usize> = (0..self.lp.len()).collect();
        let all_r: Vec<usize> = (0..self.rp.len()).collect();
        let (left, right) = leftovers(groups, &all_l, &all_r);
        self.peel_from(left, right, false)
    }

    /// Up to [`PEELS`] passes over `left` × `right`, each over what the previous one left;
    /// the strong runs of each pass (`keep_strong_runs(_, clear_only)`) are kept, and the passes
    /// stop when one keeps nothing.
    fn peel_from(&self, mut left: Vec<usize>, mut right: Vec<usize>, clear_only: bool) -> Groups {
        let mut out = Vec::new();
        for _ in 0..PEELS {
            if left.is_empty() || right.is_empty() {
                break;
            }
            let found = self.monotone(&left, &right);
            (left, right) = leftovers(&found, &left, &right);
            let kept = self.keep_strong_runs(found, clear_only);
            if kept.is_empty() {
                break;
            }
            out.extend(kept);
        }
        out
    }

    /// Drop skeleton groups that form a block alone (out of order with everything else) without
    /// a very clear margin: one chance pair would otherwise cut a block in two.
    fn drop_isolated(&self, mut skeleton: Groups) -> Groups {
        loop {
            let bs = blocks(skeleton.clone());
            if bs.len() <= 1 {
                return skeleton;
            }
            let before = skeleton.len();
            skeleton.retain(|(l, r)| {
                let alone = bs
                    .iter()
                    .any(|b| b.left == span(l) && b.right == span(r) && b.groups == 1);
                !alone || self.group_margin(l, r) >= PEEL_MARGIN
            });
            if skeleton.len() == before {
                return skeleton;
            }
        }
    }

    /// Align again block by block (see the module comment): the skeleton only decides which
    /// stretches of the two texts face each other.
    fn fill(&self, blocks: &[Block]) -> Groups {
        let (n, m) = (self.lp.len(), self.rp.len());
        // target sentences inside a block's span belong to that block's programme
        let mut taken = vec![false; m];
        for b in blocks {
            (b.right.0..=b.right.1).for_each(|j| taken[j] = true);
        }
        let mut out = Vec::new();
        for k in 0..=blocks.len() {
            let prev = k.checked_sub(1).map(|p| &blocks[p]);
            let block = blocks.get(k);
            let from = prev.map_or(0, |p| p.left.1 + 1);
            let to = block.map_or(n, |b| b.left.1 + 1);
            // free target sentences after the previous block, then before this one, then its own
            let start = prev.map_or(0, |p| p.right.1 + 1);
            let mut right: Vec<usize> = (start..m).take_while(|&j| !taken[j]).collect();
            if let Some(b) = block {
                let mut before: Vec<usize> =
                    (0..b.right.0).rev().take_while(|&j| !taken[j]).collect();
                before.reverse();
                if before.first().is_some_and(|j| !right.contains(j)) {
                    right.extend(before);
                }
                right.extend(b.right.0..=b.right.1);
            }
            if from >= to || right.is_empty() {
                continue;
            }
            let left: Vec<usize> = (from..to).collect();
            for (l, r) in self.monotone(&left, &right) {
                r.iter().for_each(|&j| taken[j] = true);
                out.push((l, r));
            }
        }
        out
    }

    /// Margin of a group as the programme scores it.
    fn group_margin(&self, l: &[usize], r: &[usize]) -> f32 {
        let mut num = 0.0;
        for &i in l {
            for &j in r {
                num += self.sim(i, j);
            }
        }
        self.margin_of(num, l, r)
    }

    /// Margin of a group given the sum of its pair similarities: the cosine of the summed
    /// vectors over the members' neighbourhood average.
    fn margin_of(&self, num: f32, l: &[usize], r: &[usize]) -> f32 {
        // A pair is judged against the more crowded of its two neighbourhoods: a sentence with
        // few features and no near neighbour (text the other side lacks) otherwise lends a weak
        // pair a large margin. Text+Berg strict F1 clean / cut / move / insert, the mean against
        // the larger: test 0.892 / 0.800 / 0.880 / 0.826 and 0.895 / 0.801 / 0.888 / 0.825, dev
        // 0.826 / 0.768 / 0.824 / 0.805 and 0.829 / 0.772 / 0.829 / 0.815. Groups keep the mean
        // of the sides' averages (the larger lost on both: test clean 0.889, dev cut 0.761).
        if let ([i], [j]) = (l, r) {
            return num / (self.knn_l[*i].max(self.knn_r[*j]) + MARGIN_EPS);
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
        cos / (knn + MARGIN_EPS)
    }

    /// Gain of aligning left sentences `l` with right sentences `r` (original indices), whose
    /// pair similarities sum to `num`.
    fn gain(&self, num: f32, l: &[usize], r: &[usize], prior: f32) -> f32 {
        let margin = self.margin_of(num, l, r);
        let lc: usize = l.iter().map(|&i| self.lp[i].chars).sum();
        let rc: usize = r.iter().map(|&j| self.rp[j].chars).sum();
        let (lc, rc) = (lc as f32 * self.ratio, rc as f32);
        let delta = (rc - lc) / (LEN_VAR * (lc + rc) * 0.5 + 1.0).sqrt();
        W_SIM * margin - W_LEN * delta * delta * 0.5 + self.bias - prior
    }

    /// One monotone pass over the sentences `left` × `right` (original indices, in the order
    /// the pass reads them). Groups only join sentences adjacent in the original text; a group
    /// that does not continue the one before (after a skip, or across a jump in the original
    /// text) pays [`OPEN`].
    fn monotone(&self, left: &[usize], right: &[usize]) -> Groups {
        let (n, m) = (left.len(), right.len());
        let band = Band::new(self, left, right);
        let (lo, hi) = (&band.lo, &band.hi);
        // best[start[i] + j - lo[i]][s]: best gain using the first i left and j right
        // sentences, the last step a group (s = 0) or skips since the last group: left only (1),
        // right only (2), both (3)
        let mut start = vec![0usize; n + 2];
        for i in 0..=n {
            start[i + 1] = start[i] + hi[i] - lo[i] + 1;
        }
        let cells = start[n + 1];
        let mut best = vec![[f32::NEG_INFINITY; 4]; cells];
        // the step into each cell and state: (left, right, state before)
        let mut back = vec![[(0u8, 0u8, 0u8); 4]; cells];
        let at = |i: usize, j: usize| (j >= lo[i] && j <= hi[i]).then(|| start[i] + j - lo[i]);
        // how many positions before each one continue it in the original text
        let runs = |idx: &[usize]| -> Vec<usize> {
            let mut run = vec![0; idx.len()];
            for k in 1..idx.len() {
                if idx[k] == idx[k - 1] + 1 {
                    run[k] = run[k - 1] + 1;
                }
            }
            run
        };
        let (run_l, run_r) = (runs(left), runs(right));
        // the best way into a group starting at each cell: (gain, state left)
        let mut enter = vec![(f32::NEG_INFINITY, 0u8); cells];
        for i in 0..=n {
            for j in lo[i]..=hi[i] {
                let here = start[i] + j - lo[i];
                let mut cell = [(f32::NEG_INFINITY, (0u8, 0u8, 0u8)); 4];
                if i > 0 || j > 0 {
                    let skips = [
                        (i.checked_sub(1).and_then(|p| at(p, j)), (1u8, 0u8), 1usize),
                        (j.checked_sub(1).and_then(|q| at(i, q)), (0, 1), 2),
                    ];
                    for (prev, step, bit) in skips {
                        let Some(p) = prev else { continue };
                        for s in 0..4 {
                            if best[p][s] > cell[s | bit].0 {
                                cell[s | bit] = (best[p][s], (step.0, step.1, s as u8));
                            }
                        }
                    }
                }
                for &(a, b, prior) in &MOVES {
                    if a > i || b > j || run_l[i - 1] + 1 < a || run_r[j - 1] + 1 < b {
                        continue;
                    }
                    let Some(p) = at(i - a, j - b) else { continue };
                    let (from, state) = enter[p];
                    if from == f32::NEG_INFINITY {
                        continue;
                    }
                    let mut num = 0.0;
                    for x in i - a..i {
                        for y in j - b..j {
                            num += band.sim(x, y);
                        }
                    }
                    let g = self.gain(num, &left[i - a..i], &right[j - b..j], prior);
                    if g > 0.0 && from + g > cell[0].0 {
                        cell[0] = (from + g, (a as u8, b as u8, state));
                    }
                }
                // what the pass skips before its first group opens nothing: any cell may start
                // afresh (a start is the step (0, 0))
                if cell[0].0 < 0.0 {
                    cell[0] = (0.0, (0, 0, 0));
                }
                for (s, c) in cell.iter().enumerate() {
                    best[here][s] = c.0;
                    back[here][s] = c.1;
                }
                // a group from here continues the last one if its first sentences follow this
                // cell's in the original text; otherwise, or after skips, it opens a run
                if i < n && j < m {
                    let continues = (i == 0 || run_l[i] > 0) && (j == 0 || run_r[j] > 0);
                    let mut e = (cell[0].0 - if continues { 0.0 } else { OPEN }, 0u8);
                    for (s, c) in cell.iter().enumerate().skip(1) {
                        if c.0 - OPEN > e.0 {
                            e = (c.0 - OPEN, s as u8);
                        }
                    }
                    enter[here] = e;
                }
            }
        }
        // trace back from the end
        let (mut i, mut j) = (n, m.min(hi[n]));
        let end = &best[start[i] + j - lo[i]];
        let mut s = (0..4)
            .max_by(|&x, &y| end[x].total_cmp(&end[y]))
            .unwrap_or(0);
        let mut out = Vec::new();
        while i > 0 || j > 0 {
            let (a, b, prev) = back[start[i] + j - lo[i]][s];
            let (a, b) = (a as usize, b as usize);
            if (a, b) == (0, 0) {
                break;
            }
            if s == 0 {
                out.push((left[i - a..i].to_vec(), right[j - b..j].to_vec()));
            }
            i -= a;
            j -= b;
            s = prev as usize;
        }
        out.reverse();
        out
    }

    /// In a peeling pass, groups come in runs that continue each other on both sides (a moved
    /// block). A run is kept when it holds a pair that stands out by margin and is either long or
    /// very clear; isolated weak pairs among leftovers are mostly chance. With `clear_only`, only
    /// the groups of a kept run that have a clear margin are returned (for the skeleton).
    fn keep_strong_runs(&self, groups: Groups, clear_only: bool) -> Groups {
        let mut out = Vec::new();
        let mut run: Groups = Vec::new();
        let flush = |run: &mut Groups, out: &mut Groups| {
            let strong = run.iter().filter(|(l, r)| self.strong(l, r)).count();
            if strong >= 1 && (run.len() >= 2 || strong * 2 > run.len()) {
                out.extend(
                    run.drain(..)
                        .filter(|(l, r)| !clear_only || self.group_margin(l, r) >= SKELETON_MARGIN),
                );
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

    /// A group found in a peeling pass is strong when some pair in it stands out by margin.
    fn strong(&self, l: &[usize], r: &[usize]) -> bool {
        l.iter()
            .any(|&i| r.iter().any(|&j| self.margin(i, j) >= PEEL_MARGIN))
    }

    /// Mutually nearest pairs (positions within `left`, `right`) with a strong margin.
    fn anchors(&self, left: &[usize], right: &[usize]) -> Vec<(usize, usize)> {
        let index = Index::new(&self.rv, right);
        let mut best_r: Vec<Option<(usize, f32)>> = vec![None; right.len()];
        let mut best_l: Vec<Option<(usize, f32)>> = vec![None; left.len()];
        let mut acc = Accumulator::new(right.len());
        for (a, &i) in left.iter().enumerate() {
            for b in index.candidates(&self.lv[i], CANDIDATES, &mut acc) {
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

/// A dense copy of one sparse vector, so that it meets many others by a look-up per feature
/// instead of a merge of two sorted lists.
struct Spread(Vec<f32>);

impl Spread {
    fn new(features: usize) -> Self {
        Spread(vec![0.0; features])
    }

    fn load(&mut self, a: &Vector) {
        a.iter().for_each(|&(f, w)| self.0[f as usize] = w);
    }

    fn clear(&mut self, a: &Vector) {
        a.iter().for_each(|&(f, _)| self.0[f as usize] = 0.0);
    }

    /// Dot product of the loaded vector with `b`.
    fn dot(&self, b: &Vector) -> f32 {
        b.iter().map(|&(f, w)| self.0[f as usize] * w).sum()
    }
}

/// First and last index of a group's side.
fn span(x: &[usize]) -> (usize, usize) {
    (x[0], x[x.len() - 1])
}

/// A run of skeleton groups that follow each other on both sides: spans (first, last) per side.
#[derive(Debug, PartialEq)]
struct Block {
    left: (usize, usize),
    right: (usize, usize),
    groups: usize,
}

/// Cut the skeleton into blocks: groups in source order stay in one block while each is also
/// the next skeleton group in target order.
fn blocks(mut skeleton: Groups) -> Vec<Block> {
    skeleton.sort();
    let mut by_right: Vec<usize> = (0..skeleton.len()).collect();
    by_right.sort_by_key(|&k| skeleton[k].1[0]);
    let mut rank = vec![0; skeleton.len()];
    for (r, &k) in by_right.iter().enumerate() {
        rank[k] = r;
    }
    let mut out: Vec<Block> = Vec::new();
    for (k, (l, r)) in skeleton.iter().enumerate() {
        match out.last_mut() {
            Some(b) if rank[k] == rank[k - 1] + 1 => {
                b.left.1 = span(l).1;
                b.right.1 = span(r).1;
                b.groups += 1;
            }
            _ => out.push(Block {
                left: span(l),
                right: span(r),
                groups: 1,
            }),
        }
    }
    out
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

/// The cells one pass of the programme may use, and the pair similarities inside them.
/// Row i of the programme (0..=n) may use columns lo[i]..=hi[i]; both bounds never decrease
/// and each row reaches the previous one, so the end is always reachable.
struct Band<'c> {
    lo: Vec<usize>,
    hi: Vec<usize>,
    /// Similarities of sentence positions (x, y): row x holds columns first[x]..first[x] + len.
    first: Vec<usize>,
    sims: Vec<Vec<f32>>,
    /// For pairs outside the stored cells.
    ctx: &'c Context<'c>,
    left: &'c [usize],
    right: &'c [usize],
}

impl<'c> Band<'c> {
    fn new(ctx: &'c Context<'c>, left: &'c [usize], right: &'c [usize]) -> Band<'c> {
        let (n, m) = (left.len(), right.len());
        let (lo, hi) = if (n + 1) * (m + 1) <= FULL_CELLS {
            (vec![0; n + 1], vec![m; n + 1])
        } else {
            path_band(&chain(&ctx.anchors(left, right)), n, m)
        };
        // sentence x (row x + 1) meets the sentences of the columns of its row and of the rows
        // up to two further down (groups of up to three)
        let mut first = Vec::with_capacity(n);
        let mut sims = Vec::with_capacity(n);
        // without the full matrix, each left vector is spread into a dense array once and meets
        // the right vectors of its row by look-ups
        let mut spread = Spread::new(if ctx.dense.is_none() { ctx.features } else { 0 });
        for x in 0..n {
            let from = lo[x + 1].saturating_sub(3);
            let to = hi[(x + 3).min(n)].min(m);
            first.push(from);
            if ctx.dense.is_some() {
                sims.push((from..to).map(|y| ctx.sim(left[x], right[y])).collect());
                continue;
            }
            let v = &ctx.lv[left[x]];
            spread.load(v);
            sims.push((from..to).map(|y| spread.dot(&ctx.rv[right[y]])).collect());
            spread.clear(v);
        }
        Band {
            lo,
            hi,
            first,
            sims,
            ctx,
            left,
            right,
        }
    }

    /// Similarity of the x-th left and y-th right sentence of the pass.
    fn sim(&self, x: usize, y: usize) -> f32 {
        let row = &self.sims[x];
        match y.checked_sub(self.first[x]).and_then(|k| row.get(k)) {
            Some(&s) => s,
            None => self.ctx.sim(self.left[x], self.right[y]),
        }
    }
}

/// Row bounds of a band around the path through `anchors` (positions, increasing on both sides)
/// from (0, 0) to (n, m), straight between anchors. Between two right anchors the alignment
/// cannot leave their rectangle, so the band is as wide as the gap between them plus
/// [`BAND_SLACK`] (for an anchor that is wrong), at most [`BAND`].
fn path_band(anchors: &[(usize, usize)], n: usize, m: usize) -> (Vec<usize>, Vec<usize>) {
    // path points in programme coordinates: an anchor (a, b) is the cell (a + 1, b + 1)
    let mut points = vec![(0usize, 0usize)];
    points.extend(anchors.iter().map(|&(a, b)| (a + 1, b + 1)));
    points.push((n, m));
    let mut lo = vec![usize::MAX; n + 1];
    let mut hi = vec![0usize; n + 1];
    for w in points.windows(2) {
        let ((i0, j0), (i1, j1)) = (w[0], w[1]);
        let half = ((i1 - i0).max(j1 - j0) + BAND_SLACK).min(BAND);
        // columns the straight segment crosses in row i
        let at = |i: usize| {
            if i1 == i0 {
                j1
            } else {
                j0 + (j1 - j0) * (i - i0) / (i1 - i0)
            }
        };
        for i in i0..=i1 {
            let (a, b) = if i1 == i0 {
                (j0, j1)
            } else {
                (at(i), at((i + 1).min(i1)))
            };
            lo[i] = lo[i].min(a.saturating_sub(half));
            hi[i] = hi[i].max((b + half).min(m));
        }
    }
    // never decreasing, and each row reaching the previous one
    for i in 1..=n {
        lo[i] = lo[i].max(lo[i - 1]);
        hi[i] = hi[i].max(hi[i - 1]);
    }
    for i in (0..n).rev() {
        lo[i] = lo[i].min(lo[i + 1]);
    }
    lo[0] = 0;
    hi[n] = m;
    for i in 1..=n {
        lo[i] = lo[i].min(hi[i - 1]);
    }
    (lo, hi)
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

/// Inverted index over a subset of vectors, for nearest-neighbour candidates. Written here: a
/// posting list per feature and a dense accumulator are all it takes.
struct Index {
    postings: std::collections::HashMap<u32, Vec<(u32, f32)>>,
}

/// Scores of one query, dense over the indexed positions, with the positions touched.
struct Accumulator {
    score: Vec<f32>,
    touched: Vec<u32>,
}

impl Accumulator {
    fn new(size: usize) -> Self {
        Accumulator {
            score: vec![0.0; size],
            touched: Vec::new(),
        }
    }
}

impl Index {
    /// Index `vectors[j]` for j in `subset`, by position within `subset`.
    fn new(vectors: &[Vector], subset: &[usize]) -> Self {
        let mut postings: std::collections::HashMap<u32, Vec<(u32, f32)>> = Default::default();
        for (b, &j) in subset.iter().enumerate() {
            for &(h, w) in &vectors[j] {
                postings.entry(h).or_default().push((b as u32, w));
            }
        }
        postings.retain(|_, p| p.len() <= POSTING_CAP);
        Index { postings }
    }

    /// Up to `k` positions with the largest (partial) dot product with `v`.
    fn candidates(&self, v: &Vector, k: usize, acc: &mut Accumulator) -> Vec<usize> {
        for &(h, w) in v {
            if let Some(p) = self.postings.get(&h) {
                for &(b, x) in p {
                    if acc.score[b as usize] == 0.0 {
                        acc.touched.push(b);
                    }
                    acc.score[b as usize] += w * x;
                }
            }
        }
        let mut all: Vec<(u32, f32)> = acc
            .touched
            .drain(..)
            .map(|b| (b, std::mem::take(&mut acc.score[b as usize])))
            .collect();
        if all.len() > k {
            all.select_nth_unstable_by(k, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            all.truncate(k);
        }
        all.into_iter().map(|(b, _)| b as usize).collect()
    }
}

/// Mean similarity of every sentence to its `KNN` nearest neighbours on the other side.
fn neighbourhoods(lv: &[Vector], rv: &[Vector], dense: Option<&[f32]>) -> (Vec<f32>, Vec<f32>) {
    let (n, m) = (lv.len(), rv.len());
    let mean_top = |mut xs: Vec<f32>| {
        let k = xs.len().clamp(1, KNN);
        if xs.len() > k {
            xs.select_nth_unstable_by(k, |a, b| b.total_cmp(a));
        }
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
        let mut acc = Accumulator::new(to.len());
        from.iter()
            .map(|v| {
                let c = index.candidates(v, CANDIDATES, &mut acc);
                mean_top(c.iter().map(|&b| dot(v, &to[b])).collect())
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
    fn texts_of_uneven_length_lower_the_bias() {
        let (de, fr) = (profiles(&DE), profiles(&FR));
        let ratio = length_ratio(&de, &fr, &align_profiles(&de, &fr));
        assert_eq!(bias_for(&de, &fr, ratio), BIAS);
        // two sentences of five cut from the translation, or the original's added to it
        assert_eq!(bias_for(&de, &fr[..3], ratio), UNEVEN_BIAS);
        let padded: Vec<Profile> = fr.iter().chain(&de[..2]).cloned().collect();
        assert_eq!(bias_for(&de, &padded, ratio), UNEVEN_BIAS);
    }

    #[test]
    fn chain_keeps_the_longest_increasing_run() {
        let c = chain(&[(0, 0), (1, 5), (2, 1), (3, 2), (4, 3)]);
        assert_eq!(c, vec![(0, 0), (2, 1), (3, 2), (4, 3)]);
    }

    #[test]
    fn skeleton_is_cut_where_the_target_order_jumps() {
        let g = |l: usize, r: usize| (vec![l], vec![r]);
        // source order 0..6; the target holds 3..5 after 6
        let b = blocks(vec![g(0, 0), g(1, 1), g(3, 5), g(4, 6), g(6, 3)]);
        let spans: Vec<_> = b.iter().map(|b| (b.left, b.right, b.groups)).collect();
        assert_eq!(
            spans,
            vec![
                ((0, 1), (0, 1), 2),
                ((3, 4), (5, 6), 2),
                ((6, 6), (3, 3), 1)
            ]
        );
    }

    #[test]
    fn the_band_follows_the_anchors_and_stays_connected() {
        let (n, m) = (400, 300);
        let anchors = [(50, 20), (120, 100), (300, 250)];
        let (lo, hi) = path_band(&anchors, n, m);
        assert_eq!((lo[0], hi[n]), (0, m));
        for i in 1..=n {
            assert!(lo[i] >= lo[i - 1] && hi[i] >= hi[i - 1], "row {i}");
            assert!(lo[i] <= hi[i - 1], "row {i} does not reach row {}", i - 1);
        }
        for &(a, b) in &anchors {
            assert!(lo[a + 1] <= b + 1 && b < hi[a + 1], "anchor {a},{b}");
        }
        // far from an anchor the band is narrow: at most the gap's width on each side
        assert!(hi[200] - lo[200] <= 2 * BAND + 2, "{} {}", lo[200], hi[200]);
    }

    /// Numbered lines long enough to take the banded path (more than FULL_CELLS pairs).
    fn numbered(n: usize, word: &str) -> Vec<String> {
        (0..n)
            .map(|k| format!("{word} {} ( {} m )", k + 1, 1000 + 7 * k))
            .collect()
    }

    #[test]
    fn long_documents_align_inside_the_band() {
        let de = numbered(700, "Seillänge");
        let fr = numbered(700, "Longueur");
        let lp: Vec<Profile> = de.iter().map(|s| Profile::new(s, &[])).collect();
        let rp: Vec<Profile> = fr.iter().map(|s| Profile::new(s, &[])).collect();
        assert!(lp.len() * rp.len() > FULL_CELLS);
        let groups = align_profiles(&lp, &rp);
        let right = groups
            .iter()
            .filter(|(l, r)| l == r && l.len() == 1)
            .count();
        assert!(right >= 690, "{right} of 700 diagonal pairs");
    }

    #[test]
    fn a_moved_block_is_found_by_peeling() {
        let de = numbered(60, "Seillänge");
        let mut fr = numbered(60, "Longueur");
        // lines 20..35 of the translation moved to the end
        let block: Vec<String> = fr.drain(20..35).collect();
        fr.extend(block);
        let groups = align_profiles(&profiles(&refs(&de)), &profiles(&refs(&fr)));
        for k in 20..35 {
            assert!(
                groups.contains(&(vec![k], vec![k + 25])),
                "{k} in {groups:?}"
            );
        }
        for k in (0..20).chain(35..60) {
            let j = if k < 20 { k } else { k - 15 };
            assert!(groups.contains(&(vec![k], vec![j])), "{k} in {groups:?}");
        }
    }

    #[test]
    fn a_lonely_sentence_lends_a_pair_no_margin() {
        // the last right line shares one word with the first left line and nothing with
        // anything else: its own neighbourhood is empty, the left line's is not
        let mut fr = FR.to_vec();
        fr.push("Juli , dit-on .");
        let (lp, rp) = (profiles(&DE), profiles(&fr));
        let (lv, rv, features) = vectors(&lp, &rp);
        let ctx = Context::new(&lp, &rp, lv, rv, features, (1.0, BIAS));
        let lonely = fr.len() - 1;
        assert!(ctx.knn_r[lonely] < ctx.knn_l[0]);
        let sim = ctx.sim(0, lonely);
        assert!(sim > 0.0);
        let margin = ctx.margin_of(sim, &[0], &[lonely]);
        assert!(
            (margin - sim / (ctx.knn_l[0] + MARGIN_EPS)).abs() < 1e-6,
            "{margin} from {sim}, neighbourhoods {} and {}",
            ctx.knn_l[0],
            ctx.knn_r[lonely]
        );
    }

    fn refs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
}
