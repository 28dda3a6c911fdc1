//! Web pages: the article inside the page, found with a Readability port (dom_smoothie).

use std::borrow::Cow;
use std::collections::HashMap;

use dom_smoothie::{Config, Readability, TextMode};

use crate::error::{Error, Result};

/// Extracted text shorter than this (in characters) gets a warning: probably not the article.
pub const SHORT_ARTICLE_CHARS: usize = 200;

/// What Readability found in a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// `YYYY-MM-DD` when the page gives a publication date.
    pub date: Option<String>,
    /// The page's declared language (`lang` attribute or metadata), as given.
    pub lang: Option<String>,
    /// Paragraphs separated by blank lines.
    pub text: String,
    pub warnings: Vec<String>,
}

/// Does this text look like an HTML document rather than plain text?
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(64)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<!--")
}

/// Extract the article of an HTML page. `url` is the page's address, when known.
pub fn extract(html: &str, shown: &str, url: Option<&str>) -> Result<Extracted> {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let no_article = || {
        Error::input(
            shown,
            "no article text found in this HTML page; pass the article's own page, or its text",
        )
    };
    let html = cap_nesting(html);
    let mut reader = Readability::new(&*html, url, Some(cfg)).map_err(|e| {
        Error::input(
            shown,
            format!("cannot read this HTML page ({e}); pass its text"),
        )
    })?;
    let article = reader.parse().map_err(|_| no_article())?;
    let text = tidy(&article.text_content);
    if text.trim().is_empty() {
        return Err(no_article());
    }
    let mut warnings = Vec::new();
    let chars = text.chars().count();
    if chars < SHORT_ARTICLE_CHARS {
        warnings.push(format!(
            "the article extracted from this page is only {chars} characters long; it may be a teaser or the wrong part of the page"
        ));
    }
    let nonempty = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let title = nonempty(Some(article.title));
    Ok(Extracted {
        title,
        byline: nonempty(article.byline),
        date: article.published_time.as_deref().and_then(iso_date),
        lang: nonempty(article.lang),
        text,
        warnings,
    })
}

/// Elements nested deeper than this (counting only elements that need an end tag) are
/// flattened before parsing: their start and end tags are dropped and their content joins the
/// element at this depth. Both the HTML parser (every block start tag walks the whole stack of
/// open elements) and the Readability pass (every candidate node re-collects its descendants'
/// text) take time quadratic in nesting depth, so a 2 MB page of 200,000 nested `<div>`s ran
/// for minutes. Browsers' parsers flatten at 512 too; real pages stay far below it, so their
/// text reaches the parser unchanged.
const MAX_NESTING: usize = 512;

/// Elements that hold no content.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose end tag may be left out: the parser closes them itself when a sibling or the
/// parent's end tag comes, so they cannot pile up, and counting them would make pages that leave
/// out `</p>` or `</li>` look deep.
const SELF_CLOSING_SIBLINGS: &[&str] = &[
    "body", "caption", "colgroup", "dd", "dt", "head", "html", "li", "option", "p", "tbody", "td",
    "tfoot", "th", "thead", "tr",
];

/// Elements whose content is text up to their end tag, not markup.
const RAW_TEXT: &[&str] = &[
    "iframe", "noembed", "noframes", "noscript", "script", "style", "textarea", "title", "xmp",
];

/// An end tag cannot close an element opened outside one of these (HTML's "scope").
const SCOPE_BOUNDARY: &[&str] = &[
    "applet", "caption", "html", "marquee", "object", "table", "td", "template", "th",
];

/// Formatting elements: a misnested end tag of one reopens or clones rather than closing the
/// elements opened inside it (HTML's adoption agency).
const FORMATTING: &[&str] = &[
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// `html` with elements nested deeper than [`MAX_NESTING`] flattened; borrowed, unchanged, when
/// nothing is that deep. One pass over the text with a stack of at most [`MAX_NESTING`] open
/// elements: it follows the parser's rules closely enough that its depth is never far below the
/// parser's, so what it lets through stays shallow.
fn cap_nesting(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    // Open elements (names as written) and whether each is a formatting element.
    let mut open: Vec<(&str, bool)> = Vec::new();
    // Their depth for the cap: a table counts [`TABLE_DEPTH`] (its body, row and cell are
    // opened by the parser and not counted here)
    let mut depth = 0usize;
    // Start tags dropped, by lowercase name, whose end tags are still to drop.
    let mut dropped: HashMap<String, usize> = HashMap::new();
    let mut foreign = 0usize; // open <svg> and <math>, where `<x/>` closes itself
    let mut out = String::new();
    let mut copied = 0usize; // `html[..copied]` is in `out`
    let mut i = 0usize;
    while let Some(off) = html[i..].find('<') {
        let start = i + off;
        let rest = &b[start + 1..];
        if rest.starts_with(b"!--") {
            i = html[start + 4..]
                .find("-->")
                .map_or(b.len(), |e| start + 4 + e + 3);
            continue;
        }
        let (end_tag, name_at) = match rest.first() {
            Some(b'/') if rest.get(1).is_some_and(u8::is_ascii_alphabetic) => (true, start + 2),
            Some(c) if c.is_ascii_alphabetic() => (false, start + 1),
            Some(b'!' | b'?' | b'/') => {
                i = html[start..].find('>').map_or(b.len(), |e| start + e + 1);
                continue;
            }
            _ => {
                i = start + 1;
                continue;
            }
        };
        let name_end = b[name_at..]
            .iter()
            .position(|c| c.is_ascii_whitespace() || *c == b'/' || *c == b'>')
            .map_or(b.len(), |e| name_at + e);
        let name = &html[name_at..name_end];
        let Some((tag_end, self_closing)) = tag_end(b, name_end) else {
            break; // an unfinished tag at the end: text to the parser
        };
        i = tag_end;
        let lower = name.to_ascii_lowercase();
        let is = |set: &[&str]| set.contains(&lower.as_str());
        let mut drop = false;
        if end_tag {
            if let Some(n) = dropped.get_mut(&lower).filter(|n| **n > 0) {
                *n -= 1;
                drop = true;
            } else if let Some(k) = find_open(&open, name) {
                let above_all_formatting = open[k + 1..].iter().all(|&(_, f)| f);
                let removed: Vec<(&str, bool)> = if is(FORMATTING) && k + 1 < open.len() {
                    // The parser keeps the elements opened inside: it reopens misnested
                    // formatting elements, and clones this one inside a block opened in it.
                    if above_all_formatting {
                        vec![open.remove(k)]
                    } else {
                        Vec::new()
                    }
                } else {
                    open.drain(k..).collect()
                };
                foreign -= removed.iter().filter(|(n, _)| is_foreign_root(n)).count();
                depth -= removed.iter().map(|(n, _)| depth_of(n)).sum::<usize>();
            }
        } else if is(RAW_TEXT) || lower == "plaintext" {
            if lower == "plaintext" {
                break;
            }
            i = raw_text_end(html, tag_end, &lower);
        } else if !(is(VOID) || is(SELF_CLOSING_SIBLINGS) || (self_closing && foreign > 0)) {
            if depth + depth_of(name) > MAX_NESTING {
                *dropped.entry(lower).or_default() += 1;
                drop = true;
            } else {
                foreign += usize::from(is_foreign_root(name));
                depth += depth_of(name);
                open.push((name, is(FORMATTING)));
            }
        }
        if drop {
            out.push_str(&html[copied..start]);
            copied = tag_end;
        }
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Where the tag whose name ends at `from` ends (just past its `>`), and whether it ends in
/// `/>`; `None` when the text ends first. Quoted attribute values may hold `>`.
fn tag_end(b: &[u8], from: usize) -> Option<(usize, bool)> {
    let mut j = from;
    let mut after_eq = false;
    while j < b.len() {
        match b[j] {
            b'>' => return Some((j + 1, j > from && b[j - 1] == b'/')),
            q @ (b'"' | b'\'') if after_eq => {
                j += 1 + b[j + 1..].iter().position(|&c| c == q)?;
                after_eq = false;
            }
            b'=' => after_eq = true,
            c if c.is_ascii_whitespace() => {}
            _ => after_eq = false,
        }
        j += 1;
    }
    None
}

/// Just past the end tag `</name` that ends a raw-text element's content starting at `from`
/// (the end of the text when there is none). `name` is lowercase.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let b = html.as_bytes();
    let mut j = from;
    while let Some(off) = html[j..].find("</") {
        let at = j + off + 2;
        let after = at + name.len();
        if b.get(at..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && b.get(after)
                .is_none_or(|c| c.is_ascii_whitespace() || *c == b'/' || *c == b'>')
        {
            return j + off; // the end tag itself is read as a tag (and closes nothing)
        }
        j = at;
    }
    b.len()
}

/// The innermost open element an end tag named `name` closes, if any within scope.
fn find_open(open: &[(&str, bool)], name: &str) -> Option<usize> {
    for (k, (n, _)) in open.iter().enumerate().rev() {
        if n.eq_ignore_ascii_case(name) {
            return Some(k);
        }
        if SCOPE_BOUNDARY.iter().any(|s| n.eq_ignore_ascii_case(s)) {
            return None;
        }
    }
    None
}

/// What a table adds to the depth: itself, and the body, row and cell the parser opens in it
/// (which are not counted as tags, since their end tags may be left out). Counted as one, 200,000
/// nested `<table><tr><td>` still took 17 s after the cap.
const TABLE_DEPTH: usize = 4;

/// The depth an open element adds (see [`TABLE_DEPTH`]).
fn depth_of(name: &str) -> usize {
    if name.eq_ignore_ascii_case("table") {
        TABLE_DEPTH
    } else {
        1
    }
}

fn is_foreign_root(name: &str) -> bool {
    name.eq_ignore_ascii_case("svg") || name.eq_ignore_ascii_case("math")
}

/// Trim every line and keep paragraphs apart by exactly one blank line.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for para in text.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(para);
    }
    out.push('\n');
    out
}

/// The `YYYY-MM-DD` at the start of an ISO 8601 timestamp.
fn iso_date(s: &str) -> Option<String> {
    let d = s.trim().get(..10)?;
    let b = d.as_bytes();
    (b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()))
    .then(|| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    // An invented page about an invented event.
    fn page() -> String {
        let para = "<p>The ferry between the two harbour towns resumed its crossings on Tuesday \
            after a week of storms, the operator said, adding that the evening sailing would \
            stay cancelled until the pier lights are repaired.</p>";
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry resumes crossings | Harbour Gazette</title>\
             <meta property=\"article:published_time\" content=\"2024-03-05T08:00:00Z\">\
             <meta name=\"author\" content=\"Mira Talvane\"></head><body>\
             <nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>\
             <article><h1>Ferry resumes crossings</h1>{para}{para}{para}</article>\
             <footer>Contact us</footer></body></html>"
        )
    }

    #[test]
    fn extracts_body_title_byline_date_lang() {
        let e = extract(&page(), "p.html", None).unwrap();
        assert!(
            e.text.contains("ferry between the two harbour towns"),
            "{}",
            e.text
        );
        assert!(!e.text.contains("Contact us"), "{}", e.text);
        assert!(e.title.unwrap().contains("Ferry resumes crossings"));
        assert_eq!(e.byline.as_deref(), Some("Mira Talvane"));
        assert_eq!(e.date.as_deref(), Some("2024-03-05"));
        assert_eq!(e.lang.as_deref(), Some("en"));
        assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    }

    #[test]
    fn short_extraction_warns_and_empty_page_fails() {
        let e = extract(
            "<html><body><p>Only a short note here.</p></body></html>",
            "s.html",
            None,
        );
        match e {
            Ok(e) => assert!(
                e.warnings[0].contains("characters long"),
                "{:?}",
                e.warnings
            ),
            Err(e) => assert!(e.to_string().contains("no article text"), "{e}"),
        }
        let e = extract("<html><body><nav></nav></body></html>", "n.html", None)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("n.html: no article text"), "{e}");
    }

    #[test]
    fn deep_nesting_is_flattened_not_quadratic() {
        // 100,000 nested <div>s took minutes when nesting reached the parser and Readability.
        let depth = 100_000;
        let para = "<p>Azerbaijan launched an offensive on Tuesday, officials said.</p>";
        let closed = format!("{}{para}{}", "<div>".repeat(depth), "</div>".repeat(depth));
        let unclosed = format!("{}{para}", "<div>".repeat(depth));
        for html in [&closed, &unclosed] {
            let capped = cap_nesting(html);
            assert_eq!(capped.matches("<div>").count(), MAX_NESTING);
            assert!(capped.matches("</div>").count() <= MAX_NESTING);
            let e = extract(html, "deep.html", None).unwrap();
            assert_eq!(
                e.text,
                "Azerbaijan launched an offensive on Tuesday, officials said.\n"
            );
        }
        // Closing tags that match what is open, misnested formatting and self-closing svg
        // children keep a long page shallow: nothing is dropped.
        let flat = format!(
            "<html><body>{}<svg>{}</svg></body></html>",
            "<div><b><i>x</b></i><p>y<ul><li>z</ul><span>w</div><script>'<div>'</script>"
                .repeat(2000),
            "<path d=\"M0 0\"/>".repeat(2000)
        );
        assert!(matches!(cap_nesting(&flat), Cow::Borrowed(_)));
        assert!(matches!(cap_nesting(&page()), Cow::Borrowed(_)));
    }

    #[test]
    fn sniffs_html() {
        assert!(looks_like_html("  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<HTML><body>"));
        assert!(!looks_like_html("The <b> tag is bold."));
    }
}
