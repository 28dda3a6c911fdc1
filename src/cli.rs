//! The command line: flags and environment variables, mapped onto library calls.
//! This is the only module that knows about flags.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use parallax::align::Mode;
use parallax::analyze::Analyzer;
use parallax::error::{Error, Result};
use parallax::glossary::{self, Glossary};
use parallax::ingest::IngestOptions;
use parallax::model::{CheckStatus, Document, NameReport};
use parallax::render::{self, CsvTable, Format, RenderOptions, simple::SimpleFormat};
use parallax::{compare, lang, load_glossary, read_sources, segment};

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
}

#[derive(Debug, Args)]
struct InputArgs {
    /// Article files; `-` reads standard input.
    #[arg(value_name = "SOURCE", required = true)]
    sources: Vec<String>,
    /// Outlet name for articles whose header does not give one.
    #[arg(long, env = "PARALLAX_OUTLET")]
    outlet: Option<String>,
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
}

#[derive(Debug, Args)]
struct NamesArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    glossary: GlossaryFiles,
    #[command(flatten)]
    output: OutputArgs,
    #[arg(short, long, value_enum, default_value_t = TextOrJson::Text)]
    format: TextOrJson,
    /// Exit with 1 when a name is non-standard or an article names one entity inconsistently.
    #[arg(long)]
    strict: bool,
}

#[derive(Debug, Args)]
struct DetectArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    output: OutputArgs,
    #[arg(short, long, value_enum, default_value_t = TextOrJson::Text)]
    format: TextOrJson,
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
    #[arg(long)]
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
    /// Input is already split: one sentence per line.
    #[arg(long)]
    one_per_line: bool,
    #[command(flatten)]
    glossary: GlossaryFiles,
    #[command(flatten)]
    output: OutputArgs,
    #[arg(short, long, value_enum, default_value_t = AlignFormat::Text)]
    format: AlignFormat,
}

#[derive(Debug, Args)]
struct GlossaryArgs {
    #[command(subcommand)]
    action: GlossaryAction,
}

#[derive(Debug, Subcommand)]
enum GlossaryAction {
    /// Check glossary files (the built-in one when none is given); exit 1 on errors.
    Lint { files: Vec<PathBuf> },
    /// Show the entities and their names.
    Show {
        files: Vec<PathBuf>,
        /// Only this entity.
        #[arg(long)]
        entity: Option<String>,
    },
    /// Count entities and names by kind and language.
    Stats { files: Vec<PathBuf> },
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
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("parallax: {e}");
            ExitCode::from(2)
        }
    }
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
                ColorChoice::Auto => {
                    stdout.is_terminal()
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
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
    load_glossary(&files.files, !files.no_default_glossary)
}

fn ingest_options(input: &InputArgs) -> IngestOptions {
    IngestOptions {
        outlet: input.outlet.clone(),
    }
}

/// Report each failed input on standard error.
fn report_failures(failures: &[parallax::model::InputFailure]) {
    for f in failures {
        eprintln!("parallax: {}: {}", f.source, f.message);
    }
}

fn analyze_sources(
    input: &InputArgs,
    analyzer: &Analyzer,
) -> (Vec<Document>, Vec<parallax::model::InputFailure>) {
    let (articles, failures) = read_sources(&input.sources, &ingest_options(input));
    let docs = articles
        .into_iter()
        .map(|a| analyzer.analyze(a, None))
        .collect();
    (docs, failures)
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
    let glossary = glossary_for(&a.glossary)?;
    let analyzer = Analyzer::new(&glossary, parallax::load_cues()?);
    let (docs, failures) = analyze_sources(&a.input, &analyzer);
    if docs.is_empty() {
        return failed_or_ok(&failures, 0);
    }
    let n = docs.len();
    let comparison = compare::compare(docs, failures.clone(), &glossary);
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
    };
    write_output(&a.output, |w, color| {
        let opts = RenderOptions {
            color,
            width: terminal_width(),
            csv_table,
        };
        render::render_comparison(&comparison, format, &opts, w)
    })?;
    failed_or_ok(&failures, n)
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

fn run_names(a: NamesArgs) -> Result<ExitCode> {
    let glossary = glossary_for(&a.glossary)?;
    let analyzer = Analyzer::new(&glossary, parallax::load_cues()?);
    let (docs, failures) = analyze_sources(&a.input, &analyzer);
    let mut report = NameReport {
        mentions: Vec::new(),
        inconsistencies: Vec::new(),
        errors: failures.clone(),
    };
    for d in &docs {
        let (m, i) = glossary::check::check_document(d, &glossary);
        report.mentions.extend(m);
        report.inconsistencies.extend(i);
    }
    if !docs.is_empty() {
        write_output(&a.output, |w, _| {
            render::simple::render_names(&report, simple(a.format), w)
        })?;
    }
    let code = failed_or_ok(&failures, docs.len())?;
    let findings = report.inconsistencies.len()
        + report
            .mentions
            .iter()
            .filter(|m| m.status == CheckStatus::Nonstandard)
            .count();
    Ok(if code == ExitCode::SUCCESS && a.strict && findings > 0 {
        ExitCode::from(1)
    } else {
        code
    })
}

fn run_detect(a: DetectArgs) -> Result<ExitCode> {
    if a.lines {
        let detector = lang::Detector::new();
        let (articles, failures) = read_sources(&a.input.sources, &ingest_options(&a.input));
        let lines: Vec<(String, Option<(String, f64)>)> = articles
            .iter()
            .flat_map(|art| art.body.lines())
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let g = detector.detect(l).map(|g| (g.lang, g.confidence));
                (l.trim().to_string(), g)
            })
            .collect();
        if !articles.is_empty() {
            write_output(&a.output, |w, _| {
                render::simple::render_detect_lines(&lines, simple(a.format), w)
            })?;
        }
        return failed_or_ok(&failures, articles.len());
    }
    let analyzer = Analyzer::new(&Glossary::empty(), parallax::framing::Lexicon::default());
    let (docs, failures) = analyze_sources(&a.input, &analyzer);
    if !docs.is_empty() {
        write_output(&a.output, |w, _| {
            render::simple::render_detect(&docs, simple(a.format), w)
        })?;
    }
    failed_or_ok(&failures, docs.len())
}

fn run_segment(a: SegmentArgs) -> Result<ExitCode> {
    let article = parallax::ingest::read_source(&a.source, &IngestOptions::default())?;
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
    let glossary = glossary_for(&a.glossary)?;
    let analyzer = Analyzer::new(&glossary, parallax::load_cues()?);
    let mut docs = Vec::new();
    for source in [&a.a, &a.b] {
        let article = parallax::ingest::read_source(source, &IngestOptions::default())?;
        let doc = if a.one_per_line {
            analyzer.analyze_lines(article, None)
        } else {
            analyzer.analyze(article, None)
        };
        docs.push(doc);
    }
    let mode = match a.mode {
        AlignMode::Comparable => Mode::Comparable,
        AlignMode::Parallel => Mode::Parallel,
    };
    let alignment = compare::align_pair(&docs, 0, 1, mode);
    let format = match a.format {
        AlignFormat::Text => SimpleFormat::Text,
        AlignFormat::Json => SimpleFormat::Json,
        AlignFormat::Tsv => SimpleFormat::Tsv,
    };
    write_output(&a.output, |w, _| {
        render::simple::render_alignment(&docs[0], &docs[1], &alignment, format, w)
    })?;
    Ok(ExitCode::SUCCESS)
}

fn run_glossary(a: GlossaryArgs) -> Result<ExitCode> {
    let files = match &a.action {
        GlossaryAction::Lint { files }
        | GlossaryAction::Show { files, .. }
        | GlossaryAction::Stats { files } => files,
    };
    let g = if files.is_empty() {
        Glossary::embedded()?
    } else {
        load_glossary(files, false)?
    };
    let out = OutputArgs {
        output: None,
        color: ColorChoice::Never,
    };
    match a.action {
        GlossaryAction::Lint { .. } => {
            let findings = g.lint();
            let errors = findings
                .iter()
                .filter(|f| f.severity == glossary::Severity::Error)
                .count();
            write_output(&out, |w, _| {
                for f in &findings {
                    writeln!(w, "{f}")?;
                }
                writeln!(
                    w,
                    "{} entities, {} names, {} errors, {} warnings",
                    g.entities.len(),
                    g.entities.iter().map(|e| e.names.len()).sum::<usize>(),
                    errors,
                    findings.len() - errors
                )
            })?;
            Ok(if errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        GlossaryAction::Show { entity, .. } => {
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
        GlossaryAction::Stats { .. } => {
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
