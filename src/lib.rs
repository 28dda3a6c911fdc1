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
pub mod compare;
pub mod diff;
pub mod error;
pub mod framing;
pub mod glossary;
pub mod ingest;
pub mod lang;
pub mod model;
pub mod render;
pub mod segment;
pub mod summary;

use std::path::PathBuf;

use error::Result;
use glossary::Glossary;
use model::{Article, InputFailure};

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

/// Read every source; those that fail are listed, the others kept.
pub fn read_sources(
    sources: &[String],
    opts: &ingest::IngestOptions,
) -> (Vec<Article>, Vec<InputFailure>) {
    let mut articles = Vec::new();
    let mut failures = Vec::new();
    for s in sources {
        match ingest::read_source(s, opts) {
            Ok(a) => articles.push(a),
            Err(e) => failures.push(InputFailure {
                source: s.clone(),
                message: match e {
                    error::Error::Input { message, .. } => message,
                    other => other.to_string(),
                },
            }),
        }
    }
    (articles, failures)
}
