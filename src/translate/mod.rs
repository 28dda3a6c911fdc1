//! Machine translation to a pivot language: the [`Translator`] trait, four HTTP backends
//! ([`apertium`], [`libretranslate`], [`deepl`], [`openai`]), glossary names protected by
//! [`placeholders`], and an on-disk [`cache`].
//!
//! This is the one stage that talks to the network, and only when the user names a backend.
//! It also reads and writes the translation cache (a departure from "stages never touch the file
//! system": the cache must be written as each batch arrives, so that a run that fails half-way
//! keeps what it already paid for and a rerun resumes).
//!
//! Flow: sentences → names replaced by placeholders → cache lookups → the misses in batches, a
//! few batches at a time, each batch retried with backoff on 429 / 5xx / timeouts, each answer
//! [`check`]ed and the good ones written to the cache as soon as the batch arrives →
//! placeholders put back as the chosen convention's names.

pub mod apertium;
pub mod cache;
pub mod check;
pub mod deepl;
pub mod http;
pub mod libretranslate;
pub mod openai;
pub mod persons;
pub mod placeholders;
pub mod settings;
pub mod workers;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use crate::glossary::{Glossary, Matcher};
use crate::model::{Document, Translation};

pub use cache::Cache;
pub use check::Garbled;
pub use placeholders::Style;
pub use settings::Settings;

/// What went wrong talking to a backend. Messages name the backend and its address (never a
/// key) and say what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TranslateError {
    /// The backend answered, or failed to, in a way that retrying will not fix.
    #[error("{backend} at {url}: {message}{}", hint.as_ref().map(|h| format!(" ({h})")).unwrap_or_default())]
    Backend {
        backend: String,
        url: String,
        message: String,
        hint: Option<String>,
    },
    /// The settings do not describe a usable backend.
    #[error("{0}")]
    Config(String),
}

impl TranslateError {
    pub(crate) fn backend(
        backend: &str,
        url: &str,
        message: impl Into<String>,
        hint: Option<&str>,
    ) -> Self {
        TranslateError::Backend {
            backend: backend.to_string(),
            url: url.to_string(),
            message: message.into(),
            hint: hint.map(str::to_string),
        }
    }
}

pub type Result<T, E = TranslateError> = std::result::Result<T, E>;

/// A machine-translation engine. Implementations are blocking and may be called from several
/// threads at once.
pub trait Translator: Send + Sync {
    /// Backend name (`apertium`, `libretranslate`, `deepl`, `openai`); part of the cache key.
    fn name(&self) -> &str;
    /// Model or engine variant; part of the cache key (empty when the backend has none).
    fn model(&self) -> &str {
        ""
    }
    /// Where the backend lives, for messages.
    fn url(&self) -> &str;
    /// Whether the backend translates `from` → `to` (ISO 639-1 codes).
    fn supports(&self, from: &str, to: &str) -> Result<bool>;
    /// The languages a supported translation `from` → `to` passes through (ISO 639-1), empty
    /// when it goes straight; part of the cache key, and named in a warning.
    fn route(&self, _from: &str, _to: &str) -> Result<Vec<String>> {
        Ok(Vec::new())
    }
    /// Translate every text from `from` to `to`; the answer has one text per input, in order.
    /// The texts never contain line breaks.
    fn translate_batch(&self, texts: &[String], from: &str, to: &str) -> Result<Vec<String>>;
    /// Most texts in one request.
    fn max_batch_items(&self) -> usize {
        50
    }
    /// Most bytes of text in one request.
    fn max_batch_bytes(&self) -> usize {
        32 * 1024
    }
    /// Requests in flight at once.
    fn concurrency(&self) -> usize {
        4
    }
    /// How glossary names are hidden from this backend.
    fn placeholder_style(&self) -> Style {
        Style::Opaque
    }
    /// Whether the engine translates a personal name's words when they are also common words
    /// ("Ana Rosa Castillo" → "Ana Pink Castle"): then personal names no glossary lists are
    /// hidden from it too ([`persons`]).
    fn translates_names_word_by_word(&self) -> bool {
        false
    }
}

/// Which backend to build, and how to reach it.
#[derive(Debug, Clone)]
pub struct BackendConfig {
    /// `apertium`, `libretranslate`, `deepl` or `openai`.
    pub name: String,
    /// Base URL; each backend has a default.
    pub url: Option<String>,
    /// API key (from the environment or the settings file); never logged.
    pub key: Option<String>,
    /// Model name (openai).
    pub model: Option<String>,
    /// Per-request timeout.
    pub timeout: Duration,
    /// Retry policy.
    pub retry: http::RetryPolicy,
}

/// The backends [`build`] knows.
pub const BACKENDS: [&str; 4] = ["apertium", "libretranslate", "deepl", "openai"];

/// Build the backend `config` names.
pub fn build(config: &BackendConfig) -> Result<Box<dyn Translator>> {
    let http = http::Http::new(config)?;
    Ok(match config.name.as_str() {
        "apertium" => Box::new(apertium::Apertium::new(http)),
        "libretranslate" => Box::new(libretranslate::LibreTranslate::new(
            http,
            config.key.clone(),
        )),
        "deepl" => Box::new(deepl::DeepL::new(http, config.key.clone())?),
        "openai" => Box::new(openai::OpenAi::new(
            http,
            config.key.clone(),
            config.model.clone(),
        )),
        other => {
            return Err(TranslateError::Config(format!(
                "unknown translation backend `{other}`; use one of: {}",
                BACKENDS.join(", ")
            )));
        }
    })
}

/// Something the user should know that did not stop the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning(pub String);

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a translation run is carried out: the backend, the cache, and how names are written.
pub struct Session<'a> {
    pub translator: &'a dyn Translator,
    /// `None` when the cache is off (`--no-cache`).
    pub cache: Option<&'a Cache>,
    pub glossary: &'a Glossary,
    pub matcher: &'a Matcher,
    /// The naming convention whose names replace the placeholders (`intl-press`, `hy`, …);
    /// `None` keeps the convention of the name as it stands in the source.
    pub naming: Option<&'a str>,
}

/// One text's translation, or why the backend's answer is not one ([`check`]).
pub type Answer = Result<String, Garbled>;

/// Counts of one run, for messages and tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub texts: usize,
    pub cached: usize,
    pub requests: usize,
    /// Texts whose answer was empty or garbled ([`check`]): failed, not cached.
    pub garbled: usize,
}

impl Session<'_> {
    /// Translate `texts`, all in language `from`, to `to`, protecting glossary names.
    /// Texts must not contain line breaks (sentences' folded text does not). A text whose
    /// answer is empty or garbled ([`check`]) is `Err`: it was not cached, so a rerun asks again.
    pub fn translate(
        &self,
        texts: &[&str],
        from: &str,
        to: &str,
        warnings: &mut Vec<Warning>,
    ) -> Result<(Vec<Answer>, Stats)> {
        let style = self.translator.placeholder_style();
        let mentions: Vec<_> = texts.iter().map(|t| self.matcher.find(t, from)).collect();
        // personal names no glossary lists, for an engine that would translate their words
        let persons = if self.translator.translates_names_word_by_word() {
            let taken: Vec<Vec<_>> = mentions
                .iter()
                .map(|ms| ms.iter().map(|m| m.span.start..m.span.end).collect())
                .collect();
            persons::person_spans(texts, &taken)
        } else {
            vec![Vec::new(); texts.len()]
        };
        let protected: Vec<placeholders::Protected> = texts
            .iter()
            .zip(mentions.iter().zip(&persons))
            .map(|(t, (mentions, persons))| {
                let mut p = placeholders::protect_with(
                    t,
                    mentions,
                    persons,
                    style,
                    |m| placeholders::choose_variant(self.glossary, m, to, self.naming),
                    |m| {
                        self.glossary
                            .entity(&m.entity)
                            .is_some_and(|e| e.kind == "person")
                    },
                );
                if style == Style::ProperNoun {
                    p.lower_common_first_word(from);
                }
                p
            })
            .collect();
        let (raw, stats) = self.translate_raw(&protected, from, to)?;
        let mut out = Vec::with_capacity(raw.len());
        for (p, r) in protected.iter().zip(raw) {
            let r = match r {
                Ok(r) => r,
                Err(g) => {
                    out.push(Err(g));
                    continue;
                }
            };
            let (text, lost) = p.restore(&r);
            for name in lost {
                warnings.push(Warning(format!(
                    "{}: the name `{name}` was lost in translation of \"{}\"",
                    self.translator.name(),
                    p.original
                )));
            }
            out.push(Ok(text));
        }
        Ok((out, stats))
    }

    /// Translate protected texts as they are (placeholders in place): the cache first, then the
    /// backend in batches, each batch's good answers cached as soon as it arrives. An answer
    /// that fails the [`check`] is neither cached nor used (nor is such an answer found in a
    /// cache written before the check: it is asked for again).
    fn translate_raw(
        &self,
        protected: &[placeholders::Protected],
        from: &str,
        to: &str,
    ) -> Result<(Vec<Answer>, Stats)> {
        let t = self.translator;
        let texts: Vec<&String> = protected.iter().map(|p| &p.text).collect();
        let mut out: Vec<Option<Answer>> = vec![None; texts.len()];
        let mut stats = Stats {
            texts: texts.len(),
            ..Stats::default()
        };
        // a translation through a pivot is another translation than a direct one
        let via = t.route(from, to)?;
        let model = if via.is_empty() {
            t.model().to_string()
        } else {
            format!("{} via {}", t.model(), via.join(">"))
        };
        let key = |text: &str| cache::key(t.name(), &model, from, to, text);
        // The same text is sent once.
        let mut missing: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, text) in texts.iter().enumerate() {
            if text.trim().is_empty() {
                out[i] = Some(Ok(text.to_string()));
                continue;
            }
            let stand_ins = protected[i].stand_ins();
            if let Some(hit) = self
                .cache
                .and_then(|c| c.get(&key(text)))
                .filter(|hit| check::garbled(text, hit, &stand_ins).is_none())
            {
                out[i] = Some(Ok(hit));
                stats.cached += 1;
                continue;
            }
            missing.entry(text.as_str()).or_default().push(i);
        }
        // an answer is checked against the first text it stands for (the same text has the
        // same stand-ins)
        let check = |src: &str, dst: &str| {
            check::garbled(src, dst, &protected[missing[src][0]].stand_ins())
        };
        let todo: Vec<&str> = missing.keys().copied().collect();
        let batches = batches(&todo, t.max_batch_items(), t.max_batch_bytes());
        let outcome = workers::run_batches(batches.len(), t.concurrency(), |b| {
            let items: Vec<String> = batches[b].iter().map(|s| s.to_string()).collect();
            let got = t.translate_batch(&items, from, to)?;
            if got.len() != items.len() {
                return Err(TranslateError::backend(
                    t.name(),
                    t.url(),
                    format!("sent {} texts, got {} back", items.len(), got.len()),
                    None,
                ));
            }
            let got: Vec<Answer> = items
                .iter()
                .zip(got)
                .map(|(src, dst)| match check(src, &dst) {
                    Some(g) => Err(g),
                    None => Ok(dst),
                })
                .collect();
            if let Some(c) = self.cache {
                for (src, dst) in items.iter().zip(&got) {
                    // A cache that cannot be written only costs a rerun.
                    if let Ok(dst) = dst {
                        let _ = c.put(&key(src), dst);
                    }
                }
            }
            Ok(got)
        });
        if let Some(e) = outcome.error {
            return Err(e);
        }
        stats.requests = outcome.started;
        for (b, got) in outcome.done {
            for (src, dst) in batches[b].iter().zip(got) {
                for &i in &missing[src] {
                    out[i] = Some(dst.clone());
                }
            }
        }
        let out: Vec<Answer> = out
            .into_iter()
            .map(|o| o.unwrap_or(Ok(String::new())))
            .collect();
        stats.garbled = out.iter().filter(|o| o.is_err()).count();
        Ok((out, stats))
    }
}

/// Split `texts` into runs of at most `items` texts and `bytes` bytes (a longer text goes alone).
fn batches<'t>(texts: &[&'t str], items: usize, bytes: usize) -> Vec<Vec<&'t str>> {
    let mut out: Vec<Vec<&str>> = Vec::new();
    let mut size = 0;
    for &t in texts {
        match out.last_mut() {
            Some(b) if b.len() < items.max(1) && size + t.len() <= bytes => {
                b.push(t);
                size += t.len();
            }
            _ => {
                out.push(vec![t]);
                size = t.len();
            }
        }
    }
    out
}

/// Fill [`Sentence::translation`](crate::model::Sentence) with a translation into `pivot` for
/// every sentence whose language differs from it, page furniture (`Sentence::boilerplate`,
/// never aligned) aside. Languages the backend lacks are left
/// untranslated (alignment falls back to anchors), with a warning naming them; so are
/// sentences whose answer was empty or garbled ([`check`]), with one warning per article.
pub fn translate_documents(
    docs: &mut [Document],
    session: &Session,
    pivot: &str,
) -> Result<(Vec<Warning>, Stats)> {
    translate_languages(
        docs,
        session,
        pivot,
        "they are left untranslated",
        |_, e, _| Err(e),
    )
    .map(|(w, s, _)| (w, s))
}

/// [`translate_documents`] for alignment (`compare --translate-to`): a language whose
/// translation fails for good (the server still answers 429 or 5xx after every retry, times
/// out, refuses the key, is not running) is aligned by names, dates and numbers, with a warning
/// naming it and the failure; the other languages keep their translations, and what was
/// translated before the failure stays in the cache, so a rerun resumes. Returns the languages
/// that failed too.
pub fn translate_for_alignment(
    docs: &mut [Document],
    session: &Session,
    pivot: &str,
) -> (Vec<Warning>, Stats, Vec<String>) {
    let mut failed = Vec::new();
    let resume = if session.cache.is_some() {
        " (what was translated before the failure is cached: run again to resume)"
    } else {
        ""
    };
    let result = translate_languages(
        docs,
        session,
        pivot,
        "they are aligned without translation, on names, dates, numbers and concepts",
        |lang, e, warnings| {
            warnings.push(Warning(format!(
                "translating {lang} to {pivot} failed: {e}; sentences in {lang} are aligned without translation, on names, dates, numbers and concepts{resume}"
            )));
            failed.push(lang.to_string());
            Ok::<(), std::convert::Infallible>(())
        },
    );
    let Ok((warnings, stats, _)) = result;
    (warnings, stats, failed)
}

/// What [`translate_languages`] did: warnings, counts, and the (document, sentence) indices of
/// the sentences whose answer was empty or garbled.
type Translated = (Vec<Warning>, Stats, BTreeSet<(usize, usize)>);

/// Translate each language of `docs` to `pivot`; a language that fails goes to `on_error`
/// (with the warnings so far), which stops everything (`Err`) or goes on to the next (`Ok`;
/// a handler that never stops has `E = Infallible`). Sentences whose answer was empty or
/// garbled keep no translation; each article with some gets one warning, which ends with
/// `untranslated` (what becomes of them). Returns those sentences too, as (document, sentence)
/// indices.
fn translate_languages<E>(
    docs: &mut [Document],
    session: &Session,
    pivot: &str,
    untranslated: &str,
    mut on_error: impl FnMut(&str, TranslateError, &mut Vec<Warning>) -> Result<(), E>,
) -> Result<Translated, E> {
    let mut warnings = Vec::new();
    let mut total = Stats::default();
    // per document: sentences sent, and how many answers of each kind failed
    let mut sent = vec![0usize; docs.len()];
    let mut garbled: Vec<BTreeMap<Garbled, usize>> = vec![BTreeMap::new(); docs.len()];
    let mut failed_sentences = BTreeSet::new();
    // page furniture ("Read more: …", credits) is never aligned: not worth a paid request
    let wanted = |s: &crate::model::Sentence| !s.boilerplate;
    let langs: BTreeSet<String> = docs
        .iter()
        .flat_map(|d| &d.sentences)
        .filter(|s| s.language != pivot && wanted(s))
        .map(|s| s.language.clone())
        .collect();
    for lang in langs {
        let backend = session.translator.name();
        let supported = if lang == crate::analyze::UNKNOWN_LANG {
            false
        } else {
            match session.translator.supports(&lang, pivot) {
                Ok(s) => s,
                Err(e) => {
                    on_error(&lang, e, &mut warnings)?;
                    continue;
                }
            }
        };
        if !supported {
            warnings.push(Warning(format!(
                "{backend} cannot translate {lang} to {pivot}; sentences in {lang} are aligned without translation, on names, dates, numbers and concepts"
            )));
            continue;
        }
        let via = match session.translator.route(&lang, pivot) {
            Ok(v) => v,
            Err(e) => {
                on_error(&lang, e, &mut warnings)?;
                continue;
            }
        };
        if !via.is_empty() {
            warnings.push(Warning(format!(
                "{backend} has no {lang}-{pivot} pair: sentences in {lang} are translated through {} ({lang}→{}→{pivot}), which makes a rougher translation",
                via.join(", "),
                via.join("→")
            )));
        }
        let texts: Vec<&str> = docs
            .iter()
            .flat_map(|d| &d.sentences)
            .filter(|s| s.language == lang && wanted(s))
            .map(|s| s.text.as_str())
            .collect();
        let (translated, stats) = match session.translate(&texts, &lang, pivot, &mut warnings) {
            Ok(t) => t,
            Err(e) => {
                on_error(&lang, e, &mut warnings)?;
                continue;
            }
        };
        total.texts += stats.texts;
        total.cached += stats.cached;
        total.requests += stats.requests;
        total.garbled += stats.garbled;
        let mut it = translated.into_iter();
        for (d, doc) in docs.iter_mut().enumerate() {
            for (i, s) in doc.sentences.iter_mut().enumerate() {
                if s.language != lang || !wanted(s) {
                    continue;
                }
                sent[d] += 1;
                s.translation = match it.next() {
                    Some(Ok(text)) => Some(Translation {
                        lang: pivot.to_string(),
                        text,
                        backend: backend.to_string(),
                    }),
                    Some(Err(g)) => {
                        *garbled[d].entry(g).or_default() += 1;
                        failed_sentences.insert((d, i));
                        None
                    }
                    None => None,
                };
            }
        }
    }
    let retry = if session.cache.is_some() {
        "run again to retry them (they were not cached)"
    } else {
        "run again to retry them"
    };
    for (d, kinds) in garbled.iter().enumerate() {
        if kinds.is_empty() {
            continue;
        }
        let counts: Vec<String> = kinds
            .iter()
            .map(|(k, n)| format!("{n} {}", k.describe()))
            .collect();
        warnings.push(Warning(format!(
            "{}: {} answered {} of the {} sentences sent with an empty or garbled text ({}); {untranslated}. Check the backend's model or engine, then {retry}",
            docs[d].article.source,
            session.translator.name(),
            kinds.values().sum::<usize>(),
            sent[d],
            counts.join(", "),
        )));
    }
    Ok((warnings, total, failed_sentences))
}

/// Translate a whole article into `to`: the headline and paragraphs keep their layout, each
/// sentence is translated on its own. Sentences already in `to` are kept as they are; a
/// sentence whose answer was empty or garbled ([`check`]) is kept in the source language as
/// `[untranslated: …]`, and counted in [`Stats::garbled`].
pub fn translate_document(
    doc: &Document,
    session: &Session,
    to: &str,
) -> Result<(String, Vec<Warning>, Stats)> {
    let mut one = [doc.clone()];
    let (warnings, stats, failed) = translate_languages(
        &mut one,
        session,
        to,
        "they are written as they stand, marked [untranslated: …]",
        |_, e, _| Err(e),
    )?;
    let body = &doc.article.body;
    let mut out = String::new();
    let mut prev_end = None;
    for (i, s) in one[0].sentences.iter().enumerate() {
        if let Some(end) = prev_end {
            let gap = &body[end..s.span.start];
            // the source's line breaks between sentences stay: blank lines and one-line
            // paragraphs alike
            out.push_str(match gap.matches('\n').count() {
                0 => " ",
                1 => "\n",
                _ => "\n\n",
            });
        }
        match &s.translation {
            Some(t) => out.push_str(&t.text),
            None if failed.contains(&(0, i)) => {
                out.push_str("[untranslated: ");
                out.push_str(&s.text);
                out.push(']');
            }
            None => out.push_str(&s.text),
        }
        prev_end = Some(s.span.end);
    }
    out.push('\n');
    Ok((out, warnings, stats))
}

/// Every naming convention the glossary's names use (for checking `--naming`).
pub fn conventions(glossary: &Glossary) -> BTreeSet<&str> {
    glossary
        .entities
        .iter()
        .flat_map(|e| &e.names)
        .flat_map(|n| &n.conventions)
        .map(String::as_str)
        .collect()
}

/// ISO 639-1 ↔ ISO 639-3 for the languages Apertium and the other engines commonly carry.
const ISO_639: &[(&str, &str)] = &[
    ("af", "afr"),
    ("an", "arg"),
    ("ar", "ara"),
    ("az", "aze"),
    ("ba", "bak"),
    ("be", "bel"),
    ("bg", "bul"),
    ("br", "bre"),
    ("bs", "bos"),
    ("ca", "cat"),
    ("cs", "ces"),
    ("cv", "chv"),
    ("cy", "cym"),
    ("da", "dan"),
    ("de", "deu"),
    ("el", "ell"),
    ("en", "eng"),
    ("eo", "epo"),
    ("es", "spa"),
    ("et", "est"),
    ("eu", "eus"),
    ("fa", "fas"),
    ("fi", "fin"),
    ("fr", "fra"),
    ("ga", "gle"),
    ("gl", "glg"),
    ("he", "heb"),
    ("hi", "hin"),
    ("hr", "hrv"),
    ("hu", "hun"),
    ("hy", "hye"),
    ("id", "ind"),
    ("is", "isl"),
    ("it", "ita"),
    ("ja", "jpn"),
    ("ka", "kat"),
    ("kk", "kaz"),
    ("ko", "kor"),
    ("ky", "kir"),
    ("lt", "lit"),
    ("lv", "lav"),
    ("mk", "mkd"),
    ("ms", "msa"),
    ("mt", "mlt"),
    ("nb", "nob"),
    ("nl", "nld"),
    ("nn", "nno"),
    ("oc", "oci"),
    ("pl", "pol"),
    ("pt", "por"),
    ("ro", "ron"),
    ("ru", "rus"),
    ("sc", "srd"),
    ("sk", "slk"),
    ("sl", "slv"),
    ("sq", "sqi"),
    ("sr", "srp"),
    ("sv", "swe"),
    ("tr", "tur"),
    ("tt", "tat"),
    ("uk", "ukr"),
    ("ur", "urd"),
    ("uz", "uzb"),
    ("zh", "zho"),
];

/// `es` → `spa`.
pub fn iso3(code: &str) -> Option<&'static str> {
    ISO_639.iter().find(|(a, _)| *a == code).map(|(_, b)| *b)
}

/// `spa` → `es` (also the alternative codes some engines use: `fas`/`pes`, `aze`/`azj`).
pub fn iso1(code: &str) -> Option<&'static str> {
    let code = match code {
        "pes" => "fas",
        "azj" => "aze",
        "zlm" => "msa",
        other => other,
    };
    ISO_639.iter().find(|(_, b)| *b == code).map(|(a, _)| *a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

    #[test]
    fn iso_codes_round_trip() {
        assert_eq!(iso3("es"), Some("spa"));
        assert_eq!(iso1("eng"), Some("en"));
        assert_eq!(iso1("pes"), Some("fa"));
        assert_eq!(iso3("xx"), None);
        for (a, b) in ISO_639 {
            assert_eq!(iso1(iso3(a).unwrap()), Some(*a), "{b}");
        }
    }

    #[test]
    fn batches_respect_item_and_byte_limits() {
        let texts = ["aaaa", "bbbb", "cccc", "dddddddddd", "e"];
        let b = batches(&texts, 2, 9);
        assert_eq!(
            b,
            vec![
                vec!["aaaa", "bbbb"],
                vec!["cccc"],
                vec!["dddddddddd"],
                vec!["e"]
            ]
        );
        assert!(batches(&[], 2, 9).is_empty());
    }

    /// Upper-cases; fails every batch from the `fail_from`-th on.
    struct Fake {
        calls: AtomicUsize,
        fail_from: usize,
    }

    impl Translator for Fake {
        fn name(&self) -> &str {
            "fake"
        }
        fn url(&self) -> &str {
            "http://127.0.0.1:1"
        }
        fn supports(&self, from: &str, _: &str) -> Result<bool> {
            Ok(from == "es")
        }
        fn translate_batch(&self, texts: &[String], _: &str, _: &str) -> Result<Vec<String>> {
            if self.calls.fetch_add(1, Ordering::SeqCst) >= self.fail_from {
                return Err(TranslateError::backend(
                    "fake",
                    "http://127.0.0.1:1",
                    "HTTP 500",
                    None,
                ));
            }
            Ok(texts.iter().map(|t| t.to_uppercase()).collect())
        }
        fn max_batch_items(&self) -> usize {
            1
        }
        fn concurrency(&self) -> usize {
            1
        }
    }

    #[test]
    fn a_failed_run_keeps_what_it_translated_and_a_rerun_resumes() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        let g = Glossary::empty();
        let matcher = Matcher::new(&g);
        let texts = ["uno", "dos", "tres"];
        let failing = Fake {
            calls: AtomicUsize::new(0),
            fail_from: 2,
        };
        let session = Session {
            translator: &failing,
            cache: Some(&cache),
            glossary: &g,
            matcher: &matcher,
            naming: None,
        };
        assert!(
            session
                .translate(&texts, "es", "en", &mut Vec::new())
                .is_err()
        );
        let working = Fake {
            calls: AtomicUsize::new(0),
            fail_from: usize::MAX,
        };
        let session = Session {
            translator: &working,
            ..session
        };
        let (out, stats) = session
            .translate(&texts, "es", "en", &mut Vec::new())
            .unwrap();
        assert_eq!(out, [Ok("UNO".into()), Ok("DOS".into()), Ok("TRES".into())]);
        assert_eq!(stats.cached, 2);
        assert_eq!(
            working.calls.load(Ordering::SeqCst),
            1,
            "only the missing one is sent"
        );
    }

    /// Upper-cases, but answers nothing for "dos" while `broken` holds; records what it is sent.
    struct Flaky {
        broken: AtomicBool,
        sent: Mutex<Vec<String>>,
    }

    impl Translator for Flaky {
        fn name(&self) -> &str {
            "flaky"
        }
        fn url(&self) -> &str {
            "http://127.0.0.1:1"
        }
        fn supports(&self, _: &str, _: &str) -> Result<bool> {
            Ok(true)
        }
        fn translate_batch(&self, texts: &[String], _: &str, _: &str) -> Result<Vec<String>> {
            self.sent.lock().unwrap().extend(texts.iter().cloned());
            let broken = self.broken.load(Ordering::SeqCst);
            Ok(texts
                .iter()
                .map(|t| match t.as_str() {
                    "dos" if broken => String::new(),
                    _ => t.to_uppercase(),
                })
                .collect())
        }
    }

    #[test]
    fn an_empty_answer_is_a_failed_text_that_is_not_cached_and_a_rerun_retries() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        // an empty answer a cache written before the check kept is asked for again too
        cache
            .put(&cache::key("flaky", "", "es", "en", "tres"), "")
            .unwrap();
        let g = Glossary::empty();
        let matcher = Matcher::new(&g);
        let texts = ["uno", "dos", "tres"];
        let flaky = Flaky {
            broken: AtomicBool::new(true),
            sent: Mutex::new(Vec::new()),
        };
        let session = Session {
            translator: &flaky,
            cache: Some(&cache),
            glossary: &g,
            matcher: &matcher,
            naming: None,
        };
        let (out, stats) = session
            .translate(&texts, "es", "en", &mut Vec::new())
            .unwrap();
        assert_eq!(
            out,
            [Ok("UNO".into()), Err(Garbled::Empty), Ok("TRES".into())]
        );
        assert_eq!((stats.garbled, stats.cached), (1, 0));
        assert_eq!(*flaky.sent.lock().unwrap(), ["dos", "tres", "uno"]);
        flaky.broken.store(false, Ordering::SeqCst);
        flaky.sent.lock().unwrap().clear();
        let (out, stats) = session
            .translate(&texts, "es", "en", &mut Vec::new())
            .unwrap();
        assert_eq!(out, [Ok("UNO".into()), Ok("DOS".into()), Ok("TRES".into())]);
        assert_eq!((stats.garbled, stats.cached), (0, 2));
        assert_eq!(
            *flaky.sent.lock().unwrap(),
            ["dos"],
            "only the failed one again"
        );
    }

    #[test]
    fn errors_name_backend_url_and_hint() {
        let e = TranslateError::backend("deepl", "https://x", "HTTP 456", Some("quota"));
        assert_eq!(e.to_string(), "deepl at https://x: HTTP 456 (quota)");
    }
}
