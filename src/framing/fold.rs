//! Case folding for cue matching, with a map back to the original byte offsets.
//!
//! Lowercase per character; Turkish and Azerbaijani (`turkic`) fold `I → ı` and `İ → i`, every
//! other language folds both to `i`. Typographic apostrophes become `'`, non-ASCII hyphens `-`,
//! Russian `ё` becomes `е`, Arabic hamza seats on alef become bare alef, `ى` and Persian `ی` become
//! `ي`, Persian `ک` becomes `ك` and `ۀ` becomes `ه` (Persian outlets type either form).
//! Arabic harakat and tatweel, Armenian emphasis/question marks inside words, soft hyphens and
//! zero-width characters vanish. Every run of white space becomes one space (terms match across
//! hard line wraps). `map[i]` is the source byte offset of the character that produced folded byte
//! `i`, and a final entry maps the end of the folded text to the end of the source, so a match
//! `a..b` in the folded text is `map[a]..map[b]` in the original (always on char boundaries).

/// A folded copy of a text.
#[derive(Debug, Default, Clone)]
pub(crate) struct Folded {
    pub text: String,
    pub map: Vec<usize>,
}

impl Folded {
    /// Source byte range of the folded range `a..b`.
    pub fn source(&self, a: usize, b: usize) -> (usize, usize) {
        (self.map[a], self.map[b])
    }
}

/// Fold `text`; see the module documentation.
pub(crate) fn fold(text: &str, turkic: bool) -> Folded {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    let mut last_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
                map.push(i);
                last_space = true;
            }
            continue;
        }
        last_space = false;
        if c.is_ascii() {
            let f = match c {
                'I' if turkic => 'ı',
                'A'..='Z' => c.to_ascii_lowercase(),
                '`' => '\'',
                _ => c,
            };
            push_char(&mut out, &mut map, f, i);
            continue;
        }
        let f = match c {
            // vanish
            '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' => continue,
            '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => continue,
            '\u{055B}' | '\u{055C}' | '\u{055E}' | '\u{055F}' => continue,
            '’' | '‘' | 'ʼ' | 'ʻ' | '´' | '′' => '\'',
            '‐' | '‑' => '-',
            'ё' | 'Ё' => 'е',
            'İ' => 'i',
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ی' => 'ي',
            'ک' => 'ك',
            'ۀ' => 'ه',
            _ => {
                for l in c.to_lowercase() {
                    push_char(&mut out, &mut map, l, i);
                }
                continue;
            }
        };
        push_char(&mut out, &mut map, f, i);
    }
    map.push(text.len());
    Folded { text: out, map }
}

fn push_char(out: &mut String, map: &mut Vec<usize>, c: char, src: usize) {
    out.push(c);
    for _ in 0..c.len_utf8() {
        map.push(src);
    }
}

/// Fold a lexicon term: as [`fold`], trimmed.
pub(crate) fn fold_term(term: &str, turkic: bool) -> String {
    fold(term, turkic).text.trim().to_string()
}

/// True for characters that continue a word: letters, digits and combining marks.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05BD}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{200C}'..='\u{200D}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}')
}

/// Is the word ending at `pos` hyphen-joined to a following word (`anti-terrorist`)?
pub(crate) fn hyphen_joined_right(s: &str, pos: usize) -> bool {
    let mut it = s[pos..].chars();
    it.next() == Some('-') && it.next().is_some_and(is_word_char)
}

/// Is the word starting at `pos` hyphen-joined to a preceding word?
pub(crate) fn hyphen_joined_left(s: &str, pos: usize) -> bool {
    let mut it = s[..pos].chars().rev();
    it.next() == Some('-') && it.next().is_some_and(is_word_char)
}

/// Byte offset in `s` where the word containing the char ending at `pos` starts.
pub(crate) fn word_start(s: &str, pos: usize) -> usize {
    s[..pos]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map_or(pos, |(i, _)| i)
}

/// Byte offset in `s` where the word containing the char starting at `pos` ends.
pub(crate) fn word_end(s: &str, pos: usize) -> usize {
    s[pos..]
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(s.len(), |(i, _)| pos + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_keeps_offsets() {
        let f = fold("Fled  ЁЖ", false);
        assert_eq!(f.text, "fled еж");
        assert_eq!(f.map.len(), f.text.len() + 1);
        let a = f.text.find("еж").unwrap();
        let (s, e) = f.source(a, f.text.len());
        assert_eq!(&"Fled  ЁЖ"[s..e], "ЁЖ");
    }

    #[test]
    fn turkic_dotted_and_dotless_i() {
        assert_eq!(fold("IĞDIR İlham", true).text, "ığdır ilham");
        assert_eq!(fold("IĞDIR İlham", false).text, "iğdir ilham");
    }

    #[test]
    fn drops_harakat_and_armenian_marks() {
        assert_eq!(fold("شنّت", false).text, "شنت");
        assert_eq!(fold("Ո՞ւր", false).text, "ուր");
        assert_eq!(
            fold("տվյալներով՝", false).text,
            "տվյալներով՝",
            "the Armenian comma stays"
        );
        assert_eq!(fold("Hikmet’s", false).text, "hikmet's");
        // Persian and Arabic yeh and kaf are one letter; the ZWNJ vanishes
        assert_eq!(fold("می‌کنند", false).text, fold("ميكنند", false).text);
    }

    #[test]
    fn word_bounds() {
        let s = "ab cde-f";
        assert_eq!(word_start(s, 5), 3);
        assert_eq!(word_end(s, 3), 6);
        assert_eq!(word_end(s, 7), 8);
        assert!(hyphen_joined_right(s, 6) && hyphen_joined_left(s, 7));
        assert!(!hyphen_joined_right(s, 2) && !hyphen_joined_left(s, 3));
    }
}
