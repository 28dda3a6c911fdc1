//! `compare --format text`: a terminal report fitted to `opts.width` columns.
//!
//! Widths are display widths (unicode-width), measured on the whole line as it will be printed,
//! so CJK, Armenian, Arabic and combining marks wrap correctly; text is only ever split between
//! chars. Control characters and bidi overrides in article text are dropped, so an article cannot
//! move the cursor or inject escape codes. Colour (anstyle) is written only when `opts.color`;
//! without it, diff runs are marked `[-deleted-]` and `{+inserted+}`.

use std::io::{self, Write};

use anstyle::{AnsiColor, Effects, Style};
use unicode_width::UnicodeWidthStr;

use super::{
    Piece, RenderOptions, Side, anchor_items, label_of, labels, mention_count,
    name_difference_text, name_differs, number_difference_text, side_view, summary,
};
use crate::model::{AlignedPair, Alignment, Comparison, DiffTag, PairDiff};

/// The narrowest layout; a smaller `opts.width` is raised to this.
pub const MIN_WIDTH: usize = 20;
/// Below this width the two sides of a pair are stacked instead of side by side.
const COLUMNS_MIN_WIDTH: usize = 60;
/// "Only in X" lists show this many sentences, then "… and N more".
const ONLY_LIMIT: usize = 8;
/// Lines per sentence in "only in X" lists.
const ONLY_LINES: usize = 2;
/// Lines of one outlet's sentences in the facts view (the pair sections show them whole).
const FACT_LINES: usize = 3;
/// Wordings shown under a fact told by more outlets than [`super::WORDINGS_PAST`], then "… and
/// N more wordings" (JSON lists every outlet).
const FACT_OUTLETS: usize = 12;
/// Outlets named beside a wording that others share word for word.
const SAME_WORDS_NAMED: usize = 3;
/// Differences of one kind listed under a fact, then "…".
const FACT_DIFFERENCES: usize = 4;
/// Outlets named in "not told by", past which only their number is given.
const FACT_MISSING: usize = 8;

const PLAIN: Style = Style::new();
const BOLD: Style = Style::new().effects(Effects::BOLD);
const DIM: Style = Style::new().effects(Effects::DIMMED);
const DEL: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
const INS: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)));
const NAME: Style = Style::new()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)))
    .effects(Effects::BOLD);
const SCORE: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Cyan)));
const WARN: Style = Style::new()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)))
    .effects(Effects::BOLD);
const CUE: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Magenta)));
const HEAD: Style = Style::new()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Blue)))
    .effects(Effects::BOLD);

// ---------------------------------------------------------------------------------------------
// Lines, tokens, wrapping
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Seg {
    text: String,
    style: Style,
}

/// One output line: styled segments plus the plain text used for measuring.
#[derive(Debug, Clone, Default)]
struct Line {
    segs: Vec<Seg>,
    plain: String,
}

impl Line {
    fn new() -> Self {
        Line::default()
    }
    fn styled(text: &str, style: Style) -> Self {
        let mut l = Line::new();
        l.push(text, style);
        l
    }
    fn push(&mut self, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        self.plain.push_str(text);
        match self.segs.last_mut() {
            Some(s) if s.style == style => s.text.push_str(text),
            _ => self.segs.push(Seg {
                text: text.to_string(),
                style,
            }),
        }
    }
    fn push_char(&mut self, c: char, style: Style) {
        let mut b = [0; 4];
        self.push(c.encode_utf8(&mut b), style);
    }
    fn append(&mut self, other: &Line) {
        for s in &other.segs {
            self.push(&s.text, s.style);
        }
    }
    fn width(&self) -> usize {
        self.plain.width()
    }
}

/// A word: never broken unless it is wider than a whole line.
#[derive(Debug, Clone)]
struct Tok {
    segs: Vec<Seg>,
    space_before: bool,
}

impl Tok {
    fn plain(&self) -> String {
        self.segs.iter().map(|s| s.text.as_str()).collect()
    }
    fn push(&mut self, text: &str, style: Style) {
        match self.segs.last_mut() {
            Some(s) if s.style == style => s.text.push_str(text),
            _ => self.segs.push(Seg {
                text: text.to_string(),
                style,
            }),
        }
    }
}

/// Bidi overrides and the directional marks: a terminal line has no use for either.
fn is_bidi_control(c: char) -> bool {
    super::is_bidi_override(c) || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Drop what must not reach a terminal: control characters (escape codes, backspace, …) and bidi
/// overrides. White space controls become a space.
fn clean(s: &str) -> String {
    s.chars()
        .filter_map(|c| {
            if c.is_whitespace() {
                Some(' ')
            } else if c.is_control() || is_bidi_control(c) {
                None
            } else {
                Some(c)
            }
        })
        .collect()
}

/// The words of `s`, all in one style.
fn words(s: &str, style: Style) -> Vec<Tok> {
    clean(s)
        .split_whitespace()
        .map(|w| Tok {
            segs: vec![Seg {
                text: w.to_string(),
                style,
            }],
            space_before: true,
        })
        .collect()
}

/// Word-wrap `toks` into lines of at most `width` columns. The first line starts with `first`
/// (e.g. `[3] `); the others are indented by `indent` spaces (a hanging indent).
fn wrap(toks: &[Tok], width: usize, first: Line, indent: usize) -> Vec<Line> {
    let indent = if indent * 2 > width { 0 } else { indent };
    let fresh = || Line::styled(&" ".repeat(indent), PLAIN);
    let mut lines = Vec::new();
    let mut cur = first;
    let mut has_content = false;
    for tok in toks {
        let tp = tok.plain();
        if tp.is_empty() {
            continue;
        }
        let sep = if has_content && tok.space_before {
            " "
        } else {
            ""
        };
        if format!("{}{sep}{tp}", cur.plain).width() <= width {
            cur.push(sep, PLAIN);
            for s in &tok.segs {
                cur.push(&s.text, s.style);
            }
            has_content = true;
            continue;
        }
        if has_content {
            lines.push(std::mem::replace(&mut cur, fresh()));
            has_content = false;
        }
        if format!("{}{tp}", cur.plain).width() <= width {
            for s in &tok.segs {
                cur.push(&s.text, s.style);
            }
            has_content = true;
            continue;
        }
        // wider than a line: split between chars
        for s in &tok.segs {
            for c in s.text.chars() {
                if has_content && format!("{}{c}", cur.plain).width() > width {
                    lines.push(std::mem::replace(&mut cur, fresh()));
                }
                cur.push_char(c, s.style);
                has_content = true;
            }
        }
    }
    lines.push(cur);
    lines
}

/// Shorten `s` to `width` columns, ending with `…` when cut.
fn truncate(s: &str, width: usize) -> String {
    let s = clean(s);
    if s.width() <= width {
        return s;
    }
    let mut out = String::new();
    for c in s.chars() {
        if format!("{out}{c}…").width() > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// Keep at most `max` lines; when lines were dropped, the last kept one ends with `…`.
fn limit_lines(mut lines: Vec<Line>, max: usize, width: usize) -> Vec<Line> {
    if lines.len() <= max {
        return lines;
    }
    lines.truncate(max);
    if let Some(last) = lines.last_mut() {
        let mut l = Line::new();
        for s in &last.segs {
            for c in s.text.chars() {
                if format!("{}{c}…", l.plain).width() > width {
                    break;
                }
                l.push_char(c, s.style);
            }
        }
        l.push("…", DIM);
        *last = l;
    }
    lines
}

/// `left` and `right` side by side: the left padded to `lw` columns, then ` │ `.
fn columns(left: &[Line], right: &[Line], lw: usize) -> Vec<Line> {
    let n = left.len().max(right.len());
    (0..n)
        .map(|i| {
            let mut l = left.get(i).cloned().unwrap_or_default();
            let pad = lw.saturating_sub(l.width());
            l.push(&" ".repeat(pad), PLAIN);
            match right.get(i) {
                Some(r) if !r.plain.trim().is_empty() => {
                    l.push(" │ ", DIM);
                    l.append(r);
                }
                _ => l.push(" │", DIM),
            }
            l
        })
        .collect()
}

/// The tokens of one side of a pair: diff runs coloured (or bracketed), differing names marked.
fn view_tokens(pieces: &[Piece], diff: &PairDiff, color: bool) -> Vec<Tok> {
    let chars: Vec<(char, DiffTag, bool)> = pieces
        .iter()
        .flat_map(|p| {
            let differs = p.name.is_some_and(|m| name_differs(diff, &m.entity));
            clean(&p.text)
                .chars()
                .map(move |c| (c, p.tag, differs))
                .collect::<Vec<_>>()
        })
        .collect();
    let n = chars.len();
    let mut prev = vec![None; n];
    let mut next = vec![None; n];
    let mut last = None;
    for i in 0..n {
        prev[i] = last;
        if !chars[i].0.is_whitespace() {
            last = Some(chars[i].1);
        }
    }
    last = None;
    for i in (0..n).rev() {
        next[i] = last;
        if !chars[i].0.is_whitespace() {
            last = Some(chars[i].1);
        }
    }
    let mut toks = Vec::new();
    let mut cur = Tok {
        segs: Vec::new(),
        space_before: false,
    };
    for (i, &(c, tag, differs)) in chars.iter().enumerate() {
        if c.is_whitespace() {
            if !cur.segs.is_empty() {
                toks.push(std::mem::replace(
                    &mut cur,
                    Tok {
                        segs: Vec::new(),
                        space_before: true,
                    },
                ));
            } else {
                cur.space_before = true;
            }
            continue;
        }
        let (style, open, close) = match tag {
            DiffTag::Equal => (if differs { NAME } else { PLAIN }, "", ""),
            DiffTag::Delete => (DEL, "[-", "-]"),
            DiffTag::Insert => (INS, "{+", "+}"),
        };
        if !color && tag != DiffTag::Equal && prev[i] != Some(tag) {
            cur.push(open, DIM);
        }
        let mut b = [0; 4];
        cur.push(c.encode_utf8(&mut b), style);
        if !color && tag != DiffTag::Equal && next[i] != Some(tag) {
            cur.push(close, DIM);
        }
    }
    if !cur.segs.is_empty() {
        toks.push(cur);
    }
    toks
}

// ---------------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------------

struct Report<'a> {
    out: &'a mut dyn Write,
    color: bool,
    width: usize,
}

impl Report<'_> {
    fn line(&mut self, l: &Line) -> io::Result<()> {
        for s in &l.segs {
            if self.color && s.style != PLAIN {
                write!(
                    self.out,
                    "{}{}{}",
                    s.style.render(),
                    s.text,
                    s.style.render_reset()
                )?;
            } else {
                self.out.write_all(s.text.as_bytes())?;
            }
        }
        self.out.write_all(b"\n")
    }
    fn lines(&mut self, ls: &[Line]) -> io::Result<()> {
        ls.iter().try_for_each(|l| self.line(l))
    }
    fn blank(&mut self) -> io::Result<()> {
        self.out.write_all(b"\n")
    }
    /// A wrapped paragraph.
    fn para(&mut self, toks: &[Tok], first: Line, indent: usize) -> io::Result<()> {
        let ls = wrap(toks, self.width, first, indent);
        self.lines(&ls)
    }
    /// A section rule: `━━ Title ━━━━…`, or the wrapped title when it does not fit.
    fn rule(&mut self, title: &str) -> io::Result<()> {
        let t = clean(title);
        let used = format!("━━ {t} ").width();
        if used + 2 <= self.width {
            let mut l = Line::styled("━━ ", DIM);
            l.push(&t, HEAD);
            l.push(" ", PLAIN);
            l.push(&"━".repeat(self.width - used), DIM);
            self.line(&l)
        } else {
            self.para(&words(&t, HEAD), Line::new(), 2)
        }
    }
}

pub(super) fn render(
    cmp: &Comparison,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut r = Report {
        out,
        color: opts.color,
        width: opts.width.max(MIN_WIDTH),
    };
    let labels = labels(cmp);

    // summary
    let mut toks = words("parallax", BOLD);
    for (i, part) in summary(cmp).parts().into_iter().enumerate() {
        let mut ws = words(&part, if i == 0 { BOLD } else { PLAIN });
        if let Some(first) = ws.first_mut() {
            first.segs.insert(
                0,
                Seg {
                    text: "· ".to_string(),
                    style: DIM,
                },
            );
        }
        toks.extend(ws);
    }
    r.para(&toks, Line::new(), 2)?;
    r.blank()?;

    articles_table(&mut r, cmp, &labels)?;
    if let Some(note) = super::partners_note(cmp) {
        r.para(&words(&note, DIM), Line::new(), 2)?;
    }
    if let Some(note) = super::off_topic_note(cmp, &labels) {
        r.para(&words(&note, WARN), Line::new(), 2)?;
        r.blank()?;
    }
    if let Some(note) = super::copies_note(cmp, &labels) {
        r.para(&words(&note, DIM), Line::new(), 2)?;
        r.blank()?;
    }
    failures(&mut r, cmp)?;
    naming(&mut r, cmp, &labels)?;
    cue_rates(&mut r, cmp, &labels)?;
    if cmp.documents.len() > 2 {
        facts(&mut r, cmp, &labels)?;
        only_in_one_outlet(&mut r, cmp, &labels)?;
    }
    let (shown, hidden) = super::shown_alignments(cmp, &opts.pairs, Some(super::AUTO_MAX_PAIRS));
    for (_, a) in shown {
        pair_section(&mut r, cmp, &labels, a)?;
    }
    if hidden > 0 {
        r.para(
            &words(&super::hidden_pairs_note(hidden, &opts.pairs), DIM),
            Line::new(),
            2,
        )?;
    }
    Ok(())
}

/// Width of the outlet column of the per-outlet sections: the longest label, at most a quarter
/// of the line.
fn label_width(labels: &[String], width: usize) -> usize {
    labels
        .iter()
        .map(|l| clean(l).width())
        .max()
        .unwrap_or(0)
        .min(width / 4)
        .max(1)
}

/// `  Outlet   ` : a label padded to `lw` columns, then two spaces.
fn label_cell(label: &str, lw: usize) -> Line {
    let label = truncate(label, lw);
    let mut l = Line::styled("  ", PLAIN);
    l.push(&label, BOLD);
    l.push(&" ".repeat(lw.saturating_sub(label.width()) + 2), PLAIN);
    l
}

/// Framing cues per outlet, per 1,000 words (count), in the categories' order; an outlet with
/// none says so.
fn cue_rates(r: &mut Report, cmp: &Comparison, labels: &[String]) -> io::Result<()> {
    let cats = super::cue_categories(cmp);
    if cats.is_empty() {
        return Ok(());
    }
    let (by_language, rows) = super::cue_rows(cmp, labels, &cats);
    if by_language {
        r.rule("Framing cues per 1,000 words (count), per language")?;
        r.para(
            &words(
                &format!(
                    "{} outlets are too many for a line each: each language's articles together \
                     (JSON has every outlet's).",
                    cmp.documents.len()
                ),
                DIM,
            ),
            Line::new(),
            2,
        )?;
    } else {
        r.rule("Framing cues per 1,000 words (count)")?;
    }
    let lw = label_width(labels, r.width);
    for row in &rows {
        // one unbreakable token a category, so a line never parts a category from its figure
        let cells: Vec<(&str, f64, usize)> = cats
            .iter()
            .zip(&row.cells)
            .filter(|(_, cell)| cell.1 > 0)
            .map(|(c, &(rate, count))| (*c, rate, count))
            .collect();
        let mut toks: Vec<Tok> = Vec::new();
        for (k, (category, rate, count)) in cells.iter().enumerate() {
            let mut t = Tok {
                segs: Vec::new(),
                space_before: true,
            };
            t.push(&clean(category), PLAIN);
            t.push(&format!(" {rate:.1} ({count})"), DIM);
            if k + 1 < cells.len() {
                t.push(" ·", DIM);
            }
            toks.push(t);
        }
        if toks.is_empty() {
            toks = words("none", DIM);
        }
        let first = label_cell(&row.label, lw);
        r.para(&toks, first, lw + 4)?;
    }
    r.blank()
}

/// Every fact two or more outlets tell: its anchors and differences, then each outlet's
/// sentences of it, then the outlets that leave it out. Shown for three articles or more, where
/// it is the one view of all of them (two articles have their pair section).
fn facts(r: &mut Report, cmp: &Comparison, labels: &[String]) -> io::Result<()> {
    if cmp.facts.is_empty() {
        return Ok(());
    }
    r.rule(&format!(
        "Facts told by two or more outlets ({})",
        cmp.facts.len()
    ))?;
    let lw = label_width(labels, r.width);
    let n = cmp.documents.len();
    for view in super::fact_views(cmp, labels) {
        let f = view.fact;
        let mut toks = words(&format!("#{}", f.id), BOLD);
        toks.extend(words(&format!("· {} of {n} outlets", f.members.len()), DIM));
        if let Some(link) = super::fact_link_text(f) {
            toks.extend(words(&format!("· {link}"), DIM));
        }
        r.para(&toks, Line::new(), 4)?;
        let member = |r: &mut Report, m: &crate::model::FactMember| -> io::Result<()> {
            let doc = cmp.documents.get(m.document);
            let mut first = label_cell(label_of(labels, m.document), lw);
            let prefix = format!("[{}] ", super::index_list(&m.sentences, ","));
            first.push(&prefix, DIM);
            let indent = 2 + lw + 2 + prefix.width();
            let text = super::side_text(doc, &m.sentences);
            let lines = wrap(&words(&text, PLAIN), r.width, first, indent);
            r.lines(&limit_lines(lines, FACT_LINES, r.width))
        };
        if let Some(all) = super::fact_wordings(cmp, f) {
            // by wording: each once, with the outlets that share it word for word
            for w in all.iter().take(FACT_OUTLETS) {
                member(r, w.members[0])?;
                if let Some(note) = super::same_words_note(w, labels, SAME_WORDS_NAMED) {
                    r.para(&words(&note, DIM), Line::styled("    ", PLAIN), 6)?;
                }
            }
            if let Some(note) = super::more_wordings_note(&all, FACT_OUTLETS) {
                r.line(&Line::styled(&format!("  {note}"), DIM))?;
            }
        } else {
            for m in &f.members {
                member(r, m)?;
            }
        }
        for (what, items, style) in [
            ("numbers differ:", &view.numbers, WARN),
            ("names differ:", &view.names, NAME),
            ("framing:", &view.framing, CUE),
        ] {
            if items.is_empty() {
                continue;
            }
            let mut list: Vec<&str> = items
                .iter()
                .take(FACT_DIFFERENCES)
                .map(String::as_str)
                .collect();
            if items.len() > FACT_DIFFERENCES {
                list.push("…");
            }
            let mut toks = words(what, style);
            toks.extend(words(&list.join("; "), PLAIN));
            r.para(&toks, Line::styled("    ", PLAIN), 6)?;
        }
        if !view.missing.is_empty() {
            let who = if view.missing.len() > FACT_MISSING {
                format!(
                    "{} outlets ({})",
                    view.missing.len(),
                    super::per_language(cmp, &view.missing)
                )
            } else {
                view.missing
                    .iter()
                    .map(|&d| label_of(labels, d))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            r.para(
                &words(&format!("not told by: {who}"), DIM),
                Line::styled("    ", PLAIN),
                6,
            )?;
        }
        r.blank()?;
    }
    Ok(())
}

/// The sentences of each outlet that no fact holds: what it alone reports (or what no other
/// outlet was found to report).
fn only_in_one_outlet(r: &mut Report, cmp: &Comparison, labels: &[String]) -> io::Result<()> {
    if cmp.facts.is_empty() {
        return Ok(());
    }
    let outside = super::outside_facts(cmp);
    if outside.iter().all(Vec::is_empty) {
        return Ok(());
    }
    r.rule("Told by one outlet only")?;
    for (d, idx) in outside.iter().enumerate() {
        only_list(r, label_of(labels, d), cmp.documents.get(d), idx)?;
    }
    Ok(())
}

fn articles_table(r: &mut Report, cmp: &Comparison, labels: &[String]) -> io::Result<()> {
    if cmp.documents.is_empty() {
        return Ok(());
    }
    let rows: Vec<[String; 6]> = cmp
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            [
                clean(&d.article.id),
                clean(label_of(labels, i)),
                clean(d.article.date.as_deref().unwrap_or("—")),
                clean(&d.language),
                d.sentences.len().to_string(),
                mention_count(d).to_string(),
            ]
        })
        .collect();
    let head = ["ID", "OUTLET", "DATE", "LANG", "SENT.", "NAMES"];
    let mut w: Vec<usize> = (0..6)
        .map(|c| {
            rows.iter()
                .map(|row| row[c].width())
                .chain([head[c].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let gap = 2;
    // shrink the wider of id / outlet until the table fits
    while w.iter().sum::<usize>() + gap * 5 > r.width {
        let (c, &max) = w[..2]
            .iter()
            .enumerate()
            .max_by_key(|&(c, v)| (*v, std::cmp::Reverse(c)))
            .expect("two columns");
        if max <= 4 {
            break;
        }
        w[c] = max - 1;
    }
    if w.iter().sum::<usize>() + gap * 5 > r.width {
        // too narrow for a table: one wrapped line per article
        for row in &rows {
            let text = format!(
                "{} · {} · {} · {} · {} sentences · {} names",
                row[0], row[1], row[2], row[3], row[4], row[5]
            );
            r.para(&words(&text, PLAIN), Line::new(), 2)?;
        }
        return r.blank();
    }
    let cell = |l: &mut Line, c: usize, s: &str, style: Style| {
        let t = truncate(s, w[c]);
        let pad = w[c].saturating_sub(t.width());
        if c >= 4 {
            l.push(&" ".repeat(pad), PLAIN);
            l.push(&t, style);
        } else {
            l.push(&t, style);
            if c < 5 {
                l.push(&" ".repeat(pad), PLAIN);
            }
        }
        if c < 5 {
            l.push(&" ".repeat(gap), PLAIN);
        }
    };
    let mut l = Line::new();
    for (c, h) in head.iter().enumerate() {
        cell(&mut l, c, h, DIM);
    }
    r.line(&l)?;
    for row in &rows {
        let mut l = Line::new();
        for (c, v) in row.iter().enumerate() {
            cell(&mut l, c, v, if c == 1 { BOLD } else { PLAIN });
        }
        r.line(&l)?;
    }
    r.blank()
}

fn failures(r: &mut Report, cmp: &Comparison) -> io::Result<()> {
    if cmp.errors.is_empty() {
        return Ok(());
    }
    r.line(&Line::styled(
        &format!("Failed inputs ({}):", cmp.errors.len()),
        WARN,
    ))?;
    for e in &cmp.errors {
        let mut first = Line::styled("  ✗ ", WARN);
        first.push(&clean(&e.source), BOLD);
        first.push(":", PLAIN);
        let mut toks = words(&e.message, PLAIN);
        if let Some(t) = toks.first_mut() {
            t.space_before = true;
        }
        // first line holds the source; wrap the message after it
        let mut all = vec![Tok {
            segs: first.segs.clone(),
            space_before: false,
        }];
        all.append(&mut toks);
        r.para(&all, Line::new(), 4)?;
    }
    r.blank()
}

/// Outlets named beside one name of an entity when names are grouped by name, then "… and N
/// more".
const OUTLETS_NAMED: usize = 12;

/// One entity's names, each once with its count and the outlets that use it (many outlets).
fn names_by_variant(
    r: &mut Report,
    row: &crate::model::NamingRow,
    info: Option<&crate::model::EntityInfo>,
    labels: &[String],
) -> io::Result<()> {
    for u in super::names_by_variant(row, info) {
        let mut toks = words(u.variant, NAME);
        let mut note = format!(" ×{}", u.times);
        if !u.conventions.is_empty() {
            note.push_str(&format!(" ({})", u.conventions.join(", ")));
        }
        toks.extend(words(&note, DIM));
        let n = u.documents.len();
        toks.extend(words(
            &format!("· {n} {}:", if n == 1 { "outlet" } else { "outlets" }),
            DIM,
        ));
        let mut named: Vec<String> = u
            .documents
            .iter()
            .take(OUTLETS_NAMED)
            .map(|&d| label_of(labels, d).to_string())
            .collect();
        if n > OUTLETS_NAMED {
            named.push(format!("… and {} more", n - OUTLETS_NAMED));
        }
        toks.extend(words(&named.join(", "), PLAIN));
        r.para(&toks, Line::styled("  ", PLAIN), 4)?;
    }
    Ok(())
}

fn naming(r: &mut Report, cmp: &Comparison, labels: &[String]) -> io::Result<()> {
    if cmp.naming.is_empty() {
        return Ok(());
    }
    let entities = super::entity_index(cmp);
    r.rule("Names by outlet")?;
    let lw = labels
        .iter()
        .map(|l| clean(l).width())
        .max()
        .unwrap_or(0)
        .min(r.width / 3)
        .max(4);
    for row in &cmp.naming {
        let mut head = Line::styled(&clean(&row.entity), BOLD);
        if entities
            .get(row.entity.as_str())
            .is_some_and(|e| e.contested)
        {
            head.push(" (contested)", DIM);
        }
        r.para(
            &head
                .segs
                .iter()
                .map(|s| Tok {
                    segs: vec![s.clone()],
                    space_before: false,
                })
                .collect::<Vec<_>>(),
            Line::new(),
            2,
        )?;
        if cmp.documents.len() > super::OUTLET_COLUMNS_MAX {
            names_by_variant(r, row, entities.get(row.entity.as_str()).copied(), labels)?;
            continue;
        }
        for cell in &row.cells {
            let label = truncate(label_of(labels, cell.document), lw);
            let pad = lw.saturating_sub(label.width());
            let mut first = Line::styled("  ", PLAIN);
            first.push(&label, PLAIN);
            first.push(&" ".repeat(pad + 2), PLAIN);
            let mut toks = Vec::new();
            for (i, v) in cell.variants.iter().enumerate() {
                let mut ws = words(&v.variant, NAME);
                if let Some(last) = ws.last_mut() {
                    last.segs.push(Seg {
                        text: format!(" ×{}", v.count),
                        style: DIM,
                    });
                    if i + 1 < cell.variants.len() {
                        last.segs.push(Seg {
                            text: ",".into(),
                            style: PLAIN,
                        });
                    }
                }
                toks.extend(ws);
            }
            if !cell.conventions.is_empty() {
                toks.extend(words(&format!("({})", cell.conventions.join(", ")), DIM));
            }
            let indent = first.width();
            r.para(&toks, first, indent)?;
        }
    }
    r.blank()
}

fn pair_section(
    r: &mut Report,
    cmp: &Comparison,
    labels: &[String],
    a: &Alignment,
) -> io::Result<()> {
    let (ln, rn) = (label_of(labels, a.left), label_of(labels, a.right));
    let (ld, rd) = (cmp.documents.get(a.left), cmp.documents.get(a.right));
    r.rule(&format!("{ln} ↔ {rn}"))?;
    let counts = super::pair_counts(cmp, a, ln, rn);
    r.para(&words(&counts, DIM), Line::new(), 2)?;
    r.blank()?;

    let side_by_side = r.width >= COLUMNS_MIN_WIDTH;
    let lw = (r.width - 3) / 2;
    let rw = r.width - 3 - lw;
    if a.pairs.is_empty() {
        r.line(&Line::styled("No aligned sentences.", DIM))?;
    } else if side_by_side {
        let lh = wrap(
            &words(&format!("{ln} ({})", ld.map_or("", |d| &d.language)), BOLD),
            lw,
            Line::new(),
            0,
        );
        let rh = wrap(
            &words(&format!("{rn} ({})", rd.map_or("", |d| &d.language)), BOLD),
            rw,
            Line::new(),
            0,
        );
        r.lines(&columns(&lh, &rh, lw))?;
        let mut sep = Line::styled(&"─".repeat(lw + 1), DIM);
        sep.push("┼", DIM);
        sep.push(&"─".repeat(rw + 1), DIM);
        r.line(&sep)?;
    }
    for (k, p) in a.pairs.iter().enumerate() {
        pair_meta(r, k, p)?;
        let cell = |doc, idx: &[usize], side, width: usize| {
            let pieces = side_view(doc, idx, &p.diff, side);
            let toks = view_tokens(&pieces, &p.diff, r.color);
            let prefix = format!("[{}] ", super::index_list(idx, ","));
            let indent = prefix.width();
            let first = Line::styled(&prefix, DIM);
            wrap(&toks, width, first, indent)
        };
        if side_by_side {
            let l = cell(ld, &p.left, Side::Left, lw);
            let rr = cell(rd, &p.right, Side::Right, rw);
            r.lines(&columns(&l, &rr, lw))?;
        } else {
            for (doc, idx, side, name) in [
                (ld, &p.left, Side::Left, ln),
                (rd, &p.right, Side::Right, rn),
            ] {
                let tag = truncate(name, r.width / 3);
                let mut first = Line::styled("  ", PLAIN);
                first.push(&tag, BOLD);
                first.push(&format!(" [{}] ", super::index_list(idx, ",")), DIM);
                let pieces = side_view(doc, idx, &p.diff, side);
                let toks = view_tokens(&pieces, &p.diff, r.color);
                r.para(&toks, first, 4)?;
            }
        }
        differences(r, p)?;
        r.blank()?;
    }
    only_list(r, ln, ld, &a.only_left)?;
    only_list(r, rn, rd, &a.only_right)?;
    Ok(())
}

/// `#1  score 0.82 · anchors: khankendi-stepanakert, 2023-09-19, 100000`
fn pair_meta(r: &mut Report, k: usize, p: &AlignedPair) -> io::Result<()> {
    let mut toks = words(&format!("#{}", k + 1), BOLD);
    toks.extend(words(
        &format!("score {}", super::score_text(p.score)),
        SCORE,
    ));
    if p.secondary {
        toks.extend(words(super::SECONDARY_NOTE, DIM));
    }
    let anchors = anchor_items(&p.evidence);
    if !anchors.is_empty() {
        toks.extend(words(&format!("· anchors: {}", anchors.join(", ")), DIM));
    }
    r.para(&toks, Line::new(), 4)
}

fn differences(r: &mut Report, p: &AlignedPair) -> io::Result<()> {
    if !p.diff.names.is_empty() {
        let items: Vec<String> = p.diff.names.iter().map(name_difference_text).collect();
        let mut toks = words("names:", NAME);
        toks.extend(words(&items.join("; "), PLAIN));
        r.para(&toks, Line::styled("    ", PLAIN), 6)?;
    }
    if !p.diff.numbers.is_empty() {
        let items: Vec<String> = p.diff.numbers.iter().map(number_difference_text).collect();
        let mut toks = words("numbers differ:", WARN);
        toks.extend(words(&items.join("; "), PLAIN));
        r.para(&toks, Line::styled("    ", PLAIN), 6)?;
    }
    for c in &p.diff.cues {
        let mut toks = words("framing:", CUE);
        toks.extend(words(&super::pair_cue_text(c), PLAIN));
        if !c.explanation.is_empty() {
            toks.extend(words(&format!("({})", c.explanation), DIM));
        }
        r.para(&toks, Line::styled("    ", PLAIN), 6)?;
    }
    Ok(())
}

fn only_list(
    r: &mut Report,
    name: &str,
    doc: Option<&crate::model::Document>,
    idx: &[usize],
) -> io::Result<()> {
    if idx.is_empty() {
        return Ok(());
    }
    r.para(
        &words(&format!("Only in {name} ({}):", idx.len()), BOLD),
        Line::new(),
        2,
    )?;
    for &i in idx.iter().take(ONLY_LIMIT) {
        let text = super::side_text(doc, &[i]);
        let prefix = format!("  [{i}] ");
        let indent = prefix.width();
        let lines = wrap(
            &words(&text, PLAIN),
            r.width,
            Line::styled(&prefix, DIM),
            indent,
        );
        r.lines(&limit_lines(lines, ONLY_LINES, r.width))?;
    }
    if idx.len() > ONLY_LIMIT {
        r.line(&Line::styled(
            &format!("  … and {} more", idx.len() - ONLY_LIMIT),
            DIM,
        ))?;
    }
    r.blank()
}
