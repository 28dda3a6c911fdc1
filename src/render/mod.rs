//! Renderers: lay out one [`Comparison`] as text, Markdown, JSON, HTML or CSV.
//!
//! Renderers never compute analysis (no aligning, no matching): they only lay out what the
//! [`Comparison`] holds. Sorting and grouping for display, counting for a summary line, and
//! locating a mention's surface inside its (already folded) sentence text for highlighting are
//! the only work done here. Every format is deterministic: the same input gives the same bytes.
//!
//! This module holds the shared display helpers; each format has its own file.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::ops::Range;

use crate::model::{
    Alignment, Comparison, DiffTag, Document, EntityInfo, Evidence, NameDifference, NameMention,
    NumberDifference, PairCue, PairDiff, Sentence,
};

#[path = "csv.rs"]
mod csv_out;
mod html;
mod json;
mod markdown;
pub mod simple;
mod text;

#[cfg(test)]
mod tests;

/// Version of the JSON documents parallax writes. Renames or removals bump it; additions do not.
pub const SCHEMA_VERSION: u32 = 1;

/// The output formats of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
    Html,
    Csv,
}

/// Which table `--format csv` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvTable {
    /// One row per aligned pair.
    Pairs,
    /// One row per entity × outlet × variant.
    Names,
    /// One row per pair of articles: how many sentences found a counterpart.
    Coverage,
}

/// How to render.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Colour (terminal escape codes) in the text format. The caller decides (TTY, NO_COLOR).
    pub color: bool,
    /// Terminal columns for the text format (at least 20 columns are used).
    pub width: usize,
    /// The table `--format csv` writes.
    pub csv_table: CsvTable,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            color: false,
            width: 100,
            csv_table: CsvTable::Pairs,
        }
    }
}

/// Write `cmp` to `out` in `format`.
pub fn render_comparison(
    cmp: &Comparison,
    format: Format,
    opts: &RenderOptions,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    match format {
        Format::Text => text::render(cmp, opts, out),
        Format::Markdown => markdown::render(cmp, out),
        Format::Json => json::render(cmp, out),
        Format::Html => html::render(cmp, out),
        Format::Csv => csv_out::render(cmp, opts.csv_table, out),
    }
}

// ---------------------------------------------------------------------------------------------
// Shared display helpers
// ---------------------------------------------------------------------------------------------

/// Display labels of the documents: the outlet (or id when unknown); when two documents share a
/// label, each of them gets its id appended (`Caspian Wire (cw-2)`), so labels are unique.
pub(crate) fn labels(cmp: &Comparison) -> Vec<String> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &cmp.documents {
        *count.entry(d.label()).or_default() += 1;
    }
    cmp.documents
        .iter()
        .map(|d| {
            let l = d.label();
            if count[l] > 1 && l != d.article.id {
                format!("{l} ({})", d.article.id)
            } else {
                l.to_string()
            }
        })
        .collect()
}

/// Label of document `i`, or a placeholder when the index is out of range.
pub(crate) fn label_of(labels: &[String], i: usize) -> &str {
    labels.get(i).map_or("?", String::as_str)
}

/// The article id of document `i`, or a placeholder.
pub(crate) fn id_of(cmp: &Comparison, i: usize) -> &str {
    cmp.documents.get(i).map_or("?", |d| d.article.id.as_str())
}

/// Sentence `i` of a document, if both exist.
pub(crate) fn sentence(doc: Option<&Document>, i: usize) -> Option<&Sentence> {
    doc.and_then(|d| d.sentences.get(i))
}

/// The text of sentences `idx` of a document, joined by a space.
pub(crate) fn side_text(doc: Option<&Document>, idx: &[usize]) -> String {
    idx.iter()
        .filter_map(|&i| sentence(doc, i))
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Sentence indices for display: `3` or `3,4`.
pub(crate) fn index_list(idx: &[usize], sep: &str) -> String {
    idx.iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(sep)
}

/// The language of sentences `idx` (the first one's), else the document's.
pub(crate) fn side_lang<'a>(doc: Option<&'a Document>, idx: &[usize]) -> &'a str {
    idx.first()
        .and_then(|&i| sentence(doc, i))
        .map(|s| s.language.as_str())
        .or(doc.map(|d| d.language.as_str()))
        .unwrap_or("")
}

/// Round to three decimals (scores, confidences).
pub(crate) fn round3(x: f64) -> f64 {
    if x.is_finite() {
        (x * 1000.0).round() / 1000.0
    } else {
        x
    }
}

/// A score as text, three decimals at most: `0.82`, `1`, `0.333`.
pub(crate) fn score_text(x: f64) -> String {
    format!("{:.2}", round3(x))
}

/// The counts of the summary line.
pub(crate) struct Summary {
    pub articles: usize,
    pub languages: Vec<String>,
    pub aligned_pairs: usize,
    /// Article pairs with at least one aligned pair.
    pub article_pairs: usize,
    pub failures: usize,
}

pub(crate) fn summary(cmp: &Comparison) -> Summary {
    let languages: BTreeSet<&str> = cmp.documents.iter().map(|d| d.language.as_str()).collect();
    Summary {
        articles: cmp.documents.len(),
        languages: languages.into_iter().map(str::to_string).collect(),
        aligned_pairs: cmp.alignments.iter().map(|a| a.pairs.len()).sum(),
        article_pairs: cmp
            .alignments
            .iter()
            .filter(|a| !a.pairs.is_empty())
            .count(),
        failures: cmp.errors.len(),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Summary {
    /// The summary as parts of one line: `3 articles`, `2 languages (en, ru)`, …
    pub(crate) fn parts(&self) -> Vec<String> {
        let mut parts = vec![
            plural(self.articles, "article", "articles"),
            format!(
                "{} ({})",
                plural(self.languages.len(), "language", "languages"),
                self.languages.join(", ")
            ),
            format!(
                "{} across {}",
                plural(self.aligned_pairs, "aligned pair", "aligned pairs"),
                plural(self.article_pairs, "article pair", "article pairs")
            ),
        ];
        if self.failures > 0 {
            parts.push(plural(self.failures, "input failed", "inputs failed"));
        }
        parts
    }
}

/// `2 aligned pairs · Caspian Wire: 2 of 5 sentences aligned · Vostok Daily: 2 of 3 sentences aligned`
pub(crate) fn pair_counts(cmp: &Comparison, a: &Alignment, left: &str, right: &str) -> String {
    let n = |i: usize| cmp.documents.get(i).map_or(0, |d| d.sentences.len());
    format!(
        "{} · {left}: {} of {} aligned · {right}: {} of {} aligned",
        plural(a.pairs.len(), "aligned pair", "aligned pairs"),
        aligned_count(a, true),
        plural(n(a.left), "sentence", "sentences"),
        aligned_count(a, false),
        plural(n(a.right), "sentence", "sentences"),
    )
}

/// Number of name mentions in a document.
pub(crate) fn mention_count(doc: &Document) -> usize {
    doc.sentences.iter().map(|s| s.names.len()).sum()
}

/// The anchors of a pair as display items: entities, then dates, then numbers.
pub(crate) fn anchor_items(ev: &Evidence) -> Vec<String> {
    ev.entities
        .iter()
        .chain(&ev.dates)
        .chain(&ev.numbers)
        .cloned()
        .collect()
}

/// `Khankendi ≠ Stepanakert (az-official / hy, intl-press)`.
pub(crate) fn name_difference_text(nd: &NameDifference) -> String {
    let conv = |c: &[String]| {
        if c.is_empty() {
            "?".to_string()
        } else {
            c.join(", ")
        }
    };
    format!(
        "{} ≠ {} ({} / {})",
        nd.left,
        nd.right,
        conv(&nd.left_conventions),
        conv(&nd.right_conventions)
    )
}

/// `movement: left ↔ fled`: a framing contrast, surfaces of each side (`—` when none).
pub(crate) fn pair_cue_text(c: &PairCue) -> String {
    let side = |v: &[String]| {
        if v.is_empty() {
            "—".to_string()
        } else {
            v.join(", ")
        }
    };
    format!("{}: {} ↔ {}", c.category, side(&c.left), side(&c.right))
}

/// Categories of the cue rates that occur at least once, in the order the rates list them.
pub(crate) fn cue_categories(cmp: &Comparison) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for r in &cmp.cue_rates {
        if r.count > 0 && !out.contains(&r.category.as_str()) {
            out.push(&r.category);
        }
    }
    out
}

/// `100,000 ≠ 120 тысяч`.
pub(crate) fn number_difference_text(nd: &NumberDifference) -> String {
    format!("{} ≠ {}", nd.left, nd.right)
}

/// Distinct sentence indices used by the left (or right) side of an alignment's pairs.
pub(crate) fn aligned_count(a: &Alignment, left: bool) -> usize {
    a.pairs
        .iter()
        .flat_map(|p| if left { &p.left } else { &p.right })
        .collect::<BTreeSet<_>>()
        .len()
}

/// Entities by id.
pub(crate) fn entity_index(cmp: &Comparison) -> BTreeMap<&str, &EntityInfo> {
    cmp.entities.iter().map(|e| (e.id.as_str(), e)).collect()
}

/// All conventions that occur anywhere in the comparison, sorted: the colour legend.
pub(crate) fn all_conventions(cmp: &Comparison) -> Vec<String> {
    let mut set: BTreeSet<&str> = BTreeSet::new();
    for e in &cmp.entities {
        for v in &e.variants {
            set.extend(v.conventions.iter().map(String::as_str));
        }
    }
    for d in &cmp.documents {
        for n in d.sentences.iter().flat_map(|s| &s.names) {
            set.extend(n.conventions.iter().map(String::as_str));
        }
    }
    set.into_iter().map(str::to_string).collect()
}

/// Which side of an aligned pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Left,
    Right,
}

/// One run of a side's display text with uniform marks.
#[derive(Debug, Clone)]
pub(crate) struct Piece<'a> {
    pub text: String,
    /// `Delete` only on the left, `Insert` only on the right; white space between two runs of
    /// different kinds is `Equal`.
    pub tag: DiffTag,
    /// The name mention this run belongs to, if any.
    pub name: Option<&'a NameMention>,
}

/// The display text of one side of an aligned pair, split into runs by diff tag and by name.
///
/// With a word diff (same-language pairs) the text is that side's view of the diff (equal plus
/// deleted, or equal plus inserted runs, which rebuild the joined sentence text); otherwise the
/// joined sentence text. Name mentions are located by their surface, in order, inside that text.
pub(crate) fn side_view<'a>(
    doc: Option<&'a Document>,
    idx: &[usize],
    diff: &PairDiff,
    side: Side,
) -> Vec<Piece<'a>> {
    // 1. text + a tag per byte range
    let mut text = String::new();
    let mut tags: Vec<(Range<usize>, DiffTag)> = Vec::new();
    if diff.words.is_empty() {
        text = side_text(doc, idx);
        tags.push((0..text.len(), DiffTag::Equal));
    } else {
        let skip = match side {
            Side::Left => DiffTag::Insert,
            Side::Right => DiffTag::Delete,
        };
        for w in diff.words.iter().filter(|w| w.tag != skip) {
            let start = text.len();
            text.push_str(&w.text);
            tags.push((start..text.len(), w.tag));
        }
    }
    // 2. name mentions located by surface, in text order
    let mut mentions: Vec<&NameMention> = idx
        .iter()
        .filter_map(|&i| sentence(doc, i))
        .flat_map(|s| &s.names)
        .collect();
    mentions.sort_by_key(|m| m.span.start);
    let mut names: Vec<(Range<usize>, &NameMention)> = Vec::new();
    let mut cursor = 0;
    for m in mentions {
        let surface = m.surface.split_whitespace().collect::<Vec<_>>().join(" ");
        if surface.is_empty() {
            continue;
        }
        if let Some(pos) = text[cursor..].find(&surface) {
            let start = cursor + pos;
            names.push((start..start + surface.len(), m));
            cursor = start + surface.len();
        }
    }
    // 3. one entry per char: (char, tag, name); white space between runs of different tags
    //    becomes Equal so that marks hug words
    let mut chars: Vec<(char, DiffTag, Option<&NameMention>)> = Vec::new();
    let (mut ti, mut ni) = (0, 0);
    for (pos, c) in text.char_indices() {
        while ti < tags.len() && tags[ti].0.end <= pos {
            ti += 1;
        }
        while ni < names.len() && names[ni].0.end <= pos {
            ni += 1;
        }
        let tag = tags.get(ti).map_or(DiffTag::Equal, |t| t.1);
        let name = names
            .get(ni)
            .filter(|(r, _)| r.start <= pos && pos < r.end)
            .map(|(_, m)| *m);
        chars.push((c, tag, name));
    }
    let n = chars.len();
    let mut prev_tag: Vec<Option<DiffTag>> = vec![None; n];
    let mut last = None;
    for (i, &(c, tag, _)) in chars.iter().enumerate() {
        prev_tag[i] = last;
        if !c.is_whitespace() {
            last = Some(tag);
        }
    }
    let mut next = None;
    for i in (0..n).rev() {
        let (c, tag, _) = chars[i];
        if c.is_whitespace() {
            chars[i].1 = if prev_tag[i].is_some() && prev_tag[i] == next {
                next.unwrap_or(DiffTag::Equal)
            } else {
                DiffTag::Equal
            };
        } else {
            next = Some(tag);
        }
    }
    // 4. group
    let mut pieces: Vec<Piece> = Vec::new();
    for (c, tag, name) in chars {
        match pieces.last_mut() {
            Some(p) if p.tag == tag && same_mention(p.name, name) => p.text.push(c),
            _ => pieces.push(Piece {
                text: c.to_string(),
                tag,
                name,
            }),
        }
    }
    pieces
}

fn same_mention(a: Option<&NameMention>, b: Option<&NameMention>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => std::ptr::eq(x, y),
        _ => false,
    }
}

/// True when `entity` is named differently on the two sides of the pair.
pub(crate) fn name_differs(diff: &PairDiff, entity: &str) -> bool {
    diff.names.iter().any(|n| n.entity == entity)
}
