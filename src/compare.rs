//! `compare`: analysed documents → aligned, diffed [`Comparison`].

use crate::align::{self, Mode};
use crate::diff;
use crate::facts;
use crate::framing;
use crate::glossary::Glossary;
use crate::model::{Alignment, Comparison, CueRate, Document, InputFailure};
use crate::summary;

/// Compare every pair of documents.
pub fn compare(
    mut documents: Vec<Document>,
    errors: Vec<InputFailure>,
    glossary: &Glossary,
) -> Comparison {
    unique_ids(&mut documents);
    let alignments = align_all(&documents);
    Comparison {
        naming: summary::naming_matrix(&documents),
        entities: summary::entities_mentioned(&documents, glossary),
        facts: facts::cluster(
            &alignments,
            &documents
                .iter()
                .map(|d| d.sentences.len())
                .collect::<Vec<_>>(),
        ),
        cue_rates: cue_rates(&documents),
        documents,
        alignments,
        errors,
    }
}

/// Align and diff every pair of documents, in parallel; each document's features are computed
/// once. The result is in pair order (0-1, 0-2, …, 1-2, …) whatever the scheduling.
fn align_all(documents: &[Document]) -> Vec<Alignment> {
    use rayon::prelude::*;
    let features: Vec<_> = documents.par_iter().map(align::document_features).collect();
    let pairs: Vec<(usize, usize)> = (0..documents.len())
        .flat_map(|i| (i + 1..documents.len()).map(move |j| (i, j)))
        .collect();
    pairs
        .par_iter()
        .map(|&(i, j)| {
            let (l, r) = (&documents[i], &documents[j]);
            let mut a =
                align::align_features(l, r, &features[i], &features[j], (i, j), Mode::Comparable);
            diff::diff_pairs(&mut a.pairs, l, r);
            a
        })
        .collect()
}

/// Align documents `i` and `j` and diff each aligned pair.
pub fn align_pair(documents: &[Document], i: usize, j: usize, mode: Mode) -> Alignment {
    let (l, r) = (&documents[i], &documents[j]);
    let mut a = align::align(l, r, i, j, mode);
    diff::diff_pairs(&mut a.pairs, l, r);
    a
}

/// Cue counts and rates per document.
pub fn cue_rates(documents: &[Document]) -> Vec<CueRate> {
    documents
        .iter()
        .enumerate()
        .flat_map(|(i, d)| {
            let cues: Vec<_> = d.sentences.iter().flat_map(|s| &s.cues).collect();
            framing::rates(i, &cues, d.word_count())
        })
        .collect()
}

/// Give documents that share an id (`d1/a.txt`, `d2/a.txt`) distinct ones (`a`, `a-2`), so
/// every alignment names its two articles unambiguously.
pub fn unique_ids(documents: &mut [Document]) {
    let mut seen = std::collections::HashSet::new();
    for d in documents.iter_mut() {
        if seen.insert(d.article.id.clone()) {
            continue;
        }
        let base = d.article.id.clone();
        let id = (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !seen.contains(id))
            .expect("an unused id exists");
        seen.insert(id.clone());
        d.article.id = id;
    }
}
