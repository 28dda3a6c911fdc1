//! Arabic or Persian by letter bigrams, for the Arabic-script texts no letter or word decides.
//!
//! The table is lingua's own knowledge, distilled: the unigram and bigram log-probabilities of its
//! Arabic and Persian models (tools/distill-ngrams writes `arabic-script-ngrams.tsv`, 5,080 rows,
//! 80 KB). Asking lingua itself would page in its two full models, 13 MB, for a few words; a
//! bigram model is what is left of lingua's vote on texts this short anyway.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("arabic-script-ngrams.tsv");
/// Log-probability charged for a letter the language's model has never seen.
const UNSEEN_LETTER: f64 = -12.0;
/// Charged on top of the unigram when a bigram is unseen (a crude back-off).
const BACKOFF: f64 = -3.0;

#[derive(Default)]
struct Model {
    unigrams: HashMap<char, f64>,
    bigrams: HashMap<(char, char), f64>,
}

impl Model {
    /// Log-likelihood of the letters of `text`, bigram by bigram within words.
    fn score(&self, text: &str) -> f64 {
        let mut total = 0.0;
        for word in text.split(|c: char| !c.is_alphabetic()) {
            let mut prev = None;
            for c in word.chars() {
                let uni = self.unigrams.get(&c).copied().unwrap_or(UNSEEN_LETTER);
                total += match prev.and_then(|p| self.bigrams.get(&(p, c))) {
                    Some(lp) => *lp,
                    None if prev.is_some() => uni + BACKOFF,
                    None => uni,
                };
                prev = Some(c);
            }
        }
        total
    }
}

fn models() -> &'static (Model, Model) {
    static MODELS: OnceLock<(Model, Model)> = OnceLock::new();
    MODELS.get_or_init(|| {
        let (mut ar, mut fa) = (Model::default(), Model::default());
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let (Some(lang), Some(ngram), Some(lp)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let Ok(lp) = lp.parse::<f64>() else { continue };
            let model = if lang == "ar" { &mut ar } else { &mut fa };
            let mut chars = ngram.chars();
            match (chars.next(), chars.next()) {
                (Some(a), None) => {
                    model.unigrams.insert(a, lp);
                }
                (Some(a), Some(b)) => {
                    model.bigrams.insert((a, b), lp);
                }
                _ => {}
            }
        }
        (ar, fa)
    })
}

/// `true` when `text` reads more like Persian than Arabic, with a confidence in 0.5..=1.
pub(super) fn persian_by_bigrams(text: &str) -> (bool, f64) {
    let (ar, fa) = models();
    let diff = fa.score(text) - ar.score(text);
    (diff > 0.0, 1.0 / (1.0 + (-diff.abs()).exp()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads_both_languages() {
        let (ar, fa) = models();
        assert!(ar.unigrams.len() > 30 && fa.unigrams.len() > 30);
        assert!(ar.bigrams.len() > 1000 && fa.bigrams.len() > 1000);
    }

    #[test]
    fn letter_pairs_tell_the_languages_apart() {
        // Words with none of the marker letters or function words: Persian «دل روشن» (a bright
        // heart), Arabic «خرجوا صباحا» (they went out in the morning), «تحدثوا طويلا» (they
        // talked for long).
        assert!(persian_by_bigrams("دل روشن").0);
        assert!(!persian_by_bigrams("خرجوا صباحا").0);
        assert!(!persian_by_bigrams("تحدثوا طويلا").0);
    }
}
