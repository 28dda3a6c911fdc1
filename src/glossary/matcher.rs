//! Finding glossary names in text.
//!
//! Built once per run from a [`Glossary`]: every name becomes one or a few patterns (the whole
//! name, its stem, an alternated stem, the Arabic name without its article; for Russian and
//! Ukrainian multiword names the last word, with the words before it checked in the text — see
//! `inflect.rs`). The patterns, folded with the *secondary* (diacritic-insensitive) key of
//! `fold.rs`, make one anchored Aho-Corasick automaton. `find` folds the text once, into the
//! secondary key ([`SearchFold`]: the key, its map back to the original offsets, the places
//! where words start, the characters the secondary fold changed), and runs the automaton from
//! every place a name may start: a word start, or inside a word after one or two prefixes (the
//! before-check below fails anywhere else). A few bit sets of the patterns' first bytes skip
//! most places without touching the automaton, and a table of its states after the first eight
//! bytes of the long patterns saves most of the walk through it. Every pattern found is checked:
//!
//! - **after**: the word ends with the pattern, or the rest of the word is an ending (or up to
//!   `stack` endings) of the text's or the name's language — optionally after an apostrophe (or
//!   a hyphen) where that language writes one (Hankendi'de, BMT-nin) — or one of the name's own
//!   `suffixes`. A stem (Шуш for Шуша) must take an ending.
//! - **words before** (declined multiword names): each is the glossary word, declined as a noun
//!   or an adjective (Нагорного Карабаха, Ильхамом Алиевым).
//! - **before**: the match starts a word, or the letters before it in the same word are prefixes
//!   of the text's or the name's language (Arabic ال، و، ب، ل…), at most two in a row.
//! - **acronyms** (UN, ООН) match only where the text has no lowercase letter (not Spanish "un"),
//!   and another language's acronym not beside a word in capitals (French "UN CONVOI").
//! - **case**: a name that starts with a capital matches only where the text does too (a
//!   turkey is no Turkey); names written in lowercase and caseless scripts are not affected.
//!
//! A name shorter than `MIN_DIACRITICS_ONLY_CHARS` is not found without its diacritics (German
//! "Kur" is no Kür). A person's surname alone right after another capitalised given name is a
//! namesake and is dropped ([`Matcher::namesake`]: "Наталія Оверчук" is not Alexei Overchuk). After a document is matched, [`Matcher::drop_lone_homographs`] drops the
//! forms an entity lists as `homographs` unless the document names another entity.
//!
//! A hit that passes is checked again in the primary fold against the pattern's primary key: if
//! it holds there it is [`MatchKind::Exact`] or [`MatchKind::Inflected`], else
//! [`MatchKind::Diacritics`] (Xankendi for Xankəndi). Where the secondary fold changed nothing
//! around the hit (most hits) the primary fold is that same text; elsewhere it is put back
//! together for the words around the hit only. Every pattern found at every place is checked
//! (as an overlapping search would report them), so a hit failing the checks never hides a
//! shorter valid one. Hits are then chosen leftmost-longest — a person's full name wins over the
//! surname alone — first among primary hits, then diacritic-only hits where no primary hit was
//! chosen. Among equal spans the name in the text's language wins, then an exact match, then the
//! better status, then glossary order.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind as AcKind};

use super::Glossary;
use super::fold::{SearchFold, is_word_char, primary_key, secondary_fixed, secondary_key};
use super::inflect::{Compiled, Folded, Inflection, Lead, Set, Shape, ShortHasher, name_forms};
use crate::model::{MatchKind, NameMention, NameStatus, Span};

/// Longest run of letters accepted as endings after a name, and as prefixes before one.
const MAX_ENDING_CHARS: usize = 16;
const MAX_PREFIX_CHARS: usize = 8;
/// Shortest name (in chars) found without its diacritics (Xankendi for Xankəndi).
const MIN_DIACRITICS_ONLY_CHARS: usize = 5;
/// Longest word accepted before the last word of a declined multiword name.
const MAX_LEAD_CHARS: usize = 40;

/// Finds glossary names in text. Build once ([`Matcher::new`]), use for every article.
#[derive(Debug)]
pub struct Matcher {
    names: Vec<NameInfo>,
    /// Over the secondary (diacritic-insensitive) keys of every pattern, run anchored from each
    /// place a name may start.
    nfa: Option<NFA>,
    /// For each pattern id of `nfa`, the names (and shapes) it stands for.
    cands: Vec<Vec<Cand>>,
    /// Primary keys of the patterns, indexed by [`Cand::primary`], and their lengths in chars.
    primary_patterns: Vec<String>,
    primary_chars: Vec<u32>,
    rules: Vec<Compiled>,
    lang_rules: HashMap<String, u16>,
    /// The prefixes of every language (secondary keys), after which a name may start inside a
    /// word, and a table of their first bytes.
    prefixes: Vec<(char, Vec<String>)>,
    prefix_first: [bool; 256],
    heads: Heads,
    /// Per entity, the primary keys of its homographs, folded once ([`super::Entity::is_homograph`]
    /// folds them at every call; see [`Matcher::drop_lone_homographs`]).
    homographs: HashMap<String, Vec<String>>,
}

#[derive(Debug)]
struct NameInfo {
    entity: String,
    text: String,
    lang: String,
    conventions: Vec<String>,
    status: NameStatus,
    rules: Option<u16>,
    /// The name's own extra endings, folded.
    suffixes: Option<Box<Folded>>,
    /// Words before the pattern (declined multiword names), checked in the text.
    leads: Vec<Lead>,
    /// All capitals (UN, ООН, ABŞ): matches only where the text has no lowercase letter either,
    /// so that Spanish "un" or German "ab" are not the UN or the EU.
    acronym: bool,
    /// Starts with a capital letter: its matches must too, so that Turkish "arasında" (between)
    /// is not the river Aras, "kura" (a draw) not the Kura, "görüş" (meeting) not the town Gorus,
    /// nor a turkey the country. Names written in lowercase (adjectives, "conflicto de …") and
    /// scripts without case are not affected.
    capitalized: bool,
    /// Its last word starts with a capital (Aras, Dağlık Karabağ; not Hocalı katliamı): where
    /// a language writes an apostrophe before a proper name's endings (`apostrophe_only`), it
    /// takes none without one.
    proper_end: bool,
    /// A person's surname alone (Aliyev, Оверчук): the folded first words of the entity's
    /// longer names (its given names), so that another person of that surname is not taken
    /// for it (see [`Matcher::namesake`]). `None` for every other name.
    given: Option<Vec<String>>,
    /// Position in the glossary, for stable tie-breaking.
    order: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cand {
    name: u32,
    shape: Shape,
    /// The pattern's primary key, an index into [`Matcher::primary_patterns`].
    primary: u32,
    /// The primary key is the secondary one (no marks or special letters to lose).
    same_keys: bool,
}

/// Reusable buffers for [`Matcher::find_with`]. [`Matcher::find`] keeps one per thread.
#[derive(Debug, Default)]
pub struct Scratch {
    fold: SearchFold,
    primary: String,
    primary_map: Vec<u32>,
    inside: Vec<usize>,
    hits: Vec<Hit>,
    chosen: Vec<Hit>,
    mentions: Vec<NameMention>,
}

#[derive(Debug, Clone, Copy)]
struct Hit {
    start: u32,
    end: u32,
    name: u32,
    kind: MatchKind,
    /// Where it sorts, see [`sort_hits`].
    order: u128,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Matcher {
    /// Build the matcher with the embedded inflection rules.
    pub fn new(glossary: &Glossary) -> Matcher {
        Matcher::with_inflection(glossary, &Inflection::embedded())
    }

    pub fn with_inflection(glossary: &Glossary, inflection: &Inflection) -> Matcher {
        let mut rules = Vec::new();
        let mut lang_rules = HashMap::new();
        for (lang, r) in &inflection.langs {
            lang_rules.insert(lang.clone(), rules.len() as u16);
            rules.push(Compiled::new(r));
        }
        let mut names = Vec::new();
        let mut primary_ids: HashMap<String, u32> = HashMap::new();
        let mut primary_patterns: Vec<String> = Vec::new();
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut cands: Vec<Vec<Cand>> = Vec::new();
        for e in &glossary.entities {
            for n in &e.names {
                let key = primary_key(&n.text);
                if key.is_empty() {
                    continue;
                }
                let r = lang_rules.get(&n.lang).copied();
                let name = names.len() as u32;
                let suffixes = (!n.suffixes.is_empty()).then(|| {
                    let p: Set = n
                        .suffixes
                        .iter()
                        .map(|s| primary_key(s))
                        .filter(|s| !s.is_empty())
                        .collect();
                    let s = p.iter().map(|k| secondary_key(k)).collect();
                    Box::new([p, s])
                });
                let forms = name_forms(&key, r.map(|i| &rules[i as usize]));
                names.push(NameInfo {
                    entity: e.id.clone(),
                    text: n.text.clone(),
                    lang: n.lang.clone(),
                    conventions: n.conventions.clone(),
                    status: n.status,
                    rules: r,
                    suffixes,
                    leads: forms.leads,
                    acronym: n.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
                        && !n.text.chars().any(char::is_lowercase),
                    capitalized: n
                        .text
                        .chars()
                        .find(|c| c.is_alphabetic())
                        .is_some_and(char::is_uppercase),
                    proper_end: n
                        .text
                        .split_whitespace()
                        .next_back()
                        .and_then(|w| w.chars().find(|c| c.is_alphabetic()))
                        .is_some_and(char::is_uppercase),
                    given: (e.kind == "person" && n.text.split_whitespace().count() == 1).then(
                        || {
                            let mut g: Vec<String> = e
                                .names
                                .iter()
                                .filter(|m| m.text.split_whitespace().count() > 1)
                                .filter_map(|m| m.text.split_whitespace().next())
                                .map(primary_key)
                                .collect();
                            g.sort();
                            g.dedup();
                            g
                        },
                    ),
                    order: name,
                });
                for (form, shape) in forms.patterns {
                    let second = secondary_key(&form);
                    if second.is_empty() {
                        // Nothing to search for (a name of combining marks only).
                        continue;
                    }
                    let primary = *primary_ids.entry(form.clone()).or_insert_with(|| {
                        primary_patterns.push(form);
                        (primary_patterns.len() - 1) as u32
                    });
                    let c = Cand {
                        name,
                        shape,
                        primary,
                        same_keys: primary_patterns[primary as usize] == second,
                    };
                    let id = *ids.entry(second.clone()).or_insert_with(|| {
                        patterns.push(second);
                        cands.push(Vec::new());
                        (cands.len() - 1) as u32
                    });
                    let list = &mut cands[id as usize];
                    if !list.contains(&c) {
                        list.push(c);
                    }
                }
            }
        }
        let nfa = (!patterns.is_empty()).then(|| {
            // Run anchored from each place a name may start, a walk stops as soon as no pattern
            // continues. The contiguous NFA rather than the DFA: a tenth of the memory (0.4 MB,
            // not 9), so more of it stays in the cache, and it builds in a third of the time.
            NFA::builder()
                .match_kind(AcKind::Standard)
                .prefilter(false)
                .build(&patterns)
                .expect("glossary patterns build an automaton")
        });
        let primary_chars = primary_patterns
            .iter()
            .map(|p| p.chars().count() as u32)
            .collect();
        let mut all: Vec<&String> = rules.iter().flat_map(|r| r.prefixes[1].iter()).collect();
        all.sort();
        all.dedup();
        let mut prefixes: Vec<(char, Vec<String>)> = Vec::new();
        let mut prefix_first = [false; 256];
        for p in all {
            let first = p.chars().next().expect("prefixes are not empty");
            prefix_first[usize::from(p.as_bytes()[0])] = true;
            match prefixes.last_mut() {
                Some((c, group)) if *c == first => group.push(p.clone()),
                _ => prefixes.push((first, vec![p.clone()])),
            }
        }
        let heads = Heads::new(patterns.iter().map(|p| p.as_bytes()), nfa.as_ref());
        Matcher {
            heads,
            names,
            nfa,
            cands,
            primary_patterns,
            primary_chars,
            rules,
            lang_rules,
            prefixes,
            prefix_first,
            homographs: glossary
                .entities
                .iter()
                .filter(|e| !e.homographs.is_empty())
                .map(|e| {
                    (
                        e.id.clone(),
                        e.homographs.iter().map(|h| primary_key(h)).collect(),
                    )
                })
                .collect(),
        }
    }

    /// Whether `m` is one of its entity's homographs: a form that is an ordinary word too.
    fn is_homograph(&self, m: &NameMention) -> bool {
        self.homographs
            .get(&m.entity)
            .is_some_and(|hs| hs.contains(&primary_key(&m.surface)))
    }

    /// Drop the homograph mentions of one document (its mentions, sentence by sentence) unless
    /// it names another entity by a form that is not one: "Куры" is the river Kura in an
    /// article that also names Yevlakh or Azerbaijan, and chickens in one about a farm.
    pub fn drop_lone_homographs<'a>(
        &self,
        sentences: impl Iterator<Item = &'a mut Vec<NameMention>>,
    ) {
        if self.homographs.is_empty() {
            return;
        }
        let sentences: Vec<&mut Vec<NameMention>> = sentences.collect();
        let mut named: Vec<&str> = Vec::new();
        let mut any_homograph = false;
        for m in sentences.iter().flat_map(|s| s.iter()) {
            if self.is_homograph(m) {
                any_homograph = true;
            } else if !named.contains(&m.entity.as_str()) && named.len() < 2 {
                named.push(&m.entity);
            }
        }
        if !any_homograph {
            return;
        }
        let named: Vec<String> = named.into_iter().map(str::to_string).collect();
        for s in sentences {
            s.retain(|m| !self.is_homograph(m) || named.iter().any(|e| *e != m.entity));
        }
    }

    /// The prefixes (of any language) that start `rest`.
    fn prefixes_at<'a>(&'a self, rest: &'a str) -> impl Iterator<Item = &'a String> + 'a {
        let first = rest.chars().next();
        self.prefixes
            .iter()
            .filter(move |(c, _)| Some(*c) == first)
            .flat_map(|(_, group)| group)
            .filter(move |p| starts_with(rest.as_bytes(), p.as_bytes()))
    }

    /// Number of distinct patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.cands.len()
    }

    /// Every glossary name in `text` (byte spans into `text`), for a text whose language is
    /// `lang`. Names of all languages are searched; `lang` adds its endings and prefixes to
    /// those of each name's own language.
    pub fn find(&self, text: &str, lang: &str) -> Vec<NameMention> {
        SCRATCH.with(|s| match s.try_borrow_mut() {
            Ok(mut s) => self.find_with(text, lang, &mut s),
            Err(_) => self.find_with(text, lang, &mut Scratch::default()),
        })
    }

    /// [`find`](Self::find) with caller-owned buffers (see the module comment for how).
    pub fn find_with(&self, text: &str, lang: &str, s: &mut Scratch) -> Vec<NameMention> {
        assert!(
            text.len() < u32::MAX as usize,
            "text too long for the matcher"
        );
        s.hits.clear();
        s.chosen.clear();
        let Some(nfa) = &self.nfa else {
            return Vec::new();
        };
        s.fold.fold(text);
        let mut found = Found {
            matcher: self,
            text,
            fold: &s.fold,
            lang,
            text_rules: self.lang_rules.get(lang).copied(),
            primary: &mut s.primary,
            primary_map: &mut s.primary_map,
            hits: &mut s.hits,
            near: 0,
        };
        let start = nfa
            .start_state(Anchored::Yes)
            .expect("the automaton is anchored");
        let hay = s.fold.text.as_bytes();
        for &at in &s.fold.starts {
            let at = at as usize;
            if let Some(entry) = self.heads.entry(&hay[at..], start) {
                walk(nfa, entry, hay, at, |pid, end| found.pattern(pid, at, end));
            }
            if self.prefix_first[usize::from(hay[at])] {
                // Inside the word: after one or two prefixes.
                s.inside.clear();
                let text = s.fold.text.as_str();
                for p in self.prefixes_at(&text[at..]) {
                    let q = at + p.len();
                    s.inside.push(q);
                    for p in self.prefixes_at(&text[q..]) {
                        s.inside.push(q + p.len());
                    }
                }
                s.inside.sort_unstable();
                s.inside.dedup();
                for &q in &s.inside {
                    if let Some(entry) = self.heads.entry(&hay[q..], start) {
                        walk(nfa, entry, hay, q, |pid, end| found.pattern(pid, q, end));
                    }
                }
            }
        }
        sort_hits(&mut s.hits, &self.names, lang);
        choose(&s.hits, |h| h.kind != MatchKind::Diacritics, &mut s.chosen);
        let first = s.chosen.len();
        let mut last_end = 0;
        let mut any = false;
        for h in s.hits.iter().filter(|h| h.kind == MatchKind::Diacritics) {
            let free = !s.chosen[..first]
                .iter()
                .any(|p| h.start < p.end && p.start < h.end);
            if free && (!any || h.start >= last_end) {
                s.chosen.push(*h);
                last_end = h.end;
                any = true;
            }
        }
        s.chosen.sort_unstable_by_key(|h| h.start);
        if s.chosen
            .iter()
            .any(|h| self.names[h.name as usize].given.is_some())
        {
            let title_case = title_case(text);
            let rules = self.lang_rules.get(lang).map(|&r| &self.rules[r as usize]);
            s.chosen
                .retain(|h| title_case || !self.namesake(text, h, rules));
        }

        // The mentions' strings first, into a buffer that keeps its size, and the vector to
        // return last: a large allocation first would make the allocator merge the small blocks
        // the caller just freed (the last call's mentions) instead of handing them out again.
        s.mentions.extend(s.chosen.iter().map(|h| {
            let n = &self.names[h.name as usize];
            let span = Span::new(h.start as usize, h.end as usize);
            NameMention {
                span,
                surface: span.slice(text).to_string(),
                entity: n.entity.clone(),
                variant: n.text.clone(),
                variant_lang: n.lang.clone(),
                conventions: n.conventions.clone(),
                status: n.status,
                matched_by: h.kind,
            }
        }));
        s.mentions.drain(..).collect()
    }

    /// Whether hit `h`, a person's surname alone, follows another given name: the word right
    /// before it (white space between, nothing else) starts with a capital and is neither one
    /// of the person's given names (in any form: Ильхама Алиева) nor a title of the text's
    /// language (`titles` in `inflection.toml`: President, Cumhurbaşkanı) nor a possessive
    /// (Armenia's). "Наталія Оверчук" is not Alexei Overchuk. Languages that capitalise every
    /// noun (`capitalised_nouns`: German "Präsident Alijew", "Regierungschef Paschinjan") and
    /// caseless scripts never take this reading.
    fn namesake(&self, text: &str, h: &Hit, rules: Option<&Compiled>) -> bool {
        let Some(given) = &self.names[h.name as usize].given else {
            return false;
        };
        if rules.is_some_and(|r| r.capitalised_nouns) {
            return false;
        }
        let before = &text[..h.start as usize];
        let gap = before.len() - before.trim_end_matches([' ', '\u{a0}']).len();
        if gap == 0 {
            return false;
        }
        let before = &before[..before.len() - gap];
        let from = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_word_char(c) && c != '-')
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[from..];
        if word.is_empty() || !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        if before[..from].ends_with(['\'', '’']) {
            return false; // the word is the tail of a possessive or an elision
        }
        // a sentence's first word is capitalised anyway ("Речник Пєсков", "Слова Захаровой")
        let lead = before[..from].trim_end();
        if lead.is_empty() || lead.ends_with(['.', '!', '?', ':', '«', '"', '“', '„', '—', '('])
        {
            return false;
        }
        let key = primary_key(word);
        let given_name = given
            .iter()
            .any(|g| key.starts_with(g.as_str()) || g.starts_with(key.as_str()));
        let title = rules.is_some_and(|r| r.titles.contains(&key));
        !given_name && !title
    }

    /// Word-boundary, prefix and ending checks for one hit `s..e` of the folded text. Returns the
    /// extended span and whether a prefix or an ending was taken.
    fn check(
        &self,
        pass: usize,
        hay: &str,
        s: usize,
        e: usize,
        c: Cand,
        text_rules: Option<u16>,
    ) -> Option<(usize, usize, bool)> {
        self.check_around(pass, hay, &Around::new(hay, s, e), c, text_rules)
    }

    /// [`check`](Self::check) with the text around the hit looked at already.
    fn check_around(
        &self,
        pass: usize,
        hay: &str,
        around: &Around,
        c: Cand,
        text_rules: Option<u16>,
    ) -> Option<(usize, usize, bool)> {
        let (s, e) = (around.s, around.e);
        let name = &self.names[c.name as usize];
        let langs = [text_rules, name.rules.filter(|r| Some(*r) != text_rules)];
        let rules = || langs.iter().flatten().map(|&i| &self.rules[i as usize]);

        // After: the word ends, or the rest of it is endings.
        let (apostrophe, word_from, word_to) =
            (around.apostrophe, around.word_from, around.word_to?);
        let may_stand_alone = matches!(c.shape, Shape::Whole | Shape::Bare) && around.ends_here;
        let (end, mut inflected) = if word_to == word_from {
            // Nothing after (or a lone apostrophe): only a whole name may stand alone.
            if !may_stand_alone {
                return None;
            }
            (e, false)
        } else {
            let tail = &hay[e..word_to]; // with the apostrophe, if any
            let bare_tail = &hay[word_from..word_to];
            let ok = match c.shape {
                Shape::Alt(k) => {
                    let r = &self.rules[name.rules? as usize];
                    !apostrophe && r.alternations[k as usize].2[pass].contains(tail)
                }
                _ => {
                    rules().any(|r| {
                        (!(r.apostrophe_only && name.proper_end)
                            && split_into(&r.endings[pass], tail, r.stack))
                            || (apostrophe
                                && r.apostrophe
                                && split_into(&r.endings[pass], bare_tail, r.stack))
                    }) || name
                        .suffixes
                        .as_ref()
                        .is_some_and(|x| x[pass].contains(tail) || x[pass].contains(bare_tail))
                }
            };
            if ok {
                (word_to, true)
            } else if may_stand_alone {
                // e.g. "Khankendi'de" in English, for an English name: the name alone.
                (e, false)
            } else {
                return None;
            }
        };

        // The words before the last one of a declined multiword name.
        let mut s = s;
        if !name.leads.is_empty() {
            let r = &self.rules[name.rules? as usize];
            for lead in name.leads.iter().rev() {
                let before = hay[..s].strip_suffix(' ')?;
                let mut from = before.len();
                for (n, (i, ch)) in before.char_indices().rev().enumerate() {
                    if !(is_word_char(ch) || ch == '-') || n > MAX_LEAD_CHARS {
                        break;
                    }
                    from = i;
                }
                inflected |= r.lead_matches(&before[from..], lead, pass)?;
                s = from;
            }
        }

        // Before: a word start, or prefixes.
        let start = if s == around.s {
            around.word_start?
        } else {
            word_start(hay, s)?
        };
        if start < s {
            let p = &hay[start..s];
            if !rules().any(|r| split_into(&r.prefixes[pass], p, 2)) {
                return None;
            }
            inflected = true;
        } else if c.shape == Shape::Bare {
            return None;
        }
        Some((start, end, inflected))
    }
}

/// `prefix` starts `s`: a byte loop, as the strings are a few bytes long (cheaper than a call
/// to `memcmp`).
#[inline]
fn starts_with(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s.iter().zip(prefix).all(|(a, b)| a == b)
}

/// Which places may start a pattern, by their first bytes: a test in three small bit sets
/// before the automaton, whose states past the root are mostly out of the cache. Each pattern is
/// entered by its length: its first two bytes (shorter than four bytes; a one-byte pattern with
/// any second byte), a hash of its first four (four to seven bytes) or of its first eight.
///
/// Written here because aho-corasick's prefilters answer another question: where the next
/// candidate is in a haystack, for an unanchored search. Here the places are given (word
/// starts), and the question is whether any pattern may start at one.
#[derive(Debug)]
struct Heads {
    /// The first bytes of the patterns.
    first: [bool; 256],
    short: Vec<u64>,
    four: Vec<u64>,
    eight: Vec<u64>,
    /// The state of the automaton after the first eight bytes of each pattern that has more:
    /// a walk where only such patterns may start begins there, one lookup for eight steps
    /// through states that are mostly out of the cache.
    after8: HashMap<u64, StateID, BuildHasherDefault<ShortHasher>>,
}

impl Heads {
    fn new<'a>(patterns: impl Iterator<Item = &'a [u8]>, nfa: Option<&NFA>) -> Heads {
        let mut heads = Heads {
            first: [false; 256],
            short: vec![0; 1024],
            four: vec![0; 1024],
            eight: vec![0; 1024],
            after8: HashMap::default(),
        };
        let Some(nfa) = nfa else {
            return heads; // no patterns
        };
        let start = nfa
            .start_state(Anchored::Yes)
            .expect("the automaton is anchored");
        for p in patterns {
            if let Some(&b) = p.first() {
                heads.first[usize::from(b)] = true;
            }
            if let Some(p8) = p.first_chunk::<8>() {
                set(&mut heads.eight, hash8(p8));
                heads
                    .after8
                    .entry(u64::from_le_bytes(*p8))
                    .or_insert_with(|| {
                        p8.iter()
                            .fold(start, |sid, &b| nfa.next_state(Anchored::Yes, sid, b))
                    });
            } else if let Some(p4) = p.first_chunk::<4>() {
                set(&mut heads.four, hash4(p4));
            } else if let [a, rest @ ..] = p {
                match rest.first() {
                    Some(b) => set(&mut heads.short, pair(*a, *b)),
                    None => (0..=255).for_each(|b| set(&mut heads.short, pair(*a, b))),
                }
            }
        }
        heads
    }

    /// Where to run the automaton from at a place whose text is `rest`: none when no pattern
    /// starts it; else the state and how many bytes of `rest` it has taken (`start` and none,
    /// or after eight bytes when only longer patterns may start there).
    #[inline(always)]
    fn entry(&self, rest: &[u8], start: StateID) -> Option<(StateID, usize)> {
        let &a = rest.first()?;
        if !self.first[usize::from(a)] {
            return None;
        }
        if get(&self.short, pair(a, rest.get(1).copied().unwrap_or(0)))
            || rest
                .first_chunk::<4>()
                .is_some_and(|r| get(&self.four, hash4(r)))
        {
            return Some((start, 0));
        }
        let r8 = rest.first_chunk::<8>()?;
        if !get(&self.eight, hash8(r8)) {
            return None;
        }
        self.after8
            .get(&u64::from_le_bytes(*r8))
            .map(|&sid| (sid, 8))
    }
}

#[inline]
fn hash4(b: &[u8; 4]) -> usize {
    (u32::from_le_bytes(*b).wrapping_mul(0x9E37_79B1) >> 16) as usize
}

#[inline]
fn hash8(b: &[u8; 8]) -> usize {
    (u64::from_le_bytes(*b).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

#[inline]
fn pair(a: u8, b: u8) -> usize {
    usize::from(a) << 8 | usize::from(b)
}

#[inline]
fn set(bits: &mut [u64], i: usize) {
    bits[i >> 6] |= 1 << (i & 63);
}

#[inline]
fn get(bits: &[u64], i: usize) -> bool {
    bits[i >> 6] & (1 << (i & 63)) != 0
}

/// Every pattern of `nfa` that starts at `at` in `hay`, as (pattern id, end), to `f`; the walk
/// starts in the state `entry.0`, `entry.1` bytes in (see [`Heads::entry`]).
#[inline]
fn walk(
    nfa: &NFA,
    (mut sid, taken): (StateID, usize),
    hay: &[u8],
    at: usize,
    mut f: impl FnMut(usize, usize),
) {
    let mut report = |sid: StateID, len: usize| {
        // A state also lists the patterns that end here but started later (failure links);
        // those are found from their own start.
        for k in 0..nfa.match_len(sid) {
            let pid = nfa.match_pattern(sid, k);
            if nfa.pattern_len(pid) == len {
                f(pid.as_usize(), at + len);
            }
        }
    };
    if taken > 0 && nfa.is_match(sid) {
        report(sid, taken);
    }
    for (i, &b) in hay[at + taken..].iter().enumerate() {
        sid = nfa.next_state(Anchored::Yes, sid, b);
        if nfa.is_special(sid) {
            if nfa.is_dead(sid) {
                return;
            }
            if nfa.is_match(sid) {
                report(sid, taken + i + 1);
            }
        }
    }
}

/// One text being searched: its folds and the hits so far.
struct Found<'a> {
    matcher: &'a Matcher,
    text: &'a str,
    fold: &'a SearchFold,
    lang: &'a str,
    text_rules: Option<u16>,
    /// The primary fold of the words around a hit, when it needs it.
    primary: &'a mut String,
    primary_map: &'a mut Vec<u32>,
    hits: &'a mut Vec<Hit>,
    /// Where the last look into `fold.changed` ended.
    near: usize,
}

impl Found<'_> {
    /// Whether the text's language writes stress accents on foreign names (`stress_accents` in
    /// `glossaries/inflection.toml`; Spanish), which [`lost_marks_only`] then accepts.
    fn stress_accents(&self) -> bool {
        self.text_rules
            .is_some_and(|r| self.matcher.rules[r as usize].stress_accents)
    }

    /// Check pattern `pid`, found at `a..b` of the secondary fold, for every name it stands for.
    fn pattern(&mut self, pid: usize, a: usize, b: usize) {
        let m = self.matcher;
        let hay = self.fold.text.as_str();
        let map = &self.fold.map;
        let around = Around::new(hay, a, b);
        // The best of the names that match here plainly (see below), and the window of the
        // last primary key looked at (the names of a pattern mostly share one).
        let mut plain: Option<(u64, u32)> = None;
        let mut last_window = None;
        for &c in &m.cands[pid] {
            let Some((sa, sb, _)) = m.check_around(1, hay, &around, c, self.text_rules) else {
                continue;
            };
            let name = &m.names[c.name as usize];
            if name.acronym
                && (self.text[map[a] as usize..map[b] as usize]
                    .chars()
                    .any(char::is_lowercase)
                    || (name.lang != self.lang
                        && shouting_around(self.text, map[a] as usize, map[b] as usize)))
            {
                continue;
            }
            let pattern = &m.primary_patterns[c.primary as usize];
            let pattern_chars = m.primary_chars[c.primary as usize] as usize;
            let key = (c.primary, name.leads.len());
            let window = match last_window {
                Some((k, w)) if k == key => w,
                _ => {
                    let w = (!self.fold.changed.is_empty())
                        .then(|| self.window(a, name.leads.len(), pattern, pattern_chars))
                        .filter(|&(lo, hi)| {
                            self.fold
                                .changed_within(lo.unwrap_or(0), hi, &mut self.near)
                        });
                    last_window = Some((key, w));
                    w
                }
            };
            let exact = if let Some((lo, hi)) = window {
                // The primary fold around the hit: this text with the characters the secondary
                // fold changed put back.
                let ps = self.primary_window(a, lo, hi, pattern, pattern_chars);
                let (primary, pmap) = (self.primary.as_str(), &self.primary_map[..]);
                starts_with(&primary.as_bytes()[ps..], pattern.as_bytes())
                    .then(|| m.check(0, primary, ps, ps + pattern.len(), c, self.text_rules))
                    .flatten()
                    .map(|(x, y, inflected)| (pmap[x], pmap[y], inflected))
                    .ok_or_else(|| lost_marks_only(&primary[ps..], pattern, self.stress_accents()))
            } else if c.same_keys
                && name.leads.is_empty()
                && around.word_to == Some(around.word_from)
                && around.word_start == Some(a)
            {
                // The primary fold is this very text here, the primary pattern is the secondary
                // one found here, and the checks took no ending, prefix or declined word, so
                // they looked up no set that depends on the fold: they hold alike. An exact
                // match of `a..b`, as for the other names of this pattern that get here: only
                // the one that sorts first among them can be chosen (see `sort_hits`).
                if name.capitalized && first_letter_lowercase(&self.text[map[a] as usize..]) {
                    continue;
                }
                let rank = u64::from(name.lang != self.lang) << 63
                    | u64::from(name.status as u8) << 32
                    | u64::from(name.order);
                if plain.is_none_or(|(r, _)| rank < r) {
                    plain = Some((rank, c.name));
                }
                continue;
            } else {
                // The primary fold is this very text here, at the same offsets.
                starts_with(&hay.as_bytes()[a..], pattern.as_bytes())
                    .then(|| m.check(0, hay, a, a + pattern.len(), c, self.text_rules))
                    .flatten()
                    .map(|(x, y, inflected)| (map[x], map[y], inflected))
                    .ok_or_else(|| lost_marks_only(&hay[a..], pattern, self.stress_accents()))
            };
            let hit = match exact {
                Ok((start, end, inflected)) => Hit {
                    start,
                    end,
                    name: c.name,
                    kind: if inflected {
                        MatchKind::Inflected
                    } else {
                        MatchKind::Exact
                    },
                    order: 0,
                },
                // Diacritics the text lost, not ones it has and the name lacks (görüş is
                // no Gorus, Arméniens no Armenien).
                // Short names only with their marks: without them they are other words too
                // often (German "Kur" is no Kür, Italian "Susa" no Şuşa).
                Err(true) if pattern_chars < MIN_DIACRITICS_ONLY_CHARS => continue,
                Err(true) => Hit {
                    start: map[sa],
                    end: map[sb],
                    name: c.name,
                    kind: MatchKind::Diacritics,
                    order: 0,
                },
                Err(false) => continue,
            };
            if name.capitalized && first_letter_lowercase(&self.text[hit.start as usize..]) {
                continue;
            }
            self.hits.push(hit);
        }
        if let Some((_, name)) = plain {
            self.hits.push(Hit {
                start: map[a],
                end: map[b],
                name,
                kind: MatchKind::Exact,
                order: 0,
            });
        }
    }

    /// The part of the secondary fold that the primary checks of a hit at `a` may look at:
    /// back over the hit's word and `leads` words before it (each check stops at a space), so
    /// from the space before those (or the start); forward over the pattern (`pattern_chars`
    /// chars, `pattern.len()` bytes) and the rest of its word, so to the next space from there
    /// (or the end).
    fn window(
        &self,
        a: usize,
        leads: usize,
        pattern: &str,
        pattern_chars: usize,
    ) -> (Option<usize>, usize) {
        let hay = self.fold.text.as_bytes();
        let mut lo = Some(a);
        for _ in 0..=leads {
            lo = lo.and_then(|lo| hay[..lo].iter().rposition(|&b| b == b' '));
        }
        let by_chars = self.fold.text[a..]
            .char_indices()
            .nth(pattern_chars)
            .map_or(hay.len(), |(i, _)| a + i);
        let q = by_chars.max((a + pattern.len()).min(hay.len()));
        (lo, next_space(hay, q))
    }

    /// The primary fold from the space at `lo` of the secondary fold (or the start) to the space
    /// at `hi` (or the end), further if the pattern would not fit, into `self.primary` and its
    /// map. Returns where the hit at `a` starts in it.
    fn primary_window(
        &mut self,
        a: usize,
        lo: Option<usize>,
        mut hi: usize,
        pattern: &str,
        pattern_chars: usize,
    ) -> usize {
        let (fold, from) = (self.fold, lo.map_or(0, |lo| lo + 1));
        loop {
            fold.primary_between(from, hi, self.primary, self.primary_map);
            let ps = self.primary_map.partition_point(|&x| x < fold.map[a]);
            let rest = &self.primary[ps..];
            if hi == fold.text.len()
                || (rest.len() >= pattern.len() && rest.chars().count() >= pattern_chars)
            {
                return ps;
            }
            hi = next_space(fold.text.as_bytes(), hi + 1);
        }
    }
}

/// A headline in title case ("Aliyev Meets Pashinyan in Brussels": no word of four letters or
/// more in lowercase), where a capital says nothing about a word.
fn title_case(text: &str) -> bool {
    let mut words = 0;
    for w in text
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if w.chars().count() >= 4 && w.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
    }
    words >= 3
}

/// Whether the word just before or just after `start..end` of `text` is in capitals too (two
/// letters or more, none lowercase): a headline in capitals, where another language's acronym
/// is an ordinary word (Spanish or French "UN" is "a", not the UN).
fn shouting_around(text: &str, start: usize, end: usize) -> bool {
    let capitals = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let not_word = |c: char| !is_word_char(c);
    let before = text[..start].trim_end_matches(not_word);
    let from = before
        .char_indices()
        .rev()
        .find(|&(_, c)| not_word(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let before = &before[from..];
    let after = text[end..].trim_start_matches(not_word);
    let after = &after[..after.find(not_word).unwrap_or(after.len())];
    capitals(before) || capitals(after)
}

/// Whether the first letter of `s` is lowercase (false without letters): `char::is_alphabetic`
/// and `char::is_lowercase`, read from a table below U+0800 (Latin, Cyrillic, Armenian, Arabic),
/// where the standard tables take a binary search per call.
fn first_letter_lowercase(s: &str) -> bool {
    static LETTERS: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    let table = LETTERS.get_or_init(|| {
        (0..0x800u32)
            .map(|u| {
                char::from_u32(u).map_or(0, |c| {
                    u8::from(c.is_alphabetic()) | u8::from(c.is_lowercase()) << 1
                })
            })
            .collect()
    });
    for c in s.chars() {
        let (alphabetic, lowercase) = match table.get(c as usize) {
            Some(&f) => (f & 1 != 0, f & 2 != 0),
            None => (c.is_alphabetic(), c.is_lowercase()),
        };
        if alphabetic {
            return lowercase;
        }
    }
    false
}

/// The first space in `hay` from `at` on, or its end.
fn next_space(hay: &[u8], at: usize) -> usize {
    hay[at..]
        .iter()
        .position(|&b| b == b' ')
        .map_or(hay.len(), |i| at + i)
}

/// The text around a pattern found at `s..e` of a fold, as the checks look at it: the same for
/// every name the pattern stands for, so looked at once.
struct Around {
    s: usize,
    e: usize,
    /// An apostrophe (or, after acronyms and in Azerbaijani, a hyphen) right after the pattern:
    /// it may separate the name from its endings in languages that write one (Hankendi'de,
    /// BMT-nin).
    apostrophe: bool,
    /// The rest of the word after the pattern (and the apostrophe), `word_from..word_to`; none
    /// when it is too long for endings.
    word_from: usize,
    word_to: Option<usize>,
    /// No word character follows the pattern.
    ends_here: bool,
    /// Where the word that the pattern starts inside starts, see [`word_start`].
    word_start: Option<usize>,
}

impl Around {
    #[inline]
    fn new(hay: &str, s: usize, e: usize) -> Around {
        let rest = &hay[e..];
        let apostrophe = rest.starts_with('\'') || rest.starts_with('-');
        let word_from = e + usize::from(apostrophe);
        let mut word_to = Some(word_from);
        for (n, (i, ch)) in hay[word_from..].char_indices().enumerate() {
            if !is_word_char(ch) {
                break;
            }
            if n >= MAX_ENDING_CHARS {
                word_to = None;
                break;
            }
            word_to = Some(word_from + i + ch.len_utf8());
        }
        Around {
            s,
            e,
            apostrophe,
            word_from,
            word_to,
            ends_here: !rest.chars().next().is_some_and(is_word_char),
            word_start: word_start(hay, s),
        }
    }
}

/// Where the word that `s` is inside of starts (`s` itself at a word start); none when more than
/// [`MAX_PREFIX_CHARS`] letters come before `s`.
#[inline]
fn word_start(hay: &str, s: usize) -> Option<usize> {
    let mut start = s;
    for (n, (i, ch)) in hay[..s].char_indices().rev().enumerate() {
        if !is_word_char(ch) {
            break;
        }
        if n >= MAX_PREFIX_CHARS {
            return None;
        }
        start = i;
    }
    Some(start)
}

/// True when the text (primary fold, from the match on) differs from `pattern` (primary fold)
/// only where the text has a plain letter for one with a mark or a special letter of the name
/// (Xankendi for Xankəndi); where the text has a mark the name lacks, only as below.
///
/// With `stress` (a language whose `stress_accents` is set: Spanish) the text may also carry the
/// acute accent that Spanish spelling puts on the stressed vowel of a foreign name the glossary
/// writes without it ("Kapán", "Gorís", "Ijeván" for Kapan, Goris, Ijevan): still a name the
/// spelling check flags, but a name, which the alignment anchors on and translation keeps.
fn lost_marks_only(text: &str, pattern: &str, stress: bool) -> bool {
    let acute = |p: char| match p {
        'a' => Some('á'),
        'e' => Some('é'),
        'i' => Some('í'),
        'o' => Some('ó'),
        'u' => Some('ú'),
        _ => None,
    };
    text.chars()
        .zip(pattern.chars())
        .all(|(t, p)| t == p || secondary_fixed(t) || (stress && acute(p) == Some(t)))
}

/// True when `w` is a concatenation of at most `k` members of `set`.
fn split_into(set: &Set, w: &str, k: usize) -> bool {
    if w.is_empty() || set.is_empty() || w.len() > k * set.lengths().end() {
        return false;
    }
    if set.contains(w) {
        return true;
    }
    k > 1
        && w.char_indices().skip(1).any(|(i, _)| {
            set.lengths().contains(&i) && set.contains(&w[..i]) && split_into(set, &w[i..], k - 1)
        })
}

/// Order hits by start, longest first, then by preference: the name in the text's language, an
/// exact match, a better status, the glossary order.
///
/// The order as one number per hit, so the sort compares integers; hits with the same number are
/// the same hit.
fn sort_hits(hits: &mut [Hit], names: &[NameInfo], lang: &str) {
    for h in hits.iter_mut() {
        let n = &names[h.name as usize];
        let kind = match h.kind {
            MatchKind::Exact => 0,
            MatchKind::Inflected => 1,
            MatchKind::Diacritics => 2,
        };
        h.order = u128::from(h.start) << 96
            | u128::from(u32::MAX - h.end) << 64
            | u128::from(n.lang != lang) << 43
            | u128::from(h.kind != MatchKind::Exact) << 42
            | u128::from(n.status as u8) << 34
            | u128::from(n.order) << 2
            | kind;
    }
    hits.sort_unstable_by_key(|h| h.order);
}

/// Leftmost-longest: from sorted `hits` that pass `keep`, each one that starts after the end of
/// the last chosen.
fn choose(hits: &[Hit], keep: impl Fn(&Hit) -> bool, out: &mut Vec<Hit>) {
    let mut last_end = 0;
    let mut any = false;
    for h in hits.iter().filter(|h| keep(h)) {
        if !any || h.start >= last_end {
            out.push(*h);
            last_end = h.end;
            any = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::mini;
    use super::*;
    use std::sync::OnceLock;

    fn matcher() -> &'static Matcher {
        static M: OnceLock<Matcher> = OnceLock::new();
        M.get_or_init(|| Matcher::new(&mini()))
    }

    /// (surface, entity, kind) of every mention.
    fn found(text: &str, lang: &str) -> Vec<(String, String, MatchKind)> {
        matcher()
            .find(text, lang)
            .into_iter()
            .map(|m| {
                assert_eq!(m.span.slice(text), m.surface);
                (m.surface, m.entity, m.matched_by)
            })
            .collect()
    }

    fn one(text: &str, lang: &str) -> (String, String, MatchKind) {
        let f = found(text, lang);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        f.into_iter().next().unwrap()
    }

    fn t(s: &str, e: &str, k: MatchKind) -> (String, String, MatchKind) {
        (s.to_string(), e.to_string(), k)
    }

    use MatchKind::{Diacritics, Exact, Inflected};

    #[test]
    fn russian_case_endings() {
        assert_eq!(
            one("Митинг в Степанакерте.", "ru"),
            t("Степанакерте", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("из Степанакерта", "ru"),
            t("Степанакерта", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("под Степанакертом", "ru"),
            t("Степанакертом", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("город Ханкенди", "ru"),
            t("Ханкенди", "khankendi-stepanakert", Exact)
        );
        assert_eq!(one("в Шуше и", "ru"), t("Шуше", "shusha-shushi", Inflected));
        assert_eq!(one("из Шуши", "ru"), t("Шуши", "shusha-shushi", Inflected));
        assert_eq!(one("в Армении", "ru"), t("Армении", "armenia", Inflected));
        assert_eq!(one("с Арменией", "ru"), t("Арменией", "armenia", Inflected));
    }

    #[test]
    fn russian_multiword_names_decline() {
        assert_eq!(
            one("конфликт вокруг Нагорного Карабаха.", "ru"),
            t("Нагорного Карабаха", "karabakh", Inflected)
        );
        assert_eq!(
            one("в Нагорном Карабахе", "ru"),
            t("Нагорном Карабахе", "karabakh", Inflected)
        );
        assert_eq!(
            one("к Нагорному Карабаху", "ru"),
            t("Нагорному Карабаху", "karabakh", Inflected)
        );
        assert_eq!(
            one("Нагорный Карабах", "ru"),
            t("Нагорный Карабах", "karabakh", Exact)
        );
        assert_eq!(
            one("в Армянской ССР", "ru"),
            t("Армянской ССР", "armenian-ssr", Inflected)
        );
        assert_eq!(
            one("встреча с Ильхамом Алиевым", "ru"),
            t("Ильхамом Алиевым", "ilham-aliyev", Inflected)
        );
        assert_eq!(
            one("слова Никола Пашиняна", "ru"),
            t("Никола Пашиняна", "nikol-pashinyan", Inflected)
        );
        // a name split by a hard line wrap
        assert_eq!(
            one("в Нагорном\nКарабахе", "ru"),
            t("Нагорном\nКарабахе", "karabakh", Inflected)
        );
    }

    #[test]
    fn ukrainian_alternation() {
        assert_eq!(
            one("у Нагірному Карабасі", "uk"),
            t("Нагірному Карабасі", "karabakh", Inflected)
        );
        assert_eq!(
            one("до Нагірного Карабаху", "uk"),
            t("Нагірного Карабаху", "karabakh", Inflected)
        );
        // the alternated stem takes only its own ending
        assert!(found("Нагірний Карабасом", "uk").is_empty());
    }

    #[test]
    fn azerbaijani_suffixes_with_and_without_apostrophe() {
        assert_eq!(
            one("Xankəndidə keçirilib", "az"),
            t("Xankəndidə", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("Xankəndinin küçələri", "az"),
            t("Xankəndinin", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("Xankəndiyə", "az"),
            t("Xankəndiyə", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("Xankəndidəki", "az"),
            t("Xankəndidəki", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("Şuşadan", "az"),
            t("Şuşadan", "shusha-shushi", Inflected)
        );
        assert_eq!(one("Bakıda", "az"), t("Bakıda", "baku", Inflected));
        assert_eq!(
            one("Xankəndi'də", "az"),
            t("Xankəndi'də", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("Dağlıq Qarabağda", "az"),
            t("Dağlıq Qarabağda", "karabakh", Inflected)
        );
        // a hyphen between two names is no ending
        assert_eq!(
            found("Xankəndi-Şuşa yolu", "az"),
            vec![
                t("Xankəndi", "khankendi-stepanakert", Exact),
                t("Şuşa", "shusha-shushi", Exact)
            ]
        );
    }

    #[test]
    fn turkish_suffixes_after_apostrophes() {
        assert_eq!(
            one("Hankendi'de toplandı", "tr"),
            t("Hankendi'de", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("Hankendi’ye giden", "tr"),
            t("Hankendi’ye", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("Hankendi'deki", "tr"),
            t("Hankendi'deki", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("Karabağ'da", "tr"),
            t("Karabağ'da", "karabakh", Inflected)
        );
        assert_eq!(one("Bakü'nün", "tr"), t("Bakü'nün", "baku", Inflected));
        // In an English text the Turkish name still takes its own endings.
        assert_eq!(
            one("in Hankendi'de", "en"),
            t("Hankendi'de", "khankendi-stepanakert", Inflected)
        );
    }

    #[test]
    fn english_possessive_and_apostrophe_in_other_languages() {
        assert_eq!(one("Baku's demands", "en"), t("Baku's", "baku", Inflected));
        assert_eq!(one("Baku’s demands", "en"), t("Baku’s", "baku", Inflected));
        // no rule for "'de" in English for an English name: the name alone
        assert_eq!(
            one("Khankendi'de", "en"),
            t("Khankendi", "khankendi-stepanakert", Exact)
        );
    }

    #[test]
    fn armenian_case_endings() {
        assert_eq!(
            one("Ստեփանակերտում", "hy"),
            t("Ստեփանակերտում", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("Ստեփանակերտից", "hy"),
            t("Ստեփանակերտից", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("Ստեփանակերտը", "hy"),
            t("Ստեփանակերտը", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(one("Արցախի", "hy"), t("Արցախի", "karabakh", Inflected));
        assert_eq!(
            one("Հայաստանում", "hy"),
            t("Հայաստանում", "armenia", Inflected)
        );
        assert_eq!(
            one("Շուշիում", "hy"),
            t("Շուշիում", "shusha-shushi", Inflected)
        );
        assert_eq!(
            one("Լեռնային Ղարաբաղում", "hy"),
            t("Լեռնային Ղարաբաղում", "karabakh", Inflected)
        );
    }

    #[test]
    fn arabic_prefixes() {
        // the name lacks the article: ال is a prefix
        assert_eq!(
            one("في الخانكندي اليوم", "ar"),
            t("الخانكندي", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("وخانكندي", "ar"),
            t("وخانكندي", "khankendi-stepanakert", Inflected)
        );
        assert_eq!(
            one("بالخانكندي", "ar"),
            t("بالخانكندي", "khankendi-stepanakert", Inflected)
        );
        // the name has it: exact, or a prefix in front, or ل that swallows its alef
        assert_eq!(one("القوقاز", "ar"), t("القوقاز", "caucasus", Exact));
        assert_eq!(one("والقوقاز", "ar"), t("والقوقاز", "caucasus", Inflected));
        assert_eq!(one("للقوقاز", "ar"), t("للقوقاز", "caucasus", Inflected));
        // the bare name without any prefix is not the name
        assert!(found("قوقاز", "ar").is_empty());
        // letters before that are no prefix
        assert!(found("تخانكندي", "ar").is_empty());
        // harakat do not get in the way
        assert_eq!(one("بَاكُو", "ar"), t("بَاكُو", "baku", Exact));
    }

    #[test]
    fn turkish_dotted_and_dotless_i_fold_together() {
        assert_eq!(
            one("İLHAM ƏLİYEV bildirib", "az"),
            t("İLHAM ƏLİYEV", "ilham-aliyev", Exact)
        );
        assert_eq!(
            one("ILHAM ALIYEV said", "en"),
            t("ILHAM ALIYEV", "ilham-aliyev", Exact)
        );
        assert_eq!(
            one("Prezident İlham Əliyevin", "az"),
            t("İlham Əliyevin", "ilham-aliyev", Inflected)
        );
        assert_eq!(one("BAKI", "az"), t("BAKI", "baku", Exact));
    }

    /// Spanish puts an acute accent on the stressed vowel of foreign names ("Kapán", "Gorís"):
    /// in a Spanish text that is the name, flagged like a lost mark; elsewhere a mark the name
    /// lacks is no match (French "Gorís" is not taken for Goris).
    #[test]
    fn a_spanish_stress_accent_on_a_name_still_names_it() {
        assert_eq!(
            found("El ministro visitó Gorís y Jankendí.", "es"),
            vec![
                t("Gorís", "goris", Diacritics),
                t("Jankendí", "khankendi-stepanakert", Diacritics)
            ]
        );
        assert!(found("Le ministre a visité Gorís.", "fr").is_empty());
        // only the acute on a plain vowel of the name: no other mark
        assert!(found("El ministro visitó Göris.", "es").is_empty());
    }

    #[test]
    fn diacritics_only_where_nothing_exact() {
        assert_eq!(
            one("in Xankendi today", "en"),
            t("Xankendi", "khankendi-stepanakert", Diacritics)
        );
        // a name shorter than MIN_DIACRITICS_ONLY_CHARS needs its marks (Şuşa, not Susa)
        assert!(found("Susa ve", "tr").is_empty());
        assert_eq!(
            found("Ilham Aliyev in Xankendi", "en"),
            vec![
                t("Ilham Aliyev", "ilham-aliyev", Exact),
                t("Xankendi", "khankendi-stepanakert", Diacritics)
            ]
        );
        // Diacritics plus an ending
        assert_eq!(
            one("Xankendide", "az"),
            t("Xankendide", "khankendi-stepanakert", Diacritics)
        );
        // exact beats the diacritic-insensitive reading of the same place
        assert_eq!(one("Bakú", "es"), t("Bakú", "baku", Exact));
    }

    #[test]
    fn common_words_that_look_like_inflected_names() {
        // arasında (between) is no Aras + ending: lowercase, so not an inflected name
        assert!(found("iki ölkə arasında sərhəd", "az").is_empty());
        assert!(found("iki ülke arasında", "tr").is_empty());
        assert_eq!(
            one("Aras'ın kıyısında", "tr"),
            t("Aras'ın", "araz-aras", Inflected)
        );
        assert_eq!(one("Araz çayı", "az"), t("Araz", "araz-aras", Exact));
        // görüş (meeting) has marks that Gorus lacks
        assert!(found("Görüşdə razılaşdılar, görüş uzun çəkdi.", "az").is_empty());
        assert_eq!(one("Gorusda", "az"), t("Gorusda", "goris", Inflected));
        // French demonyms are not the German name of the country
        assert!(found("Les Arméniens et l'arménien", "fr").is_empty());
        assert_eq!(one("en Arménie", "fr"), t("Arménie", "armenia", Exact));
        // lowercase forms of capitalised names do not match, exact or inflected
        assert!(found("ılham əliyev", "az").is_empty());
        assert!(found("в степанакерте", "ru").is_empty());
    }

    #[test]
    fn never_inside_another_word() {
        assert!(found("a weekend in Bakuriani", "en").is_empty());
        assert!(found("Animal farm, Ania, Tirani", "en").is_empty());
        assert!(found("Бакуриани и Анималист", "ru").is_empty());
        assert!(found("MiniBaku", "en").is_empty());
        assert!(found("Baku2", "en").is_empty());
        // endings of an unrelated language do not apply: Spanish text, Russian-style tail
        assert!(found("Bakuom", "es").is_empty());
        assert_eq!(found("Baku, Ani.", "en").len(), 2);
    }

    fn embedded() -> &'static Matcher {
        static M: OnceLock<Matcher> = OnceLock::new();
        M.get_or_init(|| Matcher::new(&Glossary::embedded().unwrap()))
    }

    /// (surface, entity, kind) of every mention, with the embedded glossary.
    fn efound(text: &str, lang: &str) -> Vec<(String, String, MatchKind)> {
        embedded()
            .find(text, lang)
            .into_iter()
            .map(|m| (m.surface, m.entity, m.matched_by))
            .collect()
    }

    #[test]
    fn lowercase_words_are_not_capitalised_names() {
        assert!(efound("a turkey farm near the town", "en").is_empty());
        assert!(efound("se firmó en aras de la paz", "es").is_empty());
        assert!(efound("kura çekimi yapıldı", "tr").is_empty());
        assert!(efound("non volava una mosca", "it").is_empty());
        assert!(efound("մեղրի տոնավաճառ", "hy").is_empty());
        assert_eq!(efound("Turkey said", "en"), [t("Turkey", "turkey", Exact)]);
        assert_eq!(
            efound("Mosca ha risposto", "it"),
            [t("Mosca", "moscow", Exact)]
        );
        // names the glossary writes in lowercase, and caseless scripts, still match
        assert!(
            efound("el conflicto de Nagorno Karabaj duró", "es")
                .iter()
                .any(|(_, e, _)| e == "karabakh-conflict")
        );
        assert_eq!(
            efound("შუშაში სასტუმრო", "ka"),
            [t("შუშაში", "shusha-shushi", Inflected)]
        );
    }

    #[test]
    fn a_surname_after_another_given_name_is_a_namesake() {
        let entities = |text: &str, lang: &str| -> Vec<String> {
            efound(text, lang).into_iter().map(|(_, e, _)| e).collect()
        };
        // another person of that surname
        assert!(entities("Її голова Наталія Оверчук додала", "uk").is_empty());
        assert!(entities("the striker Tom Aliyev scored twice", "en").is_empty());
        // the person: a title, the given name (declined too), a sentence start, a possessive
        assert_eq!(
            entities("said President Aliyev on Monday", "en"),
            ["ilham-aliyev"]
        );
        assert_eq!(
            entities("Слова Захаровой процитировали", "ru"),
            ["maria-zakharova"]
        );
        assert_eq!(
            entities("встреча с Ильхамом Алиевым", "ru"),
            ["ilham-aliyev"]
        );
        assert_eq!(
            entities("and Armenia's Pashinyan replied", "en"),
            ["armenia", "nikol-pashinyan"]
        );
        assert_eq!(
            entities("dedi Cumhurbaşkanı Aliyev", "tr"),
            ["ilham-aliyev"]
        );
        // English capitalises weekdays and months: no given names
        assert_eq!(
            entities(
                "and on Monday Pashinyan said so; in May Peskov declined",
                "en"
            ),
            ["nikol-pashinyan", "dmitry-peskov"]
        );
        // German capitalises every noun; a title-case headline says nothing either
        assert_eq!(
            entities("sagte Regierungschef Paschinjan", "de"),
            ["nikol-pashinyan"]
        );
        assert_eq!(
            entities("Aliyev Meets Pashinyan In Brussels", "en"),
            ["ilham-aliyev", "nikol-pashinyan", "brussels"]
        );
    }

    #[test]
    fn armenian_final_u_becomes_v_before_an_ending() {
        assert_eq!(
            efound("Բաքվում և Բաքվից", "hy"),
            [
                t("Բաքվում", "baku", Inflected),
                t("Բաքվից", "baku", Inflected)
            ]
        );
        assert_eq!(efound("Բաքուն", "hy"), [t("Բաքուն", "baku", Inflected)]);
    }

    #[test]
    fn another_languages_acronym_in_a_capitals_headline_is_a_word() {
        assert!(efound("UN NOUVEAU BUS TRAVERSE DAKAR", "fr").is_empty());
        let f = efound("UN CONVOI DU CICR BLOQUÉ", "fr");
        assert!(f.iter().all(|(_, e, _)| e != "united-nations"), "{f:?}");
        assert!(f.iter().any(|(_, e, _)| e == "icrc"), "{f:?}");
        // in a headline in its own language, and in running text, the acronym stands
        assert_eq!(
            efound("UN TEAM REACHES THE CITY", "en"),
            [t("UN", "united-nations", Exact)]
        );
        assert_eq!(
            efound("Le rapport de l'UN et de l'OSCE", "fr")[0],
            t("UN", "united-nations", Exact)
        );
    }

    #[test]
    fn short_names_need_their_diacritics() {
        assert!(efound("Die Kur in Baden-Baden", "de").is_empty());
        assert_eq!(
            efound("Die Kür im Eiskunstlauf", "de").len(),
            1,
            "with its mark, the short name is the river's Azerbaijani name"
        );
    }

    #[test]
    fn turkish_proper_names_take_endings_only_after_an_apostrophe() {
        assert!(efound("İKİ ÜLKE ARASINDA TARİHİ ADIM", "tr").is_empty());
        assert!(efound("Selimiye Arastası'nda esnaf", "tr").is_empty());
        assert_eq!(
            efound("Aras'ta bir köprü", "tr"),
            [t("Aras'ta", "araz-aras", Inflected)]
        );
        // a name ending in a common noun takes endings as that noun does
        assert_eq!(
            efound("Hocalı katliamının yıl dönümü", "tr"),
            [t("Hocalı katliamının", "khojaly-massacre", Inflected)]
        );
        // an Azerbaijani name keeps Azerbaijani spelling in a Turkish text
        assert_eq!(
            efound("Xankəndidə toplantı", "tr"),
            [t("Xankəndidə", "khankendi-stepanakert", Inflected)]
        );
    }

    #[test]
    fn homographs_count_only_beside_another_entity() {
        let m = embedded();
        let entities = |sentences: &[&str], lang: &str| {
            let mut found: Vec<Vec<NameMention>> =
                sentences.iter().map(|s| m.find(s, lang)).collect();
            m.drop_lone_homographs(found.iter_mut());
            found
                .into_iter()
                .flatten()
                .map(|n| (n.surface, n.entity))
                .collect::<Vec<_>>()
        };
        // found by the matcher, dropped where nothing else of the glossary is named
        assert_eq!(m.find("Куры несутся каждый день.", "ru").len(), 1);
        assert!(entities(&["Куры несутся каждый день."], "ru").is_empty());
        assert_eq!(
            entities(
                &["Вода в Куры поднялась.", "В Азербайджане объявили тревогу."],
                "ru"
            ),
            [
                ("Куры".to_string(), "kura".to_string()),
                ("Азербайджане".to_string(), "azerbaijan".to_string())
            ]
        );
        // the same entity named plainly does not vouch for its homograph (Prussia, not Russia)
        assert_eq!(
            entities(&["ليست بروسيا القديمة هي روسيا الحالية."], "ar"),
            [("روسيا".to_string(), "russia".to_string())]
        );
        // an inflected form is not the homograph
        assert_eq!(
            entities(&["Susada yeni mehmanxana açılıb."], "az"),
            [("Susada".to_string(), "shusha-shushi".to_string())]
        );
    }

    #[test]
    fn acronyms_match_only_in_capitals() {
        assert_eq!(one("the UN said", "en"), t("UN", "united-nations", Exact));
        assert_eq!(one("Генсек ООН", "ru"), t("ООН", "united-nations", Exact));
        assert_eq!(
            one("BMT-nin", "az"),
            t("BMT-nin", "united-nations", Inflected)
        );
        assert_eq!(
            one("BMT'nin qərarı", "az"),
            t("BMT'nin", "united-nations", Inflected)
        );
        assert!(found("un niño, Un hombre, un", "es").is_empty());
        assert!(found("нет оон", "ru").is_empty());
        assert_eq!(
            one("United Nations", "en"),
            t("United Nations", "united-nations", Exact)
        );
    }

    #[test]
    fn full_name_wins_over_surname() {
        let f = found("President Ilham Aliyev said. Aliyev added", "en");
        assert_eq!(
            f,
            vec![
                t("Ilham Aliyev", "ilham-aliyev", Exact),
                t("Aliyev", "ilham-aliyev", Exact)
            ]
        );
        let m = matcher().find("President Ilham Aliyev said", "en");
        assert_eq!(m[0].variant, "Ilham Aliyev");
        assert_eq!(
            found("Nikol Pashinyan", "en"),
            vec![t("Nikol Pashinyan", "nikol-pashinyan", Exact)]
        );
    }

    #[test]
    fn dual_naming_gives_two_mentions() {
        let f = found("Stepanakert (Khankendi) and Шуша/Şuşa", "en");
        assert_eq!(
            f,
            vec![
                t("Stepanakert", "khankendi-stepanakert", Exact),
                t("Khankendi", "khankendi-stepanakert", Exact),
                t("Шуша", "shusha-shushi", Exact),
                t("Şuşa", "shusha-shushi", Exact),
            ]
        );
    }

    #[test]
    fn mention_fields_and_spans() {
        let text = "Речь о СТЕПАНАКЕРТЕ.";
        let m = matcher().find(text, "ru");
        assert_eq!(m.len(), 1);
        let m = &m[0];
        assert_eq!(m.span, Span::new(text.find('С').unwrap(), text.len() - 1));
        assert_eq!(m.surface, "СТЕПАНАКЕРТЕ");
        assert_eq!(m.entity, "khankendi-stepanakert");
        assert_eq!(m.variant, "Степанакерт");
        assert_eq!(m.variant_lang, "ru");
        assert_eq!(m.conventions, vec!["hy", "ru-media"]);
        assert_eq!(m.status, NameStatus::Common);
        assert_eq!(m.matched_by, Inflected);
    }

    #[test]
    fn same_text_prefers_the_text_language() {
        // "Armenia" is both an en and an es name of the entity
        let m = matcher().find("Armenia", "es");
        assert_eq!(m[0].variant_lang, "es");
        let m = matcher().find("Armenia", "en");
        assert_eq!(m[0].variant_lang, "en");
    }

    #[test]
    fn name_suffixes_from_the_glossary_apply() {
        // Степанакерт lists suffix "е"; in a text of unknown language it still applies.
        assert_eq!(
            one("Степанакерте", "und"),
            t("Степанакерте", "khankendi-stepanakert", Inflected)
        );
        // but other Russian endings need Russian rules: the name's language supplies them
        assert_eq!(
            one("Степанакертом", "und"),
            t("Степанакертом", "khankendi-stepanakert", Inflected)
        );
    }

    #[test]
    fn empty_glossary_and_empty_text() {
        let m = Matcher::new(&Glossary::empty());
        assert!(m.find("Baku", "en").is_empty());
        assert!(matcher().find("", "en").is_empty());
        assert!(matcher().find("   \n", "ru").is_empty());
    }

    #[test]
    fn find_with_reuses_buffers() {
        let mut s = Scratch::default();
        let a = matcher().find_with("в Шуше", "ru", &mut s);
        let b = matcher().find_with("Xankəndidə", "az", &mut s);
        assert_eq!(a[0].surface, "Шуше");
        assert_eq!(b[0].surface, "Xankəndidə");
    }

    proptest::proptest! {
        /// On any text: no panic, spans sorted, disjoint, on char boundaries, surface = slice.
        #[test]
        fn spans_are_sound(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Степанакерте", "Xankəndidə", "Hankendi’ye", "Ստեփանակերտում", "الخانكندي",
                    "İLHAM", "ƏLİYEV", "Нагорного", "Карабаха", "Baku", "riani", "'", "-", "  ",
                    "\n", "S\u{0327}us\u{0327}a", "և", "UN", "un", "Ani", "mal", "ـ", "é", "e\u{0301}",
                ]),
                0..12,
            ),
            lang in proptest::sample::select(vec!["en", "ru", "az", "tr", "hy", "ar", "und"]),
        ) {
            let text: String = words.concat();
            let found = matcher().find(&text, lang);
            let mut end = 0;
            for m in &found {
                proptest::prop_assert!(m.span.start >= end && m.span.start < m.span.end);
                proptest::prop_assert!(text.is_char_boundary(m.span.start));
                proptest::prop_assert!(text.is_char_boundary(m.span.end));
                proptest::prop_assert_eq!(m.span.slice(&text), m.surface.as_str());
                end = m.span.end;
            }
        }
    }

    #[test]
    fn every_repeat_of_an_article_yields_the_same_mentions() {
        // speed is measured in benches/names.rs; here only that repeated text is matched alike
        let para = "BAKU, September 29. Azerbaijani President Ilham Aliyev said on Friday that \
            the residents of Khankendi (Stepanakert) could stay. В Степанакерте и Шуше прошли \
            встречи; в Нагорном Карабахе тихо. Xankəndidə və Şuşada vəziyyət sabitdir. \
            Hankendi'de toplantı yapıldı. Ստեփանակերտում մարդիկ հավաքվել էին։ Armenia's prime \
            minister Nikol Pashinyan spoke in Yerevan about the Lachin road and refugees. ";
        let one = matcher().find(para, "en").len();
        assert!(one >= 12, "{one}");
        let article = para.repeat(10);
        assert_eq!(matcher().find(&article, "en").len(), 10 * one);
    }

    #[test]
    fn heads_and_walks_find_every_pattern_from_every_entry() {
        let patterns: Vec<&str> = vec![
            "a",
            "un",
            "ab",
            "abc",
            "abcd",
            "abcdefg",
            "abcdefgh",
            "abcdefghij",
            "baku",
            "карабах",
            "нагорный карабах",
            "ստեփանակերտ",
            "քաղաք",
            "ال",
            "خانكندي",
            "xankendi",
            "xankendi r",
            "ilham aliyev",
            "ilham",
        ];
        let nfa = NFA::builder()
            .match_kind(AcKind::Standard)
            .prefilter(false)
            .build(&patterns)
            .unwrap();
        let heads = Heads::new(patterns.iter().map(|p| p.as_bytes()), Some(&nfa));
        let start = nfa.start_state(Anchored::Yes).unwrap();
        let found = |hay: &str, entry: (StateID, usize)| {
            let mut v = Vec::new();
            walk(&nfa, entry, hay.as_bytes(), 0, |pid, end| {
                v.push((pid, end))
            });
            v.sort();
            v
        };
        for (pid, p) in patterns.iter().enumerate() {
            for rest in [
                "",
                " ",
                "x",
                "abcdefghijk",
                "ов",
                "ում",
                "ی",
                ", ilham aliyev",
            ] {
                let hay = format!("{p}{rest}");
                let entry = heads.entry(hay.as_bytes(), start);
                assert!(entry.is_some(), "{hay:?}");
                let all = found(&hay, entry.unwrap());
                assert!(all.contains(&(pid, p.len())), "{hay:?}: {all:?}");
                // from the entry, the same as from the start
                assert_eq!(all, found(&hay, (start, 0)), "{hay:?}");
            }
        }
        for hay in ["", "x", "the", "abx", "kara", "карабас", "ilhamaliyev"] {
            let all = found(hay, (start, 0));
            match heads.entry(hay.as_bytes(), start) {
                Some(entry) => assert_eq!(found(hay, entry), all, "{hay:?}"),
                None => assert!(all.is_empty(), "{hay:?}: {all:?}"),
            }
        }
    }

    #[test]
    fn first_letter_lowercase_agrees_with_std() {
        let slow = |s: &str| {
            s.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_lowercase)
        };
        for u in (0u32..0x900).chain(0x10A0..0x1100).chain(0x1E00..0x2200) {
            let Some(c) = char::from_u32(u) else { continue };
            for s in [
                c.to_string(),
                format!("1-{c}"),
                format!("{c}a"),
                format!("{c}A"),
            ] {
                assert_eq!(first_letter_lowercase(&s), slow(&s), "{s:?}");
            }
        }
        assert!(!first_letter_lowercase("12 ,;"));
    }

    #[test]
    fn hits_sort_by_start_longest_then_preference() {
        let m = matcher();
        let kinds = [Exact, Inflected, Diacritics];
        let mut hits = Vec::new();
        for start in [0u32, 3, 7] {
            for end in [start + 2, start + 5] {
                for name in 0..m.names.len().min(40) as u32 {
                    for kind in kinds {
                        hits.push(Hit {
                            start,
                            end,
                            name,
                            kind,
                            order: 0,
                        });
                    }
                }
            }
        }
        for lang in ["en", "ru", "az"] {
            let rank = |h: &Hit| {
                let n = &m.names[h.name as usize];
                (
                    u8::from(n.lang != lang),
                    u8::from(h.kind != Exact),
                    n.status,
                    n.order,
                )
            };
            let mut want = hits.clone();
            want.sort_by(|a, b| {
                a.start
                    .cmp(&b.start)
                    .then(b.end.cmp(&a.end))
                    .then_with(|| rank(a).cmp(&rank(b)))
            });
            let mut got = hits.clone();
            got.reverse();
            sort_hits(&mut got, &m.names, lang);
            let key = |h: &Hit| (h.start, h.end, h.name, rank(h));
            assert_eq!(
                got.iter().map(key).collect::<Vec<_>>(),
                want.iter().map(key).collect::<Vec<_>>()
            );
        }
    }
}
