//! The transliteration check behind `parallax names`: is each name the standard one, a variant,
//! or non-standard, and does an article mix names that belong to different conventions?

use std::collections::{BTreeMap, HashMap};

use super::Glossary;
use super::style::Style;
use super::suggest::Suggester;
use crate::model::{
    CheckStatus, CheckedName, ConventionCount, Document, EntityConventions, Inconsistency,
    MatchKind, NameMention, NameStatus, OutletProfile, Span, StyleFinding,
};

/// Everything `names` reports for one article.
#[derive(Debug, Default)]
pub struct ArticleCheck {
    /// Glossary mentions and unknown names close to an entity, in text order.
    pub mentions: Vec<CheckedName>,
    pub inconsistencies: Vec<Inconsistency>,
    pub style_findings: Vec<StyleFinding>,
}

/// The `names` check, built once per run: the glossary, the suggester for unknown names and an
/// optional house style.
#[derive(Debug)]
pub struct Checker<'g> {
    glossary: &'g Glossary,
    suggester: Suggester,
    style: Option<Style>,
}

impl<'g> Checker<'g> {
    pub fn new(glossary: &'g Glossary, style: Option<Style>) -> Checker<'g> {
        Checker {
            glossary,
            suggester: Suggester::new(glossary),
            style,
        }
    }

    pub fn check(&self, doc: &Document) -> ArticleCheck {
        let (mut mentions, inconsistencies) = check_document(doc, self.glossary);
        let found: Vec<&NameMention> = doc.sentences.iter().flat_map(|s| &s.names).collect();
        let taken: Vec<Span> = found.iter().map(|m| m.span).collect();
        let body = &doc.article.body;
        for s in self
            .suggester
            .suggest(self.glossary, body, &doc.language, &taken)
        {
            let e = &self.glossary.entities[s.entity];
            let n = &e.names[s.name];
            // A word close to a homograph (Turkish "Kuranın", after the draw, beside Kura)
            // counts, as the homograph would, only beside another entity.
            if e.is_homograph(&n.text) && found.iter().all(|m| m.entity == e.id) {
                continue;
            }
            mentions.push(CheckedName {
                article: doc.article.id.clone(),
                span: s.span,
                surface: s.span.slice(body).to_string(),
                entity: e.id.clone(),
                canonical: canonical(e, &doc.language).unwrap_or_else(|| n.text.clone()),
                status: CheckStatus::Unknown,
                conventions: n.conventions.clone(),
                scheme: s.scheme,
                suggestion: Some(s.suggestion),
            });
        }
        mentions.sort_by_key(|m| m.span.start);
        let style_findings = self.style.as_ref().map_or_else(Vec::new, |st| {
            st.check(&doc.article.id, body, &doc.language, &found)
        });
        ArticleCheck {
            mentions,
            inconsistencies,
            style_findings,
        }
    }
}

/// The entity's preferred name in `lang` (official, then common), else in any language.
fn canonical(e: &super::Entity, lang: &str) -> Option<String> {
    let standard = |n: &&super::Name| matches!(n.status, NameStatus::Official | NameStatus::Common);
    e.names
        .iter()
        .filter(standard)
        .filter(|n| n.lang == lang)
        .min_by_key(|n| n.status)
        .or_else(|| e.names.iter().filter(standard).min_by_key(|n| n.status))
        .map(|n| n.text.clone())
}

/// Per-outlet naming profiles: for every outlet (the article id when the outlet is not known),
/// the mentions of contested entities counted per convention. Unknown names do not count.
pub fn profiles(
    docs: &[Document],
    mentions: &[CheckedName],
    glossary: &Glossary,
) -> Vec<OutletProfile> {
    let contested: std::collections::HashSet<&str> = glossary
        .entities
        .iter()
        .filter(|e| e.contested)
        .map(|e| e.id.as_str())
        .collect();
    let outlet_of: HashMap<&str, &str> = docs
        .iter()
        .map(|d| {
            let o = d.article.outlet.as_deref().unwrap_or(&d.article.id);
            (d.article.id.as_str(), o)
        })
        .collect();
    type Counts<'a> = BTreeMap<&'a str, usize>;
    let mut by_outlet: BTreeMap<&str, (usize, Counts, BTreeMap<&str, Counts>)> = BTreeMap::new();
    for o in outlet_of.values() {
        by_outlet.entry(o).or_default();
    }
    for d in docs {
        if let Some(p) = outlet_of.get(d.article.id.as_str()) {
            by_outlet.entry(p).or_default().0 += 1;
        }
    }
    for m in mentions {
        if m.status == CheckStatus::Unknown || !contested.contains(m.entity.as_str()) {
            continue;
        }
        let Some(o) = outlet_of.get(m.article.as_str()) else {
            continue;
        };
        let slot = by_outlet.entry(o).or_default();
        for c in &m.conventions {
            *slot.1.entry(c).or_default() += 1;
            *slot.2.entry(&m.entity).or_default().entry(c).or_default() += 1;
        }
    }
    let sorted = |c: &Counts| {
        let mut v: Vec<ConventionCount> = c
            .iter()
            .map(|(k, n)| ConventionCount {
                convention: k.to_string(),
                mentions: *n,
            })
            .collect();
        v.sort_by(|a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then(a.convention.cmp(&b.convention))
        });
        v
    };
    by_outlet
        .into_iter()
        .map(|(outlet, (articles, all, ents))| OutletProfile {
            outlet: outlet.to_string(),
            articles,
            conventions: sorted(&all),
            entities: ents
                .iter()
                .map(|(e, c)| EntityConventions {
                    entity: e.to_string(),
                    conventions: sorted(c),
                })
                .collect(),
        })
        .collect()
}

/// Check every name mention of `doc` against `glossary`.
pub fn check_document(
    doc: &Document,
    glossary: &Glossary,
) -> (Vec<CheckedName>, Vec<Inconsistency>) {
    let mut mentions = Vec::new();
    let mut by_entity: BTreeMap<&str, Vec<&NameMention>> = BTreeMap::new();
    let mut prev: Option<&NameMention> = None;
    for m in doc.sentences.iter().flat_map(|s| &s.names) {
        mentions.push(check_mention(doc, m, glossary));
        // The second name of explicit dual naming ("Stepanakert (Khankendi)", "Шуша/Şuşa") is
        // the writer's choice to give both, not an inconsistency.
        let dual = prev.is_some_and(|p| {
            p.entity == m.entity
                && doc
                    .article
                    .body
                    .get(p.span.end..m.span.start)
                    .is_some_and(|gap| matches!(gap.trim(), "(" | "/"))
        });
        if !dual {
            by_entity.entry(&m.entity).or_default().push(m);
        }
        prev = Some(m);
    }
    let inconsistencies = by_entity
        .into_iter()
        .filter(|(_, ms)| mixes_conventions(ms))
        .map(|(entity, ms)| {
            let mut surfaces: Vec<String> = ms.iter().map(|m| m.variant.clone()).collect();
            surfaces.sort();
            surfaces.dedup();
            Inconsistency {
                article: doc.article.id.clone(),
                entity: entity.to_string(),
                surfaces,
            }
        })
        .collect();
    (mentions, inconsistencies)
}

/// Two variants of one entity that share no convention (Shusha [az-official] / Shushi [hy]).
/// Explicit dual naming ("Stepanakert (Khankendi)") is left out by the caller.
fn mixes_conventions(ms: &[&NameMention]) -> bool {
    // the distinct variants first: an article may name one place thousands of times
    let mut variants: Vec<&NameMention> = Vec::new();
    for m in ms {
        if !variants.iter().any(|v| v.variant == m.variant) {
            variants.push(m);
        }
    }
    variants.iter().enumerate().any(|(i, a)| {
        variants[i + 1..]
            .iter()
            .any(|b| !a.conventions.iter().any(|c| b.conventions.contains(c)))
    })
}

fn check_mention(doc: &Document, m: &NameMention, glossary: &Glossary) -> CheckedName {
    let entity = glossary.entity(&m.entity);
    let lang = &doc.language;
    let preferred = |want: &dyn Fn(&super::Name) -> bool| {
        entity.and_then(|e| {
            e.names
                .iter()
                .filter(|n| want(n))
                .min_by_key(|n| n.status)
                .map(|n| n.text.clone())
        })
    };
    let canonical = preferred(&|n| {
        &n.lang == lang && matches!(n.status, NameStatus::Official | NameStatus::Common)
    })
    .or_else(|| preferred(&|n| matches!(n.status, NameStatus::Official | NameStatus::Common)))
    .unwrap_or_else(|| m.variant.clone());
    let status = match (m.matched_by, m.status) {
        (MatchKind::Diacritics, _) | (_, NameStatus::Misspelling) => CheckStatus::Nonstandard,
        (_, NameStatus::Official | NameStatus::Common) => CheckStatus::Standard,
        (_, NameStatus::Variant | NameStatus::Historical) => CheckStatus::Variant,
    };
    let scheme = entity
        .and_then(|e| {
            e.names
                .iter()
                .find(|n| n.text == m.variant && n.lang == m.variant_lang)
        })
        .and_then(|n| n.scheme.clone());
    let suggestion = (status == CheckStatus::Nonstandard).then(|| {
        if m.matched_by == MatchKind::Diacritics && m.status != NameStatus::Misspelling {
            return m.variant.clone();
        }
        // the standard name of the same language and convention
        preferred(&|n| {
            n.lang == m.variant_lang
                && matches!(n.status, NameStatus::Official | NameStatus::Common)
                && n.conventions.iter().any(|c| m.conventions.contains(c))
        })
        .unwrap_or_else(|| canonical.clone())
    });
    CheckedName {
        article: doc.article.id.clone(),
        span: m.span,
        surface: m.surface.clone(),
        entity: m.entity.clone(),
        canonical,
        status,
        conventions: m.conventions.clone(),
        scheme,
        suggestion,
    }
}
