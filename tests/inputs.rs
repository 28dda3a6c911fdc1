//! The bad-input matrix, through the real binary, for every subcommand that reads articles:
//! no panic, exit 2, a message naming the input, and the good articles' results kept.
//! URL cases talk only to a server this test starts on 127.0.0.1.

mod support;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use support::http_server;

fn parallax() -> Command {
    let mut c = Command::cargo_bin("parallax").unwrap();
    c.env_remove("NO_COLOR")
        .env_remove("PARALLAX_OFFLINE")
        .env("COLUMNS", "100");
    c
}

// Original sentences written for these tests.
const GOOD: &str = "Buses return to Stepanakert\n\nThe bus service between Stepanakert and the \
nearby villages resumed on Tuesday after a week of heavy snow. The operator said the evening route \
would stay closed until the road lights are repaired.\n";
const RU: &str = "Паром возобновил рейсы\n\nПаром между двумя портовыми городами возобновил рейсы \
во вторник после недели штормов. Перевозчик сообщил, что вечерний рейс останется отменённым до \
ремонта огней на причале.\n";

fn good(dir: &Path) -> String {
    let p = dir.join("good.txt");
    std::fs::write(&p, GOOD).unwrap();
    p.display().to_string()
}

/// What one bad input should produce.
struct Case {
    /// The source as passed on the command line.
    source: String,
    /// What the message must say when a multi-article command reads it.
    multi: &'static str,
    /// … and when a one-article command (`segment`, `align`) reads it.
    single: &'static str,
    /// The source named in the failure, when it differs (a JSONL line).
    named: Option<String>,
    env: Vec<(&'static str, &'static str)>,
}

impl Case {
    fn new(source: impl Into<String>, multi: &'static str, single: &'static str) -> Self {
        Case {
            source: source.into(),
            multi,
            single,
            named: None,
            env: Vec::new(),
        }
    }
}

fn stderr_names(stderr: &str, source: &str, what: &str) -> bool {
    stderr
        .lines()
        .any(|l| l.contains(source) && l.to_lowercase().contains(&what.to_lowercase()))
}

/// Run the case through every subcommand that reads articles.
fn check(case: Case) {
    let dir = tempfile::tempdir().unwrap();
    let good = good(dir.path());
    let named = case.named.clone().unwrap_or_else(|| case.source.clone());
    // Multi-article commands: the good article is kept, the bad one listed in JSON `errors`.
    for cmd in ["compare", "names", "detect"] {
        let out = parallax()
            .envs(case.env.iter().copied())
            .args([cmd, &good, &case.source, "--format", "json"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{cmd} {}: {stderr}",
            case.source
        );
        assert!(!stderr.contains("panicked"), "{cmd}: {stderr}");
        assert!(
            stderr_names(&stderr, &named, case.multi),
            "{cmd}: stderr should name {named} and say `{}`:\n{stderr}",
            case.multi
        );
        let v: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{cmd}: stdout is not JSON ({e}): {stderr}"));
        let errors = v["errors"].as_array().expect("errors listed");
        assert!(
            errors
                .iter()
                .any(|e| e["source"].as_str().unwrap().contains(&named)),
            "{cmd}: {v}"
        );
        match cmd {
            "compare" | "detect" => assert!(
                v["articles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|a| a["id"] == "good"),
                "{cmd}: good article kept: {v}"
            ),
            _ => assert!(
                v["mentions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|m| m["article"] == "good"),
                "{cmd}: good article's names kept: {v}"
            ),
        }
    }
    // One-article commands: exit 2 with the input named.
    for args in [
        vec!["segment", case.source.as_str()],
        vec!["align", good.as_str(), case.source.as_str()],
    ] {
        let out = parallax()
            .envs(case.env.iter().copied())
            .args(&args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(
            stderr_names(&stderr, &case.source, case.single),
            "{args:?}: stderr should name {} and say `{}`:\n{stderr}",
            case.source,
            case.single
        );
    }
}

fn file(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

#[test]
fn missing_file() {
    check(Case::new(
        "/no/such/dir/article.txt",
        "no such file",
        "no such file",
    ));
}

#[test]
fn directory_without_articles() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.md"), "not an article").unwrap();
    check(Case::new(
        dir.path().display().to_string(),
        "without article files",
        "is a directory",
    ));
}

#[test]
fn empty_file() {
    let dir = tempfile::tempdir().unwrap();
    check(Case::new(
        file(dir.path(), "empty.txt", b""),
        "empty",
        "empty",
    ));
}

#[test]
fn whitespace_only() {
    let dir = tempfile::tempdir().unwrap();
    check(Case::new(
        file(dir.path(), "blank.txt", b"  \n\t\r\n   \n"),
        "white space",
        "white space",
    ));
}

#[test]
fn binary_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..=255u8).cycle().take(4096));
    check(Case::new(
        file(dir.path(), "image.txt", &png),
        "binary",
        "binary",
    ));
}

#[test]
fn nul_bytes_in_text() {
    let dir = tempfile::tempdir().unwrap();
    check(Case::new(
        file(
            dir.path(),
            "nul.txt",
            b"The ferry left.\0The ferry came back.",
        ),
        "NUL byte",
        "NUL byte",
    ));
}

#[test]
fn control_characters_without_nul() {
    let dir = tempfile::tempdir().unwrap();
    let junk: Vec<u8> = (1..9u8).cycle().take(2000).collect();
    check(Case::new(
        file(dir.path(), "ctl.txt", &junk),
        "binary",
        "binary",
    ));
}

#[test]
fn hundred_megabyte_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.txt");
    // A sparse file: 100 MB long, nothing written.
    std::fs::File::create(&p)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    check(Case::new(
        p.display().to_string(),
        "20 MB limit",
        "20 MB limit",
    ));
}

#[test]
fn hundred_megabyte_jsonl_line_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.jsonl");
    std::fs::File::create(&p)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let src = p.display().to_string();
    let out = parallax()
        .args(["detect", &src, "--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr_names(&stderr, &format!("{src}:1"), "20 MB limit"),
        "{stderr}"
    );
}

#[test]
fn html_without_an_article() {
    let dir = tempfile::tempdir().unwrap();
    check(Case::new(
        file(
            dir.path(),
            "menu.html",
            b"<!DOCTYPE html><html><head><title>Menu</title></head><body><nav></nav></body></html>",
        ),
        "no article text",
        "no article text",
    ));
}

#[test]
fn malformed_jsonl_line_is_named_with_its_line_number() {
    let dir = tempfile::tempdir().unwrap();
    let src = file(
        dir.path(),
        "corpus.jsonl",
        b"{\"id\":\"j1\",\"outlet\":\"North Desk\",\"text\":\"The ferry resumed crossings on Tuesday.\"}\n{\"id\":\"j2\",\"text\":\"unterminated\n{\"id\":\"j3\",\"text\":\"The pier lights were repaired on Friday.\"}\n",
    );
    let mut case = Case::new(src.clone(), "not a JSON object", "JSON Lines corpus");
    case.named = Some(format!("{src}:2"));
    check(case);
    // The good lines of the corpus are kept.
    let out = parallax()
        .args(["detect", &src, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<_> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["j1", "j3"]);
}

#[test]
fn unreachable_url() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    check(Case::new(
        format!("http://127.0.0.1:{port}/gone.html"),
        "cannot connect",
        "cannot connect",
    ));
}

#[test]
fn http_404() {
    let s = http_server::start();
    check(Case::new(s.url("/404"), "HTTP 404", "HTTP 404"));
}

#[test]
fn http_500() {
    let s = http_server::start();
    check(Case::new(s.url("/500"), "HTTP 500", "HTTP 500"));
}

#[test]
fn server_that_never_answers_times_out() {
    let s = http_server::start();
    let mut case = Case::new(s.url("/hang"), "timed out", "timed out");
    case.env = vec![("PARALLAX_HTTP_TIMEOUT_MS", "800")];
    check(case);
}

#[test]
fn redirect_loop() {
    let s = http_server::start();
    check(Case::new(s.url("/loop"), "redirect", "redirect"));
}

#[test]
fn oversized_response_declared() {
    let s = http_server::start();
    check(Case::new(
        s.url("/big-declared"),
        "20 MB limit",
        "20 MB limit",
    ));
}

#[test]
fn oversized_response_streamed() {
    let s = http_server::start();
    check(Case::new(
        s.url("/big-streamed"),
        "20 MB limit",
        "20 MB limit",
    ));
}

#[test]
fn html_page_from_a_url_without_an_article() {
    let s = http_server::start();
    check(Case::new(
        s.url("/empty.html"),
        "no article text",
        "no article text",
    ));
}

#[test]
fn offline_refuses_urls() {
    let s = http_server::start();
    for cmd in ["compare", "names", "detect"] {
        let out = parallax()
            .args([cmd, "--offline", &s.url("/article.html")])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("--offline"), "{stderr}");
    }
}

#[test]
fn bad_input_alone_exits_2_for_every_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let empty = file(dir.path(), "empty.txt", b"");
    for args in [
        vec!["compare", &empty],
        vec!["names", &empty],
        vec!["detect", &empty],
        vec!["detect", "--lines", &empty],
        vec!["names", "--format", "jsonl", &empty],
        vec!["detect", "--format", "jsonl", &empty],
        vec!["segment", &empty],
        vec!["align", &empty, &empty],
    ] {
        let out = parallax().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr_names(&stderr, &empty, "empty"), "{args:?}: {stderr}");
    }
}

#[test]
fn windows_1251_russian_is_detected_as_russian_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(RU);
    let src = file(dir.path(), "ru-1251.txt", &bytes);
    let (koi, _, _) = encoding_rs::KOI8_R.encode(RU);
    let koi_src = file(dir.path(), "ru-koi8.txt", &koi);
    let out = parallax()
        .args(["detect", &src, &koi_src, "--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"][0]["language"], "ru", "{v}");
    assert_eq!(v["articles"][1]["language"], "ru", "{v}");
    assert!(stderr_names(&stderr, &src, "windows-1251"), "{stderr}");
    assert!(stderr_names(&stderr, &koi_src, "KOI8"), "{stderr}");
    // segment shows the decoded Russian text.
    let out = parallax().args(["segment", &src]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Паром между двумя"));
}

#[test]
fn urls_are_fetched_with_charset_from_header_or_meta() {
    let s = http_server::start();
    let out = parallax()
        .args([
            "detect",
            &s.url("/article.html"),
            &s.url("/cp1251.html"),
            &s.url("/meta1251.html"),
            &s.url("/redirect"),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let langs: Vec<_> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["language"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(langs, ["en", "ru", "ru", "en"], "{v}");
    let out = parallax()
        .args(["segment", &s.url("/cp1251.html")])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Паром между двумя"), "{text}");
    assert!(
        !text.contains("Harbour Gazette"),
        "boilerplate dropped: {text}"
    );
}

#[test]
fn html_file_is_extracted_and_a_short_one_warns() {
    let dir = tempfile::tempdir().unwrap();
    let page = http_server::article_html("en", "Ferry resumes crossings", http_server::EN_PARA);
    let src = file(dir.path(), "page.html", page.as_bytes());
    let out = parallax().args(["segment", &src]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("The ferry between"), "{text}");
    assert!(!text.contains("<p>"), "{text}");
    let short = file(
        dir.path(),
        "short.html",
        b"<!DOCTYPE html><html><body><article><p>The ferry sails again on Tuesday, the operator said.</p></article></body></html>",
    );
    let out = parallax().args(["detect", &short]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr_names(&stderr, &short, "characters long") || stderr.contains("no article text"),
        "{stderr}"
    );
}

fn corpus(dir: &Path, n: usize) -> PathBuf {
    let mut s = String::new();
    for i in 0..n {
        let text = if i % 2 == 0 { GOOD } else { RU };
        s.push_str(
            &serde_json::json!({"id": format!("a{i}"), "outlet": "North Desk", "text": text})
                .to_string(),
        );
        s.push('\n');
    }
    s.push_str("{broken\n");
    let p = dir.join("corpus.jsonl");
    std::fs::write(&p, s).unwrap();
    p
}

#[test]
fn jsonl_streams_one_line_per_article_and_jobs_do_not_change_results() {
    let dir = tempfile::tempdir().unwrap();
    let p = corpus(dir.path(), 40);
    let run = |cmd: &str, jobs: &str| {
        let out = parallax()
            .args([
                cmd,
                p.to_str().unwrap(),
                "--format",
                "jsonl",
                "--jobs",
                jobs,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "the broken line fails");
        String::from_utf8(out.stdout).unwrap()
    };
    for cmd in ["detect", "names"] {
        let one = run(cmd, "1");
        let lines: Vec<Value> = one
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 41, "{cmd}");
        assert!(
            lines[40]["error"]["source"]
                .as_str()
                .unwrap()
                .ends_with("corpus.jsonl:41")
        );
        if cmd == "detect" {
            assert_eq!(lines[0]["language"], "en");
            assert_eq!(lines[1]["language"], "ru");
        } else {
            assert_eq!(lines[0]["article"], "a0");
        }
        assert_eq!(one, run(cmd, "2"), "{cmd}: same output with 2 jobs");
    }
}

#[test]
fn directories_are_read_recursively() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("a/b")).unwrap();
    std::fs::write(dir.path().join("a/one.txt"), GOOD).unwrap();
    std::fs::write(dir.path().join("a/b/two.txt"), RU).unwrap();
    let page = http_server::article_html("en", "Ferry resumes crossings", http_server::EN_PARA);
    std::fs::write(dir.path().join("a/b/three.htm"), page).unwrap();
    std::fs::write(dir.path().join("a/skip.md"), "not read").unwrap();
    let out = parallax()
        .args(["detect", dir.path().to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<_> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["three", "two", "one"]);
}

/// `parallax … 2>&1 | head -1`: the reader is gone before the messages about bad inputs are
/// written. Writing to a closed pipe fails (Rust ignores SIGPIPE); that must not panic (exit
/// 101), for standard output and for standard error alike.
#[test]
fn closed_pipes_do_not_panic() {
    use std::process::{Command as Std, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let good = good(dir.path());
    let empty = file(dir.path(), "empty.txt", b"");
    let binary = file(dir.path(), "binary.bin.txt", &[0u8, 1, 2, 3, 0, 0, 255, 0]);
    for args in [
        vec!["compare", &good, &empty, &binary],
        vec!["names", &good, &empty],
        vec!["detect", "--format", "jsonl", &good, &empty],
    ] {
        let mut child = Std::new(assert_cmd::cargo::cargo_bin("parallax"))
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // close both read ends before the program writes anything
        drop(child.stdout.take());
        drop(child.stderr.take());
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(2), "{args:?}: {status:?}");
    }
}

/// A file name with terminal escape sequences (set the window title, clear the screen) is
/// named in the message with those characters escaped, never written raw to the terminal; the
/// good article beside it is still compared.
#[cfg(unix)]
#[test]
fn file_name_with_escape_codes_is_escaped_in_messages() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir
        .path()
        .join("e2\u{1b}]0;PWNED\u{7}\u{1b}[2J\u{202e}-c.txt");
    std::fs::write(&bad, b"").unwrap();
    let good = good(dir.path());
    let ru = dir.path().join("ru.txt");
    std::fs::write(&ru, RU).unwrap();
    let out = parallax()
        .arg("compare")
        .arg(&good)
        .arg(&ru)
        .arg(&bad)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}') && !stderr.contains('\u{202e}'),
        "raw control characters on stderr: {stderr:?}"
    );
    assert!(
        stderr.contains("e2\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J\\u{202e}-c.txt")
            && stderr.contains("empty"),
        "the file is named, escaped: {stderr}"
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["articles"].as_array().unwrap().len(),
        2,
        "the good ones compared"
    );
}

/// `-o` naming an input (the file itself, by another path, or a file in an input directory) is
/// refused before anything is written: the article is left as it was.
#[test]
fn output_over_an_input_is_refused_and_the_input_kept() {
    let dir = tempfile::tempdir().unwrap();
    let en = good(dir.path());
    let ru = dir.path().join("ru.txt");
    std::fs::write(&ru, RU).unwrap();
    let same_by_another_path = dir.path().join(".").join("good.txt");
    for (args, target) in [
        (
            vec!["compare".to_string(), en.clone(), ru.display().to_string()],
            en.clone(),
        ),
        (
            vec!["segment".to_string(), en.clone()],
            same_by_another_path.display().to_string(),
        ),
        (
            vec!["compare".to_string(), dir.path().display().to_string()],
            ru.display().to_string(),
        ),
    ] {
        let out = parallax()
            .args(&args)
            .args(["-o", &target])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?} -o {target}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("is one of the inputs"),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(std::fs::read_to_string(&en).unwrap(), GOOD);
    assert_eq!(std::fs::read_to_string(&ru).unwrap(), RU);
    // a new file beside them is fine
    let report = dir.path().join("report.md");
    let out = parallax()
        .args([
            "compare",
            &en,
            &ru.display().to_string(),
            "--format",
            "markdown",
            "-o",
        ])
        .arg(&report)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        std::fs::read_to_string(&report)
            .unwrap()
            .contains("# parallax")
    );
}

/// An article given twice is read once, with a note; an article in a language parallax does
/// not read is named as such; and a compare of one article says that it aligns nothing.
#[test]
fn repeated_unreadable_language_and_lone_inputs_are_noted() {
    let dir = tempfile::tempdir().unwrap();
    let en = good(dir.path());
    let again = dir.path().join(".").join("good.txt").display().to_string();
    // original text in Greek, a language outside parallax's list
    let el = file(
        dir.path(),
        "el.txt",
        "Το λεωφορείο επέστρεψε στην πόλη την Τρίτη μετά από μια εβδομάδα χιονιού και κλειστών δρόμων.\n"
            .as_bytes(),
    );
    let out = parallax()
        .args(["compare", &en, &again, &el, "--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("good.txt: given twice; read once"),
        "{stderr}"
    );
    assert!(
        stderr.contains("el.txt: its language is none parallax reads"),
        "{stderr}"
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["articles"].as_array().unwrap().len(), 2);
    let out = parallax().args(["compare", &en]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("only one article was read"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Language flags take ISO 639-1 codes; a language name is refused before anything is read.
#[test]
fn language_flags_refuse_names_of_languages() {
    let dir = tempfile::tempdir().unwrap();
    let en = good(dir.path());
    for args in [
        vec!["segment", "--lang", "english", &en],
        vec![
            "compare",
            &en,
            &en,
            "--translate-to",
            "klingon",
            "--backend",
            "apertium",
        ],
        vec!["translate", &en, "--to", "eng", "--backend", "apertium"],
    ] {
        let out = parallax().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("is not an ISO 639-1 code"),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = parallax()
        .args(["segment", "--lang", "EN", &en])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

/// An address reqwest cannot even build a request for is named as such, without the library's
/// internals ("builder error"), and the other inputs are still read.
#[test]
fn an_unusable_web_address_is_named_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let en = good(dir.path());
    for url in ["http://", "http://127.0.0.1:99999/x"] {
        let out = parallax().args(["detect", url, &en]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains(&format!("{url}: is not a usable web address"))
                && !stderr.contains("builder error"),
            "{stderr}"
        );
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("good"),
            "the file is still read"
        );
    }
}

/// A glossary that loads but that lint calls wrong is used, with a warning naming it and the
/// command that lists its errors.
#[test]
fn a_glossary_with_lint_errors_is_named_when_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let en = good(dir.path());
    let g = file(
        dir.path(),
        "mine.toml",
        b"[glossary]\nid = \"mine\"\ntitle = \"Mine\"\n\n[[entity]]\nid = \"quay-town\"\nkind = \"place\"\nnames = [\n  { text = \"Quaytown\", lang = \"english\", script = \"Latn\", conventions = [\"neutral\"], status = \"common\", source = \"manual\" },\n]\n",
    );
    let out = parallax()
        .args(["names", &en, "--glossary", &g])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "mine.toml: 1 error that `parallax glossary lint {g}` lists"
        )),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    // the same file with a language code: no warning
    let fixed = std::fs::read_to_string(&g)
        .unwrap()
        .replace("\"english\"", "\"en\"");
    std::fs::write(&g, fixed).unwrap();
    let out = parallax()
        .args(["names", &en, "--glossary", &g])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("glossary lint"), "{stderr}");
}
