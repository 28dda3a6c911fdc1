//! `compare --format markdown`: GitHub-flavoured Markdown for newsroom documents and issues.
//!
//! Every piece of article or glossary text goes through [`esc`]: Markdown-active characters are
//! backslash-escaped, `< > &` become entities (no raw HTML can be injected), and line breaks become
//! spaces, so article text can neither break a table nor start a heading, a link or an HTML block.

use std::io::{self, Write};

use super::{
    Piece, Side, anchor_items, entity_index, id_of, label_of, labels, mention_count,
    name_difference_text, name_differs, number_difference_text, side_text, side_view, summary,
};
use crate::model::{Alignment, Comparison, DiffTag, Document, PairDiff};

/// Escape text for Markdown (inline and table cells).
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '#' | '~' | '!' | '{' | '}' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c if c.is_whitespace() => out.push(' '),
            c if c.is_control() || super::is_bidi_override(c) => {}
            c => out.push(c),
        }
    }
    out
}

pub(super) fn render(
    cmp: &Comparison,
    filter: &super::PairFilter,
    out: &mut dyn Write,
) -> io::Result<()> {
    let labels = labels(cmp);
    let sum = summary(cmp);
    writeln!(out, "# parallax: {} compared", sum.parts()[0])?;
    writeln!(out)?;
    let parts: Vec<String> = sum.parts().iter().map(|p| esc(p)).collect();
    writeln!(out, "**{}** · {}", parts[0], parts[1..].join(" · "))?;
    writeln!(out)?;

    // articles
    if !cmp.documents.is_empty() {
        writeln!(out, "## Articles")?;
        writeln!(out)?;
        writeln!(
            out,
            "| ID | Outlet | Date | Language | Title | Sentences | Names |"
        )?;
        writeln!(out, "| --- | --- | --- | --- | --- | ---: | ---: |")?;
        for (i, d) in cmp.documents.iter().enumerate() {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                esc(&d.article.id),
                esc(label_of(&labels, i)),
                esc(d.article.date.as_deref().unwrap_or("—")),
                esc(&d.language),
                esc(d.article.title.as_deref().unwrap_or("")),
                d.sentences.len(),
                mention_count(d),
            )?;
        }
        writeln!(out)?;
    }
    if let Some(note) = super::partners_note(cmp) {
        writeln!(out, "*{}*", esc(&note))?;
        writeln!(out)?;
    }
    if let Some(note) = super::off_topic_note(cmp, &labels) {
        writeln!(out, "**{}**", esc(&note))?;
        writeln!(out)?;
    }
    if let Some(note) = super::copies_note(cmp, &labels) {
        writeln!(out, "{}", esc(&note))?;
        writeln!(out)?;
    }

    if !cmp.errors.is_empty() {
        writeln!(out, "## Failed inputs")?;
        writeln!(out)?;
        for e in &cmp.errors {
            writeln!(out, "- **{}**: {}", esc(&e.source), esc(&e.message))?;
        }
        writeln!(out)?;
    }

    naming(cmp, &labels, out)?;
    cue_rates(cmp, &labels, out)?;
    if cmp.documents.len() > 2 {
        facts(cmp, &labels, out)?;
        only_in_one_outlet(cmp, &labels, out)?;
    }
    let (shown, hidden) = super::shown_alignments(cmp, filter, Some(super::AUTO_MAX_PAIRS));
    for (_, a) in shown {
        pair_section(cmp, &labels, a, out)?;
    }
    if hidden > 0 {
        writeln!(out, "*{}*", esc(&super::hidden_pairs_note(hidden, filter)))?;
        writeln!(out)?;
    }
    Ok(())
}

/// Every fact two or more outlets tell, one table each: outlet, sentences, text; then its
/// differences and the outlets that leave it out (three articles or more; see the text report).
fn facts(cmp: &Comparison, labels: &[String], out: &mut dyn Write) -> io::Result<()> {
    if cmp.facts.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "## Facts told by two or more outlets ({})",
        cmp.facts.len()
    )?;
    writeln!(out)?;
    let n = cmp.documents.len();
    for view in super::fact_views(cmp, labels) {
        let f = view.fact;
        let mut head = format!("### Fact {} · {} of {n} outlets", f.id, f.members.len());
        if let Some(link) = super::fact_link_text(f) {
            head.push_str(&format!(" · {}", esc(&link)));
        }
        writeln!(out, "{head}")?;
        writeln!(out)?;
        writeln!(out, "| Outlet | Sentences | Text |")?;
        writeln!(out, "| --- | ---: | --- |")?;
        let row = |out: &mut dyn Write, m: &crate::model::FactMember, also: Option<String>| {
            let doc = cmp.documents.get(m.document);
            let mut outlet = esc(label_of(labels, m.document));
            if let Some(also) = also {
                outlet.push_str(&format!(" ({})", esc(&also)));
            }
            writeln!(
                out,
                "| {outlet} | {} | {} |",
                super::index_list(&m.sentences, ", "),
                esc(&side_text(doc, &m.sentences)),
            )
        };
        match super::fact_wordings(cmp, f) {
            Some(all) => {
                // each wording once, with the outlets that share it word for word
                for w in all.iter().take(WORDINGS_SHOWN) {
                    let also = super::same_words_note(w, labels, SAME_WORDS_NAMED);
                    row(out, w.members[0], also)?;
                }
                writeln!(out)?;
                if let Some(note) = super::more_wordings_note(&all, WORDINGS_SHOWN) {
                    writeln!(
                        out,
                        "{} (`--format csv --table facts` lists every outlet's sentences)",
                        esc(&note)
                    )?;
                    writeln!(out)?;
                }
            }
            None => {
                for m in &f.members {
                    row(out, m, None)?;
                }
                writeln!(out)?;
            }
        }
        for (what, items) in [
            ("Numbers differ", &view.numbers),
            ("Names differ", &view.names),
            ("Framing", &view.framing),
        ] {
            if !items.is_empty() {
                let list: Vec<String> = items.iter().map(|t| esc(t)).collect();
                writeln!(out, "- **{what}:** {}", list.join("; "))?;
            }
        }
        if view.missing.len() > MISSING_NAMED {
            writeln!(
                out,
                "- **Not told by:** {} outlets: {} (`--format csv --table coverage` names them)",
                view.missing.len(),
                esc(&super::per_language(cmp, &view.missing))
            )?;
        } else if !view.missing.is_empty() {
            let who: Vec<String> = view
                .missing
                .iter()
                .map(|&d| esc(label_of(labels, d)))
                .collect();
            writeln!(out, "- **Not told by:** {}", who.join(", "))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// A fact's "Not told by" names at most this many outlets; past that it counts them per
/// language.
const MISSING_NAMED: usize = 40;
/// A fact told by many outlets shows at most this many wordings (see `render::wordings`).
const WORDINGS_SHOWN: usize = 40;
/// Outlets named beside a wording that others share word for word.
const SAME_WORDS_NAMED: usize = 3;

/// The sentences of each outlet that no fact holds.
fn only_in_one_outlet(cmp: &Comparison, labels: &[String], out: &mut dyn Write) -> io::Result<()> {
    if cmp.facts.is_empty() {
        return Ok(());
    }
    let outside = super::outside_facts(cmp);
    if outside.iter().all(Vec::is_empty) {
        return Ok(());
    }
    writeln!(out, "## Told by one outlet only")?;
    writeln!(out)?;
    for (d, idx) in outside.iter().enumerate() {
        only_list(label_of(labels, d), cmp.documents.get(d), idx, out)?;
    }
    Ok(())
}

fn naming(cmp: &Comparison, labels: &[String], out: &mut dyn Write) -> io::Result<()> {
    if cmp.naming.is_empty() || cmp.documents.is_empty() {
        return Ok(());
    }
    let entities = entity_index(cmp);
    writeln!(out, "## Names by outlet")?;
    writeln!(out)?;
    if cmp.documents.len() > super::OUTLET_COLUMNS_MAX {
        // a column an outlet no longer reads: each name with the outlets that use it
        writeln!(out, "| Entity | Name | Times | Conventions | Outlets |")?;
        writeln!(out, "| --- | --- | ---: | --- | --- |")?;
        for row in &cmp.naming {
            let info = entities.get(row.entity.as_str()).copied();
            for u in super::names_by_variant(row, info) {
                let outlets: Vec<String> = u
                    .documents
                    .iter()
                    .map(|&d| esc(label_of(labels, d)))
                    .collect();
                writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    esc(&row.entity),
                    esc(u.variant),
                    u.times,
                    esc(&u.conventions.join(", ")),
                    outlets.join(", ")
                )?;
            }
        }
        return writeln!(out);
    }
    write!(out, "| Entity |")?;
    for l in labels {
        write!(out, " {} |", esc(l))?;
    }
    writeln!(out)?;
    write!(out, "| --- |")?;
    for _ in labels {
        write!(out, " --- |")?;
    }
    writeln!(out)?;
    for row in &cmp.naming {
        let contested = entities
            .get(row.entity.as_str())
            .is_some_and(|e| e.contested);
        write!(
            out,
            "| {}{} |",
            esc(&row.entity),
            if contested { " (contested)" } else { "" }
        )?;
        for d in 0..cmp.documents.len() {
            let cell = row.cells.iter().find(|c| c.document == d);
            match cell {
                Some(c) if !c.variants.is_empty() => {
                    let vs: Vec<String> = c
                        .variants
                        .iter()
                        .map(|v| format!("{} ×{}", esc(&v.variant), v.count))
                        .collect();
                    write!(out, " {}", vs.join("<br>"))?;
                    if !c.conventions.is_empty() {
                        write!(out, " ({})", esc(&c.conventions.join(", ")))?;
                    }
                    write!(out, " |")?;
                }
                _ => write!(out, " — |")?,
            }
        }
        writeln!(out)?;
    }
    writeln!(out)
}

fn cue_rates(cmp: &Comparison, labels: &[String], out: &mut dyn Write) -> io::Result<()> {
    let cats = super::cue_categories(cmp);
    if cats.is_empty() {
        return Ok(());
    }
    let (by_language, rows) = super::cue_rows(cmp, labels, &cats);
    if by_language {
        writeln!(out, "## Framing cues per 1,000 words, per language")?;
        writeln!(out)?;
        writeln!(
            out,
            "{} outlets are too many for a row each: each language's articles together (JSON has every outlet's).",
            cmp.documents.len()
        )?;
        writeln!(out)?;
        write!(out, "| Language (articles) |")?;
    } else {
        writeln!(out, "## Framing cues per 1,000 words")?;
        writeln!(out)?;
        write!(out, "| Outlet |")?;
    }
    for c in &cats {
        write!(out, " {} |", esc(c))?;
    }
    writeln!(out)?;
    write!(out, "| --- |")?;
    for _ in &cats {
        write!(out, " ---: |")?;
    }
    writeln!(out)?;
    for row in &rows {
        write!(out, "| {} |", esc(&row.label))?;
        for &(rate, count) in &row.cells {
            if count > 0 {
                write!(out, " {rate:.1} ({count}) |")?;
            } else {
                write!(out, " — |")?;
            }
        }
        writeln!(out)?;
    }
    writeln!(out)?;
    writeln!(out, "Each cell: rate per 1,000 words (count).")?;
    writeln!(out)
}

/// One side of a pair as Markdown: `~~deleted~~`, `**inserted**`, differing names in bold.
fn side_cell(pieces: &[Piece], diff: &PairDiff, idx: &[usize]) -> String {
    let mut s = format!("\\[{}\\] ", super::index_list(idx, ","));
    let mut i = 0;
    while i < pieces.len() {
        let p = &pieces[i];
        match p.tag {
            DiffTag::Equal => {
                let t = esc(&p.text);
                if p.name.is_some_and(|m| name_differs(diff, &m.entity)) && !t.trim().is_empty() {
                    s.push_str(&format!("**{t}**"));
                } else {
                    s.push_str(&t);
                }
                i += 1;
            }
            tag => {
                let mut run = String::new();
                while i < pieces.len() && pieces[i].tag == tag {
                    run.push_str(&pieces[i].text);
                    i += 1;
                }
                let mark = if tag == DiffTag::Delete { "~~" } else { "**" };
                let t = esc(run.trim());
                if !t.is_empty() {
                    s.push_str(&format!("{mark}{t}{mark}"));
                }
            }
        }
    }
    s.trim_end().to_string()
}

fn pair_section(
    cmp: &Comparison,
    labels: &[String],
    a: &Alignment,
    out: &mut dyn Write,
) -> io::Result<()> {
    let (ln, rn) = (label_of(labels, a.left), label_of(labels, a.right));
    let (ld, rd) = (cmp.documents.get(a.left), cmp.documents.get(a.right));
    writeln!(out, "## {} ↔ {}", esc(ln), esc(rn))?;
    writeln!(out)?;
    writeln!(
        out,
        "{} (articles {} and {})",
        esc(&super::pair_counts(cmp, a, ln, rn)),
        esc(id_of(cmp, a.left)),
        esc(id_of(cmp, a.right)),
    )?;
    writeln!(out)?;
    if !a.pairs.is_empty() {
        writeln!(
            out,
            "| # | {} ({}) | {} ({}) | Score | Anchors and differences |",
            esc(ln),
            esc(ld.map_or("", |d| &d.language)),
            esc(rn),
            esc(rd.map_or("", |d| &d.language)),
        )?;
        writeln!(out, "| ---: | --- | --- | ---: | --- |")?;
        for (k, p) in a.pairs.iter().enumerate() {
            let l = side_cell(
                &side_view(ld, &p.left, &p.diff, Side::Left),
                &p.diff,
                &p.left,
            );
            let r = side_cell(
                &side_view(rd, &p.right, &p.diff, Side::Right),
                &p.diff,
                &p.right,
            );
            let mut notes: Vec<String> = Vec::new();
            let anchors = anchor_items(&p.evidence);
            if !anchors.is_empty() {
                notes.push(esc(&anchors.join(", ")));
            }
            for n in &p.diff.names {
                notes.push(format!("names: **{}**", esc(&name_difference_text(n))));
            }
            for n in &p.diff.numbers {
                notes.push(format!(
                    "numbers differ: **{}**",
                    esc(&number_difference_text(n))
                ));
            }
            for c in &p.diff.cues {
                let mut t = format!("framing: *{}*", esc(&super::pair_cue_text(c)));
                if !c.explanation.is_empty() {
                    t.push_str(&format!(" ({})", esc(&c.explanation)));
                }
                notes.push(t);
            }
            writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                k + 1,
                l,
                r,
                if p.secondary {
                    format!("{} {}", super::score_text(p.score), super::SECONDARY_NOTE)
                } else {
                    super::score_text(p.score)
                },
                notes.join("<br>")
            )?;
        }
        writeln!(out)?;
    }
    only_list(ln, ld, &a.only_left, out)?;
    only_list(rn, rd, &a.only_right, out)?;
    Ok(())
}

fn only_list(
    name: &str,
    doc: Option<&Document>,
    idx: &[usize],
    out: &mut dyn Write,
) -> io::Result<()> {
    if idx.is_empty() {
        return Ok(());
    }
    writeln!(out, "**Only in {}** ({}):", esc(name), idx.len())?;
    writeln!(out)?;
    for &i in idx {
        writeln!(out, "- \\[{i}\\] {}", esc(&side_text(doc, &[i])))?;
    }
    writeln!(out)
}
