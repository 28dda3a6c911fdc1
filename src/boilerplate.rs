//! Page furniture: sentences of a web page or a wire story that are not reporting ("Read more:
//! …", "(Reporting by …; Editing by …)", "Photo: …", a lone "Advertisement"), by the phrase
//! lists of `glossaries/boilerplate.toml` (its header gives the rule). `analyze` marks them
//! (`Sentence::boilerplate`); they stay in the article, its offsets and its reports, but the
//! comparable aligner gives them nothing to match on, so that two outlets' "Read more" lines or
//! one editor's name in two credit lines do not become a fact the outlets share.
//!
//! A handful of prefixes per language: matched here with a lowercase comparison rather than an
//! automaton crate, as there are a few dozen phrases and each sentence is tested once.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

const EMBEDDED: &str = include_str!("../glossaries/boilerplate.toml");

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Phrases {
    #[serde(default)]
    starts: Vec<String>,
    #[serde(default)]
    ends: Vec<String>,
    #[serde(default)]
    whole: Vec<String>,
}

/// The phrase lists, by language (`any` for every language).
#[derive(Debug, Default)]
pub struct Boilerplate {
    langs: HashMap<String, Phrases>,
}

impl Boilerplate {
    /// The lists shipped with parallax, parsed once.
    pub fn embedded() -> &'static Boilerplate {
        static LISTS: OnceLock<Boilerplate> = OnceLock::new();
        LISTS.get_or_init(|| {
            // the shipped file is checked by a unit test; should it fail to parse, nothing is
            // marked rather than the run failing
            Boilerplate::from_toml(EMBEDDED).unwrap_or_default()
        })
    }

    /// Parse phrase lists (`[LANG]` tables of `starts`, `ends`, `whole`).
    pub fn from_toml(text: &str) -> Result<Boilerplate, toml::de::Error> {
        let raw: HashMap<String, Phrases> = toml::from_str(text)?;
        let langs = raw
            .into_iter()
            .map(|(lang, p)| {
                let lower = |v: Vec<String>| v.into_iter().map(|s| s.to_lowercase()).collect();
                (
                    lang,
                    Phrases {
                        starts: lower(p.starts),
                        ends: lower(p.ends),
                        whole: lower(p.whole),
                    },
                )
            })
            .collect();
        Ok(Boilerplate { langs })
    }

    /// Whether `text`, a sentence in language `lang`, is page furniture.
    pub fn matches(&self, text: &str, lang: &str) -> bool {
        let lower = text
            .trim_start_matches(|c: char| {
                c.is_whitespace()
                    || matches!(c, '"' | '\'' | '«' | '“' | '„' | '‘' | '-' | '–' | '—')
            })
            .trim_end()
            .to_lowercase();
        let bare = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
        [self.langs.get("any"), self.langs.get(lang)]
            .into_iter()
            .flatten()
            .any(|p| {
                p.whole.iter().any(|w| w == bare)
                    || p.ends.iter().any(|e| lower.ends_with(e.as_str()))
                    || p.starts.iter().any(|s| {
                        lower.strip_prefix(s.as_str()).is_some_and(|rest| {
                            // a phrase ending in punctuation needs nothing more
                            !s.ends_with(char::is_alphanumeric)
                                || !rest.starts_with(char::is_alphanumeric)
                        })
                    })
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_lists_parse_and_cover_the_languages() {
        let b = Boilerplate::from_toml(EMBEDDED).expect("glossaries/boilerplate.toml parses");
        for lang in [
            "any", "en", "ru", "uk", "az", "tr", "hy", "ka", "es", "fr", "de", "it", "ar", "fa",
        ] {
            assert!(b.langs.contains_key(lang), "{lang}");
        }
    }

    #[test]
    fn furniture_is_marked_and_news_is_not() {
        let b = Boilerplate::embedded();
        for (text, lang) in [
            ("Read more: Baku and Yerevan trade accusations", "en"),
            ("(Reporting by A. Writer; Editing by B. Editor)", "en"),
            ("Photo: Trucks wait near the checkpoint.", "en"),
            ("(Caspian Courier/File photo)", "en"),
            ("Advertisement", "en"),
            ("  — Read also: the talks in Brussels", "en"),
            ("Читайте также: переговоры в Брюсселе", "ru"),
            ("Реклама", "ru"),
            ("Ayrıca okuyun: Brüksel'deki görüşmeler", "tr"),
            ("Lea también: las conversaciones de Bruselas", "es"),
            ("© 2023 Caspian Courier", "de"),
        ] {
            assert!(b.matches(text, lang), "{text}");
        }
        for (text, lang) in [
            ("Advertisement revenues fell by a third last year.", "en"),
            ("Реклама табака запрещена с 2013 года.", "ru"),
            ("Readers wrote to the paper about the road.", "en"),
            ("Reporters were not allowed into the town.", "en"),
            ("Photographers waited at the checkpoint.", "en"),
            ("The editor said the photo was genuine.", "en"),
            // another language's phrase does not count
            ("Read more: Baku and Yerevan trade accusations", "ru"),
        ] {
            assert!(!b.matches(text, lang), "{text}");
        }
    }
}
