//! Suggestions for unknown names: a capitalised word (or a run of two or three) that the matcher
//! did not find, but whose transliteration key ([`romanize`]) is close to a glossary name's key
//! ("Shakhramanyan" → Shahramanyan). Near misses of other places must not be suggested
//! (Stepanavan is not Stepanakert, Goris is not Gori, Bakuriani is not Baku).
//!
//! Decision rule, on keys (see [`close`]), chosen instead of Jaro-Winkler because a common
//! prefix is exactly what makes Stepanavan look like Stepanakert to Jaro-Winkler:
//! - the first two letters of the keys agree and so does the last one (a changed ending makes
//!   another word: Armenia/Armenian, Azerbaijan/Azerbaijani);
//! - the edit distance is at most 0 for keys shorter than 6 letters, 1 below 10 letters and 2
//!   from 10 letters on (about 20 % of the length);
//! - in scripts without case (Georgian, Arabic) every word is a candidate, so only equal keys of
//!   at least 5 letters count;
//! - a word whose key is a glossary key plus up to three letters is a derived word (Armenian,
//!   Azerbaijani next to Armenien, Azerbaijan), never a suggestion.
//!
//! Inflected unknown words (Шахраманяна) are compared with an ending of the text's language
//! removed, under the same rule.
//!
//! Cost: a word is romanised only when it is a candidate, and compared only with the names whose
//! keys share its first two letters and differ in length by at most the allowed distance.

use std::collections::HashMap;

use super::fold::is_word_char;
use super::translit::{distance, romanize};
use super::{Glossary, Inflection};
use crate::model::{NameStatus, Span};

/// Shortest key compared at all.
const MIN_KEY: usize = 4;

/// An unknown name close to an entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub span: Span,
    /// Index of the entity in the glossary.
    pub entity: usize,
    /// Index of the closest name of that entity.
    pub name: usize,
    /// What to write instead: the entity's standard name closest to the surface, in its script.
    pub suggestion: String,
    /// The spelling scheme the surface seems to follow (`Russian-mediated`, `Spanish press`…).
    pub scheme: Option<String>,
    pub distance: usize,
}

#[derive(Debug)]
struct Entry {
    key: String,
    /// Number of words in the key.
    words: usize,
    entity: u32,
    name: u32,
}

/// Built once per run from the glossary.
#[derive(Debug)]
pub struct Suggester {
    entries: Vec<Entry>,
    /// First two bytes of a key → entries.
    by_prefix: HashMap<[u8; 2], Vec<u32>>,
    /// Endings by language, longest first, for inflected unknown words.
    endings: HashMap<String, Vec<String>>,
}

impl Suggester {
    pub fn new(glossary: &Glossary) -> Suggester {
        Suggester::with_inflection(glossary, &Inflection::embedded())
    }

    pub fn with_inflection(glossary: &Glossary, inflection: &Inflection) -> Suggester {
        let mut entries = Vec::new();
        let mut by_prefix: HashMap<[u8; 2], Vec<u32>> = HashMap::new();
        let mut seen = std::collections::HashSet::new();
        for (ei, e) in glossary.entities.iter().enumerate() {
            for (ni, n) in e.names.iter().enumerate() {
                // Acronyms and misspellings are no model to suggest from.
                if n.status == NameStatus::Misspelling || !n.text.chars().any(char::is_lowercase) {
                    continue;
                }
                let key = romanize(&n.text);
                if key.len() < MIN_KEY || !seen.insert((ei, key.clone())) {
                    continue;
                }
                let b = key.as_bytes();
                by_prefix
                    .entry([b[0], b[1]])
                    .or_default()
                    .push(entries.len() as u32);
                entries.push(Entry {
                    words: key.split(' ').count(),
                    key,
                    entity: ei as u32,
                    name: ni as u32,
                });
            }
        }
        let endings = inflection
            .langs
            .iter()
            .map(|(l, r)| {
                let mut v: Vec<String> = r
                    .endings
                    .iter()
                    .map(|s| s.trim_start_matches(['\'', '’']).to_lowercase())
                    .filter(|s| !s.is_empty())
                    .collect();
                v.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
                v.dedup();
                (l.clone(), v)
            })
            .collect();
        Suggester {
            entries,
            by_prefix,
            endings,
        }
    }

    /// Unknown names in `text` (language `lang`) outside the `taken` spans (sorted mentions).
    pub fn suggest(
        &self,
        glossary: &Glossary,
        text: &str,
        lang: &str,
        taken: &[Span],
    ) -> Vec<Suggestion> {
        let words = candidate_words(text, taken);
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut used = 1;
            let mut best = None;
            // the longest run of consecutive capitalised words first
            for len in (1..=3usize).rev() {
                if i + len > words.len() {
                    continue;
                }
                let run = &words[i..i + len];
                if len > 1
                    && !run
                        .windows(2)
                        .all(|w| w[0].capital && w[1].capital && w[0].next == w[1].start)
                {
                    continue;
                }
                let span = Span::new(run[0].start, run[len - 1].end);
                if len == 1 && !run[0].capital && !run[0].caseless {
                    break;
                }
                if let Some(s) = self.lookup(glossary, span.slice(text), lang, len, run[0].caseless)
                {
                    best = Some(Suggestion { span, ..s });
                    used = len;
                    break;
                }
            }
            if let Some(s) = best {
                out.push(s);
            }
            i += used;
        }
        out
    }

    fn lookup(
        &self,
        glossary: &Glossary,
        surface: &str,
        lang: &str,
        words: usize,
        caseless: bool,
    ) -> Option<Suggestion> {
        let key = romanize(surface);
        let mut best = self.nearest(&key, words, caseless);
        if best.is_none() && !caseless && words == 1 {
            // an inflected unknown word: strip one ending of the text's language
            let lower = surface.to_lowercase();
            for end in self.endings.get(lang).into_iter().flatten() {
                if let Some(stem) = lower.strip_suffix(end.as_str())
                    && stem.chars().count() >= MIN_KEY
                {
                    best = self.nearest(&romanize(stem), words, caseless);
                    if best.is_some() {
                        break;
                    }
                }
            }
        }
        let (ix, d) = best?;
        let entry = &self.entries[ix as usize];
        let entity = &glossary.entities[entry.entity as usize];
        let name = &entity.names[entry.name as usize];
        // Same text as a glossary name (a lowercase spelling, or one the matcher's context
        // rules refused): not an unknown spelling.
        if entity.names.iter().any(|n| n.text == surface) {
            return None;
        }
        // the closest standard name in the surface's script, preferring the text's language
        let script = name.script.as_str();
        let standard = entity
            .names
            .iter()
            .filter(|n| {
                n.script == script
                    && matches!(n.status, NameStatus::Official | NameStatus::Common)
                    && n.text.split_whitespace().count() == words
            })
            .min_by_key(|n| (distance(&romanize(&n.text), &key), n.lang != lang, n.status))
            .map_or_else(|| name.text.clone(), |n| n.text.clone());
        Some(Suggestion {
            span: Span::new(0, 0),
            entity: entry.entity as usize,
            name: entry.name as usize,
            scheme: detect_scheme(surface, &standard),
            suggestion: standard,
            distance: d,
        })
    }

    /// The entry closest to `key` that passes [`close`], as (entry, distance).
    fn nearest(&self, key: &str, words: usize, caseless: bool) -> Option<(u32, usize)> {
        let b = key.as_bytes();
        if b.len() < MIN_KEY {
            return None;
        }
        let list = self.by_prefix.get(&[b[0], b[1]])?;
        let mut best: Option<(u32, usize)> = None;
        for &ix in list {
            let e = &self.entries[ix as usize];
            // A known name plus a short tail is a derived word (Armenian, Azerbaijani), or an
            // inflection the matcher refused: not an unknown spelling of anything.
            if key.len() > e.key.len() && key.len() <= e.key.len() + 3 && key.starts_with(&e.key) {
                return None;
            }
            if e.words != words {
                continue;
            }
            if let Some(d) = close(key, &e.key, caseless)
                && best.is_none_or(|(_, bd)| d < bd)
            {
                best = Some((ix, d));
            }
        }
        best
    }
}

/// The decision rule (module documentation): `Some(distance)` when `a` is close enough to `b`.
pub fn close(a: &str, b: &str, caseless: bool) -> Option<usize> {
    let (la, lb) = (a.len(), b.len());
    let l = la.max(lb);
    if la.min(lb) < MIN_KEY {
        return None;
    }
    let allowed = if caseless {
        if l < 5 {
            return None;
        }
        0
    } else if l < 6 {
        0
    } else if l < 10 {
        1
    } else {
        2
    };
    if la.abs_diff(lb) > allowed
        || a.as_bytes()[..2] != b.as_bytes()[..2]
        || a.as_bytes()[la - 1] != b.as_bytes()[lb - 1]
    {
        return None;
    }
    if allowed == 0 {
        return (a == b).then_some(0);
    }
    let d = distance(a, b);
    (d <= allowed).then_some(d)
}

/// Which press or transliteration habit a Latin spelling follows, judged against the standard
/// form it stands for. `None` when nothing is recognisable.
pub fn detect_scheme(surface: &str, standard: &str) -> Option<String> {
    let s = surface.to_lowercase();
    let t = standard.to_lowercase();
    let has = |x: &str, p: &str| x.contains(p);
    let scheme = if !s.chars().all(|c| c.is_ascii() || !c.is_alphabetic()) {
        if s.chars().any(|c| "áéíóúñ".contains(c)) && !t.chars().any(|c| "áéíóúñ".contains(c))
        {
            "Spanish press"
        } else {
            // other scripts and other marks: no scheme we can name
            return None;
        }
    } else if has(&s, "kh") && !has(&t, "kh") {
        "Russian-mediated"
    } else if (has(&s, "dj") || has(&s, "tch") || has(&s, "ou")) && !has(&t, "ou") {
        "French press"
    } else if has(&s, "sch") || has(&s, "dsch") {
        "German press"
    } else if has(&s, "j") && !has(&t, "j") {
        "Spanish press"
    } else if (has(&s, "x") && !has(&t, "x")) || (has(&s, "q") && !has(&t, "q")) {
        "Azerbaijani Latin"
    } else if !t.is_ascii() && strip_marks(&t) == s {
        "diacritics lost"
    } else if has(&t, "y") && !has(&s, "y") {
        "Russian-mediated"
    } else {
        return None;
    };
    Some(scheme.to_string())
}

fn strip_marks(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| c.is_ascii())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    /// Where the next word may start to continue a run (after one space).
    next: usize,
    capital: bool,
    caseless: bool,
}

/// The words of `text` outside `taken` that may be names: capitalised, or in a script without
/// case. Other words are kept too (as run breakers) only when capitalised neighbours need them.
fn candidate_words(text: &str, taken: &[Span]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut t = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_word_char(c) {
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if !is_word_char(d) {
                break;
            }
            end = j + d.len_utf8();
            it.next();
        }
        while t < taken.len() && taken[t].end <= start {
            t += 1;
        }
        if t < taken.len() && taken[t].start < end {
            continue;
        }
        let capital = c.is_uppercase();
        let caseless = !capital && !c.is_lowercase() && c.is_alphabetic();
        if capital || caseless {
            let next = if text[end..].starts_with(' ') {
                end + 1
            } else {
                usize::MAX
            };
            out.push(Word {
                start,
                end,
                next,
                capital,
                caseless,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::mini;
    use super::*;

    fn sug(text: &str, lang: &str) -> Vec<(String, String, String, Option<String>)> {
        let g = mini();
        let s = Suggester::new(&g);
        s.suggest(&g, text, lang, &[])
            .into_iter()
            .map(|x| {
                (
                    x.span.slice(text).to_string(),
                    g.entities[x.entity].id.clone(),
                    x.suggestion,
                    x.scheme,
                )
            })
            .collect()
    }

    #[test]
    fn rule_accepts_scheme_variants_and_rejects_other_places() {
        let k = |s: &str| romanize(s);
        assert_eq!(
            close(&k("Shakhramanyan"), &k("Shahramanyan"), false),
            Some(0)
        );
        assert_eq!(
            close(&k("Shajramanián"), &k("Shahramanyan"), false),
            Some(1)
        );
        assert_eq!(close(&k("Stepanavan"), &k("Stepanakert"), false), None);
        assert_eq!(close(&k("Gori"), &k("Goris"), false), None);
        assert_eq!(close(&k("Bakuriani"), &k("Baku"), false), None);
        assert_eq!(close(&k("Armenian"), &k("Armenia"), false), None);
        assert_eq!(close(&k("Azerbaijani"), &k("Azerbaijan"), false), None);
        assert_eq!(close(&k("Stepanakret"), &k("Stepanakert"), false), Some(2));
        // caseless scripts: equal keys only
        assert_eq!(close("hankendi", "hankendi", true), Some(0));
        assert_eq!(close("hankendy", "hankendi", true), None);
    }

    #[test]
    fn unknown_spellings_get_a_suggestion_and_a_scheme() {
        let f = sug("They met Shakhramanyan on Monday.", "en");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "Shakhramanyan");
        assert_eq!(f[0].1, "samvel-shahramanyan");
        assert_eq!(f[0].2, "Shahramanyan");
        assert_eq!(f[0].3.as_deref(), Some("Russian-mediated"));
        let f = sug("Habló Shajramanián ayer.", "es");
        assert_eq!(f[0].1, "samvel-shahramanyan");
        assert_eq!(f[0].3.as_deref(), Some("Spanish press"));
        let f = sug("Samvel Shakhramanyan spoke", "en");
        assert_eq!(f[0].0, "Samvel Shakhramanyan");
        assert_eq!(f[0].2, "Samvel Shahramanyan");
    }

    #[test]
    fn near_misses_of_other_places_are_not_suggested() {
        for t in [
            "A road to Stepanavan and Gori.",
            "Skiers in Bakuriani; the Armenian side; Azerbaijani troops.",
            "The Baltic port of Klaipeda. The Monday meeting.",
            "armenia stepanakret",
        ] {
            assert!(sug(t, "en").is_empty(), "{t}: {:?}", sug(t, "en"));
        }
    }

    #[test]
    fn taken_spans_are_skipped_and_inflected_words_stripped() {
        let g = mini();
        let s = Suggester::new(&g);
        let text = "Shakhramanyan";
        assert!(s.suggest(&g, text, "en", &[Span::new(0, 13)]).is_empty());
        let f = sug("встреча с Шахраманяном", "ru");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].1, "samvel-shahramanyan");
    }
}
