//! The settings file: translation defaults and each backend's address, key and model, so that
//! a desk sets them once instead of on every command.
//!
//! ```toml
//! [translate]
//! backend = "deepl"         # when --backend is not given
//! naming = "intl-press"     # --naming
//! timeout = 30              # --timeout, seconds
//! retries = 4               # --retries
//!
//! [backends.deepl]
//! key = "…"                 # DEEPL_API_KEY wins over it
//! url = "https://api-free.deepl.com"
//!
//! [backends.openai]
//! url = "http://127.0.0.1:11434"
//! model = "llama3.1"
//!
//! [embeddings]              # compare / align --embeddings without a URL
//! url = "http://127.0.0.1:27381"
//! model = "multilingual-e5-small-q4"
//! key = "…"                 # PARALLAX_EMBEDDINGS_KEY wins over it
//! ```
//!
//! Where it is: `--config FILE`, else `PARALLAX_CONFIG`, else `parallax/config.toml` in the
//! platform's configuration directory (`~/.config` on Linux) when that file exists. A flag wins
//! over the environment, which wins over the file. Unknown keys and backends are errors with the
//! file, line and column, so a misspelt `timout` does not pass unnoticed. A key is kept in a
//! [`Secret`], whose `Debug` does not show it, and no message quotes it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{BACKENDS, TranslateError};

/// The whole file.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// `[translate]`: defaults for the translation flags.
    #[serde(default)]
    pub translate: Defaults,
    /// `[backends.NAME]`: how to reach each backend.
    #[serde(default)]
    pub backends: BTreeMap<String, Backend>,
    /// `[embeddings]`: the embeddings server `compare` and `align --embeddings` use when given no
    /// URL.
    #[serde(default)]
    pub embeddings: Backend,
}

/// `[translate]`.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    pub backend: Option<String>,
    pub naming: Option<String>,
    pub timeout: Option<f64>,
    pub retries: Option<usize>,
}

/// `[backends.NAME]`.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backend {
    pub url: Option<String>,
    pub key: Option<Secret>,
    pub model: Option<String>,
}

/// An API key: shown by `Debug` as `Secret(…)`.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// The key itself, for the request header and nothing else.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl Settings {
    /// Parse `text`, read from `origin` (for messages).
    pub fn parse(text: &str, origin: &str) -> Result<Settings, TranslateError> {
        let settings: Settings = toml::from_str(text).map_err(|e| {
            let (line, column) = e
                .span()
                .map_or((1, 1), |s| crate::glossary::line_col(text, s.start));
            TranslateError::Config(format!(
                "{origin}:{line}:{column}: {}",
                e.message().trim_end()
            ))
        })?;
        if let Some(name) = settings
            .backends
            .keys()
            .chain(settings.translate.backend.as_ref())
            .find(|n| !BACKENDS.contains(&n.as_str()))
        {
            let at = text
                .find(&format!("backends.{name}"))
                .or_else(|| text.find(&format!("\"{name}\"")))
                .map_or(1, |o| crate::glossary::line_col(text, o).0);
            return Err(TranslateError::Config(format!(
                "{origin}:{at}: unknown translation backend `{name}`; use one of: {}",
                BACKENDS.join(", ")
            )));
        }
        Ok(settings)
    }

    /// Read and parse the file at `path`.
    pub fn load(path: &Path) -> Result<Settings, TranslateError> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            TranslateError::Config(format!(
                "cannot read the settings file {}: {e}",
                path.display()
            ))
        })?;
        Settings::parse(&text, &path.display().to_string())
    }

    /// The settings of backend `name` (empty when the file has none).
    pub fn backend(&self, name: &str) -> Backend {
        self.backends.get(name).cloned().unwrap_or_default()
    }

    /// Whether the file holds any key.
    pub fn has_keys(&self) -> bool {
        self.backends.values().any(|b| b.key.is_some()) || self.embeddings.key.is_some()
    }
}

/// `parallax/config.toml` in the platform's configuration directory.
pub fn platform_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("parallax").join("config.toml"))
}

/// Whether users other than the owner may read the file at `path` (Unix permissions; always
/// false elsewhere): a file that holds keys should not be.
pub fn readable_by_others(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
[translate]
backend = "deepl"
naming = "intl-press"
timeout = 12.5
retries = 2

[backends.deepl]
key = "k-123-secret"
url = "https://api-free.deepl.com"

[backends.openai]
url = "http://127.0.0.1:11434"
model = "llama3.1"
"#;

    #[test]
    fn reads_defaults_and_backends() {
        let s = Settings::parse(FILE, "config.toml").unwrap();
        assert_eq!(s.translate.backend.as_deref(), Some("deepl"));
        assert_eq!(s.translate.naming.as_deref(), Some("intl-press"));
        assert_eq!(s.translate.timeout, Some(12.5));
        assert_eq!(s.translate.retries, Some(2));
        let deepl = s.backend("deepl");
        assert_eq!(deepl.key.as_ref().map(Secret::expose), Some("k-123-secret"));
        assert_eq!(deepl.url.as_deref(), Some("https://api-free.deepl.com"));
        assert_eq!(s.backend("openai").model.as_deref(), Some("llama3.1"));
        assert!(s.backend("apertium").url.is_none());
        assert!(s.has_keys());
        assert!(!Settings::parse("", "empty").unwrap().has_keys());
    }

    #[test]
    fn debug_never_shows_a_key() {
        let s = Settings::parse(FILE, "config.toml").unwrap();
        let shown = format!("{s:?}");
        assert!(!shown.contains("k-123-secret"), "{shown}");
        assert!(shown.contains("Secret(…)"), "{shown}");
    }

    #[test]
    fn mistakes_are_named_with_file_and_line() {
        let err = |text: &str| Settings::parse(text, "cfg.toml").unwrap_err().to_string();
        let e = err("[translate]\ntimout = 3\n");
        assert!(e.starts_with("cfg.toml:2:1:"), "{e}");
        assert!(e.contains("timout"), "{e}");
        let e = err("[translate]\nretries = \"four\"\n");
        assert!(e.starts_with("cfg.toml:2:"), "{e}");
        let e = err("\n\n[backends.google]\nkey = \"x\"\n");
        assert!(e.starts_with("cfg.toml:3:"), "{e}");
        assert!(e.contains("unknown translation backend `google`"), "{e}");
        assert!(e.contains("apertium, libretranslate, deepl, openai"), "{e}");
        let e = err("[translate]\nbackend = \"bing\"\n");
        assert!(e.starts_with("cfg.toml:2:"), "{e}");
        let e = err("[backends.deepl]\nkey = \"k-123-secret\"\nbogus = 1\n");
        assert!(!e.contains("k-123-secret"), "{e}");
        let missing = Settings::load(Path::new("/nonexistent/parallax.toml")).unwrap_err();
        assert!(
            missing
                .to_string()
                .contains("cannot read the settings file /nonexistent/parallax.toml"),
            "{missing}"
        );
    }
}
