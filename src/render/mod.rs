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
    AlignedPair, Alignment, Comparison, Cue, DiffTag, Document, EntityInfo, Evidence, Fact,
    NameDifference, NameMention, NumberAnchor, NumberDifference, PairCue, PairDiff, Sentence,
};

/// Bidi formatting characters that reorder what follows them on screen: embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069). A file name or an outlet with a
/// right-to-left override shows its text reversed (a spoofing trick); the directional marks
/// (U+200E, U+200F, U+061C), which only settle neutral characters, are no such risk.
pub fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A message for standard error with nothing in it that drives a terminal: control characters
/// other than line breaks and tabs, and bidi overrides, become visible `\u{…}` escapes. Input
/// file names reach messages, and a name with an escape sequence must not set the terminal's
/// title or clear its screen; escaped rather than dropped, so the file can still be found.
pub fn terminal_message(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| (c.is_control() && c != '\n' && c != '\t') || is_bidi_override(c);
    if !s.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[path = "csv.rs"]
mod csv_out;
pub mod draft;
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
    /// One row per fact × outlet that tells it: the sentences and their text (three articles
    /// or more, where there are facts).
    Facts,
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
    /// Which article pairs are laid out sentence by sentence.
    pub pairs: PairFilter,
}

/// Article pairs the text and Markdown reports lay out sentence by sentence when no `--pairs`
/// is given: every pair of up to eight articles. Past that the facts view carries the report:
/// 28 pairs of eight articles can be read; the 45,150 pairs of 301 articles made a text report
/// of 333 MB (and 37 s, against 11 s for the same run's JSON).
pub const AUTO_MAX_PAIRS: usize = 28;
/// The same for the HTML report, whose pairs are folded under the facts: every pair of up to
/// twenty articles (the twelve samples' 66 pairs make a page of 5 MB).
pub const AUTO_MAX_PAIRS_HTML: usize = 190;

/// Which article pairs a report lays out sentence by sentence (`compare --pairs`). Facts,
/// names, cue rates and the summary always cover every pair; this only selects the pair
/// sections (the `alignments` of JSON, the rows of the CSV pairs table).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum PairFilter {
    /// JSON and CSV: every pair. Text and Markdown: every pair up to [`AUTO_MAX_PAIRS`], HTML
    /// up to [`AUTO_MAX_PAIRS_HTML`], none beyond (a note says how to ask for them).
    #[default]
    Auto,
    /// Every pair, whatever the number.
    All,
    /// No pair: the facts view, names and cue rates only.
    None,
    /// The pairs of these articles (by id) with any other.
    Articles(Vec<String>),
}

impl PairFilter {
    /// Whether alignment `a` of `cmp` is laid out; `limit` is where [`PairFilter::Auto`] stops
    /// laying out pairs in this format (none: never).
    fn shows(&self, cmp: &Comparison, a: &Alignment, limit: Option<usize>) -> bool {
        match self {
            PairFilter::Auto => limit.is_none_or(|max| cmp.alignments.len() <= max),
            PairFilter::All => true,
            PairFilter::None => false,
            PairFilter::Articles(ids) => [a.left, a.right]
                .iter()
                .any(|&d| ids.iter().any(|id| id == id_of(cmp, d))),
        }
    }
}

/// The alignments a report lays out, each with its index in `cmp.alignments`, and how many
/// it leaves out; `limit` as for [`PairFilter::shows`].
pub(crate) fn shown_alignments<'a>(
    cmp: &'a Comparison,
    filter: &PairFilter,
    limit: Option<usize>,
) -> (Vec<(usize, &'a Alignment)>, usize) {
    let shown: Vec<(usize, &Alignment)> = cmp
        .alignments
        .iter()
        .enumerate()
        .filter(|(_, a)| filter.shows(cmp, a, limit))
        .collect();
    let hidden = cmp.alignments.len() - shown.len();
    (shown, hidden)
}

/// The line a report prints when not every pair of articles was aligned (`compare --partners`,
/// or past 200 articles by default), `None` when every pair was.
pub(crate) fn partners_note(cmp: &Comparison) -> Option<String> {
    let p = cmp.partners?;
    Some(format!(
        "Each article was aligned with its {} most similar articles (by the names, dates, \
         numbers and concepts they share): {} of {} article pairs. Facts join across the others \
         through the articles between them. `--partners all` aligns every pair.",
        p.per_article, p.aligned, p.possible
    ))
}

/// Off-topic articles named in a note, at most this many.
const OFF_TOPIC_NAMED: usize = 10;

/// The first `max` of `all`, each as `name` gives it, then `rest(k)` for the `k` left out.
fn name_first<T>(
    all: &[T],
    max: usize,
    name: impl Fn(&T) -> String,
    rest: impl Fn(usize) -> String,
) -> Vec<String> {
    let mut out: Vec<String> = all.iter().take(max).map(name).collect();
    if all.len() > max {
        out.push(rest(all.len() - max));
    }
    out
}

/// What the reports say about the articles that share little with the others
/// (`Comparison::off_topic`), `labels` naming them.
pub(crate) fn off_topic_note(cmp: &Comparison, labels: &[String]) -> Option<String> {
    let all = &cmp.off_topic;
    if all.is_empty() {
        return None;
    }
    let named = name_first(
        all,
        OFF_TOPIC_NAMED,
        |o| {
            format!(
                "{} ({:.0} % of the median article's)",
                label_of(labels, o.document),
                o.percent_of_median()
            )
        },
        |k| format!("and {k} more"),
    )
    .join(", ");
    Some(if all.len() == 1 {
        format!(
            "This article shares few names, dates, numbers and concepts with the others: \
             {named}. Perhaps it reports another event; a chance link to another article's \
             sentence can put it into a fact it does not report. Compare without it to check."
        )
    } else {
        format!(
            "These articles share few names, dates, numbers and concepts with the others: \
             {named}. Perhaps they report other events; a chance link to another article's \
             sentence can put them into facts they do not report. Compare without them to check."
        )
    })
}

/// Word-for-word copies named in a note, at most this many.
const COPIES_NAMED: usize = 12;

/// What the reports say about articles that repeat another word for word
/// (`Comparison::copies`), `labels` naming them.
pub(crate) fn copies_note(cmp: &Comparison, labels: &[String]) -> Option<String> {
    let all = &cmp.copies;
    if all.is_empty() {
        return None;
    }
    let items = name_first(
        all,
        COPIES_NAMED,
        |c| {
            format!(
                "{} shares {} of its {} sentences with {}",
                label_of(labels, c.document),
                c.shared,
                c.sentences,
                label_of(labels, c.source)
            )
        },
        |k| format!("and {k} more articles (JSON `copies` lists them all)"),
    );
    Some(format!(
        "Word for word (wire copy, syndication or one outlet repeating another): {}.",
        items.join("; ")
    ))
}

/// The languages of the documents, most documents first (then by code), with their documents.
pub(crate) fn documents_by_language(cmp: &Comparison) -> Vec<(&str, Vec<usize>)> {
    let mut by: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, d) in cmp.documents.iter().enumerate() {
        by.entry(d.language.as_str()).or_default().push(i);
    }
    let mut out: Vec<(&str, Vec<usize>)> = by.into_iter().collect();
    out.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    out
}

/// How many of each language's documents the sorted `docs` hold, for outlets too many to name:
/// `en 35 of 49, ru 30 of 44` (languages with the most documents first; none left at 0).
pub(crate) fn per_language(cmp: &Comparison, docs: &[usize]) -> String {
    documents_by_language(cmp)
        .into_iter()
        .filter_map(|(lang, all)| {
            let k = all.iter().filter(|d| docs.binary_search(d).is_ok()).count();
            (k > 0).then(|| format!("{lang} {k} of {}", all.len()))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The line a report prints where it leaves article pairs out.
pub(crate) fn hidden_pairs_note(hidden: usize, filter: &PairFilter) -> String {
    let why = match filter {
        PairFilter::Auto => " (too many to read: the facts above cover them)".to_string(),
        _ => String::new(),
    };
    format!(
        "{} not shown{why}. `--pairs all` lays out every pair, `--pairs ID` those of one article.",
        plural(hidden, "article pair", "article pairs")
    )
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            color: false,
            width: 100,
            csv_table: CsvTable::Pairs,
            pairs: PairFilter::Auto,
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
        Format::Markdown => markdown::render(cmp, &opts.pairs, out),
        Format::Json => json::render(cmp, &opts.pairs, out),
        Format::Html => html::render(cmp, &opts.pairs, out),
        Format::Csv => csv_out::render(cmp, opts.csv_table, &opts.pairs, out),
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

/// The text of sentences `idx` of a document, joined as [`crate::diff::join_sentences`] does.
pub(crate) fn side_text(doc: Option<&Document>, idx: &[usize]) -> String {
    crate::diff::join_sentences(
        idx.iter()
            .filter_map(|&i| sentence(doc, i))
            .map(|s| s.text.as_str()),
    )
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
/// Shown beside a secondary pair: a sentence already paired elsewhere that reports this fact too.
pub(crate) const SECONDARY_NOTE: &str =
    "· also paired elsewhere (a sentence reporting several facts)";

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

/// What a fact's header says after its outlet count: its anchors (`karabakh, 2023-09-19`), or
/// when it has none, what links it (`linked only by: region`); `None` when neither.
pub(crate) fn fact_link_text(f: &crate::model::Fact) -> Option<String> {
    if !f.anchors.is_empty() {
        Some(f.anchors.join(", "))
    } else if !f.linked_by.is_empty() {
        Some(format!("{LINKED_ONLY_BY} {}", f.linked_by.join(", ")))
    } else {
        None
    }
}

/// The words before the weaker evidence of a fact with no name or date shared.
pub(crate) const LINKED_ONLY_BY: &str = "linked only by:";

/// The anchors of a pair as shown: entities, dates, agreeing numbers, then shared concepts
/// marked with `≈` (≈rain: both sentences speak of rain, in their own words), then the meaning
/// their embeddings share (`≈meaning +0.12`, see [`meaning_text`]).
pub(crate) fn anchor_items(ev: &Evidence) -> Vec<String> {
    ev.entities
        .iter()
        .chain(&ev.dates)
        .chain(&ev.numbers)
        .cloned()
        .chain(ev.concepts.iter().map(|c| format!("≈{c}")))
        .chain(ev.meaning.map(meaning_text))
        .collect()
}

/// `≈meaning +0.12`: the sentences' embedding cosine above the two articles' mean.
pub(crate) fn meaning_text(lift: f64) -> String {
    format!("≈meaning +{lift:.2}")
}

/// What [`meaning_text`] means, for a tooltip or a legend.
pub(crate) const MEANING_NOTE: &str = "the sentences' embeddings (--embeddings): their cosine \
     above the mean cosine of the two articles' sentences";

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

/// Past this many outlets, cue rates are given per language (each language's articles
/// together): a row an outlet would be thousands of rows. JSON keeps every outlet's.
pub const RATES_BY_LANGUAGE_PAST: usize = 100;

/// One row of a cue-rate table or chart: its label, a longer label for titles, and per category
/// (in the order of `cue_categories`) the rate per 1,000 words and the count.
pub(crate) struct CueRow {
    pub label: String,
    pub title: String,
    pub cells: Vec<(f64, usize)>,
}

/// The rows of the cue rates: one per outlet, or past [`RATES_BY_LANGUAGE_PAST`] outlets one
/// per language (then `true`).
pub(crate) fn cue_rows(cmp: &Comparison, labels: &[String], cats: &[&str]) -> (bool, Vec<CueRow>) {
    if cmp.documents.len() > RATES_BY_LANGUAGE_PAST {
        (true, cue_rows_by_language(cmp, cats))
    } else {
        (false, cue_rows_by_outlet(cmp, labels, cats))
    }
}

/// Each outlet's cue rates, one row per outlet (one pass over the rates).
fn cue_rows_by_outlet(cmp: &Comparison, labels: &[String], cats: &[&str]) -> Vec<CueRow> {
    let mut rows: Vec<CueRow> = (0..cmp.documents.len())
        .map(|d| CueRow {
            label: label_of(labels, d).to_string(),
            title: label_of(labels, d).to_string(),
            cells: vec![(0.0, 0); cats.len()],
        })
        .collect();
    for r in &cmp.cue_rates {
        if let (Some(row), Some(k)) = (
            rows.get_mut(r.document),
            cats.iter().position(|c| *c == r.category),
        ) {
            row.cells[k] = (r.per_1000_words, r.count);
        }
    }
    rows
}

/// The cue rates of each language's outlets together: all their cues per 1,000 of all their
/// words, one row per language (most articles first).
fn cue_rows_by_language(cmp: &Comparison, cats: &[&str]) -> Vec<CueRow> {
    let words: Vec<usize> = cmp.documents.iter().map(|d| d.word_count()).collect();
    let mut counts = vec![vec![0usize; cats.len()]; cmp.documents.len()];
    for r in &cmp.cue_rates {
        if let (Some(row), Some(k)) = (
            counts.get_mut(r.document),
            cats.iter().position(|c| *c == r.category),
        ) {
            row[k] = r.count;
        }
    }
    documents_by_language(cmp)
        .into_iter()
        .map(|(lang, docs)| {
            let total: usize = docs.iter().map(|&d| words[d]).sum();
            let cells = (0..cats.len())
                .map(|k| {
                    let count: usize = docs.iter().map(|&d| counts[d][k]).sum();
                    let rate = if total == 0 {
                        0.0
                    } else {
                        count as f64 * 1000.0 / total as f64
                    };
                    (rate, count)
                })
                .collect();
            CueRow {
                label: format!("{lang} ({})", docs.len()),
                title: format!("{lang}, {} articles", docs.len()),
                cells,
            }
        })
        .collect()
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

/// Whether a naming difference of `entity` is one an editor looks for: a contested entity per
/// the glossary (Khankendi / Stepanakert), or one the glossary does not describe; not every
/// exonym (Armenia / Армения).
pub(crate) fn naming_contested(entities: &BTreeMap<&str, &EntityInfo>, entity: &str) -> bool {
    entities.get(entity).is_none_or(|e| e.contested)
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
    /// The framing cue this run belongs to, if any (only from [`marked_view`]).
    pub cue: Option<&'a Cue>,
    /// True when this run is a number that conflicts with the other side (only from
    /// [`marked_view`]).
    pub conflict: bool,
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
    let (text, tags) = diff_text(doc, idx, diff, side);
    pieces(doc, idx, &text, &tags, None)
}

/// Like [`side_view`], and also splits out framing cues and the numbers listed in `conflicts`
/// (surfaces), for the HTML report. With an empty `diff` this is the plain sentence text.
pub(crate) fn marked_view<'a>(
    doc: Option<&'a Document>,
    idx: &[usize],
    diff: &PairDiff,
    side: Side,
    conflicts: &[&str],
) -> Vec<Piece<'a>> {
    let (text, tags) = diff_text(doc, idx, diff, side);
    pieces(doc, idx, &text, &tags, Some(conflicts))
}

/// The text of one side and a diff tag per byte range.
fn diff_text(
    doc: Option<&Document>,
    idx: &[usize],
    diff: &PairDiff,
    side: Side,
) -> (String, Vec<(Range<usize>, DiffTag)>) {
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
    (text, tags)
}

/// Locate `surfaces` (in order, each after the previous one) inside `text`: byte ranges.
fn locate<T>(text: &str, items: impl IntoIterator<Item = (String, T)>) -> Vec<(Range<usize>, T)> {
    let mut out = Vec::new();
    let mut cursor = 0;
    for (surface, item) in items {
        let surface = surface.split_whitespace().collect::<Vec<_>>().join(" ");
        if surface.is_empty() {
            continue;
        }
        if let Some(pos) = text[cursor..].find(&surface) {
            let start = cursor + pos;
            out.push((start..start + surface.len(), item));
            cursor = start + surface.len();
        }
    }
    out
}

/// The item of `ranges` (sorted, disjoint) covering byte `pos`, advancing `at`.
fn covering<T: Copy>(ranges: &[(Range<usize>, T)], at: &mut usize, pos: usize) -> Option<T> {
    while *at < ranges.len() && ranges[*at].0.end <= pos {
        *at += 1;
    }
    ranges
        .get(*at)
        .filter(|(r, _)| r.start <= pos && pos < r.end)
        .map(|(_, t)| *t)
}

fn pieces<'a>(
    doc: Option<&'a Document>,
    idx: &[usize],
    text: &str,
    tags: &[(Range<usize>, DiffTag)],
    marks: Option<&[&str]>,
) -> Vec<Piece<'a>> {
    let sentences: Vec<&'a Sentence> = idx.iter().filter_map(|&i| sentence(doc, i)).collect();
    // name mentions, cues and conflicting numbers located by surface, in text order
    let mut mentions: Vec<&NameMention> = sentences.iter().flat_map(|s| &s.names).collect();
    mentions.sort_by_key(|m| m.span.start);
    let names = locate(text, mentions.into_iter().map(|m| (m.surface.clone(), m)));
    let (cues, conflicts) = match marks {
        Some(conflicts) => {
            let mut cues: Vec<&Cue> = sentences.iter().flat_map(|s| &s.cues).collect();
            cues.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
            // overlapping cues: keep the first (longest at a start)
            let mut kept: Vec<&Cue> = Vec::new();
            for c in cues {
                if kept.last().is_none_or(|k| k.span.end <= c.span.start) {
                    kept.push(c);
                }
            }
            let mut numbers: Vec<&NumberAnchor> = sentences
                .iter()
                .flat_map(|s| &s.numbers)
                .filter(|n| conflicts.iter().any(|c| c.trim() == n.surface.trim()))
                .collect();
            numbers.sort_by_key(|n| n.span.start);
            (
                locate(text, kept.into_iter().map(|c| (c.surface.clone(), c))),
                locate(text, numbers.into_iter().map(|n| (n.surface.clone(), ()))),
            )
        }
        None => (Vec::new(), Vec::new()),
    };
    // one entry per char; white space between runs of different tags becomes Equal so that marks
    // hug words
    struct Ch<'a> {
        c: char,
        tag: DiffTag,
        name: Option<&'a NameMention>,
        cue: Option<&'a Cue>,
        conflict: bool,
    }
    let mut chars: Vec<Ch> = Vec::new();
    let (mut ti, mut ni, mut ci, mut xi) = (0, 0, 0, 0);
    for (pos, c) in text.char_indices() {
        chars.push(Ch {
            c,
            tag: covering(tags, &mut ti, pos).unwrap_or(DiffTag::Equal),
            name: covering(&names, &mut ni, pos),
            cue: covering(&cues, &mut ci, pos),
            conflict: covering(&conflicts, &mut xi, pos).is_some(),
        });
    }
    let n = chars.len();
    let mut prev_tag: Vec<Option<DiffTag>> = vec![None; n];
    let mut last = None;
    for (i, ch) in chars.iter().enumerate() {
        prev_tag[i] = last;
        if !ch.c.is_whitespace() {
            last = Some(ch.tag);
        }
    }
    let mut next = None;
    for i in (0..n).rev() {
        if chars[i].c.is_whitespace() {
            chars[i].tag = if prev_tag[i].is_some() && prev_tag[i] == next {
                next.unwrap_or(DiffTag::Equal)
            } else {
                DiffTag::Equal
            };
        } else {
            next = Some(chars[i].tag);
        }
    }
    // group
    let mut pieces: Vec<Piece> = Vec::new();
    for ch in chars {
        match pieces.last_mut() {
            Some(p)
                if p.tag == ch.tag
                    && same_mention(p.name, ch.name)
                    && same_ref(p.cue, ch.cue)
                    && p.conflict == ch.conflict =>
            {
                p.text.push(ch.c)
            }
            _ => pieces.push(Piece {
                text: ch.c.to_string(),
                tag: ch.tag,
                name: ch.name,
                cue: ch.cue,
                conflict: ch.conflict,
            }),
        }
    }
    pieces
}

fn same_ref<T>(a: Option<&T>, b: Option<&T>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => std::ptr::eq(x, y),
        _ => false,
    }
}

fn same_mention(a: Option<&NameMention>, b: Option<&NameMention>) -> bool {
    same_ref(a, b)
}

/// True when `entity` is named differently on the two sides of the pair.
pub(crate) fn name_differs(diff: &PairDiff, entity: &str) -> bool {
    diff.names.iter().any(|n| n.entity == entity)
}

// ---------------------------------------------------------------------------------------------
// Facts (clusters across all documents), for display
// ---------------------------------------------------------------------------------------------

/// The aligned pairs that lie inside a fact: both sides' sentences are members of it. These carry
/// the fact's differences (names, numbers, cues), already computed by the diff stage. The plain
/// definition, kept as the reference [`pairs_by_fact`] is tested against.
#[cfg(test)]
pub(crate) fn fact_pairs<'a>(
    cmp: &'a Comparison,
    fact: &Fact,
) -> Vec<(&'a Alignment, &'a AlignedPair)> {
    let member = |d: usize, s: usize| {
        fact.members
            .iter()
            .any(|m| m.document == d && m.sentences.contains(&s))
    };
    let mut out = Vec::new();
    for a in &cmp.alignments {
        for p in &a.pairs {
            if p.left.iter().all(|&s| member(a.left, s))
                && p.right.iter().all(|&s| member(a.right, s))
            {
                out.push((a, p));
            }
        }
    }
    out
}

/// [`fact_pairs`] of every fact at once, in the order of `cmp.facts`: one pass over the pairs
/// through an index of the facts' sentences, where calling `fact_pairs` for each fact walks
/// every pair once a fact (hundreds of facts × a million pairs for a few hundred articles).
pub(crate) fn pairs_by_fact(cmp: &Comparison) -> Vec<Vec<(&Alignment, &AlignedPair)>> {
    let mut facts_of: std::collections::HashMap<(usize, usize), Vec<usize>> =
        std::collections::HashMap::new();
    for (fi, f) in cmp.facts.iter().enumerate() {
        for m in &f.members {
            for &s in &m.sentences {
                facts_of.entry((m.document, s)).or_default().push(fi);
            }
        }
    }
    let holds =
        |fi: usize, d: usize, s: usize| facts_of.get(&(d, s)).is_some_and(|fs| fs.contains(&fi));
    let mut out = vec![Vec::new(); cmp.facts.len()];
    for a in &cmp.alignments {
        for p in &a.pairs {
            let Some(candidates) = p.left.first().and_then(|&s| facts_of.get(&(a.left, s))) else {
                continue;
            };
            for &fi in candidates {
                if p.left.iter().all(|&s| holds(fi, a.left, s))
                    && p.right.iter().all(|&s| holds(fi, a.right, s))
                {
                    out[fi].push((a, p));
                }
            }
        }
    }
    out
}

/// Reports lay out names and facts with a column (or a line) for each outlet up to this many
/// outlets; past it they group by name and list the outlets (hundreds of columns cannot be read).
pub const OUTLET_COLUMNS_MAX: usize = 12;

/// Past this many outlets telling it, a fact is shown by wording ([`wordings`]) rather than
/// outlet by outlet: wire copy and syndication put one sentence in hundreds of outlets, and a
/// list of the first dozen would be the same sentence a dozen times, all in one language.
pub const WORDINGS_PAST: usize = OUTLET_COLUMNS_MAX;

/// One way a fact is told: the outlets whose sentences of it read the same, word for word
/// (white space aside), in the fact's member order.
pub(crate) struct Wording<'a> {
    pub members: Vec<&'a crate::model::FactMember>,
}

/// A fact's members grouped by wording, ordered so that the first few show every language that
/// tells it: each language's most shared wording in turn (languages in the order of their first
/// member), then each one's second, and so on; within a language, wordings more outlets share
/// come first, ties in member order.
pub(crate) fn wordings<'a>(cmp: &Comparison, fact: &'a Fact) -> Vec<Wording<'a>> {
    let mut groups: Vec<Wording<'a>> = Vec::new();
    let mut by_text: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for m in &fact.members {
        let text = side_text(cmp.documents.get(m.document), &m.sentences);
        let key = text.split_whitespace().collect::<Vec<_>>().join(" ");
        match by_text.get(&key) {
            Some(&g) => groups[g].members.push(m),
            None => {
                by_text.insert(key, groups.len());
                groups.push(Wording { members: vec![m] });
            }
        }
    }
    // per language, in order of first appearance
    let mut languages: Vec<(&str, Vec<Wording<'a>>)> = Vec::new();
    for w in groups {
        let m = w.members[0];
        let lang = side_lang(cmp.documents.get(m.document), &m.sentences);
        match languages.iter_mut().find(|(l, _)| *l == lang) {
            Some((_, ws)) => ws.push(w),
            None => languages.push((lang, vec![w])),
        }
    }
    for (_, ws) in &mut languages {
        // stable: ties keep member order
        ws.sort_by_key(|w| std::cmp::Reverse(w.members.len()));
        ws.reverse();
    }
    let mut out = Vec::new();
    loop {
        let before = out.len();
        for (_, ws) in &mut languages {
            if let Some(w) = ws.pop() {
                out.push(w);
            }
        }
        if out.len() == before {
            return out;
        }
    }
}

/// A fact's [`wordings`] when it is to be shown by wording: told by more than
/// [`WORDINGS_PAST`] outlets, or by two outlets in the same words (wire copy); `None` when
/// each outlet is shown on its own, in member order.
pub(crate) fn fact_wordings<'a>(cmp: &Comparison, fact: &'a Fact) -> Option<Vec<Wording<'a>>> {
    let all = wordings(cmp, fact);
    (fact.members.len() > WORDINGS_PAST || all.len() < fact.members.len()).then_some(all)
}

/// "the same words in 11 more outlets: A, B, C and 8 more" for a wording told by more than one
/// outlet, naming at most `named` of the others.
pub(crate) fn same_words_note(w: &Wording, labels: &[String], named: usize) -> Option<String> {
    let others = &w.members[1..];
    if others.is_empty() {
        return None;
    }
    let names: Vec<&str> = others
        .iter()
        .take(named)
        .map(|m| label_of(labels, m.document))
        .collect();
    let rest = others.len() - names.len();
    let outlets = if others.len() == 1 {
        "outlet"
    } else {
        "outlets"
    };
    let mut note = format!(
        "the same words in {} more {outlets}: {}",
        others.len(),
        names.join(", ")
    );
    if rest > 0 {
        note.push_str(&format!(" and {rest} more"));
    }
    Some(note)
}

/// "… and 14 more wordings from 230 outlets" when only the first `shown` of `all` are shown.
pub(crate) fn more_wordings_note(all: &[Wording], shown: usize) -> Option<String> {
    let rest = all.get(shown..).filter(|r| !r.is_empty())?;
    let outlets: usize = rest.iter().map(|w| w.members.len()).sum();
    Some(format!(
        "… and {} more {} from {outlets} {}",
        rest.len(),
        if rest.len() == 1 {
            "wording"
        } else {
            "wordings"
        },
        if outlets == 1 { "outlet" } else { "outlets" }
    ))
}

/// One name of an entity and the outlets that use it.
pub(crate) struct NameUse<'a> {
    pub variant: &'a str,
    /// Times over all those outlets.
    pub times: usize,
    /// The outlets (document indices), in document order.
    pub documents: Vec<usize>,
    /// The name's conventions (the glossary's, else the outlet cell's).
    pub conventions: &'a [String],
}

/// The names of one entity's row, each once with the outlets that use it, most outlets first.
pub(crate) fn names_by_variant<'a>(
    row: &'a crate::model::NamingRow,
    info: Option<&'a EntityInfo>,
) -> Vec<NameUse<'a>> {
    let mut out: Vec<NameUse> = Vec::new();
    for c in &row.cells {
        for v in &c.variants {
            match out.iter_mut().find(|x| x.variant == v.variant) {
                Some(x) => {
                    x.times += v.count;
                    x.documents.push(c.document);
                }
                None => out.push(NameUse {
                    variant: &v.variant,
                    times: v.count,
                    documents: vec![c.document],
                    conventions: info
                        .and_then(|e| e.variants.iter().find(|vi| vi.text == v.variant))
                        .map_or(c.conventions.as_slice(), |vi| vi.conventions.as_slice()),
                }),
            }
        }
    }
    out.sort_by(|a, b| {
        b.documents
            .len()
            .cmp(&a.documents.len())
            .then(a.variant.cmp(b.variant))
    });
    out
}

/// What the text and Markdown facts views say about one fact beside its sentences.
pub(crate) struct FactView<'a> {
    pub fact: &'a Fact,
    /// Numbers that disagree between two outlets' sentences of the fact (`a / b`), each once.
    pub numbers: Vec<String>,
    /// Names of contested entities (per the glossary) that two outlets give differently, each
    /// once: the naming an editor looks for, without every "Armenia ≠ Arménie" across languages.
    pub names: Vec<String>,
    /// One framing contrast per category, each side with its outlet:
    /// `scare-quote: — (Caspian Courier) ↔ так называемым (Полярный курьер)`.
    pub framing: Vec<String>,
    /// Documents that do not tell the fact.
    pub missing: Vec<usize>,
    /// The entries of `numbers`, `names` and `framing` each document's sentences take part in
    /// (one row per outlet in CSV shows that outlet's own).
    pub of_document: BTreeMap<usize, DocumentFindings>,
}

/// What one outlet's sentences of a fact differ in (see [`FactView::of_document`]).
#[derive(Default)]
pub(crate) struct DocumentFindings {
    pub numbers: Vec<String>,
    pub names: Vec<String>,
    pub framing: Vec<String>,
}

/// Push `t` to `v` unless it is there.
fn push_once(v: &mut Vec<String>, t: &str) {
    if !v.iter().any(|x| x == t) {
        v.push(t.to_string());
    }
}

/// The [`FactView`] of every fact, in the order of `cmp.facts`; `labels` name the outlets.
pub(crate) fn fact_views<'a>(cmp: &'a Comparison, labels: &[String]) -> Vec<FactView<'a>> {
    let entities = entity_index(cmp);
    pairs_by_fact(cmp)
        .into_iter()
        .zip(&cmp.facts)
        .map(|(pairs, fact)| {
            let mut view = FactView {
                fact,
                numbers: Vec::new(),
                names: Vec::new(),
                framing: Vec::new(),
                missing: (0..cmp.documents.len())
                    .filter(|&d| !fact.members.iter().any(|m| m.document == d))
                    .collect(),
                of_document: BTreeMap::new(),
            };
            let mut categories: Vec<&str> = Vec::new();
            for (a, p) in pairs {
                for n in &p.diff.numbers {
                    let t = number_difference_text(n);
                    push_once(&mut view.numbers, &t);
                    for d in [a.left, a.right] {
                        push_once(&mut view.of_document.entry(d).or_default().numbers, &t);
                    }
                }
                for n in &p.diff.names {
                    let t = name_difference_text(n);
                    if naming_contested(&entities, &n.entity) {
                        push_once(&mut view.names, &t);
                        for d in [a.left, a.right] {
                            push_once(&mut view.of_document.entry(d).or_default().names, &t);
                        }
                    }
                }
                for c in &p.diff.cues {
                    let side = |v: &[String], d: usize| {
                        let t = if v.is_empty() {
                            "—".to_string()
                        } else {
                            v.join(", ")
                        };
                        format!("{t} ({})", label_of(labels, d))
                    };
                    let t = format!(
                        "{}: {} ↔ {}",
                        c.category,
                        side(&c.left, a.left),
                        side(&c.right, a.right)
                    );
                    // one contrast per category: for the fact, and for each outlet
                    let head = format!("{}: ", c.category);
                    for d in [a.left, a.right] {
                        let own = &mut view.of_document.entry(d).or_default().framing;
                        if !own.iter().any(|x| x.starts_with(&head)) {
                            own.push(t.clone());
                        }
                    }
                    if !categories.contains(&c.category.as_str()) {
                        categories.push(&c.category);
                        view.framing.push(t);
                    }
                }
            }
            view
        })
        .collect()
}

/// Number surfaces of document `doc` that conflict with another outlet within the fact.
pub(crate) fn fact_conflicts<'a>(
    pairs: &[(&'a Alignment, &'a AlignedPair)],
    doc: usize,
) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for (a, p) in pairs {
        for n in &p.diff.numbers {
            let s = if a.left == doc {
                n.left.as_str()
            } else if a.right == doc {
                n.right.as_str()
            } else {
                continue;
            };
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// Entities named differently by some two outlets within the fact.
pub(crate) fn fact_name_differences(pairs: &[(&Alignment, &AlignedPair)]) -> BTreeSet<String> {
    pairs
        .iter()
        .flat_map(|(_, p)| &p.diff.names)
        .map(|n| n.entity.clone())
        .collect()
}

/// Per document: the sentences that belong to no fact (reported by that outlet only), in order;
/// page furniture (`Sentence::boilerplate`) left out.
pub(crate) fn outside_facts(cmp: &Comparison) -> Vec<Vec<usize>> {
    cmp.documents
        .iter()
        .enumerate()
        .map(|(d, doc)| {
            let inside: BTreeSet<usize> = cmp
                .facts
                .iter()
                .flat_map(|f| &f.members)
                .filter(|m| m.document == d)
                .flat_map(|m| m.sentences.iter().copied())
                .collect();
            (0..doc.sentences.len())
                .filter(|s| !inside.contains(s) && !doc.sentences[*s].boilerplate)
                .collect()
        })
        .collect()
}

/// The translation of sentences `idx`, joined, when every one of them has one: (text, lang,
/// backend).
pub(crate) fn side_translation(
    doc: Option<&Document>,
    idx: &[usize],
) -> Option<(String, String, String)> {
    let ts: Vec<_> = idx
        .iter()
        .filter_map(|&i| sentence(doc, i))
        .map(|s| s.translation.as_ref())
        .collect::<Option<Vec<_>>>()?;
    let first = ts.first()?;
    Some((
        ts.iter()
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        first.lang.clone(),
        first.backend.clone(),
    ))
}
