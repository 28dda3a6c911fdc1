//! `parallax glossary draft`: a first glossary for a story no glossary covers yet.
//!
//! parallax knows a name only through a glossary, and a newsroom that turns it to another region
//! starts with none. This stage reads the analysed articles and proposes the names they share
//! that no loaded glossary knows: runs of capitalised words, grouped across languages and
//! scripts by their spelling key ([`spelling_key`], so Vardanyan, Варданян and Վարդանյան meet) after
//! the case ending is taken off (Варданяна, Vardanyan'ın). The result is a [`Draft`], which
//! `render::draft` writes as a glossary file to check and load with `--glossary`.
//!
//! Heuristics, each one a guess the draft's reader corrects:
//! - a word that the articles of its language also write in lower case is a common word
//!   ("The", "Government"), not a name; it is dropped from either end of a run;
//! - words of the date and concept lexicons (months, weekdays, "Ministry") are dropped the same
//!   way, and so is a title word (President, Cumhurbaşkanı), which makes the name a person's;
//! - in a language that capitalises every noun (German) a lone word counts only when another
//!   language names it too;
//! - scripts without capital letters (Georgian, Arabic, Persian, Hebrew) propose nothing of
//!   their own, but a word of theirs whose spelling key equals a proposed name's is added to it;
//! - a spelling too few articles write joins the name one letter away (`merge_near`), a
//!   surname alone the one person's name it ends (`merge_surnames`), and a run of two names
//!   side by side is split (`split_runs`).
//!
//! Written here rather than with a named-entity recogniser: no crate ships models for the
//! thirteen languages offline, and capitalisation plus the glossary's own spelling keys and case
//! endings are what the matcher will use on the result anyway.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::inflect::Inflection;
use super::lint::script_of;
use super::translit::{distance, spelling_key};
use super::{Entity, Glossary, Name};
use crate::analyze::Analyzer;
use crate::anchors::concepts::Concepts;
use crate::anchors::is_month_name;
use crate::framing::Lexicon;
use crate::model::{Comparison, Document, NameStatus};
use crate::translate::persons::is_given_name;

/// At most this many words in one proposed name.
const MAX_WORDS: usize = 5;
/// A proposed name's spelling key has at least this many letters.
const MIN_KEY_LETTERS: usize = 3;
/// A case ending is taken off only when this many letters of the word are left.
const MIN_STEM_CHARS: usize = 4;
/// The example sentence of an entity is cut to this many characters.
const EXAMPLE_CHARS: usize = 140;

/// What `glossary draft` proposes: the entities, most widely used first.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Articles read.
    pub articles: usize,
    /// Languages of those articles, sorted.
    pub languages: Vec<String>,
    /// Languages whose script has no capital letters: they add names only to what the others
    /// propose.
    pub caseless: Vec<String>,
    /// A name must be used by this many articles to be proposed.
    pub min_articles: usize,
    pub entities: Vec<DraftEntity>,
}

/// One proposed entity: the names that share a spelling key.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftEntity {
    /// A slug of the spelling key, unique in the draft and not an id of the loaded glossary.
    pub id: String,
    /// A guess: `person` after a title word or a known given name, `org` for an acronym,
    /// otherwise `place`.
    pub kind: &'static str,
    /// One name per language: the shortest form that language's articles write.
    pub names: Vec<DraftName>,
    /// Articles that use one of the names.
    pub articles: usize,
    pub mentions: usize,
    /// Outlets (or article ids) of those articles, in reading order, each once.
    pub outlets: Vec<String>,
    /// The sentence of the first mention, on one line, shortened.
    pub example: String,
    /// Another proposed entity that is perhaps the same thing under another language's name
    /// (see [`same_things`]): its id, and in how many pairs of articles the two stand in
    /// sentences aligned as one fact.
    pub same_as: Option<(String, usize)>,
}

/// One name of a proposed entity.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftName {
    pub text: String,
    pub lang: String,
    /// Script code as glossaries write it (`Latn`, `Cyrl`, `Armn` …).
    pub script: &'static str,
    pub mentions: usize,
    /// The other forms seen in this language (case endings, other spellings), most used first.
    pub other_forms: Vec<String>,
}

/// One mention of a candidate name.
#[derive(Clone)]
struct Mention {
    doc: usize,
    lang: String,
    surface: String,
    /// The words of the name as written.
    words: Vec<String>,
    person: bool,
    acronym: bool,
    sentence: String,
}

/// A word of a sentence: its text as written (apostrophe suffixes and elisions off).
struct Word<'a> {
    text: &'a str,
    start: usize,
    /// Punctuation or more than a space or a hyphen before the next word.
    break_after: bool,
}

/// What a mention is read with: the lexicons and the articles' own lower-case words.
struct Reader {
    /// (language, word) for every word some sentence of that language writes in lower case.
    lower: HashSet<(String, String)>,
    rules: HashMap<String, Rules>,
    /// Title words by language, lower case.
    titles: HashMap<String, HashSet<String>>,
    concepts: &'static Concepts,
}

impl Reader {
    /// Whether a capitalised word is a common word of `lang`: the articles also write it in
    /// lower case, or it is a concept (a weekday, "Ministry") or a month.
    fn common(&self, w: &str, lang: &str) -> bool {
        self.lower.contains(&(lang.to_string(), w.to_lowercase()))
            || !self.concepts.find(w, lang).is_empty()
            || is_month_name(w, lang)
    }

    /// A run without the common words at its ends and a title at its start, and whether the
    /// title made it a person's name. (The title list also has words such as "Karabakh",
    /// which are names on their own: a title counts only before another word.)
    fn trim<'r>(&self, mut run: &'r [&'r Word<'r>], lang: &str) -> (&'r [&'r Word<'r>], bool) {
        let mut person = false;
        let title = |w: &Word| {
            self.titles
                .get(lang)
                .is_some_and(|t| t.contains(&w.text.to_lowercase()))
        };
        while let Some(first) = run.first() {
            // acronyms on the list (UN, EU, MP) are names here
            if run.len() > 1 && title(first) && !is_acronym(first.text) {
                person = true;
                run = &run[1..];
            } else if self.common(first.text, lang) && !is_acronym(first.text) {
                run = &run[1..];
            } else {
                break;
            }
        }
        while let Some(last) = run.last() {
            if self.common(last.text, lang) && !is_acronym(last.text) {
                run = &run[..run.len() - 1];
            } else {
                break;
            }
        }
        // the list holds "In" and "The" as well: a title says "person" only before a name of
        // two words or more (Mayor Aram Tevosyan, not In Greenvale)
        (run, person && run.len() >= 2)
    }

    /// The candidate names of one article (`di`, its index), each with its two spelling keys
    /// (whole, and without case endings); the languages of its sentences in a script without
    /// capitals go to `caseless`.
    fn mentions(
        &self,
        di: usize,
        doc: &Document,
        found: &mut Vec<((String, String), Mention)>,
        caseless: &mut BTreeSet<String>,
    ) {
        let body = &doc.article.body;
        for s in doc.sentences.iter().filter(|s| !s.boilerplate) {
            let lang = s.language.as_str();
            let Some(text) = body.get(s.span.start..s.span.end) else {
                continue;
            };
            if !has_case(text) {
                if text.chars().any(char::is_alphabetic) {
                    caseless.insert(lang.to_string());
                }
                continue;
            }
            let taken: Vec<(usize, usize)> = s
                .names
                .iter()
                .map(|n| (n.span.start, n.span.end))
                .chain(s.dates.iter().map(|d| (d.span.start, d.span.end)))
                .collect();
            let words = words(text, s.span.start);
            for run in runs(&words, &taken) {
                let (run, mut person) = self.trim(&run, lang);
                if run.is_empty() || run.len() > MAX_WORDS {
                    continue;
                }
                let last = &run[run.len() - 1];
                let surface = &body[run[0].start..last.start + last.text.len()];
                let keys = (
                    key_of(run, lang, None),
                    key_of(run, lang, Some(&self.rules)),
                );
                let texts: Vec<&str> = run.iter().map(|w| w.text).collect();
                let (given, acronym) = name_flags(&texts);
                let letters = keys.1.chars().filter(char::is_ascii_alphabetic).count();
                // an acronym of two letters is a name (UN, EU, AB); another word of two is not
                if letters < if acronym { 2 } else { MIN_KEY_LETTERS } {
                    continue;
                }
                person |= given;
                found.push((
                    keys,
                    Mention {
                        doc: di,
                        lang: lang.to_string(),
                        surface: surface.split_whitespace().collect::<Vec<_>>().join(" "),
                        words: texts.iter().map(|w| w.to_string()).collect(),
                        person,
                        acronym,
                        sentence: s.text.clone(),
                    },
                ));
            }
        }
    }
}

/// Propose the names the `docs` share that `glossary` does not know.
pub fn draft(docs: &[Document], glossary: &Glossary, min_articles: usize) -> Draft {
    let inflection = Inflection::embedded();
    let reader = Reader {
        lower: lowercase_words(docs),
        rules: rules_by_language(&inflection),
        titles: inflection
            .langs
            .iter()
            .map(|(l, r)| {
                (
                    l.clone(),
                    r.titles.iter().map(|t| t.to_lowercase()).collect(),
                )
            })
            .collect(),
        concepts: Concepts::embedded(),
    };
    let rules = &reader.rules;
    let capitalised_nouns: HashSet<&str> = inflection
        .langs
        .iter()
        .filter(|(_, r)| r.capitalised_nouns)
        .map(|(l, _)| l.as_str())
        .collect();

    let mut found: Vec<((String, String), Mention)> = Vec::new();
    let mut caseless = BTreeSet::new();
    for (di, doc) in docs.iter().enumerate() {
        reader.mentions(di, doc, &mut found, &mut caseless);
    }
    // A word keeps its ending when another mention has the whole word as its stem: German
    // "Goris" is the English "Goris", not "Gori" with a genitive s.
    let stems: HashSet<&str> = found.iter().map(|((_, stem), _)| stem.as_str()).collect();
    let mut by_key: BTreeMap<String, Vec<Mention>> = BTreeMap::new();
    for ((full, stem), m) in &found {
        let key = if stems.contains(full.as_str()) {
            full
        } else {
            stem
        };
        by_key.entry(key.clone()).or_default().push(m.clone());
    }
    split_runs(&mut by_key, &stems, min_articles, rules);
    merge_near(&mut by_key, min_articles);
    merge_surnames(&mut by_key, min_articles);
    // German nouns are all capitalised: a lone German word counts only when another language
    // writes it too.
    by_key.retain(|key, ms| {
        key.contains(' ')
            || ms.iter().any(|m| m.acronym)
            || ms
                .iter()
                .any(|m| !capitalised_nouns.contains(m.lang.as_str()))
    });
    add_caseless(docs, &mut by_key, &caseless, rules);

    let known: HashSet<&str> = glossary.entities.iter().map(|e| e.id.as_str()).collect();
    let mut ids: HashSet<String> = HashSet::new();
    let mut entities: Vec<DraftEntity> = by_key
        .into_iter()
        .filter_map(|(key, ms)| {
            let n = articles_of(&ms);
            (n >= min_articles).then(|| entity(&key, &ms, docs, n, rules))
        })
        .collect();
    entities.sort_by(|a, b| {
        (b.articles, b.mentions)
            .cmp(&(a.articles, a.mentions))
            .then_with(|| a.id.cmp(&b.id))
    });
    for e in &mut entities {
        e.id = unique_id(&e.id, &known, &mut ids);
    }
    let languages: BTreeSet<String> = docs.iter().map(|d| d.language.clone()).collect();
    Draft {
        articles: docs.len(),
        languages: languages.into_iter().collect(),
        caseless: caseless.into_iter().collect(),
        min_articles,
        entities,
    }
}

/// Below this share of capitalised words inside glossary names ([`known_capitalised`]) the
/// glossary looks made for another story. On the gold set's thirty stories the share is 0.28 to
/// 0.78 (invented officials and villages), on the samples 0.60; three articles about an invented
/// valley, with the built-in glossary, 0.
pub const FEW_KNOWN_SHARE: f64 = 0.2;
/// ... and at least this many capitalised words are needed to say so.
pub const FEW_KNOWN_MIN_WORDS: usize = 10;

/// `Some((known, all))` when the glossary knows few of the names the `docs` write (see
/// [`FEW_KNOWN_SHARE`]): a draft glossary would help.
pub fn few_known(docs: &[Document]) -> Option<(usize, usize)> {
    let (known, all) = known_capitalised(docs);
    (all >= FEW_KNOWN_MIN_WORDS && (known as f64) < FEW_KNOWN_SHARE * all as f64)
        .then_some((known, all))
}

/// How many of the capitalised words inside sentences (the first word of each left out) that
/// the `docs` write in scripts with capitals lie inside a glossary name: (known, all).
pub fn known_capitalised(docs: &[Document]) -> (usize, usize) {
    let (mut known, mut all) = (0, 0);
    for d in docs {
        let body = &d.article.body;
        for s in d.sentences.iter().filter(|s| !s.boilerplate) {
            let Some(text) = body.get(s.span.start..s.span.end) else {
                continue;
            };
            if !has_case(text) {
                continue;
            }
            for w in words(text, s.span.start).iter().skip(1) {
                if !is_capitalised(w.text) || is_acronym(w.text) {
                    continue;
                }
                all += 1;
                let end = w.start + w.text.len();
                known += usize::from(
                    s.names
                        .iter()
                        .any(|n| n.span.start < end && w.start < n.span.end),
                );
            }
        }
    }
    (known, all)
}

/// How many articles a name's mentions are in.
fn articles_of(ms: &[Mention]) -> usize {
    ms.iter().map(|m| m.doc).collect::<BTreeSet<_>>().len()
}

/// What the words of a name say of it by themselves: (a person's, opening with a known given
/// name before a surname; an organisation's, a lone acronym).
fn name_flags<S: AsRef<str>>(words: &[S]) -> (bool, bool) {
    (
        words.len() >= 2 && is_given_name(words[0].as_ref()),
        words.len() == 1 && is_acronym(words[0].as_ref()),
    )
}

/// Every word the articles write in lower case, by language (of its sentence).
fn lowercase_words(docs: &[Document]) -> HashSet<(String, String)> {
    let mut out = HashSet::new();
    for d in docs {
        for s in &d.sentences {
            for w in s.text.split(|c: char| !c.is_alphabetic()) {
                if w.chars().next().is_some_and(char::is_lowercase) {
                    out.insert((s.language.clone(), w.to_string()));
                }
            }
        }
    }
    out
}

/// Case endings and stem-final letters by language ([`Rules`]). A language that writes endings
/// only after an apostrophe (Turkish) has no endings here: [`words`] has already cut them off.
fn rules_by_language(inflection: &Inflection) -> HashMap<String, Rules> {
    inflection
        .langs
        .iter()
        .map(|(l, r)| {
            let rules = Rules {
                endings: if r.apostrophe_only {
                    Vec::new()
                } else {
                    r.endings_longest_first()
                },
                strip: r.strip.iter().map(|s| s.to_lowercase()).collect(),
            };
            (l.clone(), rules)
        })
        .collect()
}

/// Whether `text` has letters of a script with capitals (Latin, Cyrillic, Greek, Armenian).
fn has_case(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(script_of(c), Some("Latn" | "Cyrl" | "Grek" | "Armn")))
}

/// A word of two to six letters, all capitals (UN, OSCE, ICRC).
fn is_acronym(w: &str) -> bool {
    let n = w.chars().count();
    (2..=6).contains(&n) && w.chars().all(|c| c.is_uppercase() && c.is_alphabetic())
}

/// Whether a word opens with a capital and goes on in lower case (or is an acronym). Words in
/// capitals throughout and longer than an acronym are headlines or datelines, not names.
fn is_capitalised(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase() && (is_acronym(w) || w.chars().skip(1).any(char::is_lowercase))
}

/// The words of `text` (which starts at byte `offset` of the body). A hyphen between letters
/// stays inside a word (Nagorno-Karabakh); after an apostrophe, a suffix is dropped
/// (Vardanyan'ın, Artsakh's) and before one an elision (d'Arménie, l'Azerbaïdjan).
fn words(text: &str, offset: usize) -> Vec<Word<'_>> {
    let mut out: Vec<Word> = Vec::new();
    let mut i = 0;
    let bytes_len = text.len();
    while i < bytes_len {
        let c = text[i..].chars().next().unwrap_or(' ');
        if !c.is_alphabetic() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut end = i;
        let mut chars = text[i..].char_indices().peekable();
        while let Some((k, ch)) = chars.next() {
            let joins = (ch == '-' || ch == '\'' || ch == '’')
                && chars.peek().is_some_and(|(_, n)| n.is_alphabetic());
            if ch.is_alphabetic() || ch.is_numeric() || joins {
                end = i + k + ch.len_utf8();
            } else {
                break;
            }
        }
        let mut w = &text[start..end];
        let mut w_start = start;
        if let Some(p) = w.find(['\'', '’']) {
            let (before, after) = (&w[..p], &w[p..]);
            let after = after.trim_start_matches(['\'', '’']);
            if before.chars().count() <= 2 && before.chars().all(char::is_lowercase) {
                w_start = start + (w.len() - after.len());
                w = after;
            } else {
                w = before;
            }
        }
        // what follows the word: only white space without a line break, or a hyphen, keeps a
        // run going
        let rest = &text[end..];
        let gap: String = rest.chars().take_while(|c| !c.is_alphabetic()).collect();
        let break_after = !(gap == " " || gap == "-" || gap == " - ");
        out.push(Word {
            text: w,
            start: offset + w_start,
            break_after,
        });
        i = end.max(i + c.len_utf8());
    }
    out
}

/// Runs of capitalised words, none of them inside a glossary name or a date (`taken`: body
/// ranges).
fn runs<'a>(words: &'a [Word<'a>], taken: &[(usize, usize)]) -> Vec<Vec<&'a Word<'a>>> {
    let inside = |w: &Word| {
        let (s, e) = (w.start, w.start + w.text.len());
        taken.iter().any(|&(a, b)| s < b && a < e)
    };
    let mut out = Vec::new();
    let mut cur: Vec<&Word> = Vec::new();
    for w in words {
        if is_capitalised(w.text) && !inside(w) {
            cur.push(w);
            if w.break_after {
                out.push(std::mem::take(&mut cur));
            }
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The word with its longest case ending of `lang` taken off, when enough of it is left.
fn stem<'w>(word: &'w str, lang: &str, rules: &HashMap<String, Rules>) -> &'w str {
    rules
        .get(lang)
        .map_or(word, |r| stem_with(word, &r.endings))
}

/// The word without the longest of `list` (lower-case endings, longest first) that it ends
/// with, when enough of it is left.
fn stem_with<'w>(word: &'w str, list: &[String]) -> &'w str {
    let lower = word.to_lowercase();
    // lower-casing may change lengths (rare: İ); then the word is left whole
    if lower.len() != word.len() {
        return word;
    }
    for e in list {
        if lower.ends_with(e.as_str()) {
            let stem = &word[..word.len() - e.len()];
            if stem.chars().count() >= MIN_STEM_CHARS {
                return stem;
            }
        }
    }
    word
}

/// The spelling key of a run of words ([`spelling_key`], its markers for letters written two
/// ways read as their commonest value), each word without its case ending when `rules` are
/// given.
fn key_of(run: &[&Word], lang: &str, rules: Option<&HashMap<String, Rules>>) -> String {
    let texts: Vec<&str> = run.iter().map(|w| w.text).collect();
    key_of_texts(&texts, lang, rules)
}

fn key_of_texts<S: AsRef<str>>(
    words: &[S],
    lang: &str,
    rules: Option<&HashMap<String, Rules>>,
) -> String {
    let words: Vec<&str> = words
        .iter()
        .map(|w| rules.map_or(w.as_ref(), |r| stem(w.as_ref(), lang, r)))
        .collect();
    spelling_key(&words.join(" "), lang).to_ascii_lowercase()
}

/// A run of capitalised words that too few articles write may be two names side by side
/// (Russian "Зоракерта Арам Тевосян", the town's genitive and then the mayor): it is split
/// where one of the halves is a name enough articles use, and each half goes to its own name.
fn split_runs(
    by_key: &mut BTreeMap<String, Vec<Mention>>,
    stems: &HashSet<&str>,
    min_articles: usize,
    rules: &HashMap<String, Rules>,
) {
    let passing: HashSet<String> = by_key
        .iter()
        .filter(|(_, ms)| articles_of(ms) >= min_articles)
        .map(|(k, _)| k.clone())
        .collect();
    let key_for = |words: &[String], lang: &str| {
        let full = key_of_texts(words, lang, None);
        if stems.contains(full.as_str()) || passing.contains(&full) {
            full
        } else {
            key_of_texts(words, lang, Some(rules))
        }
    };
    // (the run's key, its place there, the halves with their keys)
    type Split = (String, usize, Vec<(String, Mention)>);
    let mut moved: Vec<Split> = Vec::new();
    for (key, ms) in by_key.iter() {
        if passing.contains(key) {
            continue;
        }
        for (i, m) in ms.iter().enumerate().filter(|(_, m)| m.words.len() >= 2) {
            let split = (1..m.words.len()).find_map(|k| {
                let halves = [&m.words[..k], &m.words[k..]];
                let keys = halves.map(|h| key_for(h, &m.lang));
                keys.iter()
                    .any(|k| passing.contains(k))
                    .then_some((halves, keys))
            });
            let Some((halves, keys)) = split else {
                continue;
            };
            let parts = halves
                .iter()
                .zip(keys)
                .enumerate()
                .filter(|(_, (_, k))| {
                    k.chars().filter(char::is_ascii_alphabetic).count() >= MIN_KEY_LETTERS
                })
                .map(|(h, (words, k))| {
                    let (given, acronym) = name_flags(words);
                    let part = Mention {
                        surface: words.join(" "),
                        words: words.to_vec(),
                        // a title before the run belongs to its first half
                        person: (h == 0 && m.person) || given,
                        acronym,
                        ..m.clone()
                    };
                    (k, part)
                })
                .collect();
            moved.push((key.clone(), i, parts));
        }
    }
    // from the last so that indices stay right
    for (key, i, parts) in moved.into_iter().rev() {
        if let Some(ms) = by_key.get_mut(&key) {
            ms.remove(i);
        }
        for (k, part) in parts {
            by_key.entry(k).or_default().push(part);
        }
    }
    by_key.retain(|_, ms| !ms.is_empty());
}

/// Spelling keys this long or longer may join a key one edit away (`merge_near`).
const NEAR_MIN_LETTERS: usize = 6;

/// A name too few articles write under one spelling joins the name whose spelling key is one
/// edit away and that the most articles write: German Alijew and English Aliyev (`alijev`,
/// `aliev`), Russian Горадиз and Horadiz (`goradiz`, `horadiz`), Хикмет Гаджиев and Hikmet
/// Hajiyev. Names enough articles write each stay apart (Armenia, Armenian). Candidates are
/// found through their one-letter deletions (a key and its deletions share one when they are
/// one edit apart), so no pair of keys is compared that shares none.
fn merge_near(by_key: &mut BTreeMap<String, Vec<Mention>>, min_articles: usize) {
    let long = |k: &str| k.chars().filter(char::is_ascii_alphabetic).count() >= NEAR_MIN_LETTERS;
    let deletions = |k: &str| -> Vec<String> {
        let chars: Vec<char> = k.chars().collect();
        let mut out: Vec<String> = (0..chars.len())
            .map(|i| chars[..i].iter().chain(&chars[i + 1..]).collect())
            .collect();
        out.push(k.to_string());
        out
    };
    let mut index: HashMap<String, Vec<String>> = HashMap::new();
    for key in by_key.keys().filter(|k| long(k)) {
        for d in deletions(key) {
            index.entry(d).or_default().push(key.clone());
        }
    }
    let failing: Vec<String> = by_key
        .iter()
        .filter(|(k, ms)| long(k) && articles_of(ms) < min_articles)
        .map(|(k, _)| k.clone())
        .collect();
    for key in failing {
        let Some(ms) = by_key.get(&key) else {
            continue;
        };
        if articles_of(ms) >= min_articles {
            continue;
        }
        let mut near: Vec<&String> = deletions(&key)
            .iter()
            .filter_map(|d| index.get(d))
            .flatten()
            .filter(|c| **c != key && by_key.contains_key(*c) && distance(&key, c) <= 1)
            .collect();
        near.sort();
        near.dedup();
        let Some(target) = near
            .into_iter()
            .max_by_key(|c| {
                (
                    by_key.get(*c).map_or(0, |ms| articles_of(ms)),
                    std::cmp::Reverse(*c),
                )
            })
            .cloned()
        else {
            continue;
        };
        if let Some(moved) = by_key.remove(&key) {
            by_key.entry(target).or_default().extend(moved);
        }
    }
}

/// Whether most of a name's mentions (a third or more) read as a person's: after a title, or
/// opening with a known given name.
fn is_person(ms: &[Mention]) -> bool {
    ms.iter().filter(|m| m.person).count() * 3 >= ms.len()
}

/// A surname alone (Захарова, Hacıyev) that too few articles write joins the one person's name
/// that ends with it (Maria Zakharova, Hikmet Hajiyev); when two such persons are proposed, it
/// stays apart.
fn merge_surnames(by_key: &mut BTreeMap<String, Vec<Mention>>, min_articles: usize) {
    let mut persons: HashMap<String, Vec<String>> = HashMap::new();
    for (k, ms) in by_key.iter() {
        if let Some((_, last)) = k.rsplit_once(' ')
            && is_person(ms)
        {
            persons.entry(last.to_string()).or_default().push(k.clone());
        }
    }
    let lone: Vec<String> = by_key
        .iter()
        .filter(|(k, ms)| !k.contains(' ') && articles_of(ms) < min_articles)
        .map(|(k, _)| k.clone())
        .collect();
    for key in lone {
        if let Some([person]) = persons.get(&key).map(Vec::as_slice)
            && let Some(moved) = by_key.remove(&key)
        {
            by_key.entry(person.clone()).or_default().extend(moved);
        }
    }
}

/// Words and word pairs of the caseless articles whose key is one of the proposed names'.
fn add_caseless(
    docs: &[Document],
    by_key: &mut BTreeMap<String, Vec<Mention>>,
    caseless: &BTreeSet<String>,
    rules: &HashMap<String, Rules>,
) {
    if caseless.is_empty() || by_key.is_empty() {
        return;
    }
    let mut found: Vec<(String, Mention)> = Vec::new();
    for (di, doc) in docs.iter().enumerate() {
        let body = &doc.article.body;
        for s in doc.sentences.iter().filter(|s| !s.boilerplate) {
            if !caseless.contains(&s.language) {
                continue;
            }
            let Some(text) = body.get(s.span.start..s.span.end) else {
                continue;
            };
            if has_case(text) {
                continue;
            }
            let ws = words(text, s.span.start);
            for i in 0..ws.len() {
                for n in 1..=2.min(ws.len() - i) {
                    let run: Vec<&Word> = ws[i..i + n].iter().collect();
                    if run[..n - 1].iter().any(|w| w.break_after) {
                        continue;
                    }
                    let full = key_of(&run, &s.language, None);
                    let key = if by_key.contains_key(&full) {
                        full
                    } else {
                        key_of(&run, &s.language, Some(rules))
                    };
                    if by_key.contains_key(&key) {
                        let last = run[n - 1];
                        let surface = &body[run[0].start..last.start + last.text.len()];
                        found.push((
                            key,
                            Mention {
                                doc: di,
                                lang: s.language.clone(),
                                surface: surface.to_string(),
                                words: run.iter().map(|w| w.text.to_string()).collect(),
                                person: false,
                                acronym: false,
                                sentence: s.text.clone(),
                            },
                        ));
                    }
                }
            }
        }
    }
    for (key, m) in found {
        if let Some(v) = by_key.get_mut(&key) {
            v.push(m);
        }
    }
}

/// The form to propose of one language's `forms` (with their counts): the one from which most
/// of the others follow by a case ending (`derives`); then one spelled as another language
/// writes the name (`elsewhere`: spelling keys), so Зоракерт beside English Zorakert rather than
/// Зоракерта; then a form seen before a stem (Москва, not Москв), not in capitals, the shortest
/// and the most used. A stem no article writes is proposed only when it explains more forms
/// than any written one (Xankəndi for Xankəndidə, Xankəndinin) or matches another language.
fn base_form(
    forms: &[(&str, usize)],
    lang: &str,
    rules: Option<&Rules>,
    elsewhere: &HashSet<String>,
) -> String {
    let mut candidates: Vec<(String, bool)> =
        forms.iter().map(|(f, _)| (f.to_string(), true)).collect();
    if let Some(r) = rules {
        for (f, _) in forms {
            let st = stem_words(f, r);
            if st != *f && !candidates.iter().any(|(c, _)| *c == st) {
                candidates.push((st, false));
            }
        }
    }
    let matches = |c: &str| elsewhere.contains(&spelling_key(c, lang).to_ascii_lowercase());
    let used = |c: &str| forms.iter().find(|(f, _)| *f == c).map_or(0, |(_, n)| *n);
    let covered = |c: &str| {
        forms
            .iter()
            .filter(|(f, _)| rules.map_or(*f == c, |r| derives(c, f, r)))
            .count()
    };
    candidates
        .into_iter()
        .max_by(|(a, a_seen), (b, b_seen)| {
            covered(a)
                .cmp(&covered(b))
                .then(matches(a).cmp(&matches(b)))
                .then(a_seen.cmp(b_seen))
                .then(all_caps(b).cmp(&all_caps(a)))
                .then(b.chars().count().cmp(&a.chars().count()))
                .then(used(a).cmp(&used(b)))
                .then(b.cmp(a))
        })
        .map(|(c, _)| c)
        .unwrap_or_default()
}

/// Whether a form is written in capitals throughout (a headline's or a dateline's BAKÜ).
fn all_caps(form: &str) -> bool {
    !form.chars().any(char::is_lowercase)
}

/// Case endings and stem-final letters of one language, lower case.
struct Rules {
    endings: Vec<String>,
    strip: Vec<String>,
}

/// Every word of `form` without its longest ending (when enough is left).
fn stem_words(form: &str, r: &Rules) -> String {
    form.split(' ')
        .map(|w| stem_with(w, &r.endings))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `form` is `base` with a case ending on each word, a stem-final letter of the base
/// word dropped first where the language drops one (Москва → Москве).
fn derives(base: &str, form: &str, r: &Rules) -> bool {
    let (bw, fw): (Vec<&str>, Vec<&str>) = (base.split(' ').collect(), form.split(' ').collect());
    bw.len() == fw.len()
        && bw.iter().zip(&fw).all(|(b, f)| {
            let (b, f) = (b.to_lowercase(), f.to_lowercase());
            let ends = |stem: &str| {
                f.strip_prefix(stem)
                    .is_some_and(|rest| rest.is_empty() || r.endings.iter().any(|e| e == rest))
            };
            ends(&b)
                || r.strip
                    .iter()
                    .any(|s| b.strip_suffix(s.as_str()).is_some_and(&ends))
        })
}

/// The proposed entity of one spelling key.
fn entity(
    key: &str,
    ms: &[Mention],
    docs: &[Document],
    articles: usize,
    rules: &HashMap<String, Rules>,
) -> DraftEntity {
    let mut by_lang: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for m in ms {
        *by_lang
            .entry(m.lang.as_str())
            .or_default()
            .entry(m.surface.as_str())
            .or_default() += 1;
    }
    let keys: Vec<(&str, String)> = ms
        .iter()
        .map(|m| {
            (
                m.lang.as_str(),
                spelling_key(&m.surface, &m.lang).to_ascii_lowercase(),
            )
        })
        .collect();
    let names: Vec<DraftName> = by_lang
        .into_iter()
        .map(|(lang, forms)| {
            let forms: Vec<(&str, usize)> = forms.into_iter().collect();
            let elsewhere: HashSet<String> = keys
                .iter()
                .filter(|(l, _)| *l != lang)
                .map(|(_, k)| k.clone())
                .collect();
            let text = base_form(&forms, lang, rules.get(lang), &elsewhere);
            let mut others: Vec<(&str, usize)> =
                forms.iter().copied().filter(|(f, _)| *f != text).collect();
            others.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            DraftName {
                script: text.chars().find_map(script_of).unwrap_or("Latn"),
                text,
                lang: lang.to_string(),
                mentions: forms.iter().map(|f| f.1).sum(),
                other_forms: others.into_iter().map(|(f, _)| f.to_string()).collect(),
            }
        })
        .collect();
    // a dateline in capitals (BAKU) is no acronym: most mentions of an organisation are
    let acronyms = ms.iter().filter(|m| m.acronym).count();
    let kind = if is_person(ms) {
        "person"
    } else if acronyms * 2 > ms.len() {
        "org"
    } else {
        "place"
    };
    let mut outlets: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    for m in ms {
        if seen.insert(m.doc) {
            outlets.push(docs[m.doc].label().to_string());
        }
    }
    DraftEntity {
        id: slug(&id_source(key, &names)),
        kind,
        names,
        articles,
        mentions: ms.len(),
        outlets,
        example: one_line(&ms[0].sentence, EXAMPLE_CHARS),
        same_as: None,
    }
}

impl Draft {
    /// The draft as a glossary, as `--glossary` would load the file `render::draft` writes.
    pub fn to_glossary(&self) -> Glossary {
        let entities = self
            .entities
            .iter()
            .map(|e| Entity {
                id: e.id.clone(),
                kind: e.kind.to_string(),
                native: None,
                contested: false,
                note: None,
                homographs: Vec::new(),
                names: e
                    .names
                    .iter()
                    .map(|n| Name {
                        text: n.text.clone(),
                        lang: n.lang.clone(),
                        script: n.script.to_string(),
                        conventions: vec!["neutral".to_string()],
                        status: NameStatus::Common,
                        scheme: None,
                        source: "draft".to_string(),
                        suffixes: Vec::new(),
                        note: None,
                        origin: "draft".to_string(),
                        line: 0,
                    })
                    .collect(),
                origin: "draft".to_string(),
                line: 0,
            })
            .collect();
        Glossary {
            entities,
            files: vec!["draft".to_string()],
            info: Vec::new(),
            extensions: Vec::new(),
        }
    }
}

/// Align `docs` (analysed with `glossary`) with the draft loaded beside `glossary`, and note
/// which proposed entities look like one thing named in two languages ([`same_things`]).
pub fn note_same_things(draft: &mut Draft, glossary: &Glossary, docs: Vec<Document>) {
    if docs.len() < 2 || draft.entities.is_empty() {
        return;
    }
    let mut merged = glossary.clone();
    merged.merge(draft.to_glossary());
    // framing cues play no part in alignment
    let analyzer = Analyzer::new(&merged, Lexicon::default());
    let docs: Vec<Document> = docs
        .into_iter()
        .map(|d| analyzer.analyze(d.article, Some(&d.language)))
        .collect();
    let comparison = crate::compare::compare(docs, Vec::new(), &merged);
    same_things(draft, &comparison);
}

/// ... and in this share of the pairs of articles that write one and the other: names of one
/// thing stand in each other's stead nearly wherever both are written (Armenia and Ermənistan
/// in 8 of 8 pairs), a place named for its country only now and then (Baku and Azerbaijan in 5
/// of 80).
pub const SAME_THING_MIN_SHARE: f64 = 0.25;

/// Two proposed names side by side in this many pairs of articles (or more) may be one thing.
pub const SAME_THING_MIN_PAIRS: usize = 2;

/// Names of one thing in different languages that share no spelling (Armenia, Ermənistan,
/// Армения) are proposed apart, but the articles report the same facts with them: in sentences
/// that `comparison` (made with the draft loaded) aligns as one fact, one side names the one and
/// the other side the other, and neither names both. Each entity's most frequent such partner,
/// when the two are each other's and stand so in [`SAME_THING_MIN_PAIRS`] pairs of articles or
/// more, no language writes both, both or neither are persons, and no sentence names both, is
/// noted in [`DraftEntity::same_as`] for the reader to merge. Nothing is merged here: a place
/// named for its country ("Baku said") stands in the same way.
pub fn same_things(draft: &mut Draft, comparison: &Comparison) {
    let index: HashMap<&str, usize> = draft
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let langs: Vec<BTreeSet<&str>> = draft
        .entities
        .iter()
        .map(|e| e.names.iter().map(|n| n.lang.as_str()).collect())
        .collect();
    let named = |doc: usize, sentences: &[usize]| -> BTreeSet<usize> {
        let d = &comparison.documents[doc];
        sentences
            .iter()
            .filter_map(|&i| d.sentences.get(i))
            .flat_map(|s| &s.names)
            .filter_map(|n| index.get(n.entity.as_str()).copied())
            .collect()
    };
    // two names one sentence writes side by side are two things (Kalbajar and Dadivank)
    let mut together: HashSet<(usize, usize)> = HashSet::new();
    for d in &comparison.documents {
        for s in &d.sentences {
            let here: BTreeSet<usize> = s
                .names
                .iter()
                .filter_map(|n| index.get(n.entity.as_str()).copied())
                .collect();
            for &x in &here {
                for &y in here.range(x + 1..) {
                    together.insert((x, y));
                }
            }
        }
    }
    let person = |i: usize| draft.entities[i].kind == "person";
    let mut side_by_side: HashMap<(usize, usize), BTreeSet<(usize, usize)>> = HashMap::new();
    for al in &comparison.alignments {
        for p in al.pairs.iter().filter(|p| !p.secondary) {
            let (l, r) = (named(al.left, &p.left), named(al.right, &p.right));
            for &x in l.difference(&r) {
                for &y in r.difference(&l) {
                    let key = (x.min(y), x.max(y));
                    if langs[x].is_disjoint(&langs[y])
                        && person(x) == person(y)
                        && !together.contains(&key)
                    {
                        side_by_side
                            .entry(key)
                            .or_default()
                            .insert((al.left, al.right));
                    }
                }
            }
        }
    }
    let mut best: Vec<Option<(usize, usize)>> = vec![None; draft.entities.len()];
    let mut pairs: Vec<((usize, usize), usize)> = side_by_side
        .into_iter()
        .map(|(k, docs)| (k, docs.len()))
        .collect();
    pairs.sort();
    for ((x, y), n) in pairs {
        for (a, b) in [(x, y), (y, x)] {
            if best[a].is_none_or(|(_, m)| n > m) {
                best[a] = Some((b, n));
            }
        }
    }
    let articles = |i: usize| draft.entities[i].articles.max(1);
    let chosen: Vec<Option<(String, usize)>> = (0..draft.entities.len())
        .map(|a| {
            let (b, n) = best[a]?;
            let share = n as f64 / (articles(a) * articles(b)) as f64;
            (n >= SAME_THING_MIN_PAIRS
                && share >= SAME_THING_MIN_SHARE
                && best[b].is_some_and(|(c, _)| c == a))
            .then(|| (draft.entities[b].id.clone(), n))
        })
        .collect();
    for (e, same) in draft.entities.iter_mut().zip(chosen) {
        e.same_as = same;
    }
}

/// What an entity's id is made of: its English name, else another Latin-script name, with its
/// accents taken off (Rubén Vardanián → ruben-vardanian); the spelling key when no Latin name
/// is left plain ASCII that way (ə, ı and ş have no accent to take off).
fn id_source(key: &str, names: &[DraftName]) -> String {
    use unicode_normalization::UnicodeNormalization;
    let latin = names
        .iter()
        .filter(|n| n.script == "Latn")
        .min_by_key(|n| (n.lang != "en", n.lang.clone()));
    let Some(n) = latin else {
        return key.to_string();
    };
    let plain: String = n
        .text
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    if plain.chars().all(|c| c.is_ascii() || !c.is_alphabetic()) {
        plain
    } else {
        key.to_string()
    }
}

/// `ruben vardanian` → `ruben-vardanian`; anything but ASCII letters and digits separates.
fn slug(key: &str) -> String {
    let mut out = String::new();
    for part in key
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&part.to_ascii_lowercase());
    }
    if out.is_empty() {
        "name".to_string()
    } else {
        out
    }
}

/// `id`, or `id-2`, `id-3` …: not an id of the glossary (loading the draft beside it would
/// extend that entity) nor one already given.
fn unique_id(id: &str, known: &HashSet<&str>, given: &mut HashSet<String>) -> String {
    let mut candidate = id.to_string();
    let mut n = 1;
    while known.contains(candidate.as_str()) || given.contains(&candidate) {
        n += 1;
        candidate = format!("{id}-{n}");
    }
    given.insert(candidate.clone());
    candidate
}

/// `text` on one line (control characters and line breaks as spaces), cut to `max` characters.
pub fn one_line(text: &str, max: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let flat = flat.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn article(id: &str, outlet: &str, body: &str) -> Article {
        Article {
            id: id.into(),
            source: format!("{id}.txt"),
            outlet: Some(outlet.into()),
            date: None,
            title: None,
            perspective: None,
            url: None,
            byline: None,
            body: body.into(),
        }
    }

    /// Three reports of an invented flood in an invented valley: names no glossary has.
    fn story(glossary: &Glossary) -> Vec<Document> {
        let analyzer = Analyzer::new(glossary, Lexicon::default());
        [
            (
                "en-one",
                "Valley Times",
                "en",
                "Floods hit Zorakert on Monday.\n\nMayor Aram Tevosyan said the river rose in September, as it did in Zorakert before. The Monday storm also hit Armenia.\n\nResidents of Zorakert were moved to a school.",
            ),
            (
                "ru-two",
                "Долинный вестник",
                "ru",
                "Наводнение в Зоракерте.\n\nМэр Зоракерта Арам Тевосян сказал, что вода поднялась в понедельник. Жители Зоракерта ушли в школу.",
            ),
            (
                "hy-three",
                "Հովտի լրաբեր",
                "hy",
                "Ջրհեղեղ Զորակերտում։\n\nԶորակերտի քաղաքապետ Արամ Թևոսյանը ասաց, որ գետը վարարել է։",
            ),
        ]
        .into_iter()
        .map(|(id, outlet, lang, body)| analyzer.analyze(article(id, outlet, body), Some(lang)))
        .collect()
    }

    fn names(e: &DraftEntity) -> Vec<(&str, &str)> {
        e.names
            .iter()
            .map(|n| (n.lang.as_str(), n.text.as_str()))
            .collect()
    }

    #[test]
    fn a_name_is_grouped_across_scripts_in_its_base_form() {
        let g = Glossary::empty();
        let d = draft(&story(&g), &g, 2);
        let town = d.entities.iter().find(|e| e.id == "zorakert").unwrap();
        assert_eq!(
            names(town),
            [("en", "Zorakert"), ("hy", "Զորակերտ"), ("ru", "Зоракерт")],
            "{town:?}"
        );
        assert_eq!(town.articles, 3);
        assert_eq!(town.kind, "place");
        assert_eq!(
            town.outlets,
            ["Valley Times", "Долинный вестник", "Հովտի լրաբեր"]
        );
        let mayor = d
            .entities
            .iter()
            .find(|e| e.id.starts_with("aram"))
            .unwrap();
        assert_eq!(
            names(mayor),
            [
                ("en", "Aram Tevosyan"),
                ("hy", "Արամ Թևոսյան"),
                ("ru", "Арам Тевосян")
            ],
            "{mayor:?}"
        );
        assert_eq!(mayor.kind, "person");
        // the most widely used first
        assert_eq!(d.entities[0].id, "zorakert");
    }

    #[test]
    fn common_words_dates_and_single_articles_are_not_proposed() {
        let g = Glossary::empty();
        let d = draft(&story(&g), &g, 2);
        let ids: Vec<&str> = d.entities.iter().map(|e| e.id.as_str()).collect();
        // "The", "Floods", "Residents" (written in lower case elsewhere), "Monday" and
        // "September" (date and concept words) and "Armenia" (one article only)
        for w in [
            "the",
            "floods",
            "residents",
            "monday",
            "september",
            "armenia",
        ] {
            assert!(!ids.iter().any(|i| i.contains(w)), "{w} in {ids:?}");
        }
        let all = draft(&story(&g), &g, 1);
        assert!(all.entities.iter().any(|e| e.id == "armenia"), "{all:?}");
    }

    #[test]
    fn names_the_glossary_knows_are_left_out_and_ids_are_new() {
        let toml = r#"
[glossary]
id = "t"
title = "t"

[[entity]]
id = "zorakert"
kind = "place"
names = [
  { text = "Tevosyan", lang = "en", script = "Latn", conventions = ["neutral"], status = "common", source = "t" },
]
"#;
        let g = Glossary::from_toml(toml, "t.toml").unwrap();
        let d = draft(&story(&g), &g, 2);
        // the town is still proposed, under an id the glossary does not use
        let town = d
            .entities
            .iter()
            .find(|e| e.names[0].text == "Zorakert")
            .unwrap();
        assert_eq!(town.id, "zorakert-2");
        // the English surname the glossary knows is no longer part of an English name
        assert!(
            d.entities
                .iter()
                .flat_map(|e| &e.names)
                .all(|n| !(n.lang == "en" && n.text.contains("Tevosyan"))),
            "{d:?}"
        );
    }

    #[test]
    fn two_letter_acronyms_are_names_even_where_the_title_list_has_them() {
        let g = Glossary::empty();
        let analyzer = Analyzer::new(&g, Lexicon::default());
        let docs: Vec<Document> = ["one", "two"]
            .iter()
            .map(|id| {
                let body = "The EU Mission in Zorakert said the UN would help.";
                analyzer.analyze(article(id, id, body), Some("en"))
            })
            .collect();
        let d = draft(&docs, &g, 2);
        let kinds: Vec<(&str, &str)> = d.entities.iter().map(|e| (e.id.as_str(), e.kind)).collect();
        assert!(kinds.contains(&("eu", "org")), "{kinds:?}");
        assert!(kinds.contains(&("un", "org")), "{kinds:?}");
        assert!(kinds.contains(&("zorakert", "place")), "{kinds:?}");
    }

    #[test]
    fn base_forms_follow_the_case_endings() {
        let ru = Rules {
            endings: vec!["ами".into(), "а".into(), "е".into(), "у".into()],
            strip: vec!["а".into()],
        };
        let none = HashSet::new();
        let base = |forms: &[(&str, usize)], elsewhere: &HashSet<String>| {
            base_form(forms, "ru", Some(&ru), elsewhere)
        };
        // the nominative seen, with its oblique cases
        assert_eq!(base(&[("Москва", 1), ("Москве", 2)], &none), "Москва");
        // Гориса / Горисе read alike, unless another language writes the name Goris
        assert_eq!(base(&[("Горисе", 1), ("Гориса", 1)], &none), "Гориса");
        let goris = HashSet::from(["goris".to_string()]);
        assert_eq!(base(&[("Горисе", 1), ("Гориса", 1)], &goris), "Горис");
        // one form seen: as written
        assert_eq!(base(&[("Евлахе", 1)], &none), "Евлахе");
        // a form in capitals (a dateline) only when nothing else is written
        assert_eq!(
            base_form(&[("BAKÜ", 3), ("Bakü", 1)], "tr", None, &none),
            "Bakü"
        );
        assert!(derives("Арам Тевосян", "Арама Тевосяна", &ru));
        assert!(!derives("Арам", "Арамами Тевосяна", &ru));
    }

    #[test]
    fn words_drop_suffixes_and_elisions_and_keep_hyphens() {
        let text = "Vardanyan'ın d'Arménie Nagorno-Karabakh Artsakh’s";
        let ws: Vec<&str> = words(text, 0).iter().map(|w| w.text).collect();
        assert_eq!(ws, ["Vardanyan", "Arménie", "Nagorno-Karabakh", "Artsakh"]);
        let ws = words("Goris, Kapan and Meghri", 10);
        assert_eq!(ws[0].start, 10);
        assert!(ws[0].break_after && !ws[1].break_after);
    }

    fn mention(doc: usize, surface: &str, person: bool) -> Mention {
        Mention {
            doc,
            lang: "en".into(),
            surface: surface.into(),
            words: surface.split(' ').map(String::from).collect(),
            person,
            acronym: false,
            sentence: surface.into(),
        }
    }

    fn keys(by_key: &BTreeMap<String, Vec<Mention>>) -> Vec<(&str, usize)> {
        by_key
            .iter()
            .map(|(k, ms)| (k.as_str(), ms.len()))
            .collect()
    }

    #[test]
    fn a_spelling_too_few_articles_write_joins_the_one_a_letter_away() {
        let mut by_key = BTreeMap::from([
            (
                "ilham alijev".to_string(),
                vec![mention(0, "Ilham Alijew", true)],
            ),
            (
                "ilham aliev".to_string(),
                vec![
                    mention(1, "Ilham Aliyev", true),
                    mention(2, "Ilham Aliev", true),
                ],
            ),
            (
                "armenia".to_string(),
                vec![mention(1, "Armenia", false), mention(2, "Armenia", false)],
            ),
            (
                "armenian".to_string(),
                vec![mention(0, "Armenian", false), mention(3, "Armenian", false)],
            ),
            // two letters away: stays
            (
                "stepanavan".to_string(),
                vec![mention(0, "Stepanavan", false)],
            ),
            (
                "stepanakert".to_string(),
                vec![
                    mention(1, "Stepanakert", false),
                    mention(2, "Stepanakert", false),
                ],
            ),
        ]);
        merge_near(&mut by_key, 2);
        assert_eq!(
            keys(&by_key),
            [
                ("armenia", 2),
                ("armenian", 2),
                ("ilham aliev", 3),
                ("stepanakert", 2),
                ("stepanavan", 1)
            ]
        );
    }

    #[test]
    fn a_lone_surname_joins_the_one_person_it_ends() {
        let mut by_key = BTreeMap::from([
            ("zaharova".to_string(), vec![mention(0, "Zakharova", false)]),
            (
                "maria zaharova".to_string(),
                vec![
                    mention(1, "Maria Zakharova", true),
                    mention(2, "Maria Zakharova", true),
                ],
            ),
            ("melikian".to_string(), vec![mention(0, "Melikyan", false)]),
            (
                "tigran melikian".to_string(),
                vec![mention(1, "Tigran Melikyan", true)],
            ),
            (
                "anna melikian".to_string(),
                vec![mention(2, "Anna Melikyan", true)],
            ),
        ]);
        merge_surnames(&mut by_key, 2);
        assert_eq!(
            keys(&by_key),
            [
                ("anna melikian", 1),
                ("maria zaharova", 3),
                ("melikian", 1),
                ("tigran melikian", 1)
            ]
        );
    }

    proptest::proptest! {
        /// Every word is a slice of the text at its offset, and every word of every name the
        /// draft proposes from any text is written in it; nothing panics on any input.
        #[test]
        fn words_and_names_are_slices_of_the_text(
            text in "[A-Za-zÀ-ÿЀ-ӿԱ-֏'’ .,\n-]{0,80}",
            offset in 0usize..1000,
        ) {
            for w in words(&text, offset) {
                let at = w.start - offset;
                proptest::prop_assert_eq!(text.get(at..at + w.text.len()), Some(w.text));
            }
            let analyzer = Analyzer::new(&Glossary::empty(), Lexicon::default());
            let docs: Vec<Document> = (0..2)
                .map(|i| analyzer.analyze(article(&format!("a{i}"), "X", &text), Some("en")))
                .collect();
            for e in draft(&docs, &Glossary::empty(), 1).entities {
                for n in e.names {
                    // a base form may be a stem no article writes whole, but it is written
                    proptest::prop_assert!(
                        n.text.split(' ').all(|w| text.contains(w)),
                        "{:?} not in {:?}", n.text, text
                    );
                }
            }
        }
    }

    #[test]
    fn one_line_flattens_and_cuts() {
        assert_eq!(one_line("a\nb\u{7}\tc", 20), "a b c");
        assert_eq!(one_line("abcdefgh", 5), "abcd…");
    }
}
