//! DeepL API v2: `POST /v2/translate` with a `text` array (at most 50 texts and 128 KiB a
//! request), header `Authorization: DeepL-Auth-Key …`; `GET /v2/languages?type=source|target`.
//! 456 means the quota is used up: final, never retried.
//!
//! DeepL glossaries are not used: names are already protected by placeholders, which works for
//! every language pair, not only those DeepL has glossaries for.

use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::json;

use super::http::Http;
use super::{Result, TranslateError, Translator};

pub struct DeepL {
    http: Http,
    key: String,
    /// Source and target language codes, upper case as DeepL gives them.
    languages: OnceLock<(Vec<String>, Vec<String>)>,
}

#[derive(Deserialize)]
struct Language {
    language: String,
}

#[derive(Deserialize)]
struct Answer {
    translations: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    text: String,
}

/// DeepL's target code for an ISO 639-1 code: English and Portuguese need a variant.
fn target_code(lang: &str) -> String {
    match lang {
        "en" => "EN-GB".to_string(),
        "pt" => "PT-PT".to_string(),
        other => other.to_uppercase(),
    }
}

impl DeepL {
    pub fn new(http: Http, key: Option<String>) -> Result<DeepL> {
        let key = key.filter(|k| !k.is_empty()).ok_or_else(|| {
            TranslateError::Config(
                "the deepl backend needs an API key: set DEEPL_API_KEY, or `key` under [backends.deepl] in the settings file".to_string(),
            )
        })?;
        Ok(DeepL {
            http,
            key,
            languages: OnceLock::new(),
        })
    }

    fn auth(&self) -> String {
        format!("DeepL-Auth-Key {}", self.key)
    }

    fn list(&self, kind: &str) -> Result<Vec<String>> {
        let path = format!("/v2/languages?type={kind}");
        let body = self.http.send(
            &path,
            |c, url| c.get(url).header("Authorization", self.auth()),
            hint,
        )?;
        let langs: Vec<Language> = serde_json::from_str(&body).map_err(|e| {
            self.http
                .error("/v2/languages", format!("unexpected answer ({e})"))
        })?;
        Ok(langs
            .into_iter()
            .map(|l| l.language.to_uppercase())
            .collect())
    }
}

fn hint(s: reqwest::StatusCode) -> Option<&'static str> {
    match s.as_u16() {
        456 => Some("the DeepL quota for this billing period is used up; not retried"),
        403 => Some(
            "DeepL refused the key: check DEEPL_API_KEY, and use the api-free host for :fx keys",
        ),
        413 => Some("request too large"),
        _ => None,
    }
}

impl Translator for DeepL {
    fn name(&self) -> &str {
        "deepl"
    }
    fn url(&self) -> &str {
        &self.http.base
    }
    fn supports(&self, from: &str, to: &str) -> Result<bool> {
        let langs = match self.languages.get() {
            Some(l) => l,
            None => {
                let l = (self.list("source")?, self.list("target")?);
                self.languages.get_or_init(|| l)
            }
        };
        let (from, to) = (from.to_uppercase(), target_code(to));
        let base = to.split('-').next().unwrap_or(&to).to_string();
        Ok(langs.0.contains(&from) && langs.1.iter().any(|t| *t == to || *t == base))
    }
    fn translate_batch(&self, texts: &[String], from: &str, to: &str) -> Result<Vec<String>> {
        let body = json!({
            "text": texts,
            "source_lang": from.to_uppercase(),
            "target_lang": target_code(to),
        });
        let answer = self.http.send(
            "/v2/translate",
            |c, url| c.post(url).header("Authorization", self.auth()).json(&body),
            hint,
        )?;
        let a: Answer = serde_json::from_str(&answer).map_err(|e| {
            self.http
                .error("/v2/translate", format!("unexpected answer ({e})"))
        })?;
        Ok(a.translations.into_iter().map(|t| t.text).collect())
    }
    fn max_batch_items(&self) -> usize {
        50
    }
    fn max_batch_bytes(&self) -> usize {
        // 128 KiB a request, with room for JSON escaping.
        96 * 1024
    }
    fn concurrency(&self) -> usize {
        2
    }
}
