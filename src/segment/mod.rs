//! Sentence segmentation for news text in many languages.
//!
//! [`split`] returns byte spans of sentences in the original text; nothing is rewritten.
//!
//! # Why a hand-written scanner
//!
//! DESIGN.md names UAX #29 (`unicode-segmentation`) as the base. We measured it and kept it only
//! as the benchmark baseline: UAX #29 sentence bounds alone run at 38–50 MB/s here (issue 4;
//! `benches/segment.rs` measures it beside `split` in the same run) against a target of
//! ≥ 100 MB/s, and its boundaries are the wrong ones for news in exactly the places that matter
//! — it splits after `Sept.`, `Dr.` and initials, cannot see a paragraph break versus a hard wrap,
//! and does not know Armenian `:`. Every rule below would have to undo a UAX #29 decision, so
//! each candidate would cost the UAX #29 pass *and* our own. Instead one pass over the bytes
//! finds the few characters that can end a sentence (`.` `!` `?` `…` `։` `؟` `。` …) and decides
//! each one with language rules (tables in [`rules`]). The scanner only looks at ASCII bytes
//! and UTF-8 lead bytes, so it stays on char boundaries by construction.
//!
//! # The model
//!
//! 1. The text is cut into *paragraphs* at blank (empty or whitespace-only) lines.
//! 2. A paragraph is cut into *blocks* at line breaks that are not hard wraps: a line that starts
//!    a list item or bullet, a separator line without letters or digits, a short line ending in
//!    `:` (the next word would have fitted, so no wrapper broke it), or a line too long for any
//!    wrapper (> 120 chars) followed by a non-lower-case line. Other single line breaks are wraps.
//! 3. In each block, each candidate terminator is decided: abbreviations by class (title, number
//!    prefix, month, post-positive, unit, final, initialism), initials, numbers and ordinals,
//!    ellipses, quotations and brackets (no boundary inside a closed quotation), closing quotes
//!    and citation marks that belong to the sentence, list items, datelines.
//! 4. Sentences are the trimmed, non-empty pieces between the chosen cut points.

pub mod rules;

use crate::model::Span;
use rules::{Class, Rules};

/// Split `text` into sentences, using the rules of language `lang` (ISO 639-1: en ru uk az tr hy
/// ka ar fa es fr de it pt pl be bg kk he …; unknown codes get generic rules).
///
/// Spans are in order, non-overlapping, non-empty, start and end with a non-whitespace char, and
/// only whitespace lies between them. No span crosses a blank line.
pub fn split(text: &str, lang: &str) -> Vec<Span> {
    let rules = rules::for_lang(lang);
    let mut cx = Cx {
        text,
        bytes: text.as_bytes(),
        rules,
        cuts: Vec::with_capacity(text.len() / 64 + 1),
        lines: Vec::new(),
        pairs: Vec::new(),
        stack: Vec::new(),
        iso_closers: Vec::new(),
        iso_count: 0,
        cands: Vec::new(),
        skip_dots: Vec::new(),
        block_cuts: Vec::new(),
        buf: String::new(),
        buf2: String::new(),
    };
    cx.run();
    let mut spans = Vec::with_capacity(cx.cuts.len());
    let mut prev = 0;
    for &cut in &cx.cuts {
        if cut <= prev {
            continue;
        }
        push_trimmed(text, prev, cut, &mut spans);
        prev = cut;
    }
    push_trimmed(text, prev, text.len(), &mut spans);
    spans
}

/// Runs of whitespace (including line breaks) become one space; the result is trimmed.
pub fn fold_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, spans: &mut Vec<Span>) {
    let piece = &text[start..end];
    let trimmed = piece.trim_start();
    let s = start + (piece.len() - trimmed.len());
    let trimmed = trimmed.trim_end();
    if !trimmed.is_empty() {
        spans.push(Span::new(s, s + trimmed.len()));
    }
}

/// A line of a paragraph: byte range of its content (without the line break).
#[derive(Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

/// Quotation and bracket families, for pairing.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Paren,
    Square,
    Curly,
    Guillemet,
    SingleGuillemet,
    CurlyQuote,
    StraightQuote,
    CurlySingle,
    StraightSingle,
    CjkCorner,
    CjkWhite,
    CjkAngle,
    CjkLenticular,
    FullParen,
}

/// Longest quotation or bracket that still shields its sentences from splitting (bytes). Beyond
/// this, a pairing is more likely a stray mark than a quotation.
const MAX_PAIR: usize = 1000;

/// Lines longer than this (in chars) were not produced by a hard-wrapping tool.
const LONG_LINE: usize = 120;

struct Cx<'a> {
    text: &'a str,
    bytes: &'a [u8],
    rules: &'static Rules,
    cuts: Vec<usize>,
    lines: Vec<Line>,
    /// Matched (open, close) positions of quotations and brackets in the current block.
    pairs: Vec<(usize, usize)>,
    /// Open quotations and brackets: (family, position, isolated token such as ` '' `).
    stack: Vec<(Family, usize, bool)>,
    /// Isolated quote tokens (white space on both sides, as in tokenized text) that close a
    /// quotation; a terminator before one keeps it.
    iso_closers: Vec<usize>,
    iso_count: usize,
    /// Candidate terminator positions in the current block.
    cands: Vec<usize>,
    /// Periods that belong to list markers (`1.`, `a.`) in the current block.
    skip_dots: Vec<usize>,
    block_cuts: Vec<usize>,
    buf: String,
    buf2: String,
}

/// Byte classes for the block scanner: 0 = uninteresting.
const fn scan_table() -> [u8; 256] {
    let mut t = [0u8; 256];
    t[b'.' as usize] = 1;
    t[b'!' as usize] = 1;
    t[b'?' as usize] = 1;
    t[b':' as usize] = 1;
    t[b';' as usize] = 1;
    t[0xCD] = 3; // ; U+037E GREEK QUESTION MARK
    t[b'"' as usize] = 2;
    t[b'\'' as usize] = 2;
    t[b'(' as usize] = 2;
    t[b')' as usize] = 2;
    t[b'[' as usize] = 2;
    t[b']' as usize] = 2;
    t[b'{' as usize] = 2;
    t[b'}' as usize] = 2;
    // UTF-8 lead bytes of the non-ASCII characters we care about.
    t[0xC2] = 3; // « » (U+00AB, U+00BB)
    t[0xD6] = 3; // ։ U+0589
    t[0xD8] = 3; // ؟ U+061F
    t[0xDB] = 3; // ۔ U+06D4
    t[0xE0] = 3; // । ॥ U+0964/5
    t[0xE1] = 3; // ። U+1362, ။ U+104B
    t[0xE2] = 3; // … “ ” „ ‹ › ‼ ⁇ ⁈ ⁉
    t[0xE3] = 3; // 。「」『』《》【】
    t[0xEF] = 3; // ！？（）
    t
}
static SCAN: [u8; 256] = scan_table();

fn is_line_break_byte(b: u8) -> bool {
    matches!(b, b'\n' | b'\r' | 0x0B | 0x0C | 0xC2 | 0xE2)
}

/// Characters that can end a sentence (besides `.`, handled on its own, and Armenian `:`).
fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '!' | '?'
            | '…'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
            | '։'
            | '؟'
            | '۔'
            | '।'
            | '॥'
            | '።'
            | '፧'
            | '፨'
            | '။'
            | '\u{37e}'
            | '。'
            | '！'
            | '？'
            | '｡'
    )
}

/// Terminators after which no space is needed (CJK).
fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡' | '።' | '፧' | '፨')
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▶'
            | '∙'
            | '·'
            | '*'
            | '-'
            | '+'
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‒' | '―' | '−')
}

fn is_currency(c: char) -> bool {
    matches!(
        c,
        '$' | '€' | '£' | '¥' | '₽' | '₼' | '₺' | '₴' | '֏' | '₾' | '₹' | '₪' | '﷼'
    )
}

/// Opening quotation marks and brackets that may begin a sentence.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '„'
            | '‚'
            | '«'
            | '‹'
            | '»'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '《'
            | '【'
            | '（'
            | '`'
    )
}

/// Characters that may close a sentence after its terminator (quotes, brackets).
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '“'
            | '»'
            | '«'
            | '›'
            | '‹'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '》'
            | '】'
            | '）'
            | '＂'
            | '`'
    )
}

fn is_georgian(c: char) -> bool {
    matches!(c, '\u{10A0}'..='\u{10FF}' | '\u{2D00}'..='\u{2D2F}' | '\u{1C90}'..='\u{1CBF}')
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Case {
    Upper,
    Lower,
    /// A letter of a script without case (Georgian, Arabic, Hebrew, CJK …).
    Uncased,
    NotLetter,
}

fn case_of(c: char) -> Case {
    if c.is_ascii() {
        return if c.is_ascii_uppercase() {
            Case::Upper
        } else if c.is_ascii_lowercase() {
            Case::Lower
        } else {
            Case::NotLetter
        };
    }
    if is_georgian(c) {
        return Case::Uncased;
    }
    if c.is_uppercase() {
        Case::Upper
    } else if c.is_lowercase() {
        Case::Lower
    } else if c.is_alphabetic() {
        Case::Uncased
    } else {
        Case::NotLetter
    }
}

fn is_armenian(c: char) -> bool {
    ('\u{0531}'..='\u{058A}').contains(&c) || ('\u{FB13}'..='\u{FB17}').contains(&c)
}

fn is_armenian_upper(c: char) -> bool {
    ('\u{0531}'..='\u{0556}').contains(&c)
}

/// What follows a candidate boundary.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Next {
    End,
    Upper,
    Lower,
    Uncased,
    Digit,
    /// An opening quote or bracket followed by a capital, digit or uncased letter; `¿ ¡`.
    Opener,
    Other,
}

struct NextInfo {
    kind: Next,
    /// Start of the next word (after openers).
    word_start: usize,
    word_end: usize,
    /// The next word is directly followed by a period (an initial such as `В.`).
    word_dotted: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    /// Nothing before the period.
    Empty,
    /// Contains `@`, `/` or `://`: an address, never an abbreviation.
    Address,
    /// Digits and separators only.
    Number {
        pure_digits: usize,
    },
    Abbrev(Class),
    /// One upper-case letter (`J.`, `В.`).
    Initial,
    /// One lower-case letter (`z.`, `s.`, `p.`).
    SingleLower,
    /// One letter of an uncased script (`ქ.`, `د.`).
    SingleUncased,
    /// Letters separated by periods, short parts (`U.S.A`, `Л.Н`, `т.г`).
    Dotted,
    /// An upper-case roman numeral of two or more letters (`XII`, `IV`).
    Roman,
    /// Any other word; `len` in chars, `letters_only`.
    Word {
        len: usize,
        letters_only: bool,
    },
}

impl<'a> Cx<'a> {
    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    fn char_before(&self, i: usize) -> Option<char> {
        self.text.get(..i).and_then(|s| s.chars().next_back())
    }

    // ---------------------------------------------------------------- paragraphs and lines

    fn run(&mut self) {
        let n = self.bytes.len();
        let mut i = 0;
        let mut para_start: Option<usize> = None;
        let mut line_start = 0;
        self.lines.clear();
        while i <= n {
            // Find the next line break (or the end).
            let mut j = i;
            let mut brk_len = 0;
            while j < n {
                let b = self.bytes[j];
                if is_line_break_byte(b) {
                    match b {
                        b'\n' | 0x0B | 0x0C => {
                            brk_len = 1;
                            break;
                        }
                        b'\r' => {
                            brk_len = if self.bytes.get(j + 1) == Some(&b'\n') {
                                2
                            } else {
                                1
                            };
                            break;
                        }
                        0xC2 if self.bytes.get(j + 1) == Some(&0x85) => {
                            brk_len = 2;
                            break;
                        }
                        0xE2 if self.bytes.get(j + 1) == Some(&0x80)
                            && matches!(self.bytes.get(j + 2), Some(&0xA8) | Some(&0xA9)) =>
                        {
                            brk_len = 3;
                            break;
                        }
                        _ => {}
                    }
                }
                j += 1;
            }
            let line = Line {
                start: line_start,
                end: j,
            };
            let blank = self.text[line.start..line.end]
                .chars()
                .all(char::is_whitespace);
            // U+2029 PARAGRAPH SEPARATOR ends a paragraph.
            let para_sep = brk_len == 3 && self.bytes[j + 2] == 0xA9;
            if blank {
                if let Some(ps) = para_start.take() {
                    self.paragraph(ps);
                }
            } else {
                if para_start.is_none() {
                    para_start = Some(line.start);
                }
                self.lines.push(line);
                if para_sep {
                    let ps = para_start.take().unwrap_or(line.start);
                    self.paragraph(ps);
                }
            }
            if j >= n {
                break;
            }
            i = j + brk_len;
            line_start = i;
        }
        if let Some(ps) = para_start.take() {
            self.paragraph(ps);
        }
    }

    /// Handle the paragraph made of `self.lines` (then clear them).
    fn paragraph(&mut self, _start: usize) {
        let lines = std::mem::take(&mut self.lines);
        if lines.len() == 1 {
            self.block(lines[0].start, lines[0].end);
        } else {
            let info: Vec<LineInfo> = lines
                .iter()
                .map(|l| {
                    let t = self.text[l.start..l.end].trim();
                    LineInfo {
                        text: t,
                        chars: t.bytes().filter(|b| (b & 0xC0) != 0x80).count(),
                        alnum: t.chars().any(char::is_alphanumeric),
                    }
                })
                .collect();
            let max_len = info.iter().map(|l| l.chars).max().unwrap_or(0);
            let mut bstart = lines[0].start;
            for k in 0..lines.len() - 1 {
                if hard_break(&info[k], &info[k + 1], max_len) {
                    self.block(bstart, lines[k].end);
                    bstart = lines[k + 1].start;
                }
            }
            self.block(bstart, lines[lines.len() - 1].end);
        }
        let mut lines = lines;
        lines.clear();
        self.lines = lines;
    }
}

/// What the line-break rules need to know about a line.
struct LineInfo<'a> {
    text: &'a str,
    chars: usize,
    alnum: bool,
}

/// Is the line break between `a` and `b` a real line end (not a hard wrap)?
fn hard_break(a: &LineInfo, b: &LineInfo, max_len: usize) -> bool {
    let ta = a.text;
    let tb = b.text;
    if ta.is_empty() || tb.is_empty() || !a.alnum || !b.alnum {
        return true;
    }
    let b_first = tb.chars().next().unwrap_or(' ');
    // A bullet starts an item.
    if let Some(m) = list_marker(tb) {
        if m.bullet {
            return true;
        }
        let a_last = ta.chars().next_back().unwrap_or(' ');
        if matches!(a_last, '.' | '!' | '?' | ':' | ';' | '։' | '؟' | '…')
            || list_marker(ta).is_some()
        {
            return true;
        }
    }
    let a_len = a.chars;
    if a_len > LONG_LINE && case_of(b_first) != Case::Lower {
        return true;
    }
    if ta.ends_with(':') && case_of(b_first) == Case::Upper {
        let word = tb.split_whitespace().next().unwrap_or("").chars().count();
        if a_len + 1 + word <= max_len {
            return true;
        }
    }
    false
}

impl<'a> Cx<'a> {
    // ---------------------------------------------------------------- blocks

    fn block(&mut self, start: usize, end: usize) {
        let raw = &self.text[start..end];
        let lead = raw.len() - raw.trim_start().len();
        let bstart = start + lead;
        let bend = start + raw.trim_end().len();
        if bstart >= bend {
            return;
        }
        self.block_cuts.clear();
        self.skip_dots.clear();
        self.list_items(bstart, bend);
        self.scan(bstart, bend);
        self.decide(bstart, bend);
        self.block_cuts.push(bend);
        self.block_cuts.sort_unstable();
        self.block_cuts.dedup();
        let cuts = std::mem::take(&mut self.block_cuts);
        self.cuts.extend_from_slice(&cuts);
        self.block_cuts = cuts;
    }

    /// A block that starts with a list marker: find the markers of the following items in the
    /// same block (`1) a 2) b`, `a. x b. y`, `• p • q`) and cut before each.
    fn list_items(&mut self, bstart: usize, bend: usize) {
        let block = &self.text[bstart..bend];
        let Some(first) = list_marker(block) else {
            return;
        };
        if let Some(d) = first.dot {
            self.skip_dots.push(bstart + d);
        }
        let mut pos = first.len;
        let mut expect = first;
        while let Some((at, m)) = find_next_marker(block, pos, &expect) {
            self.block_cuts.push(bstart + at);
            if let Some(d) = m.dot {
                self.skip_dots.push(bstart + at + d);
            }
            pos = at + m.len;
            expect = m;
        }
    }

    /// Collect candidate terminators and matched quotation/bracket pairs of a block.
    fn scan(&mut self, bstart: usize, bend: usize) {
        self.cands.clear();
        self.pairs.clear();
        self.stack.clear();
        self.iso_closers.clear();
        self.iso_count = 0;
        let bytes = self.bytes;
        let mut i = bstart;
        while i < bend {
            let class = SCAN[bytes[i] as usize];
            if class == 0 {
                i += 1;
                continue;
            }
            let c = if class == 3 {
                match self.char_at(i) {
                    Some(c) => c,
                    None => {
                        i += 1;
                        continue;
                    }
                }
            } else {
                bytes[i] as char
            };
            let w = c.len_utf8();
            if c == '.'
                || is_terminal(c)
                || (c == ':' && self.rules.colon_full_stop)
                || (c == ';' && self.rules.semicolon_question)
            {
                self.cands.push(i);
            } else {
                i += self.quote_event(c, i, bstart, bend) - w;
            }
            i += w;
        }
        self.pairs.sort_unstable();
        self.iso_closers.sort_unstable();
    }

    /// Record a quotation mark or bracket at `i`; returns the bytes consumed.
    fn quote_event(&mut self, c: char, i: usize, bstart: usize, bend: usize) -> usize {
        use Family::*;
        // Tokenized text writes a double quote as two apostrophes: `''`.
        let double_apos = c == '\'' && self.bytes.get(i + 1) == Some(&b'\'') && i + 1 < bend;
        let width = if double_apos { 2 } else { c.len_utf8() };
        let before = if i > bstart {
            self.char_before(i)
        } else {
            None
        };
        let after = if i + width < bend {
            self.char_at(i + width)
        } else {
            None
        };
        let ws_before = before.is_none_or(char::is_whitespace);
        let isolated = ws_before && after.is_none_or(char::is_whitespace);
        if isolated && matches!(c, '"' | '\'') {
            let fam = if c == '"' || double_apos {
                StraightQuote
            } else {
                StraightSingle
            };
            let open_k = self.stack.iter().rposition(|&(f, _, _)| f == fam);
            // A quote token that is the only one of the block closes a quotation opened before.
            let only = self.iso_count == 0 && {
                let rest = &self.text[i + width..bend];
                let tok = if fam == StraightQuote {
                    [" \" ", " '' "]
                } else {
                    [" ' ", " ' "]
                };
                !rest.contains(tok[0]) && !rest.contains(tok[1]) && !rest.ends_with(&tok[0][..2])
            };
            self.iso_count += 1;
            // Decide by the neighbours: `word '' ,` closes; `. '' Word` closes an open quotation
            // (or one opened before the text), else opens the next one.
            let prev = self.text[bstart..i].trim_end().chars().next_back();
            let rest = self.text[i + width..bend].trim_start();
            let next = rest.chars().next();
            let closes = if next.is_none_or(|n| matches!(n, ',' | ';' | ':' | ')' | '!' | '?'))
                || (next == Some('.') && !rest.starts_with(".."))
            {
                true
            } else if prev.is_some_and(|p| p == '.' || is_terminal(p)) {
                open_k.is_some() || only
            } else {
                open_k.is_some() && prev.is_some_and(|p| p == ',' || p == ';')
            };
            if closes {
                self.iso_closers.push(i);
                if let Some(k) = open_k {
                    let o = self.stack[k].1;
                    self.stack.truncate(k);
                    if i - o <= MAX_PAIR {
                        self.pairs.push((o, i));
                    }
                }
            } else {
                self.stack.push((fam, i, true));
            }
            return width;
        }
        let ws_or_open_before =
            before.is_none_or(|b| b.is_whitespace() || is_opener(b) || is_dash(b));
        let space_after = after.is_none_or(|a| a.is_whitespace());
        let punct_after =
            after.is_none_or(|a| a.is_whitespace() || (!a.is_alphanumeric() && !is_opener(a)));
        // (family, is_open)
        let ev: Option<(Family, bool)> = match c {
            '(' => Some((Paren, true)),
            ')' => Some((Paren, false)),
            '[' => Some((Square, true)),
            ']' => Some((Square, false)),
            '{' => Some((Curly, true)),
            '}' => Some((Curly, false)),
            '（' => Some((FullParen, true)),
            '）' => Some((FullParen, false)),
            '「' => Some((CjkCorner, true)),
            '」' => Some((CjkCorner, false)),
            '『' => Some((CjkWhite, true)),
            '』' => Some((CjkWhite, false)),
            '《' => Some((CjkAngle, true)),
            '》' => Some((CjkAngle, false)),
            '【' => Some((CjkLenticular, true)),
            '】' => Some((CjkLenticular, false)),
            '„' => Some((CurlyQuote, true)),
            '”' => Some((CurlyQuote, false)),
            '“' => Some((CurlyQuote, ws_or_open_before || !punct_after)),
            '«' | '»' | '‹' | '›' => {
                let fam = if matches!(c, '«' | '»') {
                    Guillemet
                } else {
                    SingleGuillemet
                };
                let default_open = matches!(c, '«' | '‹');
                let open = if ws_or_open_before && !space_after {
                    true
                } else if !ws_or_open_before && punct_after {
                    false
                } else {
                    default_open
                };
                Some((fam, open))
            }
            '"' => {
                if ws_or_open_before && !space_after {
                    Some((StraightQuote, true))
                } else if !ws_or_open_before && punct_after {
                    Some((StraightQuote, false))
                } else {
                    None
                }
            }
            '\'' if double_apos => {
                if ws_or_open_before && !space_after {
                    Some((StraightQuote, true))
                } else if !ws_or_open_before && punct_after {
                    Some((StraightQuote, false))
                } else {
                    None
                }
            }
            // A single quote opens before a letter and closes before white space or
            // punctuation; between letters it is an apostrophe.
            '\'' | '‘' | '’' => {
                let fam = if c == '\'' {
                    StraightSingle
                } else {
                    CurlySingle
                };
                let letter_after =
                    after.is_some_and(char::is_alphabetic) && !self.clitic_at(i + 1, bend);
                if ws_or_open_before && letter_after && c != '’' {
                    Some((fam, true))
                } else if !ws_or_open_before && punct_after && c != '‘' {
                    Some((fam, false))
                } else {
                    None
                }
            }
            _ => None,
        };
        let Some((fam, open)) = ev else {
            return width;
        };
        if open {
            self.stack.push((fam, i, false));
        } else if let Some(k) = self.stack.iter().rposition(|&(f, _, _)| f == fam) {
            let o = self.stack[k].1;
            self.stack.truncate(k);
            if i - o <= MAX_PAIR {
                self.pairs.push((o, i));
            }
        }
        width
    }

    /// An English clitic after an apostrophe: `'s`, `'re`, `'ll`, `'ve`, `'d`, `'m`, `'t`.
    fn clitic_at(&self, i: usize, bend: usize) -> bool {
        let rest = &self.bytes[i..bend];
        let n = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let w = &rest[..n];
        matches!(w, b"s" | b"re" | b"ll" | b"ve" | b"d" | b"m" | b"t" | b"S")
    }

    /// Decide each candidate of the block.
    fn decide(&mut self, bstart: usize, bend: usize) {
        let cands = std::mem::take(&mut self.cands);
        let mut sent_start = bstart;
        let mut consumed_to = bstart;
        // Sweep over pairs sorted by opening position: running max of closing positions.
        let mut pair_idx = 0;
        let mut max_close: Option<usize> = None;
        let mut list_cut_idx = 0;
        let list_cuts: Vec<usize> = self.block_cuts.clone();
        for &pos in &cands {
            if pos < consumed_to {
                continue;
            }
            while list_cut_idx < list_cuts.len() && list_cuts[list_cut_idx] <= pos {
                sent_start = sent_start.max(list_cuts[list_cut_idx]);
                list_cut_idx += 1;
            }
            while pair_idx < self.pairs.len() && self.pairs[pair_idx].0 < pos {
                let c = self.pairs[pair_idx].1;
                max_close = Some(max_close.map_or(c, |m: usize| m.max(c)));
                pair_idx += 1;
            }
            let Some(outcome) = self.candidate(pos, bstart, bend, sent_start) else {
                continue;
            };
            consumed_to = outcome.run_end;
            if let Some(cut) = outcome.cut {
                // Inside a quotation or bracket that closes later: no boundary.
                if max_close.is_some_and(|m| m >= cut) {
                    continue;
                }
                self.block_cuts.push(cut);
                sent_start = cut;
            }
        }
        self.cands = cands;
    }
}

/// The result of looking at one candidate: how far its run of punctuation reaches, and where to
/// cut if it is a boundary.
struct Outcome {
    run_end: usize,
    cut: Option<usize>,
}

impl<'a> Cx<'a> {
    fn candidate(
        &mut self,
        pos: usize,
        bstart: usize,
        bend: usize,
        sent_start: usize,
    ) -> Option<Outcome> {
        let c = self.char_at(pos)?;
        if c == ':' {
            return Some(self.armenian_colon(pos, bend));
        }
        if c == ';' || c == '\u{37e}' {
            let end = self.absorb_closers(pos + 1, bend);
            let next = self.next_info(end, bend);
            let ok = end >= bend
                || (self.char_at(end).is_some_and(char::is_whitespace)
                    && matches!(next.kind, Next::Upper | Next::Opener | Next::End));
            return Some(Outcome {
                run_end: end,
                cut: ok.then_some(end),
            });
        }
        if c == '.' && self.skip_dots.contains(&pos) {
            return Some(Outcome {
                run_end: pos + 1,
                cut: None,
            });
        }
        // The run: terminators, possibly separated by single spaces (". . .", "? ? ?").
        let (run_end, dots, others, spaced) = self.run_of_terminators(pos, bend);
        let ellipsis = dots >= 2 || self.text[pos..run_end].contains('…');

        // "word. . . . Next": the attached period ends the sentence, the ellipsis opens the next.
        if c == '.' && spaced && dots >= 4 && others == 0 {
            let prev = self.char_before(pos);
            if prev.is_some_and(|p| p.is_alphanumeric()) {
                let after = self.skip_ws(run_end, bend);
                if after < bend
                    && self
                        .char_at(after)
                        .is_some_and(|a| case_of(a) == Case::Upper)
                {
                    let cut = self.period_cut(pos, pos + 1, bstart, bend, sent_start, true);
                    return Some(Outcome { run_end, cut });
                }
            }
        }

        let end = self.absorb_closers(run_end, bend);
        let cjk = is_cjk_terminal(c);
        if end >= bend {
            return Some(Outcome {
                run_end: end,
                cut: Some(bend),
            });
        }
        let after = self.char_at(end)?;
        if !after.is_whitespace() {
            if cjk {
                return Some(Outcome {
                    run_end: end,
                    cut: Some(end),
                });
            }
            if c == '.' && !ellipsis && others == 0 {
                return Some(Outcome {
                    run_end: end,
                    cut: self.no_space_cut(pos, end, bstart),
                });
            }
            return Some(Outcome {
                run_end: end,
                cut: None,
            });
        }
        let next = self.next_info(end, bend);
        if ellipsis {
            // Bracketed omission "[...]": never a boundary.
            if self.char_before(pos).is_some_and(|p| p == '[' || p == '(') {
                return Some(Outcome {
                    run_end: end,
                    cut: None,
                });
            }
            let ok = match next.kind {
                Next::Upper => !(self.rules.pronoun_i && self.next_is_pronoun_i(&next)),
                Next::Opener => true,
                Next::End => true,
                _ => false,
            };
            return Some(Outcome {
                run_end: end,
                cut: ok.then_some(end),
            });
        }
        if c == '.' && others == 0 {
            // Armenian: "." is the colon-like mijaket; where the block uses ։ or ":" as its full
            // stop, a "." before Armenian text does not end a sentence.
            if self.rules.colon_full_stop
                && self.char_at(next.word_start).is_some_and(is_armenian)
                && self.text[bstart..bend].contains(['։', ':'])
            {
                return Some(Outcome {
                    run_end: end,
                    cut: None,
                });
            }
            let cut = self.period_cut(pos, end, bstart, bend, sent_start, false);
            return Some(Outcome { run_end: end, cut });
        }
        // An Armenian dateline ends in ։ (`ՄՈՍԿՎԱ, նոյեմբերի 10։ Զորքերը…`): it joins the story.
        if c == '։' && sent_start == bstart && self.is_dateline(bstart, pos) {
            return Some(Outcome {
                run_end: end,
                cut: None,
            });
        }
        // ! ? and other terminators.
        let ok = match next.kind {
            Next::Upper | Next::Uncased | Next::Digit | Next::Opener | Next::End => true,
            Next::Lower | Next::Other => false,
        };
        Some(Outcome {
            run_end: end,
            cut: ok.then_some(end),
        })
    }

    /// Armenian `:` as a full stop: before white space and an Armenian capital, or at the end.
    fn armenian_colon(&self, pos: usize, bend: usize) -> Outcome {
        let end = self.absorb_closers(pos + 1, bend);
        if end >= bend {
            return Outcome {
                run_end: end,
                cut: Some(bend),
            };
        }
        let after = self.char_at(end).unwrap_or('x');
        if !after.is_whitespace() {
            return Outcome {
                run_end: end,
                cut: None,
            };
        }
        let w = self.skip_ws(end, bend);
        let mut k = w;
        while let Some(ch) = self.char_at(k).filter(|&ch| is_opener(ch)) {
            k += ch.len_utf8();
        }
        let ok = w >= bend
            || self
                .char_at(k)
                .is_some_and(|c| is_armenian_upper(c) || c.is_numeric());
        Outcome {
            run_end: end,
            cut: ok.then_some(end),
        }
    }

    /// Returns (end of run, number of dots, number of other terminators, spaced).
    fn run_of_terminators(&self, pos: usize, bend: usize) -> (usize, usize, usize, bool) {
        let mut i = pos;
        let mut dots = 0;
        let mut others = 0;
        let mut spaced = false;
        while let Some(c) = self.char_at(i).filter(|_| i < bend) {
            if c == '.' {
                dots += 1;
                i += 1;
            } else if is_terminal(c) || (c == ':' && self.rules.colon_full_stop && i > pos) {
                if c == '…' {
                    dots += 3;
                } else {
                    others += 1;
                }
                i += c.len_utf8();
            } else if c == ' ' && i > pos && i + 1 < bend {
                // A single space followed by another terminator continues the run.
                let n = self.bytes[i + 1];
                if n == b'.' || n == b'!' || n == b'?' {
                    spaced = true;
                    i += 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        (i, dots, others, spaced)
    }

    /// Extend over closing quotes and brackets, more terminators after them, and citation marks
    /// (`[12]`), which all belong to the sentence.
    fn absorb_closers(&self, mut i: usize, bend: usize) -> usize {
        loop {
            let start = i;
            while i < bend {
                let Some(c) = self.char_at(i) else { break };
                if is_closer(c) {
                    // A quote followed by a letter opens the next thing; leave it.
                    let after = self
                        .char_at(i + c.len_utf8())
                        .filter(|_| i + c.len_utf8() < bend);
                    if matches!(c, '"' | '\'' | '“' | '«' | '»' | '‹' | '›' | '`')
                        && after.is_some_and(|a| a.is_alphanumeric())
                    {
                        break;
                    }
                    i += c.len_utf8();
                } else if c == '.' || is_terminal(c) {
                    i += c.len_utf8();
                } else if c == ' ' && self.iso_closers.binary_search(&(i + 1)).is_ok() {
                    // Tokenized text: ". ''" closes the quotation.
                    i += 2;
                    while i < bend && self.bytes[i] == b'\'' {
                        i += 1;
                    }
                } else if (c == ' ' || c == '\u{a0}' || c == '\u{202f}') && i + c.len_utf8() < bend
                {
                    // French spaced closing guillemet: ". »"
                    let k = i + c.len_utf8();
                    if self.char_at(k) == Some('»')
                        && self
                            .char_at(k + '»'.len_utf8())
                            .is_none_or(|a| k + '»'.len_utf8() >= bend || !a.is_alphanumeric())
                    {
                        i = k + '»'.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            // Citation marks: optional spaces, then "[12]" groups.
            let mut k = i;
            while k < bend && matches!(self.bytes[k], b' ' | b'\t') {
                k += 1;
            }
            if k < bend && self.bytes[k] == b'[' {
                let mut m = k + 1;
                while m < bend && m - k <= 8 {
                    let b = self.bytes[m];
                    if b == b']' {
                        break;
                    }
                    if !(b.is_ascii_alphanumeric() || b == b',' || b == b'-' || b >= 0x80) {
                        break;
                    }
                    m += 1;
                }
                if m < bend && self.bytes[m] == b']' && m > k + 1 {
                    let inner = &self.text[k + 1..m];
                    if inner
                        .chars()
                        .all(|ch| ch.is_ascii_digit() || matches!(ch, ',' | '-' | '–'))
                        && inner.chars().any(|ch| ch.is_ascii_digit())
                    {
                        i = m + 1;
                    }
                }
            }
            if i == start {
                return i;
            }
        }
    }

    fn skip_ws(&self, mut i: usize, bend: usize) -> usize {
        while i < bend {
            let b = self.bytes[i];
            if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
                i += 1;
                continue;
            }
            if b < 0x80 {
                break;
            }
            match self.char_at(i) {
                Some(c) if c.is_whitespace() => i += c.len_utf8(),
                _ => break,
            }
        }
        i
    }

    fn next_info(&self, from: usize, bend: usize) -> NextInfo {
        let w = self.skip_ws(from, bend);
        let none = NextInfo {
            kind: Next::End,
            word_start: w,
            word_end: w,
            word_dotted: false,
        };
        if w >= bend {
            return none;
        }
        let Some(c) = self.char_at(w) else {
            return none;
        };
        let mut kind = match case_of(c) {
            Case::Upper => Next::Upper,
            Case::Lower => Next::Lower,
            Case::Uncased => Next::Uncased,
            Case::NotLetter => {
                if c.is_numeric() {
                    Next::Digit
                } else if c == '¿' || c == '¡' || is_currency(c) || (is_bullet(c) && !is_dash(c))
                {
                    Next::Opener
                } else if is_opener(c) {
                    // Look past the openers (and one space) for what the quotation starts with.
                    let mut k = w;
                    while let Some(o) = self.char_at(k).filter(|&o| k < bend && is_opener(o)) {
                        k += o.len_utf8();
                    }
                    if self.bytes.get(k) == Some(&b' ') {
                        k += 1;
                    }
                    match self.char_at(k).filter(|_| k < bend) {
                        Some(d) if d.is_numeric() => Next::Digit,
                        Some(d)
                            if matches!(case_of(d), Case::Upper | Case::Uncased)
                                || d == '¿'
                                || d == '¡'
                                || d == '.'
                                || d == '…' =>
                        {
                            Next::Opener
                        }
                        _ => Next::Other,
                    }
                } else {
                    Next::Other
                }
            }
        };
        // The word itself (letters, apostrophes inside).
        let mut ws = w;
        while let Some(o) = self
            .char_at(ws)
            .filter(|&o| ws < bend && !o.is_alphanumeric())
        {
            if o.is_whitespace() {
                break;
            }
            ws += o.len_utf8();
        }
        let mut we = ws;
        while let Some(o) = self.char_at(we).filter(|_| we < bend) {
            if o.is_alphanumeric() || ((o == '\'' || o == '’') && we > ws) {
                we += o.len_utf8();
            } else {
                break;
            }
        }
        let word_dotted = self.bytes.get(we) == Some(&b'.') && we > ws;
        if kind == Next::Upper && we == ws {
            kind = Next::Other;
        }
        NextInfo {
            kind,
            word_start: ws,
            word_end: we,
            word_dotted,
        }
    }

    fn next_is_pronoun_i(&self, next: &NextInfo) -> bool {
        let wd = &self.text[next.word_start..next.word_end];
        wd == "I" || wd.starts_with("I'") || wd.starts_with("I’")
    }

    /// Is the next word a strong sentence starter (a pronoun, article, conjunction …)?
    fn next_is_starter(&mut self, next: &NextInfo) -> bool {
        if next.word_dotted {
            return false;
        }
        let wd = &self.text[next.word_start..next.word_end];
        if wd.len() > 24 {
            return false;
        }
        self.buf2.clear();
        for ch in wd.chars() {
            self.buf2.extend(ch.to_lowercase());
        }
        self.rules.is_starter(&self.buf2)
    }

    /// The token before the period at `pos`: from the last white space to `pos`, without
    /// opening punctuation. For a spaced period (`Mr . Smith`), the word before the space.
    fn token_before(&self, pos: usize, bstart: usize) -> (usize, usize) {
        let mut end = pos;
        if end > bstart && self.bytes[end - 1] == b' ' {
            let mut k = end;
            while k > bstart && self.bytes[k - 1] == b' ' {
                k -= 1;
            }
            end = k;
        }
        // Strip closing quotes/brackets directly before the period ("мир".).
        while let Some(c) = self.char_before(end).filter(|_| end > bstart) {
            if is_closer(c) && c != '\'' {
                end -= c.len_utf8();
            } else {
                break;
            }
        }
        let mut start = end;
        while let Some(c) = self.char_before(start).filter(|_| start > bstart) {
            if c.is_whitespace() {
                break;
            }
            start -= c.len_utf8();
        }
        while let Some(c) = self.char_at(start).filter(|_| start < end) {
            if is_opener(c) || is_dash(c) || c == '/' {
                start += c.len_utf8();
            } else {
                break;
            }
        }
        (start, end)
    }

    fn classify(&mut self, start: usize, end: usize, bstart: usize) -> Tok {
        let tok = &self.text[start..end];
        if tok.is_empty() {
            return Tok::Empty;
        }
        if tok.contains('@') || tok.contains("://") {
            return Tok::Address;
        }
        if let Some(k) = tok.rfind('/') {
            // "171/U.S" reads as "U.S"; "km/h", "and/or" are ordinary words.
            if k + 1 < tok.len() {
                let t = self.classify(start + k + 1, end, bstart);
                if matches!(t, Tok::Dotted | Tok::Abbrev(_)) {
                    return t;
                }
            }
            return Tok::Address;
        }
        let mut letters = 0;
        let mut digits = 0;
        let mut other = 0;
        let mut nchars = 0;
        for ch in tok.chars() {
            nchars += 1;
            if ch.is_alphabetic() {
                letters += 1;
            } else if ch.is_numeric() {
                digits += 1;
            } else {
                other += 1;
            }
        }
        if letters == 0 && digits > 0 {
            let pure = if other == 0 { digits } else { 0 };
            return Tok::Number { pure_digits: pure };
        }
        // Abbreviation tables: two-word keys first ("və s", "т д", "z b"), then the token.
        if tok.len() <= 24 {
            self.buf.clear();
            for ch in tok.chars() {
                self.buf.extend(ch.to_lowercase());
            }
            if nchars <= 3 {
                let (ps, pe) = self.prev_word(start, bstart);
                if pe > ps && pe - ps <= 8 {
                    self.buf2.clear();
                    for ch in self.text[ps..pe].chars() {
                        self.buf2.extend(ch.to_lowercase());
                    }
                    self.buf2.push(' ');
                    self.buf2.push_str(&self.buf);
                    if let Some(cl) = self.rules.abbrev(&self.buf2) {
                        return Tok::Abbrev(cl);
                    }
                }
            }
            if let Some(cl) = self.rules.abbrev(&self.buf) {
                return Tok::Abbrev(cl);
            }
            // Elided article or preposition: "l'Ing.", "dell'Avv.", "d'av."
            if let Some(k) = self.buf.rfind(['\'', '’']) {
                let k = k + self.buf[k..].chars().next().map_or(1, char::len_utf8);
                if k < self.buf.len()
                    && let Some(cl) = self.rules.abbrev(&self.buf[k..])
                {
                    return Tok::Abbrev(cl);
                }
            }
        }
        if nchars == 1 && letters == 1 {
            let ch = tok.chars().next().unwrap_or('x');
            return match case_of(ch) {
                Case::Upper => Tok::Initial,
                Case::Lower => Tok::SingleLower,
                _ => Tok::SingleUncased,
            };
        }
        if tok.contains('.') && digits == 0 {
            let short_parts = tok.split('.').all(|p| {
                let p = p.trim_start_matches('-');
                let n = p.chars().count();
                (1..=3).contains(&n) && p.chars().all(char::is_alphabetic)
            });
            if short_parts {
                return Tok::Dotted;
            }
        }
        if (2..=6).contains(&nchars)
            && tok
                .chars()
                .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
        {
            return Tok::Roman;
        }
        Tok::Word {
            len: nchars,
            letters_only: letters == nchars,
        }
    }

    /// The word before the token starting at `start` (without a final period).
    fn prev_word(&self, start: usize, bstart: usize) -> (usize, usize) {
        let mut e = start;
        while let Some(c) = self.char_before(e).filter(|_| e > bstart) {
            if c.is_whitespace() {
                e -= c.len_utf8();
            } else {
                break;
            }
        }
        if e == start {
            return (e, e);
        }
        if e > bstart && self.bytes[e - 1] == b'.' {
            e -= 1;
        }
        let mut s = e;
        while let Some(c) = self.char_before(s).filter(|_| s > bstart) {
            if c.is_whitespace() {
                break;
            }
            s -= c.len_utf8();
        }
        (s, e)
    }

    /// Decide a single period at `pos` whose run (with closers) ends at `end`, followed by white
    /// space. `ellipsis_next`: the next thing is a spaced ellipsis that opens the next sentence.
    fn period_cut(
        &mut self,
        pos: usize,
        end: usize,
        bstart: usize,
        bend: usize,
        sent_start: usize,
        ellipsis_next: bool,
    ) -> Option<usize> {
        let next = if ellipsis_next {
            NextInfo {
                kind: Next::Upper,
                word_start: end,
                word_end: end,
                word_dotted: false,
            }
        } else {
            self.next_info(end, bend)
        };
        match next.kind {
            Next::End => return Some(end),
            Next::Lower | Next::Other => return None,
            _ => {}
        }
        let (ts, te) = self.token_before(pos, bstart.max(sent_start));
        let tok = self.classify(ts, te, bstart);
        let upper = matches!(next.kind, Next::Upper | Next::Opener);
        let yes = Some(end);
        match tok {
            Tok::Empty | Tok::Address => yes,
            Tok::Roman if self.rules.ordinal_dot && next.kind == Next::Upper => {
                if self.next_is_starter(&next) {
                    yes
                } else {
                    None
                }
            }
            Tok::Roman => yes,
            Tok::Abbrev(class) => self.abbrev_cut(class, &next, ts, bstart, sent_start, end, pos),
            Tok::Initial => {
                if self.rules.pronoun_i
                    && &self.text[ts..te] == "I"
                    && self.prev_word_is_lower(ts, bstart)
                {
                    return yes;
                }
                if next.kind == Next::Upper && self.next_is_starter(&next) {
                    yes
                } else {
                    None
                }
            }
            Tok::SingleLower => {
                if next.kind == Next::Upper && self.next_is_starter(&next) {
                    yes
                } else {
                    None
                }
            }
            Tok::SingleUncased => None,
            Tok::Dotted => {
                if upper && self.next_is_starter(&next) {
                    yes
                } else {
                    None
                }
            }
            Tok::Number { pure_digits } => {
                // German "am 3. Oktober", Turkish "2. Dünya Savaşı": an ordinal, not an end.
                if self.rules.ordinal_dot
                    && (1..=3).contains(&pure_digits)
                    && next.kind == Next::Upper
                    && !self.next_is_starter(&next)
                {
                    return None;
                }
                if sent_start == bstart && self.is_dateline(bstart, pos) {
                    return None;
                }
                yes
            }
            Tok::Word { len, letters_only } => {
                // A short capitalised word the lists lack before a number is an abbreviation
                // ("Abb. 3", "Bl. 12"). A lowercase or uncased one ends a sentence: "hit a van.
                // 32 were hurt", Persian "سقوط کرد. ۳۲ نفر…" (verbs of three letters end most
                // Persian sentences); lowercase abbreviations are in the lists ("pág.", "ст.").
                if next.kind == Next::Digit
                    && letters_only
                    && len <= 3
                    && self.text[ts..te]
                        .chars()
                        .next()
                        .is_some_and(|c| case_of(c) == Case::Upper)
                {
                    return None;
                }
                if sent_start == bstart && self.is_dateline(bstart, pos) {
                    return None;
                }
                yes
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn abbrev_cut(
        &mut self,
        class: Class,
        next: &NextInfo,
        ts: usize,
        bstart: usize,
        sent_start: usize,
        end: usize,
        pos: usize,
    ) -> Option<usize> {
        let upper = matches!(next.kind, Next::Upper | Next::Opener | Next::Uncased);
        let digit = next.kind == Next::Digit;
        let yes = Some(end);
        match class {
            Class::Title => self.year_abbrev_ends(ts, pos, next).then_some(end),
            Class::NumPrefix | Class::Month => {
                let roman = class == Class::NumPrefix && {
                    let wd = &self.text[next.word_start..next.word_end];
                    !wd.is_empty()
                        && wd.len() <= 6
                        && wd.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
                };
                let dateline = sent_start == bstart && self.is_dateline(bstart, pos);
                if digit || roman || dateline {
                    None
                } else {
                    yes
                }
            }
            Class::Final => yes,
            Class::Initialism => {
                if upper && self.next_is_starter(next) {
                    yes
                } else {
                    None
                }
            }
            Class::Unit | Class::Post => {
                if class == Class::Unit && !self.number_before(ts, bstart) {
                    return yes;
                }
                if digit {
                    return if class == Class::Unit || self.words_between(sent_start, ts) < 1 {
                        None
                    } else {
                        yes
                    };
                }
                if !upper {
                    return None;
                }
                if self.words_between(sent_start, ts) < 1 {
                    return None;
                }
                let starter = self.next_is_starter(next);
                if self.rules.nouns_capitalised && !starter {
                    return None;
                }
                if !starter && self.clause_is_fronted_adverbial(sent_start, ts) {
                    return None;
                }
                yes
            }
        }
    }

    fn prev_word_is_lower(&self, ts: usize, bstart: usize) -> bool {
        let (s, e) = self.prev_word(ts, bstart);
        self.text[s..e]
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(|c| case_of(c) == Case::Lower)
    }

    fn number_before(&self, ts: usize, bstart: usize) -> bool {
        let (s, e) = self.prev_word(ts, bstart);
        let w = &self.text[s..e];
        !w.is_empty() && w.chars().any(|c| c.is_ascii_digit())
            || matches!(
                w,
                "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
            )
    }

    fn words_between(&self, a: usize, b: usize) -> usize {
        if b <= a {
            return 0;
        }
        self.text[a..b].split_whitespace().count()
    }

    /// Does the clause that ends at `ts` (from the sentence start or the last `:`/`;`) open with
    /// a preposition ("At 5 a.m.", "On Monday at 6 p.m.")?
    fn clause_is_fronted_adverbial(&mut self, sent_start: usize, ts: usize) -> bool {
        let seg = &self.text[sent_start..ts];
        let mut clause = seg;
        for (k, ch) in seg.char_indices().rev() {
            if (ch == ':' || ch == ';') && seg[k + 1..].starts_with(char::is_whitespace) {
                clause = &seg[k + 1..];
                break;
            }
        }
        let first = clause
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_matches(|c: char| !c.is_alphanumeric());
        if first.is_empty() || first.len() > 24 {
            return false;
        }
        self.buf2.clear();
        for ch in first.chars() {
            self.buf2.extend(ch.to_lowercase());
        }
        self.rules.is_prep(&self.buf2)
    }

    /// Russian `г.` after a year ends the sentence before a capitalised word of two letters or
    /// more (`…до 1 декабря 2020 г. Позднее…`); before a one-letter preposition it does not
    /// (`1898 г. В 1854 году…`), nor anywhere without a year before it (`г. Волгоград`).
    fn year_abbrev_ends(&self, ts: usize, pos: usize, next: &NextInfo) -> bool {
        if &self.text[ts..pos] != "г" || next.kind != Next::Upper {
            return false;
        }
        let before = self.text[..ts].trim_end();
        let digits = before
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .count();
        let word = &self.text[next.word_start..next.word_end];
        digits == 4 && before.len() < ts && word.chars().count() >= 2
    }

    /// A paragraph-initial dateline: `BAKU, Sept. 20.` / `МОСКВА, 20 сентября.`
    fn is_dateline(&self, bstart: usize, pos: usize) -> bool {
        let seg = &self.text[bstart..pos];
        let Some(comma) = seg.find(',') else {
            return false;
        };
        let head = &seg[..comma];
        let tail = seg[comma + 1..].trim();
        let head_letters = head.chars().filter(|c| c.is_alphabetic()).count();
        head_letters >= 3
            && head.chars().count() <= 40
            && head.chars().all(|c| {
                case_of(c) == Case::Upper
                    || c == ' '
                    || c == '-'
                    || c == '\''
                    || c == '’'
                    || c == '.'
            })
            && !tail.is_empty()
            && tail.chars().count() <= 30
            && tail.split_whitespace().count() <= 5
            && tail.chars().any(|c| c.is_ascii_digit())
    }

    /// "world.Today": a period between a lower-case word and a capital with no space.
    fn no_space_cut(&self, pos: usize, end: usize, bstart: usize) -> Option<usize> {
        if end != pos + 1 {
            return None;
        }
        let p1 = self.char_before(pos)?;
        let p2 = self.char_before(pos - p1.len_utf8())?;
        let word = case_of(p1) == Case::Lower && p2.is_alphabetic();
        let number = p1.is_ascii_digit() && (p2.is_ascii_digit() || p2 == ',');
        if !(word || number) {
            return None;
        }
        let n1 = self.char_at(end)?;
        if case_of(n1) != Case::Upper {
            return None;
        }
        let n2 = self.char_at(end + n1.len_utf8());
        if n2.is_some_and(|c| c == '.' || c.is_numeric()) {
            return None;
        }
        // The whole white-space-delimited token must not be an address.
        let (ts, _) = self.token_before(pos, bstart);
        let mut te = end;
        while let Some(c) = self.char_at(te) {
            if c.is_whitespace() {
                break;
            }
            te += c.len_utf8();
        }
        let whole = &self.text[ts..te];
        if whole.contains('@')
            || whole.contains('/')
            || whole.contains("www")
            || whole.contains(':')
        {
            return None;
        }
        Some(end)
    }
}

/// A list marker at the start of `s`: a bullet, an enumerator (`1.` `1)` `1.)` `(1)` `a.` `ii.`),
/// or a bullet followed by an enumerator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    /// Byte length of the marker (without the following space).
    len: usize,
    bullet: bool,
    bullet_char: char,
    /// Enumerator kind and value, if any.
    enumer: Option<(EnumKind, u32)>,
    /// Value as a lower-case roman numeral (`i`, `ii`, `iv`), if it reads as one.
    roman: Option<u32>,
    style: Style,
    /// Offset of the period of the enumerator, if any.
    dot: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EnumKind {
    Number,
    Lower,
    Upper,
    Roman,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    None,
    Dot,
    Paren,
    DotParen,
    Enclosed,
}

fn roman_value(s: &str) -> Option<u32> {
    const R: [&str; 12] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ];
    R.iter().position(|&r| r == s).map(|p| p as u32 + 1)
}

fn list_marker(s: &str) -> Option<Marker> {
    let mut i = 0;
    let mut bullet = false;
    let mut bullet_char = ' ';
    if let Some(c) = s.chars().next()
        && is_bullet(c)
    {
        let after = s[c.len_utf8()..].chars().next();
        // "-" "*" "+" "·" only with a space after ("-5 degrees" is no list).
        let tight_ok = matches!(
            c,
            '•' | '◦' | '▪' | '▫' | '‣' | '⁃' | '●' | '○' | '■' | '□' | '►' | '▶'
        );
        if after.is_some_and(|a| a.is_whitespace()) || (tight_ok && after.is_some()) {
            bullet = true;
            bullet_char = c;
            i = c.len_utf8();
            while let Some(w) = s[i..].chars().next().filter(|w| *w == ' ' || *w == '\t') {
                i += w.len_utf8();
            }
        }
    }
    let rest = &s[i..];
    let enclosed = rest.starts_with('(');
    let body_start = if enclosed { 1 } else { 0 };
    let body: String = rest[body_start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let mut enumer = None;
    let mut roman = None;
    let mut style = Style::None;
    let mut dot = None;
    let mut len = i;
    if !body.is_empty() && body.len() <= 4 {
        let lower = body.to_ascii_lowercase();
        let rv = roman_value(&lower).filter(|_| body.len() > 1 || body == lower);
        let kind_val = if body.chars().all(|c| c.is_ascii_digit()) && body.len() <= 3 {
            body.parse::<u32>().ok().map(|v| (EnumKind::Number, v))
        } else if body.len() == 1 {
            let b = body.as_bytes()[0];
            if b.is_ascii_lowercase() {
                Some((EnumKind::Lower, (b - b'a') as u32 + 1))
            } else {
                Some((EnumKind::Upper, (b - b'A') as u32 + 1))
            }
        } else {
            rv.map(|v| (EnumKind::Roman, v))
        };
        if let Some(kv) = kind_val {
            let p = i + body_start + body.len();
            let tail = &s[p..];
            let (st, l, d) = if enclosed {
                if tail.starts_with(").") {
                    (Style::Enclosed, 2, Some(1))
                } else if tail.starts_with(')') {
                    (Style::Enclosed, 1, None)
                } else {
                    (Style::None, 0, None)
                }
            } else if tail.starts_with(".)") {
                (Style::DotParen, 2, Some(0))
            } else if tail.starts_with('.') {
                (Style::Dot, 1, Some(0))
            } else if tail.starts_with(')') {
                (Style::Paren, 1, None)
            } else {
                (Style::None, 0, None)
            };
            let after_ok = s[p + l..].chars().next().is_some_and(char::is_whitespace);
            if st != Style::None && after_ok {
                enumer = Some(kv);
                roman = rv;
                style = st;
                dot = d.map(|d| p + d);
                len = p + l;
            }
        }
    }
    if !bullet && enumer.is_none() {
        return None;
    }
    Some(Marker {
        len,
        bullet,
        bullet_char,
        enumer,
        roman,
        style,
        dot,
    })
}

/// Find the next marker after `from` in `block` that continues the sequence of `prev`.
fn find_next_marker(block: &str, from: usize, prev: &Marker) -> Option<(usize, Marker)> {
    let mut i = from;
    while i < block.len() {
        let rel = block[i..].find(char::is_whitespace)?;
        let ws = i + rel;
        let ws_len = block[ws..].chars().next().map_or(1, char::len_utf8);
        let at = ws + ws_len;
        i = at;
        if at >= block.len() {
            return None;
        }
        let Some(m) = list_marker(&block[at..]) else {
            continue;
        };
        if prev.bullet && m.bullet && m.bullet_char == prev.bullet_char {
            return Some((at, m));
        }
        if prev.bullet {
            continue;
        }
        if m.style != prev.style {
            continue;
        }
        if let (Some((pk, pv)), Some((k, v))) = (prev.enumer, m.enumer) {
            // Capital letters are more often initials than list items; keep to lower case.
            let seq = (pk == k && v == pv + 1 && pk != EnumKind::Upper)
                || prev.roman.zip(m.roman).is_some_and(|(a, b)| b == a + 1);
            if seq {
                return Some((at, m));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests;
