//! Errors that reach the user. Each names the input it is about and says what to do.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input (file, stdin, URL) that cannot be used. `input` is how the user named it.
    #[error("{input}: {message}")]
    Input { input: String, message: String },
    /// A glossary file that does not load.
    #[error("{0}")]
    Glossary(#[from] crate::glossary::GlossaryError),
    /// A cue lexicon that does not load.
    #[error("{0}")]
    Framing(#[from] crate::framing::FramingError),
    /// A bilingual word list (`align --dictionary`) that does not load.
    #[error("{0}")]
    Dictionary(#[from] crate::align::dictionary::DictionaryError),
    /// Arguments that do not fit together.
    #[error("{0}")]
    Usage(String),
    #[error("cannot write {path}: {source}")]
    Output {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Error {
    pub fn input(input: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Input {
            input: input.into(),
            message: message.into(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
