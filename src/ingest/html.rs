//! Web pages: the article inside the page, found with a Readability port (dom_smoothie).

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
    let mut reader = Readability::new(html, url, Some(cfg)).map_err(|e| {
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
    fn sniffs_html() {
        assert!(looks_like_html("  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<HTML><body>"));
        assert!(!looks_like_html("The <b> tag is bold."));
    }
}
