//! Personal names that no glossary lists, found so that a rule-based engine does not translate
//! them word by word: Apertium turns "Ana Rosa Castillo" into "Ana Pink Castle", "Jean
//! Boulanger" into "Tejanos Panadero" and "Grace Hunter" into "Cazador de Gracia". The found
//! spans are hidden like glossary names ([`super::placeholders::protect_with`]) and put back as
//! they were written.
//!
//! A name is a capitalised given name of `glossaries/given-names.toml` followed by further
//! capitalised words (surnames, second given names, initials such as "W.", particles such as
//! "de la" or "van" between them), or directly by a glossary name ("Nikol" before "Pashinyan").
//! A given name alone is not a name: "Rosa", "Grace" and "Mark" are also words. The surnames of
//! the names found are kept wherever they recur capitalised in the same run of texts ("…dijo
//! Blanco"). A sentence set in title case (most words capitalised: an English headline) has no
//! way to tell a name from a word and is left alone. Written here rather than taken from a
//! named-entity crate: none on crates.io runs offline on the languages the engines here take
//! without a model download, and the rule needs only the list.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use crate::glossary::{primary_key, secondary_key};

const EMBEDDED: &str = include_str!("../../glossaries/given-names.toml");

/// Lowercase particles that may stand between the words of a name ("María de la Cruz", "Ursula
/// von der Leyen", "Vincent van Gogh").
const PARTICLES: &[&str] = &[
    "de", "del", "della", "di", "da", "das", "do", "dos", "du", "des", "la", "le", "van", "von",
    "der", "den", "ter", "bin", "ibn",
];
/// At most this many particles in a row.
const MAX_PARTICLES: usize = 2;
/// Surnames shorter than this are not looked for on their own.
const MIN_SURNAME_CHARS: usize = 3;
/// A sentence of at least [`TITLE_CASE_MIN_WORDS`] words of which this share is capitalised,
/// and whose lowercase words are all [`TITLE_CASE_LOWER`], is in title case.
const TITLE_CASE_SHARE: f64 = 0.6;
const TITLE_CASE_MIN_WORDS: usize = 4;
/// The words English title case keeps lowercase.
const TITLE_CASE_LOWER: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "near", "over", "into", "as", "vs", "per", "off", "up",
];

/// The given names of the embedded list, by their diacritic-insensitive glossary key
/// ([`crate::glossary::secondary_key`]: case and accents ignored, "José" = "jose").
static GIVEN: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let parsed: toml::Table = toml::from_str(EMBEDDED).expect("embedded given-names.toml parses");
    let mut out = HashSet::new();
    if let Some(toml::Value::Table(lists)) = parsed.get("names") {
        for list in lists.values() {
            for name in list
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str())
            {
                out.insert(key(name));
            }
        }
    }
    out
});

/// Whether `word` is a given name of the list (letter case and accents ignored).
pub fn is_given_name(word: &str) -> bool {
    GIVEN.contains(&key(word))
}

/// The glossary's diacritic-insensitive key of a word.
fn key(word: &str) -> String {
    secondary_key(&primary_key(word))
}

/// A word of a text: its byte range and how it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Word {
    start: usize,
    end: usize,
    kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Capital first letter, some lowercase after it ("Blanco", "Jean-Pierre", "O'Brien").
    Capitalised,
    /// One capital letter followed by a full stop ("W." of "George W. Bush").
    Initial,
    /// Anything else: lowercase words, acronyms, numbers.
    Other,
}

/// The words of `text`: letters and digits, with apostrophes and hyphens inside a word.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, d)) = chars.peek() {
            let joiner = matches!(d, '\'' | '’' | '-')
                && text[i + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic);
            if d.is_alphanumeric() || joiner {
                end = i + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let w = &text[start..end];
        let first = w.chars().next().unwrap_or(' ');
        let kind = if first.is_uppercase() && w.chars().any(char::is_lowercase) {
            Kind::Capitalised
        } else if first.is_uppercase() && w.chars().count() == 1 && text[end..].starts_with('.') {
            Kind::Initial
        } else {
            Kind::Other
        };
        out.push(Word { start, end, kind });
    }
    out
}

/// Whether the text between two words lets a name go on: spaces only, or after an initial its
/// full stop and spaces.
fn joins(text: &str, prev: &Word, next: &Word) -> bool {
    let gap = &text[prev.end..next.start];
    let gap = if prev.kind == Kind::Initial {
        gap.strip_prefix('.').unwrap_or(gap)
    } else {
        gap
    };
    !gap.is_empty() && gap.chars().all(char::is_whitespace)
}

/// Whether the text is in title case (an English headline): most words capitalised, and the
/// lowercase ones only the short function words title case leaves lowercase. A sentence of
/// prose dense with names still has a verb in lowercase ("Rose White met Jack Cooper…").
fn title_case(text: &str, ws: &[Word]) -> bool {
    let caps = ws.iter().filter(|w| w.kind == Kind::Capitalised).count();
    let only_function_words = ws
        .iter()
        .filter(|w| text[w.start..w.end].chars().all(char::is_lowercase))
        .all(|w| TITLE_CASE_LOWER.contains(&&text[w.start..w.end]));
    ws.len() >= TITLE_CASE_MIN_WORDS
        && caps as f64 >= TITLE_CASE_SHARE * ws.len() as f64
        && only_function_words
}

/// Personal names in each of `texts` (byte ranges, in order, not overlapping): given name and
/// what follows it, and the surnames found that way wherever they recur in any of the texts.
/// `taken[k]` are spans of text `k` already spoken for (glossary names): no name overlaps one,
/// and one right after a given name makes that given name a name.
pub fn person_spans(texts: &[&str], taken: &[Vec<Range<usize>>]) -> Vec<Vec<Range<usize>>> {
    let no_taken = Vec::new();
    let taken_of = |k: usize| taken.get(k).unwrap_or(&no_taken);
    let all_words: Vec<Vec<Word>> = texts.iter().map(|t| words(t)).collect();
    let mut spans: Vec<Vec<Range<usize>>> = vec![Vec::new(); texts.len()];
    let mut surnames: HashSet<&str> = HashSet::new();
    for (k, (text, ws)) in texts.iter().zip(&all_words).enumerate() {
        if title_case(text, ws) {
            continue;
        }
        let overlaps =
            |start: usize, end: usize| taken_of(k).iter().any(|r| start < r.end && r.start < end);
        let inside = |w: &Word| overlaps(w.start, w.end);
        let mut i = 0;
        while i < ws.len() {
            let w = ws[i];
            if w.kind != Kind::Capitalised || inside(&w) || !is_given_name(&text[w.start..w.end]) {
                i += 1;
                continue;
            }
            // the name's words after the given name: capitalised words and initials, with up
            // to two particles before each
            let mut last = i;
            let mut names = vec![i];
            let mut next_taken = false;
            let mut j = i + 1;
            while j < ws.len() && joins(text, &ws[j - 1], &ws[j]) {
                let mut p = j;
                while p < ws.len()
                    && p - j < MAX_PARTICLES
                    && ws[p].kind == Kind::Other
                    && PARTICLES.contains(&&text[ws[p].start..ws[p].end])
                    && p + 1 < ws.len()
                    && joins(text, &ws[p], &ws[p + 1])
                {
                    p += 1;
                }
                let x = ws[p];
                // a taken span anywhere from the name so far to this word (on a particle too:
                // "María de …")
                if overlaps(ws[j - 1].end, x.end) {
                    next_taken = p == j && last == i && inside(&x);
                    break;
                }
                if !matches!(x.kind, Kind::Capitalised | Kind::Initial) {
                    break;
                }
                if x.kind == Kind::Capitalised {
                    names.push(p);
                }
                last = p;
                j = p + 1;
            }
            if names.len() >= 2 || next_taken {
                spans[k].push(ws[i].start..ws[last].end);
                // surnames: the words after the first that are no given names, else the last
                let rest: Vec<&str> = names[1..]
                    .iter()
                    .map(|&n| &text[ws[n].start..ws[n].end])
                    .collect();
                let mut found = rest.iter().filter(|s| !is_given_name(s)).peekable();
                if found.peek().is_none() {
                    surnames.extend(rest.last());
                } else {
                    surnames.extend(found);
                }
            }
            i = last + 1;
        }
    }
    surnames.retain(|s| s.chars().count() >= MIN_SURNAME_CHARS);
    if surnames.is_empty() {
        return spans;
    }
    // a surname on its own, wherever no name or glossary name already covers it
    for (k, (text, ws)) in texts.iter().zip(&all_words).enumerate() {
        if title_case(text, ws) {
            continue;
        }
        for w in ws {
            let covered = spans[k]
                .iter()
                .chain(taken_of(k))
                .any(|r| w.start < r.end && r.start < w.end);
            if w.kind == Kind::Capitalised && !covered && surnames.contains(&text[w.start..w.end]) {
                spans[k].push(w.start..w.end);
            }
        }
        spans[k].sort_by_key(|r| r.start);
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(texts: &[&str]) -> Vec<Vec<String>> {
        person_spans(texts, &[])
            .iter()
            .zip(texts)
            .map(|(spans, t)| spans.iter().map(|r| t[r.clone()].to_string()).collect())
            .collect()
    }

    #[test]
    fn given_name_and_surnames_make_a_name() {
        assert_eq!(
            found(&["El ministro Luis Blanco y la portavoz Ana Rosa Castillo visitaron Valencia."]),
            [["Luis Blanco", "Ana Rosa Castillo"]]
        );
        assert_eq!(
            found(&[
                "Minister Rose White met Jack Cooper, Grace Hunter and George W. Bush in Reading."
            ]),
            [[
                "Rose White",
                "Jack Cooper",
                "Grace Hunter",
                "George W. Bush"
            ]]
        );
        assert_eq!(
            found(&["Hablaron María de la Cruz Serrano y Ursula von der Leyen."]),
            [["María de la Cruz Serrano", "Ursula von der Leyen"]]
        );
    }

    #[test]
    fn a_given_name_alone_or_before_a_lowercase_word_is_no_name() {
        // "Rosa", "Grace", "Mark" are words too; "de" not followed by a capital ends the name
        assert_eq!(
            found(&[
                "Rosa dijo que la casa de Rosa es roja.",
                "Mark the date, Grace said."
            ]),
            [Vec::<String>::new(), Vec::new()]
        );
        // punctuation between two capitalised words ends a name
        assert_eq!(
            found(&["Llegaron Pedro, Juan y Pablo."]),
            [Vec::<String>::new()]
        );
    }

    #[test]
    fn surnames_recur_across_the_texts() {
        assert_eq!(
            found(&[
                "La alcaldesa Dolores Fuentes habló el lunes.",
                "Fuentes dijo que las fuentes del río están secas.",
            ]),
            [vec!["Dolores Fuentes"], vec!["Fuentes"]]
        );
    }

    #[test]
    fn title_case_headlines_are_left_alone() {
        assert_eq!(
            found(&["Minister Rose Meets Azerbaijani Counterpart in Tbilisi"]),
            [Vec::<String>::new()]
        );
    }

    #[test]
    fn glossary_names_are_never_overlapped_and_make_a_given_name_a_name() {
        let text = "El primer ministro Nikol Pashinián y Hikmet Hajiyev hablaron.";
        let p = text.find("Pashinián").unwrap();
        let taken = vec![vec![p..p + "Pashinián".len()]];
        let spans = person_spans(&[text], &taken);
        let got: Vec<&str> = spans[0].iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, ["Nikol", "Hikmet Hajiyev"]);
    }

    /// A taken span on a particle ends the name before it (found by `spans_are_sound`).
    #[test]
    fn a_taken_particle_ends_the_name() {
        let text = "María de Rosa";
        let particle = text.find(" de").unwrap();
        let taken = vec![vec![particle..particle + " de".len()]];
        let spans = person_spans(&[text], &taken);
        assert!(
            spans[0]
                .iter()
                .all(|r| r.end <= particle || r.start >= particle + " de".len()),
            "{spans:?}"
        );
    }

    proptest::proptest! {
        /// On any text: no panic; spans sorted, disjoint, on char boundaries, never over a
        /// taken span; each starts with a capital letter.
        #[test]
        fn spans_are_sound(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Luis", "Blanco", "María", "de", "la", "Cruz", "W.", "Bush", "George", " ",
                    "  ", ", ", ".", "dijo", "Ángel", "O'Brien", "Jean-Pierre", "é", "É", "ß",
                    "İLHAM", "Степан", "Ана", "\n", "’", "-", "Rosa", "van", "Gogh", "Fuentes",
                ]),
                0..16,
            ),
            cut in 0usize..40,
        ) {
            let text: String = words.concat();
            let at = (0..=cut.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            let taken = vec![vec![at..(at + 3).min(text.len())]];
            let spans = person_spans(&[text.as_str()], &taken);
            let mut end = 0;
            for r in &spans[0] {
                proptest::prop_assert!(r.start >= end && r.start < r.end && r.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                proptest::prop_assert!(!(r.start < taken[0][0].end && taken[0][0].start < r.end));
                proptest::prop_assert!(text[r.clone()].chars().next().is_some_and(char::is_uppercase));
                end = r.end;
            }
        }
    }

    #[test]
    fn accents_are_optional_in_given_names() {
        assert!(is_given_name("Ángel") && is_given_name("Angel") && is_given_name("JOSÉ"));
        assert!(!is_given_name("Castillo"));
    }
}
