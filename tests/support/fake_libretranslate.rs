//! A stand-in for LibreTranslate, following its API documentation: `POST /translate` with a
//! JSON body `{q: [..], source, target, format, api_key}` answering `{translatedText: [..]}`,
//! and `GET /languages`. Its "translation" is `<target>: ` + the text.

#![allow(dead_code)]

use serde_json::json;

use super::stub_http::{Reply, Request, Stub, serve};

pub const KEY: &str = "libre-test-key-91c2";

pub fn start(fail: impl Fn(&Request, usize) -> Option<Reply> + Send + Sync + 'static) -> Stub {
    serve(move |req, n| {
        if let Some(r) = fail(req, n) {
            return r;
        }
        match (req.method.as_str(), req.path()) {
            ("GET", "/languages") => Reply::json(
                200,
                json!([
                    {"code": "en", "name": "English", "targets": ["es"]},
                    {"code": "es", "name": "Spanish", "targets": ["en"]}
                ]),
            ),
            ("POST", "/translate") => {
                let body = req.json();
                if body["api_key"].as_str() != Some(KEY) {
                    return Reply::json(403, json!({"error": "Invalid API key"}));
                }
                let (Some(q), Some(target)) = (body["q"].as_array(), body["target"].as_str())
                else {
                    return Reply::json(
                        400,
                        json!({"error": "Invalid request: missing q parameter"}),
                    );
                };
                let out: Vec<String> = q
                    .iter()
                    .map(|t| format!("{target}: {}", t.as_str().unwrap_or("")))
                    .collect();
                Reply::json(200, json!({"translatedText": out}))
            }
            _ => Reply::json(404, json!({"error": "Not Found"})),
        }
    })
}
