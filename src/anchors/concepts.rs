//! News concepts across languages: "heavy rain" / "сильных ливней" / "güclü yağış" are one
//! concept (`rain`), "on Monday" / "в понедельник" / "bazar ertəsi" another. Without machine
//! translation they are what two reports of one fact share besides names, dates and numbers.
//!
//! The lexicon is data (`glossaries/concepts.toml`): concepts by id, each with word forms per
//! language. Matching: the sentence is lowercased (Turkish-aware for tr and az) and split into
//! words on non-letters; a form must equal a whole word, or, when it ends in `*`, start it; a form
//! of several words matches a run of words the same way word by word.
//!
//! # Why hand-written
//! Forms are mostly stems matched at word starts; per language they are looked up in two hash
//! maps (whole words, and every prefix of a word up to the longest stem), which is a handful of
//! lookups per word. An Aho-Corasick automaton would need its own word-boundary checks after the
//! fact and buys nothing at the size of the lexicon (a few thousand forms).

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use serde::Deserialize;

use crate::framing::FramingError;
use crate::framing::schema::error_at;

const EMBEDDED: &str = include_str!("../../glossaries/concepts.toml");

/// One word of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Part {
    text: String,
    prefix: bool,
}

#[derive(Debug, Clone)]
struct Form {
    concept: u32,
    /// Words after the first.
    rest: Vec<Part>,
}

#[derive(Debug, Default)]
struct LangForms {
    exact: HashMap<String, Vec<Form>>,
    prefix: HashMap<String, Vec<Form>>,
    /// Longest prefix stem, in characters.
    longest: usize,
}

/// The concept lexicon.
#[derive(Debug, Default)]
pub struct Concepts {
    ids: Vec<String>,
    langs: HashMap<String, LangForms>,
    /// The kind of each concept (`quantity`, `people`, …), by id.
    kinds: HashMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    concept: Vec<toml::Spanned<RawConcept>>,
}

#[derive(Deserialize)]
struct RawConcept {
    id: String,
    kind: Option<String>,
    #[serde(flatten)]
    forms: HashMap<String, Vec<String>>,
}

impl Concepts {
    /// The lexicon shipped with parallax, parsed once.
    pub fn embedded() -> &'static Concepts {
        static LEXICON: OnceLock<Concepts> = OnceLock::new();
        LEXICON.get_or_init(|| {
            // The shipped file is checked by a unit test; should it ever fail to parse, concept
            // anchors are simply absent rather than the run failing.
            Concepts::from_toml(EMBEDDED, "glossaries/concepts.toml").unwrap_or_default()
        })
    }

    /// Parse a lexicon. Errors name `origin:line:column`.
    pub fn from_toml(text: &str, origin: &str) -> Result<Concepts, FramingError> {
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            error_at(text, origin, offset, e.message().trim_end().to_string())
        })?;
        let mut out = Concepts::default();
        let mut seen = HashMap::new();
        for spanned in &raw.concept {
            let at = |m: String| error_at(text, origin, spanned.span().start, m);
            let c = spanned.get_ref();
            if c.id.is_empty() {
                return Err(at("a concept needs a non-empty id".into()));
            }
            if seen.insert(c.id.clone(), ()).is_some() {
                return Err(at(format!("concept id {:?} is used twice", c.id)));
            }
            let index = out.ids.len() as u32;
            out.ids.push(c.id.clone());
            if let Some(kind) = &c.kind {
                out.kinds.insert(c.id.clone(), kind.clone());
            }
            for (lang, forms) in &c.forms {
                if lang.len() != 2 || !lang.chars().all(|ch| ch.is_ascii_lowercase()) {
                    return Err(at(format!(
                        "concept {:?}: {lang:?} is not a two-letter language code",
                        c.id
                    )));
                }
                let lf = out.langs.entry(lang.clone()).or_default();
                for form in forms {
                    let parts = parse_form(form, lang)
                        .ok_or_else(|| at(format!("concept {:?}: empty form in {lang}", c.id)))?;
                    let first = parts[0].clone();
                    let entry = Form {
                        concept: index,
                        rest: parts[1..].to_vec(),
                    };
                    if first.prefix {
                        lf.longest = lf.longest.max(first.text.chars().count());
                        lf.prefix.entry(first.text).or_default().push(entry);
                    } else {
                        lf.exact.entry(first.text).or_default().push(entry);
                    }
                }
            }
        }
        Ok(out)
    }

    /// The kind of a concept (`quantity`, `people`, `thing`, …), as the lexicon gives it.
    pub fn kind(&self, concept: &str) -> Option<&str> {
        self.kinds.get(concept).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Ids of the concepts named in `text` (in language `lang`), deduplicated, in the order of
    /// the lexicon (not alphabetical: sort them to compare two lists by merging).
    pub fn find(&self, text: &str, lang: &str) -> Vec<&str> {
        let mut found = BTreeSet::new();
        self.visit(text, lang, usize::MAX, |c, _| {
            found.insert(c);
            false
        });
        found
            .into_iter()
            .map(|i| self.ids[i as usize].as_str())
            .collect()
    }

    /// The first concept in text order (by the word it starts at) that `accept` takes, looking
    /// at no more than the first `max_words` words of `text`; `accept` is given the concept and
    /// the index of the word it starts at.
    pub fn first(
        &self,
        text: &str,
        lang: &str,
        max_words: usize,
        accept: impl Fn(&str, usize) -> bool,
    ) -> Option<&str> {
        let mut first = None;
        self.visit(text, lang, max_words, |c, k| {
            let id = self.ids[c as usize].as_str();
            if accept(id, k) {
                first = Some(id);
            }
            first.is_some()
        });
        first
    }

    /// Call `f(concept, word index)` for every concept form that starts at one of the first
    /// `max_words` words, in text order; stop when `f` returns true.
    fn visit(
        &self,
        text: &str,
        lang: &str,
        max_words: usize,
        mut f: impl FnMut(u32, usize) -> bool,
    ) {
        let Some(lf) = self.langs.get(lang) else {
            return;
        };
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(max_words)
            .map(|w| lower(w, lang))
            .collect();
        for (k, word) in words.iter().enumerate() {
            let mut visit = |forms: &Vec<Form>| {
                forms
                    .iter()
                    .any(|form| follows(&form.rest, &words[k + 1..]) && f(form.concept, k))
            };
            if let Some(forms) = lf.exact.get(word)
                && visit(forms)
            {
                return;
            }
            for (n, (end, _)) in word.char_indices().skip(1).enumerate() {
                if n >= lf.longest {
                    break;
                }
                if let Some(forms) = lf.prefix.get(&word[..end])
                    && visit(forms)
                {
                    return;
                }
            }
            if word.chars().count() <= lf.longest
                && let Some(forms) = lf.prefix.get(word.as_str())
                && visit(forms)
            {
                return;
            }
        }
    }
}

/// Do `words` start with `parts`?
fn follows(parts: &[Part], words: &[String]) -> bool {
    parts.len() <= words.len()
        && parts.iter().zip(words).all(|(p, w)| {
            if p.prefix {
                w.starts_with(&p.text)
            } else {
                *w == p.text
            }
        })
}

fn parse_form(form: &str, lang: &str) -> Option<Vec<Part>> {
    let parts: Vec<Part> = form
        .split_whitespace()
        .map(|w| {
            let (text, prefix) = match w.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (w, false),
            };
            Part {
                text: lower(text, lang),
                prefix,
            }
        })
        .filter(|p| !p.text.is_empty())
        .collect();
    (!parts.is_empty()).then_some(parts)
}

/// Lowercase, with Turkish and Azerbaijani dotted and dotless I; Arabic and Persian without
/// vowel marks and tatweel, and Persian ي ك as ی ک (outlets type either).
fn lower(word: &str, lang: &str) -> String {
    if matches!(lang, "ar" | "fa") {
        return word
            .chars()
            .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
            .map(|c| match (lang, c) {
                ("fa", 'ي') => 'ی',
                ("fa", 'ك') => 'ک',
                _ => c,
            })
            .collect();
    }
    if matches!(lang, "tr" | "az") {
        word.chars()
            .flat_map(|c| match c {
                'I' => "ı".chars().collect::<Vec<_>>(),
                'İ' => vec!['i'],
                c => c.to_lowercase().collect(),
            })
            .collect()
    } else {
        word.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
[[concept]]
id = "rain"
kind = "event"
en = ["rain*", "downpour*"]
ru = ["ливн*", "дожд*"]
az = ["yağış*"]

[[concept]]
id = "weekday-monday"
kind = "time"
en = ["monday"]
ru = ["понедельник*"]
az = ["bazar ertəsi*"]
"#;

    fn lex() -> Concepts {
        Concepts::from_toml(SAMPLE, "sample.toml").unwrap()
    }

    #[test]
    fn stems_whole_words_and_word_runs() {
        let l = lex();
        assert_eq!(
            l.find("Heavy rains fell on Monday.", "en"),
            ["rain", "weekday-monday"]
        );
        assert_eq!(
            l.find("После сильных ливней в понедельник", "ru"),
            ["rain", "weekday-monday"]
        );
        assert_eq!(
            l.find("Güclü YAĞIŞLARDAN sonra bazar ertəsi", "az"),
            ["rain", "weekday-monday"]
        );
        // "Mondays" is not the whole word "monday"; "bazar" alone is not the weekday.
        assert!(l.find("Mondays at the bazar", "en").is_empty());
        assert!(l.find("bazar günü", "az").is_empty());
        // Arabic vowel marks do not hide a word.
        let ar =
            Concepts::from_toml("[[concept]]\nid = \"evening\"\nar = [\"مساء\"]\n", "t").unwrap();
        assert_eq!(ar.find("في المساء، وصل مساءً", "ar"), ["evening"]);
        // A language without forms finds nothing.
        assert!(l.find("lluvia el lunes", "es").is_empty());
    }

    #[test]
    fn errors_name_file_and_line() {
        let bad =
            "[[concept]]\nid = \"a\"\nen = [\"x\"]\n\n[[concept]]\nid = \"a\"\nen = [\"y\"]\n";
        let e = Concepts::from_toml(bad, "c.toml").unwrap_err().to_string();
        assert!(
            e.starts_with("c.toml:5:") && e.contains("used twice"),
            "{e}"
        );
        let e = Concepts::from_toml("[[concept]]\nid = 3\n", "c.toml")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("c.toml:"), "{e}");
    }

    #[test]
    fn the_shipped_lexicon_parses() {
        let l = Concepts::from_toml(EMBEDDED, "glossaries/concepts.toml").unwrap();
        assert!(l.len() >= 100, "{} concepts", l.len());
        // the header (matching rule, conventions, origin of the lists) stays with the data
        assert!(
            EMBEDDED.starts_with("# Concept lexicon"),
            "header comment lost"
        );
        for lang in ["en", "ru", "az", "tr", "es", "fr", "de", "hy"] {
            assert!(l.langs.contains_key(lang), "no {lang} forms");
        }
    }

    #[test]
    fn a_freight_train_at_a_station_reads_the_same_in_four_languages() {
        let l = Concepts::embedded();
        for (text, lang) in [
            (
                "The train of 20 wagons stood at Meghri station for three hours.",
                "en",
            ),
            (
                "Поезд из 20 вагонов простоял на станции Мегри три часа.",
                "ru",
            ),
            (
                "20 vaqonluq qatar Mehri stansiyasında üç saatdan çox dayanıb.",
                "az",
            ),
            (
                "20 վագոնից բաղկացած գնացքը Մեղրիի կայարանում կանգնել է երեք ժամ։",
                "hy",
            ),
        ] {
            let found = l.find(text, lang);
            for c in ["wagon", "station", "railway", "hour"] {
                assert!(found.contains(&c), "{c} not in {text}: {found:?}");
            }
        }
    }
}
