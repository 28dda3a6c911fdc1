//! Reading articles: files, stdin, and (later) URLs and corpora.
//!
//! `ingest` is the only stage that touches the file system. It turns bytes into an [`Article`]
//! whose `body` is the text exactly as read (after the optional header line), so every later
//! offset points into the original.

mod text;

use std::io::Read;
use std::path::Path;

pub use text::{Header, parse_article};

use crate::error::{Error, Result};
use crate::model::Article;

/// Largest input read whole. Larger files are refused with this limit named.
pub const MAX_INPUT_BYTES: u64 = 20 * 1024 * 1024;

/// Options that apply to every article read.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Outlet to use when the article has no header naming one.
    pub outlet: Option<String>,
}

/// Read one source: a path, or `-` for standard input.
pub fn read_source(source: &str, opts: &IngestOptions) -> Result<Article> {
    let (bytes, id) = if source == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut buf)
            .map_err(|e| Error::input("-", format!("cannot read standard input: {e}")))?;
        (buf, "stdin".to_string())
    } else {
        let path = Path::new(source);
        (read_file(path, source)?, article_id(path))
    };
    let text = decode(&bytes, source)?;
    Ok(parse_article(text, &id, source, opts.outlet.as_deref()))
}

/// The article id of a file: its stem (`en-caspian-courier.txt` → `en-caspian-courier`).
pub fn article_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn read_file(path: &Path, shown: &str) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::input(shown, io_advice(&e)))?;
    if meta.is_dir() {
        return Err(Error::input(
            shown,
            "is a directory; pass the article files inside it (e.g. DIR/*.txt)",
        ));
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(Error::input(
            shown,
            format!(
                "is {} MB, more than the {} MB limit for one article; split it or pass a smaller file",
                meta.len() / (1024 * 1024),
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
        ));
    }
    std::fs::read(path).map_err(|e| Error::input(shown, io_advice(&e)))
}

fn io_advice(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file; check the path".to_string(),
        std::io::ErrorKind::PermissionDenied => {
            "permission denied; check the file's permissions".to_string()
        }
        _ => format!("cannot read: {e}"),
    }
}

/// Check that `bytes` are a usable article text and return it as UTF-8.
pub fn decode(bytes: &[u8], shown: &str) -> Result<String> {
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(Error::input(
            shown,
            format!(
                "is larger than the {} MB limit for one article; split it",
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
        ));
    }
    if bytes.is_empty() {
        return Err(Error::input(shown, "is empty; nothing to compare"));
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::input(
            shown,
            format!(
                "looks like a binary file (NUL byte at offset {pos}), not an article; pass a text file"
            ),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::input(
            shown,
            format!(
                "is not valid UTF-8 (invalid byte at offset {}); convert it first, e.g. `iconv -f windows-1251 -t utf-8`",
                e.valid_up_to()
            ),
        )
    })?;
    if text.trim().is_empty() {
        return Err(Error::input(
            shown,
            "holds only white space; nothing to compare",
        ));
    }
    Ok(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_empty_binary_and_non_utf8_with_the_input_named() {
        let e = decode(b"", "a.txt").unwrap_err().to_string();
        assert!(e.starts_with("a.txt: ") && e.contains("empty"), "{e}");
        let e = decode(b"abc\0def", "b.bin").unwrap_err().to_string();
        assert!(
            e.contains("b.bin") && e.contains("binary") && e.contains("offset 3"),
            "{e}"
        );
        let e = decode(b"caf\xe9 noir", "c.txt").unwrap_err().to_string();
        assert!(
            e.contains("c.txt") && e.contains("UTF-8") && e.contains("offset 3"),
            "{e}"
        );
        let e = decode(b" \n\t\n", "d.txt").unwrap_err().to_string();
        assert!(e.contains("white space"), "{e}");
    }

    #[test]
    fn strips_a_byte_order_mark() {
        assert_eq!(decode(b"\xEF\xBB\xBFHello.", "x").unwrap(), "Hello.");
    }

    #[test]
    fn missing_file_and_directory_are_named() {
        let e = read_source("/nonexistent/zz.txt", &IngestOptions::default())
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("/nonexistent/zz.txt: no such file"), "{e}");
        let dir = std::env::temp_dir();
        let e = read_source(dir.to_str().unwrap(), &IngestOptions::default())
            .unwrap_err()
            .to_string();
        assert!(e.contains("is a directory"), "{e}");
    }
}
