//! `compare --format json`: private wire structs following the JSON contract of DESIGN.md.
//!
//! The wire structs decouple the published shape from the in-memory model: renaming a model field
//! does not rename a JSON key. Field order is struct order, maps are `BTreeMap`s, scores and
//! confidences are rounded to three decimals, so the output is byte-identical for the same input.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::{SCHEMA_VERSION, labels, round3};
use crate::model::{
    AlignedPair, Alignment, Comparison, DateAnchor, DiffTag, Document, EntityInfo, MatchKind,
    NameMention, NameStatus, NumberAnchor, Sentence,
};

#[derive(Serialize)]
struct Wire<'a> {
    schema_version: u32,
    articles: Vec<WireArticle<'a>>,
    alignments: Vec<WireAlignment<'a>>,
    /// Present when not every pair of articles was aligned: each with its `per_article` most
    /// similar, `aligned` of the `possible` pairs.
    #[serde(skip_serializing_if = "Option::is_none")]
    partners: Option<WirePartners>,
    /// entity → outlet label → variants used
    names_by_outlet: BTreeMap<&'a str, BTreeMap<String, Vec<WireVariantCount<'a>>>>,
    /// outlet label → cue category → count and rate per 1,000 words
    cues_by_outlet: BTreeMap<String, BTreeMap<&'a str, WireCueRate>>,
    entities: Vec<WireEntity<'a>>,
    /// Facts: sentences of different articles that report the same thing.
    facts: Vec<WireFact<'a>>,
    errors: Vec<WireError<'a>>,
    /// Articles that share few names, dates, numbers and concepts with the others: their mean
    /// anchor similarity to the others, and the median article's (always present, as `errors`).
    off_topic: Vec<WireOffTopic<'a>>,
    /// Articles that share most of their sentences word for word with another: `shared` of
    /// their `sentences` are in `source` (always present).
    copies: Vec<WireCopied<'a>>,
}

#[derive(Serialize)]
struct WireCopied<'a> {
    article: &'a str,
    source: &'a str,
    shared: usize,
    sentences: usize,
}

#[derive(Serialize)]
struct WireOffTopic<'a> {
    article: &'a str,
    similarity: f64,
    median: f64,
}

#[derive(Serialize)]
struct WirePartners {
    per_article: usize,
    aligned: usize,
    possible: usize,
}

#[derive(Serialize)]
struct WireFact<'a> {
    id: usize,
    /// Shared anchors (entity ids, date keys), for a label.
    anchors: &'a [String],
    /// When `anchors` is empty, what links the fact instead: agreeing numbers (`left / right`),
    /// concept ids and shared words, most frequent first (always present, empty when the fact
    /// has anchors or nothing else).
    linked_by: &'a [String],
    members: Vec<WireFactMember<'a>>,
    /// Numbers two outlets give differently (`a ≠ b`), each once, as the text report lists them.
    numbers_differ: Vec<String>,
    /// Names of contested entities two outlets give differently, each once.
    names_differ: Vec<String>,
    /// One framing contrast per category, each side with its outlet.
    framing: Vec<String>,
}

#[derive(Serialize)]
struct WireFactMember<'a> {
    /// Article id.
    article: &'a str,
    sentences: &'a [usize],
}

#[derive(Serialize)]
struct WireTranslation<'a> {
    lang: &'a str,
    text: &'a str,
    backend: &'a str,
}

#[derive(Serialize)]
struct WireArticle<'a> {
    id: &'a str,
    source: &'a str,
    outlet: Option<&'a str>,
    date: Option<&'a str>,
    title: Option<&'a str>,
    /// null when the input gave none, as `outlet`, `date` and `title`.
    perspective: Option<&'a str>,
    url: Option<&'a str>,
    language: &'a str,
    language_confidence: f64,
    sentences: Vec<WireSentence<'a>>,
}

#[derive(Serialize)]
struct WireSentence<'a> {
    index: usize,
    text: &'a str,
    language: &'a str,
    start: usize,
    end: usize,
    names: Vec<WireName<'a>>,
    dates: Vec<WireDate<'a>>,
    numbers: Vec<WireNumber<'a>>,
    cues: Vec<WireCue<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    translation: Option<WireTranslation<'a>>,
    /// Page furniture ("Read more: …", a credit line), never aligned; absent when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    boilerplate: bool,
}

#[derive(Serialize)]
struct WireCue<'a> {
    category: &'a str,
    value: &'a str,
    surface: &'a str,
    start: usize,
    end: usize,
    source: &'a str,
    explanation: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    quoted: bool,
}

#[derive(Serialize)]
struct WirePairCue<'a> {
    category: &'a str,
    left: &'a [String],
    right: &'a [String],
    explanation: &'a str,
}

#[derive(Serialize)]
struct WireCueRate {
    count: usize,
    per_1000_words: f64,
}

#[derive(Serialize)]
struct WireName<'a> {
    entity: &'a str,
    surface: &'a str,
    start: usize,
    end: usize,
    variant: &'a str,
    variant_lang: &'a str,
    /// The first of `conventions` (the contract's original single field).
    convention: Option<&'a str>,
    conventions: &'a [String],
    status: NameStatus,
    matched_by: MatchKind,
}

#[derive(Serialize)]
struct WireDate<'a> {
    surface: &'a str,
    start: usize,
    end: usize,
    /// `2023-09-19`, `????-09-19` or `2023-09`.
    key: String,
    year: Option<i32>,
    month: u8,
    day: Option<u8>,
}

#[derive(Serialize)]
struct WireNumber<'a> {
    surface: &'a str,
    start: usize,
    end: usize,
    value: f64,
    low: f64,
    /// `null` = unbounded.
    high: Option<f64>,
    qualifier: Option<&'a str>,
    is_year: bool,
    /// The unit the number is measured in (a concept id: `hectare`, `percent`,
    /// `currency-euro`), `null` for counts and where none is named.
    unit: Option<&'a str>,
}

#[derive(Serialize)]
struct WireAlignment<'a> {
    /// Article ids.
    left: &'a str,
    right: &'a str,
    pairs: Vec<WirePair<'a>>,
    only_left: &'a [usize],
    only_right: &'a [usize],
}

#[derive(Serialize)]
struct WirePair<'a> {
    left: &'a [usize],
    right: &'a [usize],
    score: f64,
    /// A further link of a sentence paired elsewhere too (a headline reporting several facts).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    secondary: bool,
    anchors: WireAnchors<'a>,
    diff: WireDiff<'a>,
    cues: Vec<WirePairCue<'a>>,
}

#[derive(Serialize)]
struct WireAnchors<'a> {
    entities: &'a [String],
    dates: &'a [String],
    numbers: &'a [String],
    conflicting_numbers: &'a [String],
    shared_words: &'a [String],
    /// Concepts named on both sides (across languages); absent when none.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    concepts: &'a [String],
    /// With embeddings: the sentences' cosine above the articles' mean, when it counted for
    /// the pair; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    meaning: Option<f64>,
}

#[derive(Serialize)]
struct WireDiff<'a> {
    words: Vec<WireWord<'a>>,
    names: Vec<WireNameDiff<'a>>,
    numbers: Vec<WireNumberDiff<'a>>,
}

#[derive(Serialize)]
struct WireWord<'a> {
    tag: DiffTag,
    text: &'a str,
}

#[derive(Serialize)]
struct WireNameDiff<'a> {
    entity: &'a str,
    left: &'a str,
    right: &'a str,
    left_conventions: &'a [String],
    right_conventions: &'a [String],
}

#[derive(Serialize)]
struct WireNumberDiff<'a> {
    left: &'a str,
    right: &'a str,
}

#[derive(Serialize)]
struct WireVariantCount<'a> {
    variant: &'a str,
    count: usize,
}

#[derive(Serialize)]
struct WireEntity<'a> {
    id: &'a str,
    kind: &'a str,
    contested: bool,
    variants: Vec<WireVariant<'a>>,
}

#[derive(Serialize)]
struct WireVariant<'a> {
    text: &'a str,
    lang: &'a str,
    conventions: &'a [String],
    status: NameStatus,
}

#[derive(Serialize)]
struct WireError<'a> {
    source: &'a str,
    message: &'a str,
}

pub(super) fn render(
    cmp: &Comparison,
    pairs: &super::PairFilter,
    out: &mut dyn Write,
) -> io::Result<()> {
    let wire = to_wire(cmp, pairs);
    serde_json::to_writer_pretty(&mut *out, &wire)?;
    writeln!(out)
}

fn to_wire<'a>(cmp: &'a Comparison, pairs: &super::PairFilter) -> Wire<'a> {
    let labels = labels(cmp);
    let mut names_by_outlet: BTreeMap<&str, BTreeMap<String, Vec<WireVariantCount>>> =
        BTreeMap::new();
    for row in &cmp.naming {
        let by_outlet = names_by_outlet.entry(row.entity.as_str()).or_default();
        for cell in &row.cells {
            let label = labels
                .get(cell.document)
                .cloned()
                .unwrap_or_else(|| format!("#{}", cell.document));
            by_outlet
                .entry(label)
                .or_default()
                .extend(cell.variants.iter().map(|v| WireVariantCount {
                    variant: &v.variant,
                    count: v.count,
                }));
        }
    }
    let mut cues_by_outlet: BTreeMap<String, BTreeMap<&str, WireCueRate>> = BTreeMap::new();
    for r in &cmp.cue_rates {
        let label = labels
            .get(r.document)
            .cloned()
            .unwrap_or_else(|| format!("#{}", r.document));
        cues_by_outlet.entry(label).or_default().insert(
            &r.category,
            WireCueRate {
                count: r.count,
                per_1000_words: round3(r.per_1000_words),
            },
        );
    }
    Wire {
        schema_version: SCHEMA_VERSION,
        articles: cmp.documents.iter().map(article).collect(),
        alignments: super::shown_alignments(cmp, pairs, None)
            .0
            .into_iter()
            .map(|(_, a)| alignment(cmp, a))
            .collect(),
        partners: cmp.partners.map(|p| WirePartners {
            per_article: p.per_article,
            aligned: p.aligned,
            possible: p.possible,
        }),
        names_by_outlet,
        cues_by_outlet,
        entities: cmp.entities.iter().map(entity).collect(),
        facts: super::fact_views(cmp, &labels)
            .into_iter()
            .map(|v| WireFact {
                id: v.fact.id,
                anchors: &v.fact.anchors,
                linked_by: &v.fact.linked_by,
                members: v
                    .fact
                    .members
                    .iter()
                    .map(|m| WireFactMember {
                        article: super::id_of(cmp, m.document),
                        sentences: &m.sentences,
                    })
                    .collect(),
                numbers_differ: v.numbers,
                names_differ: v.names,
                framing: v.framing,
            })
            .collect(),
        errors: cmp
            .errors
            .iter()
            .map(|e| WireError {
                source: &e.source,
                message: &e.message,
            })
            .collect(),
        copies: cmp
            .copies
            .iter()
            .map(|c| WireCopied {
                article: super::id_of(cmp, c.document),
                source: super::id_of(cmp, c.source),
                shared: c.shared,
                sentences: c.sentences,
            })
            .collect(),
        off_topic: cmp
            .off_topic
            .iter()
            .map(|o| WireOffTopic {
                article: super::id_of(cmp, o.document),
                similarity: round3(o.similarity),
                median: round3(o.median),
            })
            .collect(),
    }
}

fn article(d: &Document) -> WireArticle<'_> {
    WireArticle {
        id: &d.article.id,
        source: &d.article.source,
        outlet: d.article.outlet.as_deref(),
        date: d.article.date.as_deref(),
        title: d.article.title.as_deref(),
        perspective: d.article.perspective.as_deref(),
        url: d.article.url.as_deref(),
        language: &d.language,
        language_confidence: round3(d.language_confidence),
        sentences: d.sentences.iter().map(sentence).collect(),
    }
}

fn sentence(s: &Sentence) -> WireSentence<'_> {
    WireSentence {
        boilerplate: s.boilerplate,
        index: s.index,
        text: &s.text,
        language: &s.language,
        start: s.span.start,
        end: s.span.end,
        names: s.names.iter().map(name).collect(),
        dates: s.dates.iter().map(date).collect(),
        numbers: s.numbers.iter().map(number).collect(),
        cues: s
            .cues
            .iter()
            .map(|c| WireCue {
                category: &c.category,
                value: &c.value,
                surface: &c.surface,
                start: c.span.start,
                end: c.span.end,
                source: &c.source,
                explanation: &c.explanation,
                quoted: c.quoted,
            })
            .collect(),
        translation: s.translation.as_ref().map(|t| WireTranslation {
            lang: &t.lang,
            text: &t.text,
            backend: &t.backend,
        }),
    }
}

fn name(n: &NameMention) -> WireName<'_> {
    WireName {
        entity: &n.entity,
        surface: &n.surface,
        start: n.span.start,
        end: n.span.end,
        variant: &n.variant,
        variant_lang: &n.variant_lang,
        convention: n.conventions.first().map(String::as_str),
        conventions: &n.conventions,
        status: n.status,
        matched_by: n.matched_by,
    }
}

fn date(d: &DateAnchor) -> WireDate<'_> {
    WireDate {
        surface: &d.surface,
        start: d.span.start,
        end: d.span.end,
        key: d.key(),
        year: d.year,
        month: d.month,
        day: d.day,
    }
}

fn number(n: &NumberAnchor) -> WireNumber<'_> {
    WireNumber {
        surface: &n.surface,
        start: n.span.start,
        end: n.span.end,
        value: n.value,
        low: n.low,
        high: n.high,
        qualifier: n.qualifier.as_deref(),
        is_year: n.is_year,
        unit: n.unit.as_deref(),
    }
}

fn alignment<'a>(cmp: &'a Comparison, a: &'a Alignment) -> WireAlignment<'a> {
    WireAlignment {
        left: super::id_of(cmp, a.left),
        right: super::id_of(cmp, a.right),
        pairs: a.pairs.iter().map(pair).collect(),
        only_left: &a.only_left,
        only_right: &a.only_right,
    }
}

fn pair(p: &AlignedPair) -> WirePair<'_> {
    let ev = &p.evidence;
    WirePair {
        left: &p.left,
        right: &p.right,
        score: round3(p.score),
        secondary: p.secondary,
        anchors: WireAnchors {
            entities: &ev.entities,
            dates: &ev.dates,
            numbers: &ev.numbers,
            conflicting_numbers: &ev.conflicting_numbers,
            shared_words: &ev.shared_words,
            concepts: &ev.concepts,
            meaning: ev.meaning,
        },
        diff: WireDiff {
            words: p
                .diff
                .words
                .iter()
                .map(|w| WireWord {
                    tag: w.tag,
                    text: &w.text,
                })
                .collect(),
            names: p
                .diff
                .names
                .iter()
                .map(|n| WireNameDiff {
                    entity: &n.entity,
                    left: &n.left,
                    right: &n.right,
                    left_conventions: &n.left_conventions,
                    right_conventions: &n.right_conventions,
                })
                .collect(),
            numbers: p
                .diff
                .numbers
                .iter()
                .map(|n| WireNumberDiff {
                    left: &n.left,
                    right: &n.right,
                })
                .collect(),
        },
        cues: p
            .diff
            .cues
            .iter()
            .map(|c| WirePairCue {
                category: &c.category,
                left: &c.left,
                right: &c.right,
                explanation: &c.explanation,
            })
            .collect(),
    }
}

fn entity(e: &EntityInfo) -> WireEntity<'_> {
    WireEntity {
        id: &e.id,
        kind: &e.kind,
        contested: e.contested,
        variants: e
            .variants
            .iter()
            .map(|v| WireVariant {
                text: &v.text,
                lang: &v.lang,
                conventions: &v.conventions,
                status: v.status,
            })
            .collect(),
    }
}
