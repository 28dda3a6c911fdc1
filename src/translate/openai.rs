//! OpenAI-compatible chat completions (OpenAI, Ollama, llama.cpp, vLLM): `POST
//! /v1/chat/completions` with a JSON-schema `response_format`. The prompt says which tokens
//! stand for protected names; the answer is checked before use: valid JSON, one translation per
//! sentence, every name token kept. A malformed answer is asked for once more, then is an error.

use serde::Deserialize;
use serde_json::{Value, json};

use super::http::Http;
use super::{Result, Translator};

pub struct OpenAi {
    http: Http,
    key: Option<String>,
    model: String,
    path: &'static str,
}

pub const DEFAULT_MODEL: &str = "gpt-4o-mini";

#[derive(Deserialize)]
struct Completion {
    choices: Vec<Choice>,
}

#[derive(Deserialize)]
struct Choice {
    message: Message,
}

#[derive(Deserialize)]
struct Message {
    content: Option<String>,
}

#[derive(Deserialize)]
struct Output {
    translations: Vec<String>,
}

impl OpenAi {
    pub fn new(http: Http, key: Option<String>, model: Option<String>) -> OpenAi {
        // `--backend-url http://host/v1` and `http://host` both work.
        let path = if http.base.ends_with("/v1") {
            "/chat/completions"
        } else {
            "/v1/chat/completions"
        };
        OpenAi {
            http,
            key: key.filter(|k| !k.is_empty()),
            model: model.unwrap_or_else(|| DEFAULT_MODEL.to_string()),
            path,
        }
    }

    fn request_body(&self, texts: &[String], from: &str, to: &str) -> Value {
        let system = format!(
            "You are a translation engine. Translate each sentence of the user's JSON array \
             from the language with ISO 639-1 code `{from}` into `{to}`. Glossary: every token \
             of the form ZXQ followed by digits (ZXQ0, ZXQ1, …) is a protected proper name; copy \
             each one exactly as it is, once, where the name belongs in the translation, and do \
             not translate, inflect or explain it. Answer with JSON {{\"translations\": [...]}}: \
             one translated string per input sentence, in the same order, nothing else."
        );
        json!({
            "model": self.model,
            "temperature": 0,
            "messages": [
                {"role": "system", "content": system},
                {"role": "user", "content": serde_json::to_string(texts).unwrap_or_default()},
            ],
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": "translations",
                    "strict": true,
                    "schema": {
                        "type": "object",
                        "properties": {
                            "translations": {"type": "array", "items": {"type": "string"}}
                        },
                        "required": ["translations"],
                        "additionalProperties": false
                    }
                }
            }
        })
    }

    /// The translations in `answer`, or why it cannot be used.
    fn check(answer: &str, texts: &[String]) -> std::result::Result<Vec<String>, String> {
        let c: Completion =
            serde_json::from_str(answer).map_err(|e| format!("not a chat completion ({e})"))?;
        let content = c
            .choices
            .into_iter()
            .next()
            .and_then(|c| c.message.content)
            .ok_or("the answer has no message content")?;
        let content = content.trim();
        // Some local servers wrap JSON in a Markdown fence despite the schema.
        let content = content
            .strip_prefix("```json")
            .or_else(|| content.strip_prefix("```"))
            .and_then(|c| c.strip_suffix("```"))
            .unwrap_or(content);
        let out: Output = serde_json::from_str(content)
            .map_err(|e| format!("the model's answer does not follow the schema ({e})"))?;
        if out.translations.len() != texts.len() {
            return Err(format!(
                "the model returned {} translations for {} sentences",
                out.translations.len(),
                texts.len()
            ));
        }
        for (src, dst) in texts.iter().zip(&out.translations) {
            for token in tokens(src) {
                if !dst.contains(token) {
                    return Err(format!("the model dropped the name token {token}"));
                }
            }
        }
        Ok(out.translations)
    }
}

/// The `ZXQ<digits>` tokens of a text.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| {
        w.len() > 3 && w.starts_with("ZXQ") && w[3..].bytes().all(|b| b.is_ascii_digit())
    })
}

impl Translator for OpenAi {
    fn name(&self) -> &str {
        "openai"
    }
    fn model(&self) -> &str {
        &self.model
    }
    fn url(&self) -> &str {
        &self.http.base
    }
    fn supports(&self, _from: &str, _to: &str) -> Result<bool> {
        // A language model has no list of pairs; it is asked and its answer checked.
        Ok(true)
    }
    fn translate_batch(&self, texts: &[String], from: &str, to: &str) -> Result<Vec<String>> {
        let body = self.request_body(texts, from, to);
        let mut last = String::new();
        for _ in 0..2 {
            let answer = self.http.send(
                self.path,
                |c, url| super::http::bearer(c.post(url).json(&body), self.key.as_deref()),
                |s| {
                    (s.as_u16() == 404)
                        .then_some("unknown model, or not an OpenAI-compatible server")
                },
            )?;
            match Self::check(&answer, texts) {
                Ok(t) => return Ok(t),
                Err(e) => last = e,
            }
        }
        Err(self.http.error(self.path, last))
    }
    fn max_batch_items(&self) -> usize {
        20
    }
    fn concurrency(&self) -> usize {
        2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn completion(content: &str) -> String {
        json!({"choices": [{"message": {"role": "assistant", "content": content}}]}).to_string()
    }

    #[test]
    fn checked_answers() {
        let texts = vec!["Hola ZXQ0.".to_string(), "Adiós.".to_string()];
        let ok = completion(r#"{"translations": ["Hello ZXQ0.", "Bye."]}"#);
        assert_eq!(OpenAi::check(&ok, &texts).unwrap(), ["Hello ZXQ0.", "Bye."]);
        let fenced = completion("```json\n{\"translations\": [\"Hello ZXQ0.\", \"Bye.\"]}\n```");
        assert!(OpenAi::check(&fenced, &texts).is_ok());
        let short = completion(r#"{"translations": ["Hello ZXQ0."]}"#);
        assert!(
            OpenAi::check(&short, &texts)
                .unwrap_err()
                .contains("1 translations for 2")
        );
        let dropped = completion(r#"{"translations": ["Hello.", "Bye."]}"#);
        assert!(
            OpenAi::check(&dropped, &texts)
                .unwrap_err()
                .contains("ZXQ0")
        );
        let prose = completion("Sure! Here you go.");
        assert!(
            OpenAi::check(&prose, &texts)
                .unwrap_err()
                .contains("schema")
        );
    }
}
