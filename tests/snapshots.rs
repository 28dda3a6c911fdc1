//! Snapshot tests of the reports, end to end through the binary. The same input must give the
//! same bytes, so any change to a report shows up here for review (`cargo insta review`).

use std::path::Path;

use assert_cmd::Command;

fn report(files: &[&str], format: &str) -> String {
    report_with(files, format, &[])
}

fn report_with(files: &[&str], format: &str, extra: &[&str]) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::cargo_bin("parallax")
        .unwrap()
        .current_dir(root)
        .env("COLUMNS", "100")
        .env_remove("NO_COLOR")
        .arg("compare")
        .args(files)
        .args(["--format", format, "--color", "never"])
        .args(extra)
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
fn html_karabakh() {
    insta::assert_snapshot!(report(&KARABAKH, "html"));
}

#[test]
fn html_hostile() {
    let html = report(&HOSTILE, "html");
    // the hostile markup is there as text, never as markup
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!html.contains("<img") && !html.contains("onerror=alert(1)>"));
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the report's own script"
    );
    insta::assert_snapshot!(html);
}

#[test]
fn json_karabakh() {
    insta::assert_snapshot!(report(&KARABAKH, "json"));
}

#[test]
fn json_hostile() {
    insta::assert_snapshot!(report(&HOSTILE, "json"));
}

#[test]
fn csv_karabakh() {
    for table in ["pairs", "names", "coverage", "facts"] {
        insta::assert_snapshot!(
            format!("csv_{table}_karabakh"),
            report_with(&KARABAKH, "csv", &["--table", table])
        );
    }
}

#[test]
fn csv_hostile() {
    for table in ["pairs", "names", "coverage", "facts"] {
        insta::assert_snapshot!(
            format!("csv_{table}_hostile"),
            report_with(&HOSTILE, "csv", &["--table", table])
        );
    }
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

/// The facts view and the one-outlet lists (three articles or more) carry hostile text escaped
/// too: in Markdown no live HTML.
#[test]
fn facts_view_of_hostile_articles_is_escaped() {
    let three = [
        HOSTILE[0],
        HOSTILE[1],
        "samples/karabakh-2023/en-caspian-courier.txt",
    ];
    let md = report(&three, "markdown");
    assert!(md.contains("## Facts told by two or more outlets"), "{md}");
    assert!(
        md.contains("&lt;script&gt;"),
        "the hostile text is shown, escaped"
    );
    assert!(!md.contains("<script") && !md.contains("<img"), "{md}");
}
