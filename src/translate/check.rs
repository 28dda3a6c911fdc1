//! A backend's answer for one sentence is checked before it is cached or used: an answer that
//! is obviously not a translation of the sentence (nothing, a ramble, the name stand-ins
//! alone) makes a *failed sentence*. It is not cached, so a rerun asks again, and the sentence
//! keeps no translation (compare aligns it by names, dates and numbers; `translate` writes it
//! marked as untranslated), with one warning per article.
//!
//! What is not checked here: an answer with another number of texts than the request (the
//! whole batch fails, see [`super::Session`]), and an answer that lost a name's stand-in but
//! translated the rest (still a translation; [`super::placeholders::Protected::restore`]
//! warns about the name).

/// Why an answer is not a translation of its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Garbled {
    /// Nothing, or only whitespace, for a sentence with letters or digits.
    Empty,
    /// Far longer than the sentence ([`MAX_RATIO`] and [`MAX_EXTRA_CHARS`]).
    TooLong,
    /// No word but the name stand-ins (only names, digits or punctuation) for a sentence with
    /// words of its own.
    NoWords,
}

impl Garbled {
    /// How a message counts answers of this kind ("2 empty").
    pub fn describe(self) -> &'static str {
        match self {
            Garbled::Empty => "empty",
            Garbled::TooLong => "far longer than the sentence",
            Garbled::NoWords => "names or punctuation alone",
        }
    }
}

/// An answer more than this many times as long as its sentence (in characters), and also
/// [`MAX_EXTRA_CHARS`] longer, is not a translation. Sentence translations differ in length
/// by a factor of about 1.5 between European languages and of 3 to 4 from the densest scripts
/// (Chinese or Japanese into English); 8 leaves twice the widest of those. Lengths are taken
/// with the name stand-ins in place on both sides, so a long name put back counts for nothing.
pub const MAX_RATIO: usize = 8;

/// See [`MAX_RATIO`]: a short sentence may grow several-fold in translation ("Sí." → "Yes,
/// that's right.", "EE. UU." → "the United States"), so an answer is too long only when it
/// is also this many characters longer: about two sentences, the size of the preamble, note
/// or explanation a language model adds when it talks instead of translating.
pub const MAX_EXTRA_CHARS: usize = 200;

/// Whether `answer` fails as a translation of `source`; `stand_ins` are the name stand-ins
/// `source` holds (`ZXQ0`, `Ohio`, …), which are no words of its own.
pub fn garbled(source: &str, answer: &str, stand_ins: &[&str]) -> Option<Garbled> {
    if answer.trim().is_empty() {
        return source
            .chars()
            .any(char::is_alphanumeric)
            .then_some(Garbled::Empty);
    }
    let (s, a) = (source.chars().count(), answer.chars().count());
    if a > s.saturating_mul(MAX_RATIO) && a > s + MAX_EXTRA_CHARS {
        return Some(Garbled::TooLong);
    }
    if has_words(source, stand_ins) && !has_words(answer, stand_ins) {
        return Some(Garbled::NoWords);
    }
    None
}

/// Whether `text` has a word with a letter that is not a stand-in (letter case ignored: an
/// engine may lower one).
fn has_words(text: &str, stand_ins: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .any(|w| !stand_ins.iter().any(|t| t.eq_ignore_ascii_case(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_answer_fails_for_a_sentence_with_letters_or_digits() {
        assert_eq!(garbled("Hola.", "", &[]), Some(Garbled::Empty));
        assert_eq!(garbled("Hola.", "  \t ", &[]), Some(Garbled::Empty));
        assert_eq!(garbled("2024.", "", &[]), Some(Garbled::Empty));
        assert_eq!(garbled("ZXQ0", "", &["ZXQ0"]), Some(Garbled::Empty));
        // nothing to translate, nothing lost
        assert_eq!(garbled("…", "", &[]), None);
    }

    #[test]
    fn an_answer_far_longer_than_the_sentence_fails() {
        let ramble = "Sure! Here is the translation you asked for. Note that the original \
                      sentence is ambiguous: it could also mean something else entirely, \
                      depending on the context, which I do not have. Let me know if you \
                      would like alternative renderings.";
        assert!(ramble.len() > 200);
        assert_eq!(garbled("Sí.", ramble, &[]), Some(Garbled::TooLong));
        // both limits must be passed: 8 times longer but short …
        assert_eq!(garbled("Sí.", "Yes, that is quite right.", &[]), None);
        // … or 200 characters longer but not 8 times
        let long_source = "a".repeat(100);
        let long_answer = "b ".repeat(350);
        assert_eq!(garbled(&long_source, &long_answer, &[]), None);
        let longer = "b ".repeat(401);
        assert_eq!(garbled(&long_source, &longer, &[]), Some(Garbled::TooLong));
        // characters, not bytes: Armenian is two bytes a letter, English one
        let hy = "Երևանը հայտարարեց.";
        assert_eq!(garbled(hy, "Yerevan announced.", &[]), None);
    }

    #[test]
    fn the_stand_ins_alone_fail_for_a_sentence_with_words() {
        let tokens = ["ZXQ0", "ZXQ1"];
        assert_eq!(
            garbled("ZXQ0 dijo que ZXQ1 mintió.", "ZXQ0 ZXQ1.", &tokens),
            Some(Garbled::NoWords)
        );
        assert_eq!(
            garbled("Ohio entró en 2023.", "Ohio 2023.", &["Ohio"]),
            Some(Garbled::NoWords)
        );
        assert_eq!(garbled("Hola.", "...", &[]), Some(Garbled::NoWords));
        // a sentence of names alone may come back as names alone
        assert_eq!(garbled("ZXQ0, ZXQ1.", "ZXQ0, ZXQ1.", &tokens), None);
        // a real translation passes, whatever its script
        assert_eq!(
            garbled(
                "ZXQ0 dijo que ZXQ1 mintió.",
                "ZXQ0 said ZXQ1 lied.",
                &tokens
            ),
            None
        );
        assert_eq!(garbled("ZXQ0 y ZXQ1.", "ZXQ0和ZXQ1。", &tokens), None);
        // a stand-in word of the source's own is still a word of it
        assert_eq!(garbled("Ohio votó.", "Ohio voted.", &[]), None);
    }
}
