//! Dates and numbers across languages: the anchors that let sentences in different languages be
//! paired ("19 September" = "19 сентября" = "sentyabrın 19-da"; "more than 100,000" overlaps
//! "более 100 тысяч").
//!
//! # Why a hand-written scanner
//!
//! Every anchor contains a digit, and digits are rare in running text (about 1–2 % of bytes in
//! news). So [`find`] walks the bytes looking only for digits (ASCII, Arabic-Indic `٠–٩` and
//! Persian `۰–۹`) and, at each one, looks a few words to the left and right for month names,
//! multiplier words, qualifiers and year words of the article's language. Most of the text is
//! therefore touched once by a byte comparison; only the neighbourhood of digits is decoded as
//! `char`s and case-folded. A regex engine (not a dependency of this crate anyway) would need one
//! alternation per language with hundreds of inflected forms and would still have to re-parse
//! every match to get values, while the interesting rules — "a single group of three digits means
//! thousands", "the dative before `kadar` means *up to*", "a day number may not re-use a month word
//! already consumed" — are easier to state as code than as patterns.
//!
//! On the mixed-language corpus of `benches/anchors.rs` (200 KB, two or three anchors per sentence,
//! far denser than news) `find` costs about 17–20× a bare count of ASCII digits over the same bytes.
//!
//! Lexicons are data (`lexicon.rs`: one `LangData` per language, in a tiny notation explained
//! there), folded once into a `Lex` on first use. Case folding is Turkish-aware: `I`, `ı`, `İ` all
//! fold to `i` on both sides, so `EYLÜL`, `Eylül`, `MAYIS`, `Mayıs` all match.
//!
//! # Output conventions
//!
//! - Spans are byte offsets into the text; dates and numbers are each sorted and non-overlapping,
//!   and no number overlaps a date (the day and year of a date are not reported as numbers).
//! - A date's span runs from its first to its last part, including attached case endings and
//!   year words (`19 сентября 2023 года`, `sentyabrın 19-da`, `19 Eylül'de`).
//! - A number's span includes its qualifier and multiplier words (`more than 100,000`,
//!   `100 mindən çox`), a percent sign and attached endings (`100-dən`, `19th`, `5km`).
//! - Ranges `100–120` (hyphen, en or em dash) give **one** anchor `[100, 120]` with `value` = the
//!   lower end and no qualifier; a multiplier after the second number applies to both
//!   (`1.5–2 million`). Year pairs (`2022-2023`) stay two numbers.
//! - Day ranges `19–21 сентября` give two dates (19 and 21 September).
//! - Clock times (`13:00`, `1 p.m.`, `13 Uhr`, `13 h`, `a las 13.00`) and digits inside
//!   identifiers (`A320`, `COVID-19`, `13h00`) are skipped.
//!
//! # Known gaps
//!
//! Month-only mentions without a number (`in September`; `September 2023` is found), weekday
//! names, number words (`two`, `десятки`), the Iranian solar calendar, word ranges
//! (`from 100 to 120`, `от 100 до 120`), two-digit years, day-month without year in digits
//! (`am 19.09.` reads as the number 19.09) and clock times with a dot and no word around them
//! (`13.00`) are not recognised. Without a month word, `In March 15 people…` (en) reads as 15 March.

pub mod concepts;
mod lexicon;

use crate::model::{DateAnchor, NumberAnchor, Span};
use lexicon::{
    AGE_ENDINGS, ARTICLES, Count, G, HALVES, K, Lex, M, ONES, ORDINAL_ENDINGS, Qual, VAGUE_LINKS,
    fold, fold_into, lexicon,
};

/// Whether `word` is a month's name (or its abbreviation) in language `lang`, in any case and
/// with an ending the date lexicon allows (сентября, Eylül'de): a word of dates, not a name.
pub fn is_month_name(word: &str, lang: &str) -> bool {
    let w = lexicon::fold(word.trim_end_matches('.'));
    lexicon::lexicon(lang)
        .months
        .iter()
        .any(|(form, _)| form.second.is_none() && form.matches(&w))
}

/// Dates and numbers in `text` (one sentence or a whole article) of language `lang` (ISO 639-1;
/// unknown codes use the union of all lexicons).
///
/// `default_year` (the article's year) fills in the year of dates that give none, so that
/// "19 September" and "19 сентября 2023 года" have the same [`DateAnchor::key`]; the surface stays
/// as written. Numbers that are part of a date (day, year) or a clock time are not reported as
/// numbers.
pub fn find(
    text: &str,
    lang: &str,
    default_year: Option<i32>,
) -> (Vec<DateAnchor>, Vec<NumberAnchor>) {
    let mut scanner = Scanner {
        text,
        lang,
        lex: lexicon(lang),
        default_year,
        floor: 0,
        dates: Vec::new(),
        numbers: Vec::new(),
        word: String::new(),
    };
    scanner.run();
    let lex = scanner.lex;
    let mut numbers = scanner.numbers;
    for n in numbers
        .iter_mut()
        .filter(|n| !n.is_year && n.unit.is_none())
    {
        let before = text[..n.span.start].trim_end_matches([' ', '\u{A0}', '\u{202F}']);
        let after = text[n.span.end..].trim_start_matches([' ', '\u{A0}', '\u{202F}']);
        let unit = if n.surface.ends_with(['%', '٪']) {
            Some("percent")
        } else if is_age(&n.surface, &text[n.span.end..]) {
            Some("age")
        } else if is_ordinal(&n.surface) || dot_ordinal(&n.surface, after, lang) {
            Some(ORDINAL)
        } else {
            currency_sign(before.chars().next_back())
                .or_else(|| currency_sign(after.chars().next()))
                .or_else(|| unit_attached(&n.surface, lang))
                .or_else(|| unit_inside(&n.surface, lang, lex))
                .or_else(|| unit_after(past_link(&text[n.span.end..], &n.surface), lang))
                .or_else(|| years_after(&text[n.span.end..], lex))
        };
        n.unit = unit.map(str::to_string);
    }
    (scanner.dates, numbers)
}

/// The unit of an ordinal number ("the 19th century", "20-րդ դար"): see [`is_ordinal`]. It
/// neither agrees with nor contradicts a count ([`NumberAnchor::in_other_units`]).
const ORDINAL: &str = "ordinal";

/// Whether a number is an ordinal: digits with an ordinal ending attached, directly or after a
/// hyphen or an apostrophe ([`ORDINAL_ENDINGS`]).
fn is_ordinal(surface: &str) -> bool {
    let Some(last_digit) = surface.rfind(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let tail = surface[last_digit + 1..].trim_start_matches(|c: char| c == '-' || is_apostrophe(c));
    !tail.is_empty()
        && tail.chars().all(is_word_char)
        && ORDINAL_ENDINGS.contains(&fold(tail).as_str())
}

/// Whether a number is a German or Turkish ordinal, written with a full stop ("im 19.
/// Jahrhundert", "19. yüzyılda"): digits only, the stop right after them, and the sentence going
/// on after it (the segmenter did not end the sentence there). `after` is the text after the
/// number, spaces trimmed.
fn dot_ordinal(surface: &str, after: &str, lang: &str) -> bool {
    matches!(lang, "de" | "tr")
        && surface.chars().all(|c| c.is_ascii_digit())
        && after.strip_prefix('.').is_some_and(|rest| {
            rest.starts_with(' ') && rest.trim_start().starts_with(is_word_char)
        })
}

/// Whether a number is an age: by its own ending ([`AGE_ENDINGS`]: "74-ամյա", "46-летний"), or
/// in English "74-year-old" and "74 years old" (which would otherwise be spans of years).
fn is_age(surface: &str, rest: &str) -> bool {
    let ending = surface.rsplit_once('-').map(|(_, e)| fold(e));
    if ending
        .as_deref()
        .is_some_and(|e| AGE_ENDINGS.iter().any(|a| e.starts_with(a)))
    {
        return true;
    }
    let starts = |p: &str| {
        rest.get(..p.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(p))
    };
    matches!(ending.as_deref(), Some("year" | "years")) && starts("-old")
        || starts(" years old")
        || starts(" year old")
}

/// The text after a number written in words, past a linking word ("una decina di ore", "une
/// dizaine d'heures", "decenas de horas": the unit is the word after the link); the text as it
/// is after digits.
fn past_link<'t>(rest: &'t str, surface: &str) -> &'t str {
    if !surface.chars().next_back().is_some_and(is_word_char) {
        return rest;
    }
    let Some((s, e)) = word_after(rest, 0) else {
        return rest;
    };
    let word = fold(&rest[s..e]);
    match word.split_once('\'') {
        Some((link, _)) if VAGUE_LINKS.contains(&link) => {
            // "d'heures": the word after the apostrophe (word_end keeps one only inside a word)
            let apostrophe = rest[s..e].char_indices().find(|(_, c)| is_apostrophe(*c));
            apostrophe.map_or(rest, |(i, c)| &rest[s + i + c.len_utf8()..])
        }
        _ if VAGUE_LINKS.contains(&word.as_str()) => &rest[e..],
        _ => rest,
    }
}

/// `year` when the word right after a count is one its language puts after a year number
/// ([`Lex::year_word`], not an abbreviation): "три года", "üç il", "1,5 року" are spans of
/// years, though the concept lexicon leaves these forms out of `year` (they would put the
/// concept on every date: "2023 года", "2023-cü il").
fn years_after(rest: &str, lex: &Lex) -> Option<&'static str> {
    let rest = rest.trim_start_matches(is_space);
    let end = word_end(rest, 0);
    if end == 0 {
        return None;
    }
    let mut word = String::new();
    fold_into(&rest[..end], &mut word);
    (lex.year_word(&word) == Some(false)).then_some("year")
}

/// The currency concept of a currency sign written before or after a number (€15, 15 €).
fn currency_sign(c: Option<char>) -> Option<&'static str> {
    Some(match c? {
        '€' => "currency-euro",
        '$' => "currency-dollar",
        '₽' => "currency-rouble",
        '₼' => "currency-manat",
        '֏' => "currency-dram",
        '₾' => "currency-lari",
        '₺' => "currency-lira",
        _ => return None,
    })
}

/// The unit a number carries joined to it by a hyphen, as a compound modifier: "a 24-hour
/// hotline" is a span of 24 hours, not 24 of anything, and agrees with no count ("fewer than 50
/// lorries"); "a 300-metre stretch" is a length. Case endings ("100-dən", "30-ից") name no unit
/// and give none; so do words the concept lexicon has no unit form for ("30-day").
fn unit_attached(surface: &str, lang: &str) -> Option<&'static str> {
    let (_, ending) = surface.rsplit_once('-')?;
    unit_after(ending, lang)
}

/// The unit named inside a number's own surface, between the number and a postposed qualifier
/// that may follow one noun ([`Lex::post_skip_noun`], az/tr/hy/ka: "15 faizi qədər" is up to
/// 15 percent, "8 bin hektardan fazla" more than 8,000 hectares): the words after the
/// surface's first are looked at as the words after a number are, except a half ("iki buçuk":
/// part of the number). Elsewhere a surface holds no unit word: a qualifier goes before the
/// number ("more than 100") and a half is the number's ("two and a half").
fn unit_inside(surface: &str, lang: &str, lex: &Lex) -> Option<&'static str> {
    if !lex.post_skip_noun {
        return None;
    }
    let (_, tail) = surface.split_once(is_space)?;
    unit_after(tail, lang).filter(|&u| u != "half")
}

/// Words after a number looked at for its unit.
const UNIT_WORDS: usize = 3;

/// The concept of a span of days ("44 days", "44 يوما", "15 jours"), a unit of its own rather
/// than a time span of [`crate::model::is_duration`]: its lexicon leaves out the singular forms
/// that also mean "that day" (gün, день, day), which some languages count with ("beş gün"), so
/// such a span must still agree with a bare figure; but it contradicts none ("the 44-day war"
/// against "five soldiers killed"), see [`crate::model::NumberAnchor::same_unit`].
const DAYS: &str = "days";

/// The unit a number is measured in, from the text right after it: the first concept of kind
/// quantity among the next [`UNIT_WORDS`] words ("hectáreas de cultivos" → `hectare`, "de
/// manats" → `currency-manat`), except magnitudes (thousand, million…), which are part of the
/// number; or a time span named by the very next word (`year` for "two years", `month` for
/// "18 months", `decade`, `minute`; see [`crate::model::is_duration`]). A time word
/// further on makes a rate, not a span ("1500 грузовиков в сутки" counts trucks). Counts of
/// people or things have none: the words for what is counted vary too much between outlets
/// ("170 people died" / "170 погибших") to tell two counts apart.
fn unit_after(rest: &str, lang: &str) -> Option<&'static str> {
    let lexicon = concepts::Concepts::embedded();
    // one pass over the words (this runs for every number of every sentence)
    lexicon.first(rest, lang, UNIT_WORDS, |c, word| {
        if crate::model::is_duration(c) || c == DAYS {
            return word == 0;
        }
        lexicon.kind(c) == Some("quantity")
            && !matches!(
                c,
                "thousand" | "million" | "billion" | "hundreds" | "dozens"
            )
    })
}

// ---------------------------------------------------------------------------------------------
// Characters and words

fn is_word_char(c: char) -> bool {
    // Fast paths for the scripts of the supported languages; `char::is_alphabetic` walks a
    // Unicode table and dominated the profile before these.
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\x7f' | '×' | '÷' => false,
        '\u{C0}'..='\u{2AF}' => true, // Latin-1 letters .. IPA (ə)
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{052F}' => true, // Cyrillic
        '\u{0531}'..='\u{0556}' | '\u{0560}'..='\u{0588}' => true, // Armenian
        '\u{0620}'..='\u{065F}' | '\u{066E}'..='\u{06D3}' => true, // Arabic letters, harakat
        '\u{10D0}'..='\u{10FA}' | '\u{10FC}'..='\u{10FF}' => true, // Georgian
        '\u{200C}' | '\u{200D}' | '\u{0300}'..='\u{036F}' => true,
        '\u{0660}'..='\u{066D}' | '\u{06D4}' | '\u{06F0}'..='\u{06F9}' => false,
        _ => c.is_alphabetic(),
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '−')
}

/// Inline white space: any Unicode white space (hard-wrapped text breaks lines inside phrases).
fn is_space(c: char) -> bool {
    c.is_whitespace()
}

fn char_at(t: &str, i: usize) -> Option<char> {
    t.get(i..)?.chars().next()
}

fn char_before(t: &str, i: usize) -> Option<char> {
    t.get(..i)?.chars().next_back()
}

/// Value and byte length of a decimal digit at `i` (ASCII, Arabic-Indic, Persian).
fn digit_at(t: &str, i: usize) -> Option<(u8, usize)> {
    let b = t.as_bytes();
    match *b.get(i)? {
        c @ b'0'..=b'9' => Some((c - b'0', 1)),
        0xD9 => match *b.get(i + 1)? {
            c @ 0xA0..=0xA9 => Some((c - 0xA0, 2)),
            _ => None,
        },
        0xDB => match *b.get(i + 1)? {
            c @ 0xB0..=0xB9 => Some((c - 0xB0, 2)),
            _ => None,
        },
        _ => None,
    }
}

fn is_digit_char(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

/// A run of digits.
#[derive(Debug, Clone, Copy)]
struct Run {
    end: usize,
    /// Number of digits.
    n: usize,
    val: f64,
}

fn run_at(t: &str, i: usize) -> Option<Run> {
    let (d, len) = digit_at(t, i)?;
    let mut run = Run {
        end: i + len,
        n: 1,
        val: f64::from(d),
    };
    while let Some((d, len)) = digit_at(t, run.end) {
        run.end += len;
        run.n += 1;
        run.val = run.val * 10.0 + f64::from(d);
    }
    Some(run)
}

fn skip_space(t: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(t, i) {
        if !is_space(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

fn skip_space_back(t: &str, mut i: usize, floor: usize) -> usize {
    while i > floor {
        match char_before(t, i) {
            Some(c) if is_space(c) => i -= c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// End of the word starting at `s` (letters, inner apostrophes); `s` when none.
fn word_end(t: &str, s: usize) -> usize {
    let Some(rest) = t.get(s..) else { return s };
    let mut end = s;
    let mut it = rest.char_indices().peekable();
    while let Some((off, c)) = it.next() {
        if is_word_char(c) {
            end = s + off + c.len_utf8();
        } else if is_apostrophe(c) && end > s && it.peek().is_some_and(|&(_, n)| is_word_char(n)) {
            continue;
        } else {
            break;
        }
    }
    end
}

/// Start of the word ending at `e`, not before `floor`; `e` when none.
fn word_start(t: &str, e: usize, floor: usize) -> usize {
    let Some(part) = t.get(floor..e) else {
        return e;
    };
    let mut start = e;
    let mut it = part.char_indices().rev().peekable();
    while let Some((off, c)) = it.next() {
        if is_word_char(c) {
            start = floor + off;
        } else if is_apostrophe(c) && start < e && it.peek().is_some_and(|&(_, p)| is_word_char(p))
        {
            continue;
        } else {
            break;
        }
    }
    start
}

/// Whether a phrase (folded words) is the words before a place, `words` nearest first (as
/// [`Scanner::words_before`] gives them).
fn ends_before(phrase: &[String], words: &[(usize, String)]) -> bool {
    phrase.len() <= words.len() && phrase.iter().rev().zip(words).all(|(p, w)| *p == w.1)
}

/// Whether a phrase (folded words) is the words after a place, `words` in order (as
/// [`Scanner::words_after`] gives them).
fn starts_after(phrase: &[String], words: &[(usize, usize, String)]) -> bool {
    phrase.len() <= words.len() && phrase.iter().zip(words).all(|(p, w)| *p == w.2)
}

/// The next word after optional white space: `(start, end)`.
fn word_after(t: &str, i: usize) -> Option<(usize, usize)> {
    let s = skip_space(t, i);
    let e = word_end(t, s);
    (e > s).then_some((s, e))
}

/// Skip letters and digits (an identifier such as `A320`, `COVID-19`, `13h00`).
fn skip_alnum(t: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(t, i) {
        if !(is_word_char(c) || is_digit_char(c)) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Ablative endings of Turkish and Azerbaijani.
const ABLATIVE: [&str; 6] = ["den", "dan", "ten", "tan", "dən", "tən"];

/// The folded white-space-delimited token that ends before `start`.
fn prev_token(t: &str, start: usize) -> String {
    let before = t.get(..start).unwrap_or("").trim_end();
    fold(before.rsplit(char::is_whitespace).next().unwrap_or(""))
}

fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 31,
    }
}

fn valid_date(year: Option<i32>, month: f64, day: f64) -> bool {
    (1.0..=12.0).contains(&month)
        && day >= 1.0
        && day <= f64::from(days_in_month(year, month as u8))
}

/// A plausible four-digit year.
fn year_value(r: &Run) -> Option<i32> {
    (r.n == 4 && (1000.0..=2999.0).contains(&r.val)).then_some(r.val as i32)
}

// ---------------------------------------------------------------------------------------------
// The scanner

/// A date found, before it becomes a [`DateAnchor`].
#[derive(Debug, Clone, Copy)]
struct DateHit {
    start: usize,
    end: usize,
    year: Option<i32>,
    month: u8,
    day: Option<u8>,
}

/// A number as written, with its attached multiplier.
#[derive(Debug, Clone, Copy)]
struct NumHit {
    end: usize,
    value: f64,
    /// One run of digits, no separators, no multiplier, no percent.
    plain: bool,
    digits: usize,
    mult: Option<f64>,
}

struct Scanner<'a> {
    text: &'a str,
    lang: &'a str,
    lex: &'static Lex,
    default_year: Option<i32>,
    /// Bytes before `floor` belong to anchors already found; look-behind stops here.
    floor: usize,
    dates: Vec<DateAnchor>,
    numbers: Vec<NumberAnchor>,
    /// The word being looked up as a number word, folded (one buffer for the whole text).
    word: String,
}

impl Scanner<'_> {
    fn run(&mut self) {
        let b = self.text.as_bytes();
        let words = !self.lex.counts.is_empty();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c.is_ascii_digit() || ((c == 0xD9 || c == 0xDB) && digit_at(self.text, i).is_some())
            {
                i = self.at_digit(i).max(i + 1);
            } else if words && self.starts_word(i) {
                i = self.at_word(i).max(i + 1);
            } else {
                i += 1;
            }
        }
    }

    /// Whether a word (not a digit) starts at byte `i`.
    fn starts_word(&self, i: usize) -> bool {
        let b = self.text.as_bytes()[i];
        if (b.is_ascii() && !b.is_ascii_alphabetic()) || (0x80..0xC0).contains(&b) {
            return false;
        }
        char_at(self.text, i).is_some_and(is_word_char)
            && char_before(self.text, i)
                .is_none_or(|c| !(is_word_char(c) || is_digit_char(c) || is_apostrophe(c)))
    }

    /// Handle the word starting at `p`: a number written as a word ("three", "трёх", "beş
    /// min") becomes a number; return where the word (or the number) ends.
    fn at_word(&mut self, p: usize) -> usize {
        let e = word_end(self.text, p);
        // folding drops Arabic vowel marks and joiners, so a word may fold to a third of its
        // bytes ("ثَلَاثَةٌ"), never less
        if e - p > 3 * self.lex.count_bytes || char_at(self.text, e).is_some_and(is_digit_char) {
            return e;
        }
        fold_into(&self.text[p..e], &mut self.word);
        let qualified = self
            .lex
            .qualified
            .get(&self.word)
            .filter(|_| self.pre_qualifier(p).is_some());
        // "one and a half", "bir buçuk": "one" is a number before a half
        let one_and_a_half = || {
            (ONES.contains(&self.word.as_str()) && self.half_after(e).is_some()).then_some(Count {
                low: 1.0,
                high: 1.0,
                needs_magnitude: false,
                approx: false,
            })
        };
        let Some(count) = qualified
            .copied()
            .or_else(|| self.lex.count(&self.word))
            .or_else(one_and_a_half)
        else {
            if self.lex.ends_half(&self.word) {
                self.half_of_span(p, e);
            }
            return e;
        };
        let (mut low, mut high) = (count.low, count.high);
        let mut end = e;
        if !count.is_range() && !count.needs_magnitude && !count.approx {
            (low, end) = self.compound(low, end);
            if let Some(he) = self.half_after(end) {
                (low, end) = (low + 0.5, he);
            }
            high = low;
        }
        let mut scaled = false;
        for _ in 0..2 {
            let next = match self.mult_after(end) {
                None if count.is_range() => self.linked_mult_after(end),
                found => found,
            };
            match next {
                Some((m, me)) => {
                    low *= m;
                    // a range covers its last unit whole: "tens of thousands" up to 99,999
                    high = if count.is_range() {
                        (high + 1.0) * m - 1.0
                    } else {
                        high * m
                    };
                    end = me;
                    scaled = true;
                }
                None => break,
            }
        }
        if count.needs_magnitude && !scaled {
            return e;
        }
        // "medio centenar", "half a dozen": half of it, said from the first of those words
        let (p, part) = if count.approx {
            self.round_start(p)
        } else {
            (p, 1.0)
        };
        let (low, high) = (low * part, high * part);
        let value = low;
        let (qualifier, start, end) = self.qualifier(p, end);
        // "une trentaine" is "about thirty" unless it has a qualifier of its own
        let qualifier = qualifier.or(count.approx.then_some(Qual::About));
        // a qualifier widens a range from its ends: "more than several hundred" = [300, ∞)
        let (low, high) = qualifier.map_or((low, Some(high)), |q| {
            (q.interval(low).0, q.interval(high).1)
        });
        let span = Span::new(start, end);
        self.numbers.push(NumberAnchor {
            span,
            surface: span.slice(self.text).to_string(),
            value,
            low,
            high,
            qualifier: qualifier.map(|q| q.name().to_string()),
            is_year: false,
            unit: None,
        });
        self.floor = end;
        end
    }

    /// Where the words that belong to a round number said roughly start, before it at `p`: an
    /// indefinite article ([`ARTICLES`]: "une trentaine", "a dozen") and a half ([`HALVES`]:
    /// "medio centenar", "half a dozen"); and the part of the number they say (1 or 0.5).
    fn round_start(&self, p: usize) -> (usize, f64) {
        let words = self.words_before(p, 2);
        let (mut start, mut part) = (p, 1.0);
        for (s, w) in &words {
            if ARTICLES.contains(&w.as_str()) && part == 1.0 && start == p {
                start = *s;
            } else if HALVES.contains(&w.as_str()) && part == 1.0 {
                (start, part) = (*s, 0.5);
            } else {
                break;
            }
        }
        (start, part)
    }

    /// Number words after `total` that add up to one number with it: "forty-seven", "treinta y
    /// cinco", "сто двадцать пять", "soixante-dix-sept". Each word must be smaller than the
    /// place of the last digit written so far (7 after 40, 20 after 100), so ranges ("twenty-
    /// thirty", "пять-шесть") stay two numbers; French counts by twenties after sixty. Returns
    /// the sum and where its last word ends.
    fn compound(&self, mut total: f64, mut end: usize) -> (f64, usize) {
        while total >= 20.0 && total.fract() == 0.0 {
            let mut place = 1.0;
            while total % (place * 10.0) == 0.0 {
                place *= 10.0;
            }
            if place == 10.0 && (total == 60.0 || total == 80.0) {
                place = 20.0;
            }
            let Some((v, we)) = self.addend_after(end) else {
                break;
            };
            if v >= place {
                break;
            }
            total += v;
            end = we;
        }
        (total, end)
    }

    /// A plain number word right after `e`, joined to it by a hyphen, a space or "and" ("y",
    /// "e", "et"): its value and end.
    fn addend_after(&self, e: usize) -> Option<(f64, usize)> {
        let rest = self.text.get(e..)?;
        let q = ["-et-", " et ", " y ", " e ", "-", " "]
            .iter()
            .find(|j| rest.starts_with(**j))
            .map(|j| e + j.len())?;
        if !char_at(self.text, q).is_some_and(is_word_char) {
            return None;
        }
        let we = word_end(self.text, q);
        let word = self.folded(q, we);
        if ONES.contains(&word.as_str()) {
            return Some((1.0, we));
        }
        let count = self.lex.count(&word)?;
        (!count.is_range() && !count.needs_magnitude && !count.approx && count.low >= 1.0)
            .then_some((count.low, we))
    }

    /// Handle the digit run starting at `p`; return where to resume (> `p`).
    fn at_digit(&mut self, p: usize) -> usize {
        let t = self.text;
        let Some(r0) = run_at(t, p) else {
            return p + 1;
        };
        // Inside an identifier, or the tail of something already rejected ("1.2.3", "12:30:15").
        if let Some(pc) = char_before(t, p) {
            // Arabic-script conjunctions and prepositions written solid with a number
            // ("و١٩ أيلول", "ب100") do not make it an identifier.
            let clitic = matches!(pc, 'و' | 'ب' | 'ل' | 'ف')
                && !char_before(t, p - pc.len_utf8()).is_some_and(is_word_char);
            if is_word_char(pc) && !clitic {
                return skip_alnum(t, p);
            }
            if let Some(pp) = char_before(t, p - pc.len_utf8()) {
                if matches!(pc, '-' | '_' | '/') && is_word_char(pp) {
                    return skip_alnum(t, p);
                }
                if matches!(pc, '.' | ',' | ':' | '/' | '٫' | '٬') && is_digit_char(pp) {
                    return r0.end;
                }
            }
        }
        // Clock time 13:00, 9:30:15.
        if r0.n <= 2
            && char_at(t, r0.end) == Some(':')
            && let Some(m) = run_at(t, r0.end + 1)
            && m.n == 2
        {
            let mut end = m.end;
            if char_at(t, end) == Some(':')
                && let Some(s) = run_at(t, end + 1)
                && s.n == 2
            {
                end = s.end;
            }
            return end;
        }
        if let Some(end) = self.dot_time(p, r0) {
            return end;
        }
        if let Some(end) = self.hour_time(r0) {
            return end;
        }
        if let Some(d) = self.numeric_date(p, r0) {
            return self.push_date(d);
        }
        if let Some(d) = self.year_first_date(p, r0) {
            return self.push_date(d);
        }
        if let Some(d) = self.month_before(p, r0) {
            return self.push_date(d);
        }
        if let Some(d) = self.day_month(p) {
            return self.push_date(d);
        }
        self.number(p)
    }

    fn push_date(&mut self, d: DateHit) -> usize {
        let span = Span::new(d.start, d.end);
        self.dates.push(DateAnchor {
            span,
            surface: span.slice(self.text).to_string(),
            year: d.year.or(self.default_year),
            month: d.month,
            day: d.day,
        });
        self.floor = d.end;
        d.end
    }

    /// The folded word `(start, end)`.
    fn folded(&self, s: usize, e: usize) -> String {
        fold(&self.text[s..e])
    }

    /// A month name (with its case ending) in the word `s..e`: month and end of the match.
    fn month_word(&self, s: usize, e: usize) -> Option<(u8, usize)> {
        let t = self.text;
        let w = self.folded(s, e);
        for (f, month) in &self.lex.months {
            if !f.matches(&w) {
                continue;
            }
            if f.cap && !t[s..].chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let mut end = e;
            if let Some(second) = &f.second {
                match word_after(t, e) {
                    Some((s2, e2)) if self.folded(s2, e2) == *second => end = e2,
                    _ => continue,
                }
            }
            if f.abbrev && char_at(t, end) == Some('.') {
                end += 1;
            }
            return Some((*month, end));
        }
        None
    }

    /// Ending attached to a number: `-да`, `'de`, `-ին` (any length up to 8 letters) or attached
    /// letters `th`, `er`, `km` (up to 4). `None` when longer letters are glued to the digits.
    fn suffix(&self, e: usize) -> Option<usize> {
        let t = self.text;
        match char_at(t, e) {
            Some(c) if is_word_char(c) => {
                let we = word_end(t, e);
                (t[e..we].chars().count() <= 4).then_some(we)
            }
            Some(c) if c == '-' || is_apostrophe(c) => {
                let s = e + c.len_utf8();
                let we = word_end(t, s);
                if we > s && t[s..we].chars().count() <= 8 {
                    Some(we)
                } else {
                    Some(e)
                }
            }
            _ => Some(e),
        }
    }

    /// True when a decimal or grouping mark and a digit follow `e` ("19,5", "19.09").
    fn continues_as_number(&self, e: usize) -> bool {
        let t = self.text;
        match char_at(t, e) {
            Some(c) if matches!(c, '.' | ',' | ':' | '٫' | '٬' | '/') => {
                digit_at(t, e + c.len_utf8()).is_some()
            }
            _ => false,
        }
    }

    /// A day number at `p`: value and end (with its ending).
    fn day_at(&self, p: usize) -> Option<(u8, usize)> {
        let r = run_at(self.text, p)?;
        if r.n > 2 || !(1.0..=31.0).contains(&r.val) || self.continues_as_number(r.end) {
            return None;
        }
        Some((r.val as u8, self.suffix(r.end)?))
    }

    /// A year after a date: `, 2023`, ` 2023 года`, ` de 2023`, ` 2023-cü il`. Year and end.
    fn year_after(&self, e: usize) -> Option<(i32, usize)> {
        let t = self.text;
        let mut q = skip_space(t, e);
        if char_at(t, q) == Some(',') {
            q = skip_space(t, q + 1);
        }
        if let Some((ws, we)) = word_after(t, q)
            && ws == q
            && self.lex.links.contains(&self.folded(ws, we))
        {
            q = skip_space(t, we);
        }
        if q == e {
            return None;
        }
        let r = run_at(t, q)?;
        let y = year_value(&r)?;
        if self.continues_as_number(r.end) {
            return None;
        }
        Some((y, self.year_tail(r.end)))
    }

    /// After a year: its ending and a year word (`2023-cü il`, `2023 года`, `2023 թ.`).
    fn year_tail(&self, e: usize) -> usize {
        let end = self.suffix(e).unwrap_or(e);
        self.year_word_after(end).unwrap_or(end)
    }

    fn year_word_after(&self, e: usize) -> Option<usize> {
        let t = self.text;
        let (ws, we) = word_after(t, e)?;
        let abbrev = self.lex.year_word(&self.folded(ws, we))?;
        Some(if abbrev && char_at(t, we) == Some('.') {
            we + 1
        } else {
            we
        })
    }

    /// A clock time written with a dot, told from a decimal by its context: `13.00'te`,
    /// `13.00 Uhr`, `saat 13.00`, `um 9.30`. Returns its end.
    fn dot_time(&self, p: usize, r0: Run) -> Option<usize> {
        let t = self.text;
        if r0.n > 2 || r0.val > 23.0 || char_at(t, r0.end) != Some('.') {
            return None;
        }
        let m = run_at(t, r0.end + 1)?;
        if m.n != 2 || m.val > 59.0 || self.continues_as_number(m.end) {
            return None;
        }
        if let Some(c) = char_at(t, m.end)
            && is_apostrophe(c)
        {
            return self.suffix(m.end);
        }
        const AFTER: [&str; 6] = ["uhr", "h", "saat", "ч", "часов", "ժամին"];
        const BEFORE: [&str; 9] = ["saat", "um", "at", "à", "ժամը", "las", "alle", "às", "vers"];
        if let Some((ws, we)) = word_after(t, m.end)
            && AFTER.contains(&self.folded(ws, we).as_str())
        {
            let dot = usize::from(char_at(t, we) == Some('.'));
            return Some(we + dot);
        }
        let q = skip_space_back(t, p, self.floor);
        let s = word_start(t, q, self.floor);
        (q < p && s < q && BEFORE.contains(&self.folded(s, q).as_str())).then_some(m.end)
    }

    /// A clock time told by a word after the hour: `1 p.m.`, `11am`, `13 Uhr`, `13 h`, `13 h 30`.
    /// Returns its end. Without this the hour reads as a count, and "at 1 p.m." beside "for
    /// about 24 hours" made a conflict of numbers that no outlet wrote.
    fn hour_time(&self, r0: Run) -> Option<usize> {
        let t = self.text;
        if r0.n > 2 || r0.val > 24.0 || self.continues_as_number(r0.end) {
            return None;
        }
        let (ws, we) = word_after(t, r0.end)?;
        // the next word, right after the number or one space on
        if ws - r0.end > 1 {
            return None;
        }
        let word = self.folded(ws, we);
        let twelve = r0.val >= 1.0 && r0.val <= 12.0;
        match word.as_str() {
            // a.m. / p.m. (the word ends at the first dot)
            "a" | "p" if twelve => {
                let rest = &t[we..];
                [".m.", ".m"]
                    .iter()
                    .find(|m| rest.starts_with(*m))
                    .map(|m| we + m.len())
            }
            "am" | "pm" if twelve && self.lang == "en" => Some(we),
            "uhr" => Some(we),
            "h" if self.lang == "fr" && r0.val < 24.0 => {
                // 13 h 30
                match run_at(t, skip_space(t, we)) {
                    Some(m) if m.n == 2 && m.val <= 59.0 && skip_space(t, we) - we <= 1 => {
                        Some(m.end)
                    }
                    _ => Some(we),
                }
            }
            _ => None,
        }
    }

    /// `2023-09-19`, `19.09.2023`, `19/09/2023`, `9/19/2023` (month first only when day first is
    /// impossible).
    fn numeric_date(&self, p: usize, r0: Run) -> Option<DateHit> {
        let t = self.text;
        let sep = char_at(t, r0.end)?;
        if !matches!(sep, '-' | '.' | '/') {
            return None;
        }
        let r1 = run_at(t, r0.end + 1)?;
        if r1.n > 2 || char_at(t, r1.end) != Some(sep) {
            return None;
        }
        let r2 = run_at(t, r1.end + 1)?;
        if self.continues_as_number(r2.end) || char_at(t, r2.end).is_some_and(is_dash) {
            return None;
        }
        let (y, m, d, end) = if r0.n == 4 && r2.n <= 2 && sep != '.' {
            (year_value(&r0)?, r1.val, r2.val, r2.end)
        } else if r0.n <= 2 && r2.n == 4 {
            let y = year_value(&r2)?;
            let (m, d) = if valid_date(Some(y), r1.val, r0.val) {
                (r1.val, r0.val)
            } else {
                (r0.val, r1.val)
            };
            (y, m, d, self.year_tail(r2.end))
        } else {
            return None;
        };
        valid_date(Some(y), m, d).then_some(DateHit {
            start: p,
            end,
            year: Some(y),
            month: m as u8,
            day: Some(d as u8),
        })
    }

    /// `2023 թվականի սեպտեմբերի 19-ին`, `2023 წლის 19 სექტემბერს`, `2023-cü il sentyabrın 19-da`,
    /// `2023 yılının Eylül ayında` (day `None`).
    fn year_first_date(&self, p: usize, r0: Run) -> Option<DateHit> {
        let t = self.text;
        let y = year_value(&r0)?;
        if self.continues_as_number(r0.end) {
            return None;
        }
        let e = self.suffix(r0.end)?;
        let mut q = skip_space(t, self.year_word_after(e)?);
        if char_at(t, q) == Some(',') {
            q = skip_space(t, q + 1);
        }
        let mut hit = if digit_at(t, q).is_some() {
            self.day_month(q)?
        } else {
            let (ws, we) = word_after(t, q)?;
            let (month, mend) = self.month_word(ws, we)?;
            let ds = skip_space(t, mend);
            match self.day_at(ds) {
                Some((day, dend)) if ds > mend && valid_date(Some(y), month.into(), day.into()) => {
                    DateHit {
                        start: p,
                        end: dend,
                        year: None,
                        month,
                        day: Some(day),
                    }
                }
                _ => DateHit {
                    start: p,
                    end: mend,
                    year: None,
                    month,
                    day: None,
                },
            }
        };
        hit.start = p;
        hit.year = hit.year.or(Some(y));
        Some(hit)
    }

    /// A month word just before `p`: `September 19`, `Sept. 19, 2023`, `sentyabrın 19-da`,
    /// `սեպտեմբերի 19-ին`; or a month and year: `September 2023`, `сентября 2023 года`.
    fn month_before(&self, p: usize, r0: Run) -> Option<DateHit> {
        let t = self.text;
        let year_here = year_value(&r0).filter(|_| !self.continues_as_number(r0.end));
        if !(self.lex.month_day && r0.n <= 2) && year_here.is_none() {
            return None;
        }
        let mut q = skip_space_back(t, p, self.floor);
        if q == p && char_before(t, q) != Some('.') {
            return None;
        }
        if char_before(t, q) == Some('.') {
            q -= 1;
        }
        let s = word_start(t, q, self.floor);
        if s == q {
            return None;
        }
        let (month, _) = self.month_word(s, q)?;
        if let Some(y) = year_here {
            return Some(DateHit {
                start: s,
                end: self.year_tail(r0.end),
                year: Some(y),
                month,
                day: None,
            });
        }
        let (day, dend) = self.day_at(p)?;
        let (year, end) = match self.year_after(dend) {
            Some((y, e)) => (Some(y), e),
            None => (None, dend),
        };
        valid_date(year.or(self.default_year), month.into(), day.into()).then_some(DateHit {
            start: s,
            end,
            year,
            month,
            day: Some(day),
        })
    }

    /// `19 September 2023`, `19-го сентября`, `19. September`, `19 de septiembre de 2023`,
    /// `le 1er octobre`, `19 أيلول/سبتمبر`, and the first day of `19–21 сентября`.
    fn day_month(&self, p: usize) -> Option<DateHit> {
        let t = self.text;
        let (day, dend) = self.day_at(p)?;
        let mut q = dend;
        if char_at(t, q) == Some('.') {
            q += 1;
        }
        // First day of a day range: the month and year come from the second day.
        if let Some(c) = char_at(t, skip_space(t, q))
            && is_dash(c)
        {
            let q2 = skip_space(t, skip_space(t, q) + c.len_utf8());
            let second = self.day_month(q2)?;
            return valid_date(
                second.year.or(self.default_year),
                second.month.into(),
                day.into(),
            )
            .then_some(DateHit {
                start: p,
                end: dend,
                year: second.year,
                month: second.month,
                day: Some(day),
            });
        }
        let (mut ws, mut we) = word_after(t, q)?;
        if ws == q {
            return None;
        }
        if self.lex.links.contains(&self.folded(ws, we)) {
            (ws, we) = word_after(t, we)?;
        }
        let (month, mut end) = self.month_word(ws, we)?;
        // ar "19 أيلول/سبتمبر": the same month in the other naming family.
        if char_at(t, end) == Some('/')
            && let Some((s2, e2)) = word_after(t, end + 1)
            && s2 == end + 1
            && let Some((_, e3)) = self.month_word(s2, e2)
        {
            end = e3;
        }
        let (year, end) = match self.year_after(end) {
            Some((y, e)) => (Some(y), e),
            None => (None, end),
        };
        valid_date(year.or(self.default_year), month.into(), day.into()).then_some(DateHit {
            start: p,
            end,
            year,
            month,
            day: Some(day),
        })
    }

    // -----------------------------------------------------------------------------------------
    // Numbers

    fn is_group_sep(&self, c: char) -> bool {
        match c {
            ',' | '.' | '٬' | '\u{A0}' | '\u{202F}' | '\u{2009}' => true,
            ' ' => self.lex.space_groups,
            _ => false,
        }
    }

    /// A multiplier word after optional space at `e`: factor and end.
    fn mult_after(&self, e: usize) -> Option<(f64, usize)> {
        let t = self.text;
        let (ws, we) = word_after(t, e)?;
        let (m, abbrev) = self.lex.mult(&self.folded(ws, we))?;
        Some((
            m,
            if abbrev && char_at(t, we) == Some('.') {
                we + 1
            } else {
                we
            },
        ))
    }

    /// A magnitude word after a linking word, as a vague quantity reaches it: "tens of
    /// thousands", "decenas de miles".
    fn linked_mult_after(&self, e: usize) -> Option<(f64, usize)> {
        let (ls, le) = word_after(self.text, e)?;
        if VAGUE_LINKS.contains(&self.folded(ls, le).as_str()) {
            self.mult_after(le)
        } else {
            None
        }
    }

    /// The digits, separators and decimals at `p` (no words).
    fn digits(&self, p: usize) -> (f64, usize, bool, usize) {
        let t = self.text;
        let Some(r0) = run_at(t, p) else {
            return (0.0, p + 1, false, 0);
        };
        let mut int = r0.val;
        let mut end = r0.end;
        let mut group: Option<char> = None;
        if r0.n <= 3 {
            while let Some(c) = char_at(t, end) {
                if !self.is_group_sep(c) || group.is_some_and(|g| g != c) {
                    break;
                }
                let Some(r) = run_at(t, end + c.len_utf8()) else {
                    break;
                };
                if r.n != 3 {
                    break;
                }
                if group.is_none() && c == self.lex.decimal_mark() {
                    // A single group of three digits after the decimal mark means thousands,
                    // unless the integer part is 0 or a multiplier follows ("1,500 млн").
                    let repeated = char_at(t, r.end) == Some(c) && digit_at(t, r.end + 1).is_some();
                    if !repeated && (int == 0.0 || self.mult_after(r.end).is_some()) {
                        break;
                    }
                }
                int = int * 1000.0 + r.val;
                end = r.end;
                group = Some(c);
            }
        }
        let mut value = int;
        if let Some(c) = char_at(t, end)
            && matches!(c, '.' | ',' | '٫')
            && group != Some(c)
            && let Some(r) = run_at(t, end + c.len_utf8())
            && r.n <= 15
            && !self.continues_as_number(r.end)
        {
            value = int + r.val / 10f64.powi(r.n as i32);
            end = r.end;
        }
        let plain = end == r0.end;
        (value, end, plain, r0.n)
    }

    /// A number at `p` with its multiplier(s) and percent sign; `None` for an identifier
    /// (`13h00`, `4x4`).
    fn num_hit(&self, p: usize) -> Option<NumHit> {
        let t = self.text;
        let (mut value, mut end, mut plain, digits) = self.digits(p);
        let mut mult = None;
        // Attached letters: a multiplier ("5bn", "10млн"), an ordinal or a unit ("19th", "5km").
        let ae = word_end(t, end);
        if ae > end {
            if char_at(t, ae).is_some_and(is_digit_char) {
                return None;
            }
            let w = self.folded(end, ae);
            let m = self.lex.mult(&w).map(|(m, _)| m).or(match w.as_str() {
                "k" => Some(K),
                "m" | "mn" | "mln" | "млн" => Some(M),
                "bn" | "млрд" => Some(G),
                _ => None,
            });
            if let Some(m) = m {
                mult = Some(m);
                value *= m;
            }
            end = ae;
        } else if let Some(c) = char_at(t, end)
            && (c == '-' || is_apostrophe(c))
        {
            // Case ending: "100-dən", "100'den", "100-ից".
            end = self.suffix(end).unwrap_or(end);
        }
        // Multiplier words, chained: "1,5 mil millones", "100 тысяч".
        if mult.is_none() {
            for _ in 0..2 {
                match self.mult_after(end) {
                    Some((m, e)) => {
                        mult = Some(mult.unwrap_or(1.0) * m);
                        value *= m;
                        end = e;
                    }
                    None => break,
                }
            }
        }
        let mut percent = false;
        let q = match char_at(t, end) {
            Some(c @ (' ' | '\u{A0}' | '\u{202F}' | '\u{2009}')) => end + c.len_utf8(),
            _ => end,
        };
        if let Some(c @ ('%' | '٪')) = char_at(t, q) {
            percent = true;
            end = q + c.len_utf8();
        }
        if mult.is_some() || percent {
            plain = false;
        }
        Some(NumHit {
            end,
            value,
            plain,
            digits,
            mult,
        })
    }

    fn is_year_like(h: &NumHit) -> bool {
        h.plain && h.digits == 4 && (1900.0..=2100.0).contains(&h.value)
    }

    /// Words (folded) before `p`, nearest first, up to `max`, not before `floor`. A word followed
    /// by a full stop is returned with it (`ca.`), so only abbreviations in the lexicon match it
    /// and a sentence ending in "over." does not qualify the next sentence's first number. Commas
    /// between phrase words are ignored ("ավելի, քան 100"), but not right before the number.
    fn words_before(&self, p: usize, max: usize) -> Vec<(usize, String)> {
        let t = self.text;
        let mut out: Vec<(usize, String)> = Vec::new();
        let mut e = p;
        while out.len() < max {
            let mut q = skip_space_back(t, e, self.floor);
            if !out.is_empty() {
                while q > self.floor && char_before(t, q) == Some(',') {
                    q = skip_space_back(t, q - 1, self.floor);
                }
            }
            let dotted = q > self.floor && char_before(t, q) == Some('.');
            if dotted {
                q -= 1;
            }
            let s = word_start(t, q, self.floor);
            if s == q {
                break;
            }
            let mut w = self.folded(s, q);
            if dotted {
                w.push('.');
            }
            out.push((s, w));
            e = s;
        }
        out
    }

    /// Where a phrase that adds a half ([`Lex::halves`]) right after `e` ends: "and a half",
    /// "с половиной", "buçuk".
    fn half_after(&self, e: usize) -> Option<usize> {
        if self.lex.halves.is_empty() {
            return None;
        }
        let words = self.words_after(e, 3);
        self.lex
            .halves
            .iter()
            .find_map(|phrase| starts_after(phrase, &words).then(|| words[phrase.len() - 1].1))
    }

    /// A half said after a time span ("dos años y medio", "a year and a half", "un an et
    /// demi"), where the last word of its phrase ends at `e` and the phrase starts at or before
    /// `p`: the number before the span word (the last one found, when only white space is
    /// between) gains the half and the span word and phrase join its surface; without a number
    /// ("a year", "año") the span is one and a half. The unit is the span's.
    fn half_of_span(&mut self, p: usize, e: usize) {
        let Some((ws, unit)) = self.span_before_half(p, e) else {
            return;
        };
        let t = self.text;
        let last = self
            .numbers
            .last()
            .filter(|n| !n.is_year && t[n.span.end..ws].chars().all(is_space));
        let (start, value) = match last {
            // "more than two years and a half": left as it is
            Some(n) if n.low != n.value || n.high != Some(n.value) => return,
            Some(n) => {
                let (start, value) = (n.span.start, n.value + 0.5);
                self.numbers.pop();
                (start, value)
            }
            None => {
                let article = self.words_before(ws, 1);
                let start = article
                    .first()
                    .filter(|(_, w)| ARTICLES.contains(&w.as_str()))
                    .map_or(ws, |(s, _)| *s);
                (start, 1.5)
            }
        };
        let span = Span::new(start, e);
        self.numbers.push(NumberAnchor {
            span,
            surface: span.slice(t).to_string(),
            value,
            low: value,
            high: Some(value),
            qualifier: None,
            is_year: false,
            unit: Some(unit.to_string()),
        });
        self.floor = e;
    }

    /// The start of the time-span word (and its concept) right before the half phrase that
    /// ends at `e` (its last word starts at `p`).
    fn span_before_half(&self, p: usize, e: usize) -> Option<(usize, &'static str)> {
        let words = self.words_before(p, 3);
        let last = self.folded(p, e);
        self.lex.halves.iter().find_map(|phrase| {
            let n = phrase.len();
            // the phrase's other words right before its last, then the span word
            if phrase[n - 1] != last || !ends_before(&phrase[..n - 1], &words) {
                return None;
            }
            let ws = words.get(n - 1)?.0;
            let rest = &self.text[ws..];
            let unit = unit_after(rest, self.lang)
                .filter(|u| crate::model::is_duration(u))
                .or_else(|| years_after(rest, self.lex))?;
            // "tres años y medio millón": the half is the million's
            self.mult_after(e).is_none().then_some((ws, unit))
        })
    }

    /// Words (folded) after `e`, in order, up to `max`; `(start, end, folded)`.
    fn words_after(&self, e: usize, max: usize) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        let mut q = e;
        while out.len() < max {
            let Some((s, we)) = word_after(self.text, q) else {
                break;
            };
            out.push((s, we, self.folded(s, we)));
            q = we;
        }
        out
    }

    fn pre_qualifier(&self, p: usize) -> Option<(Qual, usize)> {
        if self.lex.pre.is_empty() {
            return None;
        }
        let words = self.words_before(p, 4);
        self.lex.pre.iter().find_map(|(phrase, q)| {
            ends_before(phrase, &words).then(|| (*q, words[phrase.len() - 1].0))
        })
    }

    fn post_qualifier(&self, e: usize) -> Option<(Qual, usize)> {
        if self.lex.post.is_empty() {
            return None;
        }
        let words = self.words_after(e, 4);
        let offsets: &[usize] = if self.lex.post_skip_noun {
            &[0, 1]
        } else {
            &[0]
        };
        for &off in offsets {
            let found = self
                .lex
                .post
                .iter()
                .find(|(phrase, _)| starts_after(phrase, &words[off.min(words.len())..]));
            if let Some((phrase, q)) = found {
                let start = words[off].0;
                let end = words[off + phrase.len() - 1].1;
                let q = if *q == Qual::DativeUpTo {
                    // The token right before the postposition: a dative ends in a vowel
                    // ("100 bine kadar", "100-ə qədər", "100 nəfərə qədər").
                    if prev_token(self.text, start).ends_with(['a', 'e', 'ə']) {
                        Qual::UpTo
                    } else {
                        Qual::About
                    }
                } else {
                    *q
                };
                // tr/az "az" (less) only after an ablative: "100'den az", not "100 kişi az önce".
                if phrase[0] == "az" {
                    let prev = prev_token(self.text, start);
                    if !ABLATIVE.iter().any(|a| prev.ends_with(a)) {
                        continue;
                    }
                }
                return Some((q, end));
            }
        }
        None
    }

    /// The qualifier of the number at `start..end` ("more than", "or more"), with the span
    /// widened to take it in.
    fn qualifier(&self, start: usize, end: usize) -> (Option<Qual>, usize, usize) {
        if let Some((q, qs)) = self.pre_qualifier(start) {
            (Some(q), qs, end)
        } else if let Some((q, qe)) = self.post_qualifier(end) {
            (Some(q), start, qe)
        } else {
            (None, start, end)
        }
    }

    /// A number (or a range) at `p`.
    fn number(&mut self, p: usize) -> usize {
        let t = self.text;
        let Some(first) = self.num_hit(p) else {
            return skip_alnum(t, p);
        };
        let mut start = p;
        if let Some(c @ ('%' | '٪')) = char_before(t, p)
            && p - c.len_utf8() >= self.floor
        {
            start = p - c.len_utf8();
        }
        let mut end = first.end;
        let mut low = first.value;
        let mut high = Some(first.value);
        let mut value = first.value;
        let mut is_range = false;
        // Range "100–120", "1.5-2 million", "10-20%".
        let dq = skip_space(t, first.end);
        if let Some(c) = char_at(t, dq)
            && is_dash(c)
        {
            let q2 = skip_space(t, dq + c.len_utf8());
            if digit_at(t, q2).is_some()
                && self.day_month(q2).is_none()
                && self
                    .numeric_date(q2, run_at(t, q2).expect("digit"))
                    .is_none()
                && let Some(second) = self.num_hit(q2)
                && !(Self::is_year_like(&first) && Self::is_year_like(&second))
            {
                let mut lo = first.value;
                if first.mult.is_none()
                    && let Some(m) = second.mult
                {
                    lo *= m;
                }
                if lo <= second.value {
                    low = lo;
                    value = lo;
                    high = Some(second.value);
                    end = second.end;
                    is_range = true;
                }
            }
        }
        // "9 с половиной лет", "2 and a half hours"
        if !is_range
            && first.mult.is_none()
            && let Some(he) = self.half_after(end)
        {
            (value, low, high, end) = (value + 0.5, low + 0.5, Some(value + 0.5), he);
        }
        let mut qualifier = None;
        if !is_range {
            (qualifier, start, end) = self.qualifier(start, end);
        }
        let mut is_year = false;
        if !is_range && Self::is_year_like(&first) {
            if self.year_word_after(first.end).is_some() {
                // "до 2025 года": a year, not a quantity.
                is_year = true;
                qualifier = None;
                start = start.max(p);
                end = first.end;
            } else {
                is_year = qualifier.is_none();
            }
        }
        if let Some(q) = qualifier {
            (low, high) = q.interval(value);
        }
        let span = Span::new(start, end);
        self.numbers.push(NumberAnchor {
            span,
            surface: span.slice(t).to_string(),
            value,
            low,
            high,
            qualifier: qualifier.map(|q| q.name().to_string()),
            is_year,
            unit: None,
        });
        self.floor = end;
        end
    }
}

#[cfg(test)]
mod tests;
