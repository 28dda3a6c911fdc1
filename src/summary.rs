//! Views over all documents at once: the naming matrix and the entities mentioned.

use std::collections::{BTreeMap, BTreeSet};

use crate::glossary::Glossary;
use crate::model::{Document, EntityInfo, NamingCell, NamingRow, VariantCount, VariantInfo};

/// variant → (count, conventions of the variant)
type VariantTally<'a> = BTreeMap<&'a str, (usize, &'a [String])>;

/// Entity × document: which glossary variants each document used, most frequent first.
pub fn naming_matrix(documents: &[Document]) -> Vec<NamingRow> {
    // entity -> document -> variant -> (count, conventions)
    let mut m: BTreeMap<&str, BTreeMap<usize, VariantTally>> = BTreeMap::new();
    for (d, doc) in documents.iter().enumerate() {
        for n in doc.sentences.iter().flat_map(|s| &s.names) {
            let e = m
                .entry(&n.entity)
                .or_default()
                .entry(d)
                .or_default()
                .entry(&n.variant)
                .or_insert((0, &n.conventions));
            e.0 += 1;
        }
    }
    m.into_iter()
        .map(|(entity, docs)| NamingRow {
            entity: entity.to_string(),
            cells: docs
                .into_iter()
                .map(|(document, variants)| {
                    let conventions: BTreeSet<&String> =
                        variants.values().flat_map(|(_, c)| c.iter()).collect();
                    let mut variants: Vec<VariantCount> = variants
                        .into_iter()
                        .map(|(v, (count, _))| VariantCount {
                            variant: v.to_string(),
                            count,
                        })
                        .collect();
                    variants.sort_by(|a, b| b.count.cmp(&a.count).then(a.variant.cmp(&b.variant)));
                    NamingCell {
                        document,
                        variants,
                        conventions: conventions.into_iter().cloned().collect(),
                    }
                })
                .collect(),
        })
        .collect()
}

/// Glossary facts about every entity the documents mention, sorted by id.
pub fn entities_mentioned(documents: &[Document], glossary: &Glossary) -> Vec<EntityInfo> {
    let ids: BTreeSet<&str> = documents
        .iter()
        .flat_map(|d| &d.sentences)
        .flat_map(|s| &s.names)
        .map(|n| n.entity.as_str())
        .collect();
    ids.into_iter()
        .filter_map(|id| glossary.entity(id))
        .map(|e| EntityInfo {
            id: e.id.clone(),
            kind: e.kind.clone(),
            contested: e.contested,
            variants: e
                .names
                .iter()
                .map(|n| VariantInfo {
                    text: n.text.clone(),
                    lang: n.lang.clone(),
                    conventions: n.conventions.clone(),
                    status: n.status,
                })
                .collect(),
        })
        .collect()
}
