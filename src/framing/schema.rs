//! The cue lexicon file format (`glossaries/cues/LANG.toml`) and its validation.
//!
//! ```toml
//! [lexicon]
//! lang = "en"
//! description = "…"            # optional
//! proclitics = ["و", "ال"]      # optional: word-initial particles a term may follow (Arabic)
//!
//! [[category]]
//! id = "movement"
//! explanation = "How the departure of people is described"
//! role = "cue"                  # optional: "cue" (default), "quoted-only", "ignore"
//! entries = [
//!   { terms = ["fled", "forced to flee"], value = "forced", explanation = "frames the departure as flight from danger" },
//!   { terms = ["беженц"], value = "forced", prefix = true, explanation = "…" },
//!   { terms = ["soll"], value = "hearsay", clause_ends = ["haben", "sein"] },  # only in a
//!                               # clause that ends with one of these words
//!   { terms = ["left"], value = "departure", not_after = ["troops"] },  # not after a
//!                               # word that starts so earlier in the clause
//!   { terms = ["left"], value = "departure", not_before = ["office"] },  # not when one of
//!                               # the next three words of the clause starts so
//! ]
//!
//! [agency]                      # optional: the agentless-passive rule
//! auxiliaries = ["was", "were"]
//! participles = ["killed"]      # fire only after an auxiliary (at most `window` words back)
//! standalone = ["taken into custody"]   # fire alone; `*` ends a stem (`ранен*`)
//! agent_markers = ["by"]        # any of these after the verb names the agent: no cue
//! not_agents = ["by the end"]   # …unless it starts one of these phrases, which name no one
//! agent_suffixes = ["ами"]      # …or a word right after the verb ending like this
//! window = 3
//! window_after = 2              # optional: an auxiliary up to this many words after the
//!                               # participle counts too (verb-final clauses: "getötet wurden")
//! agent_position = "after"      # or "before", "anywhere" (verb-final languages)
//! ```
//!
//! Roles: `quoted-only` terms produce no cue of their own but count as loaded for the quotation
//! rule (`“state minister”`); `ignore` terms produce nothing and block every other category's
//! match they overlap (`would be left` is not a departure).

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use super::FramingError;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFile {
    pub lexicon: RawHeader,
    #[serde(default)]
    pub category: Vec<RawCategory>,
    #[serde(default)]
    pub agency: Option<RawAgency>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawHeader {
    pub lang: Spanned<String>,
    #[serde(default)]
    #[allow(dead_code)]
    pub description: Option<String>,
    #[serde(default)]
    pub proclitics: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCategory {
    pub id: Spanned<String>,
    pub explanation: String,
    #[serde(default)]
    pub role: Option<Spanned<String>>,
    #[serde(default)]
    pub entries: Vec<RawEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawEntry {
    pub terms: Vec<Spanned<String>>,
    pub value: Spanned<String>,
    #[serde(default)]
    pub explanation: Option<String>,
    #[serde(default)]
    pub prefix: bool,
    /// The terms fire only in a clause (up to the next `,` `;` `:` `.` `!` `?` or the end) whose
    /// last word is one of these: German "soll … gebracht haben" reports hearsay, "sollen im
    /// Mai beginnen" a plan.
    #[serde(default)]
    pub clause_ends: Vec<String>,
    /// The terms do not fire after a word that starts with one of these (or a run of words,
    /// matched at a word start) earlier in their clause, where the subject stands: "the
    /// peacekeepers left Karabakh" moves troops, not people; "people left after the troops laid
    /// down arms" still does.
    #[serde(default)]
    pub not_after: Vec<String>,
    /// The terms do not fire when one of the next three words of their clause starts with one
    /// of these: the object of the verb, in languages that put it after ("left office", "a
    /// quitté ses fonctions", "verließ den Präsidentenpalast" leave a post, not a land).
    #[serde(default)]
    pub not_before: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAgency {
    #[serde(default)]
    pub auxiliaries: Vec<String>,
    #[serde(default)]
    pub participles: Vec<String>,
    #[serde(default)]
    pub standalone: Vec<String>,
    #[serde(default)]
    pub agent_markers: Vec<String>,
    #[serde(default)]
    pub agent_suffixes: Vec<String>,
    /// Phrases that begin with an agent marker but name no agent ("por la noche", "by the
    /// end"): where one starts, the marker does not cancel the cue.
    #[serde(default)]
    pub not_agents: Vec<String>,
    #[serde(default)]
    pub window: Option<usize>,
    /// Words after the participle where an auxiliary also counts (0 when absent): German
    /// subordinate clauses put it last, "die getötet wurden", "die vertrieben worden waren".
    #[serde(default)]
    pub window_after: Option<usize>,
    /// Where an agent marker must stand to cancel the cue: `after` the verb (default, SVO
    /// languages), `before` it, or `anywhere` in the sentence (SOV languages: az, tr, hy).
    #[serde(default)]
    pub agent_position: Option<Spanned<String>>,
}

/// What a category's matches do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Cue,
    QuotedOnly,
    Ignore,
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = text[line_start..offset].chars().count() + 1;
    (line, column)
}

pub(crate) fn error_at(text: &str, origin: &str, offset: usize, message: String) -> FramingError {
    let (line, column) = line_col(text, offset);
    FramingError::Invalid {
        origin: origin.to_string(),
        line,
        column,
        message,
    }
}

/// Parse and check one file. Errors name `origin:line:col`.
pub(crate) fn parse(text: &str, origin: &str) -> Result<RawFile, FramingError> {
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        error_at(text, origin, offset, e.message().trim_end().to_string())
    })?;
    check(&raw, text, origin)?;
    Ok(raw)
}

fn check(raw: &RawFile, text: &str, origin: &str) -> Result<(), FramingError> {
    let at = |offset: usize, m: String| error_at(text, origin, offset, m);
    let lang = raw.lexicon.lang.get_ref();
    if lang.is_empty() || !lang.chars().all(|c| c.is_ascii_lowercase()) {
        return Err(at(
            raw.lexicon.lang.span().start,
            format!("lang must be a lowercase ISO 639-1 code, not {lang:?}"),
        ));
    }
    let turkic = super::is_turkic(lang);
    let mut ids = HashSet::new();
    for cat in &raw.category {
        let id = cat.id.get_ref();
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            return Err(at(
                cat.id.span().start,
                format!("category id must be lowercase letters and '-', not {id:?}"),
            ));
        }
        if !ids.insert(id.clone()) {
            return Err(at(
                cat.id.span().start,
                format!("category {id:?} appears twice"),
            ));
        }
        if let Some(role) = &cat.role {
            role_of(role.get_ref()).ok_or_else(|| {
                at(
                    role.span().start,
                    format!(
                        "unknown role {:?} (cue, quoted-only, ignore)",
                        role.get_ref()
                    ),
                )
            })?;
        }
        let mut seen = HashSet::new();
        for entry in &cat.entries {
            if entry.value.get_ref().trim().is_empty() {
                return Err(at(entry.value.span().start, "empty value".to_string()));
            }
            if entry.terms.is_empty() {
                return Err(at(
                    entry.value.span().start,
                    "entry without terms".to_string(),
                ));
            }
            for t in &entry.terms {
                let folded = super::fold::fold_term(t.get_ref(), turkic);
                if folded.is_empty() {
                    return Err(at(t.span().start, "empty term".to_string()));
                }
                if entry.prefix && folded.chars().count() < 3 {
                    return Err(at(
                        t.span().start,
                        format!("prefix term {:?} is shorter than 3 letters", t.get_ref()),
                    ));
                }
                if !seen.insert((folded, entry.prefix)) {
                    return Err(at(
                        t.span().start,
                        format!("term {:?} appears twice in category {id:?}", t.get_ref()),
                    ));
                }
            }
        }
    }
    if let Some(p) = raw.agency.as_ref().and_then(|a| a.agent_position.as_ref())
        && !matches!(p.get_ref().as_str(), "after" | "before" | "anywhere")
    {
        return Err(at(
            p.span().start,
            format!(
                "unknown agent_position {:?} (after, before, anywhere)",
                p.get_ref()
            ),
        ));
    }
    Ok(())
}

pub(crate) fn role_of(s: &str) -> Option<Role> {
    match s {
        "cue" => Some(Role::Cue),
        "quoted-only" => Some(Role::QuotedOnly),
        "ignore" => Some(Role::Ignore),
        _ => None,
    }
}
