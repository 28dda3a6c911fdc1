//! Apertium APy: `GET /listPairs`, `POST /translate` with `langpair=spa|eng`, `q` and
//! `markUnknown=no`. APy speaks ISO 639-3 (`spa`, `eng`); we map from ISO 639-1.
//!
//! Batching: APy translates a multi-line `q` line by line and keeps the line breaks (checked
//! against APy 0.11 in tests/translate.rs), so a batch is one request with one sentence a line.
//! Should an answer come back with a different number of lines, each sentence is sent alone.
//!
//! Pivots: Debian packages few pairs into English (eng-spa, eng-cat, …) but more between
//! neighbours (fr-es, cat-ita, es-pt, …). When no pair leads straight from the source to the
//! target, a route through one intermediate language (French → Spanish → English) is taken
//! with APy's `POST /translateChain` (`langpairs=fra|spa|eng`), and the caller warns that the
//! translation went through a pivot. One pivot at most: every further hop coarsens the text.
//!
//! Apertium marks words: `*` unknown (`markUnknown=no` removes it from a direct translation but
//! not from the inner steps of a chain), `#` not generated (`#turn`), `@` not transferred. The
//! marks are dropped at the start of a word, except a mark the source itself holds (a hashtag).

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

    /// The languages between `from` and `to`: none for an installed pair, else one pivot with a
    /// pair from `from` and one to `to`; `None` when there is neither.
    fn pivots(&self, from: &str, to: &str) -> Result<Option<Vec<String>>> {
        let pairs = self.pairs()?;
        if pairs.iter().any(|(a, b)| a == from && b == to) {
            return Ok(Some(Vec::new()));
        }
        // the first pivot in the server's order, so the route is the same on every run
        Ok(pairs
            .iter()
            .filter(|(a, b)| a == from && b != to)
            .find(|(_, mid)| pairs.iter().any(|(a, b)| a == mid && b == to))
            .map(|(_, mid)| vec![mid.clone()]))
    }

    /// One request: `/translate` for a direct pair, `/translateChain` through pivots.
    fn request(&self, q: &str, langs: &[String]) -> Result<String> {
        let code = |l: &String| iso3(l).unwrap_or("und");
        let chain: Vec<&str> = langs.iter().map(code).collect();
        let (path, key) = if langs.len() == 2 {
            ("/translate", "langpair")
        } else {
            ("/translateChain", "langpairs")
        };
        let pair = chain.join("|");
        let body = self.http.send(
            path,
            |c, url| {
                c.post(url)
                    .form(&[(key, pair.as_str()), ("q", q), ("markUnknown", "no")])
            },
            |s| (s.as_u16() == 400).then_some("is the language pair installed? see /listPairs"),
        )?;
        let a: Answer = serde_json::from_str(&body)
            .map_err(|e| self.http.error(path, format!("unexpected answer ({e})")))?;
        Ok(a.data.text)
    }
}

/// What stands between two texts of one request: a line with a full stop (see
/// [`Apertium::translate_batch`]).
const SEPARATOR: &str = "\n.\n";

/// `translated` without Apertium's marks at word starts (`#turn` → `turn`, `*Kirants` →
/// `Kirants`), except marks that `source` holds too.
fn drop_apertium_marks(source: &str, translated: &str) -> String {
    let mut out = String::with_capacity(translated.len());
    let mut prev: Option<char> = None;
    let mut chars = translated.chars().peekable();
    while let Some(c) = chars.next() {
        let at_word_start = prev.is_none_or(|p| !p.is_alphanumeric());
        let mark = matches!(c, '*' | '#' | '@') && !source.contains(c);
        if mark && at_word_start && chars.peek().is_some_and(|n| n.is_alphabetic()) {
            prev = Some(c);
            continue;
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

impl Translator for Apertium {
    fn name(&self) -> &str {
        "apertium"
    }
    fn url(&self) -> &str {
        &self.http.base
    }
    fn supports(&self, from: &str, to: &str) -> Result<bool> {
        Ok(self.pivots(from, to)?.is_some())
    }
    fn route(&self, from: &str, to: &str) -> Result<Vec<String>> {
        Ok(self.pivots(from, to)?.unwrap_or_default())
    }
    fn translate_batch(&self, texts: &[String], from: &str, to: &str) -> Result<Vec<String>> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let mut langs = vec![from.to_string()];
        langs.extend(self.route(from, to)?);
        langs.push(to.to_string());
        // One text a line, with a line holding a full stop between two: a line break alone is
        // white space to Apertium, and a text without a final full stop (a headline) would
        // run into the next ("…spa town of Utah⏎Ohio, a town…" came back as "…cercano de
        // Ohio⏎de Utah, una ciudad…", each name in the other's sentence).
        let joined = texts.join(SEPARATOR);
        let answer = self.request(&joined, &langs)?;
        let lines: Vec<&str> = answer.split('\n').collect();
        let separated = lines.len() == 2 * texts.len() - 1
            && lines.iter().skip(1).step_by(2).all(|l| l.trim() == ".");
        let lines: Vec<String> = if separated {
            lines.into_iter().step_by(2).map(str::to_string).collect()
        } else {
            texts
                .iter()
                .map(|t| self.request(t, &langs))
                .collect::<Result<_>>()?
        };
        Ok(texts
            .iter()
            .zip(lines)
            .map(|(t, l)| drop_apertium_marks(t, l.trim()))
            .collect())
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
    /// Measured through APy es→en: "Luis Blanco" → "Luis White", "María Soledad Luna" → "María
    /// Soledad Moon"; en→es: "Victoria Baker" → "Victoria Panadero"; fr→es: "Jean Boulanger" →
    /// "Tejanos Panadero".
    fn translates_names_word_by_word(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::drop_apertium_marks;

    #[test]
    fn apertium_marks_are_dropped_unless_the_source_has_them() {
        assert_eq!(
            drop_apertium_marks(
                "Azerbaiyán se ha convertido en un proveedor.",
                "Azerbaijan has #turn a key provider, #2 in Europe."
            ),
            "Azerbaijan has turn a key provider, #2 in Europe."
        );
        assert_eq!(
            drop_apertium_marks("Lo dijo en #Karabaj.", "It said it in #Karabakh."),
            "It said it in #Karabakh."
        );
        // unknown words keep their mark inside a chain of pairs
        assert_eq!(
            drop_apertium_marks("À Kirants, le tracé.", "To *Kirants, the *délimitation."),
            "To Kirants, the délimitation."
        );
    }
}
