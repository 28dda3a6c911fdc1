//! Plain-text articles: an optional wire header line, a headline, hard-wrapped paragraphs.
//!
//! The body keeps the text byte for byte; reflowing hard-wrapped lines is the segmenter's job
//! (a single line break is not a boundary, a blank line is), so offsets stay true.

use crate::model::Article;

/// What a first line like ` date 2023-09-29 (Caspian Courier)` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub date: String,
    pub outlet: Option<String>,
}

/// Parse a wire header line: `date YYYY-MM-DD (Outlet` with optional leading space and `)`.
pub fn parse_header(line: &str) -> Option<Header> {
    let rest = line.trim().strip_prefix("date")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start();
    let date = rest.get(..10)?;
    if !is_iso_date(date) {
        return None;
    }
    let after = rest[10..].trim();
    let outlet = match after.strip_prefix('(') {
        Some(o) => {
            let o = o.trim_end().strip_suffix(')').unwrap_or(o).trim();
            (!o.is_empty()).then(|| o.to_string())
        }
        None if after.is_empty() => None,
        None => return None,
    };
    Some(Header {
        date: date.to_string(),
        outlet,
    })
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}

/// Build an article from its text. The header line, when present, is not part of the body.
pub fn parse_article(text: String, id: &str, source: &str, outlet: Option<&str>) -> Article {
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    let header = parse_header(&text[..first_line_end]);
    let body = if header.is_some() {
        text[first_line_end..].to_string()
    } else {
        text
    };
    let title = headline(&body).map(str::to_string);
    let (date, header_outlet) = match header {
        Some(h) => (Some(h.date), h.outlet),
        None => (None, None),
    };
    Article {
        id: id.to_string(),
        source: source.to_string(),
        outlet: header_outlet.or_else(|| outlet.map(str::to_string)),
        date,
        title,
        perspective: None,
        url: None,
        byline: None,
        body,
    }
}

/// The headline: a first paragraph of one short line without sentence-final punctuation.
fn headline(body: &str) -> Option<&str> {
    let trimmed = body.trim_start();
    let para_end = trimmed
        .find("\n\n")
        .or_else(|| trimmed.find("\r\n\r\n"))
        .unwrap_or(trimmed.len());
    let para = trimmed[..para_end].trim();
    let one_line = !para.contains('\n');
    let ends_open = !para.ends_with(['.', '!', '?', '։', '؟', '…', '。', ':', '"', '”', '»']);
    (one_line
        && ends_open
        && !para.is_empty()
        && para.chars().count() <= 200
        && para_end < trimmed.len())
    .then_some(para)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_gives_date_and_outlet() {
        let h = parse_header(" date 2023-09-29 (MENAFN\n").unwrap();
        assert_eq!(h.date, "2023-09-29");
        assert_eq!(h.outlet.as_deref(), Some("MENAFN"));
        let h = parse_header("date 2023-09-20 (Caspian Courier)").unwrap();
        assert_eq!(h.outlet.as_deref(), Some("Caspian Courier"));
        assert_eq!(parse_header("date 2023-09-20").unwrap().outlet, None);
    }

    #[test]
    fn a_dateline_is_not_a_header() {
        assert_eq!(parse_header("BAKU, September 29. Officials said"), None);
        assert_eq!(parse_header("dated 2023-09-29 (X)"), None);
        assert_eq!(parse_header("date 2023-13-29 (X)"), None);
        assert_eq!(parse_header("date tomorrow (X)"), None);
    }

    #[test]
    fn body_excludes_header_and_keeps_bytes() {
        let text = " date 2023-09-29 (Ararat Ledger)\n\nExodus continues\n\nSTEPANAKERT, Sept. 29. More\nthan 90,000 people left.\n";
        let a = parse_article(text.to_string(), "x", "x.txt", Some("Other"));
        assert_eq!(a.outlet.as_deref(), Some("Ararat Ledger"));
        assert_eq!(a.date.as_deref(), Some("2023-09-29"));
        assert_eq!(a.title.as_deref(), Some("Exodus continues"));
        assert!(a.body.starts_with("\nExodus continues"));
        assert!(
            a.body.contains("More\nthan"),
            "hard wraps are kept in the body"
        );
    }

    #[test]
    fn outlet_option_used_without_header() {
        let a = parse_article("One line. Two.\n".to_string(), "a", "a.txt", Some("Desk"));
        assert_eq!(a.outlet.as_deref(), Some("Desk"));
        assert_eq!(
            a.title, None,
            "a sentence ending in a period is not a headline"
        );
        assert_eq!(a.date, None);
    }
}
