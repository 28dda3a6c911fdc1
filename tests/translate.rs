//! Translation through the binary: the real Apertium APy (when PARALLAX_TEST_APY names one on
//! 127.0.0.1; .ci/run starts it) and stand-in servers for LibreTranslate, DeepL and
//! OpenAI-compatible APIs, all on 127.0.0.1.

#[path = "support/fake_apy.rs"]
mod fake_apy;
#[path = "support/fake_deepl.rs"]
mod fake_deepl;
#[path = "support/fake_libretranslate.rs"]
mod fake_libretranslate;
#[path = "support/fake_openai.rs"]
mod fake_openai;
#[path = "support/pairs.rs"]
mod pairs;
#[path = "support/real_server.rs"]
mod real_server;
#[path = "support/stub_http.rs"]
mod stub_http;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use real_server::real_server;
use serde_json::json;
use stub_http::Reply;

/// The sentences use glossary names (Stepanakert, Nagorno Karabaj, Bakú) and an ordinary word
/// Apertium would mangle if it were a name.
const ES: &str = "Miles de personas abandonaron Stepanakert el 25 de septiembre.\n\n\
Los combates en Nagorno Karabaj duraron menos de 24 horas, según Bakú.\n\n\
Stepanakert quedó casi vacía en una semana.\n";

const EN: &str = "Azerbaijan's army entered Stepanakert on 19 September.\n\n\
The residents of Nagorno-Karabakh left for Armenia.\n";

struct Setup {
    _dir: tempfile::TempDir,
    file: PathBuf,
    cache: PathBuf,
}

fn setup(name: &str, text: &str) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(name);
    std::fs::write(&file, text).unwrap();
    let cache = dir.path().join("cache");
    Setup {
        file,
        cache,
        _dir: dir,
    }
}

fn parallax(cache: &Path) -> Command {
    let mut c = Command::cargo_bin("parallax").unwrap();
    // no settings file but the one a test writes: the platform's is looked for beside the cache
    let home = cache.parent().unwrap_or(cache);
    c.env("PARALLAX_CACHE_DIR", cache)
        .env("XDG_CONFIG_HOME", home)
        .env_remove("PARALLAX_CONFIG")
        .env_remove("DEEPL_API_KEY")
        .env_remove("OPENAI_API_KEY")
        .env_remove("LIBRETRANSLATE_API_KEY");
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(c: &mut Command) -> Run {
    let out = c.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `parallax translate FILE --to TO --backend apertium --no-cache` against the real APy.
fn apy_translate(s: &Setup, url: &str, to: &str, extra: &[&str]) -> Run {
    run(parallax(&s.cache)
        .args([
            "translate",
            "--to",
            to,
            "--backend",
            "apertium",
            "--no-cache",
        ])
        .args(extra)
        .args(["--backend-url", url])
        .arg(&s.file))
}

/// The real APy's address. In CI a missing APy is a failure, not a skip.
fn apy() -> Option<String> {
    real_server("PARALLAX_TEST_APY", "Apertium APy")
}

// ---------------------------------------------------------------- the real engine (APy)

#[test]
fn apertium_es_to_en_keeps_glossary_names_in_english() {
    let Some(url) = apy() else { return };
    let s = setup("es.txt", ES);
    let r = apy_translate(&s, &url, "en", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = r.stdout;
    assert!(out.contains("Nagorno-Karabakh"), "{out}");
    assert!(out.contains("Baku"), "{out}");
    assert_eq!(out.matches("Stepanakert").count(), 2, "{out}");
    assert!(!out.contains("Karabaj") && !out.contains("Bakú"), "{out}");
    // Engine words around the names are English, paragraphs are kept, and the word after a
    // name that starts a sentence is not capitalised.
    assert!(out.contains("September"), "{out}");
    assert_eq!(out.trim().split("\n\n").count(), 3, "{out}");
    assert!(
        out.contains("Stepanakert was") || out.contains("Stepanakert remained"),
        "{out}"
    );
    // No stand-in leaks through.
    for w in ["Ohio", "Utah", "Oslo", "ZXQ"] {
        assert!(!out.contains(w), "{w} in {out}");
    }
}

/// French has no pair into English in Debian, but French–Spanish and Spanish–English do: the
/// translation goes through Spanish (APy's `/translateChain`), says so in a warning, names
/// still come out in English and no Apertium mark (`*unknown`, `#ungenerated`) is left.
#[test]
fn apertium_fr_to_en_goes_through_spanish() {
    let Some(url) = apy() else { return };
    let s = setup(
        "fr.txt",
        "Des milliers de personnes ont quitté Stepanakert le 25 septembre.\n\n\
         Selon Bakou, les combats au Haut-Karabakh ont duré moins de 24 heures à Kirantsville.\n",
    );
    let r = apy_translate(&s, &url, "en", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    if r.stderr.contains("cannot translate fr to en")
        && std::env::var("CI").as_deref() != Ok("true")
    {
        eprintln!("note: this APy has no apertium-fr-es; skipping the pivot test");
        return;
    }
    assert!(
        r.stderr.contains("translated through es (fr→es→en)"),
        "{}",
        r.stderr
    );
    let out = r.stdout;
    assert!(out.contains("thousands of people"), "{out}");
    assert!(out.contains("September"), "{out}");
    assert!(
        out.contains("Baku") && out.contains("Nagorno-Karabakh"),
        "{out}"
    );
    assert!(out.contains("Stepanakert"), "{out}");
    // an unknown word crosses both steps without a mark
    assert!(out.contains(" Kirantsville"), "{out}");
    assert!(!out.contains('*') && !out.contains('#'), "{out}");
    assert_eq!(out.trim().split("\n\n").count(), 2, "{out}");
}

/// A sentence that opens with a common word Apertium also lists as a name ("Miles": "Miles of
/// neighbours") is translated as the common word and keeps its capital; a name that is a common
/// word too stays a name ("Valencia", not "Valency").
#[test]
fn apertium_sentence_initial_common_words_are_translated_and_names_kept() {
    let Some(url) = apy() else { return };
    let s = setup(
        "es.txt",
        "Miles de vecinos huyeron de Agdam.\n\nValencia acoge la cumbre.\n",
    );
    let r = apy_translate(&s, &url, "en", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = r.stdout;
    assert!(out.contains("Thousands of neighbours"), "{out}");
    assert!(
        out.contains("Valencia") && !out.contains("Valency"),
        "{out}"
    );
    assert!(!out.contains("Miles"), "{out}");
}

/// One paragraph a line, names in several Spanish forms: each comes back in the English form
/// of the same shape (ONU → UN, Rusia → Russia, not Russian Federation), and the lines stay.
#[test]
fn apertium_es_to_en_chooses_english_names_of_the_same_shape_and_keeps_lines() {
    let Some(url) = apy() else { return };
    let text = "Miles de personas abandonan Nagorno Karabaj\n\n\
El presidente Ilham Alíev habló en Bakú. Nikol Pashinián pidió ayuda a la ONU.\n\
Los autobuses salieron de Jankendi hacia Goris por el corredor de Lachín.\n\
En Shushá el ejército izó su bandera. Rusia pidió calma.\n\
Samvel Shahramanián firmó el decreto.\n";
    let s = setup("es-lines.txt", text);
    let r = apy_translate(&s, &url, "en", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = r.stdout;
    for name in [
        "Nagorno-Karabakh",
        "Ilham Aliyev",
        "Baku",
        "Nikol Pashinyan",
        "the UN",
        "Khankendi",
        "Lachin corridor",
        "Shusha",
        "Russia ",
        "Samvel Shahramanyan",
    ] {
        assert!(out.contains(name), "{name} missing in {out}");
    }
    for spanish in [
        "Karabaj",
        "Bakú",
        "ONU",
        "Jankendi",
        "Shushá",
        "Shahramanián",
        "Federation",
    ] {
        assert!(!out.contains(spanish), "{spanish} in {out}");
    }
    assert_eq!(out.trim().lines().count(), 6, "{out}");
}

/// Sentences with no name, date or number in common (and few concepts): without translation
/// only the pairs with shared concepts or cognates are found; through Apertium every fact is.
#[test]
fn apertium_compare_translate_to_pairs_more_facts_than_without() {
    let Some(url) = apy() else { return };
    let s = setup(
        "es-pleno.txt",
        "El portavoz calificó la decisión de precipitada y pidió más tiempo.\n\n\
         La oposición abandonó la sala en señal de protesta.\n\n\
         Los comerciantes se quejan de que las ventas han caído a la mitad.\n\n\
         Nadie respondió a las preguntas de los periodistas.\n",
    );
    let en = s.file.with_file_name("en-pleno.txt");
    std::fs::write(
        &en,
        "Nobody answered the reporters' questions.\n\n\
         Shopkeepers complain that sales have fallen by half.\n\n\
         The spokesman called the decision hasty and asked for more time.\n\n\
         The opposition walked out of the chamber in protest.\n",
    )
    .unwrap();
    let pairs = |extra: &[&str]| -> Vec<(u64, u64)> {
        let r = run(parallax(&s.cache)
            .args(["compare", "--format", "json"])
            .args(extra)
            .arg(&s.file)
            .arg(&en));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let mut out = pairs::first_indices(&v["alignments"][0]["pairs"]);
        out.sort();
        out
    };
    let plain = pairs(&[]);
    let translated = pairs(&[
        "--translate-to",
        "en",
        "--backend",
        "apertium",
        "--backend-url",
        &url,
    ]);
    assert_eq!(
        translated,
        [(0, 2), (1, 3), (2, 1), (3, 0)],
        "{translated:?}"
    );
    assert!(
        plain.len() < translated.len(),
        "{plain:?} vs {translated:?}"
    );
    assert!(plain.iter().all(|p| translated.contains(p)), "{plain:?}");
}

#[test]
fn apertium_en_to_es_keeps_names_and_the_possessive() {
    let Some(url) = apy() else { return };
    let s = setup("en.txt", EN);
    let r = apy_translate(&s, &url, "es", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = r.stdout;
    // "Azerbaijan's army": the possessive survives as "de Azerbaiyán".
    assert!(out.contains("de Azerbaiyán"), "{out}");
    assert!(out.contains("Stepanakert"), "{out}");
    assert!(out.contains("Nagorno Karabaj"), "{out}");
    assert!(!out.contains("  "), "double space left: {out}");
}

/// A stand-in Apertium lowers ("or Oslo" came out as "u oslo") is still found and put back:
/// both names of the route survive, and nothing is reported lost.
#[test]
fn apertium_a_lowered_stand_in_still_comes_back() {
    let Some(url) = apy() else { return };
    let s = setup(
        "en.txt",
        "Route\n\nThe White House has named it the Trump Route for International Peace and \
         Prosperity, or TRIPP, and the United States is to hold development rights over it.\n",
    );
    let r = apy_translate(&s, &url, "es", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Ruta Trump, u TRIPP"), "{}", r.stdout);
    assert!(!r.stderr.contains("lost in translation"), "{}", r.stderr);
}

/// Personal names no glossary lists come out as written, in every direction APy offers here
/// (tests/data/translate: "Ana Rosa Castillo" once came out as "Ana Pink Castle", "Jean
/// Boulanger" as "Tejanos Baker"), surnames on their own too, while the words around them are
/// still translated and nothing is lost on the way.
#[test]
fn apertium_personal_names_outside_the_glossary_are_kept() {
    let Some(url) = apy() else { return };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/translate");
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("persons.json")).unwrap()).unwrap();
    let words = [
        ("persons-es.txt", "en", "mayor"),
        ("persons-en.txt", "es", "puente"),
        ("persons-fr.txt", "en", "bridge"),
    ];
    for (file, to, word) in words {
        let s = setup(file, &std::fs::read_to_string(dir.join(file)).unwrap());
        let r = apy_translate(&s, &url, to, &[]);
        if file.ends_with("-fr.txt")
            && r.stderr.contains("cannot translate fr")
            && std::env::var("CI").as_deref() != Ok("true")
        {
            continue; // this APy has no apertium-fr-es
        }
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(!r.stderr.contains("lost in translation"), "{}", r.stderr);
        let mut rest = r.stdout.clone();
        for name in expected[file].as_array().unwrap() {
            let name = name.as_str().unwrap();
            assert!(rest.contains(name), "{name} missing from {}", r.stdout);
            rest = rest.replacen(name, "", 1);
        }
        assert!(r.stdout.contains(word), "{}", r.stdout);
    }
}

/// Each stand-in a glossary or personal name takes on its way through Apertium comes back as
/// itself in both directions, after a title, before a verb and as a possessive: one that the
/// engine translates ("Nevada" → "Snowy") would lose the name it stands for.
#[test]
fn apertium_stand_ins_translate_to_themselves() {
    use parallax::translate::placeholders::{PERSON_NOUNS, PROPER_NOUNS};
    let Some(url) = apy() else { return };
    // the crate's TLS provider, as src/ingest/fetch.rs installs it (plain HTTP needs none, but
    // a client cannot be built without one)
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::blocking::Client::new();
    let translate = |pair: &str, q: &str| -> String {
        let body: serde_json::Value = client
            .post(format!("{url}/translate"))
            .form(&[("langpair", pair), ("q", q), ("markUnknown", "no")])
            .send()
            .unwrap()
            .json()
            .unwrap();
        body["responseData"]["translatedText"]
            .as_str()
            .unwrap()
            .to_string()
    };
    for w in PROPER_NOUNS.iter().chain(PERSON_NOUNS) {
        let es = format!(
            "Lo hará si {w} lo pide. El ministro {w} llama a la calma. El ejército de {w} entró."
        );
        let en = format!(
            "He will do it if {w} asks. Minister {w} promised calm. {w}'s army entered the city."
        );
        for (pair, q) in [("spa|eng", es), ("eng|spa", en)] {
            let out = translate(pair, &q);
            let count = out
                .split(|c: char| !c.is_alphanumeric())
                .filter(|x| x == w)
                .count();
            assert_eq!(count, 3, "{w} ({pair}): {out}");
        }
    }
}

/// A headline has no full stop: sent on the line before the next sentence, Apertium once read
/// the two as one and swapped their names ("…cercano de Ohio⏎de Utah, una ciudad…").
#[test]
fn apertium_a_headline_without_full_stop_keeps_its_names() {
    let Some(url) = apy() else { return };
    let s = setup(
        "en.txt",
        " date 2026-03-02 (Test Gazette)\n\nArmenia says it shot down a drone near Jermuk\n\n\
         Jermuk, a town of about 4,000 people, sits at the end of a single road.\n",
    );
    let r = apy_translate(&s, &url, "es", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("lost in translation"), "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.trim().split("\n\n").collect();
    assert_eq!(lines.len(), 2, "{}", r.stdout);
    assert!(lines[0].contains("Jermuk"), "{}", r.stdout);
    assert!(lines[1].starts_with("Jermuk,"), "{}", r.stdout);
    for w in PLACEHOLDER_WORDS {
        assert!(!r.stdout.contains(w), "{w} in {}", r.stdout);
    }
}

/// Stand-ins that must never show in a translation.
const PLACEHOLDER_WORDS: [&str; 4] = ["Ohio", "Utah", "Jones", "ZXQ"];

#[test]
fn apertium_naming_convention_chooses_the_name() {
    let Some(url) = apy() else { return };
    let s = setup("es.txt", ES);
    let r = apy_translate(&s, &url, "en", &["--naming", "az-official"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Khankendi"), "{}", r.stdout);
    assert!(!r.stdout.contains("Stepanakert"), "{}", r.stdout);
}

#[test]
fn apertium_compare_translate_to_fills_translations_and_keeps_originals() {
    let Some(url) = apy() else { return };
    let s = setup("es.txt", ES);
    let en = s.file.with_file_name("en.txt");
    std::fs::write(
        &en,
        "Thousands of people left Stepanakert on 25 September.\n\n\
         The fighting in Nagorno-Karabakh lasted less than 24 hours, Baku said.\n",
    )
    .unwrap();
    let r = run(parallax(&s.cache)
        .args(["compare", "--format", "json", "--translate-to", "en"])
        .args(["--backend", "apertium", "--backend-url", &url])
        .arg(&s.file)
        .arg(&en));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let text = v.to_string();
    // Originals are in the report; the English sentences were not translated.
    assert!(text.contains("Los combates en Nagorno Karabaj"), "{text}");
    assert!(r.stderr.contains("3 sentences translated"), "{}", r.stderr);
}

// ---------------------------------------------------------------- cache (stand-in APy)

#[test]
fn cached_rerun_sends_no_request_and_no_cache_does() {
    let apy = fake_apy::start();
    let s = setup("es.txt", ES);
    let translate = |extra: &[&str]| {
        run(parallax(&s.cache)
            .args(["translate", "--to", "en", "--backend", "apertium"])
            .args(["--backend-url", &apy.url])
            .args(extra)
            .arg(&s.file))
    };
    let first = translate(&[]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    // the stand-in echoes what it was sent, with the common first word lowered for Apertium
    assert!(
        first
            .stdout
            .contains("EN miles de personas abandonaron Stepanakert"),
        "{}",
        first.stdout
    );
    let sent = apy.count("/translate");
    assert_eq!(sent, 1, "three sentences go in one request");
    assert!(std::fs::read_dir(&s.cache).unwrap().count() > 0);

    let second = translate(&[]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert_eq!(second.stdout, first.stdout);
    assert_eq!(
        apy.count("/translate"),
        sent,
        "a cached rerun sends no request"
    );
    assert!(
        second.stderr.contains("3 from the cache, 0 requests"),
        "{}",
        second.stderr
    );

    let third = translate(&["--no-cache"]);
    assert_eq!(third.code, 0);
    assert_eq!(apy.count("/translate"), sent + 1);
}

#[test]
fn compare_without_backend_is_offline_and_translate_to_needs_one() {
    let s = setup("es.txt", ES);
    let r = run(parallax(&s.cache)
        .args(["compare", "--translate-to", "en"])
        .arg(&s.file));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--backend"), "{}", r.stderr);
    let r = run(parallax(&s.cache)
        .args(["translate", "--to", "en"])
        .arg(&s.file));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--backend"), "{}", r.stderr);
}

#[test]
fn a_language_the_backend_lacks_falls_back_with_a_warning() {
    let apy = fake_apy::start();
    let s = setup("es.txt", ES);
    let ru = s.file.with_file_name("ru.txt");
    std::fs::write(&ru, "Тысячи людей покинули Степанакерт 25 сентября.\n").unwrap();
    let r = run(parallax(&s.cache)
        .args(["compare", "--translate-to", "en", "--backend", "apertium"])
        .args(["--backend-url", &apy.url])
        .arg(&s.file)
        .arg(&ru));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("apertium cannot translate ru to en"),
        "{}",
        r.stderr
    );
}

#[test]
fn unreachable_backend_is_a_clear_error() {
    // A port nothing listens on: bind, note it, close.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let s = setup("es.txt", ES);
    let url = format!("http://127.0.0.1:{port}");
    let r = run(parallax(&s.cache)
        .args([
            "translate",
            "--to",
            "en",
            "--backend",
            "apertium",
            "--retries",
            "0",
        ])
        .args(["--backend-url", &url])
        .arg(&s.file));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(&format!("apertium at {url}")),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("cannot connect"), "{}", r.stderr);
}

// ---------------------------------------------------------------- DeepL stand-in

fn deepl(s: &Setup, url: &str, extra: &[&str]) -> Run {
    run(parallax(&s.cache)
        .env("DEEPL_API_KEY", fake_deepl::KEY)
        .args([
            "translate",
            "--to",
            "en",
            "--backend",
            "deepl",
            "--no-cache",
        ])
        .args(["--backend-url", url])
        .args(extra)
        .arg(&s.file))
}

#[test]
fn deepl_request_shape_auth_and_names() {
    let stub = fake_deepl::start(|_, _| None);
    let s = setup("es.txt", ES);
    let r = deepl(&s, &stub.url, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let reqs = stub.requests_to("/v2/translate");
    assert_eq!(reqs.len(), 1);
    let body = reqs[0].json();
    assert_eq!(body["target_lang"], "EN-GB");
    assert_eq!(body["source_lang"], "ES");
    assert_eq!(body["text"].as_array().unwrap().len(), 3);
    // Names went as opaque tokens, not as text DeepL could respell.
    let sent: Vec<&str> = body["text"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t.as_str())
        .collect();
    assert!(
        sent.contains(&"Los combates en ZXQ0 duraron menos de 24 horas, según ZXQ1."),
        "{sent:?}"
    );
    assert!(
        r.stdout
            .contains("[EN-GB] Los combates en Nagorno-Karabakh"),
        "{}",
        r.stdout
    );
}

#[test]
fn deepl_429_is_retried_then_succeeds() {
    let stub = fake_deepl::start(|req, n| {
        (req.path() == "/v2/translate" && n < 2)
            .then(|| Reply::json(429, json!({"message": "Too many requests"})))
    });
    let s = setup("es.txt", ES);
    let r = deepl(&s, &stub.url, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(stub.count("/v2/translate"), 3);
}

#[test]
fn deepl_456_is_final_and_the_key_never_shows() {
    let stub = fake_deepl::start(|req, _| {
        (req.path() == "/v2/translate").then(|| {
            // A server that echoes the key must not get it into our messages.
            Reply::json(
                456,
                json!({"message": format!("Quota exceeded for {}", fake_deepl::KEY)}),
            )
        })
    });
    let s = setup("es.txt", ES);
    let r = deepl(&s, &stub.url, &[]);
    assert_eq!(r.code, 2);
    assert_eq!(stub.count("/v2/translate"), 1, "456 is not retried");
    assert!(r.stderr.contains("deepl at"), "{}", r.stderr);
    assert!(
        r.stderr.contains("456") && r.stderr.contains("quota"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains(fake_deepl::KEY), "{}", r.stderr);
}

#[test]
fn deepl_500_is_retried_then_fails_clearly() {
    let stub = fake_deepl::start(|req, _| {
        (req.path() == "/v2/translate").then(|| Reply::json(500, json!({"message": "boom"})))
    });
    let s = setup("es.txt", ES);
    let r = deepl(&s, &stub.url, &["--retries", "2"]);
    assert_eq!(r.code, 2);
    assert_eq!(stub.count("/v2/translate"), 3);
    assert!(r.stderr.contains("HTTP 500"), "{}", r.stderr);
    assert!(r.stderr.contains("try again later"), "{}", r.stderr);
}

#[test]
fn deepl_slow_answer_times_out() {
    let stub = fake_deepl::start(|req, _| {
        (req.path() == "/v2/translate").then(|| {
            Reply::json(200, json!({"translations": []})).slow(std::time::Duration::from_secs(5))
        })
    });
    let s = setup("es.txt", ES);
    let started = std::time::Instant::now();
    let r = deepl(&s, &stub.url, &["--timeout", "0.5", "--retries", "1"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("no answer within the timeout"),
        "{}",
        r.stderr
    );
    assert_eq!(stub.count("/v2/translate"), 2, "a timeout is retried");
    assert!(started.elapsed().as_secs() < 5);
}

#[test]
fn deepl_without_a_key_says_which_variable() {
    let s = setup("es.txt", ES);
    let r = run(parallax(&s.cache)
        .args(["translate", "--to", "en", "--backend", "deepl"])
        .args(["--backend-url", "http://127.0.0.1:9"])
        .arg(&s.file));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("DEEPL_API_KEY"), "{}", r.stderr);
}

// ---------------------------------------------------------------- LibreTranslate stand-in

#[test]
fn libretranslate_request_shape_key_and_429() {
    let stub = fake_libretranslate::start(|req, n| {
        (req.path() == "/translate" && n == 0)
            .then(|| Reply::json(429, json!({"error": "Slowdown"})))
    });
    let s = setup("es.txt", ES);
    let r = run(parallax(&s.cache)
        .env("LIBRETRANSLATE_API_KEY", fake_libretranslate::KEY)
        .args(["translate", "--to", "en", "--backend", "libretranslate"])
        .args(["--backend-url", &stub.url])
        .arg(&s.file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let req = stub.requests_to("/translate").pop().unwrap();
    let body = req.json();
    assert_eq!(body["source"], "es");
    assert_eq!(body["target"], "en");
    assert_eq!(body["q"].as_array().unwrap().len(), 3);
    assert_eq!(stub.count("/translate"), 2);
    assert!(
        r.stdout
            .contains("en: Miles de personas abandonaron Stepanakert"),
        "{}",
        r.stdout
    );
}

#[test]
fn libretranslate_wrong_key_is_final_and_hidden() {
    let stub = fake_libretranslate::start(|_, _| None);
    let s = setup("es.txt", ES);
    let r = run(parallax(&s.cache)
        .env("LIBRETRANSLATE_API_KEY", "not-the-key-4242")
        .args(["translate", "--to", "en", "--backend", "libretranslate"])
        .args(["--backend-url", &stub.url])
        .arg(&s.file));
    assert_eq!(r.code, 2);
    assert_eq!(stub.count("/translate"), 1);
    assert!(r.stderr.contains("LIBRETRANSLATE_API_KEY"), "{}", r.stderr);
    assert!(!r.stderr.contains("not-the-key-4242"), "{}", r.stderr);
}

// ---------------------------------------------------------------- OpenAI-compatible stand-in

fn openai(s: &Setup, url: &str) -> Run {
    run(parallax(&s.cache)
        .env("OPENAI_API_KEY", fake_openai::KEY)
        .args([
            "translate",
            "--to",
            "en",
            "--backend",
            "openai",
            "--model",
            "test-model",
        ])
        .args(["--no-cache", "--backend-url", url])
        .arg(&s.file))
}

#[test]
fn openai_request_shape_and_checked_output() {
    let stub = fake_openai::start(|_, _| None);
    let s = setup("es.txt", ES);
    let r = openai(&s, &stub.url);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let req = &stub.requests()[0];
    assert_eq!(
        req.header("authorization"),
        Some(&*format!("Bearer {}", fake_openai::KEY))
    );
    let body = req.json();
    assert_eq!(body["model"], "test-model");
    assert_eq!(body["response_format"]["type"], "json_schema");
    assert!(
        body["messages"][0]["content"]
            .as_str()
            .unwrap()
            .contains("ZXQ0")
    );
    // The stand-in upper-cases; names come back in their glossary form, not upper-cased.
    assert!(
        r.stdout.contains("LOS COMBATES EN Nagorno-Karabakh"),
        "{}",
        r.stdout
    );
}

#[test]
fn openai_malformed_output_is_refused() {
    let stub =
        fake_openai::start(|_, _| Some(fake_openai::completion("Here is your translation!")));
    let s = setup("es.txt", ES);
    let r = openai(&s, &stub.url);
    assert_eq!(r.code, 2);
    assert_eq!(
        stub.count("/v1/chat/completions"),
        2,
        "asked once more, then refused"
    );
    assert!(
        r.stderr.contains("does not follow the schema"),
        "{}",
        r.stderr
    );
}

#[test]
fn openai_dropped_name_token_is_refused() {
    let stub = fake_openai::start(|_, _| {
        Some(fake_openai::completion(
            &json!({"translations": ["a", "b", "c"]}).to_string(),
        ))
    });
    let s = setup("es.txt", ES);
    let r = openai(&s, &stub.url);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("dropped the name token"), "{}", r.stderr);
}

// ---------------------------------------------------------------- settings file

/// Write a settings file in the test's directory with mode `mode`; return its path.
fn settings_file(s: &Setup, name: &str, text: &str, mode: u32) -> PathBuf {
    let path = s.cache.parent().unwrap().join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    #[cfg(not(unix))]
    let _ = mode;
    path
}

#[test]
fn settings_file_gives_backend_address_key_and_defaults() {
    let stub = fake_deepl::start(|_, _| None);
    let s = setup("es.txt", ES);
    let config = settings_file(
        &s,
        "settings.toml",
        &format!(
            "[translate]\nbackend = \"deepl\"\nretries = 0\n\n[backends.deepl]\nkey = \"{}\"\nurl = \"{}\"\n",
            fake_deepl::KEY,
            stub.url
        ),
        0o600,
    );
    // no --backend, no --backend-url, no key in the environment: all from the file
    let r = run(parallax(&s.cache)
        .args(["translate", "--to", "en", "--no-cache", "--config"])
        .arg(&config)
        .arg(&s.file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("[EN-GB]"), "{}", r.stdout);
    assert!(
        !r.stderr.contains("other users can read it"),
        "{}",
        r.stderr
    );
    // the environment's key wins over the file's (the stand-in refuses it: 403, no retry)
    let r = run(parallax(&s.cache)
        .env("DEEPL_API_KEY", "another-key")
        .env("PARALLAX_CONFIG", &config)
        .args(["translate", "--to", "en", "--no-cache"])
        .arg(&s.file));
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("403"), "{}", r.stderr);
    assert!(!r.stderr.contains(fake_deepl::KEY), "{}", r.stderr);
    // a flag wins over the file: --backend-url to a closed port fails
    let r = run(parallax(&s.cache)
        .args(["translate", "--to", "en", "--no-cache", "--config"])
        .arg(&config)
        .args(["--backend-url", "http://127.0.0.1:9"])
        .arg(&s.file));
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("127.0.0.1:9"), "{}", r.stderr);
}

/// The platform's configuration directory is `$XDG_CONFIG_HOME` on Linux only.
#[test]
#[cfg_attr(not(target_os = "linux"), ignore)]
fn the_platform_settings_file_is_found_and_a_readable_key_is_warned_about() {
    let stub = fake_deepl::start(|_, _| None);
    let s = setup("es.txt", ES);
    // XDG_CONFIG_HOME is the test's directory (see `parallax`)
    let text = format!(
        "[translate]\nbackend = \"deepl\"\n[backends.deepl]\nkey = \"{}\"\nurl = \"{}\"\n",
        fake_deepl::KEY,
        stub.url
    );
    let path = settings_file(&s, "parallax/config.toml", &text, 0o644);
    let r = run(parallax(&s.cache)
        .args(["translate", "--to", "en", "--no-cache"])
        .arg(&s.file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("[EN-GB]"), "{}", r.stdout);
    if cfg!(unix) {
        assert!(
            r.stderr
                .contains("holds API keys and other users can read it")
                && r.stderr.contains("chmod 600"),
            "{}",
            r.stderr
        );
    }
    assert!(!r.stderr.contains(fake_deepl::KEY), "{}", r.stderr);
    settings_file(&s, "parallax/config.toml", &text, 0o600);
    let r = run(parallax(&s.cache)
        .args(["translate", "--to", "en", "--no-cache"])
        .arg(&s.file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("other users"), "{}", r.stderr);
    assert!(path.is_file());
}

#[test]
fn a_bad_settings_file_is_named_with_its_line_and_never_read_offline() {
    let s = setup("es.txt", ES);
    let config = settings_file(
        &s,
        "settings.toml",
        "[backends.deepl]\nkey = \"secret-in-the-file\"\ntimout = 3\n",
        0o600,
    );
    let r = run(parallax(&s.cache)
        .args(["translate", "--to", "en", "--backend", "deepl", "--config"])
        .arg(&config)
        .arg(&s.file));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(&format!("{}:3:1:", config.display())),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("timout"), "{}", r.stderr);
    assert!(!r.stderr.contains("secret-in-the-file"), "{}", r.stderr);
    // a missing file named on the command line is an error too
    let r = run(parallax(&s.cache)
        .args(["translate", "--to", "en", "--backend", "apertium"])
        .args(["--config", "/nonexistent/parallax.toml"])
        .arg(&s.file));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("cannot read the settings file /nonexistent/parallax.toml"),
        "{}",
        r.stderr
    );
    // compare without --translate-to does not touch it
    let r = run(parallax(&s.cache)
        .env("PARALLAX_CONFIG", &config)
        .args(["compare", "--format", "json"])
        .arg(&s.file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    // with no backend anywhere, translation says where to name one
    let r = run(parallax(&s.cache)
        .args(["translate", "--to", "en"])
        .arg(&s.file));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("--backend") && r.stderr.contains("[translate]"),
        "{}",
        r.stderr
    );
}

#[test]
fn compare_does_not_pay_to_translate_page_furniture() {
    let stub = fake_deepl::start(|_, _| None);
    let s = setup("es.txt", ES);
    // the same article with a "Lea también" line and a photo caption
    let furnished = s.file.with_file_name("es-furnished.txt");
    std::fs::write(
        &furnished,
        format!("{ES}\nLea también: las conversaciones de Bruselas\n\nFoto: un convoy en la carretera.\n"),
    )
    .unwrap();
    let en = s.file.with_file_name("en.txt");
    std::fs::write(&en, EN).unwrap();
    let r = run(parallax(&s.cache)
        .env("DEEPL_API_KEY", fake_deepl::KEY)
        .args(["compare", "--format", "json", "--no-cache"])
        .args([
            "--translate-to",
            "en",
            "--backend",
            "deepl",
            "--backend-url",
            &stub.url,
        ])
        .arg(&furnished)
        .arg(&en));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sent: Vec<String> = stub
        .requests_to("/v2/translate")
        .into_iter()
        .flat_map(|q| {
            q.json()["text"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t.as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(sent.len(), 3, "the three sentences of news only: {sent:?}");
    assert!(
        !sent
            .iter()
            .any(|t| t.contains("Lea también") || t.contains("Foto"))
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let furniture: Vec<&serde_json::Value> = v["articles"][0]["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["boilerplate"] == true)
        .collect();
    assert_eq!(furniture.len(), 2, "{}", v["articles"][0]);
    assert!(furniture.iter().all(|x| x.get("translation").is_none()));
}

/// A translation server that keeps answering 429: `compare --translate-to` still writes its
/// report, the Spanish sentences aligned by names, dates and numbers as without translation, with a
/// warning naming the language and the failure, and exit code 2.
#[test]
fn compare_falls_back_to_anchors_when_translation_fails() {
    let stub = fake_deepl::start(|req, _| {
        (req.path() == "/v2/translate")
            .then(|| Reply::json(429, json!({"message": "Too many requests"})))
    });
    let s = setup("es.txt", ES);
    let en = s.file.with_file_name("en.txt");
    std::fs::write(&en, EN).unwrap();
    let translated = run(parallax(&s.cache)
        .env("DEEPL_API_KEY", fake_deepl::KEY)
        .args([
            "compare",
            "--format",
            "json",
            "--no-cache",
            "--retries",
            "1",
        ])
        .args(["--translate-to", "en", "--backend", "deepl"])
        .args(["--backend-url", &stub.url])
        .arg(&s.file)
        .arg(&en));
    assert_eq!(translated.code, 2, "{}", translated.stderr);
    assert!(
        translated.stderr.contains("translating es to en failed")
            && translated.stderr.contains("429")
            && translated.stderr.contains("aligned without translation"),
        "{}",
        translated.stderr
    );
    assert!(stub.count("/v2/translate") >= 2, "retried before giving up");
    let plain = run(parallax(&s.cache)
        .args(["compare", "--format", "json"])
        .arg(&s.file)
        .arg(&en));
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    let (t, p): (serde_json::Value, serde_json::Value) = (
        serde_json::from_str(&translated.stdout).unwrap(),
        serde_json::from_str(&plain.stdout).unwrap(),
    );
    assert!(!p["alignments"][0]["pairs"].as_array().unwrap().is_empty());
    assert_eq!(
        t["alignments"], p["alignments"],
        "aligned as without translation"
    );
    assert!(
        t["articles"][0]["sentences"][0]
            .get("translation")
            .is_none()
    );
}

// ---------------------------------------------------------------- empty or garbled answers

/// The sentence of [`ES`] the stand-ins below answer badly, as `translate` writes it.
const BAD_ES: &str = "Stepanakert quedó casi vacía en una semana.";

/// A LibreTranslate stand-in that answers "" for [`BAD_ES`] (its name hidden as `ZXQ0`) in
/// the first `broken` requests to `/translate`, and translates the rest as usual.
fn libretranslate_empty_for_one(broken: usize) -> stub_http::Stub {
    fake_libretranslate::start(move |req, n| {
        (req.path() == "/translate" && n < broken).then(|| {
            let body = req.json();
            let out: Vec<String> = body["q"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t.as_str().unwrap())
                .map(|t| {
                    if t.contains("vacía") {
                        String::new()
                    } else {
                        format!("en: {t}")
                    }
                })
                .collect();
            Reply::json(200, json!({"translatedText": out}))
        })
    })
}

/// The texts of every request to `/translate` of a LibreTranslate stand-in.
fn libretranslate_sent(stub: &stub_http::Stub) -> Vec<Vec<String>> {
    stub.requests_to("/translate")
        .into_iter()
        .map(|r| {
            r.json()["q"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t.as_str().unwrap().to_string())
                .collect()
        })
        .collect()
}

/// A backend that answers one sentence of a batch with nothing: `translate` writes the others'
/// translations and that sentence as it stands, marked, warns once naming the article, the
/// backend and the count, exits with 2, and does not cache the empty answer: the rerun sends
/// that sentence (and only it) again, and with a working backend exits with 0.
#[test]
fn an_empty_answer_is_marked_untranslated_not_cached_and_retried() {
    let stub = libretranslate_empty_for_one(1);
    let s = setup("es.txt", ES);
    let translate = || {
        run(parallax(&s.cache)
            .env("LIBRETRANSLATE_API_KEY", fake_libretranslate::KEY)
            .args(["translate", "--to", "en", "--backend", "libretranslate"])
            .args(["--backend-url", &stub.url])
            .arg(&s.file))
    };
    let first = translate();
    assert_eq!(first.code, 2, "{}", first.stderr);
    assert!(
        first
            .stdout
            .contains("en: Miles de personas abandonaron Stepanakert")
            && first
                .stdout
                .contains("en: Los combates en Nagorno-Karabakh"),
        "the good sentences are translated: {}",
        first.stdout
    );
    assert!(
        first.stdout.contains(&format!("[untranslated: {BAD_ES}]")),
        "{}",
        first.stdout
    );
    assert!(!first.stdout.contains("en: Stepanakert quedó"));
    let warnings: Vec<&str> = first
        .stderr
        .lines()
        .filter(|l| l.contains("with an empty or garbled text"))
        .collect();
    assert_eq!(warnings.len(), 1, "one warning: {}", first.stderr);
    for part in [
        "es.txt: libretranslate answered 1 of the 3 sentences sent",
        "(1 empty)",
        "marked [untranslated: …]",
        "Check the backend's model or engine",
        "run again to retry them (they were not cached)",
    ] {
        assert!(warnings[0].contains(part), "{part}: {}", first.stderr);
    }
    assert!(
        first.stderr.contains("2 sentences translated") && first.stderr.contains("1 failed"),
        "{}",
        first.stderr
    );

    let second = translate();
    assert_eq!(second.code, 0, "{}", second.stderr);
    let sent = libretranslate_sent(&stub);
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(
        sent[1],
        ["ZXQ0 quedó casi vacía en una semana."],
        "only the failed sentence is asked again"
    );
    assert!(
        second.stdout.contains("en: Stepanakert quedó casi vacía"),
        "{}",
        second.stdout
    );
    assert!(!second.stdout.contains("untranslated"), "{}", second.stdout);
    assert!(
        !second.stderr.contains("empty or garbled"),
        "{}",
        second.stderr
    );
}

/// `compare --translate-to` with a backend that answers one sentence with nothing: that
/// sentence keeps no translation (aligned by names, dates and numbers, as for a failed
/// language), the others keep theirs, one warning names the article, and the exit code is 2.
#[test]
fn compare_aligns_a_sentence_answered_empty_by_anchors() {
    let stub = libretranslate_empty_for_one(usize::MAX);
    let s = setup("es.txt", ES);
    let en = s.file.with_file_name("en.txt");
    std::fs::write(&en, EN).unwrap();
    let r = run(parallax(&s.cache)
        .env("LIBRETRANSLATE_API_KEY", fake_libretranslate::KEY)
        .args(["compare", "--format", "json", "--translate-to", "en"])
        .args(["--backend", "libretranslate", "--backend-url", &stub.url])
        .arg(&s.file)
        .arg(&en));
    assert_eq!(r.code, 2, "{}", r.stderr);
    let warnings: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.contains("with an empty or garbled text"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", r.stderr);
    assert!(
        warnings[0].contains("es.txt: libretranslate answered 1 of the 3 sentences sent")
            && warnings[0]
                .contains("aligned without translation, on names, dates, numbers and concepts"),
        "{}",
        r.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let es = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["source"].as_str().unwrap().ends_with("es.txt"))
        .unwrap();
    for sentence in es["sentences"].as_array().unwrap() {
        let translated = sentence.get("translation").is_some();
        let bad = sentence["text"].as_str().unwrap() == BAD_ES;
        assert_eq!(translated, !bad, "{sentence}");
    }
    // run again: the empty answer was not cached, so the sentence is asked for again
    let again = run(parallax(&s.cache)
        .env("LIBRETRANSLATE_API_KEY", fake_libretranslate::KEY)
        .args(["compare", "--format", "json", "--translate-to", "en"])
        .args(["--backend", "libretranslate", "--backend-url", &stub.url])
        .arg(&s.file)
        .arg(&en));
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert_eq!(
        libretranslate_sent(&stub).last().unwrap(),
        &["ZXQ0 quedó casi vacía en una semana."]
    );
}

/// An OpenAI-compatible model that rambles about one sentence (keeping its name token, so the
/// backend's own check lets it through) instead of translating it: the ramble is not taken as
/// the translation, not cached, and asked for again on the next run.
#[test]
fn openai_rambling_answer_is_not_taken_as_a_translation() {
    let stub = fake_openai::start(|req, n| {
        (n == 0).then(|| {
            let body = req.json();
            let user = body["messages"][1]["content"].as_str().unwrap();
            let sentences: Vec<String> = serde_json::from_str(user).unwrap();
            let out: Vec<String> = sentences
                .iter()
                .map(|t| {
                    if t.contains("vacía") {
                        format!(
                            "Sure! Here is my translation of \"{t}\": {}. Note that the word \
                             \"vacía\" can mean \"empty\" or \"emptied\", and \"casi\" may be \
                             rendered as \"almost\" or \"nearly\"; without more context I cannot \
                             tell which the author meant, so here are a few alternatives you may \
                             prefer, depending on the register of your text and its readers.",
                            t.to_uppercase()
                        )
                    } else {
                        t.to_uppercase()
                    }
                })
                .collect();
            fake_openai::completion(&json!({ "translations": out }).to_string())
        })
    });
    let s = setup("es.txt", ES);
    let translate = || {
        run(parallax(&s.cache)
            .env("OPENAI_API_KEY", fake_openai::KEY)
            .args(["translate", "--to", "en", "--backend", "openai"])
            .args(["--model", "test-model", "--backend-url", &stub.url])
            .arg(&s.file))
    };
    let first = translate();
    assert_eq!(first.code, 2, "{}", first.stderr);
    assert!(
        first.stdout.contains("LOS COMBATES EN Nagorno-Karabakh"),
        "{}",
        first.stdout
    );
    assert!(
        first.stdout.contains(&format!("[untranslated: {BAD_ES}]")),
        "{}",
        first.stdout
    );
    assert!(!first.stdout.contains("Sure!"), "{}", first.stdout);
    assert!(
        first.stderr.contains(
            "es.txt: openai answered 1 of the 3 sentences sent with an empty or garbled text \
             (1 far longer than the sentence)"
        ),
        "{}",
        first.stderr
    );
    let second = translate();
    assert_eq!(second.code, 0, "{}", second.stderr);
    let reqs = stub.requests();
    assert_eq!(reqs.len(), 2);
    let asked: Vec<String> =
        serde_json::from_str(reqs[1].json()["messages"][1]["content"].as_str().unwrap()).unwrap();
    assert_eq!(asked, ["ZXQ0 quedó casi vacía en una semana."]);
    assert!(
        second.stdout.contains("Stepanakert QUEDÓ CASI VACÍA"),
        "{}",
        second.stdout
    );
    assert!(!second.stdout.contains("untranslated"), "{}", second.stdout);
}
