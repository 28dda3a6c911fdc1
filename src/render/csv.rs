//! `compare --format csv --table pairs|names|coverage`, written with the `csv` crate (RFC 4180
//! quoting).
//!
//! Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@` (or a tab or
//! carriage return) as a formula. Every cell holding article or glossary text goes through
//! [`text_cell`], which puts an apostrophe in front of such a cell (the OWASP advice); cells we
//! compute ourselves (counts, scores, index lists) are left as they are.

use std::io::{self, Write};

use ::csv::{Terminator, WriterBuilder};

use super::{
    CsvTable, aligned_count, id_of, index_list, label_of, labels, name_difference_text,
    number_difference_text, side_text,
};
use crate::model::Comparison;

pub(super) fn render(
    cmp: &Comparison,
    table: CsvTable,
    filter: &super::PairFilter,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut w = WriterBuilder::new()
        .terminator(Terminator::Any(b'\n'))
        .from_writer(out);
    match table {
        CsvTable::Pairs => pairs(cmp, filter, &mut w)?,
        CsvTable::Names => names(cmp, &mut w)?,
        CsvTable::Coverage => coverage(cmp, &mut w)?,
        CsvTable::Facts => facts(cmp, &mut w)?,
    }
    w.flush()
}

/// A text cell, defused against formula injection, without control characters (line breaks
/// and tabs aside) or bidi overrides, as in the other formats.
fn text_cell(s: &str) -> String {
    let s: String = s
        .chars()
        .filter(|&c| !((c.is_control() && c != '\n' && c != '\t') || super::is_bidi_override(c)))
        .collect();
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s,
    }
}

type Csv<'a> = ::csv::Writer<&'a mut dyn Write>;

fn pairs(cmp: &Comparison, filter: &super::PairFilter, w: &mut Csv) -> io::Result<()> {
    w.write_record([
        "left_article",
        "right_article",
        "left_sentences",
        "right_sentences",
        "score",
        "left_text",
        "right_text",
        "entities",
        "dates",
        "numbers",
        "name_differences",
        "number_conflicts",
    ])?;
    for (_, a) in super::shown_alignments(cmp, filter, None).0 {
        let (ld, rd) = (cmp.documents.get(a.left), cmp.documents.get(a.right));
        for p in &a.pairs {
            let ev = &p.evidence;
            w.write_record([
                text_cell(id_of(cmp, a.left)),
                text_cell(id_of(cmp, a.right)),
                index_list(&p.left, ";"),
                index_list(&p.right, ";"),
                format!("{:.3}", super::round3(p.score)),
                text_cell(&side_text(ld, &p.left)),
                text_cell(&side_text(rd, &p.right)),
                text_cell(&ev.entities.join("; ")),
                text_cell(&ev.dates.join("; ")),
                text_cell(&ev.numbers.join("; ")),
                text_cell(
                    &p.diff
                        .names
                        .iter()
                        .map(name_difference_text)
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                text_cell(
                    &p.diff
                        .numbers
                        .iter()
                        .map(number_difference_text)
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            ])?;
        }
    }
    Ok(())
}

fn names(cmp: &Comparison, w: &mut Csv) -> io::Result<()> {
    let labels = labels(cmp);
    let entities = super::entity_index(cmp);
    w.write_record([
        "entity",
        "outlet",
        "article",
        "variant",
        "count",
        "conventions",
    ])?;
    for row in &cmp.naming {
        for cell in &row.cells {
            for v in &cell.variants {
                // the variant's own conventions from the glossary, else the cell's
                let conventions = entities
                    .get(row.entity.as_str())
                    .and_then(|e| e.variants.iter().find(|vi| vi.text == v.variant))
                    .map_or(&cell.conventions, |vi| &vi.conventions);
                w.write_record([
                    text_cell(&row.entity),
                    text_cell(label_of(&labels, cell.document)),
                    text_cell(id_of(cmp, cell.document)),
                    text_cell(&v.variant),
                    v.count.to_string(),
                    text_cell(&conventions.join(";")),
                ])?;
            }
        }
    }
    Ok(())
}

/// With facts: one row per fact, one column per article (the sentence indices that report it,
/// space-separated; empty when the article does not). Without facts: one row per article pair.
fn coverage(cmp: &Comparison, w: &mut Csv) -> io::Result<()> {
    if !cmp.facts.is_empty() {
        return fact_coverage(cmp, w);
    }
    w.write_record([
        "left_article",
        "right_article",
        "left_sentences",
        "right_sentences",
        "aligned_left",
        "aligned_right",
        "only_left",
        "only_right",
    ])?;
    for a in &cmp.alignments {
        let n = |i: usize| cmp.documents.get(i).map_or(0, |d| d.sentences.len());
        w.write_record([
            text_cell(id_of(cmp, a.left)),
            text_cell(id_of(cmp, a.right)),
            n(a.left).to_string(),
            n(a.right).to_string(),
            aligned_count(a, true).to_string(),
            aligned_count(a, false).to_string(),
            a.only_left.len().to_string(),
            a.only_right.len().to_string(),
        ])?;
    }
    Ok(())
}

fn fact_coverage(cmp: &Comparison, w: &mut Csv) -> io::Result<()> {
    let mut head = vec![
        "fact".to_string(),
        "anchors".to_string(),
        "outlets".to_string(),
    ];
    head.extend((0..cmp.documents.len()).map(|d| text_cell(id_of(cmp, d))));
    // last, so that the columns before keep the places they had before it
    head.push("linked_by".to_string());
    w.write_record(&head)?;
    for f in &cmp.facts {
        let mut row = vec![
            f.id.to_string(),
            text_cell(&f.anchors.join("; ")),
            f.members.len().to_string(),
        ];
        row.extend((0..cmp.documents.len()).map(|d| {
            f.members
                .iter()
                .find(|m| m.document == d)
                .map_or_else(String::new, |m| index_list(&m.sentences, " "))
        }));
        row.push(text_cell(&f.linked_by.join("; ")));
        w.write_record(&row)?;
    }
    Ok(())
}

/// The facts in long form, for a spreadsheet: one row per fact and outlet that tells it, with
/// the sentences' text, and the fact's differences on each of its rows (every outlet of the
/// fact shares them).
fn facts(cmp: &Comparison, w: &mut Csv) -> io::Result<()> {
    w.write_record([
        "fact",
        "anchors",
        "outlets",
        "article",
        "outlet",
        "language",
        "sentences",
        "text",
        "number_conflicts",
        "name_differences",
        "framing",
        // last, so that the columns before keep the places they had before it
        "linked_by",
    ])?;
    let labels = super::labels(cmp);
    for view in super::fact_views(cmp, &labels) {
        let f = view.fact;
        for m in &f.members {
            let doc = cmp.documents.get(m.document);
            let own = view.of_document.get(&m.document);
            w.write_record([
                f.id.to_string(),
                text_cell(&f.anchors.join("; ")),
                f.members.len().to_string(),
                text_cell(id_of(cmp, m.document)),
                text_cell(super::label_of(&labels, m.document)),
                text_cell(super::side_lang(doc, &m.sentences)),
                index_list(&m.sentences, ";"),
                text_cell(&side_text(doc, &m.sentences)),
                // what this outlet's sentences take part in, not the whole fact's
                text_cell(&own.map(|o| o.numbers.join("; ")).unwrap_or_default()),
                text_cell(&own.map(|o| o.names.join("; ")).unwrap_or_default()),
                text_cell(&own.map(|o| o.framing.join("; ")).unwrap_or_default()),
                text_cell(&f.linked_by.join("; ")),
            ])?;
        }
    }
    Ok(())
}
