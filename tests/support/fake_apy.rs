//! A stand-in for Apertium APy (`/listPairs`, `/translate` with `langpair`, `q`,
//! `markUnknown`), used where a test must count requests. Its "translation" is `EN ` + each
//! line; the real engine is tested when PARALLAX_TEST_APY is set.

#![allow(dead_code)]

use serde_json::json;

use super::stub_http::{Reply, Stub, serve};

pub fn start() -> Stub {
    serve(|req, _| match req.path() {
        "/listPairs" => Reply::json(
            200,
            json!({"responseData": [{"sourceLanguage": "spa", "targetLanguage": "eng"}],
                   "responseDetails": null, "responseStatus": 200}),
        ),
        "/translate" => {
            if req.form("langpair").as_deref() != Some("spa|eng") {
                return Reply::json(
                    400,
                    json!({"status": "error", "code": 400,
                    "message": "Bad Request", "explanation": "That pair is not installed"}),
                );
            }
            let q = req.form("q").unwrap_or_default();
            // like Apertium, a line holding a full stop alone (parallax's separator) stays so
            let out: Vec<String> = q
                .split('\n')
                .map(|l| {
                    if l == "." {
                        l.to_string()
                    } else {
                        format!("EN {l}")
                    }
                })
                .collect();
            Reply::json(
                200,
                json!({"responseData": {"translatedText": out.join("\n")},
                "responseDetails": null, "responseStatus": 200}),
            )
        }
        _ => Reply::json(404, json!({"status": "error", "code": 404})),
    })
}
