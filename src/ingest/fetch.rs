//! Fetching a web page: reqwest (blocking, rustls with the ring provider), with limits.

use std::io::Read;
use std::time::Duration;

use crate::error::{Error, Result};

/// Limits for one fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FetchLimits {
    pub connect_timeout: Duration,
    /// For the whole exchange, body included.
    pub timeout: Duration,
    pub max_redirects: usize,
    pub max_bytes: u64,
}

impl Default for FetchLimits {
    fn default() -> Self {
        FetchLimits {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_redirects: 10,
            max_bytes: super::MAX_INPUT_BYTES,
        }
    }
}

/// A fetched response body and what the server said about it.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub bytes: Vec<u8>,
    /// The Content-Type header, when given.
    pub content_type: Option<String>,
    /// The address after redirects.
    pub final_url: String,
}

/// Is this source a web address?
pub fn is_url(source: &str) -> bool {
    let lower = source.get(..8).unwrap_or(source).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// GET `url` within `limits`. Errors name the URL and the kind of failure.
pub fn fetch(url: &str, limits: &FetchLimits) -> Result<Fetched> {
    // reqwest is built without a default crypto provider (see Cargo.toml); install ring once.
    // An Err means one is already installed, which is fine.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::blocking::Client::builder()
        .user_agent(concat!("parallax/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(limits.connect_timeout)
        .timeout(limits.timeout)
        .redirect(reqwest::redirect::Policy::limited(limits.max_redirects))
        .gzip(true)
        .build()
        .map_err(|e| Error::input(url, format!("cannot set up the HTTP client: {e}")))?;
    let response = client
        .get(url)
        .send()
        .map_err(|e| Error::input(url, describe(&e, limits)))?;
    let status = response.status();
    if !status.is_success() {
        return Err(Error::input(
            url,
            format!(
                "the server answered HTTP {status}; check the address, or save the page and pass the file"
            ),
        ));
    }
    let too_big = || {
        Error::input(
            url,
            format!(
                "the response is larger than the {} MB limit for one article; save the article text and pass the file",
                limits.max_bytes / (1024 * 1024)
            ),
        )
    };
    if response
        .content_length()
        .is_some_and(|n| n > limits.max_bytes)
    {
        return Err(too_big());
    }
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let final_url = response.url().to_string();
    let mut bytes = Vec::new();
    response
        .take(limits.max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            let timeout = e.kind() == std::io::ErrorKind::TimedOut
                || e.to_string().to_ascii_lowercase().contains("timed out");
            if timeout {
                Error::input(url, timeout_message(limits))
            } else {
                Error::input(url, format!("the connection broke while reading: {e}"))
            }
        })?;
    if bytes.len() as u64 > limits.max_bytes {
        return Err(too_big());
    }
    Ok(Fetched {
        bytes,
        content_type,
        final_url,
    })
}

fn timeout_message(limits: &FetchLimits) -> String {
    format!(
        "no complete answer within {} s (timed out); try again later, or save the page and pass the file",
        limits.timeout.as_secs_f64()
    )
}

/// Say what went wrong in words a user can act on: DNS, connection, TLS, timeout, redirects.
fn describe(e: &reqwest::Error, limits: &FetchLimits) -> String {
    let chain = error_chain(e).to_ascii_lowercase();
    if e.is_timeout() {
        timeout_message(limits)
    } else if e.is_redirect() {
        format!(
            "too many redirects (more than {}), probably a redirect loop; open the address in a browser to see where it leads",
            limits.max_redirects
        )
    } else if chain.contains("dns")
        || chain.contains("failed to lookup")
        || chain.contains("name or service not known")
    {
        "cannot resolve the host name (DNS); check the address and your network".to_string()
    } else if chain.contains("certificate") || chain.contains("tls") || chain.contains("handshake")
    {
        format!("the secure connection (TLS) failed: {chain}; check the address")
    } else if e.is_builder() {
        // the address itself: no host, a port out of range, a character a URL cannot hold
        let what = chain
            .rsplit(": ")
            .next()
            .unwrap_or(chain.as_str())
            .to_string();
        format!("is not a usable web address ({what}); check it")
    } else if e.is_connect() {
        "cannot connect to the server (connection refused or unreachable); check the address and your network".to_string()
    } else {
        format!("the request failed: {chain}")
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(inner) = cur {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        cur = inner.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_recognised() {
        assert!(is_url("https://example.invalid/a"));
        assert!(is_url("HTTP://x"));
        assert!(!is_url("article.html"));
        assert!(!is_url("ftp://x"));
    }

    #[test]
    fn a_closed_port_is_a_connection_error() {
        // Bind then drop: the port is very likely closed now.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let url = format!("http://127.0.0.1:{port}/a");
        let e = fetch(&url, &FetchLimits::default())
            .unwrap_err()
            .to_string();
        assert!(e.starts_with(&url) && e.contains("cannot connect"), "{e}");
    }
}
