//! The data that flows between pipeline stages.
//!
//! Every position is a byte offset into [`Article::body`], the article text exactly as it was read
//! (after the optional header line). Stages add data; none of them rewrites the body.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into an article body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// One article as ingested: metadata plus the original text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier: the file stem, `stdin`, or the corpus id.
    pub id: String,
    /// Where it came from: a path, `-`, or a URL.
    pub source: String,
    pub outlet: Option<String>,
    /// ISO date `YYYY-MM-DD` when known.
    pub date: Option<String>,
    pub title: Option<String>,
    /// The outlet's stance or audience, when the user or the corpus gives one.
    #[serde(default)]
    pub perspective: Option<String>,
    /// The address it was fetched from, for web pages and corpus entries that carry one.
    #[serde(default)]
    pub url: Option<String>,
    /// The author line of a web page, when Readability finds one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The text, byte for byte as read (after the header line, if any).
    pub body: String,
}

/// A language as an ISO 639-1 code (`en`, `ru`, `hy`, …).
pub type Lang = String;

/// A sentence of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub index: usize,
    pub span: Span,
    /// The sentence text with hard line breaks and runs of white space folded to one space.
    pub text: String,
    /// Language of this sentence: the article's, unless the sentence confidently differs.
    pub language: Lang,
    pub names: Vec<NameMention>,
    pub dates: Vec<DateAnchor>,
    pub numbers: Vec<NumberAnchor>,
    /// Framing cues found in this sentence.
    #[serde(default)]
    pub cues: Vec<Cue>,
    /// Machine translation into the comparison's pivot language, when one was asked for.
    #[serde(default)]
    pub translation: Option<Translation>,
    /// Page furniture, not reporting ("Read more: …", a credit line; see `boilerplate`): kept,
    /// but never aligned in comparable mode.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub boilerplate: bool,
    /// A sentence embedding from an embeddings backend (`embed`), unit length, when one was
    /// asked for: a further alignment feature, never written out.
    #[serde(skip)]
    pub embedding: Option<Vec<f32>>,
}

impl Sentence {
    /// A sentence with nothing found in it yet: no names, anchors, cues or translation.
    pub fn bare(index: usize, span: Span, text: &str, language: &str) -> Sentence {
        Sentence {
            index,
            span,
            text: text.to_string(),
            language: language.to_string(),
            names: Vec::new(),
            dates: Vec::new(),
            numbers: Vec::new(),
            cues: Vec::new(),
            translation: None,
            boilerplate: false,
            embedding: None,
        }
    }
}

/// A sentence translated by a machine-translation backend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    /// Target language (the pivot).
    pub lang: Lang,
    pub text: String,
    /// Backend that produced it (`apertium`, `libretranslate`, `deepl`, `openai`).
    pub backend: String,
}

/// How a glossary name was recognised in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchKind {
    /// The text equals the glossary variant (up to letter case).
    Exact,
    /// The glossary variant followed by an inflection ending of its language.
    Inflected,
    /// Equal only once diacritics are removed (e.g. `Xankendi` for `Xankəndi`).
    Diacritics,
}

/// Status of a glossary name, as the glossary records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NameStatus {
    Official,
    Common,
    Variant,
    Historical,
    Misspelling,
}

/// A glossary name found in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NameMention {
    pub span: Span,
    /// The text as it stands in the article (`Степанакерте`), white space folded to one space.
    pub surface: String,
    /// Glossary entity id (`khankendi-stepanakert`).
    pub entity: String,
    /// The glossary variant that matched (`Степанакерт`).
    pub variant: String,
    /// Language of that variant.
    pub variant_lang: Lang,
    pub conventions: Vec<String>,
    pub status: NameStatus,
    pub matched_by: MatchKind,
}

/// A framing cue in one sentence: a word or construction from a cue lexicon, or a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    /// Category id (`movement`, `armed-label`, `attribution`, `scare-quote`, `loaded`, `hedge`,
    /// `booster`, `agency`, `naming`).
    pub category: String,
    /// Finer value within the category, as the lexicon gives it (`forced`, `voluntary`,
    /// `delegitimising`, `doubt`, …).
    pub value: String,
    pub span: Span,
    pub surface: String,
    /// The lexicon entry or rule that fired (`en:fled`, `rule:passive-without-agent`).
    pub source: String,
    /// One line for the reader.
    pub explanation: String,
    /// The word stands inside a scare quote: the writer cites it and keeps a distance from it
    /// (the scare quote is its own cue). Still listed on the sentence, but no contrast between
    /// two outlets and no outlet's cue rate counts it as the writer's own.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub quoted: bool,
}

/// A framing contrast within an aligned pair: the two sides word the same fact differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairCue {
    pub category: String,
    /// Cues on the left side (indices into the pair's left sentences' cues, flattened) as surfaces.
    pub left: Vec<String>,
    pub right: Vec<String>,
    pub explanation: String,
}

/// A calendar date mentioned in text. Parts the text does not give are `None`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateAnchor {
    pub span: Span,
    pub surface: String,
    pub year: Option<i32>,
    pub month: u8,
    pub day: Option<u8>,
}

impl DateAnchor {
    /// A language-neutral key: `2023-09-19`, `????-09-19`, `2023-09`.
    pub fn key(&self) -> String {
        let year = self
            .year
            .map_or_else(|| "????".to_string(), |y| format!("{y:04}"));
        match self.day {
            Some(d) => format!("{year}-{:02}-{d:02}", self.month),
            None => format!("{year}-{:02}", self.month),
        }
    }
}

/// A quantity mentioned in text, as the interval of values it asserts.
/// "more than 100,000" is `[100000, ∞)`: `low = 100000, high = None`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberAnchor {
    pub span: Span,
    pub surface: String,
    /// The number as written, scaled (`1.5 million` = 1500000).
    pub value: f64,
    pub low: f64,
    /// Upper bound; `None` means unbounded.
    pub high: Option<f64>,
    /// The qualifier that widened the value into a range, normalised:
    /// `more-than`, `at-least`, `less-than`, `at-most`, `about`.
    pub qualifier: Option<String>,
    /// True for numbers that are probably years (1900–2100 without grouping).
    pub is_year: bool,
    /// The unit the number is measured in, when the words right after it name one the concept
    /// lexicon knows (`hectare` for "15.000 hectáreas", `currency-manat`, `percent`, `year`
    /// for "two years"). `None` for counts of people or things ("4,200 people") and where no
    /// unit is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// The units of [`NumberAnchor::unit`] that measure time spans (concept ids). Not `days`: its
/// lexicon leaves out the singular forms that also mean "that day" (gün, день, day), which a
/// number takes in some languages ("beş gün" = five days), so one report's span of days would
/// meet the other's bare figure and never agree with it (measured: four gold pairs lost).
/// A number right before a `days` form still carries the unit `days` (`anchors::DAYS`): it
/// agrees with a bare figure, as a unit that is no time span does, and contradicts none.
///
/// Each with its minutes, so that spans told in different units compare: "24 months" agrees
/// with "two years", "18 months" disagrees with it. A month is a twelfth of a year, so that the
/// two meet exactly; no span is shorter than the unit, so the magnitude test of two figures
/// (which takes values below 1 as 1) is not blurred.
const DURATION_UNITS: [(&str, f64); 6] = [
    ("minute", 1.0),
    ("hour", 60.0),
    ("week", 7.0 * 24.0 * 60.0),
    ("month", YEAR_MINUTES / 12.0),
    ("year", YEAR_MINUTES),
    ("decade", 10.0 * YEAR_MINUTES),
];
const YEAR_MINUTES: f64 = 365.25 * 24.0 * 60.0;

/// The minutes of a time-span unit ([`DURATION_UNITS`]); `None` for any other unit.
fn minutes_in(unit: &str) -> Option<f64> {
    DURATION_UNITS
        .iter()
        .find(|(u, _)| *u == unit)
        .map(|&(_, minutes)| minutes)
}

/// Whether a unit ([`NumberAnchor::unit`]) measures a time span.
pub fn is_duration(unit: &str) -> bool {
    minutes_in(unit).is_some()
}

impl NumberAnchor {
    /// What the number is multiplied by to be compared with another: the minutes of its unit
    /// for a time span, 1 otherwise.
    fn scale(&self) -> f64 {
        self.unit.as_deref().and_then(minutes_in).unwrap_or(1.0)
    }

    /// The value on the scale numbers are compared on (time spans in minutes).
    pub fn compared_value(&self) -> f64 {
        self.value * self.scale()
    }

    /// True when the two intervals share at least one value (time spans in minutes).
    pub fn overlaps(&self, other: &NumberAnchor) -> bool {
        let (sa, sb) = (self.scale(), other.scale());
        let a_hi = self.high.map_or(f64::INFINITY, |h| h * sa);
        let b_hi = other.high.map_or(f64::INFINITY, |h| h * sb);
        self.low * sa <= b_hi && other.low * sb <= a_hi
    }

    /// True when both numbers are in one unit, both in none, or both are time spans (in
    /// whatever unit: see [`minutes_in`]).
    pub fn same_unit(&self, other: &NumberAnchor) -> bool {
        self.unit == other.unit
            || self.unit.as_deref().is_some_and(is_duration)
                && other.unit.as_deref().is_some_and(is_duration)
    }

    /// True when both numbers name a unit and not the same one (hectares and metres), or one is
    /// a time span, a percentage, an age, an ordinal or a currency and the other has no unit
    /// ("two years", "two soldiers"; "80 %", "68 people"; "the 20th century", "twenty
    /// paintings"): such numbers neither confirm nor contradict each other. Time spans in two
    /// units ("18 months", "two years") are in the same one.
    pub fn in_other_units(&self, other: &NumberAnchor) -> bool {
        match (&self.unit, &other.unit) {
            (Some(_), Some(_)) => !self.same_unit(other),
            // a duration ("two years", "18 months"), a share ("80 %"), an age or a sum of money
            // is no count of anything: "at least 68 dead" and "80 % of the town" do not meet,
            // nor "more than 100,000 people" and "100,000 drams" (gold set: cross-language
            // precision 0.887 -> 0.892 at recall 0.642, 40 wrong pairs fewer, 5 right ones)
            (Some(u), None) | (None, Some(u)) => {
                is_duration(u)
                    || matches!(u.as_str(), "percent" | "age" | "ordinal")
                    || u.starts_with("currency-")
            }
            (None, None) => false,
        }
    }
}

/// An article with everything the per-article stages found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub article: Article,
    pub language: Lang,
    /// Confidence of the article-level language guess, 0..=1.
    pub language_confidence: f64,
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// The outlet, or the article id when the outlet is unknown.
    pub fn label(&self) -> &str {
        self.article.outlet.as_deref().unwrap_or(&self.article.id)
    }
    pub fn word_count(&self) -> usize {
        self.sentences
            .iter()
            .map(|s| s.text.split_whitespace().count())
            .sum()
    }
}

/// Why two sentences were paired.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Glossary entity ids found on both sides.
    pub entities: Vec<String>,
    /// Date keys found on both sides.
    pub dates: Vec<String>,
    /// Numbers (left surface / right surface) whose ranges agree.
    pub numbers: Vec<String>,
    /// Numbers on both sides whose ranges conflict (they count against the pair).
    pub conflicting_numbers: Vec<String>,
    /// Content-word stems shared (same-language pairs), or romanised keys of capitalised words
    /// shared (pairs across languages).
    pub shared_words: Vec<String>,
    /// News concepts named on both sides of a pair across languages (`glossaries/concepts.toml`:
    /// rain, weekday-monday, evacuation…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concepts: Vec<String>,
    /// With sentence embeddings (`--embeddings`), when they count for the pair: how far the two
    /// sentences' cosine lies above the two articles' mean cosine, i.e. the meaning they share
    /// beyond what any two sentences of these articles share (rounded to 0.001).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meaning: Option<f64>,
}

/// One aligned group: sentences `left` of one document report the same fact as `right` of the other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignedPair {
    pub left: Vec<usize>,
    pub right: Vec<usize>,
    /// 0..=1, higher is more certain.
    pub score: f64,
    pub evidence: Evidence,
    pub diff: PairDiff,
    /// A further link of sentences already paired elsewhere (a headline or a summary sentence
    /// that reports several facts): shown as a pair, but not used to join facts into clusters.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub secondary: bool,
}

/// The alignment of two documents (indices into [`Comparison::documents`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    pub left: usize,
    pub right: usize,
    pub pairs: Vec<AlignedPair>,
    /// Sentences of the left document without a counterpart on the right.
    pub only_left: Vec<usize>,
    pub only_right: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffTag {
    Equal,
    Delete,
    Insert,
}

/// One run of a word diff: `Delete` is only on the left, `Insert` only on the right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordChange {
    pub tag: DiffTag,
    pub text: String,
}

/// One entity named differently on the two sides of a pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameDifference {
    pub entity: String,
    pub left: String,
    pub right: String,
    pub left_conventions: Vec<String>,
    pub right_conventions: Vec<String>,
}

/// Numbers of the two sides that cannot both be true of the same quantity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberDifference {
    pub left: String,
    pub right: String,
}

/// What differs within an aligned pair.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PairDiff {
    /// Word diff; empty unless both sides are in the same language.
    pub words: Vec<WordChange>,
    pub names: Vec<NameDifference>,
    pub numbers: Vec<NumberDifference>,
    /// Framing contrasts between the two sides.
    #[serde(default)]
    pub cues: Vec<PairCue>,
}

/// An input that could not be read or analysed; the others go on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputFailure {
    pub source: String,
    pub message: String,
}

/// Which variants of an entity one outlet used, and how often.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamingCell {
    /// Index into [`Comparison::documents`].
    pub document: usize,
    /// The glossary variants this outlet used for the entity, most frequent first.
    pub variants: Vec<VariantCount>,
    /// Conventions of those variants, deduplicated, sorted.
    pub conventions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VariantCount {
    /// The glossary variant (`Степанакерт`), not the inflected surface.
    pub variant: String,
    pub count: usize,
}

/// Entity × outlet naming matrix row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamingRow {
    pub entity: String,
    pub cells: Vec<NamingCell>,
}

/// One name of an entity, as the glossary records it (for reports: "other variants" on hover).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VariantInfo {
    pub text: String,
    pub lang: Lang,
    pub conventions: Vec<String>,
    pub status: NameStatus,
}

/// A glossary entity mentioned somewhere in the compared articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityInfo {
    pub id: String,
    pub kind: String,
    pub contested: bool,
    pub variants: Vec<VariantInfo>,
}

/// How the pairs of documents to align were chosen when they were not all aligned
/// (`compare --partners`): each document with its `per_article` most similar others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partnering {
    pub per_article: usize,
    /// Pairs aligned.
    pub aligned: usize,
    /// Pairs there are: n × (n − 1) / 2.
    pub possible: usize,
}

/// An article that shares few names, dates, numbers and concepts with the others
/// (`compare::OFF_TOPIC_SHARE`): perhaps about another event.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct OffTopic {
    pub document: usize,
    /// Its mean anchor similarity to the other articles.
    pub similarity: f64,
    /// The median of every article's.
    pub median: f64,
}

impl OffTopic {
    /// Its similarity as a percentage of the median article's, as the reports give it.
    pub fn percent_of_median(&self) -> f64 {
        100.0 * self.similarity / self.median.max(f64::MIN_POSITIVE)
    }
}

/// An article that shares most of its sentences, word for word, with another (`copies`): wire
/// copy, syndication, or one outlet repeating another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Copied {
    pub document: usize,
    /// The document it shares most sentences with.
    pub source: usize,
    /// Sentences of `document` found word for word in `source`.
    pub shared: usize,
    /// Sentences of `document` compared (page furniture and very short ones aside).
    pub sentences: usize,
}

/// The result of `compare`: what every renderer shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub documents: Vec<Document>,
    /// The aligned pairs of documents (i < j), in order: every pair, unless `partners` says
    /// otherwise.
    pub alignments: Vec<Alignment>,
    /// Set when not every pair of documents was aligned, only each one's nearest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partners: Option<Partnering>,
    /// Entity × outlet: the variants each outlet used. Sorted by entity id.
    pub naming: Vec<NamingRow>,
    /// The entities mentioned, sorted by id.
    pub entities: Vec<EntityInfo>,
    /// Facts: sentences of different documents that report the same thing, clustered across all
    /// documents (transitively over the pairwise alignments). Sorted by first appearance.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Cue counts per document and category, with rates per 1,000 words.
    #[serde(default)]
    pub cue_rates: Vec<CueRate>,
    /// Inputs that failed; the others were compared.
    pub errors: Vec<InputFailure>,
    /// Articles that share little with the others, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub off_topic: Vec<OffTopic>,
    /// Articles that repeat most of another word for word, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<Copied>,
}

/// One fact and where each document reports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: usize,
    /// (document index, sentence indices), sorted by document.
    pub members: Vec<FactMember>,
    /// Anchors shared within the cluster (entity ids, date keys), for a label.
    pub anchors: Vec<String>,
    /// When `anchors` is empty, the weaker evidence of the links that joined the cluster:
    /// agreeing numbers (`left / right` surfaces), concept ids and shared words, up to 4, most
    /// frequent first. Empty when the fact has an anchor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub linked_by: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactMember {
    pub document: usize,
    pub sentences: Vec<usize>,
}

/// How often one document uses one category of framing cue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CueRate {
    pub document: usize,
    pub category: String,
    pub count: usize,
    pub per_1000_words: f64,
}

/// How a name in an article stands against the glossary (the `names` command).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckStatus {
    /// An official or common name of the entity.
    Standard,
    /// A recorded variant or historical name.
    Variant,
    /// A recorded misspelling, or a form that matched only without diacritics.
    Nonstandard,
    /// Not in the glossary, but close to an entity's name.
    Unknown,
}

/// One name found by the transliteration check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckedName {
    pub article: String,
    pub span: Span,
    pub surface: String,
    pub entity: String,
    /// The entity's preferred name in the article's language (official first, then common).
    pub canonical: String,
    pub status: CheckStatus,
    pub conventions: Vec<String>,
    pub scheme: Option<String>,
    /// What to write instead, for nonstandard names.
    pub suggestion: Option<String>,
}

/// One article naming one entity in ways that do not belong together (Shusha and Shushi).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inconsistency {
    pub article: String,
    pub entity: String,
    pub surfaces: Vec<String>,
}

/// The result of `names`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NameReport {
    pub mentions: Vec<CheckedName>,
    pub inconsistencies: Vec<Inconsistency>,
    pub errors: Vec<InputFailure>,
    /// Which naming conventions each outlet follows for contested entities.
    #[serde(default)]
    pub profiles: Vec<OutletProfile>,
    /// Findings against a house style (`names --style FILE`).
    #[serde(default)]
    pub style_findings: Vec<StyleFinding>,
}

/// How one outlet names contested entities: mentions per convention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutletProfile {
    pub outlet: String,
    pub articles: usize,
    /// Mentions of contested entities per convention, over all of them (most first).
    pub conventions: Vec<ConventionCount>,
    /// The same per contested entity.
    pub entities: Vec<EntityConventions>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConventionCount {
    pub convention: String,
    pub mentions: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityConventions {
    pub entity: String,
    pub conventions: Vec<ConventionCount>,
}

/// A name that departs from the house style.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StyleFinding {
    pub article: String,
    pub span: Span,
    pub surface: String,
    pub entity: String,
    /// What the house style asks for here.
    pub expected: String,
    /// `first-mention` or `variant`.
    pub rule: String,
}
