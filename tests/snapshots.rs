//! Snapshot tests of the reports, end to end through the binary. The same input must give the
//! same bytes, so any change to a report shows up here for review (`cargo insta review`).

use std::path::Path;

use assert_cmd::Command;

fn report(files: &[&str], format: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::cargo_bin("parallax")
        .unwrap()
        .current_dir(root)
        .env("COLUMNS", "100")
        .env_remove("NO_COLOR")
        .arg("compare")
        .args(files)
        .args(["--format", format, "--color", "never"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const KARABAKH: [&str; 3] = [
    "samples/karabakh-2023/en-caspian-courier.txt",
    "samples/karabakh-2023/en-ararat-ledger.txt",
    "samples/karabakh-2023/ru-polyarny-kurer.txt",
];
const HOSTILE: [&str; 2] = [
    "samples/hostile/en-saltmarsh-bulletin.txt",
    "samples/hostile/en-verrin-gazette.txt",
];

#[test]
fn markdown_karabakh() {
    insta::assert_snapshot!(report(&KARABAKH, "markdown"));
}

#[test]
fn text_karabakh() {
    insta::assert_snapshot!(report(&KARABAKH, "text"));
}

#[test]
fn markdown_hostile() {
    let md = report(&HOSTILE, "markdown");
    assert!(
        !md.contains("<script>"),
        "markdown must not carry live HTML"
    );
    insta::assert_snapshot!(md);
}

#[test]
fn text_hostile() {
    insta::assert_snapshot!(report(&HOSTILE, "text"));
}

#[test]
fn output_is_deterministic() {
    for format in ["json", "html", "markdown", "csv"] {
        assert_eq!(
            report(&KARABAKH, format),
            report(&KARABAKH, format),
            "{format}"
        );
    }
}
