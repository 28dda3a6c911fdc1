//! Language detection: one lingua detector, built once, for articles and for sentences.
//!
//! A sentence gets its own language only when it confidently differs from its article's: a
//! Russian quotation inside an English report. Short sentences keep the article's language.

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

use crate::model::Lang;

/// The candidate languages. Near neighbours (uk, be, bg, kk next to ru; fa next to ar; tr next
/// to az) stay in the set: removing them turns their texts into the big neighbour.
pub const LANGUAGES: [Language; 19] = [
    Language::English,
    Language::Russian,
    Language::Ukrainian,
    Language::Belarusian,
    Language::Bulgarian,
    Language::Kazakh,
    Language::Azerbaijani,
    Language::Turkish,
    Language::Armenian,
    Language::Georgian,
    Language::Arabic,
    Language::Persian,
    Language::Hebrew,
    Language::Spanish,
    Language::French,
    Language::German,
    Language::Italian,
    Language::Portuguese,
    Language::Polish,
];

/// Sentences shorter than this (in characters) keep the article's language.
pub const MIN_SENTENCE_CHARS: usize = 20;
/// A same-script sentence must be at least this long, and this confident, to differ.
const SAME_SCRIPT_MIN_CHARS: usize = 40;
const SAME_SCRIPT_MIN_CONFIDENCE: f64 = 0.9;

/// A language guess with its confidence (0..=1).
#[derive(Debug, Clone, PartialEq)]
pub struct Guess {
    pub lang: Lang,
    pub confidence: f64,
}

/// The language detector. Build it once and share it: building loads models lazily.
pub struct Detector {
    inner: LanguageDetector,
}

impl Default for Detector {
    fn default() -> Self {
        Self::new()
    }
}

impl Detector {
    pub fn new() -> Self {
        Detector {
            inner: LanguageDetectorBuilder::from_languages(&LANGUAGES).build(),
        }
    }

    /// The most likely language of `text`, or `None` when it has no letters to judge by.
    pub fn detect(&self, text: &str) -> Option<Guess> {
        if !text.chars().any(char::is_alphabetic) {
            return None;
        }
        let values = self.inner.compute_language_confidence_values(text);
        let (lang, confidence) = values.first()?;
        Some(Guess {
            lang: code(*lang),
            confidence: *confidence,
        })
    }

    /// The language of one sentence of an article in `doc_lang`: `doc_lang` unless the sentence
    /// confidently differs.
    pub fn sentence_language(&self, sentence: &str, doc_lang: &str) -> Lang {
        let chars = sentence.chars().filter(|c| c.is_alphabetic()).count();
        if chars < MIN_SENTENCE_CHARS {
            return doc_lang.to_string();
        }
        let script = dominant_script(sentence);
        let other_script = script.is_some() && script != script_of(doc_lang);
        if !other_script && chars < SAME_SCRIPT_MIN_CHARS {
            return doc_lang.to_string();
        }
        match self.detect(sentence) {
            Some(g) if g.lang != doc_lang => {
                if other_script || g.confidence >= SAME_SCRIPT_MIN_CONFIDENCE {
                    g.lang
                } else {
                    doc_lang.to_string()
                }
            }
            _ => doc_lang.to_string(),
        }
    }
}

/// ISO 639-1 code of a lingua language.
pub fn code(lang: Language) -> Lang {
    lang.iso_code_639_1().to_string()
}

/// Writing systems, as far as language detection needs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Armenian,
    Georgian,
    Arabic,
    Hebrew,
    Other,
}

/// The usual script of a language code.
pub fn script_of(lang: &str) -> Option<Script> {
    Some(match lang {
        "ru" | "uk" | "be" | "bg" | "kk" | "sr" | "mk" => Script::Cyrillic,
        "hy" => Script::Armenian,
        "ka" => Script::Georgian,
        "ar" | "fa" | "ur" => Script::Arabic,
        "he" => Script::Hebrew,
        "" => return None,
        _ => Script::Latin,
    })
}

fn char_script(c: char) -> Option<Script> {
    if !c.is_alphabetic() {
        return None;
    }
    Some(match c as u32 {
        0x0041..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
        0x0400..=0x052F => Script::Cyrillic,
        0x0530..=0x058F | 0xFB13..=0xFB17 => Script::Armenian,
        0x10A0..=0x10FF | 0x1C90..=0x1CBF => Script::Georgian,
        0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x0590..=0x05FF => Script::Hebrew,
        _ => Script::Other,
    })
}

/// The script most letters of `text` are written in.
pub fn dominant_script(text: &str) -> Option<Script> {
    let mut counts = [0usize; 7];
    for s in text.chars().filter_map(char_script) {
        counts[s as usize] += 1;
    }
    let (i, n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    (*n > 0).then(|| {
        [
            Script::Latin,
            Script::Cyrillic,
            Script::Armenian,
            Script::Georgian,
            Script::Arabic,
            Script::Hebrew,
            Script::Other,
        ][i]
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn detector() -> &'static Detector {
        static D: OnceLock<Detector> = OnceLock::new();
        D.get_or_init(Detector::new)
    }

    #[test]
    fn detects_news_languages() {
        let cases = [
            (
                "en",
                "The ceasefire took effect at one o'clock in the afternoon, officials said.",
            ),
            (
                "ru",
                "Перемирие вступило в силу в час дня, сообщили официальные лица.",
            ),
            (
                "az",
                "Atəşkəs günorta saat birdə qüvvəyə mindi, rəsmilər bildirdilər.",
            ),
            (
                "tr",
                "Ateşkes öğleden sonra saat birde yürürlüğe girdi, yetkililer açıkladı.",
            ),
            (
                "hy",
                "Հրադադարը ուժի մեջ մտավ ցերեկվա ժամը մեկին, հայտնեցին պաշտոնյաները։",
            ),
            (
                "es",
                "El alto el fuego entró en vigor a la una de la tarde, según las autoridades.",
            ),
            (
                "uk",
                "Перемир'я набуло чинності о першій годині дня, повідомили посадовці.",
            ),
        ];
        for (want, text) in cases {
            assert_eq!(detector().detect(text).unwrap().lang, want, "{text}");
        }
    }

    #[test]
    fn a_quotation_in_another_script_gets_its_own_language() {
        let s = "«Мы внимательно следим за ситуацией и поддерживаем контакты со всеми сторонами», — сказал он.";
        assert_eq!(detector().sentence_language(s, "en"), "ru");
        assert_eq!(
            detector().sentence_language("Hello there, friends.", "ru"),
            "ru",
            "too short"
        );
    }

    #[test]
    fn a_same_language_sentence_keeps_the_article_language() {
        let s = "Thousands of people crossed the bridge into Armenia on Tuesday, officials said.";
        assert_eq!(detector().sentence_language(s, "en"), "en");
    }

    #[test]
    fn no_letters_no_guess() {
        assert_eq!(detector().detect("12 345 — 67"), None);
    }

    #[test]
    fn dominant_script_counts_letters() {
        assert_eq!(
            dominant_script("Степанакерт (Stepanakert)"),
            Some(Script::Cyrillic)
        );
        assert_eq!(dominant_script("Ստեփանակերտ"), Some(Script::Armenian));
        assert_eq!(dominant_script("123"), None);
    }
}
