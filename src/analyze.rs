//! Per-article analysis: language, sentences, names, dates and numbers → [`Document`].
//!
//! An [`Analyzer`] holds what is expensive to build (the language detector, the glossary
//! matcher) and is built once per run; `analyze` is then a pure function of one article.

use crate::anchors;
use crate::framing::Lexicon;
use crate::glossary::{Glossary, Matcher};
use crate::lang::Detector;
use crate::model::{Article, Document, Lang, Sentence, Span};
use crate::segment;

/// Language used when an article has no letters to detect a language from.
pub const UNKNOWN_LANG: &str = "und";

/// An article split into sentences, not yet analysed ([`Analyzer::segment`]).
#[derive(Debug, Clone)]
pub struct Segmented {
    pub article: Article,
    pub language: Lang,
    /// Confidence of the article-level language guess, 0..=1.
    pub language_confidence: f64,
    /// The language was given, not detected: every sentence is taken to be in it.
    lang_forced: bool,
    /// The sentences, one span of the body each; [`Analyzer::finish`] makes one
    /// [`Sentence`] of each.
    pub spans: Vec<Span>,
}

pub struct Analyzer {
    detector: Detector,
    matcher: Matcher,
    cues: Lexicon,
}

impl Analyzer {
    pub fn new(glossary: &Glossary, cues: Lexicon) -> Self {
        Analyzer {
            detector: Detector::new(),
            matcher: Matcher::new(glossary),
            cues,
        }
    }

    pub fn detector(&self) -> &Detector {
        &self.detector
    }

    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Analyse one article. `lang` skips detection when given.
    pub fn analyze(&self, article: Article, lang: Option<&str>) -> Document {
        self.finish(self.segment(article, lang))
    }

    /// Analyse a text that is already split: each non-blank line is one sentence.
    pub fn analyze_lines(&self, article: Article, lang: Option<&str>) -> Document {
        self.finish(self.segment_with(article, lang, |body, _| line_spans(body)))
    }

    /// The first, cheap step of [`Analyzer::analyze`]: the article's language and its
    /// sentences' spans, without the per-sentence analysis ([`Analyzer::finish`]). `compare`
    /// counts every article's sentences this way before analysing any (see
    /// [`crate::analyze_to_compare`]).
    pub fn segment(&self, article: Article, lang: Option<&str>) -> Segmented {
        self.segment_with(article, lang, segment::split)
    }

    fn segment_with(
        &self,
        article: Article,
        lang: Option<&str>,
        split: impl Fn(&str, &str) -> Vec<Span>,
    ) -> Segmented {
        let (language, language_confidence) = match lang {
            Some(l) => (l.to_string(), 1.0),
            None => match self.detector.detect(&article.body) {
                Some(g) => (g.lang, g.confidence),
                None => (UNKNOWN_LANG.to_string(), 0.0),
            },
        };
        let spans = split(&article.body, &language);
        Segmented {
            article,
            language,
            language_confidence,
            lang_forced: lang.is_some(),
            spans,
        }
    }

    /// The rest of [`Analyzer::analyze`]: each sentence's language, names, dates, numbers and
    /// cues.
    pub fn finish(&self, segmented: Segmented) -> Document {
        let Segmented {
            article,
            language,
            language_confidence,
            lang_forced,
            spans,
        } = segmented;
        let year = article
            .date
            .as_deref()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse().ok());
        let mut sentences: Vec<Sentence> = spans
            .into_iter()
            .enumerate()
            .map(|(index, span)| {
                self.sentence(&article.body, index, span, &language, lang_forced, year)
            })
            .collect();
        self.matcher
            .drop_lone_homographs(sentences.iter_mut().map(|s| &mut s.names));
        crate::framing::drop_agency_where_no_one_acts(&mut sentences);
        Document {
            article,
            language,
            language_confidence,
            sentences,
        }
    }

    fn sentence(
        &self,
        body: &str,
        index: usize,
        span: Span,
        doc_lang: &str,
        lang_forced: bool,
        year: Option<i32>,
    ) -> Sentence {
        let raw = span.slice(body);
        let language = if lang_forced {
            doc_lang.to_string()
        } else {
            self.detector.sentence_language(raw, doc_lang)
        };
        let shift = |s: Span| Span::new(s.start + span.start, s.end + span.start);
        let mut names = self.matcher.find(raw, &language);
        for n in &mut names {
            n.span = shift(n.span);
            // a name broken over a hard line break reads as one line in every report
            if n.surface.contains(char::is_whitespace) {
                n.surface = segment::fold_whitespace(&n.surface);
            }
        }
        let (mut dates, mut numbers) = anchors::find(raw, &language, year);
        for d in &mut dates {
            d.span = shift(d.span);
        }
        for n in &mut numbers {
            n.span = shift(n.span);
        }
        let mut cues = self.cues.find(raw, &language);
        for c in &mut cues {
            c.span = shift(c.span);
            if c.surface.contains(char::is_whitespace) {
                c.surface = segment::fold_whitespace(&c.surface);
            }
        }
        let text = segment::fold_whitespace(raw);
        Sentence {
            index,
            span,
            boilerplate: crate::boilerplate::Boilerplate::embedded().matches(&text, &language),
            text,
            language,
            names,
            dates,
            numbers,
            cues,
            translation: None,
            embedding: None,
        }
    }
}

/// The trimmed, non-blank lines of `text`.
pub fn line_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let lead = line.len() - line.trim_start().len();
        let t = line.trim();
        if !t.is_empty() {
            out.push(Span::new(start + lead, start + lead + t.len()));
        }
        start += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_spans_skip_blank_lines_and_trim() {
        let t = "  One.\n\nTwo two\r\n";
        let spans = line_spans(t);
        let got: Vec<&str> = spans.iter().map(|s| s.slice(t)).collect();
        assert_eq!(got, ["One.", "Two two"]);
    }

    /// The agency cues of each sentence of an English article.
    fn agency(body: &str) -> Vec<Vec<String>> {
        agency_in(body, "en")
    }

    /// The agency cues of each sentence of an article in `lang`.
    fn agency_in(body: &str, lang: &str) -> Vec<Vec<String>> {
        let analyzer = Analyzer::new(&Glossary::empty(), Lexicon::embedded().unwrap());
        let doc = analyzer.analyze(
            crate::ingest::parse_article(body.to_string(), "t", "t", None),
            Some(lang),
        );
        doc.sentences
            .iter()
            .map(|s| {
                s.cues
                    .iter()
                    .filter(|c| c.category == "agency")
                    .map(|c| c.surface.clone())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn deaths_in_a_natural_disaster_are_no_agency_cue() {
        // a flood: dying and being injured hide no agent
        let flood = agency(
            "Flood kills three in river valley\n\nThe river burst its banks on Monday.\n\n\
             Three people died and four were injured.",
        );
        assert!(flood.iter().all(Vec::is_empty), "{flood:?}");
        // the same sentence in a report of shelling is a cue
        let shelling = agency(
            "Shelling kills three in river valley\n\nArtillery hit the village on Monday.\n\n\
             Three people died and four were injured.",
        );
        assert_eq!(shelling[2], ["were injured"], "{shelling:?}");
        // in a flood report, a sentence that itself names violence keeps its cue
        let both = agency(
            "Flood kills three in river valley\n\nThe river burst its banks on Monday.\n\n\
             Two soldiers were killed in an attack on the dam.",
        );
        assert_eq!(both[2], ["were killed"], "{both:?}");
        // a road crash told with a verb of the vehicle ("разбился": crashed) is an accident too
        let crash = agency_in(
            "На перевале разбился автобус, ранены шесть человек\n\n\
             Водитель не справился с крутым поворотом.",
            "ru",
        );
        assert!(crash.iter().all(Vec::is_empty), "{crash:?}");
        // without it, the deaths keep their cue
        let unsaid = agency_in(
            "На перевале ранены шесть человек\n\nВодитель был опытным.",
            "ru",
        );
        assert_eq!(unsaid[0], ["ранены"], "{unsaid:?}");
        // an arrest in the report of an accident still hides who made it
        let arrest = agency_in(
            "На перевале разбился автобус, ранены шесть человек\n\n\
             Водитель автобуса задержан.",
            "ru",
        );
        assert_eq!(arrest, [vec![], vec!["задержан".to_string()]], "{arrest:?}");
    }
}
