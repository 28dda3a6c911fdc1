//! The HTTP side shared by the backends: one blocking client with a per-request timeout, and
//! retries with exponential backoff (the `backon` crate: a well-kept crate with jittered
//! exponential backoff and a blocking sleeper, so we do not hand-roll the delay arithmetic).
//!
//! What is retried: 429, 5xx, timeouts and refused connections. Everything else is final,
//! notably DeepL's 456 (quota exceeded) and 401/403 (bad key). Error messages name the backend
//! and the URL without its query string, and never carry a key: the key is scrubbed from any
//! text the server sent back.

use std::time::Duration;

use backon::{BlockingRetryable, ExponentialBuilder};
use reqwest::StatusCode;
use reqwest::blocking::{Client, RequestBuilder};

use super::{BackendConfig, Result, TranslateError};

/// How often and how patiently to retry.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// First delay; each next one doubles (with jitter).
    pub min_delay: Duration,
    pub max_delay: Duration,
    /// Retries after the first attempt.
    pub max_retries: usize,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            min_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
            max_retries: 4,
        }
    }
}

/// A client bound to one backend's base URL.
#[derive(Debug, Clone)]
pub struct Http {
    pub backend: String,
    /// Base URL without a trailing slash.
    pub base: String,
    client: Client,
    retry: RetryPolicy,
    /// Texts never to show in messages (the API key).
    secrets: Vec<String>,
    /// The option that sets `base`, named when the server cannot be reached.
    url_option: &'static str,
}

/// One failed attempt, and whether another may succeed.
#[derive(Debug)]
struct Attempt {
    retry: bool,
    error: TranslateError,
}

impl Http {
    pub fn new(config: &BackendConfig) -> Result<Http> {
        // reqwest is built without a bundled crypto provider (see Cargo.toml); install ring's.
        // It fails only when a provider is already installed, which is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("parallax/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| {
                TranslateError::Config(format!(
                    "cannot set up the HTTP client for {}: {e}",
                    config.name
                ))
            })?;
        let base = config
            .url
            .clone()
            .unwrap_or_else(|| default_url(&config.name, config.key.as_deref()).to_string());
        Ok(Http {
            backend: config.name.clone(),
            base: base.trim_end_matches('/').to_string(),
            client,
            retry: config.retry,
            secrets: config
                .key
                .iter()
                .filter(|k| !k.is_empty())
                .cloned()
                .collect(),
            url_option: "--backend-url",
        })
    }

    /// Name `option` (not `--backend-url`) as the one that sets the base URL.
    pub fn with_url_option(mut self, option: &'static str) -> Http {
        self.url_option = option;
        self
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// `base` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Send the request `make` builds (again on each attempt) and return the body of a 2xx
    /// answer. `hint_for` may explain a final status in the backend's own terms.
    pub fn send(
        &self,
        path: &str,
        make: impl Fn(&Client, &str) -> RequestBuilder,
        hint_for: impl Fn(StatusCode) -> Option<&'static str>,
    ) -> Result<String> {
        let url = self.url(path);
        let policy = ExponentialBuilder::default()
            .with_min_delay(self.retry.min_delay)
            .with_max_delay(self.retry.max_delay)
            .with_max_times(self.retry.max_retries)
            .with_jitter();
        let attempt = || self.attempt(&url, &make, &hint_for);
        attempt
            .retry(policy)
            .sleep(std::thread::sleep)
            .when(|a: &Attempt| a.retry)
            .call()
            .map_err(|a| a.error)
    }

    fn attempt(
        &self,
        url: &str,
        make: &impl Fn(&Client, &str) -> RequestBuilder,
        hint_for: &impl Fn(StatusCode) -> Option<&'static str>,
    ) -> std::result::Result<String, Attempt> {
        let shown = shown_url(url);
        let unreachable = format!("is the server running, and is {} right?", self.url_option);
        let fail = |retry: bool, message: String, hint: Option<&str>| Attempt {
            retry,
            error: TranslateError::backend(&self.backend, &shown, self.scrub(&message), hint),
        };
        let response = match make(&self.client, url).send() {
            Ok(r) => r,
            Err(e) => {
                let e = e.without_url();
                return Err(if e.is_timeout() {
                    fail(
                        true,
                        "no answer within the timeout".into(),
                        Some("the server is slow or down; raise --timeout or try later"),
                    )
                } else if e.is_connect() {
                    fail(
                        true,
                        format!("cannot connect: {}", error_chain(&e)),
                        Some(&unreachable),
                    )
                } else {
                    fail(true, format!("request failed: {}", error_chain(&e)), None)
                });
            }
        };
        let status = response.status();
        let body = match response.text() {
            Ok(b) => b,
            Err(e) => {
                let e = e.without_url();
                return Err(fail(
                    true,
                    format!("reading the answer failed: {}", error_chain(&e)),
                    None,
                ));
            }
        };
        if status.is_success() {
            return Ok(body);
        }
        let retry = status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error();
        let hint = hint_for(status).or(match status.as_u16() {
            401 | 403 => Some("the API key is missing or wrong; check the environment variable"),
            404 => Some(if self.url_option == "--backend-url" {
                "wrong --backend-url, or the server is not this kind of backend"
            } else {
                "wrong URL, or the server does not serve this API"
            }),
            429 => Some("rate limited; try again later"),
            s if s >= 500 => Some("the server failed; try again later"),
            _ => None,
        });
        let snippet: String = body.chars().take(200).collect();
        Err(fail(
            retry,
            format!(
                "HTTP {}{}",
                status.as_u16(),
                if snippet.trim().is_empty() {
                    String::new()
                } else {
                    format!(": {}", snippet.trim())
                }
            ),
            hint,
        ))
    }

    /// `text` with every secret replaced by `***`.
    pub fn scrub(&self, text: &str) -> String {
        let mut t = text.to_string();
        for s in &self.secrets {
            t = t.replace(s.as_str(), "***");
        }
        t
    }

    /// A final error about this backend (bad answer shape and the like).
    pub fn error(&self, path: &str, message: impl Into<String>) -> TranslateError {
        TranslateError::backend(
            &self.backend,
            &shown_url(&self.url(path)),
            self.scrub(&message.into()),
            None,
        )
    }
}

/// `request` with `key` as a bearer token (OpenAI-compatible servers), when there is one.
pub fn bearer(
    request: reqwest::blocking::RequestBuilder,
    key: Option<&str>,
) -> reqwest::blocking::RequestBuilder {
    match key {
        Some(k) => request.bearer_auth(k),
        None => request,
    }
}

/// Where each backend lives unless `--backend-url` says otherwise.
pub fn default_url(backend: &str, key: Option<&str>) -> &'static str {
    match backend {
        // APy's own default port.
        "apertium" => "http://127.0.0.1:2737",
        "libretranslate" => "http://127.0.0.1:5000",
        // DeepL's free-plan keys end in `:fx` and have their own host.
        "deepl" if key.is_some_and(|k| k.ends_with(":fx")) => "https://api-free.deepl.com",
        "deepl" => "https://api.deepl.com",
        "openai" => "https://api.openai.com",
        _ => "",
    }
}

/// The URL without its query (which may carry article text).
fn shown_url(url: &str) -> String {
    url.split('?').next().unwrap_or(url).to_string()
}

/// An error and its sources, `a: b: c`.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let m = c.to_string();
        if !s.contains(&m) {
            s.push_str(": ");
            s.push_str(&m);
        }
        cur = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_url_drops_the_query() {
        assert_eq!(
            shown_url("http://h:1/translate?q=secret+text"),
            "http://h:1/translate"
        );
    }

    #[test]
    fn deepl_free_keys_use_the_free_host() {
        assert_eq!(
            default_url("deepl", Some("abc:fx")),
            "https://api-free.deepl.com"
        );
        assert_eq!(default_url("deepl", Some("abc")), "https://api.deepl.com");
    }
}
