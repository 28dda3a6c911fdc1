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

/// What one sentence offers: its length and its raw feature counts (hash, count).
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Length in characters, white space excluded.
    pub chars: usize,
    /// Feature hashes with their weight before idf, sorted by hash.
    raw: Vec<(u32, f32)>,
}

/// A sparse unit vector: (feature, weight) sorted by feature.
pub type Vector = Vec<(u32, f32)>;

/// FNV-1a: a small stable hash, so results do not change between runs.
fn hash(kind: u8, s: &str) -> u32 {
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
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            if word.is_empty() {
                continue;
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
        Profile {
            chars: text.chars().filter(|c| !c.is_whitespace()).count(),
            raw,
        }
    }
}

/// Turn the profiles of both documents into unit tf-idf vectors. Features found on one side only
/// cannot link a pair and would only dilute the cosine, so they are dropped.
pub fn vectors(left: &[Profile], right: &[Profile]) -> (Vec<Vector>, Vec<Vector>) {
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
    let idf: HashMap<u32, f32> = df
        .into_iter()
        .filter(|(_, (l, r))| *l > 0 && *r > 0)
        .map(|(h, (l, r))| (h, (total / (l + r) as f32).ln().max(0.0)))
        .collect();
    let vector = |p: &Profile| -> Vector {
        let mut v: Vector = p
            .raw
            .iter()
            .filter_map(|&(h, w)| idf.get(&h).map(|i| (h, (1.0 + w.ln()) * i)))
            .filter(|&(_, w)| w > 0.0)
            .collect();
        let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            v.iter_mut().for_each(|(_, w)| *w /= norm);
        }
        v
    };
    (
        left.iter().map(vector).collect(),
        right.iter().map(vector).collect(),
    )
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
    fn translations_score_above_unrelated_sentences() {
        let l = [
            Profile::new("Die Expedition erreichte den Gipfel am 12. Mai .", &[]),
            Profile::new("Das Wetter blieb schlecht .", &[]),
        ];
        let r = [
            Profile::new("L' expédition atteignit le sommet le 12 mai .", &[]),
            Profile::new("Le temps resta mauvais .", &[]),
        ];
        let (lv, rv) = vectors(&l, &r);
        assert!(dot(&lv[0], &rv[0]) > dot(&lv[0], &rv[1]));
        assert!(dot(&lv[0], &rv[0]) > 0.3);
    }
}
