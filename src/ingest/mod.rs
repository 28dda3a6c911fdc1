//! Reading articles: files, stdin, web pages, JSON Lines corpora and directories.
//!
//! `ingest` is the only stage that touches the file system or the network. It turns bytes into an
//! [`Article`] whose `body` is the text exactly as read (after the optional header line; for web
//! pages, the extracted article text), so every later offset points into it. Warnings (an
//! encoding guessed, a suspiciously short page) are returned as data in [`Loaded`]; this stage
//! never prints.

pub mod encoding;
pub mod fetch;
pub mod html;
pub mod jsonl;
mod text;

use std::io::Read;
use std::path::{Path, PathBuf};

pub use fetch::FetchLimits;
pub use text::{Header, parse_article};

use crate::error::{Error, Result};
use crate::model::{Article, InputFailure};

/// Largest input read whole (one file, one response, one JSON line). Larger ones are refused with
/// this limit named, before they are read.
pub const MAX_INPUT_BYTES: u64 = 20 * 1024 * 1024;

/// File extensions read when walking a directory.
pub const ARTICLE_EXTENSIONS: [&str; 4] = ["txt", "html", "htm", "jsonl"];

/// Options that apply to every article read.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Outlet to use when the article has no header naming one.
    pub outlet: Option<String>,
    /// Refuse URLs instead of fetching them.
    pub offline: bool,
    /// Timeouts and caps for URLs.
    pub fetch: FetchLimits,
}

/// One article read, with what the reader noticed on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub article: Article,
    /// For the user (stderr): an encoding guessed, a short extraction, …
    pub warnings: Vec<String>,
    /// The language a web page declares (`<html lang>`), as given; detection still decides.
    pub declared_lang: Option<String>,
}

/// One item of a multi-article read: an article, or an input that failed.
pub type Item = std::result::Result<Loaded, InputFailure>;

/// Turn an error into the failure entry of a multi-article report.
pub fn failure(source: &str, e: Error) -> InputFailure {
    match e {
        Error::Input { input, message } => InputFailure {
            source: input,
            message,
        },
        other => InputFailure {
            source: source.to_string(),
            message: other.to_string(),
        },
    }
}

/// Read one article: a path, `-` for standard input, or an http(s) URL.
pub fn read_source(source: &str, opts: &IngestOptions) -> Result<Loaded> {
    if source == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut buf)
            .map_err(|e| Error::input("-", format!("cannot read standard input: {e}")))?;
        if buf.len() as u64 > MAX_INPUT_BYTES {
            return Err(too_large("-"));
        }
        return from_bytes(&buf, "-", "stdin", None, None, false, opts);
    }
    if fetch::is_url(source) {
        if opts.offline {
            return Err(Error::input(
                source,
                "is a URL, and --offline forbids fetching; save the page and pass the file, or drop --offline",
            ));
        }
        let f = fetch::fetch(source, &opts.fetch)?;
        let declared = f.content_type.as_deref().and_then(encoding::header_charset);
        let is_html = f
            .content_type
            .as_deref()
            .is_some_and(|c| c.to_ascii_lowercase().contains("html"));
        let id = url_id(&f.final_url);
        return from_bytes(
            &f.bytes,
            source,
            &id,
            Some(&f.final_url),
            declared.as_deref(),
            is_html,
            opts,
        );
    }
    if source.contains("://") {
        return Err(Error::input(
            source,
            "only http:// and https:// addresses can be fetched; download it and pass the file",
        ));
    }
    let path = Path::new(source);
    if is_jsonl(path) && path.is_file() {
        return Err(Error::input(
            source,
            "is a JSON Lines corpus of many articles; this command takes one article (names, detect and compare read corpora)",
        ));
    }
    let bytes = read_file(path, source)?;
    from_bytes(
        &bytes,
        source,
        &article_id(path),
        None,
        None,
        is_html_path(path),
        opts,
    )
}

/// Read every source lazily, expanding directories (recursively) and JSON Lines corpora into
/// their articles. Failures are items too, so one bad input never stops the others.
pub fn read_all<'a>(
    sources: &'a [String],
    opts: &'a IngestOptions,
) -> impl Iterator<Item = Item> + 'a {
    sources.iter().flat_map(move |s| expand(s, opts))
}

fn expand<'a>(source: &str, opts: &'a IngestOptions) -> Box<dyn Iterator<Item = Item> + 'a> {
    let one = |r: Result<Loaded>| -> Box<dyn Iterator<Item = Item> + 'a> {
        Box::new(std::iter::once(r.map_err(|e| failure(source, e))))
    };
    if source == "-" || source.contains("://") {
        return one(read_source(source, opts));
    }
    let path = Path::new(source);
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return one(Err(Error::input(source, io_advice(&e)))),
    };
    if meta.is_dir() {
        let mut files = Vec::new();
        if let Err(e) = walk(path, &mut files) {
            return one(Err(Error::input(source, io_advice(&e))));
        }
        if files.is_empty() {
            return one(Err(Error::input(
                source,
                "is a directory without article files (*.txt, *.html, *.htm, *.jsonl); pass another directory or the files",
            )));
        }
        files.sort();
        return Box::new(files.into_iter().flat_map(move |p| {
            let shown = p.display().to_string();
            expand_file(&p, &shown, opts)
        }));
    }
    expand_file(path, source, opts)
}

fn expand_file<'a>(
    path: &Path,
    shown: &str,
    opts: &'a IngestOptions,
) -> Box<dyn Iterator<Item = Item> + 'a> {
    if is_jsonl(path) {
        match std::fs::File::open(path) {
            Ok(f) => {
                return Box::new(jsonl::Lines::new(
                    std::io::BufReader::new(f),
                    shown,
                    &article_id(path),
                    opts,
                ));
            }
            Err(e) => {
                return Box::new(std::iter::once(Err(InputFailure {
                    source: shown.to_string(),
                    message: io_advice(&e),
                })));
            }
        }
    }
    let r = read_file(path, shown).and_then(|bytes| {
        from_bytes(
            &bytes,
            shown,
            &article_id(path),
            None,
            None,
            is_html_path(path),
            opts,
        )
    });
    Box::new(std::iter::once(r.map_err(|e| failure(shown, e))))
}

/// Collect the article files under `dir`, recursively. Symbolic links to directories are not
/// followed (no loops).
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let path = entry.path();
        if kind.is_dir() {
            walk(&path, out)?;
        } else if has_article_extension(&path) {
            out.push(path);
        }
    }
    Ok(())
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

fn has_article_extension(path: &Path) -> bool {
    ARTICLE_EXTENSIONS.contains(&extension(path).as_str())
}

fn is_jsonl(path: &Path) -> bool {
    extension(path) == "jsonl"
}

fn is_html_path(path: &Path) -> bool {
    matches!(extension(path).as_str(), "html" | "htm")
}

/// Decode, then either extract the article of a web page or parse a plain-text article.
fn from_bytes(
    bytes: &[u8],
    shown: &str,
    id: &str,
    url: Option<&str>,
    declared: Option<&str>,
    html_hint: bool,
    opts: &IngestOptions,
) -> Result<Loaded> {
    let meta = if html_hint || sniff_html(bytes) {
        encoding::meta_charset(bytes)
    } else {
        None
    };
    let decoded = encoding::decode_bytes(bytes, shown, declared.or(meta.as_deref()))?;
    let mut warnings: Vec<String> = decoded.warning.into_iter().collect();
    if html_hint || html::looks_like_html(&decoded.text) {
        let x = html::extract(&decoded.text, shown, url)?;
        warnings.extend(x.warnings);
        let article = Article {
            id: id.to_string(),
            source: shown.to_string(),
            outlet: opts.outlet.clone(),
            date: x.date,
            title: x.title,
            perspective: None,
            url: url.map(str::to_string),
            byline: x.byline,
            body: x.text,
        };
        return Ok(Loaded {
            article,
            warnings,
            declared_lang: x.lang,
        });
    }
    let mut article = parse_article(decoded.text, id, shown, opts.outlet.as_deref());
    if article.body.trim().is_empty() {
        return Err(Error::input(
            shown,
            "holds only a header line and no article text; nothing to compare",
        ));
    }
    article.url = url.map(str::to_string);
    Ok(Loaded {
        article,
        warnings,
        declared_lang: None,
    })
}

fn sniff_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(256)];
    html::looks_like_html(&String::from_utf8_lossy(head))
}

/// The article id of a file: its stem (`en-caspian-courier.txt` → `en-caspian-courier`).
pub fn article_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// The article id of a URL: its last path segment, or the host.
fn url_id(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let trimmed = rest.trim_end_matches('/');
    match trimmed.rsplit_once('/') {
        None => trimmed.to_string(),
        Some((_, seg)) => {
            let stem = seg.rsplit_once('.').map_or(seg, |(s, _)| s);
            if stem.is_empty() { seg } else { stem }.to_string()
        }
    }
}

fn too_large(shown: &str) -> Error {
    Error::input(
        shown,
        format!(
            "is larger than the {} MB limit for one article; split it or pass a smaller file",
            MAX_INPUT_BYTES / (1024 * 1024)
        ),
    )
}

fn read_file(path: &Path, shown: &str) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::input(shown, io_advice(&e)))?;
    if meta.is_dir() {
        return Err(Error::input(
            shown,
            "is a directory; pass the article files inside it (names, detect and compare read directories)",
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
    // Read through a cap as well: the file may grow, or be a device that reports length 0.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| Error::input(shown, io_advice(&e)))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(too_large(shown));
    }
    Ok(bytes)
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

/// Check that `bytes` are a usable article text and return it as UTF-8 (decoding legacy
/// encodings; see [`encoding::decode_bytes`] for the warning this drops).
pub fn decode(bytes: &[u8], shown: &str) -> Result<String> {
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(too_large(shown));
    }
    Ok(encoding::decode_bytes(bytes, shown, None)?.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_is_decoded_not_refused() {
        assert_eq!(decode(b"caf\xe9 noir", "c.txt").unwrap(), "café noir");
        let e = decode(b"", "a.txt").unwrap_err().to_string();
        assert!(e.starts_with("a.txt: ") && e.contains("empty"), "{e}");
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

    #[test]
    fn offline_refuses_urls_and_other_schemes_are_refused() {
        let opts = IngestOptions {
            offline: true,
            ..Default::default()
        };
        let e = read_source("http://127.0.0.1:9/a", &opts)
            .unwrap_err()
            .to_string();
        assert!(e.contains("--offline"), "{e}");
        let e = read_source("ftp://127.0.0.1/a", &opts)
            .unwrap_err()
            .to_string();
        assert!(e.contains("only http"), "{e}");
    }

    #[test]
    fn directories_are_walked_recursively_and_failures_kept_apart() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("a.txt"), "First article text here.").unwrap();
        std::fs::write(dir.path().join("sub/b.txt"), "").unwrap();
        std::fs::write(
            dir.path().join("sub/c.jsonl"),
            "{\"id\":\"c1\",\"text\":\"One.\"}\n{\"id\":\"c2\",\"text\":\"Two.\"}\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("notes.md"), "ignored").unwrap();
        let sources = vec![dir.path().display().to_string()];
        let opts = IngestOptions::default();
        let items: Vec<_> = read_all(&sources, &opts).collect();
        let ids: Vec<_> = items
            .iter()
            .filter_map(|i| i.as_ref().ok().map(|l| l.article.id.clone()))
            .collect();
        assert_eq!(ids, ["a", "c1", "c2"]);
        let failed: Vec<_> = items.iter().filter_map(|i| i.as_ref().err()).collect();
        assert_eq!(failed.len(), 1);
        assert!(failed[0].source.ends_with("b.txt"), "{failed:?}");
        let empty = tempfile::tempdir().unwrap();
        let sources = vec![empty.path().display().to_string()];
        let items: Vec<_> = read_all(&sources, &opts).collect();
        assert!(
            items[0]
                .as_ref()
                .unwrap_err()
                .message
                .contains("without article files")
        );
    }

    #[test]
    fn url_ids() {
        assert_eq!(
            url_id("https://a.test/news/ferry-resumes.html?x=1"),
            "ferry-resumes"
        );
        assert_eq!(url_id("http://a.test/"), "a.test");
    }
}
