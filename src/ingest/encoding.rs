//! Bytes → UTF-8 text: byte order marks, UTF-16, declared charsets, and a guess (chardetng) for
//! unlabelled legacy encodings such as windows-1251, KOI8-R or windows-1254.
//!
//! Refusals (empty, binary) are errors naming the input; a guess is a warning naming the
//! encoding, returned as data for the caller to show.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::error::{Error, Result};

/// Text decoded from bytes, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// Set when the text was not plain UTF-8: says which encoding was used and why.
    pub warning: Option<String>,
}

/// Decode `bytes`. `declared` is a charset the bytes came labelled with (HTTP header, `<meta>`).
pub fn decode_bytes(bytes: &[u8], shown: &str, declared: Option<&str>) -> Result<Decoded> {
    if bytes.is_empty() {
        return Err(Error::input(shown, "is empty; nothing to read"));
    }
    let (text, warning) = if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        let warning =
            (enc != UTF_8).then(|| format!("decoded as {} (byte order mark)", enc.name()));
        (text.into_owned(), warning)
    } else if let Some(enc) = utf16_without_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        let warning = format!(
            "decoded as {} (no byte order mark; guessed from the zero bytes)",
            enc.name()
        );
        (text.into_owned(), Some(warning))
    } else {
        if let Some(pos) = memchr_nul(bytes) {
            return Err(Error::input(
                shown,
                format!(
                    "looks like a binary file (NUL byte at offset {pos}), not an article; pass a text, HTML or JSON Lines file"
                ),
            ));
        }
        match std::str::from_utf8(bytes) {
            Ok(t) => (t.to_string(), None),
            Err(_) => match mostly_utf8(bytes) {
                Some(decoded) => decoded,
                None => decode_legacy(bytes, declared),
            },
        }
    };
    let text = lone_returns_to_newlines(text);
    if looks_binary(&text) {
        return Err(Error::input(
            shown,
            "looks like a binary file (mostly control characters), not an article; pass a text, HTML or JSON Lines file",
        ));
    }
    if text.trim().is_empty() {
        return Err(Error::input(
            shown,
            "holds only white space; nothing to read",
        ));
    }
    Ok(Decoded { text, warning })
}

/// A carriage return not followed by a line feed (old Mac files, some exports) is a line break:
/// made a line feed, so paragraphs and `--lines` split there. One byte for one, so offsets into
/// the text stay those of the file's decoded text.
fn lone_returns_to_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut bytes = text.into_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    // one ASCII byte for another: still UTF-8
    String::from_utf8(bytes).unwrap_or_default()
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

/// UTF-8 with a few broken bytes (a truncated copy, one stray byte of another encoding): decoded
/// as UTF-8, the broken bytes replaced by U+FFFD, with a warning giving their offsets. Without
/// this, chardetng took the file for windows-1250 and every `’` of the article became `â€™`.
/// "A few": no more broken bytes than well-formed non-ASCII characters ([`UTF8_PER_BROKEN_BYTE`]
/// of those for each); a legacy-encoded file has almost none, since its high bytes seldom form
/// UTF-8 sequences. Returns `None` for other bytes.
fn mostly_utf8(bytes: &[u8]) -> Option<(String, Option<String>)> {
    let (mut good, mut bad, mut first) = (0usize, 0usize, None);
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        offset += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            first.get_or_insert(offset);
            bad += chunk.invalid().len();
        }
        offset += chunk.invalid().len();
    }
    if good < UTF8_PER_BROKEN_BYTE * bad {
        return None;
    }
    let text = String::from_utf8_lossy(bytes).into_owned();
    let warning = format!(
        "UTF-8 with {bad} broken byte{} (the first at byte offset {}), shown as �; check the file",
        if bad == 1 { "" } else { "s" },
        first.unwrap_or(0)
    );
    Some((text, Some(warning)))
}

/// See [`mostly_utf8`].
const UTF8_PER_BROKEN_BYTE: usize = 1;

/// A declared charset wins; otherwise chardetng guesses from the byte statistics.
fn decode_legacy(bytes: &[u8], declared: Option<&str>) -> (String, Option<String>) {
    if let Some(enc) = declared.and_then(|l| Encoding::for_label(l.trim().as_bytes()))
        && enc != UTF_8
    {
        let (text, _, had_errors) = enc.decode(bytes);
        if !had_errors {
            let warning = format!("not UTF-8; decoded as {} (declared)", enc.name());
            return (text.into_owned(), Some(warning));
        }
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, _, _) = enc.decode(bytes);
    let warning = format!(
        "not UTF-8; guessed the encoding {} and decoded it; convert the file to UTF-8 if the text looks wrong",
        enc.name()
    );
    (text.into_owned(), Some(warning))
}

/// UTF-16 without a byte order mark: at least a tenth of the code units have a zero byte, all on
/// one side (the high byte of ASCII spaces and punctuation, even in Cyrillic or Arabic text).
/// (A heuristic of our own: chardetng deliberately does not detect UTF-16.)
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = bytes.len() / 2;
    let even = bytes.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = bytes.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let enc = if odd * 10 >= pairs && even == 0 {
        UTF_16LE
    } else if even * 10 >= pairs && odd == 0 {
        UTF_16BE
    } else {
        return None;
    };
    // Unpaired surrogates mean it was not UTF-16 after all.
    enc.decode_without_bom_handling_and_without_replacement(bytes)
        .map(|_| enc)
}

/// More than a tenth of the characters are control characters other than white space.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(65_536) {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            control += 1;
        }
    }
    control * 10 > total
}

/// The charset a page declares in its first bytes: `<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`. A prescan like the HTML spec's,
/// simplified: a full HTML parse is not needed to find one attribute in the head.
pub fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"<meta") {
        let start = from + i;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest.trim_ascii_start();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = rest.trim_ascii_start();
                let rest = rest.strip_prefix(b"\"").unwrap_or(rest);
                let rest = rest.strip_prefix(b"'").unwrap_or(rest);
                let label: Vec<u8> = rest
                    .iter()
                    .take_while(|b| !matches!(b, b'"' | b'\'' | b';' | b'/' | b' ' | b'>'))
                    .copied()
                    .collect();
                if !label.is_empty() {
                    return Some(String::from_utf8_lossy(&label).into_owned());
                }
            }
        }
        from = end;
    }
    None
}

/// The `charset` parameter of a Content-Type header value.
pub fn header_charset(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case("charset"))
            .then(|| v.trim().trim_matches(['"', '\'']).to_string())
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Original sentences written for these tests.
    const RU: &str = "Жители города говорят, что вода вернулась в дома только к вечеру среды.";
    const TR: &str = "Şehir sakinleri suyun evlere ancak çarşamba akşamı döndüğünü söylüyor.";
    const AR: &str = "يقول سكان المدينة إن المياه عادت إلى المنازل مساء الأربعاء فقط.";
    const FR: &str = "Les habitants disent que l'eau est revenue mercredi soir, à peine tiède.";

    fn roundtrip(text: &str, enc: &'static Encoding) -> Decoded {
        let (bytes, _, unmappable) = enc.encode(text);
        assert!(!unmappable);
        decode_bytes(&bytes, "x.txt", None).unwrap()
    }

    #[test]
    fn legacy_encodings_are_guessed_and_named() {
        for (text, enc) in [
            (RU, encoding_rs::WINDOWS_1251),
            (RU, encoding_rs::KOI8_R),
            (TR, encoding_rs::WINDOWS_1254),
            (AR, encoding_rs::WINDOWS_1256),
            (FR, encoding_rs::WINDOWS_1252),
        ] {
            let d = roundtrip(text, enc);
            assert_eq!(d.text, text, "{}", enc.name());
            let w = d.warning.unwrap();
            // KOI8-R text is guessed as KOI8-U, its superset: the same letters for Russian.
            let name = enc.name().trim_end_matches("-R");
            assert!(w.contains("guessed") && w.contains(name), "{w}");
        }
    }

    #[test]
    fn iso_8859_9_turkish_decodes_to_the_same_text() {
        // ISO-8859-9 and windows-1254 agree on every letter Turkish uses; the guess names 1254.
        let bytes: Vec<u8> = TR
            .chars()
            .map(|c| match c {
                'Ş' => 0xDE,
                'ş' => 0xFE,
                'ç' => 0xE7,
                'ö' => 0xF6,
                'ü' => 0xFC,
                'ğ' => 0xF0,
                'ı' => 0xFD,
                c if c.is_ascii() => c as u8,
                c => panic!("{c}"),
            })
            .collect();
        let d = decode_bytes(&bytes, "tr.txt", None).unwrap();
        assert_eq!(d.text, TR);
        assert!(d.warning.unwrap().contains("windows-1254"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend(RU.encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode_bytes(&le, "x", None).unwrap();
        assert_eq!(d.text, RU);
        assert!(d.warning.unwrap().contains("UTF-16LE"));
        let be: Vec<u8> = FR.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let d = decode_bytes(&be, "x", None).unwrap();
        assert_eq!(d.text, FR);
        let le: Vec<u8> = RU.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode_bytes(&le, "x", None).unwrap().text, RU);
    }

    #[test]
    fn utf8_passes_without_warning_and_bom_is_stripped() {
        let d = decode_bytes(b"\xEF\xBB\xBFHello.", "x", None).unwrap();
        assert_eq!(d.text, "Hello.");
        assert_eq!(d.warning, None);
    }

    #[test]
    fn utf8_with_a_few_broken_bytes_stays_utf8() {
        // original text: curly quotes and accents, then four stray bytes
        let mut bytes = "It’s the “new” road to Xankəndi, said the café’s owner. "
            .repeat(3)
            .into_bytes();
        let at = bytes.len();
        bytes.extend(b"\xed\xa0\x80 \xff tail");
        let d = decode_bytes(&bytes, "a.txt", None).unwrap();
        assert!(d.text.starts_with("It’s the “new” road to Xankəndi"));
        assert!(!d.text.contains("â€"));
        assert!(d.text.ends_with("\u{fffd} tail"));
        let w = d.warning.unwrap();
        assert!(
            w.contains("4 broken bytes") && w.contains(&format!("offset {at}")),
            "{w}"
        );
        // windows-1251 bytes are still guessed as such, not read as broken UTF-8
        let (cyr, _, _) = encoding_rs::WINDOWS_1251.encode("Жители покинули город в сентябре.");
        let d = decode_bytes(&cyr, "b.txt", None).unwrap();
        assert_eq!(d.text, "Жители покинули город в сентябре.");
    }

    #[test]
    fn lone_carriage_returns_break_lines() {
        let d = decode_bytes(b"Title\r\rFirst line.\r\nSecond.\rThird.", "a.txt", None).unwrap();
        assert_eq!(d.text, "Title\n\nFirst line.\r\nSecond.\nThird.");
        assert_eq!(d.warning, None);
    }

    #[test]
    fn declared_charset_is_used() {
        let (bytes, _, _) = encoding_rs::KOI8_R.encode(RU);
        let d = decode_bytes(&bytes, "x", Some("koi8-r")).unwrap();
        assert_eq!(d.text, RU);
        assert!(d.warning.unwrap().contains("declared"));
    }

    #[test]
    fn refusals_name_the_input() {
        let e = decode_bytes(b"", "a.txt", None).unwrap_err().to_string();
        assert!(e.starts_with("a.txt: ") && e.contains("empty"), "{e}");
        let e = decode_bytes(b"abc\0def", "b.bin", None)
            .unwrap_err()
            .to_string();
        assert!(e.contains("binary") && e.contains("offset 3"), "{e}");
        let e = decode_bytes(b" \n\t\n", "d.txt", None)
            .unwrap_err()
            .to_string();
        assert!(e.contains("white space"), "{e}");
        let e = decode_bytes(&[1, 2, 3, 4, 5, 6, 7, 8, b'a'], "e", None)
            .unwrap_err()
            .to_string();
        assert!(e.contains("binary"), "{e}");
    }

    #[test]
    fn charsets_from_meta_and_header() {
        assert_eq!(
            meta_charset(b"<html><head><META charset=\"windows-1251\">").as_deref(),
            Some("windows-1251")
        );
        assert_eq!(
            meta_charset(
                b"<meta http-equiv='Content-Type' content='text/html; charset=koi8-r'><p>x"
            )
            .as_deref(),
            Some("koi8-r")
        );
        assert_eq!(meta_charset(b"<meta name=x><p>charset=no</p>"), None);
        assert_eq!(
            header_charset("text/html; charset=\"ISO-8859-9\"").as_deref(),
            Some("ISO-8859-9")
        );
        assert_eq!(header_charset("text/html"), None);
    }
}
