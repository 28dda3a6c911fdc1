//! Framing contrasts inside an aligned pair, and cue rates per document.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Cue, CueRate, PairCue};

/// The categories every lexicon provides, in the order reports show them.
pub const CATEGORIES: &[&str] = &[
    "armed-label",
    "polity-label",
    "movement",
    "loaded",
    "scare-quote",
    "attribution",
    "hedge",
    "booster",
    "agency",
];

/// Categories whose mere presence on one side is the contrast (the value is a detail).
const PRESENCE: &[&str] = &["scare-quote", "hedge", "booster", "agency"];

fn category_rank(c: &str) -> (usize, &str) {
    (
        CATEGORIES
            .iter()
            .position(|&k| k == c)
            .unwrap_or(CATEGORIES.len()),
        c,
    )
}

/// A reader's name for a cue value.
pub fn value_label(category: &str, value: &str) -> String {
    let l = match (category, value) {
        ("movement", "forced") => "flight",
        ("movement", "expelled") => "expulsion",
        ("movement", "displaced") => "displacement",
        ("movement", "voluntary") => "voluntary departure",
        ("movement", "departure") => "departure",
        ("movement", "evacuation") => "evacuation",
        ("movement", "exodus") => "mass exodus",
        ("armed-label" | "polity-label", "delegitimising") => "delegitimising label",
        ("armed-label" | "polity-label", "separatist") => "“separatist” label",
        ("armed-label" | "polity-label", "neutral") => "neutral label",
        ("armed-label" | "polity-label", "legitimising") => "legitimising label",
        ("polity-label", "unrecognised") => "unrecognised-status label",
        ("attribution", "neutral") => "neutral attribution",
        ("attribution", "doubt") => "attribution that casts doubt",
        ("attribution", "endorse") => "attribution that endorses",
        ("loaded", "hy-frame") => "Armenian-side vocabulary",
        ("loaded", "az-frame") => "Azerbaijani official vocabulary",
        ("loaded", "contested") => "contested term",
        ("loaded", "neutral") => "neutral wording",
        ("scare-quote", "distancing") => "scare quotes",
        ("scare-quote", "marker") => "distancing marker",
        ("agency", "agentless") => "agentless report",
        ("hedge", _) => "hedge",
        ("booster", _) => "booster",
        _ => return value.replace('-', " "),
    };
    l.to_string()
}

/// Does a cue of this value on one side only make a contrast (the other side being neutral)?
fn marked(category: &str, value: &str) -> bool {
    match category {
        c if PRESENCE.contains(&c) => true,
        "armed-label" | "polity-label" => matches!(value, "delegitimising" | "legitimising"),
        "attribution" => matches!(value, "doubt" | "endorse"),
        "loaded" => value != "neutral",
        "movement" => matches!(value, "forced" | "expelled"),
        _ => value != "neutral",
    }
}

/// Cues of one side of a pair, grouped by category, then value (surfaces in first-seen order).
type Side<'a> = BTreeMap<&'a str, BTreeMap<&'a str, Vec<&'a str>>>;

fn group<'a>(cues: &[&'a Cue]) -> Side<'a> {
    let mut m: Side<'a> = BTreeMap::new();
    for c in cues {
        if c.category == "naming" || c.quoted {
            continue;
        }
        let surfaces = m
            .entry(c.category.as_str())
            .or_default()
            .entry(c.value.as_str())
            .or_default();
        if !surfaces.contains(&c.surface.as_str()) {
            surfaces.push(c.surface.as_str());
        }
    }
    m
}

fn describe(category: &str, side: Option<&BTreeMap<&str, Vec<&str>>>) -> String {
    match side {
        None => "none".to_string(),
        Some(values) => values
            .iter()
            .map(|(v, s)| format!("{} ({})", value_label(category, v), s.join(", ")))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn surfaces(side: Option<&BTreeMap<&str, Vec<&str>>>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in side.into_iter().flat_map(|v| v.values()).flatten() {
        if !out.iter().any(|o| o == s) {
            out.push((*s).to_string());
        }
    }
    out
}

/// Contrasts between the cues of the two sides of an aligned pair: the same category with
/// different values on the two sides, or a marked cue (scare quotes, a hedge, a booster, an
/// agentless report, a delegitimising label, doubtful attribution, one side's vocabulary, flight
/// or expulsion) on one side only. One [`PairCue`] per category, in [`CATEGORIES`] order.
pub fn contrast(left: &[&Cue], right: &[&Cue]) -> Vec<PairCue> {
    let (l, r) = (group(left), group(right));
    let mut cats: Vec<&str> = l
        .keys()
        .chain(r.keys())
        .copied()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    cats.sort_by_key(|c| category_rank(c));
    let mut out = Vec::new();
    for cat in cats {
        let (lv, rv) = (l.get(cat), r.get(cat));
        let fires = match (lv, rv) {
            (Some(a), Some(b)) => !PRESENCE.contains(&cat) && a.keys().ne(b.keys()),
            (Some(a), None) | (None, Some(a)) => a.keys().any(|v| marked(cat, v)),
            (None, None) => false,
        };
        if !fires {
            continue;
        }
        out.push(PairCue {
            category: cat.to_string(),
            left: surfaces(lv),
            right: surfaces(rv),
            explanation: format!(
                "left side: {}; right side: {}",
                describe(cat, lv),
                describe(cat, rv)
            ),
        });
    }
    out
}

/// Per-category counts and rates per 1,000 words for document `doc`: one row for each category
/// of [`CATEGORIES`] (zero when absent, so outlets compare), then any other category present,
/// alphabetically. `words == 0` gives rates of 0. Neutral wording counts in no rate of loaded
/// terms: it is listed so that a pair can show it beside the other side's loaded term, but an
/// outlet that writes "fighting" uses no loaded term; nor does a word it sets in scare quotes
/// ([`Cue::quoted`]) count as its own.
pub fn rates(doc: usize, cues: &[&Cue], words: usize) -> Vec<CueRate> {
    let mut counts: BTreeMap<&str, usize> = CATEGORIES.iter().map(|&c| (c, 0)).collect();
    for c in cues
        .iter()
        .filter(|c| !(c.quoted || c.category == "loaded" && c.value == "neutral"))
    {
        *counts.entry(c.category.as_str()).or_default() += 1;
    }
    let mut rows: Vec<(&str, usize)> = counts.into_iter().collect();
    rows.sort_by_key(|&(c, _)| category_rank(c));
    rows.into_iter()
        .map(|(category, count)| CueRate {
            document: doc,
            category: category.to_string(),
            count,
            per_1000_words: if words == 0 {
                0.0
            } else {
                count as f64 * 1000.0 / words as f64
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn cue(category: &str, value: &str, surface: &str) -> Cue {
        Cue {
            category: category.into(),
            value: value.into(),
            span: Span::new(0, surface.len()),
            surface: surface.into(),
            source: format!("en:{surface}"),
            explanation: String::new(),
            quoted: false,
        }
    }

    #[test]
    fn fled_versus_left() {
        let a = cue("movement", "forced", "fled");
        let b = cue("movement", "departure", "left");
        let p = contrast(&[&a], &[&b]);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].category, "movement");
        assert_eq!(p[0].left, vec!["fled"]);
        assert_eq!(p[0].right, vec!["left"]);
        assert_eq!(
            p[0].explanation,
            "left side: flight (fled); right side: departure (left)"
        );
    }

    #[test]
    fn same_values_do_not_contrast() {
        let a = cue("movement", "forced", "fled");
        let b = cue("movement", "forced", "flohen");
        assert!(contrast(&[&a], &[&b]).is_empty());
        let q1 = cue("scare-quote", "marker", "so-called");
        let q2 = cue("scare-quote", "distancing", "“x”");
        assert!(contrast(&[&q1], &[&q2]).is_empty(), "both sides distance");
    }

    #[test]
    fn one_sided_scare_quote_and_claimed_versus_said() {
        let q = cue("scare-quote", "distancing", "“anti-terrorist”");
        let p = contrast(&[&q], &[]);
        assert_eq!(p.len(), 1);
        assert_eq!(
            p[0].explanation,
            "left side: scare quotes (“anti-terrorist”); right side: none"
        );
        assert!(p[0].right.is_empty());
        let claimed = cue("attribution", "doubt", "claimed");
        let said = cue("attribution", "neutral", "said");
        let p = contrast(&[&said], &[&claimed]);
        assert_eq!(p[0].category, "attribution");
        assert!(p[0].explanation.contains("casts doubt (claimed)"));
        // a neutral cue alone on one side is no contrast
        assert!(contrast(&[&said], &[]).is_empty());
        let left = cue("movement", "departure", "left");
        assert!(contrast(&[], &[&left]).is_empty());
    }

    #[test]
    fn order_is_fixed_by_category() {
        let a = cue("hedge", "hearsay", "reportedly");
        let b = cue("armed-label", "delegitimising", "illegal armed formations");
        let c = cue("loaded", "hy-frame", "ethnic cleansing");
        let d = cue("loaded", "az-frame", "anti-terrorist measures");
        let p = contrast(&[&a, &b, &c], &[&d]);
        let cats: Vec<&str> = p.iter().map(|p| p.category.as_str()).collect();
        assert_eq!(cats, vec!["armed-label", "loaded", "hedge"]);
        assert_eq!(p, contrast(&[&c, &b, &a], &[&d]));
    }

    #[test]
    fn rates_per_thousand_words() {
        let a = cue("movement", "forced", "fled");
        let b = cue("movement", "forced", "refugees");
        let c = cue("hedge", "hearsay", "reportedly");
        let r = rates(3, &[&a, &b, &c], 500);
        assert_eq!(r.len(), CATEGORIES.len());
        let m = r.iter().find(|r| r.category == "movement").unwrap();
        assert_eq!((m.document, m.count), (3, 2));
        assert!((m.per_1000_words - 4.0).abs() < 1e-9);
        let h = r.iter().find(|r| r.category == "hedge").unwrap();
        assert!((h.per_1000_words - 2.0).abs() < 1e-9);
        assert_eq!(r.iter().find(|r| r.category == "booster").unwrap().count, 0);
        assert!(rates(0, &[&a], 0).iter().all(|r| r.per_1000_words == 0.0));
        let x = cue("zzz-custom", "v", "w");
        assert_eq!(rates(0, &[&x], 10).last().unwrap().category, "zzz-custom");
        // neutral wording is no loaded term
        let fighting = cue("loaded", "neutral", "fighting");
        let aggression = cue("loaded", "hy-frame", "aggression");
        let r = rates(0, &[&fighting, &aggression], 1000);
        assert_eq!(r.iter().find(|r| r.category == "loaded").unwrap().count, 1);
    }
}
