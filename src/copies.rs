//! Word-for-word copies: articles that repeat most of another article's sentences verbatim
//! (wire copy, syndication, churnalism). Which outlet repeats whom is part of how a story
//! spreads, and a fact "told by forty outlets" reads differently when thirty of them print one
//! agency's text.
//!
//! Sentences are compared as written, white space folded and case ignored; page furniture
//! (`Sentence::boilerplate`) and sentences of fewer than [`MIN_WORDS`] words ("He left.") are left
//! out. An inverted index from sentence to the documents that print it gives, per pair of
//! documents, how many sentences they share, without looking at pairs that share none.

use std::collections::HashMap;

use crate::model::{Copied, Document};

/// Sentences shorter than this (in words) are too common to show copying.
pub const MIN_WORDS: usize = 5;
/// A document repeats another when at least this share of its sentences is in it verbatim…
pub const MIN_SHARE: f64 = 0.5;
/// …and at least this many.
pub const MIN_SHARED: usize = 3;
/// Sentences printed by more documents than this are left out of the pair counts (their pairs
/// grow with the square of the documents; such a sentence says little about who copied whom).
const MAX_PRINTERS: usize = 200;

/// For each document that repeats another, the one it shares most sentences with, in document
/// order.
pub fn find(documents: &[Document]) -> Vec<Copied> {
    let mut printers: HashMap<String, Vec<usize>> = HashMap::new();
    let mut counted = vec![0usize; documents.len()];
    for (d, doc) in documents.iter().enumerate() {
        for s in doc.sentences.iter().filter(|s| !s.boilerplate) {
            let words: Vec<&str> = s.text.split_whitespace().collect();
            if words.len() < MIN_WORDS {
                continue;
            }
            counted[d] += 1;
            let docs = printers.entry(words.join(" ").to_lowercase()).or_default();
            if docs.last() != Some(&d) {
                docs.push(d);
            }
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for docs in printers.values().filter(|d| d.len() <= MAX_PRINTERS) {
        for (k, &a) in docs.iter().enumerate() {
            for &b in &docs[k + 1..] {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    // each document's best source: most sentences shared, ties to the earlier document
    let mut best: Vec<Option<Copied>> = vec![None; documents.len()];
    for (&(a, b), &n) in &shared {
        for (document, source) in [(a, b), (b, a)] {
            let sentences = counted[document];
            if n < MIN_SHARED || (n as f64) < MIN_SHARE * sentences as f64 {
                continue;
            }
            let better = best[document]
                .as_ref()
                .is_none_or(|c| n > c.shared || (n == c.shared && source < c.source));
            if better {
                best[document] = Some(Copied {
                    document,
                    source,
                    shared: n,
                    sentences,
                });
            }
        }
    }
    best.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Sentence, Span};

    fn doc(id: &str, sentences: &[&str]) -> Document {
        Document {
            article: Article {
                id: id.into(),
                source: format!("{id}.txt"),
                outlet: None,
                date: None,
                title: None,
                perspective: None,
                url: None,
                byline: None,
                body: String::new(),
            },
            language: "en".into(),
            language_confidence: 1.0,
            sentences: sentences
                .iter()
                .enumerate()
                .map(|(i, t)| Sentence::bare(i, Span::new(0, 0), t, "en"))
                .collect(),
        }
    }

    const WIRE: [&str; 4] = [
        "The ferry resumed its crossings on Tuesday after a week of storms.",
        "About 300 passengers had waited in the port since Monday.",
        "The operator said the evening crossing would stay cancelled.",
        "Repairs to the pier lights are expected to take a month.",
    ];

    #[test]
    fn an_article_repeating_most_of_another_is_found_with_its_source() {
        let own = doc(
            "own",
            &[
                "Storms kept the ferry in port for a week, its operator said.",
                "Passengers slept in the terminal while they waited for news.",
                "The pier lights will be repaired next month, according to the port.",
            ],
        );
        let mut reprint: Vec<&str> = WIRE[..3].to_vec();
        reprint.push("Our reporter saw the first boat leave at noon.");
        // a line of furniture and a short sentence do not count either way
        reprint.push("Read more: ferries across the region");
        reprint.push("He left.");
        let docs = vec![
            doc("wire", &WIRE),
            own,
            doc("reprint", &reprint),
            doc(
                "copy",
                &[
                    WIRE[0],
                    "  THE OPERATOR SAID the evening crossing would stay cancelled.",
                    WIRE[3],
                ],
            ),
        ];
        let mut docs = docs;
        docs[2].sentences[4].boilerplate = true;
        let found = find(&docs);
        let pairs: Vec<(usize, usize, usize, usize)> = found
            .iter()
            .map(|c| (c.document, c.source, c.shared, c.sentences))
            .collect();
        // the wire repeats 3 of its 4 in the reprint and in the copy: the earlier one wins;
        // the reprint 3 of its 4 counted (furniture and "He left." aside); the copy all 3,
        // case and spaces aside; the article in its own words, nothing
        assert_eq!(
            pairs,
            [(0, 2, 3, 4), (2, 0, 3, 4), (3, 0, 3, 3)],
            "{found:?}"
        );
    }

    #[test]
    fn two_shared_sentences_or_under_half_are_not_a_copy() {
        let docs = vec![
            doc("a", &WIRE),
            doc(
                "b",
                &[
                    WIRE[0],
                    WIRE[1],
                    "A sentence of its own about the port and the storms.",
                ],
            ),
        ];
        assert!(
            find(&docs).is_empty(),
            "two shared sentences are not enough"
        );
        let long: Vec<String> = (0..10)
            .map(|i| format!("Sentence number {i} of a long report of its own."))
            .collect();
        let mut b: Vec<&str> = long.iter().map(String::as_str).collect();
        b.extend(&WIRE[..3]);
        let docs = vec![doc("a", &WIRE[..3]), doc("b", &b)];
        let found = find(&docs);
        // a's three are all in b; b's three of thirteen are not half of it
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].document, found[0].source), (0, 1));
    }
}
