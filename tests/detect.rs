//! `parallax detect` through the real binary: every original headline of tests/data/langid/ read
//! right with `--lines`, and the JSON contract of article-level detection.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn headline_files() -> Vec<(String, PathBuf)> {
    let dir = root().join("tests/data/langid");
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .expect("tests/data/langid exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    files.sort();
    files
}

fn json_of(args: &[&str]) -> Value {
    let out = Command::cargo_bin("parallax")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("detect prints JSON")
}

#[test]
fn every_headline_is_read_in_its_language() {
    let files = headline_files();
    let langs: Vec<&str> = files.iter().map(|(l, _)| l.as_str()).collect();
    for want in [
        "en", "ru", "uk", "az", "tr", "hy", "ka", "ar", "fa", "es", "fr", "de", "it",
    ] {
        assert!(langs.contains(&want), "no headlines for {want}");
    }
    let mut wrong = Vec::new();
    let mut total = 0;
    for (lang, path) in &files {
        let v = json_of(&[
            "detect",
            "--lines",
            "--format",
            "json",
            path.to_str().unwrap(),
        ]);
        let lines = v["lines"].as_array().expect("lines[]");
        let expected = std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .count();
        assert_eq!(lines.len(), expected, "{lang}: one item per line");
        for line in lines {
            total += 1;
            let got = line["language"].as_str().unwrap_or("none");
            let confidence = line["confidence"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&confidence), "{line}");
            if got != lang {
                wrong.push(format!("{lang}->{got}: {}", line["text"]));
            }
        }
    }
    assert!(total >= 100, "only {total} headlines");
    assert!(wrong.is_empty(), "misread headlines:\n{}", wrong.join("\n"));
}

#[test]
fn detect_json_contract() {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    std::io::Write::write_all(
        &mut file,
        "Parliament met on Monday to debate the new water law for the eastern provinces.\n\n\
         \u{ab}Мы будем внимательно следить за тем, как выполняется этот закон\u{bb}, \
         \u{2014} сказал депутат из соседней страны.\n\n\
         The debate is expected to continue until Friday evening, the speaker said.\n"
            .as_bytes(),
    )
    .unwrap();
    let path = file.path().to_str().unwrap();
    let v = json_of(&["detect", "--format", "json", path]);
    assert_eq!(v["schema_version"], 1);
    let articles = v["articles"].as_array().expect("articles[]");
    assert_eq!(articles.len(), 1);
    let a = &articles[0];
    assert!(a["id"].is_string(), "{a}");
    assert_eq!(a["language"], "en");
    let confidence = a["confidence"].as_f64().unwrap();
    assert!(confidence > 0.5 && confidence <= 1.0, "{a}");
    let spans = a["spans"].as_array().expect("spans[]");
    let langs: Vec<&str> = spans
        .iter()
        .map(|s| s["language"].as_str().unwrap())
        .collect();
    assert_eq!(langs, ["en", "ru", "en"], "{a}");
    let mut last_end = 0;
    for s in spans {
        let (start, end) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
        assert!(last_end <= start && start < end, "{spans:?}");
        last_end = end;
    }
}

#[test]
fn detect_one_article_per_input_and_bad_input_named() {
    let dir = root().join("tests/data/langid");
    let out = Command::cargo_bin("parallax")
        .unwrap()
        .args(["detect", "--format", "json"])
        .arg(dir.join("hy.txt"))
        .arg(dir.join("uk.txt"))
        .arg("/no/such/file.txt")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a missing input is an input error"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("/no/such/file.txt"),
        "the error names the input"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let langs: Vec<&str> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["language"].as_str().unwrap())
        .collect();
    assert_eq!(
        langs,
        ["hy", "uk"],
        "the good inputs still get their answers"
    );
}
