//! A stand-in for the DeepL API v2, following its documentation: `POST /v2/translate` with a
//! JSON `text` array, `source_lang`, `target_lang` and the `DeepL-Auth-Key` header;
//! `GET /v2/languages?type=source|target`. Its "translation" is `[EN-GB] ` + the text.

#![allow(dead_code)]

use serde_json::json;

use super::stub_http::{Reply, Request, Stub, serve};

pub const KEY: &str = "deepl-test-key-7f3a:fx";

/// `fail(request, n)` may answer instead of the normal reply (n = earlier requests to the path).
pub fn start(fail: impl Fn(&Request, usize) -> Option<Reply> + Send + Sync + 'static) -> Stub {
    serve(move |req, n| {
        if req.header("authorization") != Some(&format!("DeepL-Auth-Key {KEY}")) {
            return Reply::json(403, json!({"message": "Wrong endpoint or key"}));
        }
        if let Some(r) = fail(req, n) {
            return r;
        }
        match (req.method.as_str(), req.path()) {
            ("GET", "/v2/languages") if req.target.contains("type=target") => Reply::json(
                200,
                json!([{"language": "EN-GB", "name": "English (British)"}, {"language": "ES", "name": "Spanish"}]),
            ),
            ("GET", "/v2/languages") => Reply::json(
                200,
                json!([{"language": "EN", "name": "English"}, {"language": "ES", "name": "Spanish"}]),
            ),
            ("POST", "/v2/translate") => {
                let body = req.json();
                let (Some(texts), Some(target)) =
                    (body["text"].as_array(), body["target_lang"].as_str())
                else {
                    return Reply::json(400, json!({"message": "Value for 'text' not supported."}));
                };
                let translations: Vec<_> = texts
                    .iter()
                    .map(|t| json!({"detected_source_language": "ES", "text": format!("[{target}] {}", t.as_str().unwrap_or(""))}))
                    .collect();
                Reply::json(200, json!({"translations": translations}))
            }
            _ => Reply::json(404, json!({"message": "Not found"})),
        }
    })
}
