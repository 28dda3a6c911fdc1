//! `parallax align --mode parallel --one-per-line` through the real binary, on a short original
//! German text and its French translation (tests/data/parallel/), clean and perturbed, and
//! property tests over cuts, insertions and moved blocks of the translation.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use serde_json::Value;

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/parallel")
        .join(name)
}

fn lines(name: &str) -> Vec<String> {
    std::fs::read_to_string(data(name))
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

type Group = (Vec<u64>, Vec<u64>);

/// The aligned groups of `left` with `right` as (left indices, right indices), in output order.
fn align_files(left: &Path, right: &Path) -> Vec<Group> {
    align_files_with(left, right, &[])
}

/// `parallax align --mode parallel --one-per-line`, to be given the rest.
fn align_parallel() -> Command {
    let mut cmd = Command::cargo_bin("parallax").unwrap();
    cmd.args(["align", "--mode", "parallel", "--one-per-line"]);
    cmd
}

/// [`align_files`] with further arguments.
fn align_files_with(left: &Path, right: &Path, extra: &[&str]) -> Vec<Group> {
    let out = align_parallel()
        .args(["--format", "json"])
        .args(extra)
        .arg(left)
        .arg(right)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids = |x: &Value| {
        x.as_array()
            .unwrap()
            .iter()
            .map(|i| i.as_u64().unwrap())
            .collect()
    };
    v["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (ids(&p["left"]), ids(&p["right"])))
        .collect()
}

fn align(right: &str) -> BTreeSet<Group> {
    align_files(&data("de.txt"), &data(right))
        .into_iter()
        .collect()
}

fn pair(l: u64, r: u64) -> Group {
    (vec![l], vec![r])
}

/// A bilingual word list pairs sentences that share no letters ("Bohrer" / "perceuse") and
/// leaves the inserted line alone, whichever column order the file has.
#[test]
fn a_dictionary_pairs_translations_that_share_no_letters() {
    let words = data("de-fr-words.tsv");
    let reversed = std::env::temp_dir().join(format!("parallax-fr-de-{}.tsv", std::process::id()));
    let flipped: String = std::fs::read_to_string(&words)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let (a, b) = l.split_once('\t').unwrap();
            format!("{b}\t{a}\n")
        })
        .collect();
    std::fs::write(&reversed, flipped).unwrap();
    for file in [&words, &reversed] {
        let groups: BTreeSet<Group> = align_files_with(
            &data("dict-de.txt"),
            &data("dict-fr.txt"),
            &["--dictionary", file.to_str().unwrap()],
        )
        .into_iter()
        .collect();
        assert_eq!(
            groups,
            [pair(0, 0), pair(1, 2)].into(),
            "{}",
            file.display()
        );
    }
    std::fs::remove_file(&reversed).ok();
}

/// Run parallel mode on the dictionary test texts with a word list holding `contents`: the
/// exit code, standard error and the list's path.
fn with_word_list(name: &str, contents: &str) -> (Option<i32>, String, PathBuf) {
    let path = std::env::temp_dir().join(format!("parallax-{name}-{}.tsv", std::process::id()));
    std::fs::write(&path, contents).unwrap();
    let out = align_parallel()
        .arg("--dictionary")
        .arg(&path)
        .arg(data("dict-de.txt"))
        .arg(data("dict-fr.txt"))
        .output()
        .unwrap();
    std::fs::remove_file(&path).ok();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code(), err, path)
}

#[test]
fn a_dictionary_that_cannot_be_used_is_refused_naming_file_and_line() {
    let (code, err, path) = with_word_list("bad-words", "Bohrer\tperceuse\nGipfel sommet\n");
    assert_eq!(code, Some(2));
    assert!(err.contains(&format!("{}:2: ", path.display())), "{err}");
    // a word list with nothing usable in it
    let (code, err, _) = with_word_list("no-words", "# nothing\nder\tle\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("no usable word pairs"), "{err}");
    // comparable mode (also the default) takes no dictionary
    for mode in [&["--mode", "comparable"][..], &[]] {
        let out = Command::cargo_bin("parallax")
            .unwrap()
            .arg("align")
            .args(mode)
            .arg("--dictionary")
            .arg(data("de-fr-words.tsv"))
            .arg(data("dict-de.txt"))
            .arg(data("dict-fr.txt"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{mode:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--mode parallel"));
    }
}

#[test]
fn a_translation_aligns_line_by_line() {
    let expected: BTreeSet<_> = (0..10).map(|k| pair(k, k)).collect();
    assert_eq!(align("fr.txt"), expected);
}

#[test]
fn unrelated_inserted_lines_stay_unaligned() {
    // fr-inserted.txt: lines 2 and 7 are not in the German text
    let got = align("fr-inserted.txt");
    let right: BTreeSet<u64> = got.iter().flat_map(|(_, r)| r.clone()).collect();
    assert!(!right.contains(&2) && !right.contains(&7), "{got:?}");
    for (l, r) in [(0, 0), (2, 3), (3, 4), (6, 8), (9, 11)] {
        assert!(got.contains(&pair(l, r)), "missing {l}-{r} in {got:?}");
    }
}

#[test]
fn a_block_moved_to_the_end_is_still_found() {
    // fr-moved.txt: the translations of German lines 3-6 were moved to the end (lines 6-9)
    let got = align("fr-moved.txt");
    for (l, r) in [(0, 0), (3, 6), (4, 7), (5, 8), (6, 9), (7, 3), (9, 5)] {
        assert!(got.contains(&pair(l, r)), "missing {l}-{r} in {got:?}");
    }
}

/// A French side built from the translation: `keep` marks the lines kept, the block
/// `moved.0..moved.0 + moved.1` of kept lines goes to the end, and the two unrelated lines of
/// fr-inserted.txt go before the kept lines at `insert` (positions past the end are dropped).
/// Returns the lines with, for each, the German line it translates.
fn perturbed(
    keep: &[bool],
    moved: (usize, usize),
    insert: [usize; 2],
) -> Vec<(String, Option<u64>)> {
    let fr = lines("fr.txt");
    let unrelated = lines("fr-inserted.txt");
    let mut out: Vec<(String, Option<u64>)> = fr
        .into_iter()
        .enumerate()
        .filter(|(k, _)| keep[*k])
        .map(|(k, s)| (s, Some(k as u64)))
        .collect();
    let from = moved.0.min(out.len());
    let to = (from + moved.1).min(out.len());
    let block: Vec<_> = out.drain(from..to).collect();
    out.extend(block);
    for (at, extra) in insert.into_iter().zip([2, 7]) {
        if at < out.len() {
            out.insert(at, (unrelated[extra].clone(), None));
        }
    }
    out
}

/// Align the German text with `fr` (written to a temporary file).
fn align_with(fr: &[(String, Option<u64>)]) -> Vec<Group> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fr.txt");
    let text: Vec<&str> = fr.iter().map(|(s, _)| s.as_str()).collect();
    std::fs::write(&path, text.join("\n") + "\n").unwrap();
    align_files(&data("de.txt"), &path)
}

fn config() -> Config {
    Config {
        cases: 24,
        rng_seed: RngSeed::Fixed(0x5a11),
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// Whatever was cut, moved or inserted: indices in range, each used at most once, groups
    /// non-empty on both sides and made of neighbouring lines.
    #[test]
    fn groups_are_well_formed(
        keep in prop::collection::vec(any::<bool>(), 10),
        moved in (0usize..10, 0usize..5),
        insert in [0usize..14, 0usize..14],
    ) {
        let fr = perturbed(&keep, moved, insert);
        prop_assume!(!fr.is_empty());
        let groups = align_with(&fr);
        let (mut seen_l, mut seen_r) = (BTreeSet::new(), BTreeSet::new());
        for (l, r) in &groups {
            prop_assert!(!l.is_empty() && !r.is_empty(), "{groups:?}");
            for w in [l, r] {
                prop_assert!(w.windows(2).all(|p| p[1] == p[0] + 1), "{groups:?}");
            }
            for &i in l {
                prop_assert!(i < 10 && seen_l.insert(i), "{groups:?}");
            }
            for &j in r {
                prop_assert!((j as usize) < fr.len() && seen_r.insert(j), "{groups:?}");
            }
        }
    }

    /// Up to three lines cut from the translation, order kept: the groups follow both texts in
    /// order and pair one line with one line, and every line left but at most one is paired with
    /// the German line it translates (a line without a shared name or number next to a cut can
    /// go either way).
    #[test]
    fn cuts_keep_the_order_and_the_pairs(
        keep in prop::collection::vec(any::<bool>(), 10)
            .prop_filter("at most three cut", |k| k.iter().filter(|&&x| x).count() >= 7)
    ) {
        let fr = perturbed(&keep, (0, 0), [99, 99]);
        let groups = align_with(&fr);
        for w in groups.windows(2) {
            prop_assert!(w[0].0 < w[1].0 && w[0].1 < w[1].1, "not monotone: {groups:?}");
        }
        prop_assert!(groups.iter().all(|(l, r)| l.len() == 1 && r.len() == 1), "{groups:?}");
        let right = groups
            .iter()
            .filter(|(l, r)| fr[r[0] as usize].1 == Some(l[0]))
            .count();
        prop_assert!(right + 1 >= fr.len(), "{right} of {} right: {groups:?}", fr.len());
    }
}
