//! Case and diacritic folding for name matching, with a map back to the original byte offsets.
//!
//! Two keys:
//! - **primary** ([`fold_primary`]): lowercase per character; Turkish/Azerbaijani `İ I ı i` all
//!   fold to `i` (so `İLHAM`, `Ilham` and `ılham` meet); apostrophes `’ ‘ ʼ ʻ ´ \`` fold to `'`;
//!   Russian `ё` to `е`; Armenian `և` to `եւ`; Persian `ی ک` to Arabic `ي ك`; Arabic harakat,
//!   tatweel, soft hyphens and zero-width characters vanish; every run of white space becomes one space (a name may be
//!   broken across a hard line wrap); a base letter followed by a combining mark is composed
//!   (NFC), so decomposed input still matches.
//! - **secondary** ([`fold_secondary`], applied to a primary key): diacritic-insensitive. NFD with
//!   combining marks dropped (`ş→s ç→c ğ→g ö→o ü→u й→и á→a`), plus the letters that are not
//!   diacritics but get lost the same way in practice: Azerbaijani `ə→e` (Xankendi for Xankəndi),
//!   `ł→l ø→o đ→d ß→ss`, Arabic hamza seats and `ى ة` to their bare letters, Armenian `ւ→վ`
//!   outside `ու`.
//!
//! Both append to a caller's buffer and record, for every byte they append, the byte offset in the
//! source of the character it came from; a final entry maps the end of the folded text to the end
//! of the source. So a match `a..b` in the folded text is `map[a]..map[b]` in the original.
//!
//! For searching a text, [`SearchFold`] makes the secondary key in one pass, without the primary
//! fold in between: each character of the primary fold goes straight on into the secondary one
//! (one fold loop, [`fold_primary_into`], feeds either). The common cases take fast paths: runs
//! of plain ASCII eight bytes at a time, runs of letters that both folds keep as they are
//! (lowercase Cyrillic, Armenian, Arabic) copied at once, and a table of what each two-byte
//! character and punctuation mark folds to, computed once by the slow path itself. It also notes
//! where words start and which characters the secondary fold changed, so that the primary fold
//! of any stretch can be put back together ([`SearchFold::primary_between`]).

use unicode_normalization::char::{compose, decompose_canonical, is_combining_mark};

/// Fold `text` (primary key) into `out`, recording source offsets in `map`.
/// `out` and `map` are cleared first; afterwards `map.len() == out.len() + 1`.
pub fn fold_primary(text: &str, out: &mut String, map: &mut Vec<u32>) {
    out.clear();
    map.clear();
    out.reserve(text.len());
    map.reserve(text.len() + 1);
    fold_primary_into(text, &mut PrimarySink { out, map, last: 0 });
    map.push(text.len() as u32);
}

/// Where [`fold_primary_into`] puts the characters of the primary fold, in order: a string with
/// a map ([`fold_primary`]), or straight on into the secondary fold ([`SearchFold`]).
trait Sink {
    /// Append `c`, which came from the source character at `src`.
    fn push(&mut self, c: char, src: u32);
    /// Append the run of plain ASCII that starts at `from` in `text`, lowercased (see
    /// [`ascii_run`]); returns where it ends.
    fn push_ascii(&mut self, text: &str, from: usize) -> usize;
    /// Append `s.primary`, whose secondary fold is known.
    fn push_simple(&mut self, s: Simple, src: u32);
    /// Append `text[from..to]`, two-byte word characters that fold to themselves (`same` in
    /// [`SimpleTable`]).
    fn push_letters(&mut self, text: &str, from: usize, to: usize);
    /// Replace the character appended last by `c` (a base letter composed with the combining
    /// mark that followed it), keeping its source offset.
    fn replace_last(&mut self, c: char);
}

/// The primary fold into a string and its map.
struct PrimarySink<'a> {
    out: &'a mut String,
    map: &'a mut Vec<u32>,
    /// Where the character appended last starts in `out`.
    last: usize,
}

impl Sink for PrimarySink<'_> {
    #[inline]
    fn push(&mut self, c: char, src: u32) {
        self.last = self.out.len();
        push(self.out, self.map, c, src);
    }

    #[inline]
    fn push_ascii(&mut self, text: &str, from: usize) -> usize {
        let to = ascii_run(text.as_bytes(), from, |_, _| {});
        let at = self.out.len();
        self.out.push_str(&text[from..to]);
        self.out[at..].make_ascii_lowercase();
        self.map.extend(from as u32..to as u32);
        self.last = self.out.len() - 1;
        to
    }

    #[inline]
    fn push_simple(&mut self, s: Simple, src: u32) {
        self.push(s.primary, src);
    }

    #[inline]
    fn push_letters(&mut self, text: &str, from: usize, to: usize) {
        self.out.push_str(&text[from..to]);
        push_pairs(self.map, from, to);
        self.last = self.out.len() - 2;
    }

    fn replace_last(&mut self, c: char) {
        let src = self.map[self.last];
        self.out.truncate(self.last);
        self.map.truncate(self.last);
        self.push(c, src);
    }
}

/// The primary fold of `text`, character by character, into `sink`.
#[inline]
fn fold_primary_into(text: &str, sink: &mut impl Sink) {
    let table = simple_table();
    let mut last_space = false;
    // The last character appended, while a combining mark may still compose with it.
    let mut last: Option<char> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Fast path: a run of ASCII letters, digits and punctuation (with single spaces inside)
        // is passed on at once; its source offsets are consecutive.
        if is_plain_ascii(b) {
            let to = sink.push_ascii(text, i);
            last = Some(char::from(bytes[to - 1].to_ascii_lowercase()));
            last_space = false;
            i = to;
            continue;
        }
        let src = i as u32;
        if b.is_ascii() {
            i += 1;
            if b.is_ascii_whitespace() {
                if !last_space {
                    sink.push(' ', src);
                    last_space = true;
                }
                last = None;
                continue;
            }
            last_space = false;
            // Only a backtick is left: an apostrophe.
            last = Some('\'');
            sink.push('\'', src);
            continue;
        }
        // Fast paths: a two-byte character that folds to one character whatever comes before
        // it; a run of letters that both folds keep as they are (lowercase Cyrillic, Armenian,
        // Arabic) at once.
        if b < 0xE0
            && let Some(&b1) = bytes.get(i + 1)
            && let Some(e) = unpack(table.two_byte[two_byte_index(b, b1)])
        {
            last_space = false;
            last = Some(e.primary);
            if e.same {
                let mut j = i + 2;
                while let [b, b1, ..] = bytes[j..]
                    && b & 0xE0 == 0xC0
                    && (table.two_byte[two_byte_index(b, b1)] & 1 << 24 != 0
                        // Armenian ւ after ո (the vowel ու): kept by both folds too.
                        || ([b, b1] == [0xD6, 0x82] && bytes[j - 2..j] == [0xD5, 0xB8]))
                {
                    j += 2;
                }
                sink.push_letters(text, i, j);
                last = text[..j].chars().next_back();
                i = j;
            } else {
                sink.push_simple(e, src);
                i += 2;
            }
            continue;
        }
        let c = text[i..].chars().next().expect("i is a char boundary");
        i += c.len_utf8();
        if let Some(e) = table.get(c) {
            last_space = false;
            last = Some(e.primary);
            sink.push_simple(e, src);
            continue;
        }
        if c.is_whitespace() {
            if !last_space {
                sink.push(' ', src);
                last_space = true;
            }
            last = None;
            continue;
        }
        last_space = false;
        fold_char(c, src, &mut last, sink);
    }
}

/// An ASCII byte that folds to itself or its lowercase: not white space, not a backtick.
#[inline]
fn is_plain_ascii(b: u8) -> bool {
    b.is_ascii() && !b.is_ascii_whitespace() && b != b'`'
}

/// Eight bytes `w` (little-endian) of a run of plain ASCII, as in [`ascii_run`], whose next byte
/// is plain if `next_plain`, after a word character if `prev_word`: how many of them belong to
/// the run, the high bit of each of those bytes that starts a word (the byte before it is no
/// word character), and the high bit of each byte that is a word character.
///
/// Bit arithmetic on a `u64` ("SWAR") because std's portable SIMD is not stable and a crate for
/// it would be a dependency for one loop; the byte-by-byte loop costs three times as much on
/// English text.
#[inline]
fn ascii_word(w: u64, next_plain: bool, prev_word: bool) -> (usize, u64, u64) {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    const M: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // Bytes equal to `c`: exact for any bytes (no carries between them).
    let eq = |c: u8| {
        let t = w ^ (L * u64::from(c));
        !(((t & M) + M) | t) & H
    };
    // Bytes in `lo..=hi`, on the low seven bits (no borrows between them).
    let x = w & M;
    let within = |x: u64, lo: u8, hi: u8| {
        ((x | H) - L * u64::from(lo)) & (((L * u64::from(hi)) | H) - x) & H
    };
    let ascii = !w & H;
    // Plain here: printable, not a space, not a backtick. Control characters that the primary
    // fold keeps end the run here; the byte-by-byte loop takes them.
    let plain = ascii & ((x | H) - L * 0x21) & !eq(b'`');
    let next = plain >> 8 | u64::from(next_plain) << 63;
    let bad = !(plain | (eq(b' ') & next)) & H;
    let n = (bad.trailing_zeros() / 8) as usize;
    // Letters either case (ORing 0x20 makes A-Z a-z and nothing else a-z) and digits.
    let lower = x | (L * 0x20);
    let word = ascii
        & (within(x, b'0', b'9')
            | ((lower | H) - L * u64::from(b'a')) & (((L * u64::from(b'z')) | H) - lower) & H);
    let in_run = if n == 8 { H } else { H & ((1 << (8 * n)) - 1) };
    let starts = !(word << 8 | u64::from(prev_word) << 7) & in_run;
    (n, starts, word)
}

/// The end of the run of plain ASCII bytes, with single spaces between them, that starts at
/// `from` (a plain byte); `f` sees each byte of it with its offset.
#[inline(always)]
fn ascii_run(bytes: &[u8], from: usize, mut f: impl FnMut(usize, u8)) -> usize {
    let mut j = from;
    while let Some(&b) = bytes.get(j) {
        if !(is_plain_ascii(b)
            || (b == b' ' && bytes.get(j + 1).is_some_and(|&n| is_plain_ascii(n))))
        {
            break;
        }
        f(j, b);
        j += 1;
    }
    j
}

/// The primary fold of one non-ASCII character `c` that is not white space, after `last` (the
/// last character appended, while a combining mark may still compose with it).
#[inline]
fn fold_char(c: char, src: u32, last: &mut Option<char>, sink: &mut impl Sink) {
    macro_rules! put {
        ($c:expr) => {{
            let c = $c;
            *last = Some(c);
            sink.push(c, src);
        }};
    }
    match c {
        'İ' | 'ı' => put!('i'),
        '’' | '‘' | 'ʼ' | 'ʻ' | '´' | '′' => put!('\''),
        '‐' | '‑' => put!('-'),
        'ё' | 'Ё' => put!('е'),
        // A dot above left over from lowercasing İ elsewhere (i̇): the i already stands.
        '\u{0307}' if *last == Some('i') => {}
        'ی' => put!('ي'),
        'ک' => put!('ك'),
        'և' => {
            sink.push('ե', src);
            put!('ւ');
        }
        // Fast paths: lowercase letters that stay as they are, and simple uppercase ranges.
        '\u{430}'..='\u{44F}'
        | '\u{561}'..='\u{586}'
        | '\u{620}'..='\u{63F}'
        | '\u{641}'..='\u{64A}'
        | '\u{10D0}'..='\u{10FA}' => put!(c),
        '\u{410}'..='\u{42F}' | '\u{531}'..='\u{556}' => {
            let offset = if (c as u32) < 0x500 { 0x20 } else { 0x30 };
            put!(char::from_u32(c as u32 + offset).unwrap_or(c))
        }
        // Arabic harakat, superscript alef, tatweel; soft hyphen; zero-width joiner, space, word
        // joiner and no-break space (a BOM inside text): invisible, and a name with one inside
        // ("Stepa\u{200B}nakert", pasted from a web page) was found nowhere.
        '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0640}'
        | '\u{00AD}'
        | '\u{200B}'
        | '\u{200D}'
        | '\u{2060}'
        | '\u{FEFF}' => {}
        _ if is_combining_mark(c)
            && let Some(prev) = *last
            && let Some(composed) = compose(prev, c) =>
        {
            // The previous char becomes the composed one, keeping its source offset.
            let folded = lower_one(composed);
            *last = Some(folded);
            sink.replace_last(folded);
        }
        _ => {
            for l in c.to_lowercase() {
                put!(l)
            }
        }
    }
}

/// How one character folds when that does not depend on its neighbours: not white space, not a
/// combining mark, one character in the primary fold and one in the secondary.
#[derive(Debug, Clone, Copy)]
struct Simple {
    primary: char,
    secondary: char,
    /// The secondary fold changed it.
    changed: bool,
    /// `secondary` is a word character.
    word: bool,
    /// A word character that both folds keep as it is.
    same: bool,
}

/// Where a two-byte UTF-8 character (lead byte `b`, then `b1`) is in [`SimpleTable::two_byte`].
#[inline(always)]
fn two_byte_index(b: u8, b1: u8) -> usize {
    usize::from(b & 0x1F) << 6 | usize::from(b1 & 0x3F)
}

/// [`Simple`] folds of the two-byte UTF-8 characters (Latin, Greek, Cyrillic, Armenian, Hebrew,
/// Arabic) and of general punctuation, computed once by the slow path itself (so they agree
/// with it by construction): a table lookup instead of case tables, the combining-mark table
/// and canonical decomposition for every accented letter and dash of a text.
struct SimpleTable {
    /// By code point, below U+0800 (ASCII: none), packed into four bytes (see [`pack`]) so that
    /// the table (8 KB) stays in the cache.
    two_byte: Vec<u32>,
    punctuation: Vec<Option<Simple>>,
}

/// A [`Simple`] whose characters are below U+0800 as `u32`: the primary character in bits 0-10,
/// the secondary in 11-21, then `changed`, `word`, `same`; bit 31 set. Zero for none.
fn pack(s: Option<Simple>) -> u32 {
    match s {
        Some(s) if (s.primary as u32) < 0x800 && (s.secondary as u32) < 0x800 => {
            s.primary as u32
                | (s.secondary as u32) << 11
                | u32::from(s.changed) << 22
                | u32::from(s.word) << 23
                | u32::from(s.same) << 24
                | 1 << 31
        }
        _ => 0,
    }
}

#[inline(always)]
fn unpack(p: u32) -> Option<Simple> {
    if p == 0 {
        return None;
    }
    // Below U+0800: never a surrogate, so always a char.
    let char_of = |u: u32| char::from_u32(u & 0x7FF).unwrap_or('\0');
    Some(Simple {
        primary: char_of(p),
        secondary: char_of(p >> 11),
        changed: p & 1 << 22 != 0,
        word: p & 1 << 23 != 0,
        same: p & 1 << 24 != 0,
    })
}

const PUNCTUATION: std::ops::Range<u32> = 0x2000..0x2070;

impl SimpleTable {
    #[inline]
    fn get(&self, c: char) -> Option<Simple> {
        let u = c as u32;
        if u < 0x800 {
            unpack(self.two_byte[u as usize])
        } else if PUNCTUATION.contains(&u) {
            self.punctuation[(u - PUNCTUATION.start) as usize]
        } else {
            None
        }
    }

    fn build() -> SimpleTable {
        let entry = |u: u32| -> Option<Simple> {
            let c = char::from_u32(u)?;
            if c.is_ascii() || c.is_whitespace() || is_combining_mark(c) {
                return None;
            }
            let mut pushed = Collect::default();
            fold_char(c, 0, &mut None, &mut pushed);
            let [primary] = pushed.chars[..] else {
                return None;
            };
            if pushed.replaced || primary == 'ւ' {
                return None; // ւ folds by what comes before it
            }
            if primary.is_ascii() || secondary_keeps(primary, '\0') {
                return Some(Simple {
                    primary,
                    secondary: primary,
                    changed: false,
                    word: is_word_char(primary),
                    same: primary == c && is_word_char(c),
                });
            }
            let mut second = Vec::new();
            push_secondary(primary, '\0', |d| second.push(d));
            let [secondary] = second[..] else {
                return None;
            };
            Some(Simple {
                primary,
                secondary,
                changed: true,
                word: is_word_char(secondary),
                same: false,
            })
        };
        SimpleTable {
            two_byte: (0..0x800).map(|u| pack(entry(u))).collect(),
            punctuation: PUNCTUATION.map(entry).collect(),
        }
    }
}

fn simple_table() -> &'static SimpleTable {
    static TABLE: std::sync::OnceLock<SimpleTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(SimpleTable::build)
}

/// A sink that only collects what one character folds to, for [`SimpleTable::build`].
#[derive(Default)]
struct Collect {
    chars: Vec<char>,
    replaced: bool,
}

impl Sink for Collect {
    fn push(&mut self, c: char, _: u32) {
        self.chars.push(c);
    }
    fn push_ascii(&mut self, text: &str, from: usize) -> usize {
        let to = ascii_run(text.as_bytes(), from, |_, _| {});
        self.chars
            .extend(text[from..to].to_ascii_lowercase().chars());
        to
    }
    fn push_simple(&mut self, s: Simple, _: u32) {
        self.chars.push(s.primary);
    }
    fn push_letters(&mut self, text: &str, from: usize, to: usize) {
        self.chars.extend(text[from..to].chars());
    }
    fn replace_last(&mut self, _: char) {
        self.replaced = true;
    }
}

/// The secondary key of a text in one pass, for searching it: [`fold_secondary`] of
/// [`fold_primary`], without the primary fold in between. Besides the key and its map it lists
/// the places a name may start (after a character that is not a word character) and the
/// characters where the key differs from the primary fold, so that a caller can tell where the
/// two are the same text.
#[derive(Debug, Default)]
pub struct SearchFold {
    /// The secondary key.
    pub text: String,
    /// Source offset of every byte of `text`, plus one for its end.
    pub map: Vec<u32>,
    /// Offsets in `text` where a character starts whose previous character is not a word
    /// character (or that starts the text).
    pub starts: Vec<u32>,
    /// Offsets in `text` where the output of a character that the secondary fold changed
    /// starts (it may be empty: a lone combining mark). Everywhere else `text` is the primary
    /// fold, byte for byte.
    pub changed: Vec<u32>,
    /// For each of `changed`: how long its output is, and the character and source offset of
    /// the primary fold it stands for.
    changes: Vec<Change>,
}

#[derive(Debug, Clone, Copy)]
struct Change {
    len: u32,
    primary: char,
    src: u32,
}

/// The sink that writes a [`SearchFold`]: its buffers and the state of the fold, kept apart
/// from them so that the compiler can hold the state in registers.
struct SearchSink<'a> {
    text: &'a mut String,
    map: &'a mut Vec<u32>,
    starts: &'a mut Vec<u32>,
    changed: &'a mut Vec<u32>,
    changes: &'a mut Vec<Change>,
    /// The last character of the primary fold, which the next one's secondary fold depends on.
    prev: char,
    /// Whether the last character of `text` is a word character.
    prev_word: bool,
    /// Where the output of the last primary character starts in `text`, its source offset and
    /// whether it was changed: what [`Sink::replace_last`] takes back.
    last_at: usize,
    last_src: u32,
    last_changed: bool,
}

impl SearchFold {
    /// Whether the secondary fold changed a character between `lo` and `hi` (both included:
    /// a character dropped there may sit on either side of a character at `lo` or `hi`).
    ///
    /// `near` is where the search starts in `changed` and is left at the first change from
    /// `lo` on: a caller that asks about places in order moves it a step at a time.
    #[inline]
    pub fn changed_within(&self, lo: usize, hi: usize, near: &mut usize) -> bool {
        let c = &self.changed;
        let mut i = (*near).min(c.len());
        while i > 0 && c[i - 1] as usize >= lo {
            i -= 1;
        }
        while i < c.len() && (c[i] as usize) < lo {
            i += 1;
        }
        *near = i;
        c.get(i).is_some_and(|&r| r as usize <= hi)
    }

    /// The primary fold of `self.text[from..to]` into `out`, and its map (with an entry for
    /// its end), where `from` follows a space (or starts the text) and `to` is a space (or the
    /// end): the text with the characters the secondary fold changed put back.
    pub fn primary_between(&self, from: usize, to: usize, out: &mut String, map: &mut Vec<u32>) {
        out.clear();
        map.clear();
        let first = self.changed.partition_point(|&r| (r as usize) < from);
        let mut at = from;
        for (&r, c) in self.changed[first..].iter().zip(&self.changes[first..]) {
            let r = r as usize;
            if r > to {
                break;
            }
            out.push_str(&self.text[at..r]);
            map.extend_from_slice(&self.map[at..r]);
            push(out, map, c.primary, c.src);
            at = r + c.len as usize;
        }
        out.push_str(&self.text[at..to]);
        map.extend_from_slice(&self.map[at..=to]);
    }

    /// Fold `text` into `self`, replacing what was there.
    pub fn fold(&mut self, text: &str) {
        self.text.clear();
        self.map.clear();
        self.starts.clear();
        self.changed.clear();
        self.changes.clear();
        self.text.reserve(text.len());
        self.map.reserve(text.len() + 1);
        fold_primary_into(
            text,
            &mut SearchSink {
                text: &mut self.text,
                map: &mut self.map,
                starts: &mut self.starts,
                changed: &mut self.changed,
                changes: &mut self.changes,
                prev: '\0',
                prev_word: false,
                last_at: 0,
                last_src: 0,
                last_changed: false,
            },
        );
        self.map.push(text.len() as u32);
    }
}

impl SearchSink<'_> {
    /// Append one character of the secondary fold.
    #[inline(always)]
    fn emit(&mut self, c: char, word: bool, src: u32) {
        let at = self.text.len();
        if !self.prev_word {
            self.starts.push(at as u32);
        }
        self.prev_word = word;
        self.text.push(c);
        for _ in at..self.text.len() {
            self.map.push(src);
        }
    }

    #[inline(always)]
    fn mark_last(&mut self, src: u32, changed: bool) {
        self.last_at = self.text.len();
        self.last_src = src;
        self.last_changed = changed;
        if changed {
            self.changed.push(self.text.len() as u32);
        }
    }

    /// After a changed character's output: what it stands for.
    #[inline(always)]
    fn note_change(&mut self, primary: char) {
        self.changes.push(Change {
            len: (self.text.len() - self.last_at) as u32,
            primary,
            src: self.last_src,
        });
    }
}

impl Sink for SearchSink<'_> {
    #[inline]
    fn push(&mut self, c: char, src: u32) {
        let keep = c.is_ascii() || secondary_keeps(c, self.prev);
        self.mark_last(src, !keep);
        if keep {
            self.emit(c, is_word_char(c), src);
        } else {
            let prev = self.prev;
            push_secondary(c, prev, |d| self.emit(d, is_word_char(d), src));
            self.note_change(c);
        }
        self.prev = c;
    }

    #[inline]
    fn push_ascii(&mut self, text: &str, from: usize) -> usize {
        // ASCII is its own secondary fold. Word starts while finding the end of the run.
        let at = self.text.len();
        let bytes = text.as_bytes();
        let mut prev_word = self.prev_word;
        // Eight bytes at a time while they are all in the run, then byte by byte.
        let mut j = from;
        while let Some(w) = bytes.get(j..j + 8) {
            let w = u64::from_le_bytes(w.try_into().expect("8 bytes"));
            let next_plain = bytes.get(j + 8).is_some_and(|&n| is_plain_ascii(n));
            let (n, mut word_starts, word) = ascii_word(w, next_plain, prev_word);
            let base = (at + (j - from)) as u32;
            while word_starts != 0 {
                self.starts.push(base + word_starts.trailing_zeros() / 8);
                word_starts &= word_starts - 1;
            }
            if n == 0 {
                break;
            }
            prev_word = word >> (8 * n - 1) & 1 == 1;
            j += n;
            if n < 8 {
                break;
            }
        }
        let starts = &mut self.starts;
        let to = ascii_run(bytes, j, |k, b| {
            if !prev_word {
                starts.push((at + (k - from)) as u32);
            }
            prev_word = b.is_ascii_alphanumeric();
        });
        self.prev_word = prev_word;
        if to - from <= 8 {
            // Short runs (punctuation between words of other scripts): no calls to memcpy.
            for (k, &b) in bytes[from..to].iter().enumerate() {
                self.text.push(char::from(b.to_ascii_lowercase()));
                self.map.push((from + k) as u32);
            }
        } else {
            self.text.push_str(&text[from..to]);
            self.text[at..].make_ascii_lowercase();
            self.map.extend(from as u32..to as u32);
        }
        self.prev = char::from(self.text.as_bytes()[self.text.len() - 1]);
        self.last_at = self.text.len() - 1;
        self.last_src = to as u32 - 1;
        self.last_changed = false;
        to
    }

    #[inline(always)]
    fn push_simple(&mut self, s: Simple, src: u32) {
        self.mark_last(src, s.changed);
        self.emit(s.secondary, s.word, src);
        if s.changed {
            self.note_change(s.primary);
        }
        self.prev = s.primary;
    }

    #[inline]
    fn push_letters(&mut self, text: &str, from: usize, to: usize) {
        if !self.prev_word {
            self.starts.push(self.text.len() as u32);
        }
        self.prev_word = true;
        self.text.push_str(&text[from..to]);
        push_pairs(self.map, from, to);
        self.prev = text[..to].chars().next_back().expect("a letter");
        self.last_at = self.text.len() - 2;
        self.last_src = (to - 2) as u32;
        self.last_changed = false;
    }

    fn replace_last(&mut self, c: char) {
        // Take back the last character's output, its word starts and its change, then append
        // `c` in its place. The character before it is not `ո` (a letter composes with no
        // combining mark into `ւ`), so `prev` does not matter for `c`.
        let at = self.last_at;
        self.text.truncate(at);
        self.map.truncate(at);
        while self.starts.last().is_some_and(|&s| s as usize >= at) {
            self.starts.pop();
        }
        if self.last_changed {
            self.changed.pop();
            self.changes.pop();
        }
        self.prev_word = self.text.chars().next_back().is_some_and(is_word_char);
        self.prev = '\0';
        self.push(c, self.last_src);
    }
}

/// The primary key of a short string (a glossary name, an ending).
pub fn primary_key(text: &str) -> String {
    let mut out = String::new();
    let mut map = Vec::new();
    fold_primary(text.trim(), &mut out, &mut map);
    out
}

/// The secondary key of a short string, from its primary key.
pub fn secondary_key(primary: &str) -> String {
    let mut out = String::new();
    let mut map = Vec::new();
    let pmap: Vec<u32> = (0..=primary.len() as u32).collect();
    fold_secondary(primary, &pmap, &mut out, &mut map);
    out
}

/// Fold a primary key `text` (whose source map is `text_map`) into the secondary key `out`; `map`
/// gets source offsets composed through `text_map`, so it points into the original text.
/// `text_map` gives every byte of a character the same offset, as [`fold_primary`]'s maps do.
pub fn fold_secondary(text: &str, text_map: &[u32], out: &mut String, map: &mut Vec<u32>) {
    if !fold_secondary_if_changed(text, text_map, out, map) {
        out.push_str(text);
        map.extend_from_slice(&text_map[..=text.len()]);
    }
}

/// [`fold_secondary`], except that when the secondary key is `text` itself (English news with
/// typographic quotes, most Armenian and Georgian) `out` and `map` are left empty and the result
/// is false, so the caller can search `text` and its map directly.
///
/// Written as runs: characters the fold keeps are copied in slices between the ones it changes,
/// so the common case is a scan and a few copies instead of one push per byte.
pub fn fold_secondary_if_changed(
    text: &str,
    text_map: &[u32],
    out: &mut String,
    map: &mut Vec<u32>,
) -> bool {
    out.clear();
    map.clear();
    let bytes = text.as_bytes();
    let mut changed = false;
    let mut run = 0; // start of the pending run of kept characters
    let mut prev = '\0';
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            prev = char::from(bytes[i]);
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("i is a char boundary");
        let len = c.len_utf8();
        if !secondary_keeps(c, prev) {
            if !changed {
                out.reserve(text.len());
                map.reserve(text.len() + 1);
                changed = true;
            }
            out.push_str(&text[run..i]);
            map.extend_from_slice(&text_map[run..i]);
            push_secondary(c, prev, |d| push(out, map, d, text_map[i]));
            run = i + len;
        }
        prev = c;
        i += len;
    }
    if !changed {
        return false;
    }
    out.push_str(&text[run..]);
    map.extend_from_slice(&text_map[run..=text.len()]);
    true
}

/// True when the secondary key of `c` alone is `c`: no mark or special letter to lose.
#[inline]
pub fn secondary_fixed(c: char) -> bool {
    c.is_ascii() || secondary_keeps(c, '\0')
}

/// True when the secondary fold keeps `c` (after `prev`) as it is.
#[inline]
fn secondary_keeps(c: char, prev: char) -> bool {
    match c {
        'ə' | 'ł' | 'ø' | 'đ' | 'ħ' | 'ß' | 'æ' | 'œ' => false,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ى' | 'ئ' | 'ة' | 'ؤ' => false,
        'ւ' => prev == 'ո',
        '\u{430}'..='\u{438}'
        | '\u{43A}'..='\u{44F}'
        | '\u{561}'..='\u{586}'
        | '\u{621}'..='\u{64A}'
        | '\u{10D0}'..='\u{10FA}'
        // Punctuation without canonical decompositions: typographic quotes, dashes, ellipsis.
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{A1}'..='\u{BF}' => true,
        _ => {
            let mut same = 0;
            let mut other = false;
            decompose_canonical(c, |d| {
                if d == c && !is_combining_mark(d) {
                    same += 1;
                } else {
                    other = true;
                }
            });
            same == 1 && !other
        }
    }
}

/// The secondary fold of one non-ASCII character `c` (after `prev`), char by char into `f`.
#[inline]
fn push_secondary(c: char, prev: char, mut f: impl FnMut(char)) {
    match c {
        'ə' => f('e'),
        'ł' => f('l'),
        'ø' => f('o'),
        'đ' => f('d'),
        'ħ' => f('h'),
        'ß' => {
            f('s');
            f('s');
        }
        'æ' => {
            f('a');
            f('e');
        }
        'œ' => {
            f('o');
            f('e');
        }
        'أ' | 'إ' | 'آ' | 'ٱ' => f('ا'),
        'ى' | 'ئ' => f('ي'),
        'ة' => f('ه'),
        'ؤ' => f('و'),
        'ւ' if prev != 'ո' => f('վ'),
        // Fast path: letters without a decomposition.
        '\u{430}'..='\u{438}'
        | '\u{43A}'..='\u{44F}'
        | '\u{561}'..='\u{586}'
        | '\u{621}'..='\u{64A}'
        | '\u{10D0}'..='\u{10FA}' => f(c),
        _ => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                f(d);
            }
        }),
    }
}

/// True for characters that make up words: letters, digits and combining marks.
/// Fast paths for the scripts news about the region is written in; the general Unicode tables
/// (a binary search) only for the rest.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c as u32 {
        0x00..=0x7F => c.is_ascii_alphanumeric(),
        0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F => true, // Latin-1 letters, Latin Extended A/B
        0x400..=0x481 | 0x48A..=0x52F => true,            // Cyrillic letters
        0x531..=0x556 | 0x560..=0x588 => true,            // Armenian letters
        0x55A..=0x55F | 0x589..=0x58A => false,           // Armenian punctuation
        0x620..=0x64A | 0x660..=0x669 | 0x671..=0x6D3 => true, // Arabic letters and digits
        0x10D0..=0x10FA | 0x10FC..=0x10FF => true,        // Georgian Mkhedruli
        0x2000..=0x206F => false,                         // general punctuation, spaces
        _ => c.is_alphanumeric() || is_combining_mark(c),
    }
}

/// The map of `from..to`, two-byte characters: each offset twice.
#[inline]
fn push_pairs(map: &mut Vec<u32>, from: usize, to: usize) {
    let from = from as u32;
    map.extend((0..(to as u32 - from)).map(|j| from + (j & !1)));
}

#[inline]
fn push(out: &mut String, map: &mut Vec<u32>, c: char, src: u32) {
    let before = out.len();
    out.push(c);
    for _ in before..out.len() {
        map.push(src);
    }
}

#[inline]
fn lower_one(c: char) -> char {
    match c {
        'İ' | 'I' | 'ı' => 'i',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(text: &str) -> (String, Vec<u32>) {
        let (mut out, mut map) = (String::new(), Vec::new());
        fold_primary(text, &mut out, &mut map);
        (out, map)
    }

    #[test]
    fn turkish_i_forms_fold_to_one_key() {
        assert_eq!(primary_key("İLHAM"), "ilham");
        assert_eq!(primary_key("Ilham"), "ilham");
        assert_eq!(primary_key("ılham"), "ilham");
        assert_eq!(primary_key("İlham ƏLİYEV"), "ilham əliyev");
        assert_eq!(primary_key("i\u{0307}lham"), "ilham");
    }

    #[test]
    fn apostrophes_and_spaces_fold() {
        assert_eq!(primary_key("Hankendi’ye"), "hankendi'ye");
        assert_eq!(primary_key("Hankendiʼye"), "hankendi'ye");
        assert_eq!(primary_key("Nagorno\n  Karabakh"), "nagorno karabakh");
        assert_eq!(primary_key("Nagorno\u{00A0}Karabakh"), "nagorno karabakh");
        assert_eq!(primary_key("Нагорно‑Карабахская"), "нагорно-карабахская");
        // invisible characters inside a word vanish, and the map keeps the source offsets
        assert_eq!(primary_key("Stepa\u{200B}nakert"), "stepanakert");
        assert_eq!(primary_key("Ye\u{2060}revan Ba\u{FEFF}ku"), "yerevan baku");
        let (out, map) = fold("Stepa\u{200B}nakert");
        assert_eq!(out, "stepanakert");
        assert_eq!(map[5], 8, "the n after the 3-byte zero-width space");
    }

    #[test]
    fn script_specific_primary_folds() {
        assert_eq!(primary_key("Ёлки"), "елки");
        assert_eq!(primary_key("Երևան"), primary_key("Երեւան"));
        assert_eq!(primary_key("کردستان"), primary_key("كردستان"));
        assert_eq!(primary_key("بَاكُو"), "باكو");
    }

    #[test]
    fn map_points_back_into_the_original() {
        let text = "В СТЕПАНАКЕРТЕ  и\nİLHAM";
        let (out, map) = fold(text);
        assert_eq!(map.len(), out.len() + 1);
        let a = out.find("степанакерте").unwrap();
        let b = a + "степанакерте".len();
        assert_eq!(&text[map[a] as usize..map[b] as usize], "СТЕПАНАКЕРТЕ");
        let a = out.find("ilham").unwrap();
        assert_eq!(&text[map[a] as usize..map[out.len()] as usize], "İLHAM");
    }

    #[test]
    fn decomposed_input_is_composed() {
        // "Şuşa" written as S + combining cedilla.
        assert_eq!(primary_key("S\u{0327}us\u{0327}a"), primary_key("Şuşa"));
        let text = "S\u{0327}us\u{0327}a";
        let (out, map) = fold(text);
        assert_eq!(map[out.len()] as usize, text.len());
        assert_eq!(map[0], 0);
    }

    #[test]
    fn lowercase_fast_paths_agree_with_unicode() {
        for u in (0x410u32..0x450)
            .chain(0x531..0x587)
            .chain(0x620..0x64B)
            .chain(0x10D0..0x10FB)
        {
            let c = char::from_u32(u).unwrap();
            if matches!(c, 'ی' | 'ک' | 'ـ') {
                continue;
            }
            let want: String = c.to_lowercase().collect();
            assert_eq!(primary_key(&c.to_string()), want, "U+{u:04X} {c}");
        }
    }

    #[test]
    fn secondary_fast_paths_agree_with_decomposition() {
        let skip = ['ւ', 'أ', 'إ', 'آ', 'ى', 'ئ', 'ة', 'ؤ'];
        for u in (0x430u32..0x450)
            .chain(0x561..0x587)
            .chain(0x621..0x64B)
            .chain(0x10D0..0x10FB)
        {
            let c = char::from_u32(u).unwrap();
            if skip.contains(&c) {
                continue;
            }
            let mut want = String::new();
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    want.push(d)
                }
            });
            assert_eq!(secondary_key(&c.to_string()), want, "U+{u:04X} {c}");
        }
    }

    #[test]
    fn word_chars_fast_paths_agree_with_unicode() {
        let slow = |c: char| c.is_alphanumeric() || is_combining_mark(c);
        for u in (0u32..0x2100).chain(0xFB00..0xFF00) {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(is_word_char(c), slow(c), "U+{u:04X} {c}");
            }
        }
    }

    #[test]
    fn secondary_keeps_agrees_with_the_fold() {
        for u in 0x80u32..0x3100 {
            let Some(c) = char::from_u32(u) else { continue };
            for prev in ['\0', 'ո'] {
                let (mut out, mut map) = (String::new(), Vec::new());
                push_secondary(c, prev, |d| push(&mut out, &mut map, d, 0));
                assert_eq!(
                    secondary_keeps(c, prev),
                    out == c.to_string(),
                    "U+{u:04X} {c}"
                );
            }
        }
    }

    #[test]
    fn secondary_if_changed_only_when_it_changes() {
        let (p, pmap) = fold("Khankendi “today” — Ստեփանակերտում");
        let (mut s, mut smap) = (String::new(), Vec::new());
        assert!(!fold_secondary_if_changed(&p, &pmap, &mut s, &mut smap));
        assert!(s.is_empty() && smap.is_empty());
        let (p, pmap) = fold("Xankəndi “today”");
        assert!(fold_secondary_if_changed(&p, &pmap, &mut s, &mut smap));
        assert_eq!(s, "xankendi “today”");
        assert_eq!(smap.len(), s.len() + 1);
    }

    #[test]
    fn secondary_drops_diacritics_and_schwa() {
        assert_eq!(secondary_key(&primary_key("Xankəndi")), "xankendi");
        assert_eq!(secondary_key(&primary_key("Şuşa")), "susa");
        assert_eq!(secondary_key(&primary_key("Ağdərə")), "agdere");
        assert_eq!(secondary_key(&primary_key("Bakú")), "baku");
        assert_eq!(secondary_key(&primary_key("Новый")), "новыи");
        assert_eq!(secondary_key(&primary_key("أرمينيا")), "ارمينيا");
        assert_eq!(
            secondary_key(&primary_key("Երեվան")),
            secondary_key(&primary_key("Երևան"))
        );
        assert_eq!(
            secondary_key(&primary_key("Արցախում")),
            primary_key("Արցախում")
        );
    }

    /// [`SearchFold`] against the two folds it stands for, its word starts and changes against
    /// their definitions.
    fn search_fold_agrees(text: &str) {
        let (p, pmap) = fold(text);
        let (mut s, mut smap) = (String::new(), Vec::new());
        fold_secondary(&p, &pmap, &mut s, &mut smap);
        let mut f = SearchFold::default();
        f.fold(text);
        assert_eq!(f.text, s, "{text:?}");
        assert_eq!(f.map, smap, "{text:?}");
        let starts: Vec<u32> = s
            .char_indices()
            .filter(|&(i, _)| !s[..i].chars().next_back().is_some_and(is_word_char))
            .map(|(i, _)| i as u32)
            .collect();
        assert_eq!(f.starts, starts, "{text:?}");
        let (mut changed, mut at, mut prev) = (Vec::new(), 0, '\0');
        for c in p.chars() {
            if c.is_ascii() || secondary_keeps(c, prev) {
                at += c.len_utf8();
            } else {
                changed.push(at as u32);
                push_secondary(c, prev, |d| at += d.len_utf8());
            }
            prev = c;
        }
        assert_eq!(f.changed, changed, "{text:?}");
        // The primary fold between any two spaces (or ends), put back together from `f`.
        let spaces = |t: &str| -> Vec<usize> {
            let mut v = vec![0];
            v.extend(t.match_indices(' ').map(|(i, _)| i + 1));
            v
        };
        let (ss, ps) = (spaces(&s), spaces(&p));
        assert_eq!(ss.len(), ps.len());
        // the bytes from the i-th word start to the end of the j-th word
        let words = |starts: &[usize], len: usize, i: usize, j: usize| {
            (starts[i], starts.get(j + 1).map_or(len, |next| next - 1))
        };
        for i in 0..ss.len() {
            for j in i..ss.len() {
                let (from, to) = words(&ss, s.len(), i, j);
                let (pf, pt) = words(&ps, p.len(), i, j);
                let (mut out, mut map) = (String::new(), Vec::new());
                f.primary_between(from, to, &mut out, &mut map);
                assert_eq!(out, &p[pf..pt], "{text:?} {from}..{to}");
                assert_eq!(map, &pmap[pf..=pt], "{text:?} {from}..{to}");
            }
        }
    }

    #[test]
    fn search_fold_is_both_folds_in_one() {
        for text in [
            "",
            "Xankəndi “today” — Ստեփանակերտում, В СТЕПАНАКЕРТЕ  и\nİLHAM ƏLİYEV",
            "S\u{0327}us\u{0327}a e\u{301} ø\u{301} =\u{338} a\u{64B}\u{301} i\u{307}",
            "ոււ Երևան Ւ ßß 한국 \u{AD} \u{AD} x \u{301}y \t\n\x0B `a` ´ ‐",
            "أرمينيا  ئ ة ى ؤ بَاكُو ـ ی ک ǅ ﬁ ẞ Σ ς ΐ",
        ] {
            search_fold_agrees(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn search_fold_agrees_on_any_text(text in "\\PC{0,40}") {
            search_fold_agrees(&text);
        }

        #[test]
        fn search_fold_agrees_on_mixed_text(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Ə", "ə", "e\u{301}", "\u{301}", "\u{327}", "ւ", "ո", "և", " ", "  ", "\n", "a",
                    "Z", "`", "’", "İ", "ı", "i\u{307}", "ß", "\u{AD}", "\u{64B}", "ـ", "أ", "й",
                    "Й", "ё", "—", "\u{a0}", "-", "9", "한", "ø", "=",
                ]),
                0..16,
            ),
        ) {
            search_fold_agrees(&words.concat());
        }
    }

    proptest::proptest! {
        /// Maps have one entry per folded byte plus one, never go back, and point at char
        /// boundaries of the original.
        #[test]
        fn maps_are_monotonic_boundaries(text in "\\PC{0,40}") {
            let (p, pmap) = fold(&text);
            let (mut s, mut smap) = (String::new(), Vec::new());
            fold_secondary(&p, &pmap, &mut s, &mut smap);
            for (out, map) in [(&p, &pmap), (&s, &smap)] {
                proptest::prop_assert_eq!(map.len(), out.len() + 1);
                proptest::prop_assert!(map.windows(2).all(|w| w[0] <= w[1]));
                proptest::prop_assert!(map.iter().all(|&o| text.is_char_boundary(o as usize)));
                proptest::prop_assert_eq!(map[out.len()] as usize, text.len());
            }
        }
    }

    #[test]
    fn secondary_map_goes_through_primary_map() {
        let text = "in XANKƏNDİ today";
        let (p, pmap) = fold(text);
        let (mut s, mut smap) = (String::new(), Vec::new());
        fold_secondary(&p, &pmap, &mut s, &mut smap);
        let a = s.find("xankendi").unwrap();
        let b = a + "xankendi".len();
        assert_eq!(&text[smap[a] as usize..smap[b] as usize], "XANKƏNDİ");
    }

    #[test]
    fn secondary_fixed_is_a_character_its_own_secondary_key() {
        for u in 0u32..0x3100 {
            let Some(c) = char::from_u32(u) else { continue };
            let one = c.to_string();
            assert_eq!(
                secondary_fixed(c),
                secondary_key(&one) == one,
                "U+{u:04X} {c}"
            );
        }
    }

    proptest::proptest! {
        /// Eight bytes at a time as one byte at a time: the run's bytes (never more than the
        /// byte loop takes), where words start, which bytes are word characters.
        #[test]
        fn ascii_word_agrees_with_the_byte_loop(
            bytes in proptest::collection::vec(
                proptest::sample::select(b"aZ09 `.-'\t\n\x0b\x0c\r\x01\x7f\xc3\xa9@[_{".to_vec()),
                9,
            ),
            prev_word: bool,
        ) {
            let w = u64::from_le_bytes(bytes[..8].try_into().unwrap());
            let (n, starts, word) = ascii_word(w, is_plain_ascii(bytes[8]), prev_word);
            let run = ascii_run(&bytes, 0, |_, _| {});
            proptest::prop_assert!(n <= run.min(8), "{n} {run}");
            let mut pw = prev_word;
            for (k, &b) in bytes[..n].iter().enumerate() {
                proptest::prop_assert_eq!(starts >> (8 * k + 7) & 1 == 1, !pw);
                pw = b.is_ascii_alphanumeric();
                proptest::prop_assert_eq!(word >> (8 * k + 7) & 1 == 1, pw);
            }
            proptest::prop_assert_eq!(starts.checked_shr(8 * n as u32).unwrap_or(0), 0);
            // it takes the whole word when the byte loop would
            if run >= 8 {
                proptest::prop_assert!(
                    n == 8 || !bytes[n].is_ascii_graphic() || bytes[n] == b'`' || bytes[n] == b' ',
                    "{n}"
                );
            }
        }
    }
}
