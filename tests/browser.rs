//! The HTML report in a real browser: headless Chromium loads the file (no network, a fresh
//! profile), runs the page's own script, and dumps the DOM it ended up with. We then check what an
//! editor would see: every article, both matrices, the facts, and nothing a hostile article
//! injected.
//!
//! Chromium comes from Debian's `chromium` package (`.ci/run` installs it). With `CI=true` a
//! missing browser fails the test; locally it is skipped with a note.

use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The browser, or `None` (after failing under CI) when there is none.
fn chromium() -> Option<PathBuf> {
    let names = ["chromium", "chromium-browser"];
    let found = std::iter::once(PathBuf::from("/usr/bin/chromium"))
        .chain(std::env::var_os("PATH").into_iter().flat_map(|p| {
            std::env::split_paths(&p)
                .flat_map(|d| names.map(|n| d.join(n)))
                .collect::<Vec<_>>()
        }))
        .find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but Chromium is missing: .ci/run installs Debian's `chromium` package"
        );
        eprintln!("note: skipping the browser test: no chromium found (apt-get install chromium)");
    }
    found
}

/// `parallax compare FILES --format html -o OUT`.
fn report(files: &[PathBuf], out: &Path) {
    let status = Command::cargo_bin("parallax")
        .unwrap()
        .current_dir(root())
        .arg("compare")
        .args(files)
        .args(["--format", "html", "-o"])
        .arg(out)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
}

/// Load `page` in headless Chromium and return the DOM after its scripts ran.
fn dump_dom(chromium: &Path, page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Process::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within 120 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let dom = reader.join().unwrap();
    assert!(
        dom.contains("</html>"),
        "chromium printed no DOM: {dom:.200}"
    );
    dom
}

/// The outlet named in a sample's header line ` date YYYY-MM-DD (Outlet)`.
fn outlet(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let first = text.lines().next().unwrap();
    let open = first.find('(').unwrap();
    first[open + 1..first.rfind(')').unwrap()].to_string()
}

/// The part of `dom` from `<section id="ID"` to its `</section>`.
fn section<'a>(dom: &'a str, id: &str) -> &'a str {
    let start = dom
        .find(&format!("<section id=\"{id}\""))
        .unwrap_or_else(|| panic!("no section #{id}"));
    let end = dom[start..].find("</section>").unwrap();
    &dom[start..start + end]
}

/// HTML-escape as the DOM serialiser does for text (`&`, `<`, `>`).
fn text_esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn report_renders_in_chromium_with_every_article_and_both_matrices() {
    let Some(chromium) = chromium() else { return };
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("samples/karabakh-2023"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 7, "the sample set has many languages");
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    report(&files, &page);
    let bytes = std::fs::read(&page).unwrap();
    // identical bytes on a second run; nothing that could reach the network
    let again = dir.path().join("again.html");
    report(&files, &again);
    assert!(
        bytes == std::fs::read(&again).unwrap(),
        "second run differs"
    );
    let html = String::from_utf8(bytes).unwrap();
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(html.contains("default-src 'none'"));

    let dom = dump_dom(&chromium, &page);
    let n = files.len();
    // every article, in the header table, with its language
    let articles = section(&dom, "articles");
    for f in &files {
        let o = text_esc(&outlet(f));
        assert!(articles.contains(&o), "article {o} missing from the header");
    }
    assert_eq!(
        articles.matches("<tr><td class=\"num\">").count(),
        n,
        "one row per article"
    );
    // the naming matrix: entity × outlet, one column per article
    let naming = section(&dom, "naming");
    let head = &naming[..naming.find("</thead>").unwrap()];
    assert_eq!(
        head.matches("<th>").count(),
        n + 1,
        "entity column + one per outlet"
    );
    assert!(
        naming.contains("class=\"chip cv"),
        "name chips coloured by convention"
    );
    // the coverage matrix as an SVG heat map, one label per outlet
    let coverage = section(&dom, "coverage");
    assert!(coverage.contains("<svg class=\"heat\""));
    let facts = dom.matches("<tr id=\"fact-").count();
    if facts > 0 {
        // fact × outlet: one filled or empty cell per fact and outlet, one label per outlet
        assert!(coverage.contains("facts by outlet"));
        assert_eq!(coverage.matches("<rect").count(), facts * n);
        assert!(section(&dom, "facts").contains("<td class=\"s\""));
        assert!(section(&dom, "only").contains("Only in"));
    } else {
        assert_eq!(coverage.matches("<rect").count(), n * n);
    }
    for (i, f) in files.iter().enumerate() {
        let label = text_esc(&outlet(f));
        let short: String = label.chars().take(12).collect();
        assert!(
            coverage.contains(&format!("{} {short}", i + 1)) || coverage.contains(&short),
            "coverage axis lacks {label}"
        );
    }
    // cues are visible, with their explanation on hover
    assert!(dom.contains("<sup class=\"cb\" title=\""), "cue badges");
    assert!(section(&dom, "framing").contains("<svg class=\"heat\""));
    // the page's own script ran (the filter box is shown only by it)
    assert!(dom.contains("<div class=\"filter\" id=\"filter\">"));
}

/// Original test text: an article whose body tries to run script when rendered.
const PAYLOAD: &str = " date 2024-05-01 (Tidewater Notes)\n\n\
Harbour council meets after <b id=\"pwned-b\">fire</b>\n\n\
The harbour council met on 1 May to discuss the quay fire that destroyed three boats.\n\n\
A reader sent the text <script>document.title='PWNED';document.body.appendChild(document.createElement('aside')).id='pwned-s'</script> to the council's page.\n\n\
Another sent <img src=x onerror=\"document.body.className='pwned-i'\"> and <svg onload=\"document.title='PWNED'\">.\n\n\
Harbourmaster Elin Marsh said about 40 people had been evacuated on 3 March.\n";

/// What a hostile article must never achieve in the rendered page: its own title, elements,
/// scripts or event handlers.
fn assert_nothing_injected(dom: &str) {
    // the title is the report's, not the payload's
    let title = &dom[dom.find("<title>").unwrap()..dom.find("</title>").unwrap()];
    assert!(title.starts_with("<title>parallax: "), "{title}");
    assert!(!title.contains("PWNED"));
    // no element the payloads would have created, no handler attributes, only our script
    assert!(!dom.contains("<img"), "an <img> made it into the DOM");
    assert!(!dom.contains("<aside"), "the article's script ran");
    assert!(!dom.contains("<b id=\"pwned-b\""));
    assert!(!dom.contains("pwned-i\""), "the onerror handler ran");
    assert!(!dom.contains("<svg onload"));
    assert!(dom.contains("<body>"), "body attributes were changed");
    assert_eq!(
        dom.matches("<script").count(),
        1,
        "only the report's own script"
    );
    // no element anywhere carries an event handler attribute (`onerror=`, `onload=`, …)
    for (i, _) in dom.match_indices('<') {
        let tag = &dom[i..i + dom[i..].find('>').unwrap()];
        if tag.starts_with("<script") || tag.starts_with("<style") {
            continue;
        }
        let handler = tag.split_whitespace().skip(1).any(|a| {
            a.starts_with("on")
                && a.contains('=')
                && a[2..].chars().next().is_some_and(char::is_alphabetic)
        });
        assert!(!handler, "event handler attribute in {tag}");
    }
}

#[test]
fn hostile_articles_inject_nothing_into_the_rendered_page() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let extra = dir.path().join("tidewater-notes.txt");
    std::fs::write(&extra, PAYLOAD).unwrap();
    let mut files: Vec<PathBuf> = ["en-saltmarsh-bulletin.txt", "en-verrin-gazette.txt"]
        .iter()
        .map(|f| root().join("samples/hostile").join(f))
        .collect();
    files.push(extra);
    let page = dir.path().join("hostile.html");
    report(&files, &page);
    let dom = dump_dom(&chromium, &page);

    assert_nothing_injected(&dom);
    // every article is there, and the payload shows as text
    for o in ["Saltmarsh Bulletin", "Verrin Gazette", "Tidewater Notes"] {
        assert!(section(&dom, "articles").contains(o), "{o}");
    }
    assert!(dom.contains("&lt;script&gt;document.title='PWNED'"));
    assert!(dom.contains("&lt;img src=x onerror=\"document.body.className='pwned-i'\"&gt;"));
}

/// Past twelve outlets each fact lists its outlets instead of giving each a column: the list
/// escapes hostile text as the columns do.
#[test]
fn hostile_articles_inject_nothing_into_the_facts_listed_by_outlet() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = ["en-saltmarsh-bulletin.txt", "en-verrin-gazette.txt"]
        .iter()
        .map(|f| root().join("samples/hostile").join(f))
        .collect();
    for k in 0..11 {
        let extra = dir.path().join(format!("tidewater-notes-{k}.txt"));
        std::fs::write(&extra, PAYLOAD).unwrap();
        files.push(extra);
    }
    let page = dir.path().join("hostile-many.html");
    report(&files, &page);
    let dom = dump_dom(&chromium, &page);
    let facts = section(&dom, "facts");
    assert!(
        facts.contains("<td class=\"members\">"),
        "facts listed by outlet"
    );
    assert!(!facts.contains("<td class=\"none\">"));
    assert_nothing_injected(&dom);
    assert!(
        facts.contains("Tidewater Notes"),
        "the payload's outlet reports facts"
    );
    // the copies tell the payload's sentences as facts: shown there, as text
    assert!(
        facts.contains("&lt;script&gt;document.title='PWNED'"),
        "the payload is listed in the facts"
    );
}
