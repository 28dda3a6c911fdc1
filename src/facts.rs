//! Facts across all documents: sentences that report the same thing, clustered from the
//! pairwise alignments.
//!
//! Pairwise alignment says "A's sentence 3 reports what B's sentence 5 reports". A fact is the
//! transitive closure of such links across all documents, built greedily from the most certain
//! link down, and never allowed to swallow more than [`MAX_PER_DOCUMENT`] sentences of one
//! document — otherwise one loose link would chain unrelated facts together.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Alignment, Fact, FactMember};

/// A fact holds at most this many sentences of any one document.
pub const MAX_PER_DOCUMENT: usize = 3;

/// Where each document's sentences start when all documents' sentences are numbered in one
/// run: `sizes[d]` sentences for document `d`.
pub(crate) fn offsets(sizes: &[usize]) -> Vec<usize> {
    sizes
        .iter()
        .scan(0, |acc, n| {
            let o = *acc;
            *acc += n;
            Some(o)
        })
        .collect()
}

/// Cluster the aligned pairs of `alignments` into facts. `sizes[d]` is the number of sentences of
/// document `d`.
pub fn cluster(alignments: &[Alignment], sizes: &[usize]) -> Vec<Fact> {
    let offsets = offsets(sizes);
    let total: usize = sizes.iter().sum();
    let node = |doc: usize, s: usize| offsets[doc] + s;
    let doc_of = |n: usize| offsets.partition_point(|&o| o <= n) - 1;

    // every link of every aligned group, most certain first
    let mut links: Vec<(f64, usize, usize, &Alignment, usize)> = Vec::new();
    for a in alignments {
        for (p, pair) in a.pairs.iter().enumerate().filter(|(_, p)| !p.secondary) {
            let first = node(a.left, pair.left[0]);
            for &l in &pair.left {
                for &r in &pair.right {
                    links.push((pair.score, node(a.left, l), node(a.right, r), a, p));
                }
            }
            for &l in &pair.left[1..] {
                links.push((pair.score, first, node(a.left, l), a, p));
            }
        }
    }
    links.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));

    let mut sets = DisjointSets::new(total);
    // per root: sentences per document
    let mut counts: Vec<BTreeMap<usize, usize>> = (0..total)
        .map(|n| BTreeMap::from([(doc_of(n), 1)]))
        .collect();
    let mut anchors: Vec<BTreeMap<String, usize>> = vec![BTreeMap::new(); total];
    for (_, x, y, a, p) in links {
        let (rx, ry) = (sets.find(x), sets.find(y));
        if rx == ry {
            continue;
        }
        let fits = counts[ry]
            .iter()
            .all(|(d, n)| counts[rx].get(d).copied().unwrap_or(0) + n <= MAX_PER_DOCUMENT);
        if !fits {
            continue;
        }
        let root = sets.union(rx, ry);
        let other = if root == rx { ry } else { rx };
        let moved = std::mem::take(&mut counts[other]);
        for (d, n) in moved {
            *counts[root].entry(d).or_default() += n;
        }
        let moved = std::mem::take(&mut anchors[other]);
        for (k, n) in moved {
            *anchors[root].entry(k).or_default() += n;
        }
        let e = &a.pairs[p].evidence;
        for k in e.entities.iter().chain(&e.dates) {
            *anchors[root].entry(k.clone()).or_default() += 1;
        }
    }

    let mut members: BTreeMap<usize, BTreeMap<usize, BTreeSet<usize>>> = BTreeMap::new();
    for n in 0..total {
        let d = doc_of(n);
        members
            .entry(sets.find(n))
            .or_default()
            .entry(d)
            .or_default()
            .insert(n - offsets[d]);
    }
    let mut facts: Vec<Fact> = members
        .into_iter()
        .filter(|(_, docs)| docs.len() >= 2)
        .map(|(root, docs)| {
            let mut a: Vec<(&String, &usize)> = anchors[root].iter().collect();
            a.sort_by(|x, y| y.1.cmp(x.1).then(x.0.cmp(y.0)));
            Fact {
                id: 0,
                members: docs
                    .into_iter()
                    .map(|(document, s)| FactMember {
                        document,
                        sentences: s.into_iter().collect(),
                    })
                    .collect(),
                anchors: a.into_iter().take(4).map(|(k, _)| k.clone()).collect(),
            }
        })
        .collect();
    facts.sort_by_key(|f| (f.members[0].document, f.members[0].sentences[0]));
    for (i, f) in facts.iter_mut().enumerate() {
        f.id = i + 1;
    }
    facts
}

/// Union–find with path halving.
struct DisjointSets {
    parent: Vec<usize>,
}

impl DisjointSets {
    fn new(n: usize) -> Self {
        DisjointSets {
            parent: (0..n).collect(),
        }
    }
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
    /// Join the sets of two roots; returns the new root.
    fn union(&mut self, a: usize, b: usize) -> usize {
        let (root, child) = if a < b { (a, b) } else { (b, a) };
        self.parent[child] = root;
        root
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AlignedPair, Evidence, PairDiff};

    fn pair(l: &[usize], r: &[usize], score: f64, entity: &str) -> AlignedPair {
        AlignedPair {
            left: l.to_vec(),
            right: r.to_vec(),
            score,
            evidence: Evidence {
                entities: vec![entity.to_string()],
                ..Default::default()
            },
            diff: PairDiff::default(),
            secondary: false,
        }
    }

    fn alignment(left: usize, right: usize, pairs: Vec<AlignedPair>) -> Alignment {
        Alignment {
            left,
            right,
            pairs,
            only_left: vec![],
            only_right: vec![],
        }
    }

    #[test]
    fn links_are_closed_transitively_across_documents() {
        // A0–B1 and B1–C2 make one fact over three documents; A1–C0 another.
        let alignments = vec![
            alignment(0, 1, vec![pair(&[0], &[1], 0.9, "x")]),
            alignment(1, 2, vec![pair(&[1], &[2], 0.8, "x")]),
            alignment(0, 2, vec![pair(&[1], &[0], 0.7, "y")]),
        ];
        let facts = cluster(&alignments, &[2, 2, 3]);
        assert_eq!(facts.len(), 2);
        let docs = |f: &Fact| {
            f.members
                .iter()
                .map(|m| (m.document, m.sentences.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(docs(&facts[0]), [(0, vec![0]), (1, vec![1]), (2, vec![2])]);
        assert_eq!(docs(&facts[1]), [(0, vec![1]), (2, vec![0])]);
        assert_eq!(facts[0].id, 1);
        assert_eq!(facts[0].anchors, ["x"]);
    }

    #[test]
    fn a_fact_never_swallows_too_much_of_one_document() {
        // a chain of weak links through document B would pull four A sentences together
        let alignments = vec![alignment(
            0,
            1,
            vec![
                pair(&[0], &[0], 0.9, "x"),
                pair(&[1], &[0, 1], 0.5, "x"),
                pair(&[2, 3], &[1], 0.4, "x"),
            ],
        )];
        let facts = cluster(&alignments, &[4, 2]);
        for f in &facts {
            for m in &f.members {
                assert!(m.sentences.len() <= MAX_PER_DOCUMENT, "{f:?}");
            }
        }
        assert!(
            facts
                .iter()
                .map(|f| f.members[0].sentences.len())
                .sum::<usize>()
                <= 4
        );
    }
}
