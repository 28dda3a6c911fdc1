//! The transliteration check behind `parallax names`: is each name the standard one, a variant,
//! or non-standard, and does an article mix names that belong to different conventions?

use std::collections::BTreeMap;

use super::Glossary;
use crate::model::{
    CheckStatus, CheckedName, Document, Inconsistency, MatchKind, NameMention, NameStatus,
};

/// Check every name mention of `doc` against `glossary`.
pub fn check_document(
    doc: &Document,
    glossary: &Glossary,
) -> (Vec<CheckedName>, Vec<Inconsistency>) {
    let mut mentions = Vec::new();
    let mut by_entity: BTreeMap<&str, Vec<&NameMention>> = BTreeMap::new();
    for m in doc.sentences.iter().flat_map(|s| &s.names) {
        mentions.push(check_mention(doc, m, glossary));
        by_entity.entry(&m.entity).or_default().push(m);
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
/// Explicit dual naming ("Stepanakert (Khankendi)") is reported too: the reader decides.
fn mixes_conventions(ms: &[&NameMention]) -> bool {
    ms.iter().enumerate().any(|(i, a)| {
        ms[i + 1..].iter().any(|b| {
            a.variant != b.variant && !a.conventions.iter().any(|c| b.conventions.contains(c))
        })
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
