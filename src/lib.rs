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
    use rayon::prelude::*;
    let mut items = items.peekable();
    while items.peek().is_some() {
        let chunk: Vec<ingest::Item> = items.by_ref().take(batch.max(1)).collect();
        let done: Vec<Analyzed> = chunk
            .into_par_iter()
            .map(|item| item.map(|l| (analyzer.analyze(l.article, None), l.warnings)))
            .collect();
        for d in done {
            each(d)?;
        }
    }
    Ok(())
}
