//! Content checks of a loaded glossary (syntax and schema are checked while parsing).
//!
//! Errors (the glossary is wrong):
//! - an entity id that is not `[a-z0-9-]+`;
//! - a name with empty text, no conventions, or no source;
//! - a name claimed by two entities: the same text (up to case folding) in the same language;
//! - a name whose letters belong to another script than its `script` says (Cyrillic text marked
//!   `Latn`);
//! - a language code that is not two lowercase letters;
//! - an entity id that a later file reuses for another kind (`place` in one, `person` in the
//!   other): merging extends the first entity and keeps its kind, so the later file's names would
//!   be counted as mentions of another thing.
//!
//! Warnings (worth a look):
//! - an unknown kind, script code, language, or convention;
//! - a script that does not fit the language (`hy` written in `Cyrl`);
//! - the same text in two entities under different languages (the matcher has to pick one);
//! - a name listed twice in one entity; an entity without names; stray white space;
//! - a later file's entity or name (same text and language) that says otherwise than the one
//!   merging keeps: `contested`, `native`; a name's status, script, conventions, and the scheme
//!   or suffixes it gives. The names still name the right entity, but the later file's data goes
//!   unused.
//!
//! Across files (the built-in glossary and the user's, or several user files, merged in order by
//! [`Glossary::merge`], which keeps aside what it does not use in [`Glossary::extensions`]),
//! every clash is reported at the later file's line and names the earlier one's; a name merging
//! left out still gets its own checks. `glossary lint FILES` lints the files added to the
//! built-in glossary (unless `--no-default-glossary`) and lists the findings in FILES only.

use std::collections::HashMap;
use std::fmt;

use serde::Serialize;

use super::fold::primary_key;
use super::{Entity, Glossary, Name};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One finding: `origin:line: severity: message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LintFinding {
    pub origin: String,
    pub line: usize,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for LintFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.origin, self.line, self.severity, self.message
        )
    }
}

pub const KINDS: &[&str] = &[
    "place", "region", "district", "river", "pass", "corridor", "country", "person", "org", "event",
];

/// Conventions every glossary may use without declaring them in its `[glossary]` table.
pub const KNOWN_CONVENTIONS: &[&str] = &[
    "az-official",
    "hy",
    "hy-official",
    "ru-media",
    "ru-official",
    "intl-press",
    "intl-official",
    "tr-media",
    "tr-official",
    "ge-official",
    "ka-media",
    "uk-media",
    "es-press",
    "fr-press",
    "de-press",
    "it-press",
    "ar-media",
    "fa-media",
    "soviet",
    "historical",
    "neutral",
    "un",
];

/// ISO 639-1 codes the glossaries are expected to use.
const LANGS: &[&str] = &[
    "en", "ru", "uk", "be", "bg", "kk", "az", "tr", "hy", "ka", "ar", "fa", "he", "es", "fr", "de",
    "it", "pt", "pl", "nl", "sv", "el", "ku", "tk", "uz", "ky", "tg", "ce", "os", "ab", "lez",
    "la",
];

/// Script codes lint knows, with the Unicode letters that belong to them.
const SCRIPTS: &[&str] = &["Latn", "Cyrl", "Armn", "Geor", "Arab", "Hebr", "Grek"];

/// The script a language is normally written in (names in other scripts get a warning).
fn expected_scripts(lang: &str) -> Option<&'static [&'static str]> {
    Some(match lang {
        "ru" | "uk" | "be" | "bg" | "kk" | "ce" | "os" => &["Cyrl"],
        "hy" => &["Armn"],
        "ka" => &["Geor"],
        "ar" | "fa" => &["Arab"],
        "he" => &["Hebr"],
        "el" => &["Grek"],
        "az" | "tk" | "uz" => &["Latn", "Cyrl", "Arab"],
        "ku" => &["Latn", "Arab"],
        "en" | "tr" | "es" | "fr" | "de" | "it" | "pt" | "pl" | "nl" | "sv" | "la" => &["Latn"],
        _ => return None,
    })
}

/// The script of one letter, or `None` for non-letters and scripts lint does not know.
pub fn script_of(c: char) -> Option<&'static str> {
    if !c.is_alphabetic() {
        return None;
    }
    let u = c as u32;
    Some(match u {
        0x0041..=0x024F | 0x0250..=0x02AF | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF => {
            "Latn"
        }
        0x0370..=0x03FF | 0x1F00..=0x1FFF => "Grek",
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => "Cyrl",
        0x0530..=0x058F | 0xFB13..=0xFB17 => "Armn",
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => "Hebr",
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            "Arab"
        }
        0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => "Geor",
        _ => return None,
    })
}

pub(crate) fn lint(g: &Glossary) -> Vec<LintFinding> {
    let mut out = Vec::new();
    let declared: Vec<&str> = g
        .info
        .iter()
        .flat_map(|i| i.conventions.iter().map(String::as_str))
        .collect();
    // the names that can claim a text: (entity index, name)
    let mut claimants: Vec<(usize, &Name)> = Vec::new();
    for (ei, e) in g.entities.iter().enumerate() {
        let valid_id = !e.id.is_empty()
            && !e.id.starts_with('-')
            && !e.id.ends_with('-')
            && e.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid_id {
            push(
                &mut out,
                &e.origin,
                e.line,
                Severity::Error,
                format!(
                    "entity id `{}` must be lowercase letters, digits and hyphens",
                    e.id
                ),
            );
        }
        check_kind(&mut out, e);
        if e.names.is_empty() {
            push(
                &mut out,
                &e.origin,
                e.line,
                Severity::Warning,
                format!("entity `{}` has no names", e.id),
            );
        }
        for (ni, n) in e.names.iter().enumerate() {
            if !check_name(&mut out, n, &e.id, &declared) {
                continue;
            }
            let key = primary_key(n.text.trim());
            if e.names[..ni]
                .iter()
                .any(|m| m.lang == n.lang && primary_key(&m.text) == key)
            {
                push(
                    &mut out,
                    &n.origin,
                    n.line,
                    Severity::Warning,
                    about(n, &e.id, "listed twice in this entity".into()),
                );
                continue;
            }
            claimants.push((ei, n));
        }
    }
    check_extensions(&mut out, g, &declared);
    // A name of a later file is the one that clashes with an earlier one, whichever entity it
    // was merged into: claims are settled in file order, then line order.
    let rank = |origin: &str| {
        g.files
            .iter()
            .position(|f| f == origin)
            .unwrap_or(g.files.len())
    };
    claimants.sort_by_key(|(_, n)| (rank(&n.origin), n.line));
    // (folded text, lang) → (entity index, origin, line) of the first name that claimed it
    let mut claimed: HashMap<(String, &str), (usize, &str, usize)> = HashMap::new();
    // folded text → (entity index, lang, origin, line)
    let mut by_text: HashMap<String, (usize, &str, &str, usize)> = HashMap::new();
    for (ei, n) in claimants {
        let id = &g.entities[ei].id;
        let (o, l) = (n.origin.as_str(), n.line);
        let key = primary_key(n.text.trim());
        match claimed.get(&(key.clone(), n.lang.as_str())) {
            Some(&(other, fo, fl)) if other != ei => push(
                &mut out,
                o,
                l,
                Severity::Error,
                about(
                    n,
                    id,
                    format!("also a name of `{}` ({fo}:{fl})", g.entities[other].id),
                ),
            ),
            Some(_) => {}
            None => {
                claimed.insert((key.clone(), n.lang.as_str()), (ei, o, l));
            }
        }
        match by_text.get(&key) {
            Some(&(other, ol, fo, fl)) if other != ei && ol != n.lang => push(
                &mut out,
                o,
                l,
                Severity::Warning,
                about(
                    n,
                    id,
                    format!(
                        "same text as a {ol} name of `{}` ({fo}:{fl}); matching picks one",
                        g.entities[other].id
                    ),
                ),
            ),
            Some(_) => {}
            None => {
                by_text.insert(key, (ei, n.lang.as_str(), o, l));
            }
        }
    }
    // by file, then line; findings of one line in the order found
    out.sort_by_key(|f| (rank(&f.origin), f.line));
    out
}

fn push(
    out: &mut Vec<LintFinding>,
    origin: &str,
    line: usize,
    severity: Severity,
    message: String,
) {
    out.push(LintFinding {
        origin: origin.to_string(),
        line,
        severity,
        message,
    })
}

/// A finding's message about name `n` of entity `id`.
fn about(n: &Name, id: &str, msg: String) -> String {
    format!("`{}` ({}) of `{id}`: {msg}", n.text, n.lang)
}

fn check_kind(out: &mut Vec<LintFinding>, e: &Entity) {
    if !KINDS.contains(&e.kind.as_str()) {
        push(
            out,
            &e.origin,
            e.line,
            Severity::Warning,
            format!(
                "entity `{}`: unknown kind `{}` (expected one of {})",
                e.id,
                e.kind,
                KINDS.join(", ")
            ),
        );
    }
}

/// The checks of one name on its own (text, language, script, conventions, source); false when
/// its text is empty, which leaves nothing to compare with other names.
fn check_name(out: &mut Vec<LintFinding>, n: &Name, id: &str, declared: &[&str]) -> bool {
    let (o, l) = (n.origin.as_str(), n.line);
    let text = n.text.trim();
    if text.is_empty() {
        let msg = format!("entity `{id}`: a name has empty text");
        push(out, o, l, Severity::Error, msg);
        return false;
    }
    let mut push = |severity: Severity, msg: String| push(out, o, l, severity, about(n, id, msg));
    if text != n.text || n.text.contains("  ") {
        push(Severity::Warning, "stray white space in the text".into());
    }
    // language
    let lang_ok = n.lang.len() == 2 && n.lang.bytes().all(|b| b.is_ascii_lowercase());
    if !lang_ok {
        push(
            Severity::Error,
            format!("`{}` is not an ISO 639-1 code", n.lang),
        );
    } else if !LANGS.contains(&n.lang.as_str()) {
        push(
            Severity::Warning,
            format!("unexpected language `{}`", n.lang),
        );
    }
    // script
    if !SCRIPTS.contains(&n.script.as_str()) {
        push(Severity::Warning, format!("unknown script `{}`", n.script));
    } else {
        let mut others: Vec<&str> = text
            .chars()
            .filter_map(script_of)
            .filter(|s| *s != n.script)
            .collect();
        others.sort();
        others.dedup();
        if !others.is_empty() {
            push(
                Severity::Error,
                format!(
                    "script is {} but the text has {} letters",
                    n.script,
                    others.join(" and ")
                ),
            );
        }
        if let Some(expected) = expected_scripts(&n.lang)
            && !expected.contains(&n.script.as_str())
        {
            push(
                Severity::Warning,
                format!("script {} is unusual for language {}", n.script, n.lang),
            );
        }
    }
    // conventions and source
    if n.conventions.is_empty() {
        push(
            Severity::Error,
            "no conventions (who uses this name?)".into(),
        );
    }
    for c in &n.conventions {
        if !KNOWN_CONVENTIONS.contains(&c.as_str()) && !declared.contains(&c.as_str()) {
            push(
                Severity::Warning,
                format!("unknown convention `{c}` (declare it in [glossary] conventions)"),
            );
        }
    }
    if n.source.trim().is_empty() {
        push(Severity::Error, "missing source".into());
    }
    if n.suffixes.iter().any(|s| s.trim().is_empty()) {
        push(Severity::Warning, "empty suffix".into());
    }
    true
}

/// What a later file says of an entity an earlier one defined ([`Glossary::extensions`]) against
/// what merging kept: another kind is an error, other data (contested, native name, a name's
/// status, script, conventions …) a warning; the names merging left out get their own checks.
fn check_extensions(out: &mut Vec<LintFinding>, g: &Glossary, declared: &[&str]) {
    let by_id: HashMap<&str, &Entity> = g.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    for x in &g.extensions {
        let Some(kept) = by_id.get(x.id.as_str()) else {
            continue;
        };
        let at = format!("{}:{}", kept.origin, kept.line);
        check_kind(out, x);
        if x.kind != kept.kind {
            push(
                out,
                &x.origin,
                x.line,
                Severity::Error,
                format!(
                    "entity `{}` is a {} here but a {} at {at}: a reused id extends that entity, \
                     whose kind is kept, so these names would name a {}; give this {} another id",
                    x.id, x.kind, kept.kind, kept.kind, x.kind
                ),
            );
        }
        let differs = entity_differences(x, kept);
        if !differs.is_empty() {
            push(
                out,
                &x.origin,
                x.line,
                Severity::Warning,
                format!(
                    "entity `{}`: already at {at}, which is kept: {}",
                    x.id,
                    differs.join("; ")
                ),
            );
        }
        for n in &x.names {
            if !check_name(out, n, &x.id, declared) {
                continue;
            }
            let Some(first) = kept
                .names
                .iter()
                .find(|m| m.text == n.text && m.lang == n.lang)
            else {
                continue;
            };
            let differs = name_differences(n, first);
            if !differs.is_empty() {
                push(
                    out,
                    &n.origin,
                    n.line,
                    Severity::Warning,
                    about(
                        n,
                        &x.id,
                        format!(
                            "already at {}:{}, which is kept: {}",
                            first.origin,
                            first.line,
                            differs.join("; ")
                        ),
                    ),
                );
            }
        }
    }
}

/// What entity `x` of a later file says otherwise than `kept`, the one merging keeps
/// (`contested`, and `native` when `x` gives one), as "what here, what there".
fn entity_differences(x: &Entity, kept: &Entity) -> Vec<String> {
    let mut differs = Vec::new();
    if x.contested != kept.contested {
        differs.push(format!(
            "contested {} here, {} there",
            x.contested, kept.contested
        ));
    }
    if let Some(native) = &x.native
        && x.native != kept.native
    {
        let there = kept
            .native
            .as_deref()
            .map_or("none".into(), |n| format!("`{n}`"));
        differs.push(format!("native `{native}` here, {there} there"));
    }
    differs
}

/// What name `n` of a later file says otherwise than `first`, the same text and language that
/// merging keeps: the fields every name has, and the optional ones `n` gives, as "what here,
/// what there".
fn name_differences(n: &Name, first: &Name) -> Vec<String> {
    let status = |s: crate::model::NameStatus| format!("{s:?}").to_lowercase();
    let list = |v: &[String]| {
        let mut v = v.to_vec();
        v.sort();
        format!("[{}]", v.join(", "))
    };
    let mut fields = vec![
        ("status", status(n.status), status(first.status)),
        ("script", n.script.clone(), first.script.clone()),
        (
            "conventions",
            list(&n.conventions),
            list(&first.conventions),
        ),
    ];
    if let Some(scheme) = &n.scheme {
        let there = first.scheme.clone().unwrap_or_else(|| "none".to_string());
        fields.push(("scheme", scheme.clone(), there));
    }
    if !n.suffixes.is_empty() {
        fields.push(("suffixes", list(&n.suffixes), list(&first.suffixes)));
    }
    fields
        .into_iter()
        .filter(|(_, here, there)| here != there)
        .map(|(what, here, there)| format!("{what} {here} here, {there} there"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::mini;
    use super::*;

    #[test]
    fn mini_glossary_lints_clean() {
        let f = mini().lint();
        assert!(f.is_empty(), "{f:#?}");
    }

    fn findings(body: &str) -> Vec<String> {
        let text = format!("[glossary]\nid = \"t\"\ntitle = \"T\"\n\n{body}");
        Glossary::from_toml(&text, "my.toml")
            .unwrap()
            .lint()
            .iter()
            .map(|f| f.to_string())
            .collect()
    }

    fn name(text: &str, lang: &str, script: &str, extra: &str) -> String {
        format!(
            "  {{ text = \"{text}\", lang = \"{lang}\", script = \"{script}\", conventions = [\"hy\"], status = \"common\", source = \"manual\"{extra} }},\n"
        )
    }

    #[test]
    fn script_mismatch_is_an_error_with_its_line() {
        let body = format!(
            "[[entity]]\nid = \"a\"\nkind = \"place\"\nnames = [\n{}{}]\n",
            name("Stepanakert", "en", "Latn", ""),
            name("Степанакерт", "ru", "Latn", "")
        );
        assert_eq!(
            findings(&body),
            vec![
                "my.toml:10: error: `Степанакерт` (ru) of `a`: script is Latn but the text has Cyrl letters",
                "my.toml:10: warning: `Степанакерт` (ru) of `a`: script Latn is unusual for language ru",
            ]
        );
    }

    #[test]
    fn name_claimed_by_two_entities_is_an_error() {
        let body = format!(
            "[[entity]]\nid = \"a\"\nkind = \"place\"\nnames = [\n{}]\n\n[[entity]]\nid = \"b\"\nkind = \"place\"\nnames = [\n{}]\n",
            name("Shusha", "en", "Latn", ""),
            name("SHUSHA", "en", "Latn", "")
        );
        assert_eq!(
            findings(&body),
            vec!["my.toml:16: error: `SHUSHA` (en) of `b`: also a name of `a` (my.toml:9)"]
        );
    }

    #[test]
    fn same_text_in_another_language_is_a_warning() {
        let body = format!(
            "[[entity]]\nid = \"a\"\nkind = \"place\"\nnames = [\n{}]\n\n[[entity]]\nid = \"b\"\nkind = \"district\"\nnames = [\n{}]\n",
            name("Lachin", "en", "Latn", ""),
            name("Lachin", "de", "Latn", "")
        );
        let f = findings(&body);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].starts_with(
            "my.toml:16: warning: `Lachin` (de) of `b`: same text as a en name of `a`"
        ));
    }

    #[test]
    fn empty_text_missing_source_no_conventions_bad_id() {
        let body = "[[entity]]\nid = \"Bad_Id\"\nkind = \"villa\"\nnames = [\n  { text = \" \", lang = \"en\", script = \"Latn\", conventions = [\"hy\"], status = \"common\", source = \"manual\" },\n  { text = \"X\", lang = \"eng\", script = \"Latn\", conventions = [], status = \"common\", source = \"\" },\n  { text = \"Y\", lang = \"en\", script = \"Latx\", conventions = [\"sidez\"], status = \"common\", source = \"manual\" },\n]\n";
        let f = findings(body);
        let want = [
            "my.toml:5: error: entity id `Bad_Id` must be lowercase letters, digits and hyphens",
            "my.toml:5: warning: entity `Bad_Id`: unknown kind `villa`",
            "my.toml:9: error: entity `Bad_Id`: a name has empty text",
            "my.toml:10: error: `X` (eng) of `Bad_Id`: `eng` is not an ISO 639-1 code",
            "my.toml:10: error: `X` (eng) of `Bad_Id`: no conventions",
            "my.toml:10: error: `X` (eng) of `Bad_Id`: missing source",
            "my.toml:11: warning: `Y` (en) of `Bad_Id`: unknown script `Latx`",
            "my.toml:11: warning: `Y` (en) of `Bad_Id`: unknown convention `sidez`",
        ];
        for w in want {
            assert!(f.iter().any(|x| x.starts_with(w)), "missing {w}\nin {f:#?}");
        }
        assert_eq!(f.len(), want.len(), "{f:#?}");
    }

    #[test]
    fn declared_conventions_are_accepted() {
        let text = "[glossary]\nid = \"t\"\ntitle = \"T\"\nconventions = [\"my-desk\"]\n\n[[entity]]\nid = \"a\"\nkind = \"place\"\nnames = [\n  { text = \"A\", lang = \"en\", script = \"Latn\", conventions = [\"my-desk\"], status = \"common\", source = \"manual\" },\n]\n";
        assert!(
            Glossary::from_toml(text, "t.toml")
                .unwrap()
                .lint()
                .is_empty()
        );
    }

    /// An entity of [`file`]: id, kind, and names as (text, language).
    type Spec<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

    /// One file with one entity per spec, each name in Latin script.
    fn file(origin: &str, entities: &[Spec]) -> Glossary {
        let mut text = format!("[glossary]\nid = \"{origin}\"\ntitle = \"T\"\n");
        for (id, kind, names) in entities {
            text += &format!("\n[[entity]]\nid = \"{id}\"\nkind = \"{kind}\"\nnames = [\n");
            for (t, lang) in names.iter() {
                text += &name(t, lang, "Latn", "");
            }
            text += "]\n";
        }
        Glossary::from_toml(&text, origin).unwrap()
    }

    /// `files` merged in order, linted.
    fn merged(files: Vec<Glossary>) -> Vec<String> {
        let mut g = Glossary::empty();
        for f in files {
            g.merge(f);
        }
        g.lint().iter().map(|f| f.to_string()).collect()
    }

    #[test]
    fn an_id_reused_for_another_kind_in_another_file_is_an_error() {
        let a = file("a.toml", &[("shusha", "place", &[("Shusha", "en")])]);
        let b = file("b.toml", &[("shusha", "person", &[("Shusha", "fr")])]);
        assert_eq!(
            merged(vec![a, b]),
            [
                "b.toml:5: error: entity `shusha` is a person here but a place at a.toml:5: a \
                 reused id extends that entity, whose kind is kept, so these names would name a \
                 place; give this person another id"
            ]
        );
        // the same kind extends it, silently
        let a = file("a.toml", &[("shusha", "place", &[("Shusha", "en")])]);
        let b = file("b.toml", &[("shusha", "place", &[("Chouchi", "fr")])]);
        assert_eq!(merged(vec![a, b]), Vec::<String>::new());
    }

    #[test]
    fn other_data_for_a_reused_id_or_name_is_a_warning() {
        let a = Glossary::from_toml(
            &format!(
                "[glossary]\nid = \"a\"\ntitle = \"A\"\n\n[[entity]]\nid = \"lachin\"\nkind = \"place\"\nnative = \"Laçın\"\nnames = [\n{}]\n",
                name("Lachin", "en", "Latn", ", suffixes = [\"'s\"]")
            ),
            "a.toml",
        )
        .unwrap();
        let b = Glossary::from_toml(
            &format!(
                "[glossary]\nid = \"b\"\ntitle = \"B\"\n\n[[entity]]\nid = \"lachin\"\nkind = \"place\"\ncontested = true\nnative = \"Berdzor\"\nnames = [\n{}{}{}]\n",
                name("Lachin", "en", "Latn", "").replace("common", "official"),
                name("Lachin", "en", "Latn", ", suffixes = [\"'s\"]"),
                name("Lachin", "en", "Latn", ", suffixes = [\"'in\"]")
            ),
            "b.toml",
        )
        .unwrap();
        let f = merged(vec![a, b]);
        assert_eq!(
            f,
            [
                "b.toml:5: warning: entity `lachin`: already at a.toml:5, which is kept: contested \
                 true here, false there; native `Berdzor` here, `Laçın` there",
                "b.toml:11: warning: `Lachin` (en) of `lachin`: already at a.toml:10, which is \
                 kept: status official here, common there",
                "b.toml:13: warning: `Lachin` (en) of `lachin`: already at a.toml:10, which is \
                 kept: suffixes ['in] here, ['s] there",
            ],
            "{f:#?}"
        );
    }

    #[test]
    fn a_name_two_files_give_to_two_entities_is_reported_in_the_later_file() {
        // b.toml adds to `x`, which comes before `y` in the merged glossary: the clash is still
        // b.toml's, naming a.toml's line
        let a = file(
            "a.toml",
            &[
                ("x", "place", &[("Foo", "en")]),
                ("y", "place", &[("Bar", "en")]),
            ],
        );
        let b = file(
            "b.toml",
            &[
                ("x", "place", &[("Bar", "en")]),
                ("z", "river", &[("FOO", "en"), ("Bar", "de")]),
            ],
        );
        let f = merged(vec![a, b]);
        assert_eq!(
            f,
            [
                "b.toml:9: error: `Bar` (en) of `x`: also a name of `y` (a.toml:16)",
                "b.toml:16: error: `FOO` (en) of `z`: also a name of `x` (a.toml:9)",
                "b.toml:17: warning: `Bar` (de) of `z`: same text as a en name of `y` \
                 (a.toml:16); matching picks one",
            ],
            "{f:#?}"
        );
    }

    #[test]
    fn a_name_merging_leaves_out_is_still_checked() {
        let a = file("a.toml", &[("x", "place", &[("Foo", "en")])]);
        let b = Glossary::from_toml(
            "[glossary]\nid = \"b\"\ntitle = \"B\"\n\n[[entity]]\nid = \"x\"\nkind = \"place\"\nnames = [\n  { text = \"Foo\", lang = \"en\", script = \"Latn\", conventions = [\"hy\"], status = \"common\", source = \"\" },\n]\n",
            "b.toml",
        )
        .unwrap();
        assert_eq!(
            merged(vec![a, b]),
            ["b.toml:9: error: `Foo` (en) of `x`: missing source"]
        );
    }

    #[test]
    fn duplicate_within_entity_and_merged_names_point_at_their_file() {
        let mut g = mini();
        let user = Glossary::from_toml(
            "[glossary]\nid = \"u\"\ntitle = \"U\"\n\n[[entity]]\nid = \"armenia\"\nkind = \"country\"\nnames = [\n  { text = \"Армения\", lang = \"ru\", script = \"Latn\", conventions = [\"ru-media\"], status = \"common\", source = \"manual\" },\n  { text = \"Armenië\", lang = \"nl\", script = \"Cyrl\", conventions = [\"intl-press\"], status = \"common\", source = \"manual\" },\n]\n",
            "user.toml",
        )
        .unwrap();
        g.merge(user);
        let f: Vec<String> = g.lint().iter().map(|f| f.to_string()).collect();
        // Армения/ru exists already: merge skipped it, but it is still checked, and compared
        // with the one kept. Armenië is new, and mislabelled.
        assert_eq!(f.len(), 5, "{f:#?}");
        assert!(f[0].starts_with("user.toml:9: error: `Армения` (ru) of `armenia`: script is Latn but the text has Cyrl letters"));
        assert!(f[2].starts_with(
            "user.toml:9: warning: `Армения` (ru) of `armenia`: already at test-mini.toml:"
        ));
        assert!(f[2].ends_with(
            "which is kept: status common here, official there; script Latn here, Cyrl there"
        ));
        assert!(f[3].starts_with("user.toml:10: error: `Armenië` (nl) of `armenia`: script is Cyrl but the text has Latn letters"));
    }

    #[test]
    fn script_of_letters() {
        assert_eq!(script_of('ə'), Some("Latn"));
        assert_eq!(script_of('Ə'), Some("Latn"));
        assert_eq!(script_of('ı'), Some("Latn"));
        assert_eq!(script_of('Ж'), Some("Cyrl"));
        assert_eq!(script_of('Ս'), Some("Armn"));
        assert_eq!(script_of('ք'), Some("Armn"));
        assert_eq!(script_of('თ'), Some("Geor"));
        assert_eq!(script_of('ك'), Some("Arab"));
        assert_eq!(script_of('ی'), Some("Arab"));
        assert_eq!(script_of('-'), None);
        assert_eq!(script_of('1'), None);
    }
}
