//! The shared multilingual glossary: entities (places, regions, people, organisations) and the
//! names each side gives them, loaded from TOML data (`glossaries/*.toml`, schema in DESIGN.md),
//! plus the [`Matcher`] that finds those names in article text.
//!
//! - Loading: [`Glossary::embedded`] (compiled in), [`Glossary::from_toml`],
//!   [`Glossary::load_file`]; syntax and schema errors read `ORIGIN:LINE:COL: message`.
//! - Combining: [`Glossary::merge`] — a user file that reuses an entity id *extends* that entity
//!   (its names are appended; a `(text, lang)` already there is skipped; kind, note etc. stay as
//!   first defined, and what was not used is kept for lint, which reports another kind as an
//!   error and other data as a warning). Within one file, and between the embedded files, an id
//!   must be unique.
//! - Checking content: [`Glossary::lint`] (see `lint.rs`).
//! - Matching: [`Matcher`] (see `matcher.rs`), with case folding (`fold.rs`) and inflection data
//!   (`inflect.rs`, `glossaries/inflection.toml`).
//! - Comparison keys for transliterations: [`translit::romanize`].

mod fold;
mod inflect;
mod lint;
mod matcher;

pub mod check;
pub mod draft;
pub mod style;
pub mod suggest;
pub mod translit;

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::model::NameStatus;

pub use fold::{is_word_char, primary_key, secondary_key};
pub use inflect::{Alternation, Inflection, LangRules};
pub use lint::{LintFinding, Severity};
pub use matcher::{Matcher, Scratch};

/// The glossaries compiled into the binary, as (file name, contents). Every file of
/// `glossaries/*.toml` except `test-mini.toml` (unit tests) and `inflection.toml` (not a glossary).
pub const EMBEDDED: &[(&str, &str)] = &[(
    "karabakh-2023.toml",
    include_str!("../../glossaries/karabakh-2023.toml"),
)];

/// A set of entities with their names, from one or more files.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Glossary {
    pub entities: Vec<Entity>,
    /// Origins loaded, in order (file names or paths).
    pub files: Vec<String>,
    /// The `[glossary]` header of each file loaded, in order.
    pub info: Vec<GlossaryInfo>,
    /// What [`Glossary::merge`] folded into an entity already there, for lint (`lint.rs`) to
    /// compare with what was kept: each later definition of an id with its own kind, note …,
    /// origin and line, and only the names merge left out (a `(text, lang)` already present).
    #[serde(skip)]
    pub extensions: Vec<Entity>,
}

/// The `[glossary]` table of one file.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct GlossaryInfo {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub languages: Vec<String>,
    /// Naming conventions this file uses beyond the well-known ones (lint accepts them).
    pub conventions: Vec<String>,
    pub origin: String,
}

/// One place, region, person, organisation… with every name it goes by.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    pub id: String,
    pub kind: String,
    pub native: Option<String>,
    pub contested: bool,
    pub note: Option<String>,
    /// Forms of its names that are ordinary words too (Russian "Куры", chickens, for the river
    /// Kura): such a mention counts only in an article that names another entity as well.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub homographs: Vec<String>,
    pub names: Vec<Name>,
    /// The file that defined it.
    pub origin: String,
    /// Line of its `[[entity]]` header in `origin` (1-based).
    pub line: usize,
}

/// One name of an entity, as one side or one language writes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Name {
    pub text: String,
    pub lang: String,
    pub script: String,
    pub conventions: Vec<String>,
    pub status: NameStatus,
    pub scheme: Option<String>,
    pub source: String,
    /// Extra endings this name takes beyond its language's rules.
    pub suffixes: Vec<String>,
    pub note: Option<String>,
    /// The file that listed it (differs from the entity's when a user file extends it).
    pub origin: String,
    /// Line of the name in `origin` (1-based).
    pub line: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum GlossaryError {
    /// A syntax or schema error, or a duplicate entity id: `ORIGIN:LINE:COL: message`.
    #[error("{origin}:{line}:{column}: {message}")]
    Invalid {
        origin: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl GlossaryError {
    pub(crate) fn from_toml(e: toml::de::Error, text: &str, origin: &str) -> GlossaryError {
        let (line, column) = e.span().map_or((1, 1), |s| line_col(text, s.start));
        GlossaryError::Invalid {
            origin: origin.to_string(),
            line,
            column,
            message: e.message().trim_end().to_string(),
        }
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    Lines::new(text).line_col(offset)
}

/// Line starts of a text, for many offset → line look-ups.
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { text, starts }
    }

    fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }
}

// ---- the file format -------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    glossary: RawHeader,
    #[serde(default)]
    entity: Vec<Spanned<RawEntity>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    id: String,
    title: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    conventions: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntity {
    id: String,
    kind: String,
    #[serde(default)]
    native: Option<String>,
    #[serde(default)]
    contested: bool,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    homographs: Vec<String>,
    names: Vec<Spanned<RawName>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawName {
    text: String,
    lang: String,
    script: String,
    conventions: Vec<String>,
    status: NameStatus,
    #[serde(default)]
    scheme: Option<String>,
    source: String,
    #[serde(default)]
    suffixes: Vec<String>,
    #[serde(default)]
    note: Option<String>,
}

impl Entity {
    /// Whether `form` is one of this entity's homographs (compared by primary key, so in any
    /// case: "Kura", "KURA").
    pub fn is_homograph(&self, form: &str) -> bool {
        let key = fold::primary_key(form);
        self.homographs.iter().any(|h| fold::primary_key(h) == key)
    }
}

impl Glossary {
    /// A glossary with no entities.
    pub fn empty() -> Glossary {
        Glossary::default()
    }

    /// The glossaries compiled into the binary ([`EMBEDDED`]). An entity id defined in two of
    /// them is an error.
    pub fn embedded() -> Result<Glossary, GlossaryError> {
        let mut g = Glossary::empty();
        for (name, text) in EMBEDDED {
            g.append_unique(Glossary::from_toml(text, name)?)?;
        }
        Ok(g)
    }

    /// Parse one glossary file. `origin` names it in errors and in [`Entity::origin`].
    pub fn from_toml(text: &str, origin: &str) -> Result<Glossary, GlossaryError> {
        let raw: RawFile =
            toml::from_str(text).map_err(|e| GlossaryError::from_toml(e, text, origin))?;
        let lines = Lines::new(text);
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut entities = Vec::with_capacity(raw.entity.len());
        for spanned in raw.entity {
            let (line, column) = lines.line_col(spanned.span().start);
            let e = spanned.into_inner();
            if let Some(first) = seen.get(&e.id) {
                return Err(GlossaryError::Invalid {
                    origin: origin.to_string(),
                    line,
                    column,
                    message: format!(
                        "duplicate entity id `{}` (first defined at {origin}:{first})",
                        e.id
                    ),
                });
            }
            seen.insert(e.id.clone(), line);
            let names = e
                .names
                .into_iter()
                .map(|n| {
                    let line = lines.line_col(n.span().start).0;
                    let n = n.into_inner();
                    Name {
                        text: n.text,
                        lang: n.lang,
                        script: n.script,
                        conventions: n.conventions,
                        status: n.status,
                        scheme: n.scheme,
                        source: n.source,
                        suffixes: n.suffixes,
                        note: n.note,
                        origin: origin.to_string(),
                        line,
                    }
                })
                .collect();
            entities.push(Entity {
                id: e.id,
                kind: e.kind,
                native: e.native,
                contested: e.contested,
                note: e.note,
                homographs: e.homographs,
                names,
                origin: origin.to_string(),
                line,
            });
        }
        let h = raw.glossary;
        Ok(Glossary {
            entities,
            files: vec![origin.to_string()],
            info: vec![GlossaryInfo {
                id: h.id,
                title: h.title,
                description: h.description,
                languages: h.languages,
                conventions: h.conventions,
                origin: origin.to_string(),
            }],
            extensions: Vec::new(),
        })
    }

    /// Read and parse a glossary file; its origin is the path as given.
    pub fn load_file(path: &Path) -> Result<Glossary, GlossaryError> {
        let origin = path.display().to_string();
        let text = read_utf8(path)?;
        Glossary::from_toml(&text, &origin)
    }

    /// Add another glossary's entities. An entity whose id already exists gets the new names
    /// appended (a user file can extend an embedded entity), and its homographs; a `(text, lang)`
    /// already present on that entity is not duplicated. The existing entity's kind, note etc. are
    /// kept; what was not is kept aside in [`Glossary::extensions`], for lint.
    pub fn merge(&mut self, other: Glossary) {
        let mut index: HashMap<String, usize> = self
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        for e in other.entities {
            match index.get(&e.id) {
                Some(&i) => {
                    let mut e = e;
                    let target = &mut self.entities[i];
                    let mut left_out = Vec::new();
                    for n in std::mem::take(&mut e.names) {
                        if target
                            .names
                            .iter()
                            .any(|m| m.text == n.text && m.lang == n.lang)
                        {
                            left_out.push(n);
                        } else {
                            target.names.push(n);
                        }
                    }
                    for h in std::mem::take(&mut e.homographs) {
                        if !target.homographs.contains(&h) {
                            target.homographs.push(h);
                        }
                    }
                    e.names = left_out;
                    self.extensions.push(e);
                }
                None => {
                    index.insert(e.id.clone(), self.entities.len());
                    self.entities.push(e);
                }
            }
        }
        self.files.extend(other.files);
        self.info.extend(other.info);
        self.extensions.extend(other.extensions);
    }

    /// Like [`merge`](Self::merge), but an id that already exists is an error.
    fn append_unique(&mut self, other: Glossary) -> Result<(), GlossaryError> {
        for e in &other.entities {
            if let Some(first) = self.entity(&e.id) {
                return Err(GlossaryError::Invalid {
                    origin: e.origin.clone(),
                    line: e.line,
                    column: 1,
                    message: format!(
                        "duplicate entity id `{}` (first defined at {}:{})",
                        e.id, first.origin, first.line
                    ),
                });
            }
        }
        self.merge(other);
        Ok(())
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// Content checks (not syntax); see `lint.rs` for the list.
    pub fn lint(&self) -> Vec<LintFinding> {
        lint::lint(self)
    }

    /// Number of names over all entities.
    pub fn name_count(&self) -> usize {
        self.entities.iter().map(|e| e.names.len()).sum()
    }
}

/// A glossary or style file's text. TOML is UTF-8: a file in another encoding is named with
/// the line of its first byte that is not, and what to do.
pub(crate) fn read_utf8(path: &Path) -> Result<String, GlossaryError> {
    let io = |source| GlossaryError::Io {
        path: path.display().to_string(),
        source,
    };
    let bytes = std::fs::read(path).map_err(io)?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
        io(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("line {line} is not UTF-8 text; save the file as UTF-8"),
        ))
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const MINI: &str = include_str!("../../glossaries/test-mini.toml");

    pub(crate) fn mini() -> Glossary {
        Glossary::from_toml(MINI, "test-mini.toml").expect("test-mini.toml parses")
    }

    fn err(text: &str) -> String {
        Glossary::from_toml(text, "my.toml")
            .unwrap_err()
            .to_string()
    }

    const HEAD: &str = "[glossary]\nid = \"t\"\ntitle = \"T\"\n\n";

    #[test]
    fn mini_loads_with_lines_and_origins() {
        let g = mini();
        assert_eq!(g.files, vec!["test-mini.toml"]);
        assert_eq!(g.info[0].id, "test-mini");
        assert!(g.entities.len() >= 8);
        let e = g.entity("khankendi-stepanakert").unwrap();
        assert!(e.contested);
        assert_eq!(e.kind, "place");
        assert_eq!(e.native.as_deref(), Some("Xankəndi"));
        assert_eq!(e.origin, "test-mini.toml");
        // the line of `[[entity]]`, and of each name
        assert_eq!(MINI.lines().nth(e.line - 1), Some("[[entity]]"));
        let ru = e.names.iter().find(|n| n.text == "Степанакерт").unwrap();
        assert!(
            MINI.lines()
                .nth(ru.line - 1)
                .unwrap()
                .contains("Степанакерт")
        );
        assert_eq!(ru.suffixes, vec!["е"]);
        assert_eq!(ru.status, NameStatus::Common);
        assert_eq!(ru.conventions, vec!["hy", "ru-media"]);
        let en = &e.names[0];
        assert_eq!(en.scheme.as_deref(), Some("BGN/PCGN"));
        assert!(g.entity("no-such-id").is_none());
    }

    #[test]
    fn unknown_key_names_file_line_column() {
        let text = format!(
            "{HEAD}[[entity]]\nid = \"a\"\nkind = \"place\"\nnames = [\n  {{ txt = \"A\", lang = \"en\" }},\n]\n"
        );
        let e = err(&text);
        assert!(
            e.starts_with("my.toml:9:5: unknown field `txt`, expected one of"),
            "{e}"
        );
    }

    #[test]
    fn wrong_type_names_file_line_column() {
        let text = format!(
            "{HEAD}[[entity]]\nid = \"a\"\nkind = \"place\"\ncontested = \"yes\"\nnames = []\n"
        );
        let e = err(&text);
        assert!(
            e.starts_with("my.toml:8:13: invalid type: string \"yes\", expected a boolean"),
            "{e}"
        );
    }

    #[test]
    fn unknown_status_is_a_schema_error() {
        let text = format!(
            "{HEAD}[[entity]]\nid = \"a\"\nkind = \"place\"\nnames = [\n  {{ text = \"A\", lang = \"en\", script = \"Latn\", conventions = [\"x\"], status = \"offical\", source = \"manual\" }},\n]\n"
        );
        let e = err(&text);
        assert!(e.starts_with("my.toml:9:"), "{e}");
        assert!(e.contains("unknown variant `offical`"), "{e}");
    }

    #[test]
    fn bad_syntax_names_file_line_column() {
        let text = format!("{HEAD}[[entity]]\nid = \"a\nkind = \"place\"\n");
        let e = err(&text);
        assert!(e.starts_with("my.toml:6:"), "{e}");
        let e = err("[glossary]\nid = \"t\"\ntitle = \"T\"\n[[entity]\n");
        assert!(e.starts_with("my.toml:4:"), "{e}");
    }

    #[test]
    fn missing_header_is_an_error() {
        let e = err("[[entity]]\nid = \"a\"\nkind = \"place\"\nnames = []\n");
        assert!(e.contains("missing field `glossary`"), "{e}");
    }

    #[test]
    fn duplicate_id_in_one_file_is_an_error() {
        let text = format!(
            "{HEAD}[[entity]]\nid = \"shusha-shushi\"\nkind = \"place\"\nnames = []\n\n[[entity]]\nid = \"shusha-shushi\"\nkind = \"place\"\nnames = []\n"
        );
        assert_eq!(
            err(&text),
            "my.toml:10:1: duplicate entity id `shusha-shushi` (first defined at my.toml:5)"
        );
    }

    #[test]
    fn duplicate_id_across_embedded_files_is_an_error() {
        let mut g = mini();
        let other = Glossary::from_toml(
            &format!("{HEAD}\n[[entity]]\nid = \"baku\"\nkind = \"place\"\nnames = []\n"),
            "other.toml",
        )
        .unwrap();
        let line = g.entity("baku").unwrap().line;
        let e = g.append_unique(other).unwrap_err().to_string();
        assert_eq!(
            e,
            format!(
                "other.toml:6:1: duplicate entity id `baku` (first defined at test-mini.toml:{line})"
            )
        );
    }

    #[test]
    fn io_error_names_the_path() {
        let e = Glossary::load_file(Path::new("/no/such/dir/g.toml")).unwrap_err();
        let s = e.to_string();
        assert!(s.starts_with("cannot read /no/such/dir/g.toml: "), "{s}");
        assert!(matches!(e, GlossaryError::Io { .. }));
    }

    #[test]
    fn a_glossary_not_in_utf8_is_named_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("latin1.toml");
        // "Caf\xe9" on line 3: Latin-1, not UTF-8
        std::fs::write(&path, b"[glossary]\nid = \"x\"\ntitle = \"Caf\xe9\"\n").unwrap();
        let e = Glossary::load_file(&path).unwrap_err().to_string();
        assert!(
            e.contains("latin1.toml") && e.contains("line 3 is not UTF-8"),
            "{e}"
        );
    }

    #[test]
    fn load_file_reads_and_uses_the_path_as_origin() {
        let dir = std::env::temp_dir().join(format!("gloss-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("mini.toml");
        std::fs::write(&path, MINI).unwrap();
        let g = Glossary::load_file(&path).unwrap();
        assert_eq!(g.files, vec![path.display().to_string()]);
        assert_eq!(g.entities[0].origin, path.display().to_string());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn merge_extends_existing_entities_without_duplicates() {
        let mut g = mini();
        let before = g.entity("baku").unwrap().names.len();
        let user = Glossary::from_toml(
            &format!(
                "{HEAD}[[entity]]\nid = \"baku\"\nkind = \"place\"\nnames = [\n  {{ text = \"Baku\", lang = \"en\", script = \"Latn\", conventions = [\"x\"], status = \"common\", source = \"manual\" }},\n  {{ text = \"Bakou\", lang = \"fr\", script = \"Latn\", conventions = [\"fr-press\"], status = \"common\", source = \"manual\" }},\n]\n\n[[entity]]\nid = \"ganja\"\nkind = \"place\"\nnames = [\n  {{ text = \"Ganja\", lang = \"en\", script = \"Latn\", conventions = [\"intl-press\"], status = \"official\", source = \"manual\" }},\n]\n"
            ),
            "user.toml",
        )
        .unwrap();
        let n = g.entities.len();
        g.merge(user);
        let baku = g.entity("baku").unwrap();
        assert_eq!(
            baku.names.len(),
            before + 1,
            "Baku/en must not be added twice"
        );
        let bakou = baku.names.last().unwrap();
        assert_eq!(
            (bakou.text.as_str(), bakou.origin.as_str(), bakou.line),
            ("Bakou", "user.toml", 10)
        );
        assert_eq!(baku.origin, "test-mini.toml");
        assert_eq!(g.entities.len(), n + 1);
        assert_eq!(g.entity("ganja").unwrap().origin, "user.toml");
        assert_eq!(g.files, vec!["test-mini.toml", "user.toml"]);
    }

    #[test]
    fn empty_glossary_like_the_cli_builds_it() {
        let g = Glossary::from_toml("[glossary]\nid = \"empty\"\ntitle = \"empty\"\n", "(none)")
            .unwrap();
        assert!(g.entities.is_empty());
        assert_eq!(g.name_count(), 0);
    }

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("ab\ncdé f", 0), (1, 1));
        assert_eq!(line_col("ab\ncdé f", 3), (2, 1));
        assert_eq!(line_col("ab\ncdé f", "ab\ncdé ".len()), (2, 5));
        assert_eq!(line_col("ab\n", 3), (2, 1));
        assert_eq!(line_col("ab\n", 99), (2, 1));
    }

    /// The embedded data (written separately). Robust on purpose: it parses, is large, and lint
    /// finds no errors in it.
    #[test]
    fn embedded_glossary_parses_and_lints_clean() {
        let g = Glossary::embedded().unwrap_or_else(|e| panic!("{e}"));
        assert!(g.entities.len() > 100, "only {} entities", g.entities.len());
        let errors: Vec<String> = g
            .lint()
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.to_string())
            .collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }
}
