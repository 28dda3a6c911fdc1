//! Inflection rules (data in `glossaries/inflection.toml`) and the name forms they generate.
//!
//! A glossary name becomes a few *patterns* for the matcher: the whole name; its stem when it ends
//! in a letter that drops before endings (Шуша → шуш); consonant alternations (Ukrainian Карабах →
//! Карабас-і); for Arabic names with the article, the bare name that a prefix must precede
//! (القوقاز → قوقاز in للقوقاز). For Russian and Ukrainian multiword names the pattern is the last
//! word, and the words before it are checked in the text, declined or not (Нагорного Карабаха):
//! a product of declined forms would be tens of thousands of patterns. Which endings may follow a
//! pattern is checked when a pattern is found (see `matcher.rs`).

use std::collections::{BTreeMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use serde::Deserialize;

use super::GlossaryError;
use super::fold::{primary_key, secondary_key};

/// The inflection data compiled into the binary.
pub const EMBEDDED_INFLECTION: &str = include_str!("../../glossaries/inflection.toml");

/// The inflection rules of one language, as written in `inflection.toml`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LangRules {
    #[serde(default)]
    pub strip: Vec<String>,
    #[serde(default)]
    pub endings: Vec<String>,
    #[serde(default = "one")]
    pub stack: usize,
    #[serde(default)]
    pub apostrophe: bool,
    /// Names of this language take endings only after an apostrophe (Turkish spelling).
    #[serde(default)]
    pub apostrophe_only: bool,
    /// Capitalised words that may stand before a surname (President, Cumhurbaşkanı).
    #[serde(default)]
    pub titles: Vec<String>,
    /// Every noun is capitalised (German): a capital before a surname says nothing.
    #[serde(default)]
    pub capitalised_nouns: bool,
    /// Spelling puts an acute accent on the stressed vowel of a foreign name (Spanish Kapán):
    /// such a name is still the name, flagged.
    #[serde(default)]
    pub stress_accents: bool,
    #[serde(default)]
    pub prefixes: Vec<String>,
    #[serde(default)]
    pub article: Option<String>,
    #[serde(default)]
    pub adjective_endings: Vec<String>,
    #[serde(default)]
    pub adjective_forms: Vec<String>,
    #[serde(default)]
    pub alternation: Vec<Alternation>,
}

fn one() -> usize {
    1
}

impl LangRules {
    /// The endings in lower case without a leading apostrophe, longest first, each once: how
    /// the suggester and the glossary draft take an ending off a word they do not know.
    pub fn endings_longest_first(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .endings
            .iter()
            .map(|e| e.trim_start_matches(['\'', '’']).to_lowercase())
            .filter(|e| !e.is_empty())
            .collect();
        v.sort_by_key(|e| std::cmp::Reverse(e.chars().count()));
        v.dedup();
        v
    }
}

/// A stem-final consonant that changes before some endings (`х` → `с` before `і`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternation {
    pub from: String,
    pub to: String,
    pub endings: Vec<String>,
}

/// Inflection rules for every language that has some.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct Inflection {
    pub langs: BTreeMap<String, LangRules>,
}

impl Inflection {
    /// The rules compiled into the binary (`glossaries/inflection.toml`).
    pub fn embedded() -> Inflection {
        Inflection::from_toml(EMBEDDED_INFLECTION, "inflection.toml")
            .expect("the embedded inflection.toml parses (a unit test checks it)")
    }

    pub fn from_toml(text: &str, origin: &str) -> Result<Inflection, GlossaryError> {
        toml::from_str(text).map_err(|e| GlossaryError::from_toml(e, text, origin))
    }

    pub fn get(&self, lang: &str) -> Option<&LangRules> {
        self.langs.get(lang)
    }
}

/// A set of short strings (endings, prefixes), looked up for every name found. A string of up to
/// 15 bytes is a `u128` key (its bytes and its length), so a lookup hashes two words and
/// compares integers; longer strings (rare) are kept as they are.
#[derive(Debug, Clone, Default)]
pub(crate) struct Set {
    short: HashSet<u128, BuildHasherDefault<ShortHasher>>,
    long: HashSet<String, BuildHasherDefault<ShortHasher>>,
    items: Vec<String>,
    /// The lengths in bytes of the shortest and the longest member.
    min_len: usize,
    max_len: usize,
    /// A bit for each member's length, first and last byte: most strings that are not members
    /// miss one of these bits, and are answered without hashing.
    bloom: [u64; 8],
}

/// The bit of `s` in [`Set::bloom`].
#[inline]
fn bloom_bit(s: &[u8]) -> usize {
    let (first, last) = (
        s.first().copied().unwrap_or(0),
        s.last().copied().unwrap_or(0),
    );
    (s.len() * 131 + usize::from(first) * 31 + usize::from(last)) % 512
}

impl Set {
    /// The lengths in bytes a member may have.
    #[inline]
    pub fn lengths(&self) -> std::ops::RangeInclusive<usize> {
        self.min_len..=self.max_len
    }

    #[inline]
    pub fn contains(&self, s: &str) -> bool {
        let bit = bloom_bit(s.as_bytes());
        if self.bloom[bit / 64] & 1 << (bit % 64) == 0 || !self.lengths().contains(&s.len()) {
            return false;
        }
        match pack(s) {
            Some(k) => self.short.contains(&k),
            None => self.long.contains(s),
        }
    }

    pub fn insert(&mut self, s: String) {
        let new = match pack(&s) {
            Some(k) => self.short.insert(k),
            None => self.long.insert(s.clone()),
        };
        if new {
            if self.items.is_empty() {
                (self.min_len, self.max_len) = (s.len(), s.len());
            }
            self.min_len = self.min_len.min(s.len());
            self.max_len = self.max_len.max(s.len());
            let bit = bloom_bit(s.as_bytes());
            self.bloom[bit / 64] |= 1 << (bit % 64);
            self.items.push(s);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.items.iter()
    }
}

impl FromIterator<String> for Set {
    fn from_iter<I: IntoIterator<Item = String>>(items: I) -> Set {
        let mut set = Set::default();
        for s in items {
            set.insert(s);
        }
        set
    }
}

/// `s` as a `u128`, when it has at most 15 bytes: its bytes, then its length in the last byte.
#[inline]
fn pack(s: &str) -> Option<u128> {
    let b = s.as_bytes();
    if b.len() > 15 {
        return None;
    }
    let mut k = [0u8; 16];
    for (d, &c) in k.iter_mut().zip(b) {
        *d = c;
    }
    k[15] = b.len() as u8;
    Some(u128::from_le_bytes(k))
}

/// A set of strings in both folds: `[primary, secondary]`.
pub(crate) type Folded = [Set; 2];

/// The hash of [`Set`], FxHash's word step. Written here because std's SipHash costs more than
/// the lookups it serves, for strings of a few bytes that come from the program's own data (no
/// untrusted keys, so no need for its resistance to flooding), and a hashing crate would be a
/// dependency for ten lines.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct ShortHasher(u64);

impl ShortHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for ShortHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_u128(&mut self, n: u128) {
        self.add(n as u64);
        self.add((n >> 64) as u64);
    }
}

fn fold_set(items: &[String]) -> Folded {
    let p: Set = items
        .iter()
        .map(|s| primary_key(s))
        .filter(|s| !s.is_empty())
        .collect();
    let s = p.iter().map(|k| secondary_key(k)).collect();
    [p, s]
}

/// One language's rules, folded and ready for matching.
#[derive(Debug, Default)]
pub(crate) struct Compiled {
    pub strip: Vec<String>,
    pub endings: Folded,
    pub stack: usize,
    pub apostrophe: bool,
    pub apostrophe_only: bool,
    /// Primary keys of `titles`.
    pub titles: Vec<String>,
    pub capitalised_nouns: bool,
    pub stress_accents: bool,
    pub prefixes: Folded,
    pub article: Option<String>,
    pub adjective_endings: Vec<String>,
    pub adjective_forms: Folded,
    /// (from, to, endings allowed after `to`)
    pub alternations: Vec<(String, String, Folded)>,
}

/// How a pattern relates to its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Shape {
    /// The whole name (or its last word, see [`Lead`]): matches alone, or followed by endings.
    Whole,
    /// The name minus a strippable final letter: an ending must follow.
    Stem,
    /// The stem with an alternated final consonant: one of that alternation's endings must follow.
    Alt(u8),
    /// The name without its article: a prefix must precede.
    Bare,
}

/// A word before the last one of a multiword name in a declining language (Нагорный in
/// Нагорный Карабах). The pattern is the last word; the matcher then checks the words before it
/// in the text against these, declined or not. Each field is `[primary, secondary]`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Lead {
    pub word: [String; 2],
    /// The word minus a strippable final letter (or the word), which takes noun endings.
    pub noun_stem: [String; 2],
    /// The stem of an adjective-like word, which takes adjective forms.
    pub adjective_stem: Option<[String; 2]>,
}

/// The patterns of one name and, for declined multiword names, the words before the last.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Forms {
    pub patterns: Vec<(String, Shape)>,
    /// Empty unless the patterns stand for the last word only.
    pub leads: Vec<Lead>,
}

fn both(primary: &str) -> [String; 2] {
    [primary.to_string(), secondary_key(primary)]
}

impl Compiled {
    pub fn new(r: &LangRules) -> Compiled {
        let keys = |v: &[String]| -> Vec<String> {
            let mut out: Vec<String> = v
                .iter()
                .map(|s| primary_key(s))
                .filter(|s| !s.is_empty())
                .collect();
            // longest first, so the longest adjective ending is cut
            out.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
            out.dedup();
            out
        };
        Compiled {
            strip: keys(&r.strip),
            endings: fold_set(&r.endings),
            stack: r.stack.max(1),
            apostrophe: r.apostrophe,
            apostrophe_only: r.apostrophe_only,
            titles: r.titles.iter().map(|t| primary_key(t)).collect(),
            capitalised_nouns: r.capitalised_nouns,
            stress_accents: r.stress_accents,
            prefixes: fold_set(&r.prefixes),
            article: r
                .article
                .as_deref()
                .map(primary_key)
                .filter(|a| !a.is_empty()),
            adjective_endings: keys(&r.adjective_endings),
            adjective_forms: fold_set(&r.adjective_forms),
            alternations: r
                .alternation
                .iter()
                .map(|a| {
                    (
                        primary_key(&a.from),
                        primary_key(&a.to),
                        fold_set(&a.endings),
                    )
                })
                .filter(|(f, _, _)| !f.is_empty())
                .collect(),
        }
    }

    /// Whether multiword names of this language decline word by word.
    fn declines(&self) -> bool {
        !self.adjective_forms[0].is_empty()
    }

    /// `word` without a strippable final letter, when at least two letters remain.
    fn strip_stem<'a>(&self, word: &'a str) -> Option<&'a str> {
        self.strip.iter().find_map(|s| {
            word.strip_suffix(s.as_str())
                .filter(|stem| stem.chars().count() >= 2)
        })
    }

    /// The stem of an adjective-like word (Нагорный → нагорн), when it looks like one.
    fn adjective_stem<'a>(&self, word: &'a str) -> Option<&'a str> {
        self.adjective_endings.iter().find_map(|a| {
            word.strip_suffix(a.as_str())
                .filter(|s| s.chars().count() >= 2)
        })
    }

    fn lead(&self, word: &str) -> Lead {
        Lead {
            word: both(word),
            noun_stem: both(self.strip_stem(word).unwrap_or(word)),
            adjective_stem: self.adjective_stem(word).map(both),
        }
    }

    /// Whether the text word `tw` (folded as `pass`) is `lead`, as is (`Some(false)`) or declined
    /// (`Some(true)`): noun stem + ending, the word + ending, adjective stem + adjective form.
    pub fn lead_matches(&self, tw: &str, lead: &Lead, pass: usize) -> Option<bool> {
        let word = lead.word[pass].as_str();
        if tw == word {
            return Some(false);
        }
        let ending = |stem: &str| {
            tw.strip_prefix(stem)
                .is_some_and(|rest| self.endings[pass].contains(rest))
        };
        let adjective = || {
            lead.adjective_stem.as_ref().is_some_and(|s| {
                tw.strip_prefix(s[pass].as_str())
                    .is_some_and(|rest| self.adjective_forms[pass].contains(rest))
            })
        };
        (ending(&lead.noun_stem[pass]) || ending(word) || adjective()).then_some(true)
    }
}

/// The patterns for one name (`key` is its primary key). In languages whose multiword names
/// decline word by word (ru, uk: [`LangRules::adjective_forms`]), the patterns are those of the
/// last word and [`Forms::leads`] lists the words before it; elsewhere the patterns cover the
/// whole name and only its end takes endings.
pub(crate) fn name_forms(key: &str, rules: Option<&Compiled>) -> Forms {
    let mut forms = Forms {
        patterns: Vec::new(),
        leads: Vec::new(),
    };
    if key.is_empty() {
        return forms;
    }
    let (head, last) = match key.rsplit_once(' ') {
        Some((head, last)) => (Some(head), last),
        None => (None, key),
    };
    let lead = match (head, rules) {
        (Some(head), Some(r)) if r.declines() => {
            forms.leads = head.split(' ').map(|w| r.lead(w)).collect();
            String::new()
        }
        (Some(head), _) => format!("{head} "),
        (None, _) => String::new(),
    };
    forms.patterns.push((format!("{lead}{last}"), Shape::Whole));
    if let Some(r) = rules {
        if let Some(stem) = r.strip_stem(last) {
            forms.patterns.push((format!("{lead}{stem}"), Shape::Stem));
        }
        for (k, (from, to, _)) in r.alternations.iter().enumerate() {
            if let Some(stem) = last.strip_suffix(from.as_str())
                && stem.chars().count() >= 2
            {
                forms
                    .patterns
                    .push((format!("{lead}{stem}{to}"), Shape::Alt(k as u8)));
            }
        }
        if let Some(article) = &r.article
            && let Some(bare) = key.strip_prefix(article.as_str())
            && bare.chars().count() >= 2
        {
            forms.patterns.push((bare.to_string(), Shape::Bare));
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compiled(lang: &str) -> Compiled {
        Compiled::new(Inflection::embedded().get(lang).unwrap())
    }

    #[test]
    fn embedded_rules_parse_and_cover_the_languages() {
        let inf = Inflection::embedded();
        for lang in [
            "en", "de", "ru", "uk", "az", "tr", "hy", "ka", "ar", "fa", "es", "fr",
        ] {
            assert!(inf.get(lang).is_some(), "no rules for {lang}");
        }
        let az = inf.get("az").unwrap();
        assert!(az.apostrophe && az.stack == 2);
        assert!(az.endings.iter().any(|e| e == "dəki"));
        assert_eq!(inf.get("ar").unwrap().article.as_deref(), Some("ال"));
    }

    #[test]
    fn unknown_field_in_inflection_rules_is_an_error() {
        let err = Inflection::from_toml("[ru]\nendigns = [\"а\"]\n", "infl.toml").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("infl.toml:2:1: unknown field `endigns`"),
            "{err}"
        );
    }

    #[test]
    fn russian_feminine_name_gets_a_stem() {
        let f = name_forms("шуша", Some(&compiled("ru")));
        assert_eq!(
            f.patterns,
            vec![("шуша".into(), Shape::Whole), ("шуш".into(), Shape::Stem)]
        );
        assert!(f.leads.is_empty());
    }

    #[test]
    fn russian_multiword_name_declines_the_words_before_the_last() {
        let r = compiled("ru");
        let f = name_forms("нагорный карабах", Some(&r));
        assert_eq!(f.patterns, vec![("карабах".into(), Shape::Whole)]);
        assert_eq!(f.leads.len(), 1);
        let lead = &f.leads[0];
        assert_eq!(r.lead_matches("нагорный", lead, 0), Some(false));
        for declined in ["нагорного", "нагорном", "нагорному", "нагорным"]
        {
            assert_eq!(r.lead_matches(declined, lead, 0), Some(true), "{declined}");
        }
        assert_eq!(r.lead_matches("нагорнович", lead, 0), None);
        assert_eq!(r.lead_matches("горного", lead, 0), None);
        // secondary fold: й → и
        assert_eq!(r.lead_matches("нагорныи", lead, 1), Some(false));
        // Республика Арцах: a noun before the last word declines too.
        let f = name_forms("республика арцах", Some(&r));
        assert_eq!(r.lead_matches("республики", &f.leads[0], 0), Some(true));
        // Армянская ССР: feminine adjective
        let f = name_forms("армянская сср", Some(&r));
        assert_eq!(r.lead_matches("армянской", &f.leads[0], 0), Some(true));
    }

    #[test]
    fn ukrainian_alternation_and_arabic_article() {
        let f = name_forms("нагірний карабах", Some(&compiled("uk")));
        assert!(f.patterns.contains(&("карабас".to_string(), Shape::Alt(0))));
        let f = name_forms("القوقاز", Some(&compiled("ar")));
        assert!(f.patterns.contains(&("قوقاز".to_string(), Shape::Bare)));
        // no article, no bare form
        let f = name_forms("خانكندي", Some(&compiled("ar")));
        assert_eq!(f.patterns.len(), 1);
    }

    #[test]
    fn languages_without_declension_keep_the_whole_name() {
        let whole = |s: &str| vec![(s.to_string(), Shape::Whole)];
        assert_eq!(
            name_forms("alto karabaj", None).patterns,
            whole("alto karabaj")
        );
        assert_eq!(
            name_forms("alto karabaj", Some(&compiled("es"))).patterns,
            whole("alto karabaj")
        );
        let f = name_forms("dağliq qarabağ", Some(&compiled("az")));
        assert_eq!(f.patterns, whole("dağliq qarabağ"));
        assert!(f.leads.is_empty());
    }

    #[test]
    fn sets_answer_like_hash_sets() {
        let members = [
            "а",
            "е",
            "ом",
            "ой",
            "ами",
            "də",
            "dəki",
            "nın",
            "'ın",
            "ال",
            "وال",
            "a-string-longer-than-fifteen-bytes",
            "ում",
            "",
        ];
        let set: Set = members.iter().map(|s| s.to_string()).collect();
        let std: HashSet<&str> = members.iter().copied().collect();
        assert!(set.iter().all(|m| std.contains(m.as_str())));
        assert_eq!(set.iter().count(), members.len());
        for probe in members.iter().copied().chain([
            "",
            "б",
            "ома",
            "d",
            "dək",
            "a-string-longer-than-fifteen-byte",
            "x",
        ]) {
            assert_eq!(set.contains(probe), std.contains(probe), "{probe:?}");
        }
        assert!(!Set::default().contains(""));
        assert!(Set::default().is_empty());
    }
}
