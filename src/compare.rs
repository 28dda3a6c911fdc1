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
    let (alignments, too_long) = align_all(&documents);
    let mut errors = errors;
    errors.extend(too_long);
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

/// Most sentence pairs (left sentences × right sentences) one comparable alignment scores.
/// Every pair is scored, so time and memory grow with the product: 2,500 × 2,500 sentences take
/// about 0.4 GB and 1.5 s on a laptop. A news article has tens or hundreds of sentences; past
/// this it is a book, and would exhaust the machine's memory (measured: 60,000 × 20,000).
pub const MAX_COMPARABLE_PAIRS: usize = 6_250_000;

/// Why `l` and `r` are not aligned in comparable mode, when they are too long for it.
pub fn too_long_to_compare(l: &Document, r: &Document) -> Option<InputFailure> {
    let (n, m) = (l.sentences.len(), r.sentences.len());
    (n.saturating_mul(m) > MAX_COMPARABLE_PAIRS).then(|| InputFailure {
        source: format!("{} × {}", l.article.id, r.article.id),
        message: format!(
            "{n} × {m} sentences are too many to align in comparable mode (at most \
             {MAX_COMPARABLE_PAIRS} sentence pairs): compare shorter articles (split the text), \
             or align a text with its translation with `parallax align --mode parallel`"
        ),
    })
}

/// Align (facts across all documents, see `align::align_all_comparable`) and diff every pair of
/// documents, in parallel; each document's features are computed once. The result is in pair
/// order (0-1, 0-2, …, 1-2, …) whatever the scheduling. A pair too long to compare gets no
/// aligned pairs (every sentence "only in"), and a failure naming it.
fn align_all(documents: &[Document]) -> (Vec<Alignment>, Vec<InputFailure>) {
    use rayon::prelude::*;
    let features: Vec<_> = documents.par_iter().map(align::document_features).collect();
    let pairs: Vec<(usize, usize)> = (0..documents.len())
        .flat_map(|i| (i + 1..documents.len()).map(move |j| (i, j)))
        .collect();
    let mut failures = Vec::new();
    let mut refused = Vec::new();
    let mut fine = Vec::new();
    for &(i, j) in &pairs {
        match too_long_to_compare(&documents[i], &documents[j]) {
            Some(f) => {
                failures.push(f);
                refused.push((i, j));
            }
            None => fine.push((i, j)),
        }
    }
    let mut aligned = align::align_all_comparable(documents, &features, &fine);
    aligned.par_iter_mut().for_each(|a| {
        diff::diff_pairs(&mut a.pairs, &documents[a.left], &documents[a.right]);
    });
    aligned.extend(
        refused
            .into_iter()
            .map(|(i, j)| unaligned(&documents[i], &documents[j], i, j)),
    );
    aligned.sort_by_key(|a| (a.left, a.right));
    (aligned, failures)
}

/// The alignment of two documents that were not aligned: every sentence on its own.
fn unaligned(l: &Document, r: &Document, i: usize, j: usize) -> Alignment {
    Alignment {
        left: i,
        right: j,
        pairs: Vec::new(),
        only_left: (0..l.sentences.len()).collect(),
        only_right: (0..r.sentences.len()).collect(),
    }
}

/// Align documents `i` and `j` and diff each aligned pair. Comparable mode refuses documents
/// [`too_long_to_compare`].
pub fn align_pair(
    documents: &[Document],
    i: usize,
    j: usize,
    mode: Mode,
    dictionary: Option<&align::dictionary::Dictionary>,
) -> Result<Alignment, InputFailure> {
    let (l, r) = (&documents[i], &documents[j]);
    if mode == Mode::Comparable
        && let Some(failure) = too_long_to_compare(l, r)
    {
        return Err(failure);
    }
    let mut a = align::align_with(l, r, (i, j), mode, dictionary);
    diff::diff_pairs(&mut a.pairs, l, r);
    Ok(a)
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
