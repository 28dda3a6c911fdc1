//! JSON Lines corpora: one article a line, read lazily so a corpus never sits in memory whole.
//!
//! A line: `{"id", "outlet", "date", "url", "title", "text" | "html", "perspective"}`; only
//! `text` or `html` is required. A line that does not parse is an error naming `FILE:LINE`;
//! the other lines are still read.

use std::io::{BufRead, Read};

use serde::Deserialize;

use super::{IngestOptions, Loaded, MAX_INPUT_BYTES, html};
use crate::model::{Article, InputFailure};

#[derive(Debug, Deserialize)]
struct Entry {
    id: Option<serde_json::Value>,
    outlet: Option<String>,
    date: Option<String>,
    url: Option<String>,
    title: Option<String>,
    text: Option<String>,
    html: Option<String>,
    perspective: Option<String>,
}

/// The articles of a JSON Lines stream, one item per non-blank line.
pub struct Lines<R> {
    reader: R,
    shown: String,
    stem: String,
    line_no: usize,
    opts: IngestOptions,
    done: bool,
    /// Whether any line gave an article or a failure.
    any: bool,
}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R, shown: &str, stem: &str, opts: &IngestOptions) -> Self {
        Lines {
            reader,
            shown: shown.to_string(),
            stem: stem.to_string(),
            line_no: 0,
            opts: opts.clone(),
            done: false,
            any: false,
        }
    }

    fn fail(&self, message: impl Into<String>) -> InputFailure {
        InputFailure {
            source: format!("{}:{}", self.shown, self.line_no),
            message: message.into(),
        }
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Result<Loaded, InputFailure>;

    /// The next article; a stream that ends without any (an empty file, blank lines only)
    /// gives one failure saying so, so that "no input could be read" has a message above it.
    fn next(&mut self) -> Option<Self::Item> {
        let item = self.next_line();
        match item {
            Some(_) => self.any = true,
            None if !self.any => {
                self.any = true;
                return Some(Err(InputFailure {
                    source: self.shown.clone(),
                    message: "holds no article (empty, or blank lines only); a JSON Lines corpus has one JSON object a line, with \"text\" or \"html\"".to_string(),
                }));
            }
            None => {}
        }
        item
    }
}

impl<R: BufRead> Lines<R> {
    fn next_line(&mut self) -> Option<Result<Loaded, InputFailure>> {
        loop {
            if self.done {
                return None;
            }
            let mut buf = Vec::new();
            // A line is read up to the one-article limit; past it the rest is skipped unread.
            let n = match (&mut self.reader)
                .take(MAX_INPUT_BYTES + 1)
                .read_until(b'\n', &mut buf)
            {
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    self.line_no += 1;
                    return Some(Err(self.fail(format!("cannot read: {e}"))));
                }
            };
            if n == 0 {
                self.done = true;
                return None;
            }
            self.line_no += 1;
            if buf.len() as u64 > MAX_INPUT_BYTES && buf.last() != Some(&b'\n') {
                // Skip to the end of this overlong line without keeping it.
                let mut sink = Vec::new();
                loop {
                    sink.clear();
                    match (&mut self.reader)
                        .take(1 << 20)
                        .read_until(b'\n', &mut sink)
                    {
                        Ok(0) => break,
                        Ok(_) if sink.last() == Some(&b'\n') => break,
                        Ok(_) => {}
                        Err(_) => break,
                    }
                }
                return Some(Err(self.fail(format!(
                    "this line is longer than the {} MB limit for one article; split it",
                    MAX_INPUT_BYTES / (1024 * 1024)
                ))));
            }
            if buf.trim_ascii().is_empty() {
                continue;
            }
            return Some(self.entry(&buf));
        }
    }
}

impl<R: BufRead> Lines<R> {
    fn entry(&self, line: &[u8]) -> Result<Loaded, InputFailure> {
        let e: Entry = serde_json::from_slice(line).map_err(|e| {
            self.fail(format!(
                "not a JSON object of an article ({e}); each line must be one JSON object with \"text\" or \"html\""
            ))
        })?;
        let id = match &e.id {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => format!("{}:{}", self.stem, self.line_no),
        };
        let mut warnings = Vec::new();
        let (body, title, date) = match (e.text, e.html) {
            (Some(text), _) => (text, e.title, e.date),
            (None, Some(page)) => {
                let shown = format!("{}:{}", self.shown, self.line_no);
                let x = html::extract(&page, &shown, e.url.as_deref()).map_err(|err| {
                    self.fail(match err {
                        crate::error::Error::Input { message, .. } => message,
                        other => other.to_string(),
                    })
                })?;
                warnings.extend(x.warnings);
                (x.text, e.title.or(x.title), e.date.or(x.date))
            }
            (None, None) => {
                return Err(self.fail(
                    "has neither \"text\" nor \"html\"; give the article's text in one of them",
                ));
            }
        };
        if body.trim().is_empty() {
            return Err(self.fail("the article text is empty; nothing to read"));
        }
        if let Some(d) = &date
            && !is_iso_date(d)
        {
            warnings.push(format!(
                "the date {d:?} is not YYYY-MM-DD (a time may follow); it is shown as given: check the corpus"
            ));
        }
        Ok(Loaded {
            article: Article {
                id,
                source: format!("{}:{}", self.shown, self.line_no),
                outlet: e.outlet.or_else(|| self.opts.outlet.clone()),
                date,
                title,
                perspective: e.perspective,
                url: e.url,
                byline: None,
                body,
            },
            warnings,
            declared_lang: None,
        })
    }
}

/// `2023-09-30`, or that followed by a time (`2023-09-30T12:00:00Z`, `2023-09-30 12:00`).
fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && (b.len() == 10 || matches!(b[10], b'T' | b' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_lines_kept_bad_line_named() {
        let data = "{\"id\":\"a\",\"outlet\":\"North Desk\",\"text\":\"Rain fell on Monday.\"}\n\
                    \n\
                    {\"id\":\"b\",\"text\":\"Snow fell\n\
                    {\"id\":7,\"title\":\"T\",\"text\":\"Sun on Friday.\",\"perspective\":\"local\"}\n\
                    {\"id\":\"c\"}\n";
        let items: Vec<_> =
            Lines::new(data.as_bytes(), "c.jsonl", "c", &Default::default()).collect();
        assert_eq!(items.len(), 4, "{items:?}");
        let a = &items[0].as_ref().unwrap().article;
        assert_eq!(
            (a.id.as_str(), a.outlet.as_deref()),
            ("a", Some("North Desk"))
        );
        let bad = items[1].as_ref().unwrap_err();
        assert_eq!(bad.source, "c.jsonl:3");
        assert!(bad.message.contains("JSON"), "{}", bad.message);
        let d = &items[2].as_ref().unwrap().article;
        assert_eq!(d.id, "7");
        assert_eq!(d.perspective.as_deref(), Some("local"));
        assert_eq!(d.source, "c.jsonl:4");
        let e = items[3].as_ref().unwrap_err();
        assert!(e.message.contains("neither"), "{}", e.message);
    }

    #[test]
    fn a_date_that_is_not_iso_is_kept_with_a_warning() {
        let data = "{\"text\":\"Rain fell.\",\"date\":\"2026-03-04\\\"><script>1</script>\"}\n\
                    {\"text\":\"Snow fell.\",\"date\":\"2026-03-04T08:00:00Z\"}\n";
        let items: Vec<_> =
            Lines::new(data.as_bytes(), "d.jsonl", "d", &Default::default()).collect();
        let bad = items[0].as_ref().unwrap();
        assert_eq!(
            bad.article.date.as_deref(),
            Some("2026-03-04\"><script>1</script>")
        );
        assert!(
            bad.warnings.iter().any(|w| w.contains("not YYYY-MM-DD")),
            "{:?}",
            bad.warnings
        );
        assert!(items[1].as_ref().unwrap().warnings.is_empty());
    }

    #[test]
    fn a_corpus_without_articles_says_so_once() {
        for data in ["", "\n  \n\n"] {
            let items: Vec<_> =
                Lines::new(data.as_bytes(), "e.jsonl", "e", &Default::default()).collect();
            assert_eq!(items.len(), 1, "{items:?}");
            let f = items[0].as_ref().unwrap_err();
            assert_eq!(f.source, "e.jsonl");
            assert!(f.message.contains("holds no article"), "{}", f.message);
        }
        // a corpus with one article gives just that
        let one = "{\"text\":\"Rain fell on Monday.\"}\n";
        let items: Vec<_> =
            Lines::new(one.as_bytes(), "o.jsonl", "o", &Default::default()).collect();
        assert_eq!(items.len(), 1);
        assert!(items[0].is_ok());
    }
}
