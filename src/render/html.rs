//! `compare --format html`: one self-contained report (inline CSS and SVG, a few lines of inline
//! JavaScript for filtering; nothing is fetched, and it reads fine without JavaScript).
//!
//! ESCAPING: the page is built as a string, and every piece of text that comes from an article, a
//! glossary or the command line (ids, outlets, titles, sentences, names, conventions, languages,
//! error messages) goes through the one helper [`esc`], which escapes `& < > " '`; that makes it
//! safe both as element content and inside double-quoted attribute values. Nothing from the input
//! is ever placed in a tag name, an attribute name, a URL, CSS or the script; class names and ids
//! are made from indices. A Content-Security-Policy meta tag forbids every network fetch and
//! any script but the page's own (by its hash).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use super::{
    Piece, Side, Wording, aligned_count, all_conventions, anchor_items, entity_index, label_of,
    labels, marked_view, mention_count, name_difference_text, name_differs, number_difference_text,
    side_lang, side_text, summary,
};
use crate::model::{AlignedPair, Alignment, Comparison, DiffTag, Document, EntityInfo};

/// The one escape helper: text content and double- or single-quoted attribute values.
///
/// It also writes the `/` of `://` as `&#47;`: a URL quoted in an article then shows as text
/// exactly as before, but the page's bytes hold no `http://` or `https://` at all, so no tool
/// (link detector, auditor's grep) can take it for something the page fetches.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    let mut after_colon = 0; // slashes still to escape after a `:`
    while let Some(c) = chars.next() {
        if c == ':' && s_starts_with_two_slashes(chars.clone()) {
            out.push(':');
            after_colon = 2;
            continue;
        }
        if c == '/' && after_colon > 0 {
            out.push_str("&#47;");
            after_colon -= 1;
            continue;
        }
        after_colon = 0;
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // as the other formats: no control characters, no bidi overrides (an outlet's
            // U+202E would reverse the tab title)
            c if (c.is_control() && !c.is_whitespace()) || super::is_bidi_override(c) => {}
            c => out.push(c),
        }
    }
    out
}

fn s_starts_with_two_slashes(mut rest: impl Iterator<Item = char>) -> bool {
    rest.next() == Some('/') && rest.next() == Some('/')
}

/// Number of colours for naming conventions; more conventions reuse them.
const PALETTE: usize = 10;

const CSS: &str = r#"
:root{--ink:#1f2933;--muted:#66758a;--line:#d9dee5;--bg:#fff;--soft:#f5f7fa;--accent:#1d4ed8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Armenian","Noto Naskh Arabic",sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1440px;margin:0 auto;padding:0 24px 48px}
header{background:#0f172a;color:#f8fafc;padding:20px 24px 14px}
header h1{margin:0 0 4px;font-size:22px;letter-spacing:.02em}
header h1 span{font-weight:400;color:#94a3b8}
header .sum{margin:0 0 10px;color:#cbd5e1}
header nav a{color:#93c5fd;text-decoration:none;margin-right:14px;white-space:nowrap;font-size:14px}
header nav a:hover{text-decoration:underline}
h2{font-size:19px;margin:34px 0 6px;padding-bottom:4px;border-bottom:2px solid var(--ink)}
h2 .arrow{color:var(--muted);font-weight:400;margin:0 .3em}
p.meta{color:var(--muted);margin:0 0 10px;font-size:14px}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600;font-size:13px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.lang{display:inline-block;font:600 11px/1.6 ui-monospace,monospace;background:#e2e8f0;color:#334155;border-radius:3px;padding:0 5px;margin-left:4px;vertical-align:1px}
.muted{color:var(--muted)}
td.date,table.articles td:first-child+td{white-space:nowrap}
.errors{border-left:4px solid #b91c1c;background:#fef2f2;padding:8px 14px;margin:16px 0}
.errors h2{border:0;margin:0 0 4px;color:#b91c1c;font-size:16px}
.legend{margin:8px 0 0;font-size:13px;color:#cbd5e1}
.chip,.nm{border:1px solid var(--c,#475569);background:color-mix(in srgb,var(--c,#475569) 12%,white);color:inherit;border-radius:4px;padding:0 3px}
.chip{display:inline-block;font-size:12px;margin:1px 2px;white-space:nowrap}
.legend .chip{color:#0f172a}
.nm{color:inherit}.nm.nd{border-width:2px;font-weight:600}
.cv0{--c:#b45309}.cv1{--c:#1d4ed8}.cv2{--c:#b91c1c}.cv3{--c:#047857}.cv4{--c:#7c3aed}
.cv5{--c:#0e7490}.cv6{--c:#be185d}.cv7{--c:#4d7c0f}.cv8{--c:#9a3412}.cv9{--c:#475569}
del{background:#fde2e2;color:#8a1c1c;text-decoration:line-through;text-decoration-color:#c53030}
ins{background:#dcf5e3;color:#14532d;text-decoration:none;border-bottom:1px solid #2f855a}
table.pairs{table-layout:fixed}
table.pairs col.n{width:2.6em}table.pairs col.ev{width:21%}
table.pairs td.n{color:var(--muted);font-variant-numeric:tabular-nums}
table.pairs tr.diff td.n{border-left:3px solid #d97706}
.ix{color:var(--muted);font:12px ui-monospace,monospace;margin-right:4px}
td.ev{font-size:13px}
.score{display:flex;align-items:center;gap:6px}
.score .track{flex:1;height:6px;background:#e2e8f0;border-radius:3px;overflow:hidden;max-width:90px}
.score .bar{display:block;height:100%;background:var(--accent)}
.anchors{margin-top:3px}
.a{display:inline-block;background:var(--soft);border:1px solid var(--line);border-radius:3px;padding:0 4px;margin:1px 2px 1px 0;font-size:12px}
.a.date{background:#eef2ff}.a.numv{background:#ecfeff}.a.weak{border-style:dashed}
.namediff{margin-top:4px;color:#92400e}
.conflict{margin-top:4px;color:#b91c1c;font-weight:600}
.cue{margin-top:4px;color:#5b21b6}
.cue .cat{display:inline-block;font-size:11px;font-weight:600;background:#ede9fe;border-radius:3px;padding:0 4px;margin-right:3px}
.cue small{display:block;color:var(--muted)}
.only{display:grid;grid-template-columns:1fr 1fr;gap:18px;margin-top:12px}
.only details{background:var(--soft);border-radius:6px;padding:6px 12px}
.only summary{font-weight:600;cursor:pointer}
.only ol{margin:6px 0;padding-left:2.6em}
.only li::marker{color:var(--muted);font-size:12px}
table.naming td{font-size:14px;padding:4px 6px}
table.naming .chip{white-space:normal}
table.naming th.ent{white-space:nowrap}
table.naming .kind{color:var(--muted);font-weight:400;font-size:12px}
.badge{display:inline-block;font-size:11px;background:#fee2e2;color:#991b1b;border-radius:3px;padding:0 4px;margin-left:4px;font-weight:600}
svg.heat text{font:12px system-ui,sans-serif;fill:#1f2933}
svg.heat text.in{font-size:11px;text-anchor:middle}
.filter{margin:14px 0 0;display:flex;gap:16px;align-items:center;font-size:14px}
.filter input[type=search]{padding:4px 8px;border:1px solid var(--line);border-radius:4px;min-width:260px}
.scroll{overflow-x:auto}
footer{color:var(--muted);font-size:12px;margin-top:40px}
table.facts{table-layout:auto}
table.facts th.fact,table.facts td.fact{position:sticky;left:0;background:#fff;z-index:1;min-width:190px;max-width:230px;border-right:1px solid var(--line)}
table.facts thead th.fact{background:var(--soft)}
table.facts td.s{min-width:230px;max-width:420px;font-size:14px}
table.facts td.none{background:#fafbfc;color:#c0c8d2;text-align:center;vertical-align:middle}
table.facts td.members{min-width:480px}
table.naming td.variants .v{padding:2px 0}
.members .m{display:grid;grid-template-columns:minmax(120px,220px) 1fr;gap:10px;padding:5px 0;border-bottom:1px solid var(--line);font-size:14px}
.members .m:last-child{border-bottom:0}
.members .o{font-weight:600}
.members .o .muted{font-weight:400}
.members .missing{color:#6b7785;font-size:13px;padding-top:5px}
table.facts tr.diff td.fact{border-left:3px solid #d97706}
.fid{font:600 13px ui-monospace,monospace;color:var(--accent)}
.flags{margin-top:4px}
.flag{display:inline-block;font-size:11px;font-weight:600;border-radius:3px;padding:0 4px;margin:1px 2px 1px 0}
.flag.names{background:#fef3c7;color:#92400e}.flag.nums{background:#fee2e2;color:#991b1b}.flag.frame{background:#ede9fe;color:#5b21b6}
.flag.offtopic{background:#fee2e2;color:#991b1b}
.cu{text-decoration:underline dotted #7c3aed 2px;text-underline-offset:3px}
sup.cb{font-size:10px;font-weight:600;color:#5b21b6;background:#ede9fe;border-radius:3px;padding:0 3px;margin-left:1px;vertical-align:super;line-height:1}
mark.nx{background:#fee2e2;color:#991b1b;font-weight:600;border-radius:3px;padding:0 2px;outline:1px solid #f87171}
.tr{margin-top:4px;padding-left:8px;border-left:2px solid #cbd5e1;color:#475569;font-size:13px}
.tr .via{color:#94a3b8;font-size:11px}
.persp{color:var(--muted);font-size:13px}
dl.cats{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;font-size:13px;margin:10px 0 0}
dl.cats dt{font-weight:600;color:#5b21b6}dl.cats dd{margin:0;color:var(--muted)}
details.pairbox{margin:8px 0;border:1px solid var(--line);border-radius:6px;padding:4px 12px}
details.pairbox>summary{cursor:pointer;font-weight:600;padding:4px 0}
details.pairbox>summary .muted{font-weight:400}
details.pairbox section.pair h2{display:none}
.onlyall{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:14px;margin-top:10px}
.onlyall details{background:var(--soft);border-radius:6px;padding:6px 12px}
.onlyall summary{font-weight:600;cursor:pointer}
.onlyall ol{margin:6px 0;padding-left:2.6em;font-size:14px}
svg.heat text.ax{font-size:11px}
svg.heat .hit{fill:#1d4ed8}
@media (max-width:800px){.only{grid-template-columns:1fr}}
@media print{
 body{font-size:10pt}
 header{background:none;color:#000;padding:0 0 8px;border-bottom:2px solid #000}
 header h1 span,header .sum,.legend{color:#333}
 header nav,.filter,script{display:none}
 main{max-width:none;padding:0}
 section{break-inside:auto}
 tr{break-inside:avoid}
 h2{break-after:avoid}
 .chip,.nm,del,ins,.bar,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .only details,.onlyall details{background:none;border:1px solid #ccc}
 details.pairbox:not([open]){display:none}
 table.facts th.fact,table.facts td.fact{position:static}
 .scroll{overflow:visible}
 .cu,sup.cb,mark.nx,.flag{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"#;

const SCRIPT: &str = r#"
(function(){
  var box=document.getElementById('filter');if(!box)return;box.hidden=false;
  var q=document.getElementById('q'),d=document.getElementById('dif');
  function run(){
    var t=q.value.toLowerCase(),o=d.checked;
    document.querySelectorAll('table.pairs tbody tr, table.facts tbody tr').forEach(function(r){
      var show=(!t||r.textContent.toLowerCase().indexOf(t)>=0)&&(!o||r.classList.contains('diff'));
      r.hidden=!show;
    });
  }
  q.addEventListener('input',run);d.addEventListener('change',run);
})();
"#;

/// The Content-Security-Policy source of [`SCRIPT`], `sha256-…`: the page runs that one script
/// and no other, so even an escaping bug could not make an article's `<script>` run.
fn script_hash() -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(SCRIPT.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

struct Ctx<'a> {
    cmp: &'a Comparison,
    labels: Vec<String>,
    entities: BTreeMap<&'a str, &'a EntityInfo>,
    /// convention → colour class index
    colours: BTreeMap<String, usize>,
    /// The article pairs laid out (`--pairs`), each with its index in `cmp.alignments`.
    shown: Vec<(usize, &'a Alignment)>,
    /// How many article pairs are left out, and why (the note).
    hidden: usize,
    filter: &'a super::PairFilter,
    /// The pairs within each fact, in the order of `cmp.facts` ([`super::pairs_by_fact`]).
    by_fact: Vec<Vec<(&'a Alignment, &'a AlignedPair)>>,
}

impl Ctx<'_> {
    /// Contested entities (per the glossary) that two outlets name differently within a fact:
    /// the naming differences an editor looks for (Khankendi / Stepanakert), without the noise of
    /// every exonym (Armenia / Армения).
    fn contested_differences(
        &self,
        pairs: &[(&crate::model::Alignment, &AlignedPair)],
    ) -> std::collections::BTreeSet<String> {
        super::fact_name_differences(pairs)
            .into_iter()
            .filter(|e| super::naming_contested(&self.entities, e))
            .collect()
    }

    fn colour(&self, conventions: &[String]) -> usize {
        conventions
            .first()
            .and_then(|c| self.colours.get(c))
            .copied()
            .unwrap_or(PALETTE - 1)
    }

    /// The hover text of a name: the entity and all its glossary variants.
    fn name_title(&self, entity: &str, this: &str) -> String {
        let mut t = format!("{entity} · {this}");
        if let Some(e) = self.entities.get(entity) {
            let others: Vec<String> = e
                .variants
                .iter()
                .filter(|v| v.text != this)
                .map(|v| {
                    if v.conventions.is_empty() {
                        format!("{} [{}]", v.text, v.lang)
                    } else {
                        format!("{} [{}; {}]", v.text, v.lang, v.conventions.join(", "))
                    }
                })
                .collect();
            if !others.is_empty() {
                t.push_str(" · other names: ");
                t.push_str(&others.join(" · "));
            }
        }
        t
    }
}

pub(super) fn render(
    cmp: &Comparison,
    filter: &super::PairFilter,
    out: &mut dyn Write,
) -> io::Result<()> {
    let (shown, hidden) = super::shown_alignments(cmp, filter, Some(super::AUTO_MAX_PAIRS_HTML));
    let colours = all_conventions(cmp)
        .into_iter()
        .enumerate()
        .map(|(i, c)| (c, i % PALETTE))
        .collect();
    let cx = Ctx {
        cmp,
        labels: labels(cmp),
        entities: entity_index(cmp),
        colours,
        shown,
        hidden,
        filter,
        by_fact: super::pairs_by_fact(cmp),
    };
    let mut h = String::new();
    page(&cx, &mut h).expect("writing to a String cannot fail");
    out.write_all(h.as_bytes())
}

fn page(cx: &Ctx, h: &mut String) -> std::fmt::Result {
    let cmp = cx.cmp;
    let sum = summary(cmp);
    writeln!(h, "<!DOCTYPE html>")?;
    writeln!(h, "<html lang=\"en\">")?;
    writeln!(h, "<head>")?;
    writeln!(h, "<meta charset=\"utf-8\">")?;
    writeln!(
        h,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src '{}'; img-src data:; base-uri 'none'; form-action 'none'\">",
        script_hash()
    )?;
    writeln!(
        h,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(h, "<meta name=\"generator\" content=\"parallax\">")?;
    let outlets: Vec<&str> = cx.labels.iter().map(String::as_str).take(4).collect();
    let more = if cx.labels.len() > 4 { ", …" } else { "" };
    writeln!(
        h,
        "<title>parallax: {}{}</title>",
        esc(&outlets.join(", ")),
        more
    )?;
    writeln!(h, "<style>{CSS}</style>")?;
    writeln!(h, "</head>")?;
    writeln!(h, "<body>")?;

    // header
    writeln!(h, "<header>")?;
    writeln!(
        h,
        "<h1>parallax <span>· how each outlet tells the story</span></h1>"
    )?;
    writeln!(h, "<p class=\"sum\">{}</p>", esc(&sum.parts().join(" · ")))?;
    write!(h, "<nav><a href=\"#articles\">Articles</a>")?;
    if cmp.documents.len() > 1 {
        write!(h, "<a href=\"#coverage\">Coverage</a>")?;
    }
    if !cmp.naming.is_empty() {
        write!(h, "<a href=\"#naming\">Names</a>")?;
    }
    if !super::cue_categories(cmp).is_empty() {
        write!(h, "<a href=\"#framing\">Framing</a>")?;
    }
    if !cmp.facts.is_empty() {
        write!(
            h,
            "<a href=\"#facts\">Facts ({})</a><a href=\"#only\">Only in one outlet</a>",
            cmp.facts.len()
        )?;
    }
    if cmp.facts.is_empty() && cx.shown.len() <= 6 {
        for &(k, a) in &cx.shown {
            write!(
                h,
                "<a href=\"#pair-{}\">{} ↔ {} <span class=\"muted\">({})</span></a>",
                k + 1,
                esc(label_of(&cx.labels, a.left)),
                esc(label_of(&cx.labels, a.right)),
                a.pairs.len()
            )?;
        }
    } else if cx.hidden > 0 {
        write!(
            h,
            "<a href=\"#pairs\">Article pairs ({} of {})</a>",
            cx.shown.len(),
            cmp.alignments.len()
        )?;
    } else if !cx.shown.is_empty() {
        write!(
            h,
            "<a href=\"#pairs\">Article pairs ({})</a>",
            cx.shown.len()
        )?;
    }
    writeln!(h, "</nav>")?;
    if !cx.colours.is_empty() {
        write!(h, "<p class=\"legend\">Naming conventions: ")?;
        for (c, &i) in &cx.colours {
            write!(h, "<span class=\"chip cv{i}\">{}</span>", esc(c))?;
        }
        writeln!(h, "</p>")?;
    }
    writeln!(h, "</header>")?;
    writeln!(h, "<main>")?;

    if !cmp.errors.is_empty() {
        writeln!(h, "<section class=\"errors\" id=\"errors\">")?;
        writeln!(
            h,
            "<h2>Inputs that could not be read ({})</h2>",
            cmp.errors.len()
        )?;
        writeln!(h, "<ul>")?;
        for e in &cmp.errors {
            writeln!(h, "<li><b>{}</b>: {}</li>", esc(&e.source), esc(&e.message))?;
        }
        writeln!(h, "</ul>")?;
        writeln!(h, "</section>")?;
    }

    articles(cx, h)?;
    coverage(cx, h)?;
    naming(cx, h)?;
    cue_chart(cx, h)?;
    let has_rows = !cmp.facts.is_empty() || cmp.alignments.iter().any(|a| !a.pairs.is_empty());
    if has_rows {
        writeln!(
            h,
            "<div class=\"filter\" id=\"filter\" hidden><input type=\"search\" id=\"q\" placeholder=\"Filter facts and aligned sentences…\" aria-label=\"Filter facts and aligned sentences\"><label><input type=\"checkbox\" id=\"dif\"> only rows with differences</label></div>"
        )?;
    }
    if cmp.facts.is_empty() {
        for &(k, a) in &cx.shown {
            pair_section(cx, k, a, h)?;
        }
        hidden_note(cx, h)?;
    } else {
        facts(cx, h)?;
        only_outside_facts(cx, h)?;
        if !cx.shown.is_empty() || cx.hidden > 0 {
            writeln!(h, "<section id=\"pairs\">")?;
            writeln!(h, "<h2>Article pairs</h2>")?;
            writeln!(
                h,
                "<p class=\"meta\">Every two articles aligned sentence by sentence, with word differences where they share a language. Open a pair to read it.</p>"
            )?;
            for &(k, a) in &cx.shown {
                writeln!(
                    h,
                    "<details class=\"pairbox\"><summary>{} ↔ {} <span class=\"muted\">· {}</span></summary>",
                    esc(label_of(&cx.labels, a.left)),
                    esc(label_of(&cx.labels, a.right)),
                    esc(&super::pair_counts(
                        cmp,
                        a,
                        label_of(&cx.labels, a.left),
                        label_of(&cx.labels, a.right)
                    ))
                )?;
                pair_section(cx, k, a, h)?;
                writeln!(h, "</details>")?;
            }
            hidden_note(cx, h)?;
            writeln!(h, "</section>")?;
        }
    }
    writeln!(
        h,
        "<footer>Generated by parallax (JSON schema {}). Names are matched against the glossary; scores are alignment confidence, 0–1.</footer>",
        super::SCHEMA_VERSION
    )?;
    writeln!(h, "</main>")?;
    writeln!(h, "<script>{SCRIPT}</script>")?;
    writeln!(h, "</body>")?;
    writeln!(h, "</html>")
}

/// Where `--pairs` (or the automatic limit) leaves article pairs out, a line says so.
fn hidden_note(cx: &Ctx, h: &mut String) -> std::fmt::Result {
    if cx.hidden == 0 {
        return Ok(());
    }
    writeln!(
        h,
        "<p class=\"meta hidden-pairs\">{}</p>",
        esc(&super::hidden_pairs_note(cx.hidden, cx.filter))
    )
}

fn articles(cx: &Ctx, h: &mut String) -> std::fmt::Result {
    let docs = &cx.cmp.documents;
    let persp = docs.iter().any(|d| d.article.perspective.is_some());
    writeln!(h, "<section id=\"articles\">")?;
    writeln!(h, "<h2>Articles</h2>")?;
    writeln!(h, "<div class=\"scroll\"><table class=\"articles\">")?;
    writeln!(
        h,
        "<thead><tr><th class=\"num\">#</th><th>Outlet</th>{}<th>Date</th><th>Language</th><th>Title</th><th class=\"num\">Sentences</th><th class=\"num\">Names</th><th class=\"num\">Cues</th></tr></thead>",
        if persp { "<th>Perspective</th>" } else { "" }
    )?;
    writeln!(h, "<tbody>")?;
    for (i, d) in docs.iter().enumerate() {
        write!(
            h,
            "<tr><td class=\"num\">{}</td><td title=\"{}\"><b dir=\"auto\">{}</b>",
            i + 1,
            esc(&format!("{} ({})", d.article.id, d.article.source)),
            esc(label_of(&cx.labels, i)),
        )?;
        if let Some(o) = cx.cmp.off_topic.iter().find(|o| o.document == i) {
            write!(
                h,
                " <span class=\"flag offtopic\" title=\"shares few names, dates, numbers and concepts with the other articles ({:.0} % of the median article's): perhaps another event\">off topic?</span>",
                o.percent_of_median()
            )?;
        }
        write!(h, "</td>")?;
        if persp {
            write!(
                h,
                "<td class=\"persp\" dir=\"auto\">{}</td>",
                esc(d.article.perspective.as_deref().unwrap_or("—"))
            )?;
        }
        writeln!(
            h,
            "<td class=\"date\">{}</td><td><span class=\"lang\">{}</span> <span class=\"muted\">{:.2}</span></td><td dir=\"auto\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            esc(d.article.date.as_deref().unwrap_or("—")),
            esc(&d.language),
            super::round3(d.language_confidence),
            esc(d.article.title.as_deref().unwrap_or("")),
            d.sentences.len(),
            mention_count(d),
            d.sentences.iter().map(|s| s.cues.len()).sum::<usize>(),
        )?;
    }
    writeln!(h, "</tbody></table></div>")?;
    if let Some(note) = super::partners_note(cx.cmp) {
        writeln!(h, "<p class=\"meta partners\">{}</p>", esc(&note))?;
    }
    if let Some(note) = super::off_topic_note(cx.cmp, &cx.labels) {
        writeln!(h, "<p class=\"meta offtopic\">{}</p>", esc(&note))?;
    }
    if let Some(note) = super::copies_note(cx.cmp, &cx.labels) {
        writeln!(h, "<p class=\"meta copies\">{}</p>", esc(&note))?;
    }
    writeln!(h, "</section>")
}

/// Share of document `i`'s sentences that have a counterpart in document `j`.
fn share(cmp: &Comparison, i: usize, j: usize) -> Option<(usize, usize)> {
    let n = cmp.documents.get(i)?.sentences.len();
    let a = cmp
        .alignments
        .iter()
        .find(|a| (a.left == i && a.right == j) || (a.left == j && a.right == i))?;
    Some((aligned_count(a, a.left == i), n))
}

/// A colour between pale slate (0) and the accent blue (1).
fn heat(x: f64) -> String {
    let x = x.clamp(0.0, 1.0);
    let lerp = |a: f64, b: f64| (a + (b - a) * x).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        lerp(241.0, 29.0),
        lerp(245.0, 78.0),
        lerp(249.0, 216.0)
    )
}

fn coverage(cx: &Ctx, h: &mut String) -> std::fmt::Result {
    if cx.cmp.facts.is_empty() {
        coverage_pairs(cx, h)
    } else if cx.cmp.documents.len() > HEAT_OUTLETS_MAX {
        coverage_languages(cx, h)
    } else {
        coverage_facts(cx, h)
    }
}

/// Past this many outlets the coverage heat map has one column per language instead of one per
/// outlet: 4,944 outlets drew 3.5 million cells (204 MB of the page), which no one can read.
const HEAT_OUTLETS_MAX: usize = 100;
/// A fact told by many outlets shows at most this many wordings (see `render::wordings`).
const WORDINGS_SHOWN: usize = 60;
/// Outlets named in the hover title of a wording that others share word for word.
const SAME_WORDS_NAMED: usize = 40;

/// Fact × language: the share of each language's articles that report each fact, with the
/// same dots as the outlet map (numbers that disagree, contested names named differently) when
/// any of those articles has them.
fn coverage_languages(cx: &Ctx, h: &mut String) -> std::fmt::Result {
    let cmp = cx.cmp;
    let n = cmp.documents.len();
    let langs = super::documents_by_language(cmp);
    let mut lang_of = vec![0; n];
    for (l, (_, docs)) in langs.iter().enumerate() {
        for &d in docs {
            lang_of[d] = l;
        }
    }
    let grid = FactGrid::new(cmp, langs.len(), 58, 40);
    let (cw, ch) = (grid.cw, grid.ch);
    writeln!(h, "<section id=\"coverage\">")?;
    writeln!(h, "<h2>Coverage: which languages report which fact</h2>")?;
    writeln!(
        h,
        "<p class=\"meta\">{n} outlets are too many for a column each: one row per fact, one column per language (with its number of articles). A cell: the share of that language's articles that report the fact (darker = more); a red dot: some of them give numbers that disagree with another outlet's; an amber dot: some name a contested place or thing differently. Hover for the counts. <code>--format csv --table coverage</code> has every outlet.</p>"
    )?;
    grid.open(h, "language")?;
    for (l, (lang, docs)) in langs.iter().enumerate() {
        let x = grid.label_w + l * cw + cw / 2;
        writeln!(
            h,
            "<text class=\"in\" x=\"{x}\" y=\"{}\">{}</text><text class=\"in\" x=\"{x}\" y=\"{}\" style=\"fill:#64748b\">{}</text>",
            grid.head - 22,
            esc(lang),
            grid.head - 8,
            docs.len()
        )?;
    }
    grid.total_heading(h, 8)?;
    for (r, f) in cmp.facts.iter().enumerate() {
        let y = grid.row(h, r, f, &fact_excerpt(cx, f))?;
        let pairs = &cx.by_fact[r];
        // per language: articles reporting the fact, with disagreeing numbers, naming differently
        let mut count = vec![0usize; langs.len()];
        let mut conflict = vec![false; langs.len()];
        let mut named = vec![false; langs.len()];
        let in_conflict = documents_in_conflict(pairs);
        let names = cx.contested_differences(pairs);
        for m in &f.members {
            let Some(&l) = lang_of.get(m.document) else {
                continue;
            };
            count[l] += 1;
            conflict[l] |= in_conflict.contains(&m.document);
            named[l] |= names_one_of(cmp, m, &names);
        }
        for (l, (lang, docs)) in langs.iter().enumerate() {
            let x = grid.label_w + l * cw;
            let share = count[l] as f64 / docs.len() as f64;
            write!(
                h,
                "<g><title>fact {} · {}: {} of {} articles</title><rect x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{}\"/>",
                f.id,
                esc(lang),
                count[l],
                docs.len(),
                cw - 2,
                ch - 2,
                heat(share)
            )?;
            if count[l] > 0 {
                write!(
                    h,
                    "<text class=\"in\" x=\"{}\" y=\"{}\"{}>{:.0}%</text>",
                    x + cw / 2,
                    y + 15,
                    if share > 0.5 {
                        " style=\"fill:#fff\""
                    } else {
                        ""
                    },
                    (share * 100.0).ceil()
                )?;
            }
            grid.dots(h, (x, y), conflict[l], named[l])?;
            writeln!(h, "</g>")?;
        }
        grid.total(h, y, f, n)?;
    }
    writeln!(h, "</svg></div>")?;
    writeln!(h, "</section>")
}

/// The documents of a fact's `pairs` whose numbers disagree with the other side's: those
/// `fact_conflicts` lists something for, found for the whole fact in one pass.
fn documents_in_conflict(
    pairs: &[(&crate::model::Alignment, &AlignedPair)],
) -> std::collections::BTreeSet<usize> {
    pairs
        .iter()
        .filter(|(_, p)| !p.diff.numbers.is_empty())
        .flat_map(|(a, _)| [a.left, a.right])
        .collect()
}

/// Whether fact member `m`'s sentences name one of the entities `names` (the contested ones
/// named differently within the fact): the amber dot of the heat maps.
fn names_one_of(
    cmp: &Comparison,
    m: &crate::model::FactMember,
    names: &std::collections::BTreeSet<String>,
) -> bool {
    let doc = cmp.documents.get(m.document);
    m.sentences
        .iter()
        .filter_map(|&s| super::sentence(doc, s))
        .flat_map(|s| &s.names)
        .any(|nm| names.contains(&nm.entity))
}

/// The layout of a coverage heat map with one row per fact: fact labels on the left, `columns`
/// cells of `cw` × `ch` pixels after `head` pixels of column headings, a total on the right.
struct FactGrid {
    label_w: usize,
    cw: usize,
    ch: usize,
    head: usize,
    columns: usize,
    rows: usize,
}

impl FactGrid {
    fn new(cmp: &Comparison, columns: usize, cw: usize, head: usize) -> Self {
        let longest = cmp
            .facts
            .iter()
            .map(|f| fact_label(f).chars().count().min(44))
            .max()
            .unwrap_or(8);
        FactGrid {
            label_w: 16 + longest * 13 / 2,
            cw,
            ch: 22,
            head,
            columns,
            rows: cmp.facts.len(),
        }
    }

    /// The opening `<svg>` of a map of facts by `what` (`outlet`, `language`).
    fn open(&self, h: &mut String, what: &str) -> std::fmt::Result {
        let w = self.label_w + self.columns * self.cw + 70;
        let ht = self.head + self.rows * self.ch + 10;
        writeln!(
            h,
            "<div class=\"scroll\"><svg class=\"heat\" role=\"img\" aria-label=\"coverage matrix, facts by {what}\" width=\"{w}\" height=\"{ht}\" viewBox=\"0 0 {w} {ht}\">"
        )
    }

    /// The heading of the totals column, `above` pixels above the first row.
    fn total_heading(&self, h: &mut String, above: usize) -> std::fmt::Result {
        writeln!(
            h,
            "<text class=\"ax\" x=\"{}\" y=\"{}\">outlets</text>",
            self.label_w + self.columns * self.cw + 6,
            self.head - above
        )
    }

    /// Row `r`'s label (fact `f`): a link to the fact's row in the table of facts, its first
    /// sentence on hover (`excerpt`); returns the row's top.
    fn row(
        &self,
        h: &mut String,
        r: usize,
        f: &crate::model::Fact,
        excerpt: &str,
    ) -> Result<usize, std::fmt::Error> {
        let y = self.head + r * self.ch;
        writeln!(
            h,
            "<a href=\"#fact-{}\"><text class=\"ax\" x=\"4\" y=\"{}\"><title>{}</title>{}</text></a>",
            f.id,
            y + 15,
            esc(excerpt),
            esc(&short(&fact_label(f), 44))
        )?;
        Ok(y)
    }

    /// A cell's dots at its top-left corner `(x, y)`: red where numbers disagree, amber where a
    /// contested name differs.
    fn dots(
        &self,
        h: &mut String,
        (x, y): (usize, usize),
        conflict: bool,
        named: bool,
    ) -> std::fmt::Result {
        if conflict {
            write!(
                h,
                "<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"#dc2626\" stroke=\"#fff\"/>",
                x + self.cw - 8,
                y + 6
            )?;
        }
        if named {
            write!(
                h,
                "<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"#f59e0b\" stroke=\"#fff\"/>",
                x + 7,
                y + self.ch - 8
            )?;
        }
        Ok(())
    }

    /// The row's total: outlets reporting fact `f` of `n`.
    fn total(
        &self,
        h: &mut String,
        y: usize,
        f: &crate::model::Fact,
        n: usize,
    ) -> std::fmt::Result {
        writeln!(
            h,
            "<text class=\"ax\" x=\"{}\" y=\"{}\">{}/{}</text>",
            self.label_w + self.columns * self.cw + 6,
            y + 15,
            f.members.len(),
            n
        )
    }
}

/// A fact's label: its number and anchors (`#3 · khankendi-stepanakert, 2023-09-19`), or what
/// links it when no name or date does (`#4 · linked only by: Around 40 / About 40`).
fn fact_label(f: &crate::model::Fact) -> String {
    match super::fact_link_text(f) {
        Some(t) => format!("#{} · {t}", f.id),
        None => format!("#{}", f.id),
    }
}

/// What a heat map row's label shows on hover: the fact's first sentence, in the first outlet
/// that reports it, with that outlet's label.
fn fact_excerpt(cx: &Ctx, f: &crate::model::Fact) -> String {
    let Some(m) = f.members.first() else {
        return String::new();
    };
    let doc = &cx.cmp.documents[m.document];
    let text: Vec<&str> = m
        .sentences
        .iter()
        .filter_map(|&i| doc.sentences.get(i))
        .map(|s| s.text.as_str())
        .collect();
    format!(
        "{}: {}",
        label_of(&cx.labels, m.document),
        short(&text.join(" / "), 240)
    )
}

/// Fact × outlet: which outlet reports which fact (darker = more sentences on it).
fn coverage_facts(cx: &Ctx, h: &mut String) -> std::fmt::Result {
    let cmp = cx.cmp;
    let n = cmp.documents.len();
    // 130: room for the slanted outlet names
    let grid = FactGrid::new(cmp, n, 34, 130);
    let (cw, ch, head, label_w) = (grid.cw, grid.ch, grid.head, grid.label_w);
    writeln!(h, "<section id=\"coverage\">")?;
    writeln!(h, "<h2>Coverage: which outlet reports which fact</h2>")?;
    writeln!(
        h,
        "<p class=\"meta\">One row per fact (sentences that report the same thing across outlets), one column per outlet. A filled cell: the outlet reports it (darker = more sentences); a red dot: its numbers disagree with another outlet's; an amber dot: it names a contested place or thing differently from another outlet. Hover for the sentence.</p>"
    )?;
    grid.open(h, "outlet")?;
    for j in 0..n {
        let x = label_w + j * cw + cw / 2;
        writeln!(
            h,
            "<text class=\"ax\" x=\"{x}\" y=\"{}\" transform=\"rotate(-50 {x} {})\">{} {}</text>",
            head - 6,
            head - 6,
            j + 1,
            esc(&short(label_of(&cx.labels, j), 20))
        )?;
    }
    grid.total_heading(h, 6)?;
    for (r, f) in cmp.facts.iter().enumerate() {
        let y = grid.row(h, r, f, &fact_excerpt(cx, f))?;
        let pairs = &cx.by_fact[r];
        let names = cx.contested_differences(pairs);
        let in_conflict = documents_in_conflict(pairs);
        for j in 0..n {
            let x = label_w + j * cw;
            match f.members.iter().find(|m| m.document == j) {
                Some(m) => {
                    let doc = cmp.documents.get(j);
                    let strength = 0.55 + 0.15 * (m.sentences.len().min(4) as f64 - 1.0);
                    let conflict = in_conflict.contains(&j);
                    let named = names_one_of(cmp, m, &names);
                    write!(
                        h,
                        "<g><title>{} · fact {}: {}</title><rect x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{}\" rx=\"2\" class=\"hit\" opacity=\"{:.2}\"/>",
                        esc(label_of(&cx.labels, j)),
                        f.id,
                        esc(&short(&side_text(doc, &m.sentences), 240)),
                        cw - 2,
                        ch - 2,
                        strength.min(1.0)
                    )?;
                    grid.dots(h, (x, y), conflict, named)?;
                    writeln!(h, "</g>")?;
                }
                None => writeln!(
                    h,
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"#f1f5f9\"/>",
                    cw - 2,
                    ch - 2
                )?,
            }
        }
        grid.total(h, y, f, n)?;
    }
    writeln!(h, "</svg></div>")?;
    writeln!(h, "</section>")
}

/// Outlet × outlet: the share of sentences with a counterpart (when there are no facts).
fn coverage_pairs(cx: &Ctx, h: &mut String) -> std::fmt::Result {
    let cmp = cx.cmp;
    let n = cmp.documents.len();
    if n < 2 {
        return Ok(());
    }
    let cell = 46;
    let label_chars = cx
        .labels
        .iter()
        .map(|l| l.chars().count().min(28))
        .max()
        .unwrap_or(4);
    let lx = 24 + label_chars * 7 + 8; // left margin for row labels
    let top = 22;
    let w = lx + n * cell + 10;
    let ht = top + n * cell + 8;
    writeln!(h, "<section id=\"coverage\">")?;
    writeln!(h, "<h2>Coverage</h2>")?;
    writeln!(
        h,
        "<p class=\"meta\">Share of each row outlet's sentences that have a counterpart in the column outlet. Darker = more of the story shared.</p>"
    )?;
    writeln!(
        h,
        "<div class=\"scroll\"><svg class=\"heat\" role=\"img\" aria-label=\"coverage matrix\" width=\"{w}\" height=\"{ht}\" viewBox=\"0 0 {w} {ht}\">"
    )?;
    for j in 0..n {
        writeln!(
            h,
            "<text class=\"in\" x=\"{}\" y=\"{}\">{}</text>",
            lx + j * cell + cell / 2,
            top - 8,
            j + 1
        )?;
    }
    for i in 0..n {
        let y = top + i * cell;
        let label = short_label(label_of(&cx.labels, i));
        writeln!(
            h,
            "<text x=\"4\" y=\"{}\"><tspan class=\"muted\">{}</tspan> {}</text>",
            y + cell / 2 + 4,
            i + 1,
            esc(&label)
        )?;
        for j in 0..n {
            let x = lx + j * cell;
            if i == j {
                writeln!(
                    h,
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{}\" fill=\"#e5e7eb\"/>",
                    cell - 2,
                    cell - 2
                )?;
                continue;
            }
            let (fill, text, tip, dark) = match share(cmp, i, j) {
                Some((k, total)) if total > 0 => {
                    let s = k as f64 / total as f64;
                    (
                        heat(s),
                        format!("{}%", (s * 100.0).round()),
                        format!(
                            "{} → {}: {k} of {total} sentences have a counterpart",
                            label_of(&cx.labels, i),
                            label_of(&cx.labels, j)
                        ),
                        s > 0.55,
                    )
                }
                _ => (
                    "#f8fafc".to_string(),
                    "–".to_string(),
                    "not compared".to_string(),
                    false,
                ),
            };
            writeln!(
                h,
                "<g><title>{}</title><rect x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"{fill}\"/><text class=\"in\" x=\"{}\" y=\"{}\"{}>{}</text></g>",
                esc(&tip),
                cell - 2,
                cell - 2,
                x + cell / 2 - 1,
                y + cell / 2 + 3,
                if dark { " style=\"fill:#fff\"" } else { "" },
                text
            )?;
        }
    }
    writeln!(h, "</svg></div>")?;
    writeln!(h, "</section>")
}

/// A table head: `first` (a trusted literal), then one column per outlet with its language.
fn outlet_header(cx: &Ctx, h: &mut String, first: &str) -> std::fmt::Result {
    write!(h, "<thead><tr>{first}")?;
    for (i, d) in cx.cmp.documents.iter().enumerate() {
        write!(
            h,
            "<th>{} <span class=\"lang\">{}</span></th>",
            esc(label_of(&cx.labels, i)),
            esc(&d.language)
        )?;
    }
    writeln!(h, "</tr></thead>")
}

/// One entity's names in the listed layout: each name once (most outlets first), its count over
/// all outlets, and the outlets that use it.
fn naming_by_variant(
    cx: &Ctx,
    row: &crate::model::NamingRow,
    info: Option<&&EntityInfo>,
    h: &mut String,
) -> std::fmt::Result {
    write!(h, "<td class=\"variants\" dir=\"auto\">")?;
    for u in super::names_by_variant(row, info.copied()) {
        write!(
            h,
            "<div class=\"v\"><span class=\"chip cv{}\" title=\"{}\">{} <span class=\"muted\">×{}</span></span> ",
            cx.colour(u.conventions),
            esc(&format!(
                "{} ({})",
                cx.name_title(&row.entity, u.variant),
                u.conventions.join(", ")
            )),
            esc(u.variant),
            u.times
        )?;
        let docs = &u.documents;
        let named: Vec<&str> = docs
            .iter()
            .take(OUTLETS_NAMED)
            .map(|&d| label_of(&cx.labels, d))
            .collect();
        let more = docs.len().saturating_sub(OUTLETS_NAMED);
        write!(
            h,
            "<span class=\"muted\">{} {}: </span>{}",
            docs.len(),
            if docs.len() == 1 { "outlet" } else { "outlets" },
            esc(&named.join(", "))
        )?;
        if more > 0 {
            write!(h, "<span class=\"muted\"> and {more} more</span>")?;
        }
        write!(h, "</div>")?;
    }
    write!(h, "</td>")
}

fn naming(cx: &Ctx, h: &mut String) -> std::fmt::Result {
    let cmp = cx.cmp;
    if cmp.naming.is_empty() {
        return Ok(());
    }
    writeln!(h, "<section id=\"naming\">")?;
    writeln!(h, "<h2>Names by outlet</h2>")?;
    writeln!(
        h,
        "<p class=\"meta\">Which glossary name each outlet used for each entity (× times), coloured by the naming convention of that name (legend at the top; hover a name for its conventions and the other names). Contested entities first.</p>"
    )?;
    let columns = cmp.documents.len() <= super::OUTLET_COLUMNS_MAX;
    writeln!(h, "<div class=\"scroll\"><table class=\"naming\">")?;
    if columns {
        outlet_header(cx, h, "<th>Entity</th>")?;
    } else {
        writeln!(
            h,
            "<thead><tr><th>Entity</th><th>Names, and the outlets that use each</th></tr></thead>"
        )?;
    }
    writeln!(h, "<tbody>")?;
    // contested entities first (the names an editor looks for), each group by id
    let mut rows: Vec<&crate::model::NamingRow> = cmp.naming.iter().collect();
    rows.sort_by_key(|r| {
        let contested = cx
            .entities
            .get(r.entity.as_str())
            .is_some_and(|e| e.contested);
        (!contested, r.entity.as_str())
    });
    for row in rows {
        let info = cx.entities.get(row.entity.as_str());
        let all: Vec<String> = info
            .map(|e| e.variants.iter().map(|v| v.text.clone()).collect())
            .unwrap_or_default();
        write!(
            h,
            "<tr><th class=\"ent\" title=\"{}\">{}",
            esc(&all.join(" · ")),
            esc(&row.entity)
        )?;
        if let Some(e) = info {
            write!(h, " <span class=\"kind\">{}</span>", esc(&e.kind))?;
            if e.contested {
                write!(h, "<span class=\"badge\">contested</span>")?;
            }
        }
        write!(h, "</th>")?;
        if !columns {
            naming_by_variant(cx, row, info, h)?;
            writeln!(h, "</tr>")?;
            continue;
        }
        for d in 0..cmp.documents.len() {
            write!(h, "<td dir=\"auto\">")?;
            match row.cells.iter().find(|c| c.document == d) {
                Some(c) if !c.variants.is_empty() => {
                    for v in &c.variants {
                        let convs = info
                            .and_then(|e| e.variants.iter().find(|vi| vi.text == v.variant))
                            .map_or(&c.conventions, |vi| &vi.conventions);
                        write!(
                            h,
                            "<span class=\"chip cv{}\" title=\"{}\">{} <span class=\"muted\">×{}</span></span>",
                            cx.colour(convs),
                            esc(&format!(
                                "{} ({})",
                                cx.name_title(&row.entity, &v.variant),
                                convs.join(", ")
                            )),
                            esc(&v.variant),
                            v.count
                        )?;
                    }
                }
                _ => write!(h, "<span class=\"muted\">—</span>")?,
            }
            write!(h, "</td>")?;
        }
        writeln!(h, "</tr>")?;
    }
    writeln!(h, "</tbody></table></div>")?;
    writeln!(h, "</section>")
}

/// Cue rates per outlet (past [`super::RATES_BY_LANGUAGE_PAST`] outlets, per language): one
/// small bar chart per category (bars scaled to the category's maximum).
fn cue_chart(cx: &Ctx, h: &mut String) -> std::fmt::Result {
    let cmp = cx.cmp;
    let cats = super::cue_categories(cmp);
    if cats.is_empty() {
        return Ok(());
    }
    let (by_language, mut rows) = super::cue_rows(cmp, &cx.labels, &cats);
    if !by_language {
        for r in &mut rows {
            r.label = short_label(&r.label);
        }
    }
    let max: Vec<f64> = (0..cats.len())
        .map(|k| rows.iter().map(|r| r.cells[k].0).fold(0.0_f64, f64::max))
        .collect();
    let label_chars = rows
        .iter()
        .map(|r| r.title.chars().count().min(28))
        .max()
        .unwrap_or(4);
    let lx = label_chars * 7 + 16;
    let (col, row, top) = (120, 22, 30);
    let w = lx + cats.len() * col + 10;
    let ht = top + rows.len() * row + 8;
    writeln!(h, "<section id=\"framing\">")?;
    if by_language {
        writeln!(h, "<h2>Framing cues per language</h2>")?;
        writeln!(
            h,
            "<p class=\"meta\">{} outlets are too many for a row each: cues per 1,000 words of each language's articles together, by category (hover a bar for the count). Bars compare languages within one category. JSON (<code>cues_by_outlet</code>) has every outlet's.</p>",
            cmp.documents.len()
        )?;
    } else {
        writeln!(h, "<h2>Framing cues per outlet</h2>")?;
        writeln!(
            h,
            "<p class=\"meta\">Cues per 1,000 words, by category (hover a bar for the count). Bars compare outlets within one category.</p>"
        )?;
    }
    writeln!(
        h,
        "<div class=\"scroll\"><svg class=\"heat\" role=\"img\" aria-label=\"framing cue rates\" width=\"{w}\" height=\"{ht}\" viewBox=\"0 0 {w} {ht}\">"
    )?;
    for (k, c) in cats.iter().enumerate() {
        writeln!(
            h,
            "<text x=\"{}\" y=\"{}\" style=\"font-weight:600\">{}</text>",
            lx + k * col,
            top - 10,
            esc(&c.chars().take(16).collect::<String>())
        )?;
    }
    for (d, r) in rows.iter().enumerate() {
        let y = top + d * row;
        writeln!(h, "<text x=\"4\" y=\"{}\">{}</text>", y + 14, esc(&r.label))?;
        for (k, c) in cats.iter().enumerate() {
            let (rate, count) = r.cells[k];
            let len = if max[k] > 0.0 && rate.is_finite() {
                ((rate / max[k]) * (col as f64 - 44.0)).round().max(0.0) as usize
            } else {
                0
            };
            let x = lx + k * col;
            writeln!(
                h,
                "<g><title>{}: {} · {count} cues, {:.1} per 1,000 words</title><rect x=\"{x}\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"2\" fill=\"#7c3aed\" opacity=\"0.75\"/><text x=\"{}\" y=\"{}\" style=\"font-size:11px\">{:.1}</text></g>",
                esc(&r.title),
                esc(c),
                rate,
                y + 3,
                len.max(1),
                x + len + 4,
                y + 14,
                rate
            )?;
        }
    }
    writeln!(h, "</svg></div>")?;
    writeln!(h, "<dl class=\"cats\">")?;
    for c in &cats {
        writeln!(
            h,
            "<dt>{}</dt><dd>{}</dd>",
            esc(c),
            esc(cue_category_help(c))
        )?;
    }
    writeln!(h, "</dl>")?;
    writeln!(h, "</section>")
}

/// One line per cue category for the legend (the categories of the cue lexicons' schema).
fn cue_category_help(category: &str) -> &'static str {
    match category {
        "movement" => "how people leaving is worded: fled, forced out, chose to leave",
        "armed-label" => "what armed groups are called: forces, formations, militants",
        "attribution" => "who a claim is put to, and whether the wording casts doubt on it",
        "scare-quote" => "a term set in quotation marks to distance the outlet from it",
        "loaded" => "words that carry a judgement of their own",
        "hedge" => "wording that weakens a claim: reportedly, allegedly",
        "booster" => "wording that strengthens a claim: clearly, undeniably",
        "agency" => "who is said to act — or a passive that hides the actor",
        "naming" => "a contested name chosen over its alternatives",
        _ => "framing cue from the cue lexicon",
    }
}

/// A label cut to 28 chars for SVG axes.
fn short_label(l: &str) -> String {
    short(l, 28)
}

/// `l` cut to `max` chars, with an ellipsis when cut.
fn short(l: &str, max: usize) -> String {
    if l.chars().count() > max {
        format!("{}…", l.chars().take(max - 1).collect::<String>())
    } else {
        l.to_string()
    }
}

/// One side of a pair or one cell of a fact: `<del>`/`<ins>` runs, names as chips with their other
/// variants on hover (`nd` when `differs(entity)`), cues underlined with a category badge and their
/// explanation on hover, conflicting numbers marked.
fn side_cell(
    cx: &Ctx,
    pieces: &[Piece],
    differs: &dyn Fn(&str) -> bool,
    h: &mut String,
) -> std::fmt::Result {
    let same =
        |a: Option<&crate::model::NameMention>, b: Option<&crate::model::NameMention>| match (a, b)
        {
            (None, None) => true,
            (Some(x), Some(y)) => std::ptr::eq(x, y),
            _ => false,
        };
    let mut k = 0;
    while k < pieces.len() {
        // one chip per name mention, even when a cue or a diff run splits it into pieces
        let name = pieces[k].name;
        let end = (k + 1..pieces.len())
            .find(|&e| !same(pieces[e].name, name))
            .unwrap_or(pieces.len());
        if let Some(m) = name {
            write!(
                h,
                "<mark class=\"nm cv{}{}\" title=\"{}\">",
                cx.colour(&m.conventions),
                if differs(&m.entity) { " nd" } else { "" },
                esc(&format!(
                    "{} ({})",
                    cx.name_title(&m.entity, &m.variant),
                    m.conventions.join(", ")
                ))
            )?;
        }
        for j in k..end {
            let piece = &pieces[j];
            let mut inner = esc(&piece.text);
            if piece.conflict {
                inner = format!(
                    "<mark class=\"nx\" title=\"this number disagrees with another outlet\">{inner}</mark>"
                );
            }
            if let Some(c) = piece.cue {
                inner = format!(
                    "<span class=\"cu\" title=\"{}\">{inner}</span>",
                    esc(&cue_title(c))
                );
                let last = pieces
                    .get(j + 1)
                    .is_none_or(|next| !next.cue.is_some_and(|n| std::ptr::eq(n, c)));
                if last {
                    write!(
                        inner,
                        "<sup class=\"cb\" title=\"{}\">{}</sup>",
                        esc(&cue_title(c)),
                        esc(&c.category)
                    )?;
                }
            }
            match piece.tag {
                DiffTag::Equal => h.push_str(&inner),
                DiffTag::Delete => write!(h, "<del>{inner}</del>")?,
                DiffTag::Insert => write!(h, "<ins>{inner}</ins>")?,
            }
        }
        if name.is_some() {
            h.push_str("</mark>");
        }
        k = end;
    }
    Ok(())
}

/// The hover text of a cue: `movement (forced): fled — <explanation>`.
fn cue_title(c: &crate::model::Cue) -> String {
    let mut t = c.category.clone();
    if !c.value.is_empty() {
        write!(t, " ({})", c.value).expect("String");
    }
    write!(t, ": {}", c.surface).expect("String");
    if !c.explanation.is_empty() {
        write!(t, " — {}", c.explanation).expect("String");
    }
    t
}

/// The machine translation of sentences `idx`, below the original, when there is one.
fn translation(doc: Option<&Document>, idx: &[usize], h: &mut String) -> std::fmt::Result {
    if let Some((text, lang, backend)) = super::side_translation(doc, idx) {
        write!(
            h,
            "<div class=\"tr\" lang=\"{}\" dir=\"auto\">{} <span class=\"via\">({} → {})</span></div>",
            esc(&lang),
            esc(&text),
            esc(&backend),
            esc(&lang)
        )?;
    }
    Ok(())
}

/// Outlets named beside one name of an entity in the listed layout, then "and N more".
const OUTLETS_NAMED: usize = 20;

/// A fact's "Not reported by" line names at most this many outlets; past that it counts them
/// per language (4,944 outlets: 167 MB of names, repeated under every fact).
const MISSING_NAMED: usize = 40;

/// The outlets that do not report fact `f`: by name, or past [`MISSING_NAMED`] counted per
/// language.
fn missing_outlets(cx: &Ctx, f: &crate::model::Fact, h: &mut String) -> std::fmt::Result {
    let n = cx.cmp.documents.len();
    let mut reports = vec![false; n];
    for m in f.members.iter().filter(|m| m.document < n) {
        reports[m.document] = true;
    }
    let missing: Vec<usize> = (0..n).filter(|&d| !reports[d]).collect();
    if missing.is_empty() {
        return Ok(());
    }
    if missing.len() <= MISSING_NAMED {
        let names: Vec<&str> = missing.iter().map(|&d| label_of(&cx.labels, d)).collect();
        return writeln!(
            h,
            "<div class=\"missing\">Not reported by {}: {}</div>",
            missing.len(),
            esc(&names.join(", "))
        );
    }
    writeln!(
        h,
        "<div class=\"missing\">Not reported by {} outlets: {} (<code>--format csv --table coverage</code> names them)</div>",
        missing.len(),
        esc(&super::per_language(cx.cmp, &missing))
    )
}

/// Facts × outlets: one row per fact, one column per outlet, each cell the outlet's sentences;
/// past [`super::OUTLET_COLUMNS_MAX`] outlets, each fact's row lists the outlets that report it.
fn facts(cx: &Ctx, h: &mut String) -> std::fmt::Result {
    let cmp = cx.cmp;
    let n = cmp.documents.len();
    writeln!(h, "<section id=\"facts\">")?;
    writeln!(h, "<h2>Facts side by side</h2>")?;
    // one column an outlet reads across a dozen outlets; past that each fact lists its outlets
    let columns = n <= super::OUTLET_COLUMNS_MAX;
    writeln!(
        h,
        "<p class=\"meta\">{} facts reported by at least two outlets. Each row is one fact; {}. Names are coloured by naming convention (bold border: outlets name it differently); <mark class=\"nx\">numbers</mark> that disagree are marked; <span class=\"cu\">framing cues</span> carry their category.</p>",
        cmp.facts.len(),
        if columns {
            "each column shows how one outlet tells it (empty: the outlet does not report it)"
        } else {
            "beside it, each outlet that reports it and how, then the outlets that do not"
        }
    )?;
    writeln!(h, "<div class=\"scroll\"><table class=\"facts\">")?;
    if columns {
        outlet_header(cx, h, "<th class=\"fact\">Fact</th>")?;
    } else {
        writeln!(
            h,
            "<thead><tr><th class=\"fact\">Fact</th><th>How each outlet that reports it tells it</th></tr></thead>"
        )?;
    }
    writeln!(h, "<tbody>")?;
    for (fi, f) in cmp.facts.iter().enumerate() {
        let pairs = &cx.by_fact[fi];
        let names = cx.contested_differences(pairs);
        let numbers = pairs.iter().any(|(_, p)| !p.diff.numbers.is_empty());
        let mut framing: Vec<&crate::model::PairCue> = Vec::new();
        for (_, p) in pairs {
            for c in &p.diff.cues {
                if !framing.iter().any(|x| x.category == c.category) {
                    framing.push(c);
                }
            }
        }
        let differs = !names.is_empty() || numbers || !framing.is_empty();
        writeln!(
            h,
            "<tr id=\"fact-{}\"{}><td class=\"fact\"><span class=\"fid\">#{}</span> <span class=\"muted\">{} of {} outlets</span>",
            f.id,
            if differs { " class=\"diff\"" } else { "" },
            f.id,
            f.members.len(),
            n
        )?;
        if !f.anchors.is_empty() {
            write!(h, "<div class=\"anchors\">")?;
            for a in &f.anchors {
                write!(h, "<span class=\"a\">{}</span>", esc(a))?;
            }
            write!(h, "</div>")?;
        } else if !f.linked_by.is_empty() {
            // no name or date joins it: what does, set apart from names (dashed chips)
            write!(
                h,
                "<div class=\"anchors\" title=\"no name or date is shared\"><span class=\"muted\">{}</span> ",
                esc(super::LINKED_ONLY_BY)
            )?;
            for a in &f.linked_by {
                write!(h, "<span class=\"a weak\">{}</span>", esc(a))?;
            }
            write!(h, "</div>")?;
        }
        if differs {
            write!(h, "<div class=\"flags\">")?;
            if !names.is_empty() {
                let list: Vec<&str> = names.iter().map(String::as_str).collect();
                write!(
                    h,
                    "<span class=\"flag names\" title=\"{}\">names differ</span>",
                    esc(&list.join(", "))
                )?;
            }
            if numbers {
                let list: Vec<String> = pairs
                    .iter()
                    .flat_map(|(_, p)| &p.diff.numbers)
                    .map(number_difference_text)
                    .collect();
                write!(
                    h,
                    "<span class=\"flag nums\" title=\"{}\">numbers differ</span>",
                    esc(&list.join("; "))
                )?;
            }
            for c in &framing {
                write!(
                    h,
                    "<span class=\"flag frame\" title=\"{}\">{}</span>",
                    esc(&format!("{} — {}", super::pair_cue_text(c), c.explanation)),
                    esc(&c.category)
                )?;
            }
            write!(h, "</div>")?;
        }
        writeln!(h, "</td>")?;
        if !columns {
            writeln!(h, "<td class=\"members\">")?;
            // `same`: the other outlets that tell it in the same words
            let member = |h: &mut String, m: &crate::model::FactMember, same: Option<&Wording>| {
                let d = m.document;
                let doc = cmp.documents.get(d);
                write!(
                    h,
                    "<div class=\"m\"><div class=\"o\">{} <span class=\"lang\">{}</span>",
                    esc(label_of(&cx.labels, d)),
                    esc(doc.map_or("", |x| x.language.as_str())),
                )?;
                if let Some(w) = same.filter(|w| w.members.len() > 1) {
                    let others = w.members.len() - 1;
                    write!(
                        h,
                        "<div class=\"muted\" title=\"{}\">and {others} more {} in the same words</div>",
                        esc(&super::same_words_note(w, &cx.labels, SAME_WORDS_NAMED)
                            .unwrap_or_default()),
                        if others == 1 { "outlet" } else { "outlets" }
                    )?;
                }
                write!(
                    h,
                    "</div><div class=\"s\" dir=\"auto\" lang=\"{}\"><span class=\"ix\">[{}]</span>",
                    esc(side_lang(doc, &m.sentences)),
                    super::index_list(&m.sentences, ",")
                )?;
                member_text(cx, pairs, &names, m, h)?;
                writeln!(h, "</div></div>")
            };
            match super::fact_wordings(cmp, f) {
                Some(all) => {
                    // each wording once, with the outlets that share it word for word
                    for w in all.iter().take(WORDINGS_SHOWN) {
                        member(h, w.members[0], Some(w))?;
                    }
                    if let Some(note) = super::more_wordings_note(&all, WORDINGS_SHOWN) {
                        writeln!(
                            h,
                            "<div class=\"muted\">{} (<code>--format csv --table facts</code> lists every outlet's sentences)</div>",
                            esc(&note)
                        )?;
                    }
                }
                None => {
                    for m in &f.members {
                        member(h, m, None)?;
                    }
                }
            }
            missing_outlets(cx, f, h)?;
            writeln!(h, "</td></tr>")?;
            continue;
        }
        for d in 0..n {
            let Some(m) = f.members.iter().find(|m| m.document == d) else {
                writeln!(h, "<td class=\"none\">—</td>")?;
                continue;
            };
            let doc = cmp.documents.get(d);
            write!(
                h,
                "<td class=\"s\" dir=\"auto\" lang=\"{}\"><span class=\"ix\">[{}]</span>",
                esc(side_lang(doc, &m.sentences)),
                super::index_list(&m.sentences, ",")
            )?;
            member_text(cx, pairs, &names, m, h)?;
            writeln!(h, "</td>")?;
        }
        writeln!(h, "</tr>")?;
    }
    writeln!(h, "</tbody></table></div>")?;
    writeln!(h, "</section>")
}

/// One outlet's sentences of a fact: names coloured (contested ones that differ marked),
/// numbers that conflict with another outlet's marked, cues, and the translation if any.
fn member_text(
    cx: &Ctx,
    pairs: &[(&Alignment, &AlignedPair)],
    names: &std::collections::BTreeSet<String>,
    m: &crate::model::FactMember,
    h: &mut String,
) -> std::fmt::Result {
    let doc = cx.cmp.documents.get(m.document);
    let conflicts = super::fact_conflicts(pairs, m.document);
    let no_diff = crate::model::PairDiff::default();
    let pieces = marked_view(doc, &m.sentences, &no_diff, Side::Left, &conflicts);
    side_cell(cx, &pieces, &|e| names.contains(e), h)?;
    translation(doc, &m.sentences, h)
}

/// "Only in X": per outlet, the sentences that belong to no fact.
fn only_outside_facts(cx: &Ctx, h: &mut String) -> std::fmt::Result {
    let cmp = cx.cmp;
    let outside = super::outside_facts(cmp);
    writeln!(h, "<section id=\"only\">")?;
    writeln!(h, "<h2>Only in one outlet</h2>")?;
    writeln!(
        h,
        "<p class=\"meta\">Sentences no other outlet reports (no counterpart in any fact).</p>"
    )?;
    writeln!(h, "<div class=\"onlyall\">")?;
    for (d, idx) in outside.iter().enumerate() {
        let doc = cmp.documents.get(d);
        let total = doc.map_or(0, |x| x.sentences.len());
        writeln!(
            h,
            "<details open><summary>Only in {} <span class=\"lang\">{}</span> <span class=\"muted\">({} of {})</span></summary>",
            esc(label_of(&cx.labels, d)),
            esc(doc.map_or("", |x| &x.language)),
            idx.len(),
            total
        )?;
        if idx.is_empty() {
            writeln!(
                h,
                "<p class=\"muted\">Every sentence is reported elsewhere.</p>"
            )?;
        } else {
            writeln!(h, "<ol>")?;
            for &i in idx {
                write!(h, "<li value=\"{i}\" dir=\"auto\">")?;
                let pieces = marked_view(
                    doc,
                    &[i],
                    &crate::model::PairDiff::default(),
                    Side::Left,
                    &[],
                );
                side_cell(cx, &pieces, &|_| false, h)?;
                translation(doc, &[i], h)?;
                writeln!(h, "</li>")?;
            }
            writeln!(h, "</ol>")?;
        }
        writeln!(h, "</details>")?;
    }
    writeln!(h, "</div>")?;
    writeln!(h, "</section>")
}

fn pair_section(cx: &Ctx, k: usize, a: &Alignment, h: &mut String) -> std::fmt::Result {
    let cmp = cx.cmp;
    let (ln, rn) = (label_of(&cx.labels, a.left), label_of(&cx.labels, a.right));
    let (ld, rd) = (cmp.documents.get(a.left), cmp.documents.get(a.right));
    writeln!(h, "<section class=\"pair\" id=\"pair-{}\">", k + 1)?;
    writeln!(
        h,
        "<h2>{}<span class=\"arrow\">↔</span>{}</h2>",
        esc(ln),
        esc(rn)
    )?;
    writeln!(
        h,
        "<p class=\"meta\">{}</p>",
        esc(&super::pair_counts(cmp, a, ln, rn))
    )?;
    if !a.pairs.is_empty() {
        writeln!(h, "<div class=\"scroll\"><table class=\"pairs\">")?;
        writeln!(
            h,
            "<colgroup><col class=\"n\"><col><col><col class=\"ev\"></colgroup>"
        )?;
        writeln!(
            h,
            "<thead><tr><th>#</th><th>{} <span class=\"lang\">{}</span></th><th>{} <span class=\"lang\">{}</span></th><th>Score and evidence</th></tr></thead>",
            esc(ln),
            esc(ld.map_or("", |d| &d.language)),
            esc(rn),
            esc(rd.map_or("", |d| &d.language)),
        )?;
        writeln!(h, "<tbody>")?;
        for (n, p) in a.pairs.iter().enumerate() {
            pair_row(cx, n, p, ld, rd, h)?;
        }
        writeln!(h, "</tbody></table></div>")?;
    }
    if !a.only_left.is_empty() || !a.only_right.is_empty() {
        writeln!(h, "<div class=\"only\">")?;
        only_list(ln, ld, &a.only_left, h)?;
        only_list(rn, rd, &a.only_right, h)?;
        writeln!(h, "</div>")?;
    }
    writeln!(h, "</section>")
}

fn pair_row(
    cx: &Ctx,
    n: usize,
    p: &AlignedPair,
    ld: Option<&Document>,
    rd: Option<&Document>,
    h: &mut String,
) -> std::fmt::Result {
    let differs = p.diff.words.iter().any(|w| w.tag != DiffTag::Equal)
        || !p.diff.names.is_empty()
        || !p.diff.numbers.is_empty()
        || !p.diff.cues.is_empty();
    writeln!(
        h,
        "<tr{}><td class=\"n\">{}</td>",
        if differs { " class=\"diff\"" } else { "" },
        n + 1
    )?;
    for (doc, idx, side) in [(ld, &p.left, Side::Left), (rd, &p.right, Side::Right)] {
        write!(
            h,
            "<td dir=\"auto\" lang=\"{}\"><span class=\"ix\">[{}]</span>",
            esc(side_lang(doc, idx)),
            super::index_list(idx, ",")
        )?;
        let conflicts: Vec<&str> = p
            .diff
            .numbers
            .iter()
            .map(|n| match side {
                Side::Left => n.left.as_str(),
                Side::Right => n.right.as_str(),
            })
            .collect();
        let pieces = marked_view(doc, idx, &p.diff, side, &conflicts);
        side_cell(cx, &pieces, &|e| name_differs(&p.diff, e), h)?;
        translation(doc, idx, h)?;
        writeln!(h, "</td>")?;
    }
    let pct = (super::round3(p.score).clamp(0.0, 1.0) * 100.0).round();
    write!(
        h,
        "<td class=\"ev\"><div class=\"score\" title=\"alignment score\"><span class=\"track\"><span class=\"bar\" style=\"width:{pct}%\"></span></span><b>{}</b></div>",
        super::score_text(p.score)
    )?;
    if p.secondary {
        write!(h, "<div class=\"anchors\">{}</div>", super::SECONDARY_NOTE)?;
    }
    let ev = &p.evidence;
    if !anchor_items(ev).is_empty() {
        write!(h, "<div class=\"anchors\">")?;
        for e in &ev.entities {
            write!(
                h,
                "<span class=\"a ent\" title=\"entity\">{}</span>",
                esc(e)
            )?;
        }
        for d in &ev.dates {
            write!(h, "<span class=\"a date\" title=\"date\">{}</span>", esc(d))?;
        }
        for x in &ev.numbers {
            write!(
                h,
                "<span class=\"a numv\" title=\"number\">{}</span>",
                esc(x)
            )?;
        }
        for c in &ev.concepts {
            write!(
                h,
                "<span class=\"a date\" title=\"concept named on both sides\">≈{}</span>",
                esc(c)
            )?;
        }
        if let Some(lift) = ev.meaning {
            write!(
                h,
                "<span class=\"a date\" title=\"{}\">{}</span>",
                esc(super::MEANING_NOTE),
                esc(&super::meaning_text(lift))
            )?;
        }
        write!(h, "</div>")?;
    }
    for nd in &p.diff.names {
        write!(
            h,
            "<div class=\"namediff\" title=\"{}\">names: {}</div>",
            esc(&nd.entity),
            esc(&name_difference_text(nd))
        )?;
    }
    for nd in &p.diff.numbers {
        write!(
            h,
            "<div class=\"conflict\">numbers differ: {}</div>",
            esc(&number_difference_text(nd))
        )?;
    }
    for c in &p.diff.cues {
        write!(
            h,
            "<div class=\"cue\" title=\"{}\"><span class=\"cat\">{}</span> {}<small>{}</small></div>",
            esc(&c.explanation),
            esc(&c.category),
            esc(&super::pair_cue_text(c)[c.category.len() + 2..]),
            esc(&c.explanation)
        )?;
    }
    writeln!(h, "</td></tr>")
}

fn only_list(
    name: &str,
    doc: Option<&Document>,
    idx: &[usize],
    h: &mut String,
) -> std::fmt::Result {
    if idx.is_empty() {
        return writeln!(h, "<div></div>");
    }
    writeln!(
        h,
        "<details open><summary>Only in {} ({})</summary><ol>",
        esc(name),
        idx.len()
    )?;
    for &i in idx {
        write!(
            h,
            "<li value=\"{i}\" dir=\"auto\">{}",
            esc(&side_text(doc, &[i]))
        )?;
        translation(doc, &[i], h)?;
        writeln!(h, "</li>")?;
    }
    writeln!(h, "</ol></details>")
}
