//! Which article pairs to align when there are too many to align them all.
//!
//! Comparable alignment scores every pair of articles, so time and memory grow with the square
//! of their number: 1,030 articles are 530,000 pairs (about a minute and 2 GB), 5,000 would be
//! 12.5 million. Past a few hundred articles, each article is aligned with the `k` articles most
//! like it instead (and they with it), and facts are still clustered transitively over every
//! pair aligned, so a fact two articles share is found through the articles between them.
//!
//! How alike two articles are is the cosine of their anchor bags: glossary entities by id,
//! dates, years, numbers and news concepts, the features that mean the same in every language
//! and script, so that an Armenian article's nearest articles are not only Armenian ones. Each
//! anchor is weighted by how many of the article's sentences carry it (1 + ln count) and by its
//! rarity across the articles (ln N / df): the event's own names, in every article, weigh
//! nothing; a detail a few articles share weighs much. An inverted index with a dense
//! accumulator per article gives every article's scores against all others in one pass over
//! the postings of its anchors (no pair is looked at twice per anchor, and anchors in every
//! article are skipped). Written here rather than taken from a crate: a sparse dot product over
//! an inverted index is a few dozen lines, where a nearest-neighbour index would want dense
//! vectors as long as the whole vocabulary of anchors.

use super::features::Features;
use rustc_hash::FxHashMap;

/// The pairs `(i, j)`, `i < j`, sorted, to align among `features.len()` documents (in languages
/// `langs`): each document with its `k` nearest others by anchor similarity (ties to the earlier
/// document), shared out among languages (see `nearest_to`), and when fewer than `k` others
/// share an anchor with it, the next documents in input order after it (wrapping), so every
/// document is aligned with at least `min(k, n - 1)` others.
pub fn nearest(features: &[Vec<Features>], langs: &[&str], k: usize) -> Vec<(usize, usize)> {
    use rayon::prelude::*;
    let n = features.len();
    let k = k.min(n.saturating_sub(1));
    if k == 0 {
        return Vec::new();
    }
    let bags = anchor_bags(features);
    let postings = postings(&bags);
    let langs = lang_ids(langs);
    let chosen: Vec<Vec<usize>> = (0..n)
        .into_par_iter()
        .map_init(
            || vec![0f32; n],
            |acc, i| nearest_to(i, &bags[i], &postings, &langs, acc, k),
        )
        .collect();
    let mut pairs: Vec<(usize, usize)> = chosen
        .iter()
        .enumerate()
        .flat_map(|(i, js)| js.iter().map(move |&j| (i.min(j), i.max(j))))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Each document's mean anchor similarity to all the others (the cosine [`nearest`] ranks by;
/// 0 for a document alone). One pass over the postings per document, as in [`nearest`].
pub fn mean_similarity(features: &[Vec<Features>]) -> Vec<f32> {
    use rayon::prelude::*;
    let n = features.len();
    if n < 2 {
        return vec![0.0; n];
    }
    let bags = anchor_bags(features);
    let postings = postings(&bags);
    (0..n)
        .into_par_iter()
        .map(|i| {
            let total: f32 = bags[i]
                .iter()
                .flat_map(|&(id, w)| {
                    postings[id as usize]
                        .iter()
                        .filter(move |&&(d, _)| d as usize != i)
                        .map(move |&(_, v)| w * v)
                })
                .sum();
            total / (n - 1) as f32
        })
        .collect()
}

/// Each document's language as a small number.
fn lang_ids(langs: &[&str]) -> Vec<u16> {
    let mut ids: FxHashMap<&str, u16> = FxHashMap::default();
    langs
        .iter()
        .map(|l| {
            let next = ids.len() as u16;
            *ids.entry(l).or_insert(next)
        })
        .collect()
}

/// One document's anchors: (anchor id, weight), sorted by id, weights before idf.
type Bag = Vec<(u32, f32)>;

/// Each document's anchors with their idf-weighted, length-normalised weights.
fn anchor_bags(features: &[Vec<Features>]) -> Vec<Bag> {
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut bags: Vec<Bag> = features
        .iter()
        .map(|doc| {
            let mut count: FxHashMap<u32, u32> = FxHashMap::default();
            for f in doc {
                let mut keys = anchor_keys(f);
                keys.sort_unstable();
                keys.dedup();
                for key in keys {
                    let next = ids.len() as u32;
                    let id = *ids.entry(key).or_insert(next);
                    *count.entry(id).or_default() += 1;
                }
            }
            let mut bag: Bag = count
                .into_iter()
                .map(|(id, c)| (id, 1.0 + (c as f32).ln()))
                .collect();
            bag.sort_unstable_by_key(|&(id, _)| id);
            bag
        })
        .collect();
    let mut df = vec![0u32; ids.len()];
    for bag in &bags {
        for &(id, _) in bag {
            df[id as usize] += 1;
        }
    }
    let n = bags.len() as f32;
    for bag in &mut bags {
        for (id, w) in bag.iter_mut() {
            *w *= (n / df[*id as usize] as f32).ln();
        }
        bag.retain(|&(_, w)| w > 0.0);
        let norm = bag.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
        for (_, w) in bag.iter_mut() {
            *w /= norm;
        }
    }
    bags
}

/// The language-neutral anchors of one sentence, as keys.
fn anchor_keys(f: &Features) -> Vec<String> {
    let mut keys: Vec<String> = f.entities.iter().map(|e| format!("e:{e}")).collect();
    keys.extend(f.dates.iter().map(|d| format!("d:{d}")));
    keys.extend(f.years.iter().map(|y| format!("y:{y}")));
    keys.extend(f.numbers.iter().map(|n| format!("n:{}", n.value)));
    keys.extend(f.concepts.iter().map(|c| format!("c:{c}")));
    keys
}

/// For each anchor id, the documents carrying it with their weights.
fn postings(bags: &[Bag]) -> Vec<Vec<(u32, f32)>> {
    let ids = bags
        .iter()
        .flat_map(|b| b.iter().map(|&(id, _)| id as usize + 1))
        .max()
        .unwrap_or(0);
    let mut postings = vec![Vec::new(); ids];
    for (d, bag) in bags.iter().enumerate() {
        for &(id, w) in bag {
            postings[id as usize].push((d as u32, w));
        }
    }
    postings
}

/// The `k` documents most like document `i` (cosine over the postings of its anchors), shared
/// out among the languages that have any: each language first takes at most its share
/// (`k` / languages, rounded up) of its nearest, then the nearest left fill what is left; and
/// if fewer than `k` documents share an anchor with `i`, the documents after it in input order.
/// Shares keep an article's partners from being only the copies of one wire story in its own
/// language, so that facts are joined across languages. `acc` is a zeroed buffer of one score
/// per document, left zeroed.
fn nearest_to(
    i: usize,
    bag: &Bag,
    postings: &[Vec<(u32, f32)>],
    langs: &[u16],
    acc: &mut [f32],
    k: usize,
) -> Vec<usize> {
    let mut touched = Vec::new();
    for &(id, w) in bag {
        for &(d, v) in &postings[id as usize] {
            let d = d as usize;
            if d == i {
                continue;
            }
            if acc[d] == 0.0 {
                touched.push(d);
            }
            acc[d] += w * v;
        }
    }
    let mut scored: Vec<(f32, usize)> = touched.iter().map(|&d| (acc[d], d)).collect();
    for &d in &touched {
        acc[d] = 0.0;
    }
    scored.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut present: Vec<u16> = scored.iter().map(|&(_, d)| langs[d]).collect();
    present.sort_unstable();
    present.dedup();
    let share = k.div_ceil(present.len().max(1));
    let mut taken = vec![0usize; present.len()];
    let mut chosen = Vec::with_capacity(k);
    let mut left = Vec::new();
    for &(_, d) in &scored {
        let l = present.binary_search(&langs[d]).unwrap_or(0);
        if chosen.len() < k && taken[l] < share {
            taken[l] += 1;
            chosen.push(d);
        } else {
            left.push(d);
        }
    }
    chosen.extend(left.into_iter().take(k - chosen.len()));
    let n = acc.len();
    let mut next = (i + 1) % n;
    while chosen.len() < k {
        if next != i && !chosen.contains(&next) {
            chosen.push(next);
        }
        next = (next + 1) % n;
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NAMES: [&str; 8] = ["a", "b", "c", "d", "e", "f", "g", "h"];

    /// A document of one sentence per entry, each naming the entities listed.
    fn doc(sentences: &[&[&'static str]]) -> Vec<Features<'static>> {
        sentences
            .iter()
            .map(|es| Features {
                entities: es.to_vec(),
                ..Features::default()
            })
            .collect()
    }

    #[test]
    fn every_pair_when_k_reaches_the_others() {
        let docs = vec![doc(&[&["a"]]), doc(&[&["b"]]), doc(&[&["c"]])];
        assert_eq!(
            nearest(&docs, &["en"; 3], 5),
            [(0, 1), (0, 2), (1, 2)],
            "k past n - 1 is every pair"
        );
        assert!(nearest(&docs, &["en"; 3], 0).is_empty());
        assert!(nearest(&docs[..1], &["en"], 3).is_empty());
    }

    #[test]
    fn mean_similarity_is_low_for_a_document_that_shares_nothing_rare() {
        // four documents of one event share "x", "y" and some of "p", "q"; the fifth shares only
        // the name every document has ("a", which weighs nothing)
        let docs = vec![
            doc(&[&["a", "x"], &["y", "p"]]),
            doc(&[&["a", "x"], &["y"]]),
            doc(&[&["a", "x", "q"]]),
            doc(&[&["a", "y"], &["p", "q"]]),
            doc(&[&["a"], &["z"]]),
        ];
        let mean = mean_similarity(&docs);
        assert_eq!(mean.len(), 5);
        assert_eq!(mean[4], 0.0, "{mean:?}");
        assert!(mean[..4].iter().all(|&m| m > 0.2), "{mean:?}");
        // the mean of the cosines to every other document
        let one = mean_similarity(&docs[..2]);
        assert!((one[0] - one[1]).abs() < 1e-6, "symmetric: {one:?}");
        assert_eq!(mean_similarity(&docs[..1]), [0.0]);
        assert!(mean_similarity(&[]).is_empty());
    }

    #[test]
    fn the_nearest_share_the_rarest_anchors() {
        // 0 and 3 share the rare "x" and "y"; everyone shares "a" (weighs nothing); 1, 2 and 4
        // share "b" with 0 only through a common name
        let docs = vec![
            doc(&[&["a", "x"], &["y", "b"]]),
            doc(&[&["a", "b"]]),
            doc(&[&["a", "b"], &["c"]]),
            doc(&[&["a"], &["x", "y"]]),
            doc(&[&["a", "b"]]),
        ];
        let pairs = nearest(&docs, &["en"; 5], 1);
        assert!(pairs.contains(&(0, 3)), "{pairs:?}");
        // each has at least one partner
        for d in 0..5 {
            assert!(
                pairs.iter().any(|&(i, j)| i == d || j == d),
                "{d}: {pairs:?}"
            );
        }
    }

    /// The partners document `i` chooses itself (before the union with those that chose it).
    fn chosen_by(docs: &[Vec<Features>], langs: &[&str], k: usize, i: usize) -> Vec<usize> {
        let bags = anchor_bags(docs);
        let mut acc = vec![0f32; docs.len()];
        nearest_to(i, &bags[i], &postings(&bags), &lang_ids(langs), &mut acc, k)
    }

    #[test]
    fn each_language_gets_its_share_before_the_nearest_fill_up() {
        // document 0 (en) is closest to the three other English ones, which repeat it; the
        // Armenian one shares less with it, but with k = 2 it still takes one of the two places
        let en = || doc(&[&["a", "b", "c"], &["d"]]);
        let docs = vec![en(), en(), en(), en(), doc(&[&["a", "e"]]), doc(&[&["f"]])];
        let langs = ["en", "en", "en", "en", "hy", "ru"];
        assert_eq!(chosen_by(&docs, &langs, 2, 0), [1, 4]);
        // without the share the English copies fill both places
        assert_eq!(chosen_by(&docs, &["en"; 6], 2, 0), [1, 2]);
        // the nearest left fill the places of languages that have none to offer (ru shares
        // nothing with 0)
        assert_eq!(chosen_by(&docs, &langs, 4, 0), [1, 2, 4, 3]);
    }

    #[test]
    fn a_document_sharing_nothing_takes_the_next_ones() {
        let docs = vec![
            doc(&[&["a", "b"]]),
            doc(&[&["a", "b"]]),
            doc(&[&["c"]]),
            doc(&[&["d"]]),
        ];
        let pairs = nearest(&docs, &["en"; 4], 1);
        // 2 and 3 share nothing with anyone: each takes the document after it (3 wraps to 0)
        assert!(pairs.contains(&(2, 3)), "{pairs:?}");
        assert!(pairs.contains(&(0, 3)), "{pairs:?}");
        assert!(pairs.contains(&(0, 1)), "{pairs:?}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        /// Pairs are sorted, distinct, `i < j`, within range, and every document has at least
        /// `min(k, n - 1)` partners; the same input gives the same pairs.
        #[test]
        fn pairs_are_well_formed(
            picks in prop::collection::vec(
                prop::collection::vec(prop::collection::vec(0usize..8, 0..4), 0..5), 1..14),
            langs in prop::collection::vec(0usize..3, 14),
            k in 1usize..6,
        ) {
            let docs: Vec<Vec<Features>> = picks
                .iter()
                .map(|d| {
                    d.iter()
                        .map(|s| {
                            let mut entities: Vec<&str> = s.iter().map(|&e| NAMES[e]).collect();
                            entities.sort_unstable();
                            entities.dedup();
                            Features { entities, ..Features::default() }
                        })
                        .collect()
                })
                .collect();
            let n = docs.len();
            let langs: Vec<&str> = langs[..n].iter().map(|&l| ["en", "ru", "hy"][l]).collect();
            let pairs = nearest(&docs, &langs, k);
            prop_assert!(pairs.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(pairs.iter().all(|&(i, j)| i < j && j < n));
            for d in 0..n {
                let partners = pairs.iter().filter(|&&(i, j)| i == d || j == d).count();
                prop_assert!(partners >= k.min(n - 1), "{d} has {partners}: {pairs:?}");
            }
            prop_assert_eq!(&pairs, &nearest(&docs, &langs, k));
        }
    }
}
