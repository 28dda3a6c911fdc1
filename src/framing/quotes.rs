//! Quotation-mark pairs in a sentence: “…” "…" «…» »…« „…“ „…” ‹…› ‘…’ ‚…‘.
//!
//! A stack of open marks: a closing mark closes the innermost open mark it belongs to; a closing
//! mark with no opener is ignored (so a lone ’ stays an apostrophe), and unclosed openers are
//! dropped (a quotation that runs past the sentence end).

/// One quotation: `open..close_end` includes the marks, `inner` is the text between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quote {
    pub open: usize,
    pub inner_start: usize,
    pub inner_end: usize,
    pub close_end: usize,
}

/// The quotation pairs of `text`, ordered by opening position.
pub(crate) fn quote_pairs(text: &str) -> Vec<Quote> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let top = stack.last().map(|&(c, _)| c);
        // Does `c` close the innermost open mark?
        let closes = matches!(
            (top, c),
            (Some('"'), '"')
                | (Some('“'), '”')
                | (Some('„'), '“')
                | (Some('„'), '”')
                | (Some('«'), '»')
                | (Some('»'), '«')
                | (Some('‹'), '›')
                | (Some('›'), '‹')
                | (Some('‘'), '’')
                | (Some('‚'), '‘')
        );
        if closes {
            let (_, open) = stack.pop().expect("top exists");
            let open_len = text[open..].chars().next().map_or(1, char::len_utf8);
            out.push(Quote {
                open,
                inner_start: open + open_len,
                inner_end: i,
                close_end: end,
            });
            continue;
        }
        match c {
            '"' | '“' | '„' | '«' | '‹' | '‘' | '‚' => stack.push((c, i)),
            // »…« and ›…‹ (German, Danish) open only where nothing of the other kind is open.
            '»' | '›' => stack.push((c, i)),
            _ => {}
        }
    }
    out.sort_by_key(|q| q.open);
    out
}

/// Whether `c` is one of the quotation marks [`quote_pairs`] knows.
pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '‘' | '’' | '‚'
    )
}

/// Number of words between the marks.
pub(crate) fn word_count(text: &str, q: &Quote) -> usize {
    text[q.inner_start..q.inner_end].split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        quote_pairs(text)
            .iter()
            .map(|q| &text[q.inner_start..q.inner_end])
            .collect()
    }

    #[test]
    fn pairs_of_every_style() {
        assert_eq!(inner("a “b c” d"), vec!["b c"]);
        assert_eq!(inner("a \"b\" d \"e\""), vec!["b", "e"]);
        assert_eq!(
            inner("„lokale Maßnahmen“ und »x«"),
            vec!["lokale Maßnahmen", "x"]
        );
        assert_eq!(
            inner("так называемым «локальным «x»»"),
            vec!["локальным «x»", "x"]
        );
        assert_eq!(
            inner("d'« opération antiterroriste »"),
            vec![" opération antiterroriste "]
        );
    }

    #[test]
    fn apostrophes_and_unclosed_marks_are_not_quotes() {
        assert!(inner("the regime’s leader").is_empty());
        assert!(inner("“an open quote that never ends").is_empty());
        assert_eq!(inner("it’s ‘odd’"), vec!["odd"]);
    }

    #[test]
    fn counts_words() {
        let t = "x «a b c» y";
        let q = quote_pairs(t)[0];
        assert_eq!(word_count(t, &q), 3);
    }
}
