//! A bilingual word list for parallel mode (`align --mode parallel --dictionary FILE`), as
//! hunalign takes one: word pairs that translate each other become shared features of the two
//! sentences they occur in, next to the character n-grams, so a translation that shares no
//! cognate ("Bohrer" / "perceuse") still pairs and a sentence with no counterpart (a line cut or
//! inserted) stands out more clearly.
//!
//! The file is plain text, one pair a line: a word of the left text's language, a tab, a word of
//! the right text's language (`Bohrer<TAB>perceuse`); blank lines and lines starting with `#`
//! are skipped. Which column is which language is found from the two texts (the orientation that
//! finds more of their words), so one file serves both directions. Entries of several words are
//! kept only by their first word on each side. `bench/freedict_to_tsv.py` writes such a file from
//! Debian's FreeDict dictionaries (`dict-freedict-deu-fra` and the like).
//!
//! Words are compared by their first [`STEM_CHARS`] letters once lowercased and stripped of
//! diacritics (the dictionary lists lemmas, the texts inflect them: "Bohrers" / "Bohrer");
//! words shorter than [`MIN_CHARS`] (articles, prepositions) are left out, and so is a word
//! with more than [`MAX_SENSES`] translations, which would link everything. Written here: the
//! format is a two-column table and the lookup a hash map; no crate does this particular job.

use std::collections::HashMap;
use std::path::Path;

use super::ngram::{Profile, fold, hash};

/// Words are compared on this many leading letters.
const STEM_CHARS: usize = 6;
/// Words shorter than this (in letters) are not looked up.
const MIN_CHARS: usize = 4;
/// A word with more translations than this is left out.
const MAX_SENSES: usize = 8;
/// Weight of a dictionary pair, shared among a word's translations, relative to one character
/// n-gram. Text+Berg de–fr with FreeDict (`bench/textberg_eval.py --dictionary`, strict F1
/// clean / cut / move / insert), test: without 0.895 / 0.807 / 0.888 / 0.836; weight 1 0.894 /
/// 0.813 / 0.888 / 0.838; 3 0.898 / 0.827 / 0.893 / 0.856; 6 0.903 / 0.852 / 0.900 / 0.870;
/// 10 0.903 / 0.861 / 0.902 / 0.874; 15 0.904 / 0.862 / 0.903 / 0.877; 25 0.905 / 0.859 / 0.904 /
/// 0.876. Dev: without 0.829 / 0.779 / 0.829 / 0.820; 10 0.835 / 0.782 / 0.835 / 0.819; 15 0.837
/// / 0.785 / 0.837 / 0.820. With at most 3 senses a word (weight 6) 0.896 / 0.827 / 0.893 / 0.852,
/// with 20 0.902 / 0.852 / 0.898 / 0.872.
const WEIGHT: f32 = 15.0;

/// A bilingual word list, by stem hashes: each column's stems with their partners in the other.
#[derive(Debug, Default, Clone)]
pub struct Dictionary {
    first: HashMap<u32, Vec<u32>>,
    second: HashMap<u32, Vec<u32>>,
}

/// A dictionary file that cannot be used: the file, the line (1-based, 0 for the whole file)
/// and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for DictionaryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            0 => write!(f, "{}: {}", self.file, self.message),
            n => write!(f, "{}:{n}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for DictionaryError {}

impl Dictionary {
    /// Read a dictionary file (see the module comment).
    pub fn load(path: &Path) -> Result<Dictionary, DictionaryError> {
        let file = path.display().to_string();
        let fail = |line, message: String| DictionaryError {
            file: file.clone(),
            line,
            message,
        };
        let bytes =
            std::fs::read(path).map_err(|e| fail(0, format!("cannot read the dictionary: {e}")))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            fail(
                line,
                "not UTF-8 text; save the word list as UTF-8".to_string(),
            )
        })?;
        let dictionary = Dictionary::parse(&text).map_err(|(line, message)| fail(line, message))?;
        if dictionary.is_empty() {
            return Err(fail(
                0,
                format!(
                    "no usable word pairs (two words of at least {MIN_CHARS} letters separated                      by a tab, one pair a line)"
                ),
            ));
        }
        Ok(dictionary)
    }

    /// Parse the text of a dictionary file; an error is (line, message).
    pub fn parse(text: &str) -> Result<Dictionary, (usize, String)> {
        let mut dictionary = Dictionary::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((a, b)) = line.split_once('\t') else {
                return Err((
                    n + 1,
                    "expected two words separated by a tab (left-language word, TAB, \
                     right-language word)"
                        .to_string(),
                ));
            };
            let (Some(a), Some(b)) = (first_stem(a), first_stem(b)) else {
                continue;
            };
            dictionary.first.entry(a).or_default().push(b);
            dictionary.second.entry(b).or_default().push(a);
        }
        for partners in dictionary
            .first
            .values_mut()
            .chain(dictionary.second.values_mut())
        {
            partners.sort_unstable();
            partners.dedup();
        }
        Ok(dictionary)
    }

    /// How many distinct words the first column holds (after stemming).
    pub fn len(&self) -> usize {
        self.first.len()
    }

    pub fn is_empty(&self) -> bool {
        self.first.is_empty()
    }

    /// Add the dictionary's pairs to the profiles of two texts as shared features: a left
    /// sentence with a word of one column and a right sentence with its translation in the other
    /// both get the pair's feature. The columns are matched to the texts by which way round more
    /// of their words are found.
    pub(crate) fn apply(&self, left: &mut [Profile], right: &mut [Profile]) {
        let found = |ps: &[Profile], table: &HashMap<u32, Vec<u32>>| -> usize {
            ps.iter()
                .flat_map(|p| p.stems())
                .filter(|s| table.contains_key(s))
                .count()
        };
        let straight = found(left, &self.first) + found(right, &self.second);
        let swapped = found(left, &self.second) + found(right, &self.first);
        let (for_left, for_right) = if swapped > straight {
            (&self.second, &self.first)
        } else {
            (&self.first, &self.second)
        };
        // a pair's feature is the same on both sides: (left stem, right stem) in that order
        for p in left.iter_mut() {
            let extra = features(p, for_left, |own, other| (own, other));
            p.extend(extra);
        }
        for p in right.iter_mut() {
            let extra = features(p, for_right, |own, other| (other, own));
            p.extend(extra);
        }
    }
}

/// The pair features of one profile: for each of its stems found in `table` (with at most
/// [`MAX_SENSES`] partners), one feature per partner, the weight shared among them. `order`
/// puts (own stem, partner) into (left stem, right stem).
fn features(
    p: &Profile,
    table: &HashMap<u32, Vec<u32>>,
    order: impl Fn(u32, u32) -> (u32, u32),
) -> Vec<(u32, f32)> {
    let mut out = Vec::new();
    for &stem in p.stems() {
        let Some(partners) = table.get(&stem) else {
            continue;
        };
        if partners.len() > MAX_SENSES {
            continue;
        }
        let weight = WEIGHT / partners.len() as f32;
        for &partner in partners {
            let (l, r) = order(stem, partner);
            out.push((pair_feature(l, r), weight));
        }
    }
    out
}

/// The feature of a (left stem, right stem) pair.
fn pair_feature(l: u32, r: u32) -> u32 {
    hash(13, &format!("{l:08x}{r:08x}"))
}

/// The stem hash of the first word of a dictionary entry, or `None` when it is too short.
fn first_stem(entry: &str) -> Option<u32> {
    let word = entry
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())?;
    stem(&fold(word))
}

/// The stem hash of a folded word: its first [`STEM_CHARS`] letters; `None` for a word shorter
/// than [`MIN_CHARS`] or one with digits.
pub(crate) fn stem(folded: &str) -> Option<u32> {
    if folded.chars().count() < MIN_CHARS || !folded.chars().all(char::is_alphabetic) {
        return None;
    }
    let key: String = folded.chars().take(STEM_CHARS).collect();
    Some(hash(12, &key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_without_a_tab_are_errors_with_their_number() {
        let err = Dictionary::parse("# de fr\nBohrer\tperceuse\nKlettern klettern\n").unwrap_err();
        assert_eq!(err.0, 3);
        assert!(err.1.contains("tab"), "{}", err.1);
    }

    #[test]
    fn short_words_and_comments_are_skipped_and_stems_join_inflections() {
        let d = Dictionary::parse("# comment\n\nder\tle\nBohrer\tperceuse\nGipfel\tsommet (m)\n")
            .unwrap();
        assert_eq!(d.len(), 2, "der/le is too short to look up");
        assert!(d.first.contains_key(&stem(&fold("Bohrers")).unwrap()));
        assert!(d.second.contains_key(&stem(&fold("sommets")).unwrap()));
    }

    #[test]
    fn a_word_pair_is_a_shared_feature_whichever_way_round_the_file_is() {
        for file in ["Bohrer\tperceuse\n", "perceuse\tBohrer\n"] {
            let d = Dictionary::parse(file).unwrap();
            let mut left = vec![Profile::new("Der Bohrer ist kaputt.", &[])];
            let mut right = vec![Profile::new("La perceuse est en panne.", &[])];
            let before = left[0].features().len();
            d.apply(&mut left, &mut right);
            assert_eq!(left[0].features().len(), before + 1, "{file}");
            let shared: Vec<u32> = left[0]
                .features()
                .iter()
                .map(|f| f.0)
                .filter(|h| right[0].features().iter().any(|g| g.0 == *h))
                .collect();
            assert!(!shared.is_empty(), "{file}: no shared feature");
        }
    }

    #[test]
    fn a_word_with_many_senses_is_left_out() {
        let senses = |n: usize| -> String {
            (0..n)
                .map(|k| {
                    format!(
                        "Zugang\t{}wort\n",
                        char::from(b'a' + k as u8).to_string().repeat(4)
                    )
                })
                .collect()
        };
        // at the limit the word counts
        let d = Dictionary::parse(&senses(MAX_SENSES)).unwrap();
        let mut left = vec![Profile::new("Der Zugang war frei.", &[])];
        let mut right = vec![Profile::new("aaaawort", &[])];
        let before = left[0].features().len();
        d.apply(&mut left, &mut right);
        assert_eq!(left[0].features().len(), before + MAX_SENSES);
        // beyond it, not
        let d = Dictionary::parse(&senses(MAX_SENSES + 1)).unwrap();
        let mut left = vec![Profile::new("Der Zugang war frei.", &[])];
        let mut right = vec![Profile::new("aaaawort", &[])];
        let before = left[0].features().len();
        d.apply(&mut left, &mut right);
        assert_eq!(left[0].features().len(), before);
    }
}
