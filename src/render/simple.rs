//! Output of the single-purpose commands: `detect`, `segment`, `names`, `align`.
//! Each takes a result computed elsewhere and only lays it out.

use std::io::{self, Write};

use serde::Serialize;

use super::SCHEMA_VERSION;
use crate::model::{Alignment, CheckStatus, Document, NameReport, Span};

/// Text or JSON, for the commands that offer just these (plus TSV for `align`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimpleFormat {
    Text,
    Json,
    Tsv,
}

fn json<T: Serialize>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// A language run inside an article (`detect`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageSpan {
    pub start: usize,
    pub end: usize,
    pub language: String,
}

/// Runs of consecutive sentences that share a language.
pub fn language_spans(doc: &Document) -> Vec<LanguageSpan> {
    let mut spans: Vec<LanguageSpan> = Vec::new();
    for s in &doc.sentences {
        match spans.last_mut() {
            Some(last) if last.language == s.language => last.end = s.span.end,
            _ => spans.push(LanguageSpan {
                start: s.span.start,
                end: s.span.end,
                language: s.language.clone(),
            }),
        }
    }
    spans
}

/// `detect`: one article per entry.
pub fn render_detect(
    docs: &[Document],
    errors: &[crate::model::InputFailure],
    format: SimpleFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Wire<'a> {
        schema_version: u32,
        articles: Vec<WireArticle<'a>>,
        /// Inputs that could not be read (omitted when none, as before).
        #[serde(skip_serializing_if = "<[_]>::is_empty")]
        errors: &'a [crate::model::InputFailure],
    }
    #[derive(Serialize)]
    struct WireArticle<'a> {
        id: &'a str,
        language: &'a str,
        confidence: f64,
        spans: Vec<LanguageSpan>,
    }
    match format {
        SimpleFormat::Json => json(
            &Wire {
                schema_version: SCHEMA_VERSION,
                articles: docs
                    .iter()
                    .map(|d| WireArticle {
                        id: &d.article.id,
                        language: &d.language,
                        confidence: round3(d.language_confidence),
                        spans: language_spans(d),
                    })
                    .collect(),
                errors,
            },
            out,
        ),
        _ => {
            for d in docs {
                let others: Vec<String> = language_spans(d)
                    .into_iter()
                    .filter(|s| s.language != d.language)
                    .map(|s| format!("{}@{}..{}", s.language, s.start, s.end))
                    .collect();
                write!(
                    out,
                    "{}\t{}\t{:.3}",
                    d.article.id, d.language, d.language_confidence
                )?;
                if !others.is_empty() {
                    write!(out, "\talso: {}", others.join(", "))?;
                }
                writeln!(out)?;
            }
            Ok(())
        }
    }
}

/// `detect --lines`: one guess per input line.
pub fn render_detect_lines(
    lines: &[(String, Option<(String, f64)>)],
    format: SimpleFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Wire<'a> {
        schema_version: u32,
        lines: Vec<Line<'a>>,
    }
    #[derive(Serialize)]
    struct Line<'a> {
        index: usize,
        text: &'a str,
        language: Option<&'a str>,
        confidence: f64,
    }
    let items = lines.iter().enumerate().map(|(index, (text, g))| Line {
        index,
        text,
        language: g.as_ref().map(|(l, _)| l.as_str()),
        confidence: g.as_ref().map_or(0.0, |(_, c)| round3(*c)),
    });
    match format {
        SimpleFormat::Json => json(
            &Wire {
                schema_version: SCHEMA_VERSION,
                lines: items.collect(),
            },
            out,
        ),
        _ => {
            for l in items {
                writeln!(
                    out,
                    "{}\t{:.3}\t{}",
                    l.language.unwrap_or("und"),
                    l.confidence,
                    l.text
                )?;
            }
            Ok(())
        }
    }
}

/// `segment`: the sentences of one text, with byte offsets.
pub fn render_segment(
    text: &str,
    spans: &[Span],
    format: SimpleFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Wire<'a> {
        schema_version: u32,
        sentences: Vec<S<'a>>,
    }
    #[derive(Serialize)]
    struct S<'a> {
        index: usize,
        start: usize,
        end: usize,
        text: &'a str,
    }
    let items = spans.iter().enumerate().map(|(index, s)| S {
        index,
        start: s.start,
        end: s.end,
        text: s.slice(text),
    });
    match format {
        SimpleFormat::Json => json(
            &Wire {
                schema_version: SCHEMA_VERSION,
                sentences: items.collect(),
            },
            out,
        ),
        _ => {
            for s in items {
                writeln!(out, "{}", crate::segment::fold_whitespace(s.text))?;
            }
            Ok(())
        }
    }
}

/// `names`: every name with its standing, then the inconsistencies.
pub fn render_names(
    report: &NameReport,
    format: SimpleFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Wire<'a> {
        schema_version: u32,
        mentions: Vec<M<'a>>,
        inconsistencies: &'a [crate::model::Inconsistency],
        profiles: &'a [crate::model::OutletProfile],
        style_findings: Vec<SF<'a>>,
        errors: &'a [crate::model::InputFailure],
    }
    #[derive(Serialize)]
    struct SF<'a> {
        article: &'a str,
        surface: &'a str,
        entity: &'a str,
        expected: &'a str,
        rule: &'a str,
        start: usize,
        end: usize,
    }
    #[derive(Serialize)]
    struct M<'a> {
        article: &'a str,
        surface: &'a str,
        entity: &'a str,
        canonical: &'a str,
        status: CheckStatus,
        conventions: &'a [String],
        scheme: Option<&'a str>,
        suggestion: Option<&'a str>,
        start: usize,
        end: usize,
    }
    match format {
        SimpleFormat::Json => json(
            &Wire {
                schema_version: SCHEMA_VERSION,
                mentions: report
                    .mentions
                    .iter()
                    .map(|m| M {
                        article: &m.article,
                        surface: &m.surface,
                        entity: &m.entity,
                        canonical: &m.canonical,
                        status: m.status,
                        conventions: &m.conventions,
                        scheme: m.scheme.as_deref(),
                        suggestion: m.suggestion.as_deref(),
                        start: m.span.start,
                        end: m.span.end,
                    })
                    .collect(),
                inconsistencies: &report.inconsistencies,
                profiles: &report.profiles,
                style_findings: report
                    .style_findings
                    .iter()
                    .map(|f| SF {
                        article: &f.article,
                        surface: &f.surface,
                        entity: &f.entity,
                        expected: &f.expected,
                        rule: &f.rule,
                        start: f.span.start,
                        end: f.span.end,
                    })
                    .collect(),
                errors: &report.errors,
            },
            out,
        ),
        _ => {
            let mut article = "";
            for m in &report.mentions {
                if m.article != article {
                    article = &m.article;
                    writeln!(out, "{article}")?;
                }
                let status = match m.status {
                    CheckStatus::Standard => "standard",
                    CheckStatus::Variant => "variant",
                    CheckStatus::Nonstandard => "NONSTANDARD",
                    CheckStatus::Unknown => "unknown",
                };
                write!(
                    out,
                    "  {:>6}  {:<12} {} → {} [{}]",
                    m.span.start,
                    status,
                    m.surface,
                    m.entity,
                    m.conventions.join(", ")
                )?;
                if let Some(s) = &m.scheme {
                    write!(out, " ({s})")?;
                }
                if let Some(s) = &m.suggestion {
                    write!(out, "; write “{s}”")?;
                }
                writeln!(out)?;
            }
            if !report.inconsistencies.is_empty() {
                writeln!(out, "\ninconsistent naming:")?;
                for i in &report.inconsistencies {
                    writeln!(
                        out,
                        "  {}: {} named {}",
                        i.article,
                        i.entity,
                        i.surfaces.join(" / ")
                    )?;
                }
            }
            if !report.style_findings.is_empty() {
                writeln!(out, "\nhouse style:")?;
                for f in &report.style_findings {
                    writeln!(
                        out,
                        "  {}:{}: {} → write “{}” ({})",
                        f.article, f.span.start, f.surface, f.expected, f.rule
                    )?;
                }
            }
            let profiled: Vec<_> = report
                .profiles
                .iter()
                .filter(|p| !p.conventions.is_empty())
                .collect();
            if !profiled.is_empty() {
                writeln!(
                    out,
                    "\nnaming profile (contested names, mentions per convention):"
                )?;
                for p in profiled {
                    let all: Vec<String> = p
                        .conventions
                        .iter()
                        .map(|c| format!("{} {}", c.convention, c.mentions))
                        .collect();
                    writeln!(
                        out,
                        "  {} ({} article{}): {}",
                        p.outlet,
                        p.articles,
                        if p.articles == 1 { "" } else { "s" },
                        all.join(", ")
                    )?;
                    for e in &p.entities {
                        let c: Vec<String> = e
                            .conventions
                            .iter()
                            .map(|c| format!("{} {}", c.convention, c.mentions))
                            .collect();
                        writeln!(out, "    {}: {}", e.entity, c.join(", "))?;
                    }
                }
            }
            Ok(())
        }
    }
}

/// `align`: the pairs of two documents.
pub fn render_alignment(
    a: &Document,
    b: &Document,
    alignment: &Alignment,
    format: SimpleFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    let text = |d: &Document, idx: &[usize]| {
        idx.iter()
            .filter_map(|&i| d.sentences.get(i))
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let nums = |idx: &[usize]| {
        idx.iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(",")
    };
    match format {
        SimpleFormat::Json => {
            #[derive(Serialize)]
            struct Wire<'a> {
                schema_version: u32,
                left: &'a str,
                right: &'a str,
                pairs: Vec<P<'a>>,
                only_left: &'a [usize],
                only_right: &'a [usize],
            }
            #[derive(Serialize)]
            struct P<'a> {
                left: &'a [usize],
                right: &'a [usize],
                score: f64,
                anchors: &'a crate::model::Evidence,
                left_text: String,
                right_text: String,
            }
            json(
                &Wire {
                    schema_version: SCHEMA_VERSION,
                    left: &a.article.id,
                    right: &b.article.id,
                    pairs: alignment
                        .pairs
                        .iter()
                        .map(|p| P {
                            left: &p.left,
                            right: &p.right,
                            score: p.score,
                            anchors: &p.evidence,
                            left_text: text(a, &p.left),
                            right_text: text(b, &p.right),
                        })
                        .collect(),
                    only_left: &alignment.only_left,
                    only_right: &alignment.only_right,
                },
                out,
            )
        }
        SimpleFormat::Tsv => {
            for p in &alignment.pairs {
                writeln!(
                    out,
                    "{}\t{}\t{:.3}\t{}\t{}",
                    nums(&p.left),
                    nums(&p.right),
                    p.score,
                    tsv_cell(&text(a, &p.left)),
                    tsv_cell(&text(b, &p.right))
                )?;
            }
            Ok(())
        }
        SimpleFormat::Text => {
            for p in &alignment.pairs {
                writeln!(
                    out,
                    "[{}] ↔ [{}]  score {:.3}",
                    nums(&p.left),
                    nums(&p.right),
                    p.score
                )?;
                writeln!(out, "  < {}", text(a, &p.left))?;
                writeln!(out, "  > {}", text(b, &p.right))?;
            }
            writeln!(
                out,
                "only in {}: {}",
                a.article.id,
                nums(&alignment.only_left)
            )?;
            writeln!(
                out,
                "only in {}: {}",
                b.article.id,
                nums(&alignment.only_right)
            )
        }
    }
}

fn tsv_cell(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// `detect --format jsonl`: one compact line for one article.
pub fn render_detect_line(doc: &Document, out: &mut dyn Write) -> io::Result<()> {
    #[derive(Serialize)]
    struct Line<'a> {
        id: &'a str,
        source: &'a str,
        language: &'a str,
        confidence: f64,
        spans: Vec<LanguageSpan>,
    }
    serde_json::to_writer(
        &mut *out,
        &Line {
            id: &doc.article.id,
            source: &doc.article.source,
            language: &doc.language,
            confidence: round3(doc.language_confidence),
            spans: language_spans(doc),
        },
    )?;
    writeln!(out)
}

/// `names --format jsonl`: one compact line for one article's names.
pub fn render_names_line(
    article: &str,
    mentions: &[crate::model::CheckedName],
    inconsistencies: &[crate::model::Inconsistency],
    out: &mut dyn Write,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Line<'a> {
        article: &'a str,
        mentions: &'a [crate::model::CheckedName],
        inconsistencies: &'a [crate::model::Inconsistency],
    }
    serde_json::to_writer(
        &mut *out,
        &Line {
            article,
            mentions,
            inconsistencies,
        },
    )?;
    writeln!(out)
}

/// `--format jsonl`: the line for an input that failed.
pub fn render_error_line(
    failure: &crate::model::InputFailure,
    out: &mut dyn Write,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Line<'a> {
        error: &'a crate::model::InputFailure,
    }
    serde_json::to_writer(&mut *out, &Line { error: failure })?;
    writeln!(out)
}
