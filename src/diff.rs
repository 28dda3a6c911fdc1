//! What differs within each aligned pair: words (same language), names, numbers.

use std::collections::BTreeMap;

use similar::{ChangeTag, TextDiff};

use crate::align::features::relate_numbers;
use crate::framing;
use crate::glossary::translit::{distance, romanize};
use crate::model::{
    AlignedPair, DiffTag, Document, NameDifference, NameMention, NumberDifference, PairDiff,
    WordChange,
};

/// Fill in `diff` of every pair of an alignment between `left` and `right`.
pub fn diff_pairs(pairs: &mut [AlignedPair], left: &Document, right: &Document) {
    for p in pairs {
        p.diff = diff_pair(&p.left, &p.right, left, right);
    }
}

/// The differences between sentences `li` of `left` and `ri` of `right`.
pub fn diff_pair(li: &[usize], ri: &[usize], left: &Document, right: &Document) -> PairDiff {
    let ls: Vec<_> = li.iter().filter_map(|&i| left.sentences.get(i)).collect();
    let rs: Vec<_> = ri.iter().filter_map(|&i| right.sentences.get(i)).collect();
    let same_lang = ls
        .iter()
        .chain(&rs)
        .all(|s| ls.first().is_some_and(|f| f.language == s.language));
    let words = if same_lang {
        let a = join(ls.iter().map(|s| s.text.as_str()));
        let b = join(rs.iter().map(|s| s.text.as_str()));
        word_diff(&a, &b)
    } else {
        Vec::new()
    };
    let names = name_differences(
        ls.iter().flat_map(|s| &s.names),
        rs.iter().flat_map(|s| &s.names),
    );
    let ln: Vec<_> = ls
        .iter()
        .flat_map(|s| &s.numbers)
        .filter(|n| !n.is_year)
        .collect();
    let rn: Vec<_> = rs
        .iter()
        .flat_map(|s| &s.numbers)
        .filter(|n| !n.is_year)
        .collect();
    let mut numbers = Vec::new();
    // the two sides are aligned as one fact, so small figures compare too ("three" / "vier")
    relate_numbers(&ln, &rn, true, |agree, l, r| {
        if !agree {
            numbers.push(NumberDifference {
                left: l.surface.clone(),
                right: r.surface.clone(),
            });
        }
    });
    PairDiff {
        words,
        names,
        numbers,
        cues: framing::contrast(
            &ls.iter().flat_map(|s| &s.cues).collect::<Vec<_>>(),
            &rs.iter().flat_map(|s| &s.cues).collect::<Vec<_>>(),
        ),
    }
}

fn join<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    join_sentences(parts)
}

/// Sentences of one side of a group, as one text: a space between two, and ` / ` after one
/// without final punctuation (a headline), so that "…announces its dissolution" and "More than
/// 100,000 people…" do not read as one sentence.
pub fn join_sentences<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for p in parts {
        if !out.is_empty() {
            out.push_str(if ends_sentence(&out) { " " } else { " / " });
        }
        out.push_str(p);
    }
    out
}

/// Whether `text` ends with sentence-final punctuation, closing quotes and brackets aside.
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', '›', ')', ']', '」', '“'])
        .ends_with(['.', '!', '?', '…', '։', '՞', '؟', '۔', '。', ':', ';'])
}

/// A word diff as runs of equal, deleted and inserted text.
pub fn word_diff(a: &str, b: &str) -> Vec<WordChange> {
    let diff = TextDiff::from_words(a, b);
    let mut out: Vec<WordChange> = Vec::new();
    for change in diff.iter_all_changes() {
        let tag = match change.tag() {
            ChangeTag::Equal => DiffTag::Equal,
            ChangeTag::Delete => DiffTag::Delete,
            ChangeTag::Insert => DiffTag::Insert,
        };
        let value = change.value();
        match out.last_mut() {
            Some(last) if last.tag == tag => last.text.push_str(value),
            // white space between two changed words of the same kind stays with them
            _ => out.push(WordChange {
                tag,
                text: value.to_string(),
            }),
        }
    }
    out
}

/// Entities both sides name with different names. Within one language any other variant counts
/// (Shusha / Shushi). Across languages a different spelling is expected, so there it counts only
/// when the two variants are different names once romanised (Khankendi / Степанакерт), not the
/// same name in two scripts (Ruben Vardanyan / Рубен Варданян).
fn name_differences<'a>(
    left: impl Iterator<Item = &'a NameMention>,
    right: impl Iterator<Item = &'a NameMention>,
) -> Vec<NameDifference> {
    let mut l: BTreeMap<&str, &NameMention> = BTreeMap::new();
    for n in left {
        l.entry(n.entity.as_str()).or_insert(n);
    }
    let mut r: BTreeMap<&str, &NameMention> = BTreeMap::new();
    for n in right {
        r.entry(n.entity.as_str()).or_insert(n);
    }
    let mut out = Vec::new();
    for (entity, a) in l {
        let Some(b) = r.get(entity) else { continue };
        if a.variant == b.variant {
            continue;
        }
        if a.variant_lang == b.variant_lang || different_names(&a.variant, &b.variant) {
            out.push(NameDifference {
                entity: entity.to_string(),
                left: a.surface.clone(),
                right: b.surface.clone(),
                left_conventions: a.conventions.clone(),
                right_conventions: b.conventions.clone(),
            });
        }
    }
    out
}

/// Share of the longer romanised word that may differ for two words to be one name's spellings.
const SAME_WORD_SHARE: f64 = 0.35;

/// True when two variants, romanised, are not spellings of one name: no word of one is a
/// spelling of a word of the other ("Putin" / "Vladímir Putin" and "Laçın dəhlizi" / "Lachin
/// corridor" are one name; "Khankendi" / "Степанакерт" are two).
pub fn different_names(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        romanize(s)
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| w.len() >= 3)
            .map(str::to_string)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    !wa.iter().any(|x| {
        wb.iter().any(|y| {
            let longest = x.len().max(y.len());
            distance(x, y) as f64 / longest as f64 <= SAME_WORD_SHARE
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_join_with_a_mark_after_a_headline() {
        assert_eq!(
            join_sentences([
                "Republic announces its dissolution",
                "More than 100 000 left."
            ]),
            "Republic announces its dissolution / More than 100 000 left."
        );
        assert_eq!(
            join_sentences(["He left.", "«Nobody stayed»", "Она сказала: «Всё».", "Done"]),
            "He left. «Nobody stayed» / Она сказала: «Всё». Done"
        );
        assert_eq!(
            join_sentences(["Մարդիկ հեռացան։", "Ո՞ւր"]),
            "Մարդիկ հեռացան։ Ո՞ւր"
        );
    }

    #[test]
    fn different_names_across_scripts() {
        assert!(different_names("Khankendi", "Степанакерт"));
        assert!(different_names("Artsakh", "Нагорный Карабах"));
        assert!(!different_names("Ruben Vardanyan", "Рубен Варданян"));
        assert!(!different_names("Stepanakert", "Ստեփանակերտ"));
        assert!(!different_names("Nagorno-Karabakh", "Нагорный Карабах"));
        assert!(!different_names("Putin", "Vladímir Putin"));
        assert!(!different_names("Laçın dəhlizi", "Lachin corridor"));
        assert!(
            !different_names("Shusha", "Shushi"),
            "spellings of one name"
        );
        assert!(different_names("Aghdara", "Martakert"));
    }

    #[test]
    fn word_diff_marks_changed_words() {
        let d = word_diff("Residents fled the city.", "Residents left the city.");
        let deleted: Vec<_> = d
            .iter()
            .filter(|c| c.tag == DiffTag::Delete)
            .map(|c| c.text.trim())
            .collect();
        let inserted: Vec<_> = d
            .iter()
            .filter(|c| c.tag == DiffTag::Insert)
            .map(|c| c.text.trim())
            .collect();
        assert_eq!(deleted, ["fled"]);
        assert_eq!(inserted, ["left"]);
        let rebuilt_left: String = d
            .iter()
            .filter(|c| c.tag != DiffTag::Insert)
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(rebuilt_left, "Residents fled the city.");
    }
}
