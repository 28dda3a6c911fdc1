//! Renderer tests over small hand-made comparisons (original sentences written for these tests).

use super::*;
use crate::model::{
    AlignedPair, Article, Cue, CueRate, DateAnchor, DiffTag, Document, EntityInfo, Evidence, Fact,
    FactMember, InputFailure, MatchKind, NameDifference, NameMention, NameStatus, NamingCell,
    NamingRow, NumberAnchor, NumberDifference, PairCue, PairDiff, Sentence, Span, Translation,
    VariantCount, VariantInfo, WordChange,
};
use unicode_width::UnicodeWidthStr;

// ---------------------------------------------------------------------------------------------
// Fixture builders
// ---------------------------------------------------------------------------------------------

fn doc(id: &str, outlet: &str, lang: &str, title: &str, sentences: &[&str]) -> Document {
    let mut body = String::new();
    let mut out = Vec::new();
    for (index, s) in sentences.iter().enumerate() {
        if !body.is_empty() {
            body.push(' ');
        }
        let start = body.len();
        body.push_str(s);
        out.push(Sentence::bare(index, Span::new(start, body.len()), s, lang));
    }
    Document {
        article: Article {
            id: id.to_string(),
            source: format!("samples/{id}.txt"),
            outlet: Some(outlet.to_string()),
            date: Some("2023-09-30".to_string()),
            title: Some(title.to_string()),
            perspective: None,
            url: None,
            byline: None,
            body,
        },
        language: lang.to_string(),
        language_confidence: 0.98765,
        sentences: out,
    }
}

fn span_of(d: &Document, s: usize, surface: &str) -> Span {
    let sent = &d.sentences[s];
    let at = sent.text.find(surface).expect("surface in sentence");
    Span::new(sent.span.start + at, sent.span.start + at + surface.len())
}

#[allow(clippy::too_many_arguments)]
fn name(
    d: &mut Document,
    s: usize,
    surface: &str,
    entity: &str,
    variant: &str,
    lang: &str,
    conventions: &[&str],
    inflected: bool,
) {
    let span = span_of(d, s, surface);
    d.sentences[s].names.push(NameMention {
        span,
        surface: surface.to_string(),
        entity: entity.to_string(),
        variant: variant.to_string(),
        variant_lang: lang.to_string(),
        conventions: conventions.iter().map(|c| c.to_string()).collect(),
        status: NameStatus::Official,
        matched_by: if inflected {
            MatchKind::Inflected
        } else {
            MatchKind::Exact
        },
    });
}

fn date(d: &mut Document, s: usize, surface: &str, day: u8) {
    let span = span_of(d, s, surface);
    d.sentences[s].dates.push(DateAnchor {
        span,
        surface: surface.to_string(),
        year: Some(2023),
        month: 9,
        day: Some(day),
    });
}

fn number(d: &mut Document, s: usize, surface: &str, value: f64, low: f64, high: Option<f64>) {
    let span = span_of(d, s, surface);
    d.sentences[s].numbers.push(NumberAnchor {
        span,
        surface: surface.to_string(),
        value,
        low,
        high,
        qualifier: None,
        is_year: false,
        unit: None,
    });
}

fn cue(d: &mut Document, s: usize, surface: &str, category: &str, value: &str) {
    let span = span_of(d, s, surface);
    d.sentences[s].cues.push(Cue {
        category: category.into(),
        value: value.into(),
        span,
        surface: surface.into(),
        source: format!("en:{surface}"),
        explanation: format!("{surface}: {value} {category}"),
        quoted: false,
    });
}

/// A word diff in the shape `diff.rs` produces: runs of words and the white space between them.
fn word_diff(a: &str, b: &str) -> Vec<WordChange> {
    fn tokens(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut ws = None;
        for (i, c) in s.char_indices() {
            let w = c.is_whitespace();
            if ws.is_some_and(|p| p != w) {
                out.push(&s[start..i]);
                start = i;
            }
            ws = Some(w);
        }
        if start < s.len() {
            out.push(&s[start..]);
        }
        out
    }
    let (x, y) = (tokens(a), tokens(b));
    let mut lcs = vec![vec![0usize; y.len() + 1]; x.len() + 1];
    for i in (0..x.len()).rev() {
        for j in (0..y.len()).rev() {
            lcs[i][j] = if x[i] == y[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out: Vec<WordChange> = Vec::new();
    let mut push = |tag: DiffTag, t: &str| match out.last_mut() {
        Some(l) if l.tag == tag => l.text.push_str(t),
        _ => out.push(WordChange {
            tag,
            text: t.to_string(),
        }),
    };
    let (mut i, mut j) = (0, 0);
    while i < x.len() || j < y.len() {
        if i < x.len() && j < y.len() && x[i] == y[j] {
            push(DiffTag::Equal, x[i]);
            i += 1;
            j += 1;
        } else if j < y.len() && (i == x.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            push(DiffTag::Insert, y[j]);
            j += 1;
        } else {
            push(DiffTag::Delete, x[i]);
            i += 1;
        }
    }
    out
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[allow(clippy::too_many_arguments)]
fn pair(
    docs: &[Document],
    (l, r): (usize, usize),
    li: usize,
    ri: usize,
    score: f64,
    evidence: Evidence,
    names: Vec<NameDifference>,
    numbers: Vec<NumberDifference>,
) -> AlignedPair {
    let (a, b) = (&docs[l].sentences[li], &docs[r].sentences[ri]);
    let words = if a.language == b.language {
        word_diff(&a.text, &b.text)
    } else {
        Vec::new()
    };
    AlignedPair {
        left: vec![li],
        right: vec![ri],
        score,
        evidence,
        diff: PairDiff {
            words,
            names,
            numbers,
            cues: Vec::new(),
        },
        secondary: false,
    }
}

fn nd(entity: &str, left: &str, right: &str, lc: &[&str], rc: &[&str]) -> NameDifference {
    NameDifference {
        entity: entity.into(),
        left: left.into(),
        right: right.into(),
        left_conventions: strings(lc),
        right_conventions: strings(rc),
    }
}

fn ev(entities: &[&str], dates: &[&str], numbers: &[&str], conflicting: &[&str]) -> Evidence {
    Evidence {
        entities: strings(entities),
        dates: strings(dates),
        numbers: strings(numbers),
        conflicting_numbers: strings(conflicting),
        shared_words: Vec::new(),
        concepts: Vec::new(),
        meaning: None,
    }
}

/// Three articles: Caspian Wire (en, Baku's names), Vostok Daily (ru), Harbor Post (en,
/// international names); one input failed.
pub(super) fn sample() -> Comparison {
    let mut cw = doc(
        "caspian-wire",
        "Caspian Wire",
        "en",
        "Baku restores order in Karabakh",
        &[
            "On 19 September Azerbaijan launched what Baku called local anti-terrorist measures in Karabakh.",
            "Officials in Khankendi said that more than 100,000 residents had left by 30 September.",
            "The Lachin road was reopened for civilian traffic.",
            "The ministry published a statement on its website.",
            "Analysts expect talks in Brussels next month.",
        ],
    );
    name(
        &mut cw,
        0,
        "Karabakh",
        "karabakh",
        "Karabakh",
        "en",
        &["az-official", "intl-press"],
        false,
    );
    name(
        &mut cw,
        1,
        "Khankendi",
        "khankendi-stepanakert",
        "Khankendi",
        "en",
        &["az-official"],
        false,
    );
    name(
        &mut cw,
        2,
        "Lachin",
        "lachin",
        "Lachin",
        "en",
        &["az-official", "intl-press"],
        false,
    );
    date(&mut cw, 0, "19 September", 19);
    date(&mut cw, 1, "30 September", 30);
    number(&mut cw, 1, "more than 100,000", 100_000.0, 100_000.0, None);
    cue(&mut cw, 1, "left", "movement", "departure");
    cue(&mut cw, 0, "what Baku called", "attribution", "doubt");

    let mut vd = doc(
        "vostok-daily",
        "Vostok Daily",
        "ru",
        "Исход из Карабаха",
        &[
            "19 сентября Азербайджан начал военную операцию в Нагорном Карабахе.",
            "К 30 сентября из Степанакерта уехали около 80 тысяч человек.",
            "Москва призвала стороны к сдержанности.",
        ],
    );
    name(
        &mut vd,
        0,
        "Нагорном Карабахе",
        "karabakh",
        "Нагорный Карабах",
        "ru",
        &["hy", "ru-media"],
        true,
    );
    name(
        &mut vd,
        1,
        "Степанакерта",
        "khankendi-stepanakert",
        "Степанакерт",
        "ru",
        &["hy", "ru-media"],
        true,
    );
    date(&mut vd, 0, "19 сентября", 19);
    date(&mut vd, 1, "30 сентября", 30);
    number(
        &mut vd,
        1,
        "около 80 тысяч",
        80_000.0,
        72_000.0,
        Some(88_000.0),
    );

    let mut hp = doc(
        "harbor-post",
        "Harbor Post",
        "en",
        "Exodus from Nagorno-Karabakh",
        &[
            "On 19 September Azerbaijan launched a military offensive in Nagorno-Karabakh.",
            "Officials in Stepanakert said that more than 100,000 residents had fled by 30 September.",
            "The Lachin corridor was reopened for civilian traffic.",
            "Aid agencies warned of fuel shortages.",
        ],
    );
    name(
        &mut hp,
        0,
        "Nagorno-Karabakh",
        "karabakh",
        "Nagorno-Karabakh",
        "en",
        &["hy", "intl-press"],
        false,
    );
    name(
        &mut hp,
        1,
        "Stepanakert",
        "khankendi-stepanakert",
        "Stepanakert",
        "en",
        &["hy", "intl-press"],
        false,
    );
    name(
        &mut hp,
        2,
        "Lachin",
        "lachin",
        "Lachin",
        "en",
        &["az-official", "intl-press"],
        false,
    );
    date(&mut hp, 0, "19 September", 19);
    date(&mut hp, 1, "30 September", 30);
    number(&mut hp, 1, "more than 100,000", 100_000.0, 100_000.0, None);
    cue(&mut hp, 1, "fled", "movement", "forced");

    let docs = vec![cw, vd, hp];
    let karabakh_cw_vd = nd(
        "karabakh",
        "Karabakh",
        "Нагорном Карабахе",
        &["az-official", "intl-press"],
        &["hy", "ru-media"],
    );
    let kh_cw_vd = nd(
        "khankendi-stepanakert",
        "Khankendi",
        "Степанакерта",
        &["az-official"],
        &["hy", "ru-media"],
    );
    let kh_cw_hp = nd(
        "khankendi-stepanakert",
        "Khankendi",
        "Stepanakert",
        &["az-official"],
        &["hy", "intl-press"],
    );
    let karabakh_cw_hp = nd(
        "karabakh",
        "Karabakh",
        "Nagorno-Karabakh",
        &["az-official", "intl-press"],
        &["hy", "intl-press"],
    );
    let num_conflict = NumberDifference {
        left: "more than 100,000".into(),
        right: "около 80 тысяч".into(),
    };
    let num_conflict_r = NumberDifference {
        left: "около 80 тысяч".into(),
        right: "more than 100,000".into(),
    };
    let mut alignments = vec![
        Alignment {
            left: 0,
            right: 1,
            pairs: vec![
                pair(
                    &docs,
                    (0, 1),
                    0,
                    0,
                    0.7812,
                    ev(&["karabakh"], &["2023-09-19"], &[], &[]),
                    vec![karabakh_cw_vd],
                    vec![],
                ),
                pair(
                    &docs,
                    (0, 1),
                    1,
                    1,
                    0.6449,
                    ev(
                        &["khankendi-stepanakert"],
                        &["2023-09-30"],
                        &[],
                        &["more than 100,000 / около 80 тысяч"],
                    ),
                    vec![kh_cw_vd],
                    vec![num_conflict.clone()],
                ),
            ],
            only_left: vec![2, 3, 4],
            only_right: vec![2],
        },
        Alignment {
            left: 0,
            right: 2,
            pairs: vec![
                pair(
                    &docs,
                    (0, 2),
                    0,
                    0,
                    0.9,
                    ev(&["karabakh"], &["2023-09-19"], &[], &[]),
                    vec![karabakh_cw_hp],
                    vec![],
                ),
                pair(
                    &docs,
                    (0, 2),
                    1,
                    1,
                    0.95,
                    ev(
                        &["khankendi-stepanakert"],
                        &["2023-09-30"],
                        &["more than 100,000 / more than 100,000"],
                        &[],
                    ),
                    vec![kh_cw_hp],
                    vec![],
                ),
                pair(
                    &docs,
                    (0, 2),
                    2,
                    2,
                    0.8333,
                    ev(&["lachin"], &[], &[], &[]),
                    vec![],
                    vec![],
                ),
            ],
            only_left: vec![3, 4],
            only_right: vec![3],
        },
        Alignment {
            left: 1,
            right: 2,
            pairs: vec![
                pair(
                    &docs,
                    (1, 2),
                    0,
                    0,
                    0.75,
                    ev(&["karabakh"], &["2023-09-19"], &[], &[]),
                    vec![],
                    vec![],
                ),
                pair(
                    &docs,
                    (1, 2),
                    1,
                    1,
                    0.6,
                    ev(
                        &["khankendi-stepanakert"],
                        &["2023-09-30"],
                        &[],
                        &["около 80 тысяч / more than 100,000"],
                    ),
                    vec![],
                    vec![num_conflict_r],
                ),
            ],
            only_left: vec![2],
            only_right: vec![2, 3],
        },
    ];
    alignments[1].pairs[1].diff.cues.push(PairCue {
        category: "movement".into(),
        left: strings(&["left"]),
        right: strings(&["fled"]),
        explanation: "left side: departure; right side: flight".into(),
    });
    alignments[1].pairs[0].diff.cues.push(PairCue {
        category: "attribution".into(),
        left: strings(&["what Baku called"]),
        right: vec![],
        explanation: "left side: attribution that casts doubt; right side: none".into(),
    });
    let rate = |document, category: &str, count, words: f64| CueRate {
        document,
        category: category.into(),
        count,
        per_1000_words: count as f64 * 1000.0 / words,
    };
    let cue_rates = vec![
        rate(0, "movement", 1, 60.0),
        rate(0, "attribution", 1, 60.0),
        rate(0, "hedge", 0, 60.0),
        rate(1, "movement", 0, 25.0),
        rate(1, "attribution", 0, 25.0),
        rate(1, "hedge", 0, 25.0),
        rate(2, "movement", 1, 41.0),
        rate(2, "attribution", 0, 41.0),
        rate(2, "hedge", 0, 41.0),
    ];
    let vc = |variant: &str, count| VariantCount {
        variant: variant.into(),
        count,
    };
    let cell = |document, variants: Vec<VariantCount>, conventions: &[&str]| NamingCell {
        document,
        variants,
        conventions: strings(conventions),
    };
    let naming = vec![
        NamingRow {
            entity: "karabakh".into(),
            cells: vec![
                cell(0, vec![vc("Karabakh", 1)], &["az-official", "intl-press"]),
                cell(1, vec![vc("Нагорный Карабах", 1)], &["hy", "ru-media"]),
                cell(2, vec![vc("Nagorno-Karabakh", 1)], &["hy", "intl-press"]),
            ],
        },
        NamingRow {
            entity: "khankendi-stepanakert".into(),
            cells: vec![
                cell(0, vec![vc("Khankendi", 1)], &["az-official"]),
                cell(1, vec![vc("Степанакерт", 1)], &["hy", "ru-media"]),
                cell(2, vec![vc("Stepanakert", 1)], &["hy", "intl-press"]),
            ],
        },
        NamingRow {
            entity: "lachin".into(),
            cells: vec![
                cell(0, vec![vc("Lachin", 1)], &["az-official", "intl-press"]),
                cell(2, vec![vc("Lachin", 1)], &["az-official", "intl-press"]),
            ],
        },
    ];
    let vi = |text: &str, lang: &str, conventions: &[&str]| VariantInfo {
        text: text.into(),
        lang: lang.into(),
        conventions: strings(conventions),
        status: NameStatus::Official,
    };
    let entities = vec![
        EntityInfo {
            id: "karabakh".into(),
            kind: "region".into(),
            contested: true,
            variants: vec![
                vi("Karabakh", "en", &["az-official", "intl-press"]),
                vi("Nagorno-Karabakh", "en", &["hy", "intl-press"]),
                vi("Нагорный Карабах", "ru", &["hy", "ru-media"]),
                vi("Artsakh", "en", &["hy"]),
            ],
        },
        EntityInfo {
            id: "khankendi-stepanakert".into(),
            kind: "place".into(),
            contested: true,
            variants: vec![
                vi("Khankendi", "en", &["az-official"]),
                vi("Stepanakert", "en", &["hy", "intl-press"]),
                vi("Степанакерт", "ru", &["hy", "ru-media"]),
                vi("Xankəndi", "az", &["az-official"]),
            ],
        },
        EntityInfo {
            id: "lachin".into(),
            kind: "place".into(),
            contested: false,
            variants: vec![
                vi("Lachin", "en", &["az-official", "intl-press"]),
                vi("Berdzor", "en", &["hy"]),
            ],
        },
    ];
    Comparison {
        documents: docs,
        alignments,
        partners: None,
        off_topic: Vec::new(),
        copies: Vec::new(),
        naming,
        entities,
        facts: Vec::new(),
        cue_rates,
        errors: vec![InputFailure {
            source: "samples/missing.txt".into(),
            message: "cannot read: No such file or directory (os error 2)".into(),
        }],
    }
}

/// The sample with facts (clusters across all three documents), a perspective and translations.
pub(super) fn sample_with_facts() -> Comparison {
    let mut cmp = sample();
    let member = |document, sentences: &[usize]| FactMember {
        document,
        sentences: sentences.to_vec(),
    };
    cmp.facts = vec![
        Fact {
            id: 1,
            members: vec![member(0, &[0]), member(1, &[0]), member(2, &[0])],
            anchors: strings(&["karabakh", "2023-09-19"]),
            linked_by: Vec::new(),
        },
        Fact {
            id: 2,
            members: vec![member(0, &[1]), member(1, &[1]), member(2, &[1])],
            anchors: strings(&["khankendi-stepanakert", "2023-09-30"]),
            linked_by: Vec::new(),
        },
        Fact {
            id: 3,
            members: vec![member(0, &[2]), member(2, &[2])],
            anchors: strings(&["lachin"]),
            linked_by: Vec::new(),
        },
    ];
    cmp.documents[0].article.perspective = Some("Baku-based, pro-government".into());
    cmp.documents[2].article.perspective = Some("International wire".into());
    let english = [
        "On 19 September Azerbaijan began a military operation in Nagorno-Karabakh.",
        "By 30 September about 80 thousand people had left Stepanakert.",
        "Moscow called on the sides to show restraint.",
    ];
    for (s, t) in cmp.documents[1].sentences.iter_mut().zip(english) {
        s.translation = Some(Translation {
            lang: "en".into(),
            text: t.into(),
            backend: "apertium".into(),
        });
    }
    cmp
}

fn render_to_string(cmp: &Comparison, format: Format, opts: &RenderOptions) -> String {
    let mut buf = Vec::new();
    render_comparison(cmp, format, opts, &mut buf).expect("render");
    String::from_utf8(buf).expect("utf-8")
}

fn opts() -> RenderOptions {
    RenderOptions {
        color: false,
        width: 100,
        csv_table: CsvTable::Pairs,
        pairs: PairFilter::Auto,
    }
}

fn snapshot(name: &str, value: &str) {
    // Snapshot files are named by `name` only, so they are the same whichever crate runs them.
    insta::with_settings!({prepend_module_to_snapshot => false, omit_expression => true}, {
        insta::assert_snapshot!(name, value);
    });
}

// ---------------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------------

#[test]
fn snapshot_text() {
    snapshot(
        "compare_text",
        &render_to_string(&sample(), Format::Text, &opts()),
    );
}

#[test]
fn snapshot_text_narrow() {
    let o = RenderOptions {
        width: 50,
        ..opts()
    };
    snapshot(
        "compare_text_narrow",
        &render_to_string(&sample(), Format::Text, &o),
    );
}

#[test]
fn snapshot_markdown() {
    snapshot(
        "compare_markdown",
        &render_to_string(&sample(), Format::Markdown, &opts()),
    );
}

#[test]
fn snapshot_json() {
    snapshot(
        "compare_json",
        &render_to_string(&sample(), Format::Json, &opts()),
    );
}

#[test]
fn snapshot_csv() {
    for (table, name) in [
        (CsvTable::Pairs, "compare_csv_pairs"),
        (CsvTable::Names, "compare_csv_names"),
        (CsvTable::Coverage, "compare_csv_coverage"),
    ] {
        let o = RenderOptions {
            csv_table: table,
            ..opts()
        };
        snapshot(name, &render_to_string(&sample(), Format::Csv, &o));
    }
}

// ---------------------------------------------------------------------------------------------
// Targeted checks
// ---------------------------------------------------------------------------------------------

#[test]
fn json_parses_back_with_the_contract() {
    let s = render_to_string(&sample(), Format::Json, &opts());
    assert!(s.ends_with("}\n"));
    let v: serde_json::Value = serde_json::from_str(&s).expect("valid JSON");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["articles"].as_array().unwrap().len(), 3);
    assert_eq!(v["articles"][0]["sentences"].as_array().unwrap().len(), 5);
    assert_eq!(v["articles"][0]["language_confidence"], 0.988);
    let name = &v["articles"][1]["sentences"][1]["names"][0];
    assert_eq!(name["entity"], "khankendi-stepanakert");
    assert_eq!(name["surface"], "Степанакерта");
    assert_eq!(name["convention"], "hy");
    assert_eq!(name["conventions"][1], "ru-media");
    assert_eq!(name["matched_by"], "inflected");
    let al = v["alignments"].as_array().unwrap();
    assert_eq!(al.len(), 3);
    assert_eq!(al[0]["left"], "caspian-wire");
    assert_eq!(al[0]["right"], "vostok-daily");
    assert_eq!(al[0]["pairs"].as_array().unwrap().len(), 2);
    assert_eq!(al[0]["pairs"][0]["score"], 0.781);
    assert_eq!(al[0]["only_left"], serde_json::json!([2, 3, 4]));
    assert_eq!(
        al[0]["pairs"][1]["diff"]["numbers"][0]["right"],
        "около 80 тысяч"
    );
    assert_eq!(
        al[0]["pairs"][1]["anchors"]["conflicting_numbers"][0],
        "more than 100,000 / около 80 тысяч"
    );
    assert_eq!(
        v["names_by_outlet"]["khankendi-stepanakert"]["Vostok Daily"][0]["variant"],
        "Степанакерт"
    );
    assert_eq!(v["entities"].as_array().unwrap().len(), 3);
    assert_eq!(v["errors"][0]["source"], "samples/missing.txt");
    assert_eq!(al[1]["pairs"][1]["cues"][0]["right"][0], "fled");
    assert_eq!(
        v["articles"][2]["sentences"][1]["cues"][0]["value"],
        "forced"
    );
    assert_eq!(v["cues_by_outlet"]["Harbor Post"]["movement"]["count"], 1);
    assert_eq!(
        v["cues_by_outlet"]["Harbor Post"]["movement"]["per_1000_words"],
        24.39
    );
    // the numbers' unbounded upper end is null
    assert!(v["articles"][0]["sentences"][1]["numbers"][0]["high"].is_null());
}

#[test]
fn output_is_deterministic() {
    let cmp = sample();
    for f in [
        Format::Text,
        Format::Markdown,
        Format::Json,
        Format::Html,
        Format::Csv,
    ] {
        assert_eq!(
            render_to_string(&cmp, f, &opts()),
            render_to_string(&cmp, f, &opts())
        );
    }
}

#[test]
fn text_without_color_has_no_escape_codes_and_with_color_has_them() {
    let mut cmp = sample();
    // an article that tries to smuggle in escape codes
    cmp.documents[0].sentences[3].text = "Plain \x1b[31mred\x1b[0m text\x07.".into();
    let plain = render_to_string(&cmp, Format::Text, &opts());
    assert!(!plain.contains('\x1b'));
    assert!(plain.contains("[-Khankendi-]"));
    assert!(plain.contains("{+Stepanakert+}"));
    assert!(plain.contains("[-what"));
    let colored = render_to_string(
        &cmp,
        Format::Text,
        &RenderOptions {
            color: true,
            ..opts()
        },
    );
    assert!(colored.contains("\x1b["));
    assert!(!colored.contains("\x1b[31mred"));
    assert!(!colored.contains("[-"));
}

#[test]
fn text_shows_summary_names_and_conflicts() {
    let s = render_to_string(&sample(), Format::Text, &opts());
    let first = s.lines().next().unwrap();
    assert!(first.contains("3 articles"), "{first}");
    assert!(
        first.contains("7 aligned pairs across 3 article pairs"),
        "{first}"
    );
    assert!(s.contains("Khankendi ≠ Степанакерта (az-official / hy, ru-media)"));
    assert!(s.contains("more than 100,000 ≠ около 80 тысяч"));
    assert!(s.contains("Only in Caspian Wire (3):"));
    assert!(s.contains("samples/missing.txt"));
    for line in s.lines() {
        assert!(line.width() <= 100, "too wide: {line}");
    }
}

#[test]
fn only_lists_are_truncated() {
    let mut cmp = sample();
    let many: Vec<String> = (0..20)
        .map(|i| format!("Filler sentence number {i}."))
        .collect();
    let refs: Vec<&str> = many.iter().map(String::as_str).collect();
    cmp.documents[1] = doc("vostok-daily", "Vostok Daily", "ru", "t", &refs);
    cmp.alignments[0].only_right = (0..20).collect();
    let s = render_to_string(&cmp, Format::Text, &opts());
    assert!(s.contains("… and 12 more"), "{s}");
}

#[test]
fn markdown_escapes_article_text() {
    let mut cmp = sample();
    cmp.documents[0].sentences[3].text =
        "# Heading | pipe *bold* _it_ `code` <b>x</b> [link](y)".into();
    let s = render_to_string(&cmp, Format::Markdown, &opts());
    assert!(
        s.contains(r"\# Heading \| pipe \*bold\* \_it\_ \`code\` &lt;b&gt;x&lt;/b&gt; \[link\](y)")
    );
    assert!(!s.contains("<b>"));
    // every table row has the same number of unescaped pipes as its header
    for block in s.split("\n\n") {
        let rows: Vec<&str> = block.lines().filter(|l| l.starts_with('|')).collect();
        if let Some(head) = rows.first() {
            let count = |l: &str| l.replace("\\|", "").matches('|').count();
            for r in &rows {
                assert_eq!(count(r), count(head), "{r}");
            }
        }
    }
}

const HOSTILE: [&str; 4] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "</td></tr></table>",
];

fn hostile() -> Comparison {
    let evil = HOSTILE.join(" ");
    let mut cmp = sample();
    let d = &mut cmp.documents[0];
    d.article.id = format!("id{evil}");
    d.article.outlet = Some(format!("Outlet{evil}"));
    d.article.title = Some(format!("Title{evil}"));
    d.article.source = format!("src{evil}");
    d.language = format!("en{}", HOSTILE[2]);
    let s = &mut d.sentences[0];
    s.text = format!("{} {evil} Karabakh", s.text);
    s.language = format!("en{}", HOSTILE[1]);
    d.sentences[3].text = evil.clone();
    // a hostile glossary variant and mention
    cmp.entities[0].variants.push(VariantInfo {
        text: format!("Var{evil}"),
        lang: HOSTILE[0].into(),
        conventions: vec![HOSTILE[1].into()],
        status: NameStatus::Variant,
    });
    cmp.entities[0].kind = HOSTILE[3].into();
    let m = &mut cmp.documents[0].sentences[0].names[0];
    m.conventions.push(HOSTILE[2].into());
    m.variant = format!("V{}", HOSTILE[0]);
    cmp.naming[0].cells[0].variants[0].variant = format!("N{}", HOSTILE[1]);
    cmp.naming[0].entity = format!("e{}", HOSTILE[3]);
    cmp.alignments[0].pairs[0]
        .evidence
        .entities
        .push(HOSTILE[0].into());
    cmp.alignments[0].pairs[0].diff.names[0].left = HOSTILE[1].into();
    cmp.alignments[1].pairs[0].diff.words.push(WordChange {
        tag: DiffTag::Delete,
        text: evil.clone(),
    });
    cmp.alignments[1].pairs[1].diff.cues[0].explanation = evil.clone();
    cmp.alignments[1].pairs[1].diff.cues[0]
        .left
        .push(evil.clone());
    cmp.cue_rates[0].category = HOSTILE[0].into();
    cmp.errors[0].message = evil;
    cmp
}

/// Every tag in `html` is one the renderer writes, with attributes it writes: nothing injected.
fn unknown_markup(html: &str) -> Result<(), String> {
    const TAGS: &[&str] = &[
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p",
        "nav", "a", "span", "main", "section", "ul", "ol", "li", "b", "div", "input", "label",
        "table", "thead", "tbody", "tr", "th", "td", "colgroup", "col", "svg", "text", "tspan",
        "g", "rect", "details", "summary", "mark", "del", "ins", "br", "small", "footer", "script",
        "sup", "circle", "dl", "dt", "dd", "code",
    ];
    const ATTRS: &[&str] = &[
        "class",
        "id",
        "href",
        "lang",
        "dir",
        "title",
        "style",
        "value",
        "content",
        "charset",
        "name",
        "http-equiv",
        "type",
        "placeholder",
        "aria-label",
        "role",
        "width",
        "height",
        "viewBox",
        "x",
        "y",
        "rx",
        "fill",
        "hidden",
        "opacity",
        "open",
        "html",
        "transform",
        "cx",
        "cy",
        "r",
        "stroke",
    ];
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let after = &rest[i + 1..];
        let end = after.find('>').ok_or("unclosed tag")?;
        let tag = &after[..end];
        rest = &after[end..];
        if let Some(name) = tag.strip_prefix('/') {
            if !TAGS.contains(&name) {
                return Err(format!("unknown closing tag <{tag}>"));
            }
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .collect();
        if !TAGS.contains(&name.as_str()) {
            return Err(format!("unknown tag <{tag}>"));
        }
        if name == "script" || name == "style" {
            // our own; skip to its end
            let close = format!("</{name}>");
            let j = rest.find(&close).ok_or("unclosed script/style")?;
            rest = &rest[j..];
            continue;
        }
        // attributes: name="value" with no quote inside the value
        let mut attrs = &tag[name.len()..];
        loop {
            attrs = attrs.trim_start().trim_end_matches('/');
            if attrs.is_empty() {
                break;
            }
            let n: String = attrs
                .chars()
                .take_while(|c| *c != '=' && !c.is_whitespace())
                .collect();
            if !ATTRS.contains(&n.as_str()) {
                return Err(format!("unknown attribute {n} in <{tag}>"));
            }
            attrs = &attrs[n.len()..];
            if let Some(v) = attrs.strip_prefix("=\"") {
                let q = v.find('"').ok_or("unquoted value")?;
                attrs = &v[q + 1..];
            }
        }
    }
    Ok(())
}

fn assert_only_known_markup(html: &str) {
    if let Err(e) = unknown_markup(html) {
        panic!("{e}");
    }
}

#[test]
fn html_escapes_hostile_input() {
    let s = render_to_string(&hostile(), Format::Html, &opts());
    for h in HOSTILE {
        assert!(!s.contains(h), "unescaped: {h}");
    }
    // only our own script, our own svg; no injected tags or handlers
    assert_eq!(s.matches("<script").count(), 1);
    assert_eq!(
        s.matches("<svg").count(),
        s.matches("<svg class=\"heat\"").count()
    );
    assert!(!s.contains("<img"));
    assert!(!s.contains("<svg onload"));
    assert_only_known_markup(&s);
    // the escaped text is there
    assert!(s.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(s.contains("&quot;&gt;&lt;svg onload=alert(1)&gt;"));
    assert!(s.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"));
    // nothing from the network
    assert!(!s.contains("http://") && !s.contains("https://") && !s.contains("//cdn"));
}

#[test]
fn markdown_and_text_neutralise_hostile_input() {
    let cmp = hostile();
    let md = render_to_string(&cmp, Format::Markdown, &opts());
    assert!(!md.contains("<script") && !md.contains("<img") && !md.contains("<svg"));
    let txt = render_to_string(&cmp, Format::Text, &opts());
    assert!(!txt.contains('\x1b'));
    let json = render_to_string(&cmp, Format::Json, &opts());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(
        v["articles"][0]["id"]
            .as_str()
            .unwrap()
            .contains("<script>")
    );
}

/// An outlet and a sentence with a right-to-left override, an isolate and escape sequences: no
/// format passes the override or the control characters on (an override in the page's
/// `<title>` reverses the browser tab's text), and the words around them survive.
#[test]
fn every_format_drops_bidi_overrides_and_control_characters() {
    let mut cmp = sample();
    let d = &mut cmp.documents[0];
    d.article.outlet = Some("(\u{202e}Trusted Wire\u{1b}[31m)".into());
    d.sentences[0].text = format!(
        "{} \u{2067}spoof\u{2069} \u{1b}]0;T\u{7}",
        d.sentences[0].text
    );
    for format in [Format::Html, Format::Markdown, Format::Text] {
        let out = render_to_string(&cmp, format, &opts());
        for c in [
            '\u{202e}', '\u{2067}', '\u{2069}', '\u{1b}', '\u{7}', '\u{fffd}',
        ] {
            assert!(!out.contains(c), "{format:?} passes {c:?} on");
        }
        assert!(
            out.contains("Trusted Wire") && out.contains("spoof"),
            "{format:?}"
        );
    }
    for table in [
        CsvTable::Pairs,
        CsvTable::Names,
        CsvTable::Coverage,
        CsvTable::Facts,
    ] {
        let o = RenderOptions {
            csv_table: table,
            ..opts()
        };
        let out = render_to_string(&cmp, Format::Csv, &o);
        for c in ['\u{202e}', '\u{2067}', '\u{1b}', '\u{7}'] {
            assert!(!out.contains(c), "csv {table:?} passes {c:?} on");
        }
    }
    // a right-to-left mark is no override: Arabic text keeps it
    assert!(!super::is_bidi_override('\u{200f}'));
}

/// The page's policy allows its own script by hash and nothing inline besides.
#[test]
fn html_policy_allows_only_the_page_script() {
    let s = render_to_string(&sample(), Format::Html, &opts());
    let policy = s
        .lines()
        .find(|l| l.contains("Content-Security-Policy"))
        .unwrap();
    assert!(policy.contains("script-src 'sha256-"), "{policy}");
    assert!(policy.contains("base-uri 'none'") && policy.contains("form-action 'none'"));
    assert_eq!(
        policy.matches("unsafe-inline").count(),
        1,
        "styles only: {policy}"
    );
}

/// Standard-error messages escape what could drive a terminal and keep line breaks.
#[test]
fn terminal_messages_escape_controls_and_overrides() {
    assert_eq!(
        super::terminal_message("a\u{1b}[2J\u{202e}b\nc\td"),
        "a\\u{1b}[2J\\u{202e}b\nc\td"
    );
    assert!(matches!(
        super::terminal_message("plain: Ստեփանակերտ"),
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn html_is_self_contained_and_complete() {
    let s = render_to_string(&sample(), Format::Html, &opts());
    assert!(s.starts_with("<!DOCTYPE html>"));
    assert!(s.trim_end().ends_with("</html>"));
    for outlet in ["Caspian Wire", "Vostok Daily", "Harbor Post"] {
        assert!(s.contains(outlet));
    }
    assert!(s.contains("id=\"coverage\"") && s.contains("id=\"naming\""));
    assert!(s.contains("<del>") && s.contains("<ins>"));
    assert!(s.contains("@media print"));
    assert!(!s.contains("src=") && !s.contains("href=\"http"));
    // names carry their other variants on hover
    assert!(s.contains("other names: Khankendi [en; az-official]"));
}

#[test]
fn csv_defuses_formulas() {
    let mut cmp = sample();
    cmp.documents[0].sentences[0].text = "=HYPERLINK(\"x\")".into();
    let s = render_to_string(&cmp, Format::Csv, &opts());
    assert!(s.contains("'=HYPERLINK"));
    let mut rdr = ::csv::Reader::from_reader(s.as_bytes());
    let rows: Vec<_> = rdr.records().collect::<Result<_, _>>().unwrap();
    assert_eq!(rows.len(), 7);
    assert!(rows.iter().all(|r| r.len() == 12));
}

#[test]
fn empty_comparison_renders() {
    let cmp = Comparison {
        documents: vec![],
        alignments: vec![],
        partners: None,
        off_topic: Vec::new(),
        copies: Vec::new(),
        naming: vec![],
        entities: vec![],
        facts: Vec::new(),
        cue_rates: vec![],
        errors: vec![],
    };
    for f in [
        Format::Text,
        Format::Markdown,
        Format::Json,
        Format::Html,
        Format::Csv,
    ] {
        let s = render_to_string(&cmp, f, &opts());
        assert!(!s.is_empty());
    }
}

#[test]
fn out_of_range_indices_do_not_panic() {
    let mut cmp = sample();
    cmp.alignments[0].pairs[0].left = vec![99];
    cmp.alignments[0].only_right = vec![42];
    cmp.alignments.push(Alignment {
        left: 7,
        right: 8,
        pairs: vec![],
        only_left: vec![1],
        only_right: vec![],
    });
    cmp.naming[0].cells[0].document = 17;
    for f in [
        Format::Text,
        Format::Markdown,
        Format::Json,
        Format::Html,
        Format::Csv,
    ] {
        render_to_string(&cmp, f, &opts());
    }
}

// ---------------------------------------------------------------------------------------------
// Wide characters: wrapping never panics and never exceeds the width
// ---------------------------------------------------------------------------------------------

fn wide_comparison(sentences: &[String], left_words: &[String]) -> Comparison {
    let refs: Vec<&str> = sentences.iter().map(String::as_str).collect();
    let a = doc("ա-հայ", "Ազատ Լրատու 自由 الحرية", "hy", "Վերնագիր", &refs);
    let b = doc("ب-عرب", "الصحيفة العربية 日報", "ar", "عنوان", &refs);
    let n = refs.len();
    let words: Vec<WordChange> = left_words
        .iter()
        .enumerate()
        .map(|(i, w)| WordChange {
            tag: [DiffTag::Equal, DiffTag::Delete, DiffTag::Insert][i % 3],
            text: w.clone(),
        })
        .collect();
    let pairs = (0..n)
        .map(|i| AlignedPair {
            left: vec![i],
            right: vec![(i + 1) % n],
            score: 0.5,
            evidence: ev(
                &["ստեփանակերտ-خانكندي"],
                &["2023-09-19"],
                &["100 հազար / ١٠٠٬٠٠٠"],
                &[],
            ),
            diff: PairDiff {
                words: if i % 2 == 0 { words.clone() } else { vec![] },
                names: vec![nd("x", "Ստեփանակերտ", "خانكندي", &["hy"], &["az-official"])],
                numbers: vec![NumberDifference {
                    left: "100 հազար".into(),
                    right: "一万".into(),
                }],
                cues: vec![],
            },
            secondary: false,
        })
        .collect();
    Comparison {
        documents: vec![a, b],
        alignments: vec![Alignment {
            left: 0,
            right: 1,
            pairs,
            only_left: (0..n).collect(),
            only_right: (0..n).collect(),
        }],
        partners: None,
        off_topic: Vec::new(),
        copies: Vec::new(),
        naming: vec![NamingRow {
            entity: "x".into(),
            cells: vec![NamingCell {
                document: 0,
                variants: vec![VariantCount {
                    variant: "Ստեփանակերտ日本語日本語日本語日本語日本語日本語日本語日本語日本語"
                        .into(),
                    count: 3,
                }],
                conventions: vec!["hy".into()],
            }],
        }],
        entities: vec![],
        facts: Vec::new(),
        cue_rates: vec![],
        errors: vec![InputFailure {
            source: "文件.txt".into(),
            message: "Ֆայլը չի գտնվել ملف غير موجود".into(),
        }],
    }
}

#[test]
fn wide_text_fits_fixed_examples() {
    let sentences = vec![
        "Սեպտեմբերի 19-ին Ադրբեջանը սկսեց ռազմական գործողություն Լեռնային Ղարաբաղում։".to_string(),
        "أعلنت وزارة الدفاع الأذربيجانية بدء عمليات لمكافحة الإرهاب في كاراباخ؟".to_string(),
        "九月十九日，阿塞拜疆在纳戈尔诺-卡拉巴赫发起军事行动，超过十万人离开。".to_string(),
        "e\u{301}\u{302} 👩‍👩‍👧 ☺\u{fe0f} tab\there".to_string(),
    ];
    let words: Vec<String> = sentences[2].chars().map(String::from).collect();
    let cmp = wide_comparison(&sentences, &words);
    for width in [20, 21, 33, 59, 60, 61, 80, 100, 137] {
        let o = RenderOptions { width, ..opts() };
        let s = render_to_string(&cmp, Format::Text, &o);
        for line in s.lines() {
            assert!(
                line.width() <= width,
                "width {width}: {line:?} is {}",
                line.width()
            );
        }
    }
}

mod wide_props {
    use super::*;
    use proptest::prelude::*;

    fn wide_string() -> impl Strategy<Value = String> {
        let pieces = prop::collection::vec(
            prop_oneof![
                prop::sample::select(vec![
                    "Ստեփանակերտ",
                    "Լեռնային",
                    "خانكندي",
                    "الحرية،",
                    "日本語の文章",
                    "한국어",
                    "👩‍👩‍👧",
                    "☺\u{fe0f}",
                    "e\u{301}",
                    "\u{200b}",
                    "\u{202e}",
                    "\x1b[2J",
                    " ",
                    "  ",
                    "\t",
                    "\n",
                    "Khankendi",
                    "word",
                    "verylongwordwithoutanyspacesatallthatmustbebroken",
                    "|*_<>&\"'",
                ])
                .prop_map(String::from),
                "[a-zа-я]{1,12}",
            ],
            0..40,
        );
        pieces.prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn text_lines_fit_the_width(
            sentences in prop::collection::vec(wide_string(), 1..5),
            words in prop::collection::vec(wide_string(), 0..6),
            width in 20usize..160,
            color in any::<bool>(),
        ) {
            let cmp = wide_comparison(&sentences, &words);
            let o = RenderOptions { width, color, csv_table: CsvTable::Pairs, pairs: PairFilter::Auto };
            let s = render_to_string(&cmp, Format::Text, &o);
            if !color {
                prop_assert!(!s.contains('\x1b'));
                for line in s.lines() {
                    prop_assert!(line.width() <= width, "width {}: {:?} is {}", width, line, line.width());
                }
            }
            for f in [Format::Markdown, Format::Json, Format::Html, Format::Csv] {
                render_to_string(&cmp, f, &o);
            }
        }
    }
}

#[test]
fn markup_checker_catches_injection() {
    for bad in [
        "<img src=x onerror=alert(1)>",
        "<b onclick=\"x\">",
        "<td>\"><svg onload=1></td>",
    ] {
        assert!(unknown_markup(bad).is_err(), "{bad}");
    }
    assert_only_known_markup(&render_to_string(&sample(), Format::Html, &opts()));
}

/// Writes the sample report to the temp dir for a look in a browser:
/// `cargo test dump_sample_html -- --ignored`.
#[test]
#[ignore]
fn dump_sample_html() {
    let dir = std::env::temp_dir();
    std::fs::write(
        dir.join("parallax-sample.html"),
        render_to_string(&sample(), Format::Html, &opts()),
    )
    .unwrap();
    std::fs::write(
        dir.join("parallax-facts.html"),
        render_to_string(&sample_with_facts(), Format::Html, &opts()),
    )
    .unwrap();
    std::fs::write(
        dir.join("parallax-hostile.html"),
        render_to_string(&hostile(), Format::Html, &opts()),
    )
    .unwrap();
}

// ---------------------------------------------------------------------------------------------
// Facts view, translations, perspective
// ---------------------------------------------------------------------------------------------

#[test]
fn snapshot_html_facts() {
    snapshot(
        "compare_html_facts",
        &render_to_string(&sample_with_facts(), Format::Html, &opts()),
    );
}

#[test]
fn snapshot_csv_coverage_facts() {
    let o = RenderOptions {
        csv_table: CsvTable::Coverage,
        ..opts()
    };
    snapshot(
        "compare_csv_coverage_facts",
        &render_to_string(&sample_with_facts(), Format::Csv, &o),
    );
}

/// The `<tr id="fact-N">` row of the facts table.
fn fact_row(html: &str, id: usize) -> &str {
    let start = html
        .find(&format!("<tr id=\"fact-{id}\""))
        .expect("fact row");
    let end = html[start..].find("</tr>").expect("row end");
    &html[start..start + end]
}

#[test]
fn html_shows_facts_by_outlet_when_there_are_facts() {
    let s = render_to_string(&sample_with_facts(), Format::Html, &opts());
    assert_only_known_markup(&s);
    assert!(s.contains("<table class=\"facts\">"));
    // every fact is a row; cells in document order, an empty cell where an outlet is silent
    for id in 1..=3 {
        assert!(s.contains(&format!("id=\"fact-{id}\"")), "fact {id}");
    }
    let f1 = fact_row(&s, 1);
    let caspian = f1.find("what Baku called").unwrap();
    let vostok = f1.find("19 сентября").unwrap();
    let harbor = f1.find("military offensive").unwrap();
    assert!(caspian < vostok && vostok < harbor);
    let f3 = fact_row(&s, 3);
    assert_eq!(f3.matches("<td class=\"none\">").count(), 1, "{f3}");
    assert!(f3.contains("2 of 3 outlets"));
    // differences: names flagged and marked, the conflicting numbers marked on both sides
    let f2 = fact_row(&s, 2);
    assert!(f2.contains("names differ") && f2.contains("numbers differ"));
    assert!(f2.contains("<mark class=\"nx\""));
    assert!(f2.contains(">около 80 тысяч</mark>") && f2.contains(">more than 100,000</mark>"));
    assert!(f2.contains("nm cv") && f2.contains(" nd\""));
    // cue badges with their explanation, translation under the original
    assert!(f2.contains("<sup class=\"cb\""));
    assert!(f2.contains("fled: forced movement"));
    assert!(f2.contains("By 30 September about 80 thousand people had left Stepanakert."));
    // the fact × outlet heat map replaces the outlet × outlet one
    assert!(s.contains("aria-label=\"coverage matrix, facts by outlet\""));
    assert!(!s.contains("aria-label=\"coverage matrix\""));
    // only in X: sentences in no fact, per outlet
    let only = &s[s.find("id=\"only\"").unwrap()..];
    let only = &only[..only.find("</section>").unwrap()];
    assert!(only.contains("Only in Caspian Wire"));
    assert!(only.contains("The ministry published a statement on its website."));
    assert!(only.contains("Москва призвала стороны к сдержанности."));
    assert!(only.contains("Moscow called on the sides to show restraint."));
    assert!(!only.contains("The Lachin road"));
    // perspective in the header table
    assert!(s.contains("<th>Perspective</th>") && s.contains("Baku-based, pro-government"));
    // the per-pair tables stay available, folded
    assert!(s.contains("<details class=\"pairbox\">"));
    assert!(s.contains("<del>") && s.contains("<ins>"));
}

#[test]
fn html_without_facts_keeps_the_pair_view() {
    let s = render_to_string(&sample(), Format::Html, &opts());
    assert!(!s.contains("<table class=\"facts\">"));
    assert!(s.contains("aria-label=\"coverage matrix\""));
    assert!(s.contains("<section class=\"pair\" id=\"pair-1\">"));
    assert!(!s.contains("<details class=\"pairbox\">"));
    assert!(!s.contains("<th>Perspective</th>"));
    // cues are marked inline in the pair view too
    assert!(s.contains("<span class=\"cu\""));
}

#[test]
fn html_holds_no_network_address_even_when_articles_quote_one() {
    let mut cmp = sample_with_facts();
    cmp.documents[0].sentences[3].text =
        "The ministry published a statement on https://example.org/x and http://example.net."
            .into();
    cmp.documents[0].article.url = Some("https://example.org/article".into());
    let s = render_to_string(&cmp, Format::Html, &opts());
    assert!(
        !s.contains("http://") && !s.contains("https://"),
        "network address in page"
    );
    assert!(s.contains("https:&#47;&#47;example.org/x"));
    assert!(s.contains("default-src 'none'"));
}

#[test]
fn csv_coverage_is_fact_by_outlet_when_there_are_facts() {
    let o = RenderOptions {
        csv_table: CsvTable::Coverage,
        ..opts()
    };
    let s = render_to_string(&sample_with_facts(), Format::Csv, &o);
    let mut rdr = ::csv::Reader::from_reader(s.as_bytes());
    let head: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(head[0], "fact");
    assert!(head.contains(&"caspian-wire".to_string()));
    let rows: Vec<_> = rdr.records().collect::<Result<_, _>>().unwrap();
    assert_eq!(rows.len(), 3);
    // fact 3: Vostok Daily does not report it
    let vd = head.iter().position(|h| h == "vostok-daily").unwrap();
    assert_eq!(&rows[2][vd], "");
    assert_eq!(&rows[0][vd], "0");
}

#[test]
fn json_carries_facts_translations_and_perspective() {
    let s = render_to_string(&sample_with_facts(), Format::Json, &opts());
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v["facts"].as_array().unwrap().len(), 3);
    assert_eq!(v["facts"][2]["members"][1]["article"], "harbor-post");
    assert_eq!(
        v["articles"][0]["perspective"],
        "Baku-based, pro-government"
    );
    assert_eq!(
        v["articles"][1]["sentences"][2]["translation"]["text"],
        "Moscow called on the sides to show restraint."
    );
}

#[test]
fn pairs_by_fact_finds_what_fact_pairs_finds_for_each_fact() {
    let cmp = sample_with_facts();
    let by_fact = pairs_by_fact(&cmp);
    assert_eq!(by_fact.len(), cmp.facts.len());
    let key = |v: &[(&Alignment, &AlignedPair)]| -> Vec<(usize, usize, Vec<usize>, Vec<usize>)> {
        let mut k: Vec<_> = v
            .iter()
            .map(|(a, p)| (a.left, a.right, p.left.clone(), p.right.clone()))
            .collect();
        k.sort();
        k
    };
    let mut total = 0;
    for (f, found) in cmp.facts.iter().zip(&by_fact) {
        assert_eq!(key(found), key(&fact_pairs(&cmp, f)), "fact {}", f.id);
        total += found.len();
    }
    assert!(total > 0, "the sample's facts hold aligned pairs");
}

#[test]
fn text_and_markdown_lay_out_each_fact_with_the_outlets_that_leave_it_out() {
    let cmp = sample_with_facts();
    let labels = labels(&cmp);
    for format in [Format::Text, Format::Markdown] {
        let out = render_to_string(&cmp, format, &opts());
        assert!(
            out.contains("Facts told by two or more outlets (3)"),
            "{format:?}: {out}"
        );
        // fact 3 is told by documents 0 and 2 only
        let missing = labels[1].clone();
        let fact3 = out
            .split("Facts told by")
            .nth(1)
            .and_then(|s| s.split("3 · 2 of 3 outlets").nth(1))
            .unwrap_or_else(|| panic!("{format:?}: no fact 3 in {out}"));
        let not_told = fact3
            .lines()
            .find(|l| l.to_lowercase().contains("not told by"))
            .unwrap_or_else(|| panic!("{format:?}: {fact3}"));
        assert!(not_told.contains(&missing), "{format:?}: {not_told}");
    }
}

#[test]
fn pair_filter_selects_the_pair_sections_and_says_what_it_left_out() {
    let cmp = sample_with_facts();
    assert_eq!(cmp.alignments.len(), 3);
    let with = |pairs: PairFilter| RenderOptions { pairs, ..opts() };
    let sections = |out: &str| {
        out.lines()
            .filter(|l| l.starts_with("━━ ") && l.contains(" ↔ "))
            .count()
    };
    // few articles: every pair by default
    let all = render_to_string(&cmp, Format::Text, &opts());
    assert_eq!(sections(&all), 3);
    assert!(!all.contains("not shown"));
    let none = render_to_string(&cmp, Format::Text, &with(PairFilter::None));
    assert_eq!(sections(&none), 0);
    assert!(none.contains("3 article pairs not shown."), "{none}");
    let id = cmp.documents[1].article.id.clone();
    let one = render_to_string(&cmp, Format::Text, &with(PairFilter::Articles(vec![id])));
    assert_eq!(sections(&one), 2, "{one}");
    assert!(one.contains("1 article pair not shown."), "{one}");
    // JSON: the filter applies, the facts stay
    let json: serde_json::Value = serde_json::from_str(&render_to_string(
        &cmp,
        Format::Json,
        &with(PairFilter::None),
    ))
    .unwrap();
    assert_eq!(json["alignments"].as_array().unwrap().len(), 0);
    assert_eq!(json["facts"].as_array().unwrap().len(), 3);
    // HTML: the note, escaped, and no pair section
    let html = render_to_string(&cmp, Format::Html, &with(PairFilter::None));
    assert!(html.contains("class=\"meta hidden-pairs\""), "{html}");
    assert!(html.contains("Article pairs (0 of 3)"), "{html}");
    assert!(!html.contains("<details class=\"pairbox\">"));
}

#[test]
fn automatic_pair_limit_applies_to_reports_for_people_not_to_json() {
    let mut cmp = sample_with_facts();
    let extra = cmp.alignments[0].clone();
    while cmp.alignments.len() <= AUTO_MAX_PAIRS {
        cmp.alignments.push(extra.clone());
    }
    let n = cmp.alignments.len();
    let text = render_to_string(&cmp, Format::Text, &opts());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!("{n} article pairs not shown (too many to read")),
        "{text}"
    );
    let md = render_to_string(&cmp, Format::Markdown, &opts());
    assert!(md.contains("article pairs not shown"));
    assert!(
        !md.lines()
            .any(|l| l.starts_with("## ") && l.contains(" ↔ ")),
        "no pair section in {md}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&render_to_string(&cmp, Format::Json, &opts())).unwrap();
    assert_eq!(json["alignments"].as_array().unwrap().len(), n);
    let csv = render_to_string(&cmp, Format::Csv, &opts());
    assert!(csv.lines().count() > n, "every pair row in CSV");
    // HTML folds its pairs under the facts and keeps them up to a higher limit
    assert!(n <= AUTO_MAX_PAIRS_HTML);
    let html = render_to_string(&cmp, Format::Html, &opts());
    assert_eq!(html.matches("<details class=\"pairbox\">").count(), n);
    assert!(!html.contains("hidden-pairs"));
    while cmp.alignments.len() <= AUTO_MAX_PAIRS_HTML {
        cmp.alignments.push(extra.clone());
    }
    let html = render_to_string(&cmp, Format::Html, &opts());
    assert_eq!(html.matches("<details class=\"pairbox\">").count(), 0);
    assert!(html.contains("hidden-pairs"));
}

#[test]
fn text_lists_each_outlets_cue_rates_with_category_and_count() {
    let cmp = sample_with_facts();
    let rated: Vec<_> = cmp.cue_rates.iter().filter(|r| r.count > 0).collect();
    assert!(!rated.is_empty(), "the sample has cues");
    let out = render_to_string(&cmp, Format::Text, &opts());
    let section = out
        .split("Framing cues per 1,000 words (count)")
        .nth(1)
        .unwrap_or_else(|| panic!("no cue rates in {out}"));
    let flat = section.split_whitespace().collect::<Vec<_>>().join(" ");
    let labels = labels(&cmp);
    for r in rated {
        let item = format!("{} {:.1} ({})", r.category, r.per_1000_words, r.count);
        let label = &labels[r.document];
        let at = flat.find(label.as_str()).expect("outlet listed");
        let next = labels
            .iter()
            .filter_map(|l| flat[at + label.len()..].find(l.as_str()))
            .min()
            .map_or(flat.len(), |k| at + label.len() + k);
        assert!(
            flat[at..next].contains(&item),
            "{item} under {label}: {}",
            &flat[at..next]
        );
    }
}

#[test]
fn csv_facts_table_has_one_row_per_fact_and_outlet_with_its_text() {
    let cmp = sample_with_facts();
    let opts = RenderOptions {
        csv_table: CsvTable::Facts,
        ..opts()
    };
    let out = render_to_string(&cmp, Format::Csv, &opts);
    let mut rd = ::csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<::csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    let cells: usize = cmp.facts.iter().map(|f| f.members.len()).sum();
    assert_eq!(rows.len(), cells);
    for (row, (f, m)) in rows.iter().zip(
        cmp.facts
            .iter()
            .flat_map(|f| f.members.iter().map(move |m| (f, m))),
    ) {
        assert_eq!(row[0], f.id.to_string());
        assert_eq!(row[3], *id_of(&cmp, m.document));
        assert_eq!(
            row[7],
            side_text(cmp.documents.get(m.document), &m.sentences)
        );
    }
}

#[test]
fn every_format_says_what_links_a_fact_that_shares_no_name_or_date() {
    // fact 3 loses its name: only a concept and agreeing numbers join it
    let mut cmp = sample_with_facts();
    cmp.facts[2].anchors.clear();
    cmp.facts[2].linked_by = strings(&["road", "less than 24 / menos de 24"]);
    let wanted = "linked only by: road, less than 24 / menos de 24";
    let text = render_to_string(&cmp, Format::Text, &opts());
    let head = text
        .lines()
        .find(|l| l.starts_with("#3 "))
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(head, format!("#3 · 2 of 3 outlets · {wanted}"));
    // a fact with anchors shows them, never the weaker links
    assert!(
        text.lines()
            .any(|l| l == "#1 · 3 of 3 outlets · karabakh, 2023-09-19")
    );
    let md = render_to_string(&cmp, Format::Markdown, &opts());
    assert!(
        md.lines()
            .any(|l| l == format!("### Fact 3 · 2 of 3 outlets · {wanted}")),
        "{md}"
    );
    let html = render_to_string(&cmp, Format::Html, &opts());
    assert_only_known_markup(&html);
    let row = fact_row(&html, 3);
    assert!(row.contains("linked only by:"), "{row}");
    assert!(row.contains("<span class=\"a weak\">road</span>"), "{row}");
    assert!(!fact_row(&html, 1).contains("linked only by"));
    let json: serde_json::Value =
        serde_json::from_str(&render_to_string(&cmp, Format::Json, &opts())).unwrap();
    assert_eq!(json["facts"][2]["linked_by"][0], "road");
    assert_eq!(json["facts"][0]["linked_by"].as_array().unwrap().len(), 0);
    for table in [CsvTable::Facts, CsvTable::Coverage] {
        let o = RenderOptions {
            csv_table: table,
            ..opts()
        };
        let out = render_to_string(&cmp, Format::Csv, &o);
        let mut rd = ::csv::Reader::from_reader(out.as_bytes());
        let head = rd.headers().unwrap().clone();
        let col = head.iter().position(|h| h == "linked_by").expect("column");
        let rows: Vec<::csv::StringRecord> = rd.records().map(Result::unwrap).collect();
        let last = rows.last().unwrap();
        assert_eq!(&last[0], "3");
        assert_eq!(&last[col], "road; less than 24 / menos de 24", "{table:?}");
        assert_eq!(&rows[0][col], "", "{table:?}");
    }
}

#[test]
fn html_facts_and_names_list_their_outlets_when_a_column_each_would_not_read() {
    let mut cmp = sample_with_facts();
    let few = render_to_string(&cmp, Format::Html, &opts());
    assert!(few.contains("<td class=\"none\">"), "a column an outlet");
    assert!(!few.contains("<td class=\"members\">"));
    add_outlets(&mut cmp, 10);
    assert_eq!(cmp.documents.len(), 13);
    let many = render_to_string(&cmp, Format::Html, &opts());
    assert!(!many.contains("<td class=\"none\">"), "no column an outlet");
    assert_eq!(
        many.matches("<td class=\"members\">").count(),
        cmp.facts.len()
    );
    // fact 1 is told by three of the thirteen
    assert!(many.contains("Not reported by 10: "), "{many}");
    assert!(many.contains("Extra Outlet 9"));
    // the names: each entity's names with the outlets that use each, no column an outlet
    assert!(!few.contains("<td class=\"variants\""));
    assert_eq!(
        many.matches("<td class=\"variants\"").count(),
        cmp.naming.len()
    );
}

#[test]
fn coverage_and_missing_outlets_go_by_language_past_a_hundred_outlets() {
    let mut cmp = sample_with_facts();
    add_outlets(&mut cmp, 10);
    let some = render_to_string(&cmp, Format::Html, &opts());
    assert!(some.contains("aria-label=\"coverage matrix, facts by outlet\""));
    assert!(!some.contains("facts by language"));
    add_outlets(&mut cmp, 90);
    let n = cmp.documents.len();
    assert!(n > 100);
    let en = cmp.documents.iter().filter(|d| d.language == "en").count();
    let ru = n - en;
    let many = render_to_string(&cmp, Format::Html, &opts());
    assert!(many.contains("aria-label=\"coverage matrix, facts by language\""));
    assert!(!many.contains("facts by outlet"));
    // fact 1: one Russian article of `ru`, the English rest of its three of `en`
    assert!(
        many.contains(&format!("<title>fact 1 · en: 2 of {en} articles</title>")),
        "{many}"
    );
    assert!(many.contains(&format!("<title>fact 1 · ru: 1 of {ru} articles</title>")));
    // the outlets that leave fact 1 out are counted per language, not named one by one
    assert!(
        many.contains(&format!(
            "Not reported by {} outlets: en {} of {en} (",
            n - 3,
            en - 2
        )),
        "{many}"
    );
    assert!(!many.contains("Extra Outlet 57,"));
    assert_only_known_markup(&many);
    // the cue chart: one row a language, its outlets' cues over their words together
    assert!(some.contains("<h2>Framing cues per outlet</h2>"));
    assert!(many.contains("<h2>Framing cues per language</h2>"));
    assert!(many.contains(&format!(">en ({en})</text>")), "{many}");
    let en_docs: Vec<usize> = (0..n)
        .filter(|&d| cmp.documents[d].language == "en")
        .collect();
    let words: usize = en_docs.iter().map(|&d| cmp.documents[d].word_count()).sum();
    let cat = &cmp.cue_rates[0].category;
    let count: usize = cmp
        .cue_rates
        .iter()
        .filter(|r| &r.category == cat && en_docs.contains(&r.document))
        .map(|r| r.count)
        .sum();
    assert!(count > 0, "the sample has {cat} cues in English");
    assert!(
        many.contains(&format!(
            "<title>en, {en} articles: {cat} · {count} cues, {:.1} per 1,000 words</title>",
            count as f64 * 1000.0 / words as f64
        )),
        "{many}"
    );
    // the text and Markdown facts count the outlets that leave fact 1 out per language too
    let text = render_to_string(&cmp, Format::Text, &opts());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!(
            "not told by: {} outlets (en {} of {en})",
            n - 3,
            en - 2
        )),
        "{flat}"
    );
    let md = render_to_string(&cmp, Format::Markdown, &opts());
    assert!(
        md.contains(&format!(
            "- **Not told by:** {} outlets: en {} of {en} (`--format csv --table coverage` names them)",
            n - 3,
            en - 2
        )),
        "{md}"
    );
    assert!(!md.contains("Extra Outlet 57,"));
    // the text and Markdown cue rates go per language too, with the same rates as the chart
    let rate = format!("{:.1} ({count})", count as f64 * 1000.0 / words as f64);
    assert!(
        text.contains("Framing cues per 1,000 words (count), per language"),
        "{text}"
    );
    let en_line = text
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("en ({en})")))
        .unwrap_or_else(|| panic!("no en row: {text}"));
    assert!(en_line.contains(&format!("{cat} {rate}")), "{en_line}");
    let section: String = text
        .lines()
        .skip_while(|l| !l.contains("per language ━"))
        .skip(1)
        .take_while(|l| !l.starts_with("━━"))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(section.contains(&format!("en ({en})")), "{section}");
    assert!(
        !section.contains("Extra Outlet"),
        "no row an outlet: {section}"
    );
    assert!(md.contains("## Framing cues per 1,000 words, per language"));
    let md_row = md
        .lines()
        .find(|l| l.starts_with(&format!("| en ({en}) | ")))
        .unwrap_or_else(|| panic!("no en row: {md}"));
    assert!(md_row.contains(&format!(" {rate} |")), "{md_row}");
    // below a hundred outlets, a row an outlet
    let some_text = render_to_string(
        &{
            let mut c = sample_with_facts();
            add_outlets(&mut c, 10);
            c
        },
        Format::Text,
        &opts(),
    );
    assert!(some_text.contains("Framing cues per 1,000 words (count) ━"));
    assert!(!some_text.contains("per language"));
}

/// `n` more documents, copies of the first with ids and outlets of their own.
fn add_outlets(cmp: &mut Comparison, n: usize) {
    let extra = cmp.documents[0].clone();
    for k in 0..n {
        let mut d = extra.clone();
        d.article.id = format!("extra-{k}");
        d.article.outlet = Some(format!("Extra Outlet {k}"));
        cmp.documents.push(d);
    }
}

#[test]
fn text_and_markdown_names_group_outlets_by_name_past_a_dozen_outlets() {
    let mut cmp = sample_with_facts();
    let names_of = |cmp: &Comparison| {
        let out = render_to_string(cmp, Format::Text, &opts());
        let start = out.find("━━ Names by outlet").expect("names section");
        let end = out[start + 3..]
            .find("━━ ")
            .map_or(out.len(), |e| start + 3 + e);
        out[start..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let few = names_of(&cmp);
    assert!(
        !few.contains(" outlet:") && !few.contains(" outlets:"),
        "{few}"
    );
    const GROUPED: &str = "| Entity | Name | Times | Conventions | Outlets |";
    assert!(!render_to_string(&cmp, Format::Markdown, &opts()).contains(GROUPED));
    add_outlets(&mut cmp, 10);
    let md = render_to_string(&cmp, Format::Markdown, &opts());
    assert!(md.contains(GROUPED), "{md}");
    let rows: usize = cmp
        .naming
        .iter()
        .map(|r| {
            let mut v: Vec<&str> = r
                .cells
                .iter()
                .flat_map(|c| c.variants.iter().map(|v| v.variant.as_str()))
                .collect();
            v.sort_unstable();
            v.dedup();
            v.len()
        })
        .sum();
    let table = md.split(GROUPED).nth(1).unwrap();
    let table_rows = table
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .count();
    assert_eq!(table_rows, rows, "one row a name of an entity");
    let many = names_of(&cmp);
    let labels = labels(&cmp);
    for row in &cmp.naming {
        for c in &row.cells {
            for v in &c.variants {
                // the name, then the outlets that use it, among them this cell's
                let at = many
                    .find(&format!("{} ×", v.variant))
                    .unwrap_or_else(|| panic!("{} in {many}", v.variant));
                let next: String = many[at..]
                    .chars()
                    .take(v.variant.chars().count() + 60)
                    .collect();
                assert!(next.contains(" outlet"), "{next}");
                assert!(
                    many.contains(&labels[c.document]),
                    "{} listed",
                    labels[c.document]
                );
            }
        }
    }
}

#[test]
fn every_report_says_when_only_the_nearest_pairs_were_aligned() {
    let mut cmp = sample_with_facts();
    let note = "aligned with its 2 most similar articles";
    for f in [Format::Text, Format::Markdown, Format::Html, Format::Json] {
        let out = render_to_string(&cmp, f, &opts());
        assert!(!out.contains(note), "{f:?}");
        assert!(!out.contains("\"partners\""), "{f:?}");
    }
    cmp.partners = Some(crate::model::Partnering {
        per_article: 2,
        aligned: 7,
        possible: 10,
    });
    for f in [Format::Text, Format::Markdown, Format::Html] {
        let out = render_to_string(&cmp, f, &opts());
        let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(note), "{f:?}: {out}");
        assert!(flat.contains("7 of 10 article pairs"), "{f:?}");
        assert!(flat.contains("--partners all"), "{f:?}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&render_to_string(&cmp, Format::Json, &opts())).unwrap();
    assert_eq!(
        json["partners"],
        serde_json::json!({"per_article": 2, "aligned": 7, "possible": 10})
    );
}

/// Fact 1 of [`sample_with_facts`] told also by `copies` copies of the Caspian Wire (wire copy:
/// its sentence word for word).
fn fact_one_with_copies(copies: usize) -> Comparison {
    let mut cmp = sample_with_facts();
    let first = cmp.documents.len();
    add_outlets(&mut cmp, copies);
    for d in first..first + copies {
        cmp.facts[0].members.push(FactMember {
            document: d,
            sentences: vec![0],
        });
    }
    cmp
}

#[test]
fn wordings_group_word_for_word_copies_and_show_every_language_first() {
    let cmp = fact_one_with_copies(14);
    let fact = &cmp.facts[0];
    assert_eq!(fact.members.len(), 17);
    let all = wordings(&cmp, fact);
    // the Caspian Wire's sentence with its 14 copies, the Russian one, the other English one
    let firsts: Vec<usize> = all.iter().map(|w| w.members[0].document).collect();
    assert_eq!(
        firsts,
        [0, 1, 2],
        "most shared English, then Russian, then English again"
    );
    assert_eq!(all[0].members.len(), 15);
    assert!(all[1..].iter().all(|w| w.members.len() == 1));
    // white space does not make a new wording
    let mut spaced = cmp.clone();
    let d = spaced.documents.len() - 1;
    let text = spaced.documents[d].sentences[0].text.replace(' ', "  ");
    spaced.documents[d].sentences[0].text = text;
    assert_eq!(wordings(&spaced, &spaced.facts[0])[0].members.len(), 15);
    // a small fact without copies is shown outlet by outlet; with one copy, by wording
    let few = sample_with_facts();
    assert!(fact_wordings(&few, &few.facts[0]).is_none());
    let one = fact_one_with_copies(1);
    assert_eq!(fact_wordings(&one, &one.facts[0]).map(|w| w.len()), Some(3));
}

#[test]
fn every_report_shows_a_fact_many_outlets_copy_once_with_their_number() {
    let cmp = fact_one_with_copies(14);
    let sentence = &cmp.documents[0].sentences[0].text;
    let text = render_to_string(&cmp, Format::Text, &opts());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let fact = &flat[flat.find("#1 ·").unwrap()..flat.find("#2 ·").unwrap()];
    assert_eq!(fact.matches(sentence.as_str()).count(), 1, "{fact}");
    assert!(
        flat.contains(
            "the same words in 14 more outlets: Extra Outlet 0, Extra Outlet 1, Extra Outlet 2 and 11 more"
        ),
        "{flat}"
    );
    let md = render_to_string(&cmp, Format::Markdown, &opts());
    assert!(
        md.contains("| Caspian Wire (the same words in 14 more outlets: Extra Outlet 0, Extra Outlet 1, Extra Outlet 2 and 11 more) | 0 |"),
        "{md}"
    );
    let html = render_to_string(&cmp, Format::Html, &opts());
    assert!(
        html.contains("and 14 more outlets in the same words</div>"),
        "{html}"
    );
    assert!(
        html.contains("title=\"the same words in 14 more outlets: Extra Outlet 0, Extra Outlet 1,")
    );
    assert_only_known_markup(&html);
}

#[test]
fn reports_cap_the_wordings_of_a_fact_and_say_how_many_they_left_out() {
    // 70 outlets each telling fact 1 in words of its own
    let mut cmp = sample_with_facts();
    let first = cmp.documents.len();
    add_outlets(&mut cmp, 70);
    for d in first..first + 70 {
        cmp.documents[d].sentences[0].text = format!("Report number {d} of the operation.");
        cmp.facts[0].members.push(FactMember {
            document: d,
            sentences: vec![0],
        });
    }
    let text = render_to_string(&cmp, Format::Text, &opts());
    // 73 wordings: 12 shown
    assert!(
        text.contains("… and 61 more wordings from 61 outlets"),
        "{text}"
    );
    let md = render_to_string(&cmp, Format::Markdown, &opts());
    assert!(
        md.contains("… and 33 more wordings from 33 outlets (`--format csv --table facts`"),
        "{md}"
    );
    let html = render_to_string(&cmp, Format::Html, &opts());
    assert!(
        html.contains("… and 13 more wordings from 13 outlets (<code>--format csv"),
        "{html}"
    );
    // JSON keeps every member
    let json = render_to_string(&cmp, Format::Json, &opts());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["facts"][0]["members"].as_array().map(Vec::len), Some(73));
}

#[test]
fn every_report_names_the_articles_that_share_little_with_the_others() {
    let mut cmp = sample_with_facts();
    let none = render_to_string(&cmp, Format::Json, &opts());
    assert!(
        none.contains("\"off_topic\": []"),
        "an empty list when no article is off topic"
    );
    cmp.off_topic = vec![crate::model::OffTopic {
        document: 1,
        similarity: 0.03,
        median: 0.12,
    }];
    let text = render_to_string(&cmp, Format::Text, &opts());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "This article shares few names, dates, numbers and concepts with the others: \
             Vostok Daily (25 % of the median article's). Perhaps it reports another event"
        ),
        "{flat}"
    );
    let md = render_to_string(&cmp, Format::Markdown, &opts());
    assert!(md.contains("**This article shares few names"), "{md}");
    let html = render_to_string(&cmp, Format::Html, &opts());
    assert!(
        html.contains("<p class=\"meta offtopic\">This article shares few names"),
        "{html}"
    );
    // its row in the articles table is marked, and only its row
    assert_eq!(html.matches(">off topic?</span>").count(), 1);
    let row = html
        .split("<tr>")
        .find(|r| r.contains(">off topic?</span>"))
        .unwrap();
    assert!(
        row.contains("Vostok Daily") && row.contains("(25 % of the median"),
        "{row}"
    );
    assert_only_known_markup(&html);
    let json: serde_json::Value =
        serde_json::from_str(&render_to_string(&cmp, Format::Json, &opts())).unwrap();
    assert_eq!(json["off_topic"][0]["article"], "vostok-daily");
    assert_eq!(json["off_topic"][0]["similarity"], 0.03);
    assert_eq!(json["off_topic"][0]["median"], 0.12);
    cmp.off_topic.push(crate::model::OffTopic {
        document: 2,
        similarity: 0.05,
        median: 0.12,
    });
    let text = render_to_string(&cmp, Format::Text, &opts());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("These articles share few names")
            && flat.contains("Vostok Daily (25 % of the median article's), Harbor Post (42 %")
            && flat.contains("Perhaps they report other events"),
        "{flat}"
    );
}

/// The layouts past a dozen outlets (facts by wording, names by variant, cue rates and coverage
/// per language past a hundred) escape hostile outlet names and text as the small ones do.
#[test]
fn html_escapes_hostile_input_in_the_layouts_for_many_outlets() {
    let mut cmp = hostile();
    cmp.facts = sample_with_facts().facts;
    let first = cmp.documents.len();
    add_outlets(&mut cmp, 110);
    let evil = HOSTILE.join(" ");
    for d in first..cmp.documents.len() {
        // copies of the hostile article, under hostile outlet names, all telling fact 1
        cmp.documents[d].article.outlet = Some(format!("Copy{d}{evil}"));
        cmp.facts[0].members.push(FactMember {
            document: d,
            sentences: vec![0],
        });
    }
    cmp.off_topic = vec![crate::model::OffTopic {
        document: 0,
        similarity: 0.01,
        median: 0.1,
    }];
    let s = render_to_string(&cmp, Format::Html, &opts());
    assert!(
        s.contains("in the same words"),
        "the wordings layout is used"
    );
    assert!(s.contains(">off topic?</span>"));
    for h in HOSTILE {
        assert!(!s.contains(h), "unescaped: {h}");
    }
    assert_eq!(s.matches("<script").count(), 1);
    assert_only_known_markup(&s);
    for format in [Format::Text, Format::Markdown] {
        let out = render_to_string(&cmp, format, &opts());
        assert!(out.contains("the same words in"), "{format:?}");
    }
}

#[test]
fn every_report_names_the_articles_that_repeat_another_word_for_word() {
    let mut cmp = sample_with_facts();
    assert!(render_to_string(&cmp, Format::Json, &opts()).contains("\"copies\": []"));
    cmp.copies = vec![crate::model::Copied {
        document: 2,
        source: 0,
        shared: 4,
        sentences: 5,
    }];
    let note = "Word for word (wire copy, syndication or one outlet repeating another): Harbor Post \
                shares 4 of its 5 sentences with Caspian Wire.";
    let text = render_to_string(&cmp, Format::Text, &opts());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(note), "{flat}");
    let md = render_to_string(&cmp, Format::Markdown, &opts());
    assert!(md.contains(note), "{md}");
    let html = render_to_string(&cmp, Format::Html, &opts());
    assert!(
        html.contains(&format!("<p class=\"meta copies\">{note}</p>")),
        "{html}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&render_to_string(&cmp, Format::Json, &opts())).unwrap();
    assert_eq!(
        json["copies"],
        serde_json::json!([{"article": "harbor-post", "source": "caspian-wire", "shared": 4, "sentences": 5}])
    );
    // past a dozen, the rest are counted
    cmp.copies = (0..15)
        .map(|k| crate::model::Copied {
            document: k % 3,
            source: (k + 1) % 3,
            shared: 3,
            sentences: 3,
        })
        .collect();
    let text = render_to_string(&cmp, Format::Text, &opts());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("and 3 more articles (JSON `copies` lists them all)."),
        "{flat}"
    );
}

#[test]
fn snapshot_glossary_draft() {
    use crate::glossary::draft::{Draft, DraftEntity, DraftName};
    let name = |text: &str, lang: &str, script: &'static str, others: &[&str]| DraftName {
        text: text.into(),
        lang: lang.into(),
        script,
        mentions: 2,
        other_forms: others.iter().map(|s| s.to_string()).collect(),
    };
    let draft = Draft {
        articles: 3,
        languages: vec!["en".into(), "ka".into(), "ru".into()],
        caseless: vec!["ka".into()],
        min_articles: 2,
        entities: vec![
            DraftEntity {
                id: "zorakert".into(),
                kind: "place",
                names: vec![
                    name("Zorakert", "en", "Latn", &[]),
                    name("Зоракерт", "ru", "Cyrl", &["Зоракерта", "Зоракерте"]),
                ],
                articles: 3,
                mentions: 5,
                outlets: vec!["The \"Valley\" Times".into(), "Line\nbreak Post".into()],
                example: "Floods hit Zorakert on Monday.".into(),
                same_as: None,
            },
            DraftEntity {
                id: "greenvale".into(),
                kind: "place",
                names: vec![name("Green \"Vale\" \\", "en", "Latn", &[])],
                articles: 2,
                mentions: 2,
                outlets: vec!["Valley Times".into(), "River Post".into()],
                example: "In Greenvale, 40 houses were damaged.".into(),
                same_as: Some(("kanachdzor".into(), 2)),
            },
        ],
    };
    let mut buf = Vec::new();
    crate::render::draft::render_draft(&draft, &mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    // what the snapshot shows must load as a glossary, quotes and backslash included
    let g = crate::glossary::Glossary::from_toml(&text, "draft.toml").unwrap();
    assert_eq!(g.entities[1].names[0].text, "Green \"Vale\" \\");
    snapshot("glossary_draft", &text);
}

#[test]
fn every_format_shows_the_meaning_embeddings_share() {
    let mut cmp = sample();
    cmp.alignments[0].pairs[0].evidence.meaning = Some(0.123);
    for format in [Format::Text, Format::Markdown] {
        let out = render_to_string(&cmp, format, &opts());
        assert_eq!(
            out.matches("≈meaning +0.12").count(),
            1,
            "{format:?}: {out}"
        );
    }
    let html = render_to_string(&cmp, Format::Html, &opts());
    assert_only_known_markup(&html);
    assert!(
        html.contains(&format!(
            "<span class=\"a date\" title=\"{}\">≈meaning +0.12</span>",
            crate::render::MEANING_NOTE.replace('\'', "&#39;")
        )),
        "{html}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&render_to_string(&cmp, Format::Json, &opts())).unwrap();
    let pairs = &json["alignments"][0]["pairs"];
    assert_eq!(pairs[0]["anchors"]["meaning"], 0.123);
    // absent where embeddings did not count
    assert!(pairs[1]["anchors"].get("meaning").is_none());
}
