//! A newsroom's house style for names (`parallax names --style FILE`): the preferred variant of
//! an entity in one language, and optionally the form its first mention in an article takes.
//!
//! ```toml
//! [[prefer]]
//! entity = "khankendi-stepanakert"
//! lang = "en"
//! use = "Stepanakert"
//! first = "Stepanakert (Khankendi)"   # optional
//! ```
//!
//! Loading checks the file against the glossary: the entity must exist and `use` must be one of
//! its names; errors read `FILE:LINE:COL: message` like glossary errors.

use serde::Deserialize;
use toml::Spanned;

use super::{Glossary, GlossaryError, line_col};
use crate::model::{NameMention, Span, StyleFinding};

/// One rule of the house style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preference {
    pub entity: String,
    pub lang: String,
    /// The variant to write (a glossary name of the entity).
    pub use_name: String,
    /// The form of the first mention in an article, e.g. "Stepanakert (Khankendi)".
    pub first: Option<String>,
}

/// A house style: preferences by entity and language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Style {
    pub prefer: Vec<Preference>,
    pub origin: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStyle {
    #[serde(default)]
    prefer: Vec<Spanned<RawPref>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPref {
    entity: String,
    lang: String,
    #[serde(rename = "use")]
    use_name: String,
    #[serde(default)]
    first: Option<String>,
}

impl Style {
    /// Parse a style file and check it against `glossary`.
    pub fn from_toml(
        text: &str,
        origin: &str,
        glossary: &Glossary,
    ) -> Result<Style, GlossaryError> {
        let raw: RawStyle =
            toml::from_str(text).map_err(|e| GlossaryError::from_toml(e, text, origin))?;
        let mut prefer = Vec::new();
        for p in raw.prefer {
            let (line, column) = line_col(text, p.span().start);
            let p = p.into_inner();
            let invalid = |message: String| GlossaryError::Invalid {
                origin: origin.to_string(),
                line,
                column,
                message,
            };
            let Some(e) = glossary.entity(&p.entity) else {
                return Err(invalid(format!(
                    "no entity `{}` in the glossary (see `parallax glossary show`)",
                    p.entity
                )));
            };
            if !e.names.iter().any(|n| n.text == p.use_name) {
                return Err(invalid(format!(
                    "`{}` is not a name of `{}` (add it to a glossary with --glossary, or pick one of `parallax glossary show --entity {}`)",
                    p.use_name, p.entity, p.entity
                )));
            }
            prefer.push(Preference {
                entity: p.entity,
                lang: p.lang,
                use_name: p.use_name,
                first: p.first,
            });
        }
        Ok(Style {
            prefer,
            origin: origin.to_string(),
        })
    }

    pub fn load_file(path: &std::path::Path, glossary: &Glossary) -> Result<Style, GlossaryError> {
        let origin = path.display().to_string();
        let text = super::read_utf8(path)?;
        Style::from_toml(&text, &origin, glossary)
    }

    /// Findings for one article (`body`, language `lang`) with its `mentions` (sorted by start).
    pub fn check(
        &self,
        article: &str,
        body: &str,
        lang: &str,
        mentions: &[&NameMention],
    ) -> Vec<StyleFinding> {
        let mut out = Vec::new();
        for p in self.prefer.iter().filter(|p| p.lang == lang) {
            let mut first_span: Option<Span> = None;
            for (i, m) in mentions.iter().filter(|m| m.entity == p.entity).enumerate() {
                if first_span.is_some_and(|f| f.contains(m.span)) {
                    continue; // the second name inside the dual first-mention form
                }
                let finding = |expected: &str, rule: &str| StyleFinding {
                    article: article.to_string(),
                    span: m.span,
                    surface: m.surface.clone(),
                    entity: m.entity.clone(),
                    expected: expected.to_string(),
                    rule: rule.to_string(),
                };
                if i == 0
                    && let Some(first) = &p.first
                {
                    if body[m.span.start..].starts_with(first.as_str()) {
                        first_span = Some(Span::new(m.span.start, m.span.start + first.len()));
                    } else {
                        out.push(finding(first, "first-mention"));
                    }
                    continue;
                }
                if m.variant != p.use_name {
                    out.push(finding(&p.use_name, "variant"));
                }
            }
        }
        out.sort_by_key(|f| f.span.start);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::mini;
    use super::*;
    use crate::glossary::Matcher;

    const STYLE: &str = "[[prefer]]\nentity = \"khankendi-stepanakert\"\nlang = \"en\"\nuse = \"Stepanakert\"\nfirst = \"Stepanakert (Khankendi)\"\n\n[[prefer]]\nentity = \"shusha-shushi\"\nlang = \"en\"\nuse = \"Shusha\"\n";

    fn findings(text: &str) -> Vec<(String, String, String)> {
        let g = mini();
        let style = Style::from_toml(STYLE, "house.toml", &g).unwrap();
        let m = Matcher::new(&g).find(text, "en");
        let refs: Vec<&NameMention> = m.iter().collect();
        style
            .check("a", text, "en", &refs)
            .into_iter()
            .map(|f| (f.surface, f.expected, f.rule))
            .collect()
    }

    #[test]
    fn first_mention_and_variant_rules() {
        assert!(findings("In Stepanakert (Khankendi) today. Stepanakert was calm.").is_empty());
        let f = findings("In Stepanakert today. Later Khankendi was calm. Shushi too.");
        assert_eq!(
            f,
            vec![
                (
                    "Stepanakert".into(),
                    "Stepanakert (Khankendi)".into(),
                    "first-mention".into()
                ),
                ("Khankendi".into(), "Stepanakert".into(), "variant".into()),
                ("Shushi".into(), "Shusha".into(), "variant".into()),
            ]
        );
        // another language's article is not checked against English preferences
        let g = mini();
        let style = Style::from_toml(STYLE, "house.toml", &g).unwrap();
        let m = Matcher::new(&g).find("в Ханкенди", "ru");
        let refs: Vec<&NameMention> = m.iter().collect();
        assert!(style.check("a", "в Ханкенди", "ru", &refs).is_empty());
    }

    #[test]
    fn bad_style_files_name_line_and_column() {
        let g = mini();
        let e = Style::from_toml(
            "[[prefer]]\nentity = \"nowhere\"\nlang = \"en\"\nuse = \"X\"\n",
            "h.toml",
            &g,
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("h.toml:1:1: no entity `nowhere`"), "{e}");
        let e = Style::from_toml(
            "[[prefer]]\nentity = \"baku\"\nlang = \"en\"\nuse = \"Bakoo\"\n",
            "h.toml",
            &g,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("`Bakoo` is not a name of `baku`"), "{e}");
        let e = Style::from_toml("[[prefer]]\nentity = 3\n", "h.toml", &g)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("h.toml:2:10:"), "{e}");
    }
}
