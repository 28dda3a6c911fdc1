//! parallax: how different outlets tell the same story, across languages.
//!
//! The pipeline (see ARCHITECTURE.md): [`ingest`] → [`analyze`] (which runs [`lang`],
//! [`segment`], [`glossary`] matching and [`anchors`]) → [`compare`] (which runs [`align`] and
//! [`diff`], and [`summary`]) → [`render`]. Stages never print; renderers never compute.
//!
//! ```
//! use parallax::{analyze::Analyzer, compare, framing::Lexicon, glossary::Glossary};
//! use parallax::ingest::parse_article;
//!
//! let glossary = Glossary::embedded().unwrap();
//! let analyzer = Analyzer::new(&glossary, Lexicon::embedded().unwrap());
//! let a = parse_article(
//!     "Residents fled Stepanakert on 25 September.".into(), "a", "a.txt", Some("Ararat Ledger"));
//! let b = parse_article(
//!     "Жители покинули Ханкенди 25 сентября.".into(), "b", "b.txt", Some("Caspian Courier"));
//! let docs = vec![analyzer.analyze(a, None), analyzer.analyze(b, None)];
//! assert_eq!(docs[1].language, "ru");
//! let cmp = compare::compare(docs, Vec::new(), &glossary);
//! let pair = &cmp.alignments[0].pairs[0];
//! assert_eq!(pair.evidence.entities, ["khankendi-stepanakert"]);
//! assert_eq!(pair.evidence.dates, ["????-09-25"]);
//! ```

pub mod align;
pub mod analyze;
pub mod anchors;
pub mod boilerplate;
pub mod compare;
pub mod copies;
pub mod diff;
pub mod embed;
pub mod error;
pub mod facts;
pub mod framing;
pub mod glossary;
pub mod ingest;
pub mod lang;
pub mod model;
pub mod render;
pub mod segment;
pub mod summary;
pub mod translate;

use std::path::PathBuf;

use error::Result;
use glossary::Glossary;
use model::InputFailure;

/// The embedded cue lexicons.
pub fn load_cues() -> Result<framing::Lexicon> {
    Ok(framing::Lexicon::embedded()?)
}

/// The embedded glossaries (unless `embedded` is false) plus the user's files, in order.
pub fn load_glossary(files: &[PathBuf], embedded: bool) -> Result<Glossary> {
    let mut g = if embedded {
        Glossary::embedded()?
    } else {
        Glossary::empty()
    };
    for f in files {
        g.merge(Glossary::load_file(f)?);
    }
    Ok(g)
}

/// Read every source (directories and JSON Lines corpora expanded); those that fail are listed,
/// the others kept with their warnings.
pub fn read_sources(
    sources: &[String],
    opts: &ingest::IngestOptions,
) -> (Vec<ingest::Loaded>, Vec<InputFailure>) {
    let mut loaded = Vec::new();
    let mut failures = Vec::new();
    for item in ingest::read_all(sources, opts) {
        match item {
            Ok(l) => loaded.push(l),
            Err(f) => failures.push(f),
        }
    }
    (loaded, failures)
}

/// One article analysed (with the reader's warnings), or an input that failed.
pub type Analyzed = std::result::Result<(model::Document, Vec<String>), InputFailure>;

/// Analyse articles as they are read: `batch` at a time, in parallel on rayon's pool, handing
/// each result to `each` in input order. Memory holds one batch, not the whole corpus.
pub fn analyze_each<E>(
    items: impl Iterator<Item = ingest::Item>,
    analyzer: &analyze::Analyzer,
    batch: usize,
    mut each: impl FnMut(Analyzed) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    in_batches(
        items,
        batch,
        |item| item.map(|l| (analyzer.analyze(l.article, None), l.warnings)),
        &mut each,
    )
}

/// Apply `f` to the items as they are read, `batch` at a time, in parallel on rayon's pool,
/// handing each result to `each` in input order: memory holds one batch of inputs.
fn in_batches<T: Send, E>(
    items: impl Iterator<Item = ingest::Item>,
    batch: usize,
    f: impl Fn(ingest::Item) -> T + Sync,
    mut each: impl FnMut(T) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    use rayon::prelude::*;
    let mut items = items.peekable();
    while items.peek().is_some() {
        let chunk: Vec<ingest::Item> = items.by_ref().take(batch.max(1)).collect();
        let done: Vec<T> = chunk.into_par_iter().map(&f).collect();
        for d in done {
            each(d)?;
        }
    }
    Ok(())
}

/// One input of `compare`, as [`analyze_to_compare`] leaves it.
#[derive(Debug)]
pub enum ToCompare {
    /// Analysed, with what the reader noticed on the way (an encoding guessed, …).
    Analysed(Box<model::Document>, Vec<String>),
    /// Read but not analysed: too long to be aligned with any other article; with the reader's
    /// warnings.
    TooLong(InputFailure, Vec<String>),
    /// Not read.
    Unread(InputFailure),
}

/// A step of one article in [`analyze_to_compare`], for a progress count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Read and split into sentences (or found unreadable).
    Read,
    /// Analysed, or refused as too long.
    Done,
}

/// Analyse the articles to compare, in input order. Every article is read and split into
/// sentences first (its language detected, then segmented: fast), `batch` at a time in
/// parallel; one too long to be aligned with any other ([`compare::too_long_for_any`]) is then
/// refused unanalysed, as the per-sentence analysis of a text near the input limit takes
/// minutes, and the others are analysed in parallel. `step` is called once per article read
/// ([`Step::Read`]) and once per article analysed or refused ([`Step::Done`]), for a progress
/// count. All articles are held at once, as `compare` needs them all.
pub fn analyze_to_compare(
    items: impl Iterator<Item = ingest::Item>,
    analyzer: &analyze::Analyzer,
    batch: usize,
    step: impl Fn(Step) + Sync,
) -> Vec<ToCompare> {
    use rayon::prelude::*;
    let mut read = Vec::new();
    let Ok(()) = in_batches(
        items,
        batch,
        |item| item.map(|l| (analyzer.segment(l.article, None), l.warnings)),
        |r| {
            step(Step::Read);
            read.push(r);
            Ok::<(), std::convert::Infallible>(())
        },
    );
    let segmented: Vec<&analyze::Segmented> = read
        .iter()
        .filter_map(|r| r.as_ref().ok().map(|(s, _)| s))
        .collect();
    let counts: Vec<usize> = segmented.iter().map(|s| s.spans.len()).collect();
    // one verdict per article read, in the order of `segmented`
    let verdicts = compare::too_long_for_any(&counts);
    let mut i = 0;
    let refusals: Vec<Option<InputFailure>> = read
        .iter()
        .map(|r| {
            r.as_ref().ok()?;
            i += 1;
            let (i, o) = (i - 1, verdicts[i - 1]?);
            Some(compare::too_long_for_any_failure(
                &segmented[i].article.source,
                counts[i],
                &segmented[o].article.source,
                counts[o],
            ))
        })
        .collect();
    read.into_par_iter()
        .zip(refusals)
        .map(|(r, refusal)| {
            let out = match (r, refusal) {
                (Err(f), _) => ToCompare::Unread(f),
                (Ok((_, warnings)), Some(f)) => ToCompare::TooLong(f, warnings),
                (Ok((s, warnings)), None) => {
                    ToCompare::Analysed(Box::new(analyzer.finish(s)), warnings)
                }
            };
            step(Step::Done);
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn item(id: &str, body: &str) -> ingest::Item {
        Ok(ingest::Loaded {
            article: ingest::parse_article(body.to_string(), id, &format!("{id}.txt"), None),
            warnings: vec![format!("{id} read")],
            declared_lang: None,
        })
    }

    #[test]
    fn articles_too_long_for_any_other_are_refused_unanalysed() {
        let analyzer = analyze::Analyzer::new(&Glossary::empty(), framing::Lexicon::default());
        let long: String = (0..2_600)
            .map(|k| format!("Ferry {k} left the harbour at dawn. "))
            .collect();
        let unread = InputFailure {
            source: "gone.txt".into(),
            message: "no such file".into(),
        };
        let (read, done) = (AtomicUsize::new(0), AtomicUsize::new(0));
        let items = vec![item("a", &long), Err(unread.clone()), item("b", &long)];
        let out = analyze_to_compare(items.into_iter(), &analyzer, 2, |step| {
            let count = if step == Step::Read { &read } else { &done };
            count.fetch_add(1, Ordering::Relaxed);
        });
        assert_eq!(read.load(Ordering::Relaxed), 3);
        assert_eq!(done.load(Ordering::Relaxed), 3);
        match &out[..] {
            [
                ToCompare::TooLong(a, wa),
                ToCompare::Unread(u),
                ToCompare::TooLong(b, wb),
            ] => {
                assert_eq!(u, &unread);
                assert_eq!((wa, wb), (&vec!["a read".into()], &vec!["b read".into()]));
                assert_eq!(a.source, "a.txt");
                assert_eq!(b.source, "b.txt");
                for (f, other) in [(a, "b.txt"), (b, "a.txt")] {
                    assert!(
                        f.message.contains("2600 × 2600")
                            && f.message.contains(other)
                            && f.message.contains("not analysed"),
                        "{f:?}"
                    );
                }
            }
            other => panic!("{other:?}"),
        }
        // with a short article, the long one is analysed (compare refuses the long pairs only)
        let out = analyze_to_compare(
            vec![item("a", &long), item("c", "Ferries sail again.")].into_iter(),
            &analyzer,
            256,
            |_| {},
        );
        match &out[..] {
            [ToCompare::Analysed(a, _), ToCompare::Analysed(c, _)] => {
                assert_eq!((a.sentences.len(), c.sentences.len()), (2_600, 1));
                assert_eq!(a.sentences[7].language, "en");
            }
            other => panic!("{other:?}"),
        }
    }
}
