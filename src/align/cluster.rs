//! Comparable mode across three or more documents: facts are found as clusters of sentences over
//! all the documents at once, and each pair of documents is aligned by reading its groups off the
//! clusters.
//!
//! Why: two articles in different languages often share too little to pair a sentence with its
//! counterpart (no name in common, numbers that disagree), while each shares a little with the
//! same sentence of a third and a fourth article. Average-linkage clustering pools that evidence:
//! a sentence joins a fact when it scores, on average, well enough against all the fact's
//! sentences in other documents, so weak direct links are confirmed by the other outlets and a
//! strong link that the rest of the fact contradicts does not drag a sentence in. Measured on
//! the comparable gold set, this finds more same-fact pairs than aligning each pair of documents
//! on its own, at the same precision (see `bench/comparable_eval.py`).
//!
//! Written here rather than taken from a clustering crate: the linkage has two constraints of
//! its own (no score between sentences of one document; at most [`MAX_PER_DOC`] sentences of a
//! document in a fact, one after the other), and the input is a sparse graph, which the usual
//! crates (dense distance matrices) do not take.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

// the clustering hashes sentence indices millions of times with thousands of articles
use rustc_hash::FxHashMap as HashMap;

/// Two clusters merge while the average score over all their cross-document sentence pairs
/// (a missing link counts as 0) is at least this. A lone shared concept (0.5) confirmed by
/// nothing in a third article does not make a fact; a shared rare name (1.0) with a weaker link
/// from a third article does. Chosen with the concept weight (`features::CONCEPT_WEIGHT`) over
/// the six stories of the gold set (`bench/comparable_eval.py`; cross-language recall /
/// all-pairs precision, all six — and on the conflict story sotk-shooting-2026 alone):
/// concept weight 0.5 with 0.7 here 0.440 / 0.822 (0.309 / 0.770), 0.5 with 0.8 0.426 / 0.858
/// (0.296 / 0.782), 0.6 with 0.8 0.438 / 0.831 (0.306 / 0.653), 0.7 with 0.8 0.450 / 0.834
/// (0.290 / 0.641). A heavier concept weight pairs more disaster reports but merges the two
/// sides' opposite accounts of a shooting (same ministry, same concepts, opposite agents), so
/// 0.5 with 0.8 is kept: the best precision and, on every story, no less recall than before
/// the general-news concepts. Twelfth session, nineteen stories and 796 concepts: concepts
/// weigh 0.65 between documents of three or more, with 0.9 here (see
/// `features::CONFIRMED_CONCEPT_WEIGHT` for the figures). Thirteenth session: 0.7, since two
/// sentences of one document share a fact only when one follows the other ([`DocRun::join`]).
/// Two facts an outlet tells in neighbouring sentences then no longer merge with their
/// counterparts told far apart, which took precision at lower averages. Twenty-one stories,
/// cross-language recall / precision, without the rule: 0.589 / 0.873 at 1.0, 0.611 / 0.866 at
/// 0.9, 0.628 / 0.851 at 0.8, 0.647 / 0.838 at 0.7; with it: 0.599 / 0.878 at 0.9, 0.617 / 0.873
/// at 0.8, 0.626 / 0.864 at 0.75, 0.636 / 0.863 at 0.7, 0.649 / 0.847 at 0.6 (a neighbouring
/// sentence that was let in at 0.7 after the clustering now joins in it, so that pass went).
pub const MIN_AVERAGE: f64 = 0.7;
/// At most this many sentences of one document in a fact (a fact told over two sentences, one
/// after the other). Three in a row: 0.644 / 0.856 against 0.636 / 0.863.
pub const MAX_PER_DOC: usize = 2;

/// A headline joins a further fact (see [`summary_facts`]) at this average: a prior as strong
/// as that of a fact's neighbouring sentence (which joined at 0.6 when facts merged at 0.8),
/// since its own article reports the fact too. Measured on the gold set
/// (cross-language recall / precision; the eight older stories, and fuzuli-mine-2026): none
/// 0.433 / 0.780, 0.519 / 0.893; 0.8: 0.459 / 0.784, 0.553 / 0.899; 0.6: 0.474 / 0.778, 0.609 /
/// 0.903; 0.5: 0.485 / 0.761, 0.609 / 0.903; 0.3: 0.512 / 0.747, 0.643 / 0.859. 0.6 gains
/// recall at no cost in precision.
pub const HEADLINE_MIN_AVERAGE: f64 = 0.6;
/// The lead (the first sentence after the headline, or the first of an article without one)
/// joins a further fact at the average that merged clusters before it was raised to 0.9: it
/// sums up less often than a headline. Measured as above, with headlines at 0.6 (and their
/// four links): leads at 0.6 0.506 / 0.757, 0.634 / 0.895; at 0.8 0.500 / 0.781, 0.634 /
/// 0.903; at 1.0 0.496 / 0.782, 0.634 / 0.907; without 0.485 / 0.778, 0.609 / 0.903. Nineteen
/// stories, with concepts at 0.65: 0.618 / 0.876 at 0.8, 0.618 / 0.875 at 0.9.
pub const LEAD_MIN_AVERAGE: f64 = 0.8;

/// A summary sentence joins a further fact at this lower average when its own article tells
/// that fact in a sentence that says what the summary says (see [`Summary::told_by`]): the
/// headline "Mine blast kills four workers" and its article's "Four workers died when…" are
/// evidence within one language, which no link across languages can give. Measured on the gold
/// set (`bench/comparable_eval.py`, fourteen stories; cross-language recall / precision, then
/// same-language): without 0.560 / 0.846, 0.696 / 0.800; at 0.5 0.573 / 0.846, 0.739 / 0.810 (a
/// gain on eight stories, a loss on none); at 0.45 0.576 / 0.842; at 0.4 0.582 / 0.840 (tavush
/// precision 0.887 → 0.822); at 0.55 0.566 / 0.846. With no link required at all
/// (`told_by` alone), about half the pairs it adds are wrong: a headline's "mine" also speaks
/// of the body's background sentence on mine casualties since 2020.
pub const TOLD_MIN_AVERAGE: f64 = 0.5;

/// A sentence joins a further fact its own article tells nowhere else ([`further_facts`]) when
/// its links to the fact's sentences average at least this (a missing link counts as 0): the
/// facts are a partition, and a sentence that reports two facts ("The fire broke out at 18:40
/// and cut power to two thirds of the country") sits in one. Measured on the gold set
/// (`bench/comparable_eval.py`, twenty-three stories; cross-language recall / precision, then
/// the twenty written blind): without 0.622 / 0.864, 0.616 / 0.865; at 2.0 0.624 / 0.864, 0.618
/// / 0.865; 1.5 0.629 / 0.864, 0.622 / 0.865 (58 pairs added, 47 of them right); 1.3 0.632 /
/// 0.862, 0.626 / 0.863; 1.1 0.639 / 0.856, 0.633 / 0.858. At 1.5 with every article's body
/// shuffled (seeds 1, 2, 3): 0.514 / 0.854 -> 0.526 / 0.855, 0.519 / 0.861 -> 0.528 / 0.860,
/// 0.517 / 0.855 -> 0.529 / 0.855.
pub const FURTHER_MIN_AVERAGE: f64 = 1.5;
/// The same for a headline or a lead, which sums up several facts and often tells one its
/// article leaves to other outlets. Measured as above with other sentences at 1.5 (a trial that
/// took each article's first two sentences for its summaries): summaries at 1.5 0.629 / 0.864
/// (4,220 right of 4,886 pairs), 1.0 0.633 / 0.864 (4,251 of 4,921), 0.8 0.637 / 0.863, 0.6
/// 0.640 / 0.857. As built, at 1.0: 0.633 / 0.863 (4,249 of 4,922: 29 of the 36 pairs added
/// right); the twenty written blind 0.622 / 0.865 -> 0.627 / 0.865; shuffled (seeds 1, 2, 3)
/// 0.526 / 0.855 -> 0.530 / 0.855, 0.528 / 0.860 -> 0.532 / 0.860, 0.529 / 0.855 -> 0.533 /
/// 0.853.
pub const FURTHER_SUMMARY_MIN_AVERAGE: f64 = 1.0;

/// Which pairs of documents were aligned. Between two of them, a missing link counts as a score
/// of 0 in the averages below; between documents that were never compared (`compare
/// --partners`: each article with its nearest only) it counts as nothing, neither for a merge
/// nor against it, so that a fact is not split because its outlets were not all compared.
#[derive(Debug, Clone, Copy)]
pub enum Compared<'p> {
    All,
    /// Each document's partners, sorted.
    Only(&'p [Vec<usize>]),
}

impl Compared<'_> {
    /// Whether documents `a` and `b` (distinct) were compared.
    pub fn both(&self, a: usize, b: usize) -> bool {
        match self {
            Compared::All => a != b,
            Compared::Only(partners) => partners[a].binary_search(&b).is_ok(),
        }
    }
}

/// A sentence that sums up its document (a headline, a lead), for [`summary_facts`].
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Global sentence index.
    pub sentence: usize,
    /// The average it needs to join a further fact.
    pub min_average: f64,
    /// Sentences of its own document that say what it says (global indices): a fact holding
    /// one of them needs only [`TOLD_MIN_AVERAGE`].
    pub told_by: Vec<usize>,
}

/// A scored link between two sentences of different documents, by global sentence index.
/// Indices are kept as `u32` (16 bytes a link instead of 24): a comparison of a thousand
/// articles holds some 18 million links at once (1,030 articles of the gold set: 17.9 million).
#[derive(Debug, Clone, Copy)]
pub struct Link {
    a: u32,
    b: u32,
    pub score: f64,
}

impl Link {
    /// The link between global sentences `a` and `b`. Panics past 4,294,967,295 sentences,
    /// which no comparison reaches (its links alone would fill hundreds of gigabytes first).
    pub fn new(a: usize, b: usize, score: f64) -> Self {
        let index = |x: usize| u32::try_from(x).expect("fewer than 2^32 sentences");
        Link {
            a: index(a),
            b: index(b),
            score,
        }
    }

    /// The first sentence (global index).
    pub fn a(&self) -> usize {
        self.a as usize
    }

    /// The second sentence (global index).
    pub fn b(&self) -> usize {
        self.b as usize
    }
}

/// One cluster being built.
#[derive(Debug, Default)]
struct Cluster {
    /// Global sentence indices.
    members: Vec<usize>,
    /// The sentences of each document in the cluster, sorted by document.
    per_doc: Vec<DocRun>,
    /// Sum of link scores to each neighbouring cluster (by id).
    sums: HashMap<usize, f64>,
    /// Bumped at every merge, so stale heap entries are recognised.
    version: u32,
    alive: bool,
}

/// The sentences of one document in a cluster: how many, and the first and last (global
/// indices). They are one unbroken run of the document when `last - first + 1 == count`.
#[derive(Debug, Clone, Copy)]
struct DocRun {
    doc: usize,
    count: usize,
    first: usize,
    last: usize,
}

impl DocRun {
    /// The run of both, when together they stay within [`MAX_PER_DOC`] sentences and one
    /// unbroken run of the document.
    fn join(self, other: DocRun) -> Option<DocRun> {
        let count = self.count + other.count;
        let (first, last) = (self.first.min(other.first), self.last.max(other.last));
        (count <= MAX_PER_DOC && last - first + 1 == count).then_some(DocRun {
            doc: self.doc,
            count,
            first,
            last,
        })
    }
}

impl Cluster {
    fn run(&self, doc: usize) -> Option<DocRun> {
        self.per_doc
            .binary_search_by_key(&doc, |r| r.doc)
            .ok()
            .map(|i| self.per_doc[i])
    }
}

/// A candidate merge in the heap: highest average first, then the lowest cluster ids.
#[derive(Debug, PartialEq)]
struct Candidate {
    avg: f64,
    a: usize,
    b: usize,
    va: u32,
    vb: u32,
}

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.avg
            .total_cmp(&other.avg)
            .then_with(|| other.a.cmp(&self.a))
            .then_with(|| other.b.cmp(&self.b))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Cluster sentences: `doc_of[i]` is the document of global sentence `i`; `links` are the
/// scored pairs between sentences of different documents (each unordered pair once), of the
/// documents `compared`. Returns the clusters of two or more sentences, each sorted, in order
/// of their first sentence.
pub fn cluster(doc_of: &[usize], links: &[Link], compared: Compared) -> Vec<Vec<usize>> {
    let n = doc_of.len();
    let mut clusters: Vec<Cluster> = (0..n)
        .map(|i| Cluster {
            members: vec![i],
            per_doc: vec![DocRun {
                doc: doc_of[i],
                count: 1,
                first: i,
                last: i,
            }],
            sums: HashMap::default(),
            version: 0,
            alive: true,
        })
        .collect();
    for l in links {
        if l.a() == l.b() || doc_of[l.a()] == doc_of[l.b()] || l.score <= 0.0 {
            continue;
        }
        *clusters[l.a()].sums.entry(l.b()).or_default() += l.score;
        *clusters[l.b()].sums.entry(l.a()).or_default() += l.score;
    }
    let mut heap = BinaryHeap::new();
    for a in 0..n {
        for (&b, _) in clusters[a].sums.iter().filter(|(b, _)| a < **b) {
            if let Some(c) = candidate(&clusters, a, b, compared) {
                heap.push(c);
            }
        }
    }
    while let Some(c) = heap.pop() {
        let (ca, cb) = (&clusters[c.a], &clusters[c.b]);
        if !ca.alive || !cb.alive || ca.version != c.va || cb.version != c.vb {
            continue;
        }
        merge(&mut clusters, c.a, c.b);
        let neighbours: Vec<usize> = clusters[c.a].sums.keys().copied().collect();
        for other in neighbours {
            let (x, y) = (c.a.min(other), c.a.max(other));
            if let Some(next) = candidate(&clusters, x, y, compared) {
                heap.push(next);
            }
        }
    }
    let mut out: Vec<Vec<usize>> = clusters
        .into_iter()
        .filter(|c| c.alive && c.members.len() > 1)
        .map(|mut c| {
            c.members.sort_unstable();
            c.members
        })
        .collect();
    out.sort();
    out
}

/// Further facts of summary sentences: a headline, and often the lead, sums up several facts,
/// and a partition holds it in one. A summary sentence also belongs to a fact it is not in when
/// its own article reports that fact in another sentence (it sums up its own article) and its
/// links to the fact's sentences in other documents average at least its `min_average` (a
/// missing link counts as 0), or [`TOLD_MIN_AVERAGE`] when that sentence of its own article is
/// one of its `told_by`.
/// Returns (sentence, fact index) pairs; the aligner shows them as secondary links, and the
/// facts stay a partition.
pub fn summary_facts(
    facts: &[Vec<usize>],
    doc_of: &[usize],
    links: &[Link],
    summaries: &[Summary],
    compared: Compared,
) -> Vec<(usize, usize)> {
    // indexed so that thousands of articles cost links + facts, not summaries × both
    let mut is_summary = vec![false; doc_of.len()];
    for s in summaries {
        is_summary[s.sentence] = true;
    }
    let score = pair_scores(links, |l| is_summary[l.a()] || is_summary[l.b()]);
    let mut facts_of_doc: HashMap<usize, Vec<usize>> = HashMap::default();
    for (f, fact) in facts.iter().enumerate() {
        for &s in fact {
            let v = facts_of_doc.entry(doc_of[s]).or_default();
            if v.last() != Some(&f) {
                v.push(f);
            }
        }
    }
    let mut out = Vec::new();
    for summary in summaries {
        let h = summary.sentence;
        let doc = doc_of[h];
        for &f in facts_of_doc.get(&doc).into_iter().flatten() {
            let fact = &facts[f];
            if fact.contains(&h) {
                continue;
            }
            let others: Vec<usize> = fact
                .iter()
                .copied()
                .filter(|&s| compared.both(doc, doc_of[s]))
                .collect();
            if others.is_empty() {
                continue;
            }
            let told = fact.iter().any(|s| summary.told_by.contains(s));
            let min_average = if told {
                summary.min_average.min(TOLD_MIN_AVERAGE)
            } else {
                summary.min_average
            };
            if average_score(&score, h, &others) >= min_average {
                out.push((h, f));
            }
        }
    }
    out
}

/// Further facts of any sentence: a sentence in one fact (or in none) also belongs to a fact
/// that holds no sentence of its document when its links to that fact's sentences average at
/// least [`FURTHER_MIN_AVERAGE`], or [`FURTHER_SUMMARY_MIN_AVERAGE`] for the `summaries` (a
/// missing link counts as 0). Returns (sentence, fact index)
/// pairs, each once, sorted; like [`summary_facts`], they are shown as secondary links and the
/// facts stay a partition. Two passes over the links, so that only the pairs that can reach
/// the average (one link at least as strong) are summed: thousands of articles cost the links,
/// not sentences × facts.
pub fn further_facts(
    facts: &[Vec<usize>],
    doc_of: &[usize],
    links: &[Link],
    summaries: &[Summary],
    compared: Compared,
) -> Vec<(usize, usize)> {
    let mut bar = vec![FURTHER_MIN_AVERAGE; doc_of.len()];
    for s in summaries {
        bar[s.sentence] = FURTHER_SUMMARY_MIN_AVERAGE;
    }
    let mut fact_of: Vec<Option<usize>> = vec![None; doc_of.len()];
    for (f, fact) in facts.iter().enumerate() {
        for &s in fact {
            fact_of[s] = Some(f);
        }
    }
    // each sentence of `l` and the fact of the other end, when that fact is not its own
    let ends = |l: &Link| {
        [(l.a(), l.b()), (l.b(), l.a())]
            .into_iter()
            .filter_map(|(s, o)| Some((s, fact_of[o]?)).filter(|&(s, f)| fact_of[s] != Some(f)))
    };
    let usable = || {
        links
            .iter()
            .filter(|l| l.score > 0.0 && doc_of[l.a()] != doc_of[l.b()])
    };
    let mut sums: HashMap<(usize, usize), f64> = HashMap::default();
    for l in usable() {
        for key in ends(l).filter(|&(s, _)| l.score >= bar[s]) {
            sums.insert(key, 0.0);
        }
    }
    for l in usable() {
        for key in ends(l) {
            if let Some(sum) = sums.get_mut(&key) {
                *sum += l.score;
            }
        }
    }
    let mut out: Vec<(usize, usize)> = sums
        .into_iter()
        .filter(|&((s, f), sum)| {
            let fact = &facts[f];
            let d = doc_of[s];
            let others = fact
                .iter()
                .filter(|&&x| compared.both(d, doc_of[x]))
                .count();
            !fact.iter().any(|&x| doc_of[x] == d) && others > 0 && sum / others as f64 >= bar[s]
        })
        .map(|(key, _)| key)
        .collect();
    out.sort_unstable();
    out
}

/// The summed score of each unordered sentence pair among the `links` that `keep` takes.
fn pair_scores(links: &[Link], keep: impl Fn(&Link) -> bool) -> HashMap<(usize, usize), f64> {
    let mut score: HashMap<(usize, usize), f64> = HashMap::default();
    for l in links.iter().filter(|l| keep(l)) {
        *score
            .entry((l.a().min(l.b()), l.a().max(l.b())))
            .or_default() += l.score;
    }
    score
}

/// The average score of sentence `s` against `others` (not empty); a missing link counts as 0.
fn average_score(score: &HashMap<(usize, usize), f64>, s: usize, others: &[usize]) -> f64 {
    let sum: f64 = others
        .iter()
        .map(|&o| score.get(&(s.min(o), s.max(o))).copied().unwrap_or(0.0))
        .sum();
    sum / others.len() as f64
}

/// The merge of clusters `a` and `b` as a heap entry, when it is allowed and strong enough:
/// the average is over their sentence pairs in documents that were `compared`.
fn candidate(clusters: &[Cluster], a: usize, b: usize, compared: Compared) -> Option<Candidate> {
    let (ca, cb) = (&clusters[a], &clusters[b]);
    let sum = *ca.sums.get(&b)?;
    let mut pairs = ca.members.len() * cb.members.len();
    // the smaller cluster's documents looked up in the larger's
    let (small, large) = by_size(ca, cb);
    for run in &small.per_doc {
        if let Some(other) = large.run(run.doc) {
            run.join(other)?;
            pairs -= run.count * other.count;
        }
    }
    if let Compared::Only(partners) = compared {
        // past this many pairs the average cannot reach the bar (one pair of slack for rounding)
        let most = sum / MIN_AVERAGE + 1.0;
        pairs = compared_pairs(ca, cb, partners, most)?;
    }
    if pairs == 0 {
        return None;
    }
    let avg = sum / pairs as f64;
    (avg >= MIN_AVERAGE).then_some(Candidate {
        avg,
        a,
        b,
        va: ca.version,
        vb: cb.version,
    })
}

/// The two clusters, the one with fewer documents first.
fn by_size<'c>(a: &'c Cluster, b: &'c Cluster) -> (&'c Cluster, &'c Cluster) {
    if a.per_doc.len() <= b.per_doc.len() {
        (a, b)
    } else {
        (b, a)
    }
}

/// Two clusters' runs, sorted by document, merged into one such list; a document in both has
/// its two runs joined (`candidate` checked that they join, so the fallback is never taken).
fn merge_runs(a: Vec<DocRun>, b: Vec<DocRun>) -> Vec<DocRun> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x.doc == y.doc => {
                let (x, y) = (a.next(), b.next());
                x.zip(y).map(|(x, y)| x.join(y).unwrap_or(x))
            }
            (Some(x), Some(y)) if x.doc < y.doc => a.next(),
            (Some(_), Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, Some(_)) => b.next(),
            (None, None) => break,
        };
        out.extend(next);
    }
    out
}

/// The sentence pairs between clusters `a` and `b` whose documents were compared (`partners`
/// of each document, sorted): the smaller cluster's documents, each against the larger one's
/// by whichever is shorter, its partner list or the larger cluster's documents. `None` as soon
/// as they are more than `most`: most candidates are a small cluster beside a large one that it
/// links to weakly, and the count stops after a few pairs instead of walking the large one.
fn compared_pairs(a: &Cluster, b: &Cluster, partners: &[Vec<usize>], most: f64) -> Option<usize> {
    let (small, large) = by_size(a, b);
    let mut pairs = 0;
    for x in &small.per_doc {
        let of_x = &partners[x.doc];
        if of_x.len() < large.per_doc.len() {
            for y in of_x.iter().filter_map(|&p| large.run(p)) {
                pairs += x.count * y.count;
                if pairs as f64 > most {
                    return None;
                }
            }
        } else {
            for y in large
                .per_doc
                .iter()
                .filter(|y| of_x.binary_search(&y.doc).is_ok())
            {
                pairs += x.count * y.count;
                if pairs as f64 > most {
                    return None;
                }
            }
        }
    }
    Some(pairs)
}

/// Merge cluster `b` into cluster `a`.
fn merge(clusters: &mut [Cluster], a: usize, b: usize) {
    let taken = std::mem::take(&mut clusters[b]);
    for (&other, &s) in &taken.sums {
        if other == a {
            continue;
        }
        *clusters[a].sums.entry(other).or_default() += s;
        let o = &mut clusters[other].sums;
        o.remove(&b);
        *o.entry(a).or_default() += s;
    }
    let ca = &mut clusters[a];
    ca.sums.remove(&b);
    ca.members.extend(taken.members);
    ca.per_doc = merge_runs(std::mem::take(&mut ca.per_doc), taken.per_doc);
    ca.version += 1;
    // `taken` left a default (dead) cluster behind at `b`
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(a: usize, b: usize, score: f64) -> Link {
        Link::new(a, b, score)
    }

    #[test]
    fn a_sentence_joins_a_further_fact_its_article_tells_nowhere_else() {
        // four documents of two sentences; fact A = {0, 2, 4}, fact B = {3, 5, 7}; sentence 1
        // (document 0) is in no fact and 6 (document 3) is in none either
        let doc_of = [0, 0, 1, 1, 2, 2, 3, 3];
        let facts = vec![vec![0, 2, 4], vec![3, 5, 7]];
        let links = [
            // 0 also reports fact B (document 0 has no sentence in B): 2.0 + 1.6 + 1.2 = 4.8
            link(0, 3, 2.0),
            link(0, 5, 1.6),
            link(0, 7, 1.2),
            // 6 links to fact A, but only weakly on average: (1.6 + 0.5) / 3 = 0.7
            link(6, 0, 1.6),
            link(6, 2, 0.5),
            // 2 links strongly to 3, but document 1 already tells fact B in 3
            link(2, 3, 3.0),
            link(2, 5, 3.0),
            link(2, 7, 3.0),
        ];
        assert_eq!(
            further_facts(&facts, &doc_of, &links, &[], Compared::All),
            [(0, 1)]
        );
        // as a summary (a headline), 6 joins at the lower bar: (1.6 + 0.5 + 1.0) / 3 = 1.03
        let mut links = links.to_vec();
        links.push(link(6, 4, 1.0));
        let headline = Summary {
            sentence: 6,
            min_average: HEADLINE_MIN_AVERAGE,
            told_by: Vec::new(),
        };
        assert_eq!(
            further_facts(&facts, &doc_of, &links, &[], Compared::All),
            [(0, 1)]
        );
        assert_eq!(
            further_facts(&facts, &doc_of, &links, &[headline], Compared::All),
            [(0, 1), (6, 0)]
        );
    }

    #[test]
    fn a_headline_joins_a_further_fact_its_article_reports() {
        // three documents of three sentences (0, 3, 6 are headlines); fact A = the leads
        // {1, 4, 7} with headlines 3 and 6 in it, fact B = {2, 5, 8}
        let doc_of = [0, 0, 0, 1, 1, 1, 2, 2, 2];
        let facts = vec![vec![1, 3, 4, 6, 7], vec![2, 5, 8]];
        let links = [
            // headline 0 is in no fact; it speaks of both
            link(0, 3, 0.8),
            link(0, 4, 1.0),
            link(0, 6, 0.8),
            link(0, 7, 1.0),
            link(0, 5, 1.0),
            link(0, 8, 0.5),
            // headline 3 is in fact A and also links to B's sentences in documents 0 and 2
            link(3, 2, 1.2),
            link(3, 8, 0.4),
            // headline 6 barely touches fact B
            link(6, 2, 0.3),
        ];
        let found = summary_facts(
            &facts,
            &doc_of,
            &links,
            &[summary(0, 0.6), summary(3, 0.6), summary(6, 0.6)],
            Compared::All,
        );
        // 0 joins A (0.9 average) and B (0.75); 3 joins B (0.8); 6 does not (0.15)
        assert_eq!(found, vec![(0, 0), (0, 1), (3, 1)]);
        // a fact its own article does not report is not the headline's
        let facts = vec![vec![4, 7]];
        assert!(
            summary_facts(&facts, &doc_of, &links, &[summary(0, 0.6)], Compared::All).is_empty()
        );
        // a higher bar (a lead's) keeps headline 0 out of fact B (0.75)
        let facts = vec![vec![1, 3, 4, 6, 7], vec![2, 5, 8]];
        assert_eq!(
            summary_facts(&facts, &doc_of, &links, &[summary(0, 0.8)], Compared::All),
            vec![(0, 0)]
        );
    }

    fn summary(sentence: usize, min_average: f64) -> Summary {
        Summary {
            sentence,
            min_average,
            told_by: Vec::new(),
        }
    }

    #[test]
    fn a_headline_its_own_article_backs_joins_at_a_lower_average() {
        // headline 0 of document 0 averages 0.55 against fact {1, 4} and against fact {2, 5}
        // (1 and 2 are its own article's sentences, 4 and 5 document 1's)
        let doc_of = [0, 0, 0, 1, 1, 1];
        let facts = vec![vec![1, 4], vec![2, 5]];
        let links = [link(0, 4, 0.55), link(0, 5, 0.55)];
        // on links alone neither reaches a headline's 0.6
        assert!(
            summary_facts(&facts, &doc_of, &links, &[summary(0, 0.6)], Compared::All).is_empty()
        );
        // its article's sentence 2 says what it says: fact {2, 5} is enough at 0.5, {1, 4} not
        let backed = Summary {
            told_by: vec![2],
            ..summary(0, 0.6)
        };
        assert_eq!(
            summary_facts(
                &facts,
                &doc_of,
                &links,
                std::slice::from_ref(&backed),
                Compared::All
            ),
            vec![(0, 1)]
        );
        // and never below the lower average: at 0.45 the links do not carry it
        let weak = [link(0, 4, 0.45), link(0, 5, 0.45)];
        assert!(summary_facts(&facts, &doc_of, &weak, &[backed], Compared::All).is_empty());
    }

    #[test]
    fn a_weak_link_is_confirmed_by_a_third_document() {
        // documents 0, 1, 2 with one sentence each (0, 1, 2) and a distractor in document 2 (3)
        let doc_of = [0, 1, 2, 2];
        let links = [
            link(0, 1, 1.5),
            link(1, 2, 1.4),
            link(0, 2, 0.5), // weak on its own: confirmed by 1
            link(0, 3, 0.55),
        ];
        assert_eq!(cluster(&doc_of, &links, Compared::All), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn a_link_the_rest_of_the_fact_contradicts_stays_out() {
        // 0 ~ 1 strongly; 2 links to 1 only, and not enough to lift the average over 0 and 1
        let doc_of = [0, 1, 2];
        let links = [link(0, 1, 2.0), link(1, 2, 1.0)];
        assert_eq!(cluster(&doc_of, &links, Compared::All), vec![vec![0, 1]]);
    }

    #[test]
    fn documents_never_compared_count_neither_for_nor_against() {
        // as above, but documents 0 and 2 were not compared (`--partners`): their missing link
        // is no evidence that 2 tells another fact, so 2 joins on its link to 1
        let doc_of = [0, 1, 2];
        let links = [link(0, 1, 2.0), link(1, 2, 1.0)];
        let partners = [vec![1], vec![0, 2], vec![1]];
        assert_eq!(
            cluster(&doc_of, &links, Compared::Only(&partners)),
            vec![vec![0, 1, 2]]
        );
        // compared, and no link: it counts as 0, and 2 stays out (the test above)
        let all = [vec![1, 2], vec![0, 2], vec![0, 1]];
        assert_eq!(
            cluster(&doc_of, &links, Compared::Only(&all)),
            vec![vec![0, 1]]
        );
        // two clusters whose documents were never compared do not merge (no link joins them)
        let doc_of = [0, 1, 2, 3];
        let links = [link(0, 1, 2.0), link(2, 3, 2.0)];
        let partners = [vec![1], vec![0], vec![3], vec![2]];
        assert_eq!(
            cluster(&doc_of, &links, Compared::Only(&partners)),
            vec![vec![0, 1], vec![2, 3]]
        );
    }

    #[test]
    fn further_facts_average_over_compared_documents_only() {
        // fact {1, 2} in documents 1 and 2; sentence 0 (document 0) links to 1 at 1.6 and was
        // never compared with document 2: 1.6 over one sentence, not 0.8 over two
        let doc_of = [0, 1, 2];
        let facts = [vec![1, 2]];
        let links = [link(0, 1, 1.6), link(1, 2, 2.0)];
        assert!(further_facts(&facts, &doc_of, &links, &[], Compared::All).is_empty());
        let partners = [vec![1], vec![0, 2], vec![1]];
        assert_eq!(
            further_facts(&facts, &doc_of, &links, &[], Compared::Only(&partners)),
            [(0, 0)]
        );
    }

    #[test]
    fn at_most_two_sentences_of_one_document_join_a_fact() {
        let doc_of = [0, 1, 1, 1];
        let links = [link(0, 1, 2.0), link(0, 2, 1.9), link(0, 3, 1.8)];
        assert_eq!(cluster(&doc_of, &links, Compared::All), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn two_sentences_of_a_document_share_a_fact_only_one_after_the_other() {
        // documents 0 (sentences 0, 1, 2), 1 (3), 2 (4); the fact is 0, 3, 4.
        let doc_of = [0, 0, 0, 1, 2];
        let mut links = vec![link(0, 3, 1.5), link(0, 4, 1.2), link(3, 4, 1.0)];
        // 2 scores 0.8 on average against 3 and 4 but does not follow 0: it stays out
        links.extend([link(2, 3, 0.8), link(2, 4, 0.8)]);
        assert_eq!(cluster(&doc_of, &links, Compared::All), vec![vec![0, 3, 4]]);
        // 1, next to 0, with the same links joins
        links.extend([link(1, 3, 0.8), link(1, 4, 0.8)]);
        assert_eq!(
            cluster(&doc_of, &links, Compared::All),
            vec![vec![0, 1, 3, 4]]
        );
    }

    #[test]
    fn sentences_of_one_document_never_link_directly() {
        let doc_of = [0, 0];
        assert!(cluster(&doc_of, &[link(0, 1, 5.0)], Compared::All).is_empty());
    }
}
