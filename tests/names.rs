//! Integration tests of `parallax names` and `parallax glossary` through the real binary: the gold
//! set (tests/data/names/gold.jsonl, original sentences) with recall and precision thresholds,
//! suggestions for unknown spellings, house style and `--strict`, bad glossaries and user
//! glossaries that extend an entity.

use std::collections::HashMap;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn parallax() -> Command {
    let mut c = Command::cargo_bin("parallax").unwrap();
    c.env_remove("NO_COLOR").env("COLUMNS", "100");
    c
}

fn data(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/names")
        .join(rel)
}

fn names_json(cmd: &mut Command) -> Value {
    let out = cmd.output().unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Errors `names` is known to make on our own data, each with its cause
/// (tests/data/names/known-failures.jsonl, of one `set`: "gold" or "unrelated"). The two tests
/// below fail on any error not listed there: a known gap stays visible in one file, a new one
/// fails. The raw figures against the issue's targets are printed by bench/names_eval.py.
fn known_failures(set: &str) -> Vec<Value> {
    std::fs::read_to_string(data("known-failures.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|k| k["set"] == set)
        .collect()
}

fn str_of(v: &Value) -> String {
    v.as_str().unwrap().to_string()
}

#[test]
fn gold_set_recall_and_precision() {
    let gold: Vec<Value> = std::fs::read_to_string(data("gold.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("gold-input.jsonl");
    let lines: Vec<String> = gold
        .iter()
        .enumerate()
        .map(|(i, g)| serde_json::json!({"id": format!("g{i:04}"), "text": g["text"]}).to_string())
        .collect();
    std::fs::write(&corpus, lines.join("\n")).unwrap();
    let v = names_json(
        parallax()
            .args(["names", "--format", "json", "--offline"])
            .arg(&corpus),
    );
    let mut predicted: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for m in v["mentions"].as_array().unwrap() {
        predicted
            .entry(m["article"].as_str().unwrap().to_string())
            .or_default()
            .push((
                m["surface"].as_str().unwrap().to_string(),
                m["entity"].as_str().unwrap().to_string(),
            ));
    }
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut langs = std::collections::BTreeSet::new();
    // (text, surface, entity, "false-positive" | "miss")
    let mut errors: Vec<(String, String, String, String)> = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        langs.insert(g["lang"].as_str().unwrap().to_string());
        let mut want: Vec<(String, String)> = g["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                (
                    m["surface"].as_str().unwrap().to_string(),
                    m["entity"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        for p in predicted.remove(&format!("g{i:04}")).unwrap_or_default() {
            if let Some(k) = want.iter().position(|w| *w == p) {
                want.swap_remove(k);
                tp += 1;
            } else {
                fp += 1;
                errors.push((str_of(&g["text"]), p.0, p.1, "false-positive".into()));
            }
        }
        fn_ += want.len();
        errors.extend(
            want.into_iter()
                .map(|(s, e)| (str_of(&g["text"]), s, e, "miss".into())),
        );
    }
    assert!(tp + fn_ >= 300, "gold set too small: {}", tp + fn_);
    assert!(langs.len() >= 8, "{langs:?}");
    let recall = tp as f64 / (tp + fn_) as f64;
    let precision = tp as f64 / (tp + fp) as f64;
    let mut known: Vec<(String, String, String, String)> = known_failures("gold")
        .iter()
        .map(|k| {
            let f = |x: &str| str_of(&k[x]);
            (f("text"), f("surface"), f("entity"), f("error"))
        })
        .collect();
    let unexpected: Vec<String> = errors
        .into_iter()
        .filter(|e| match known.iter().position(|k| k == e) {
            Some(i) => {
                known.swap_remove(i);
                false
            }
            None => true,
        })
        .map(|(t, s, e, kind)| format!("{kind} {s:?} → {e} in {t}"))
        .collect();
    // The issue asks for recall ≥ 0.95 and precision ≥ 0.98; beyond the known errors (a
    // distractor such as Azerbaijani "Qazax dili", the Kazakh language) none is allowed.
    assert!(
        recall >= 0.95 && precision >= 0.98 && unexpected.is_empty(),
        "recall {recall:.3}, precision {precision:.3}; errors not in known-failures.jsonl:\n{}",
        unexpected.join("\n")
    );
}

#[test]
fn unrelated_news_has_no_false_positives_beyond_the_known_ones() {
    // unrelated/, and unrelated-heldout/ and unrelated-heldout-2/ (written blind, after the
    // matcher's rules were set; the second also names countries and organisations, which are
    // true mentions and listed as such in known-failures.jsonl with `"error": "true-mention"`)
    let mut files: Vec<_> = ["unrelated", "unrelated-heldout", "unrelated-heldout-2"]
        .iter()
        .flat_map(|d| std::fs::read_dir(data(d)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let v = names_json(parallax().args(["names", "--format", "json"]).args(&files));
    let mut known: HashMap<(String, String, String), u64> = HashMap::new();
    let mut true_mentions: HashMap<(String, String, String), u64> = HashMap::new();
    for k in known_failures("unrelated") {
        let key = (
            str_of(&k["article"]),
            str_of(&k["surface"]),
            str_of(&k["entity"]),
        );
        let into = if k["error"] == "true-mention" {
            &mut true_mentions
        } else {
            &mut known
        };
        into.insert(key, k["count"].as_u64().unwrap());
    }
    let mentions = v["mentions"].as_array().unwrap();
    let mut unexpected = Vec::new();
    let mut false_positives = 0;
    for m in mentions {
        let article = str_of(&m["article"]);
        let file = Path::new(&article).file_name().unwrap().to_string_lossy();
        let key = (
            file.to_string(),
            str_of(&m["surface"]),
            str_of(&m["entity"]),
        );
        if let Some(n) = true_mentions.get_mut(&key).filter(|n| **n > 0) {
            *n -= 1;
            continue;
        }
        false_positives += 1;
        match known.get_mut(&key) {
            Some(n) if *n > 0 => *n -= 1,
            _ => unexpected.push(format!("{}: {} → {}", key.0, key.1, key.2)),
        }
    }
    // The issue's target: ≤ 1 false positive per 10,000 tokens (bench/names_eval.py prints the
    // rate); and none beyond the known ones.
    let tokens: usize = files
        .iter()
        .map(|f| {
            std::fs::read_to_string(f)
                .unwrap()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .count()
        })
        .sum();
    assert!(tokens > 10_000, "{tokens} tokens");
    assert!(
        false_positives as f64 * 10_000.0 / tokens as f64 <= 1.0,
        "{false_positives} false positives in {tokens} tokens of unrelated news: {mentions:?}"
    );
    assert!(
        unexpected.is_empty(),
        "{false_positives} false positives in unrelated news; not in known-failures.jsonl: \
         {unexpected:?}"
    );
}

/// The issue's acceptance check, on seven articles written blind (tests/data/names/heldout/:
/// ru az tr hy es fr de, inflected and misspelt names): at least 90% of the mentions found under
/// the right entity (misspellings through a suggestion), no mention given to a wrong entity
/// beyond one, and every article that names one place two ways flagged by `--strict`.
#[test]
fn heldout_articles_are_found_grouped_and_flagged() {
    let dir = data("heldout");
    let gold: Vec<Value> = std::fs::read_to_string(dir.join("gold.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut files: Vec<String> = gold.iter().map(|g| str_of(&g["file"])).collect();
    files.sort();
    files.dedup();
    assert!(files.len() >= 7, "{files:?}");
    let paths: Vec<_> = files.iter().map(|f| dir.join(f)).collect();
    let v = names_json(parallax().args(["names", "--format", "json"]).args(&paths));
    let (mut tp, mut fp, mut total) = (0, 0, 0);
    for f in &files {
        let stem = f.trim_end_matches(".txt");
        let mut want: HashMap<(String, String), usize> = HashMap::new();
        for g in gold.iter().filter(|g| g["file"] == f.as_str()) {
            *want
                .entry((str_of(&g["surface"]), str_of(&g["entity"])))
                .or_default() += 1;
            total += 1;
        }
        for m in v["mentions"].as_array().unwrap() {
            if !str_of(&m["article"]).ends_with(stem) {
                continue;
            }
            match want.get_mut(&(str_of(&m["surface"]), str_of(&m["entity"]))) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    tp += 1
                }
                _ => fp += 1,
            }
        }
    }
    let recall = tp as f64 / total as f64;
    assert!(recall >= 0.90, "recall {recall:.3} ({tp} of {total})");
    assert!(fp <= 1, "{fp} mentions not in the gold");
    // the articles with two names of one place (Степанакерт/Ханкенди, Shusha/Shushi…)
    let flagged: Vec<String> = v["inconsistencies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| str_of(&i["article"]))
        .collect();
    for stem in [
        "ru-blockade",
        "tr-nakhchivan",
        "de-border",
        "es-ceasefire",
        "fr-shusha",
    ] {
        assert!(
            flagged.iter().any(|a| a.ends_with(stem)),
            "{stem}: {flagged:?}"
        );
    }
    parallax()
        .args(["names", "--strict"])
        .arg(dir.join("fr-shusha.txt"))
        .assert()
        .code(1);
}

#[test]
fn unknown_spelling_gets_a_suggestion_and_its_scheme() {
    // "Shakhramanian" is in no glossary: Russian-mediated kh plus a simplified ending.
    let v = names_json(
        parallax()
            .args(["names", "-", "--format", "json"])
            .write_stdin(
                "Samvel Shakhramanian signed the decree. Buses left Stepanavan and Gori on time.",
            ),
    );
    let ms = v["mentions"].as_array().unwrap();
    assert_eq!(ms.len(), 1, "{ms:?}");
    let m = &ms[0];
    assert_eq!(m["surface"], "Samvel Shakhramanian");
    assert_eq!(m["status"], "unknown");
    assert_eq!(m["entity"], "samvel-shahramanyan");
    assert_eq!(m["suggestion"], "Samvel Shahramanyan");
    assert_eq!(m["scheme"], "Russian-mediated");
    // and --strict counts it as a finding
    parallax()
        .args(["names", "-", "--strict"])
        .write_stdin("Samvel Shakhramanian signed the decree.")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("write “Samvel Shahramanyan”"));
}

const STYLE: &str = "[[prefer]]\nentity = \"khankendi-stepanakert\"\nlang = \"en\"\nuse = \"Stepanakert\"\nfirst = \"Stepanakert (Khankendi)\"\n";

#[test]
fn house_style_findings_and_strict_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let style = dir.path().join("house.toml");
    std::fs::write(&style, STYLE).unwrap();
    let good = "Buses left Stepanakert (Khankendi) on Monday. By Friday Stepanakert was empty.";
    parallax()
        .args(["names", "-", "--strict", "--style"])
        .arg(&style)
        .write_stdin(good)
        .assert()
        .success();
    let bad = "Buses left Stepanakert on Monday. By Friday Stepanakert was empty.";
    let v = names_json(
        parallax()
            .args(["names", "-", "--format", "json", "--style"])
            .arg(&style)
            .write_stdin(bad),
    );
    let f = v["style_findings"].as_array().unwrap();
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0]["rule"], "first-mention");
    assert_eq!(f[0]["expected"], "Stepanakert (Khankendi)");
    parallax()
        .args(["names", "-", "--strict", "--style"])
        .arg(&style)
        .write_stdin(bad)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("house style"));
    // without --strict the same findings exit 0
    parallax()
        .args(["names", "-", "--style"])
        .arg(&style)
        .write_stdin(bad)
        .assert()
        .success();
    // a style naming an unknown entity is a usage error with file:line:column
    let wrong = dir.path().join("wrong.toml");
    std::fs::write(
        &wrong,
        "# house\n[[prefer]]\nentity = \"atlantis\"\nlang = \"en\"\nuse = \"X\"\n",
    )
    .unwrap();
    parallax()
        .args(["names", "-", "--style"])
        .arg(&wrong)
        .write_stdin(good)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "wrong.toml:2:1: no entity `atlantis`",
        ));
}

#[test]
fn outlet_profile_counts_conventions() {
    let v = names_json(
        parallax()
            .args([
                "names",
                "-",
                "--format",
                "json",
                "--outlet",
                "Harbour Gazette",
            ])
            .write_stdin("Officials in Khankendi met. Khankendi and Shusha were calm."),
    );
    let p = &v["profiles"][0];
    assert_eq!(p["outlet"], "Harbour Gazette");
    let conv: HashMap<String, u64> = p["conventions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["convention"].as_str().unwrap().to_string(),
                c["mentions"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(
        conv.get("az-official").copied().unwrap_or(0) >= 2,
        "{conv:?}"
    );
    assert!(!conv.contains_key("hy"), "{conv:?}");
}

#[test]
fn malformed_glossary_exits_2_with_file_line_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "[glossary]\nid = \"x\"\ntitle = \"x\"\n\n[[entity]]\nid = \"a\"\nkind = \"place\"\ncontested = \"yes\"\nnames = []\n",
    )
    .unwrap();
    for args in [vec!["names", "-", "--glossary"], vec!["glossary", "lint"]] {
        parallax()
            .args(&args)
            .arg(&bad)
            .write_stdin("Baku")
            .assert()
            .code(2)
            .stderr(predicate::str::contains("bad.toml:8:13:"));
    }
}

#[test]
fn user_glossary_reusing_an_id_extends_the_entity() {
    let dir = tempfile::tempdir().unwrap();
    let extra = dir.path().join("extra.toml");
    std::fs::write(
        &extra,
        "[glossary]\nid = \"desk\"\ntitle = \"desk\"\n\n[[entity]]\nid = \"baku\"\nkind = \"place\"\nnames = [\n  { text = \"Bakuu\", lang = \"en\", script = \"Latn\", conventions = [\"desk\"], status = \"misspelling\", source = \"manual\" },\n]\n",
    )
    .unwrap();
    let v = names_json(
        parallax()
            .args(["names", "-", "--format", "json", "--glossary"])
            .arg(&extra)
            .write_stdin("Flights to Bakuu and Baku resumed."),
    );
    let ms = v["mentions"].as_array().unwrap();
    assert_eq!(ms.len(), 2, "{ms:?}");
    assert!(ms.iter().all(|m| m["entity"] == "baku"));
    assert_eq!(ms[0]["status"], "nonstandard");
    assert_eq!(ms[0]["suggestion"], "Baku");
    // `glossary show FILE` shows that file's names
    parallax()
        .args(["glossary", "show", "--entity", "baku"])
        .arg(&extra)
        .assert()
        .success()
        .stdout(predicate::str::contains("Bakuu"));
}

#[test]
fn glossary_show_and_stats() {
    parallax()
        .args(["glossary", "show", "--entity", "shusha-shushi"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Շուշի").and(predicate::str::contains("contested")));
    parallax()
        .args(["glossary", "show", "--entity", "no-such-place"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no entity `no-such-place`"));
    parallax()
        .args(["glossary", "stats"])
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"names: \d{4}").unwrap());
}

/// Three original reports of an invented storm in an invented valley, in three languages and
/// scripts, with an outlet name that TOML must quote.
fn storm_articles(dir: &Path) {
    let articles = [
        (
            "en-valley.txt",
            " date 2026-03-02 (The \"Valley\" Times)\n\nStorm floods Zorakert\n\nA storm flooded Zorakert on Monday, Mayor Aram Tevosyan said. The river Tsaghkajur rose by two metres. Residents of Zorakert spent the night in a school.\n",
        ),
        (
            "ru-dolina.txt",
            " date 2026-03-02 (Долинный вестник)\n\nЛивень затопил Зоракерт\n\nВ понедельник ливень затопил Зоракерт. По словам мэра Арама Тевосяна, река Цахкаджур поднялась на два метра. Жители Зоракерта ночевали в школе.\n",
        ),
        (
            "hy-hovit.txt",
            " date 2026-03-03 (Հովտի լրաբեր)\n\nՋրհեղեղ Զորակերտում\n\nԵրկուշաբթի օրը անձրևը ողողեց Զորակերտը։ Քաղաքապետ Արամ Թևոսյանը ասաց, որ Ծաղկաջուր գետը բարձրացել է երկու մետրով։\n",
        ),
    ];
    for (name, text) in articles {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

#[test]
fn glossary_draft_proposes_the_names_a_new_story_shares_and_loads_as_a_glossary() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story");
    std::fs::create_dir(&story).unwrap();
    storm_articles(&story);
    let draft = dir.path().join("draft.toml");
    parallax()
        .args(["glossary", "draft", "--no-default-glossary", "-o"])
        .arg(&draft)
        .arg(&story)
        .assert()
        .success()
        .stderr(predicate::str::contains("names proposed from 3 articles"));
    let text = std::fs::read_to_string(&draft).unwrap();
    // one entity for the town in all three scripts, in base forms
    let town = text
        .split("[[entity]]")
        .find(|e| e.contains("id = \"zorakert\""))
        .unwrap_or_else(|| panic!("no zorakert in\n{text}"));
    for name in ["\"Zorakert\"", "\"Зоракерт\"", "\"Զորակերտ\""] {
        assert!(town.contains(name), "{name} missing from\n{town}");
    }
    assert!(text.contains("kind = \"person\""), "{text}");
    // the outlet with quotes is only in comments, and a comment is one line
    assert!(text.contains("The \"Valley\" Times"), "{text}");
    // the draft is a valid glossary: lint passes and `names` finds the town in every article
    parallax()
        .args(["glossary", "lint"])
        .arg(&draft)
        .assert()
        .success()
        .stdout(predicate::str::contains("0 errors"));
    let out = names_json(
        parallax()
            .args([
                "names",
                "--no-default-glossary",
                "--format",
                "json",
                "--glossary",
            ])
            .arg(&draft)
            .arg(&story),
    );
    let articles: std::collections::BTreeSet<&str> = out["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["entity"] == "zorakert")
        .map(|m| m["article"].as_str().unwrap())
        .collect();
    assert_eq!(articles.len(), 3, "{out}");
    // with the built-in glossary loaded, names it knows are not proposed again
    parallax()
        .args(["glossary", "draft", "samples/karabakh-2023"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .assert()
        .success()
        .stdout(predicate::str::contains("[glossary]"))
        .stdout(predicate::str::contains("id = \"stepanakert\"").not());
}

#[test]
fn compare_suggests_a_draft_when_the_glossary_knows_few_names() {
    let dir = tempfile::tempdir().unwrap();
    storm_articles(dir.path());
    parallax()
        .args(["compare", "--format", "json"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(
            predicate::str::is_match("the glossary knows 0 of the 1[0-9] capitalised words")
                .unwrap(),
        )
        .stderr(predicate::str::contains("parallax glossary draft"));
    parallax()
        .args(["names"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("so most names go unchecked"));
    // the samples' names are the built-in glossary's
    parallax()
        .args(["compare", "samples/karabakh-2023", "--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .assert()
        .success()
        .stderr(predicate::str::contains("glossary draft").not());
}

#[test]
fn glossary_draft_notes_one_place_named_differently_in_two_languages() {
    // an invented village the English reports call Greenvale and the others Kanachdzor
    let dir = tempfile::tempdir().unwrap();
    let articles = [
        (
            "en-valley.txt",
            " date 2026-03-02 (Valley Times)\n\nStorm floods Zorakert\n\nA storm flooded Zorakert on Monday. The water also reached Greenvale, a village downstream, where 40 houses were damaged.\n",
        ),
        (
            "en-river.txt",
            " date 2026-03-02 (River Post)\n\nZorakert under water\n\nZorakert was flooded on Monday. In Greenvale, further down the valley, 40 houses were damaged.\n",
        ),
        (
            "ru-dolina.txt",
            " date 2026-03-02 (Долинный вестник)\n\nЛивень затопил Зоракерт\n\nВ понедельник ливень затопил Зоракерт. Вода дошла и до села Каначдзор ниже по течению, где повреждены 40 домов.\n",
        ),
        (
            "hy-hovit.txt",
            " date 2026-03-03 (Հովտի լրաբեր)\n\nՋրհեղեղ Զորակերտում\n\nԵրկուշաբթի օրը անձրևը ողողեց Զորակերտը։ Ջուրը հասել է նաև Կանաչձոր գյուղ, որտեղ վնասվել է 40 տուն։\n",
        ),
    ];
    for (name, text) in articles {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let out = parallax()
        .args(["glossary", "draft", "--no-default-glossary"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let entity = |id: &str| {
        text.split("\n\n")
            .find(|e| e.contains(&format!("id = \"{id}\"")))
            .unwrap_or_else(|| panic!("no {id} in\n{text}"))
            .to_string()
    };
    assert!(
        entity("greenvale").contains("# perhaps the same as `kanachdzor`"),
        "{text}"
    );
    assert!(
        entity("kanachdzor").contains("# perhaps the same as `greenvale`"),
        "{text}"
    );
    // the town every article names alike is one entity and needs no note
    assert!(!entity("zorakert").contains("perhaps"), "{text}");
}

#[test]
fn glossary_draft_of_unreadable_input_says_which() {
    parallax()
        .args(["glossary", "draft", "no/such/dir"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/dir"));
}
