//! A stand-in for an OpenAI-compatible chat-completions server: `POST /v1/chat/completions`
//! with `model`, `messages` and a JSON-schema `response_format`, Bearer auth. Its "translation"
//! upper-cases each sentence of the user message (a JSON array) and answers
//! `{"translations": [...]}` in the message content, as the schema asks.

#![allow(dead_code)]

use serde_json::json;

use super::stub_http::{Reply, Request, Stub, serve};

pub const KEY: &str = "sk-test-openai-5d1e";

/// The content the model would answer for these sentences.
pub fn translate(sentences: &[String]) -> String {
    let out: Vec<String> = sentences.iter().map(|s| s.to_uppercase()).collect();
    json!({"translations": out}).to_string()
}

pub fn completion(content: &str) -> Reply {
    Reply::json(
        200,
        json!({
            "id": "chatcmpl-1", "object": "chat.completion", "model": "test-model",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}]
        }),
    )
}

pub fn start(fail: impl Fn(&Request, usize) -> Option<Reply> + Send + Sync + 'static) -> Stub {
    serve(move |req, n| {
        if req.header("authorization") != Some(&format!("Bearer {KEY}")) {
            return Reply::json(
                401,
                json!({"error": {"message": "Incorrect API key provided"}}),
            );
        }
        if let Some(r) = fail(req, n) {
            return r;
        }
        if req.method != "POST" || req.path() != "/v1/chat/completions" {
            return Reply::json(404, json!({"error": {"message": "not found"}}));
        }
        let body = req.json();
        if body["response_format"]["type"] != "json_schema" || body["model"].as_str().is_none() {
            return Reply::json(400, json!({"error": {"message": "bad request"}}));
        }
        let user = body["messages"][1]["content"].as_str().unwrap_or("[]");
        let sentences: Vec<String> = serde_json::from_str(user).unwrap_or_default();
        completion(&translate(&sentences))
    })
}
