//! Apertium APy: `GET /listPairs`, `POST /translate` with `langpair=spa|eng`, `q` and
//! `markUnknown=no`. APy speaks ISO 639-3 (`spa`, `eng`); we map from ISO 639-1.
//!
//! Batching: APy translates a multi-line `q` line by line and keeps the line breaks (checked
//! against APy 0.11 in tests/translate.rs), so a batch is one request with one sentence a line.
//! Should an answer come back with a different number of lines, each sentence is sent alone.

use std::sync::OnceLock;

use serde::Deserialize;

use super::http::Http;
use super::placeholders::Style;
use super::{Result, Translator, iso1, iso3};

pub struct Apertium {
    http: Http,
    /// (from, to) pairs as ISO 639-1, fetched once.
    pairs: OnceLock<Vec<(String, String)>>,
}

#[derive(Deserialize)]
struct Pairs {
    #[serde(rename = "responseData")]
    data: Vec<Pair>,
}

#[derive(Deserialize)]
struct Pair {
    #[serde(rename = "sourceLanguage")]
    source: String,
    #[serde(rename = "targetLanguage")]
    target: String,
}

#[derive(Deserialize)]
struct Answer {
    #[serde(rename = "responseData")]
    data: AnswerData,
}

#[derive(Deserialize)]
struct AnswerData {
    #[serde(rename = "translatedText")]
    text: String,
}

impl Apertium {
    pub fn new(http: Http) -> Apertium {
        Apertium {
            http,
            pairs: OnceLock::new(),
        }
    }

    /// The installed pairs, as ISO 639-1 codes. Variants (`eng_US`) and languages without a
    /// 639-1 code are left out.
    pub fn pairs(&self) -> Result<&[(String, String)]> {
        if let Some(p) = self.pairs.get() {
            return Ok(p);
        }
        let body = self
            .http
            .send("/listPairs", |c, url| c.get(url), |_| None)?;
        let parsed: Pairs = serde_json::from_str(&body).map_err(|e| {
            self.http.error(
                "/listPairs",
                format!("not an APy pair list ({e}); is this an Apertium APy server?"),
            )
        })?;
        let pairs = parsed
            .data
            .iter()
            .filter_map(|p| Some((iso1(&p.source)?.to_string(), iso1(&p.target)?.to_string())))
            .collect();
        Ok(self.pairs.get_or_init(|| pairs))
    }

    fn request(&self, q: &str, pair: &str) -> Result<String> {
        let body = self.http.send(
            "/translate",
            |c, url| {
                c.post(url)
                    .form(&[("langpair", pair), ("q", q), ("markUnknown", "no")])
            },
            |s| (s.as_u16() == 400).then_some("is the language pair installed? see /listPairs"),
        )?;
        let a: Answer = serde_json::from_str(&body).map_err(|e| {
            self.http
                .error("/translate", format!("unexpected answer ({e})"))
        })?;
        Ok(a.data.text)
    }
}

impl Translator for Apertium {
    fn name(&self) -> &str {
        "apertium"
    }
    fn url(&self) -> &str {
        &self.http.base
    }
    fn supports(&self, from: &str, to: &str) -> Result<bool> {
        Ok(self.pairs()?.iter().any(|(a, b)| a == from && b == to))
    }
    fn translate_batch(&self, texts: &[String], from: &str, to: &str) -> Result<Vec<String>> {
        let code = |l: &str| iso3(l).unwrap_or("und").to_string();
        let pair = format!("{}|{}", code(from), code(to));
        let joined = texts.join("\n");
        let answer = self.request(&joined, &pair)?;
        let lines: Vec<String> = answer.split('\n').map(|l| l.trim().to_string()).collect();
        if lines.len() == texts.len() {
            return Ok(lines);
        }
        texts
            .iter()
            .map(|t| self.request(t, &pair).map(|a| a.trim().to_string()))
            .collect()
    }
    fn max_batch_items(&self) -> usize {
        40
    }
    fn max_batch_bytes(&self) -> usize {
        16 * 1024
    }
    fn placeholder_style(&self) -> Style {
        Style::ProperNoun
    }
}
