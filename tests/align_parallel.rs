//! `parallax align --mode parallel --one-per-line` through the real binary, on a short original
//! German text and its French translation (tests/data/parallel/), clean and perturbed.

use std::collections::BTreeSet;
use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/parallel")
        .join(name)
}

/// The aligned groups as (left indices, right indices).
fn align(right: &str) -> BTreeSet<(Vec<u64>, Vec<u64>)> {
    let out = Command::cargo_bin("parallax")
        .unwrap()
        .args([
            "align",
            "--mode",
            "parallel",
            "--one-per-line",
            "--format",
            "json",
        ])
        .arg(data("de.txt"))
        .arg(data(right))
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

fn pair(l: u64, r: u64) -> (Vec<u64>, Vec<u64>) {
    (vec![l], vec![r])
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
