//! LibreTranslate: `POST /translate` with `q` as an array, `source`, `target`, `format` and
//! `api_key` (when the server wants one); `GET /languages` for what it translates.

use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::json;

use super::http::Http;
use super::{Result, Translator};

pub struct LibreTranslate {
    http: Http,
    key: Option<String>,
    languages: OnceLock<Vec<Language>>,
}

#[derive(Debug, Clone, Deserialize)]
struct Language {
    code: String,
    #[serde(default)]
    targets: Vec<String>,
}

#[derive(Deserialize)]
struct Answer {
    #[serde(rename = "translatedText")]
    text: Vec<String>,
}

impl LibreTranslate {
    pub fn new(http: Http, key: Option<String>) -> LibreTranslate {
        LibreTranslate {
            http,
            key,
            languages: OnceLock::new(),
        }
    }

    fn languages(&self) -> Result<&[Language]> {
        if let Some(l) = self.languages.get() {
            return Ok(l);
        }
        let body = self
            .http
            .send("/languages", |c, url| c.get(url), |_| None)?;
        let langs: Vec<Language> = serde_json::from_str(&body).map_err(|e| {
            self.http.error(
                "/languages",
                format!("not a LibreTranslate language list ({e})"),
            )
        })?;
        Ok(self.languages.get_or_init(|| langs))
    }
}

impl Translator for LibreTranslate {
    fn name(&self) -> &str {
        "libretranslate"
    }
    fn url(&self) -> &str {
        &self.http.base
    }
    fn supports(&self, from: &str, to: &str) -> Result<bool> {
        Ok(self
            .languages()?
            .iter()
            .any(|l| l.code == from && (l.targets.is_empty() || l.targets.iter().any(|t| t == to))))
    }
    fn translate_batch(&self, texts: &[String], from: &str, to: &str) -> Result<Vec<String>> {
        let mut body = json!({"q": texts, "source": from, "target": to, "format": "text"});
        if let Some(k) = &self.key {
            body["api_key"] = json!(k);
        }
        let answer = self.http.send(
            "/translate",
            |c, url| c.post(url).json(&body),
            |s| match s.as_u16() {
                400 => Some("the server rejected the request; is the language pair supported?"),
                403 => Some("this server needs an API key: set LIBRETRANSLATE_API_KEY, or `key` under [backends.libretranslate] in the settings file"),
                _ => None,
            },
        )?;
        let a: Answer = serde_json::from_str(&answer).map_err(|e| {
            self.http
                .error("/translate", format!("unexpected answer ({e})"))
        })?;
        Ok(a.text)
    }
    fn concurrency(&self) -> usize {
        2
    }
}
