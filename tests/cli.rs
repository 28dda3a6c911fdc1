//! Integration tests: the real `parallax` binary on the shipped samples and on bad input.

#[path = "support/pairs.rs"]
mod pairs;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn parallax() -> Command {
    let mut c = Command::cargo_bin("parallax").unwrap();
    c.env_remove("NO_COLOR").env("COLUMNS", "100");
    c
}

fn samples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/karabakh-2023");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

fn sample(name: &str) -> PathBuf {
    samples()
        .into_iter()
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(name))
        .unwrap_or_else(|| panic!("no sample starting with {name}"))
}

/// Standard output of a run that must succeed.
fn stdout_of(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn json_of(cmd: &mut Command) -> Value {
    serde_json::from_slice(&stdout_of(cmd)).expect("valid JSON")
}

#[test]
fn compare_samples_json_meets_the_contract() {
    let v = json_of(
        parallax()
            .arg("compare")
            .args(samples())
            .args(["--format", "json"]),
    );
    assert_eq!(v["schema_version"], 1);
    let articles = v["articles"].as_array().unwrap();
    assert!(articles.len() >= 10, "{} articles", articles.len());
    let mut languages = BTreeSet::new();
    for a in articles {
        let id = a["id"].as_str().unwrap();
        let want = id.split('-').next().unwrap();
        assert_eq!(a["language"], want, "language of {id}");
        languages.insert(want.to_string());
        let sentences = a["sentences"].as_array().unwrap();
        assert!(sentences.len() >= 5, "{id}: {} sentences", sentences.len());
        let names: usize = sentences
            .iter()
            .map(|s| s["names"].as_array().unwrap().len())
            .sum();
        assert!(names >= 3, "{id}: only {names} names tagged");
        for s in sentences {
            for key in ["index", "text", "language", "start", "end", "names"] {
                assert!(s.get(key).is_some(), "{id}: sentence lacks {key}");
            }
            for n in s["names"].as_array().unwrap() {
                for key in ["entity", "surface", "start", "end", "convention", "status"] {
                    assert!(n.get(key).is_some(), "{id}: name lacks {key}");
                }
            }
        }
        assert!(a["outlet"].is_string(), "{id}: outlet from the header");
        assert!(a["date"].is_string(), "{id}: date from the header");
    }
    assert!(languages.len() >= 6, "{languages:?}");
    let alignments = v["alignments"].as_array().unwrap();
    let n = articles.len();
    assert_eq!(alignments.len(), n * (n - 1) / 2, "every article pair");
    let lang_of = |id: &str| id.split('-').next().unwrap().to_string();
    let cross: usize = alignments
        .iter()
        .filter(|a| lang_of(a["left"].as_str().unwrap()) != lang_of(a["right"].as_str().unwrap()))
        .map(|a| a["pairs"].as_array().unwrap().len())
        .sum();
    assert!(cross >= 50, "only {cross} aligned pairs across languages");
    assert!(v["names_by_outlet"].is_object());
    assert_eq!(v["errors"].as_array().unwrap().len(), 0);
}

/// Sentences of one (left, right) alignment whose anchors include `entity`.
fn pairs_with_entity<'a>(v: &'a Value, left: &str, right: &str, entity: &str) -> Vec<&'a Value> {
    v["alignments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["left"] == left && a["right"] == right)
        .flat_map(|a| a["pairs"].as_array().unwrap())
        .filter(|p| {
            p["anchors"]["entities"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e == entity)
        })
        .collect()
}

#[test]
fn same_fact_is_paired_across_scripts_with_names_as_anchors() {
    let (en, ru) = (sample("en-caspian"), sample("ru-"));
    let v = json_of(
        parallax()
            .arg("compare")
            .args([&en, &ru])
            .args(["--format", "json"]),
    );
    let left = v["articles"][0]["id"].as_str().unwrap();
    let right = v["articles"][1]["id"].as_str().unwrap();
    let pairs = v["alignments"][0]["pairs"].as_array().unwrap();
    assert!(pairs.len() >= 3, "en–ru pairs: {}", pairs.len());
    // the anchors name glossary entities found in both scripts
    let with_entities = pairs
        .iter()
        .filter(|p| !p["anchors"]["entities"].as_array().unwrap().is_empty())
        .count();
    assert!(
        with_entities >= 2,
        "{with_entities} pairs anchored on entities"
    );
    assert!(pairs_with_entity(&v, left, right, "nonexistent-entity").is_empty());
}

#[test]
fn names_are_found_across_scripts_and_inflections() {
    let v = json_of(
        parallax()
            .args(["names", "--format", "json"])
            .args(samples()),
    );
    let mentions = v["mentions"].as_array().unwrap();
    let entities_in = |article_prefix: &str| -> BTreeSet<String> {
        mentions
            .iter()
            .filter(|m| m["article"].as_str().unwrap().starts_with(article_prefix))
            .map(|m| m["entity"].as_str().unwrap().to_string())
            .collect()
    };
    let everywhere: BTreeSet<String> = [
        "en-", "ru-", "az-", "tr-", "hy-", "es-", "fr-", "de-", "ar-",
    ]
    .iter()
    .map(|p| entities_in(p))
    .reduce(|a, b| a.intersection(&b).cloned().collect())
    .unwrap();
    assert!(
        !everywhere.is_empty(),
        "no entity is found in all nine languages"
    );
    for m in mentions {
        for key in [
            "article",
            "surface",
            "entity",
            "canonical",
            "status",
            "conventions",
            "start",
            "end",
        ] {
            assert!(m.get(key).is_some(), "mention lacks {key}: {m}");
        }
    }
}

#[test]
fn compare_keeps_going_past_bad_inputs_and_lists_them() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.path().join("image.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 au lait. Tr\xe8s bien.").unwrap();
    let out = parallax()
        .arg("compare")
        .arg(sample("en-caspian"))
        .arg(&empty)
        .arg(sample("en-ararat"))
        .arg(&binary)
        .arg("/no/such/article.txt")
        .arg(&latin1)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (file, what) in [
        (empty.display().to_string(), "empty"),
        (binary.display().to_string(), "binary"),
        ("/no/such/article.txt".to_string(), "no such file"),
        (latin1.display().to_string(), "UTF-8"),
    ] {
        assert!(
            stderr
                .lines()
                .any(|l| l.contains(&file) && l.contains(what)),
            "stderr lacks {file} ({what}):\n{stderr}"
        );
    }
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Latin-1 is decoded (with a warning naming the encoding), not refused.
    assert_eq!(
        v["articles"].as_array().unwrap().len(),
        3,
        "good articles kept"
    );
    assert_eq!(v["alignments"].as_array().unwrap().len(), 3);
    assert_eq!(v["errors"].as_array().unwrap().len(), 3);
}

/// Two texts of 2,600 sentences each, `log-a.txt` and `log-b.txt` in `dir`: together more
/// sentence pairs than comparable alignment takes (`compare::MAX_COMPARABLE_PAIRS`).
fn two_long_logs(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let long: String = (0..2600)
        .map(|k| format!("Ferry {k} left the harbour at dawn. "))
        .collect();
    let (a, b) = (dir.join("log-a.txt"), dir.join("log-b.txt"));
    std::fs::write(&a, &long).unwrap();
    std::fs::write(&b, &long).unwrap();
    (a, b)
}

/// A book-length pair is refused by comparable alignment with a message naming both (it would
/// exhaust memory), while the other pairs of the run are aligned; `align` refuses it too.
#[test]
fn compare_refuses_a_pair_too_long_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = two_long_logs(dir.path());
    let out = parallax()
        .arg("compare")
        .arg(&a)
        .arg(&b)
        .arg(sample("en-caspian"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("log-a × log-b") && stderr.contains("too many to align"),
        "{stderr}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 3);
    let alignments = v["alignments"].as_array().unwrap();
    assert_eq!(alignments.len(), 3);
    // the refused pair has no aligned pairs and every sentence on its own; it is the only
    // failure, so the other two pairs went through the aligner
    let pairs = |k: usize| alignments[k]["pairs"].as_array().unwrap().len();
    assert_eq!(pairs(0), 0);
    assert_eq!(alignments[0]["only_left"].as_array().unwrap().len(), 2600);
    assert_eq!(v["errors"].as_array().unwrap().len(), 1);
    parallax()
        .arg("align")
        .arg(&a)
        .arg(&b)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("too many to align"));
}

/// Articles too long to be aligned with any other of the run are refused before their
/// analysis (which takes minutes near the input limit), each named with the shortest other and
/// what to do; the other inputs are still reported.
#[test]
fn compare_refuses_articles_too_long_for_any_other_before_analysing_them() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = two_long_logs(dir.path());
    let missing = dir.path().join("missing.txt");
    let out = parallax()
        .arg("compare")
        .arg(&a)
        .arg(&b)
        .arg(&missing)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "no report without an article");
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (one, other) in [(&a, &b), (&b, &a)] {
        let (one, other) = (one.display().to_string(), other.display().to_string());
        // only the early check says "not analysed"; the pair's own refusal names "log-a × log-b"
        assert!(
            stderr.lines().any(
                |l| l.starts_with(&format!("parallax: {one}: 2600 sentences"))
                    && l.contains(&other)
                    && l.contains("not analysed")
                    && l.contains("split the text")
            ),
            "{stderr}"
        );
    }
    assert!(!stderr.contains("log-a × log-b"), "{stderr}");
    assert!(stderr.contains(&missing.display().to_string()), "{stderr}");
    assert!(stderr.contains("no article could be compared"), "{stderr}");
}

#[test]
fn every_subcommand_names_a_missing_input_and_exits_2() {
    for args in [
        vec!["compare", "/no/such.txt"],
        vec!["names", "/no/such.txt"],
        vec!["detect", "/no/such.txt"],
        vec!["segment", "/no/such.txt"],
        vec!["align", "/no/such.txt", "/no/such.txt"],
        vec!["glossary", "lint", "/no/such.toml"],
    ] {
        parallax()
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("/no/such."))
            .stderr(predicate::str::contains("panicked").not());
    }
}

#[test]
fn detect_reports_language_and_quoted_other_language() {
    let out = parallax()
        .args(["detect", "--format", "json"])
        .args(samples())
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    for a in v["articles"].as_array().unwrap() {
        let id = a["id"].as_str().unwrap();
        assert_eq!(a["language"], id.split('-').next().unwrap(), "{id}");
        assert!(a["confidence"].as_f64().unwrap() > 0.5, "{id}");
    }
    // the wire story quotes a Russian official inside English text
    let wire = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"].as_str().unwrap().starts_with("en-pontic"))
        .unwrap();
    assert!(
        wire["spans"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["language"] == "ru"),
        "{wire}"
    );
}

#[test]
fn detect_lines_gives_one_guess_per_line() {
    parallax()
        .args(["detect", "--lines", "-"])
        .write_stdin("Ceasefire holds in the region after talks\nПеремирие соблюдается после переговоров\nDanışıqlardan sonra atəşkəs qüvvədədir\n")
        .assert()
        .success()
        .stdout(predicate::str::is_match("(?m)^en\t.*\n^ru\t.*\n^az\t").unwrap());
}

#[test]
fn segment_handles_abbreviations_initials_and_wrapped_lines() {
    let text = "BAKU, Sept. 20. Mr. J. Smith of the U.S. delegation arrived at 10 a.m. on\nWednesday. He met Dr. Brown.\n\nA new paragraph starts here. В. В. Путин и т. д. не приехал.";
    let out = parallax()
        .args(["segment", "-", "--lang", "en", "--format", "json"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sentences: Vec<&str> = v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(sentences.len(), 4, "{sentences:#?}");
    assert!(sentences[0].starts_with("BAKU, Sept. 20. Mr. J. Smith"));
    assert!(
        sentences[0].ends_with("on\nWednesday."),
        "hard wrap is not a boundary"
    );
    for s in v["sentences"].as_array().unwrap() {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[a..b],
            s["text"].as_str().unwrap(),
            "offsets index the input"
        );
    }
}

#[test]
fn names_strict_flags_inconsistent_naming() {
    let text = "Shusha was shelled on Tuesday. Residents of Shushi left the town by evening.";
    parallax()
        .args(["names", "-", "--strict"])
        .write_stdin(text)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("inconsistent"));
    parallax()
        .args(["names", "-", "--strict"])
        .write_stdin("Shusha was quiet on Tuesday. Residents of Shusha stayed home.")
        .assert()
        .success();
}

#[test]
fn align_modes_and_formats() {
    let (a, b) = (sample("en-meridian"), sample("en-ararat"));
    let out = parallax()
        .arg("align")
        .args([&a, &b])
        .args(["--format", "tsv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let tsv = String::from_utf8(out.stdout).unwrap();
    assert!(tsv.lines().count() >= 3, "{tsv}");
    assert!(tsv.lines().all(|l| l.split('\t').count() == 5));

    let dir = tempfile::tempdir().unwrap();
    let left = dir.path().join("l.txt");
    let right = dir.path().join("r.txt");
    std::fs::write(&left, "The talks began in Yevlakh on 21 September.\nThey lasted two hours.\nNo agreement was announced.\n").unwrap();
    std::fs::write(&right, "Переговоры начались в Евлахе 21 сентября.\nОни длились два часа.\nО соглашении не объявили.\n").unwrap();
    let v = json_of(parallax().arg("align").args([&left, &right]).args([
        "--mode",
        "parallel",
        "--one-per-line",
        "--format",
        "json",
    ]));
    assert_eq!(pairs::first_indices(&v["pairs"]), [(0, 0), (1, 1), (2, 2)]);
}

/// Two files that define one id as two kinds of thing, or give one name to two entities, are
/// named with both files' lines; so is a file that clashes with the built-in glossary, unless
/// the files are linted without it.
#[test]
fn glossary_lint_reports_clashes_across_files_with_both_lines() {
    let dir = tempfile::tempdir().unwrap();
    let name = |text: &str, lang: &str| {
        format!(
            "  {{ text = \"{text}\", lang = \"{lang}\", script = \"Latn\", conventions = [\"neutral\"], status = \"common\", source = \"manual\" }},\n"
        )
    };
    let entity = |id: &str, kind: &str, names: &str| {
        format!("\n[[entity]]\nid = \"{id}\"\nkind = \"{kind}\"\nnames = [\n{names}]\n")
    };
    let head = |id: &str| format!("[glossary]\nid = \"{id}\"\ntitle = \"{id}\"\n");
    let (a, b, c) = (
        dir.path().join("a.toml"),
        dir.path().join("b.toml"),
        dir.path().join("c.toml"),
    );
    // a.toml:5 the place, its English name on line 9
    std::fs::write(
        &a,
        head("a") + &entity("zorakert", "place", &name("Zorakert", "en")),
    )
    .unwrap();
    // b.toml:5 the same id as a person; line 16 the place's English name for a river
    std::fs::write(
        &b,
        head("b")
            + &entity("zorakert", "person", &name("Zorakert", "fr"))
            + &entity("zorakert-river", "river", &name("Zorakert", "en")),
    )
    .unwrap();
    let out = parallax()
        .args(["glossary", "lint", "--no-default-glossary"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let (a, b) = (a.display().to_string(), b.display().to_string());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            format!(
                "{b}:5: error: entity `zorakert` is a person here but a place at {a}:5: a reused id \
                 extends that entity, whose kind is kept, so these names would name a place; give \
                 this person another id"
            ),
            format!(
                "{b}:16: error: `Zorakert` (en) of `zorakert-river`: also a name of `zorakert` \
                 ({a}:9)"
            ),
            "2 entities, 3 names, 2 errors, 0 warnings".to_string(),
        ],
        "{stdout}"
    );
    // against the built-in glossary (by default): `baku` is a place there
    std::fs::write(
        &c,
        head("c") + &entity("baku", "person", &name("Baku", "fr")),
    )
    .unwrap();
    let out = parallax()
        .args(["glossary", "lint"])
        .arg(&c)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let c = c.display().to_string();
    assert!(
        stdout.starts_with(&format!(
            "{c}:5: error: entity `baku` is a person here but a place at karabakh-2023.toml:"
        )),
        "{stdout}"
    );
    assert!(
        stdout.ends_with("1 entities, 1 names, 1 errors, 0 warnings\n"),
        "{stdout}"
    );
    parallax()
        .args(["glossary", "lint", "--no-default-glossary"])
        .arg(&c)
        .assert()
        .success();
    // and the commands that load it say so once
    parallax()
        .args(["names", "-", "--glossary"])
        .arg(&c)
        .write_stdin("Baku")
        .assert()
        .stderr(predicate::str::contains(format!(
            "{c}: 1 error that `parallax glossary lint {c}` lists"
        )));
}

#[test]
fn glossary_lint_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "[glossary]\nid = \"x\"\ntitle = \"x\"\n\n[[entity]]\nid = \"a\"\nkind = \"place\"\nnames = [\n  { txt = \"A\", lang = \"en\", script = \"Latn\", conventions = [\"neutral\"], status = \"common\", source = \"manual\" },\n]\n",
    )
    .unwrap();
    parallax()
        .args(["glossary", "lint"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml:9"));
    parallax().args(["glossary", "lint"]).assert().success();
    parallax()
        .args(["glossary", "stats"])
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"entities: \d{3}").unwrap());
    // a user glossary adds to the built-in one
    let extra = dir.path().join("extra.toml");
    std::fs::write(
        &extra,
        "[glossary]\nid = \"y\"\ntitle = \"y\"\n\n[[entity]]\nid = \"port-verrin\"\nkind = \"place\"\nnames = [\n  { text = \"Port Verrin\", lang = \"en\", script = \"Latn\", conventions = [\"neutral\"], status = \"official\", source = \"manual\" },\n]\n",
    )
    .unwrap();
    parallax()
        .args(["names", "-", "--glossary"])
        .arg(&extra)
        .write_stdin("Fire crews in Port Verrin worked through the night near Baku Street.")
        .assert()
        .success()
        .stdout(predicate::str::contains("port-verrin"));
}

#[test]
fn output_file_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.md");
    let text = std::fs::read_to_string(sample("en-caspian")).unwrap();
    parallax()
        .arg("compare")
        .arg("-")
        .arg(sample("en-ararat"))
        .args(["--format", "markdown", "-o"])
        .arg(&out)
        .write_stdin(text)
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(
        md.contains("stdin") || md.contains("Caspian Courier"),
        "{md}"
    );
    assert!(md.contains("Ararat Ledger"));
}

#[test]
fn html_report_escapes_hostile_article_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/hostile");
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let out = parallax()
        .arg("compare")
        .args(&files)
        .args(["--format", "html"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(
        html.contains("&lt;script&gt;"),
        "the script tag is shown as text"
    );
    assert!(
        !html.contains("<script>alert"),
        "no live script from the article"
    );
    assert!(!html.contains("<img src=x"), "no live img from the article");
    assert!(
        !html.to_lowercase().contains("http://") && !html.to_lowercase().contains("https://"),
        "self-contained: nothing fetched"
    );
}

#[test]
fn text_output_has_no_colour_when_piped_or_never() {
    let out = parallax()
        .arg("compare")
        .args([sample("en-caspian"), sample("tr-")])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!out.stdout.contains(&0x1b), "no escape codes in a pipe");
    let out = parallax()
        .arg("compare")
        .args([sample("en-caspian"), sample("tr-")])
        .args(["--color", "always"])
        .output()
        .unwrap();
    assert!(out.stdout.contains(&0x1b), "--color always colours");
}

#[test]
fn csv_has_one_row_per_aligned_pair() {
    let (a, b) = (sample("en-meridian"), sample("es-"));
    let v = json_of(
        parallax()
            .arg("compare")
            .args([&a, &b])
            .args(["--format", "json"]),
    );
    let pairs = v["alignments"][0]["pairs"].as_array().unwrap().len();
    let out = parallax()
        .arg("compare")
        .args([&a, &b])
        .args(["--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(reader.records().count(), pairs);
}

#[test]
fn same_file_names_in_two_folders_get_distinct_ids_and_header_only_files_fail() {
    let dir = tempfile::tempdir().unwrap();
    for d in ["d1", "d2"] {
        std::fs::create_dir(dir.path().join(d)).unwrap();
    }
    let (a1, a2) = (dir.path().join("d1/a.txt"), dir.path().join("d2/a.txt"));
    std::fs::copy(sample("en-caspian"), &a1).unwrap();
    std::fs::copy(sample("en-ararat"), &a2).unwrap();
    let header = dir.path().join("header.txt");
    std::fs::write(&header, " date 2023-09-20 (Desk)\n\n").unwrap();
    let out = parallax()
        .arg("compare")
        .args([&a1, &a2, &header])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "a failed input makes exit 2");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "a-2"]);
    assert_eq!(v["alignments"][0]["right"], "a-2");
    let err = &v["errors"][0];
    assert!(err["source"].as_str().unwrap().ends_with("header.txt"));
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("only a header line")
    );
}

/// Articles written apart from the samples (tests/data/unseen/expected.json gives each one's
/// language, its sentence count as an editor counts, and the entities it names).
#[test]
fn unseen_articles_languages_sentence_counts_and_names() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/unseen");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    for (file, e) in expected.as_object().unwrap() {
        let path = dir.join(file);
        let seg = json_of(
            parallax()
                .arg("segment")
                .arg(&path)
                .args(["--format", "json"]),
        );
        assert_eq!(
            seg["sentences"].as_array().unwrap().len() as u64,
            e["sentences"].as_u64().unwrap(),
            "{file}: sentence count"
        );
        let det = json_of(
            parallax()
                .arg("detect")
                .arg(&path)
                .args(["--format", "json"]),
        );
        assert_eq!(
            det["articles"][0]["language"], e["lang"],
            "{file}: language"
        );
        let names = json_of(
            parallax()
                .arg("names")
                .arg(&path)
                .args(["--format", "json"]),
        );
        let found: BTreeSet<&str> = names["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["entity"].as_str().unwrap())
            .collect();
        let missing: Vec<&str> = e["names"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap())
            .filter(|n| !found.contains(n))
            .collect();
        // one name the glossary does not treat as the region itself is tolerated
        assert!(missing.len() <= 1, "{file}: names not found: {missing:?}");
    }
}

#[test]
fn compare_of_many_articles_reports_facts_and_lays_out_the_pairs_asked_for() {
    let files = samples();
    let n = files.len();
    assert!(n > 8, "the samples hold more than eight articles");
    let all_pairs = n * (n - 1) / 2;
    let text = |extra: &[&str]| {
        let out = stdout_of(
            parallax()
                .arg("compare")
                .args(&files)
                .args(["--color", "never"])
                .args(extra),
        );
        String::from_utf8(out).unwrap()
    };
    let sections = |out: &str| {
        out.lines()
            .filter(|l| l.starts_with("━━ ") && l.contains(" ↔ "))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    // by default: the facts of all articles, no pair section, and a note on how to ask
    let default = text(&[]);
    assert!(
        default.contains("━━ Facts told by two or more outlets ("),
        "{default}"
    );
    assert!(default.contains("━━ Told by one outlet only"));
    assert!(sections(&default).is_empty());
    assert!(
        default.contains(&format!("{all_pairs} article pairs not shown")),
        "{default}"
    );
    // every pair on request
    assert_eq!(sections(&text(&["--pairs", "all"])).len(), all_pairs);
    // the pairs of one article
    let one = sections(&text(&["--pairs", "en-ararat-ledger"]));
    assert_eq!(one.len(), n - 1);
    assert!(one.iter().all(|l| l.contains("Ararat Ledger")), "{one:?}");
    // JSON keeps every pair unless told otherwise
    let v = json_of(
        parallax()
            .arg("compare")
            .args(&files)
            .args(["--format", "json"]),
    );
    assert_eq!(v["alignments"].as_array().unwrap().len(), all_pairs);
    let v = json_of(
        parallax()
            .arg("compare")
            .args(&files)
            .args(["--format", "json", "--pairs", "none"]),
    );
    assert!(v["alignments"].as_array().unwrap().is_empty());
    assert!(!v["facts"].as_array().unwrap().is_empty());
}

#[test]
fn a_fact_no_name_or_date_joins_says_what_links_it() {
    let files = samples();
    let out = String::from_utf8(stdout_of(
        parallax()
            .arg("compare")
            .args(&files)
            .args(["--color", "never"]),
    ))
    .unwrap();
    let heads: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with('#') && l.contains(" outlets"))
        .collect();
    assert!(!heads.is_empty(), "{out}");
    // some fact is held by weaker evidence only, and its header says so
    assert!(
        heads
            .iter()
            .any(|h| h.contains(" outlets · linked only by: ")),
        "{heads:#?}"
    );
    // JSON: the field is always there, and filled only where no anchor is
    let v = json_of(
        parallax()
            .arg("compare")
            .args(&files)
            .args(["--format", "json", "--pairs", "none"]),
    );
    let facts = v["facts"].as_array().unwrap();
    let mut weak = 0;
    for f in facts {
        let linked = f["linked_by"].as_array().expect("linked_by always present");
        let anchors = f["anchors"].as_array().unwrap();
        assert!(linked.len() <= 4, "{f}");
        if !anchors.is_empty() {
            assert!(linked.is_empty(), "{f}");
        } else if !linked.is_empty() {
            weak += 1;
        }
    }
    assert_eq!(
        weak,
        heads
            .iter()
            .filter(|h| h.contains("linked only by:"))
            .count()
    );
}

#[test]
fn compare_with_partners_aligns_each_article_with_its_nearest_only() {
    let files = samples();
    let n = files.len();
    let json = |extra: &[&str]| {
        json_of(
            parallax()
                .arg("compare")
                .args(&files)
                .args(["--format", "json"])
                .args(extra),
        )
    };
    // twelve articles are few: every pair by default, as with `--partners all`
    let every = json(&[]);
    assert!(every.get("partners").is_none());
    assert_eq!(every, json(&["--partners", "all"]));
    let near = json(&["--partners", "2"]);
    let alignments = near["alignments"].as_array().unwrap();
    assert_eq!(near["partners"]["per_article"], 2);
    assert_eq!(near["partners"]["possible"], n * (n - 1) / 2);
    assert_eq!(near["partners"]["aligned"], alignments.len());
    assert!(alignments.len() < n * (n - 1) / 2 && alignments.len() >= n);
    for a in near["articles"].as_array().unwrap() {
        let id = &a["id"];
        let partners = alignments
            .iter()
            .filter(|al| &al["left"] == id || &al["right"] == id)
            .count();
        assert!(partners >= 2, "{id} is aligned with {partners}");
    }
    // facts still join articles that were not aligned with each other
    let aligned: std::collections::HashSet<(String, String)> = alignments
        .iter()
        .map(|a| (a["left"].to_string(), a["right"].to_string()))
        .collect();
    let joins_unaligned = near["facts"].as_array().unwrap().iter().any(|f| {
        let ids: Vec<String> = f["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["article"].to_string())
            .collect();
        ids.iter().any(|a| {
            ids.iter().any(|b| {
                a != b
                    && !aligned.contains(&(a.clone(), b.clone()))
                    && !aligned.contains(&(b.clone(), a.clone()))
            })
        })
    });
    assert!(joins_unaligned, "a fact holds two articles never aligned");
    // the reports say so
    let out = String::from_utf8(stdout_of(parallax().arg("compare").args(&files).args([
        "--color",
        "never",
        "--partners",
        "2",
    ])))
    .unwrap();
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!(
            "Each article was aligned with its 2 most similar articles (by the names, dates, \
             numbers and concepts they share): {} of {} article pairs.",
            alignments.len(),
            n * (n - 1) / 2
        )),
        "{out}"
    );
}

#[test]
fn compare_refuses_a_partner_count_that_is_not_one() {
    for bad in ["0", "many", "-3"] {
        parallax()
            .arg("compare")
            .args(samples())
            .arg(format!("--partners={bad}"))
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("`{bad}`")));
    }
}

#[test]
fn compare_names_an_unknown_article_id_given_to_pairs_and_exits_2() {
    parallax()
        .arg("compare")
        .args(samples())
        .args(["--pairs", "en-no-such-outlet"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("en-no-such-outlet"))
        .stderr(predicate::str::contains("en-ararat-ledger"));
}

#[test]
fn pairs_takes_the_ids_the_report_shows_when_two_files_share_a_name() {
    // two files named x.txt in two folders: the report calls them `x` and `x-2`
    let dir = tempfile::tempdir().unwrap();
    for (sub, name) in [("a", "en-caspian-courier"), ("b", "en-ararat-ledger")] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::copy(sample(name), dir.path().join(sub).join("x.txt")).unwrap();
    }
    let out = stdout_of(
        parallax()
            .arg("compare")
            .arg(dir.path().join("a/x.txt"))
            .arg(dir.path().join("b/x.txt"))
            .arg(sample("ru-polyarny-kurer"))
            .args(["--format", "json", "--pairs", "x-2"]),
    );
    let v: Value = serde_json::from_slice(&out).unwrap();
    let pairs: Vec<(String, String)> = v["alignments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["left"].as_str().unwrap().into(),
                a["right"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(pairs.len(), 2, "{pairs:?}");
    assert!(
        pairs.iter().all(|(l, r)| l == "x-2" || r == "x-2"),
        "{pairs:?}"
    );
}

/// An article about something else, written for this test.
const OFF_TOPIC: &str = " date 2024-03-02 (Harbour Gazette)\n\n\
Town library reopens after roof repairs\n\n\
The public library of a small coastal town reopened on Saturday after eight months of repairs \
to its leaking roof. Volunteers carried some 14,000 books back onto the shelves over two weekends. \
The mayor thanked a local carpentry school whose students rebuilt the reading-room benches. \
A chess club and a reading circle for children will meet there again from next week.\n";

#[test]
fn an_article_about_something_else_is_named_in_every_report_and_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("en-harbour-gazette.txt");
    std::fs::write(&odd, OFF_TOPIC).unwrap();
    let out = parallax()
        .arg("compare")
        .args(samples())
        .arg(&odd)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("en-harbour-gazette.txt: shares few names, dates, numbers and concepts"),
        "{stderr}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let flagged: Vec<&str> = v["off_topic"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["article"].as_str().unwrap())
        .collect();
    assert_eq!(flagged, ["en-harbour-gazette"], "only the library article");
    // the samples alone: one event, nothing flagged
    let alone: Value = serde_json::from_slice(&stdout_of(
        parallax()
            .arg("compare")
            .args(samples())
            .args(["--format", "json"]),
    ))
    .unwrap();
    assert_eq!(
        alone["off_topic"],
        serde_json::json!([]),
        "{}",
        alone["off_topic"]
    );
    // the text report says it under the articles
    let text = String::from_utf8(stdout_of(
        parallax().arg("compare").args(samples()).arg(&odd),
    ))
    .unwrap();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("This article shares few names, dates, numbers and concepts with the others: Harbour Gazette ("),
        "{flat}"
    );
}

/// Two wire-style articles written for this test, with page furniture: a photo caption, a
/// "Read more" line they share word for word, and credit lines naming one editor.
const WIRE_A: &str = "Azerbaijan opens new checkpoint on Lachin road\n\n\
BAKU, Sept 20 (Caspian Courier) - Azerbaijan opened a new checkpoint on the Lachin road on \
Wednesday, officials said.\n\n\
The checkpoint lies near the bridge over the Hakari river, the border service said in a \
statement.\n\n\
Photo: Trucks wait near the checkpoint.\n\n\
Read more: Baku and Yerevan trade accusations\n\n\
(Reporting by A. Writer; Editing by B. Editor)\n";
const WIRE_B: &str = "New Azerbaijani checkpoint on Lachin corridor angers Yerevan\n\n\
YEREVAN, Sept 20 (Ararat Ledger) - Armenia condemned a new Azerbaijani checkpoint on the Lachin \
corridor that opened on Wednesday.\n\n\
The post was set up by the Hakari bridge, according to the Azerbaijani border service.\n\n\
Read more: Baku and Yerevan trade accusations\n\n\
(Reporting by C. Writer; Editing by B. Editor)\n";

/// `compare --format json` of two articles written to files named `a_name` and `b_name`.
fn compare_two(a_name: &str, a_text: &str, b_name: &str, b_text: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join(a_name), dir.path().join(b_name));
    std::fs::write(&a, a_text).unwrap();
    std::fs::write(&b, b_text).unwrap();
    serde_json::from_slice(&stdout_of(
        parallax()
            .arg("compare")
            .arg(&a)
            .arg(&b)
            .args(["--format", "json"]),
    ))
    .unwrap()
}

#[test]
fn page_furniture_is_marked_and_never_paired() {
    let v = compare_two("en-a.txt", WIRE_A, "en-b.txt", WIRE_B);
    let furniture = |doc: usize| -> Vec<u64> {
        v["articles"][doc]["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["boilerplate"] == true)
            .map(|s| s["index"].as_u64().unwrap())
            .collect()
    };
    // the caption, the "Read more" line and the credits; the news is not marked
    assert_eq!(furniture(0), [3, 4, 5], "{}", v["articles"][0]);
    assert_eq!(furniture(1), [3, 4], "{}", v["articles"][1]);
    let al = &v["alignments"][0];
    let pairs = pairs::first_indices(&al["pairs"]);
    // the three sentences of news pair up; the identical "Read more" lines do not
    assert_eq!(pairs, [(0, 0), (1, 1), (2, 2)], "{al}");
    assert_eq!(al["only_left"].as_array().map(Vec::len), Some(0), "{al}");
    assert_eq!(al["only_right"].as_array().map(Vec::len), Some(0), "{al}");
}

#[test]
fn an_article_repeating_another_word_for_word_is_named() {
    // a second outlet prints the wire story, adds a sentence of its own, and drops the furniture
    let reprint: String = WIRE_A
        .split("\n\n")
        .take(3)
        .chain(["Our correspondent saw the first trucks pass the new post at noon.\n"])
        .collect::<Vec<_>>()
        .join("\n\n");
    let v = compare_two("en-a.txt", WIRE_A, "en-c.txt", &reprint);
    assert_eq!(
        v["copies"],
        serde_json::json!([
            {"article": "en-a", "source": "en-c", "shared": 3, "sentences": 3},
            {"article": "en-c", "source": "en-a", "shared": 3, "sentences": 4},
        ]),
        "{}",
        v["copies"]
    );
}
