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

/// A fact names at most this many anchors, and at most this many items of weaker evidence.
const LABEL_ITEMS: usize = 4;
/// How a fact linked by sentence embeddings says so among its weaker evidence.
const MEANING: &str = "≈meaning";

/// Cluster the aligned pairs of `alignments` into facts. `sizes[d]` is the number of sentences of
/// document `d`.
///
/// Each fact's `anchors` are the entities and dates of the links that joined it, most frequent
/// first. A fact with none gets `linked_by` instead: the agreeing numbers, concepts and shared
/// words of those links (never conflicting numbers), so that a report can say how weakly it holds.
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
    // per root: the weaker evidence, item → (count, kind: 0 number, 1 concept, 2 shared word,
    // 3 meaning from embeddings)
    let mut weak: Vec<BTreeMap<String, (usize, u8)>> = vec![BTreeMap::new(); total];
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
        let moved = std::mem::take(&mut weak[other]);
        for (k, (n, kind)) in moved {
            let w = weak[root].entry(k).or_insert((0, kind));
            w.0 += n;
            w.1 = w.1.min(kind);
        }
        let e = &a.pairs[p].evidence;
        for k in e.entities.iter().chain(&e.dates) {
            *anchors[root].entry(k.clone()).or_default() += 1;
        }
        let meaning = e.meaning.map(|_| MEANING.to_string());
        for (kind, items) in [
            (0, &e.numbers[..]),
            (1, &e.concepts[..]),
            (2, &e.shared_words[..]),
            (3, meaning.as_slice()),
        ] {
            for k in items {
                let w = weak[root].entry(k.clone()).or_insert((0, kind));
                w.0 += 1;
                w.1 = w.1.min(kind);
            }
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
            let linked_by = if a.is_empty() {
                weak_links(&weak[root])
            } else {
                Vec::new()
            };
            Fact {
                id: 0,
                members: docs
                    .into_iter()
                    .map(|(document, s)| FactMember {
                        document,
                        sentences: s.into_iter().collect(),
                    })
                    .collect(),
                anchors: a
                    .into_iter()
                    .take(LABEL_ITEMS)
                    .map(|(k, _)| k.clone())
                    .collect(),
                linked_by,
            }
        })
        .collect();
    facts.sort_by_key(|f| (f.members[0].document, f.members[0].sentences[0]));
    for (i, f) in facts.iter_mut().enumerate() {
        f.id = i + 1;
    }
    facts
}

/// The weaker evidence of a cluster as its fact shows it (`weak`: item → (count, kind: 0 number,
/// 1 concept, 2 shared word, 3 meaning)): most frequent first, on a tie numbers, then concepts,
/// then shared words; the meaning embeddings share ([`MEANING`]) last, since it names nothing a
/// reader can check in the text. A concept or shared word that only repeats the start of a word
/// of a number (or, for a shared word, of a concept) is left out: `dozens` beside `dozens /
/// decenas`, `regio` beside `region`.
fn weak_links(weak: &BTreeMap<String, (usize, u8)>) -> Vec<String> {
    // the words of the numbers (kind 0) and concepts (kind 1), with their kind
    let said: Vec<(u8, String)> = weak
        .iter()
        .filter(|(_, (_, kind))| *kind < 2)
        .flat_map(|(k, (_, kind))| {
            k.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| (*kind, w.to_lowercase()))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut w: Vec<(&String, &(usize, u8))> = weak
        .iter()
        .filter(|(k, (_, kind))| {
            let k = k.to_lowercase();
            !said.iter().any(|(by, w)| by < kind && w.starts_with(&k))
        })
        .collect();
    w.sort_by(|x, y| {
        (x.1.1 == 3)
            .cmp(&(y.1.1 == 3))
            .then(y.1.0.cmp(&x.1.0))
            .then(x.1.1.cmp(&y.1.1))
            .then(x.0.cmp(y.0))
    });
    w.into_iter()
        .take(LABEL_ITEMS)
        .map(|(k, _)| k.clone())
        .collect()
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
        with_evidence(
            l,
            r,
            score,
            Evidence {
                entities: vec![entity.to_string()],
                ..Default::default()
            },
        )
    }

    fn with_evidence(l: &[usize], r: &[usize], score: f64, evidence: Evidence) -> AlignedPair {
        AlignedPair {
            left: l.to_vec(),
            right: r.to_vec(),
            score,
            evidence,
            diff: PairDiff::default(),
            secondary: false,
        }
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
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

    #[test]
    fn a_fact_without_a_name_or_date_says_what_links_it() {
        // A0–B0 share only the concept `region`; A1–B1 share an entity and a concept
        let only_concept = Evidence {
            concepts: strings(&["region"]),
            ..Default::default()
        };
        let named = Evidence {
            entities: strings(&["lachin"]),
            concepts: strings(&["road"]),
            shared_words: strings(&["lacin"]),
            ..Default::default()
        };
        let alignments = vec![alignment(
            0,
            1,
            vec![
                with_evidence(&[0], &[0], 0.4, only_concept),
                with_evidence(&[1], &[1], 0.9, named),
            ],
        )];
        let facts = cluster(&alignments, &[2, 2]);
        assert_eq!(facts.len(), 2);
        assert!(facts[0].anchors.is_empty());
        assert_eq!(facts[0].linked_by, ["region"]);
        assert_eq!(facts[1].anchors, ["lachin"]);
        assert!(facts[1].linked_by.is_empty(), "{:?}", facts[1]);
    }

    #[test]
    fn weak_links_are_counted_over_the_cluster_without_conflicting_numbers() {
        // A0–B0–C0, no name or date: `region` twice, a number and two shared words once each;
        // the conflicting number is no link, `regio` only repeats `region` and the concept `less`
        // the number
        let ab = Evidence {
            numbers: strings(&["less than 24 / menos de 24"]),
            concepts: strings(&["region", "less"]),
            conflicting_numbers: strings(&["3 / 5"]),
            ..Default::default()
        };
        let bc = Evidence {
            concepts: strings(&["region"]),
            shared_words: strings(&["regio", "quay"]),
            ..Default::default()
        };
        let alignments = vec![
            alignment(0, 1, vec![with_evidence(&[0], &[0], 0.5, ab)]),
            alignment(1, 2, vec![with_evidence(&[0], &[0], 0.4, bc)]),
        ];
        let facts = cluster(&alignments, &[1, 1, 1]);
        assert_eq!(facts.len(), 1);
        assert_eq!(facts[0].members.len(), 3);
        assert_eq!(
            facts[0].linked_by,
            ["region", "less than 24 / menos de 24", "quay"]
        );
    }
    #[test]
    fn meaning_from_embeddings_links_a_fact_last_among_its_weak_links() {
        // A0–B0 and B0–C0 share only meaning; A1–B1–C1 share meaning twice and a concept once
        let meaning = || Evidence {
            meaning: Some(0.12),
            ..Default::default()
        };
        let with_concept = Evidence {
            concepts: strings(&["port"]),
            meaning: Some(0.08),
            ..Default::default()
        };
        let alignments = vec![
            alignment(
                0,
                1,
                vec![
                    with_evidence(&[0], &[0], 0.4, meaning()),
                    with_evidence(&[1], &[1], 0.4, with_concept),
                ],
            ),
            alignment(
                1,
                2,
                vec![
                    with_evidence(&[0], &[0], 0.4, meaning()),
                    with_evidence(&[1], &[1], 0.4, meaning()),
                ],
            ),
        ];
        let facts = cluster(&alignments, &[2, 2, 2]);
        assert_eq!(facts.len(), 2);
        assert_eq!(facts[0].linked_by, [MEANING]);
        assert_eq!(facts[1].linked_by, ["port", MEANING]);
    }
}
