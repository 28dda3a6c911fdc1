//! The agency rule: deaths, displacement or attacks reported without saying who did it.
//!
//! Conservative by design. A cue fires for an auxiliary followed (within `window` words) by a
//! listed participle — `were killed`, `had been displaced`, `были убиты` — or, where the
//! lexicon sets `window_after`, followed by one (German `getötet wurden`), or for a listed
//! agentless verb on its own (`ранены`, `yaralanıb`, `taken into custody`; not an intransitive
//! `died` or `погибли`, which is no passive), and only when no agent marker (`by`,
//! `со стороны`) follows in the sentence and the next words do not look like an agent (languages
//! that mark the agent by case list `agent_suffixes`, e.g. Russian instrumental `-ами`).
//! Word lists come from the `[agency]` table of the lexicon; `*` at the end of a word makes it
//! a stem. [`drop_agency_where_no_one_acts`] then takes the cues back, article by article, in
//! reports of a disaster or an accident.

use super::fold::{Folded, is_word_char};
use super::schema::RawAgency;
use crate::anchors::concepts::Concepts;
use crate::model::{Cue, Sentence, Span};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Pat {
    Exact(String),
    Stem(String),
}

impl Pat {
    fn new(s: &str, turkic: bool) -> Pat {
        let f = super::fold::fold_term(s, turkic);
        match f.strip_suffix('*') {
            Some(stem) => Pat::Stem(stem.to_string()),
            None => Pat::Exact(f),
        }
    }
    fn matches(&self, word: &str) -> bool {
        match self {
            Pat::Exact(w) => w == word,
            Pat::Stem(s) => word.starts_with(s.as_str()),
        }
    }
}

/// The compiled agency rules of one language.
#[derive(Debug, Clone, Default)]
pub(crate) struct Rules {
    auxiliaries: Vec<Pat>,
    participles: Vec<Pat>,
    standalone: Vec<Vec<Pat>>,
    agent_markers: Vec<Vec<Pat>>,
    agent_suffixes: Vec<String>,
    /// Phrases starting with an agent marker that name no agent ("por la noche").
    not_agents: Vec<Vec<Pat>>,
    window: usize,
    /// Words after a participle where an auxiliary also counts (verb-final clauses).
    window_after: usize,
    /// Agent markers count before the verb (verb-final languages).
    before: bool,
    /// Agent markers count after the verb.
    after: bool,
}

fn seq(s: &str, turkic: bool) -> Vec<Pat> {
    s.split_whitespace().map(|w| Pat::new(w, turkic)).collect()
}

/// Phrases as word patterns, empty ones dropped.
fn seqs(phrases: &[String], turkic: bool) -> Vec<Vec<Pat>> {
    phrases
        .iter()
        .map(|s| seq(s, turkic))
        .filter(|s| !s.is_empty())
        .collect()
}

impl Rules {
    pub fn new(raw: &RawAgency, turkic: bool) -> Rules {
        Rules {
            auxiliaries: raw
                .auxiliaries
                .iter()
                .map(|s| Pat::new(s, turkic))
                .collect(),
            participles: raw
                .participles
                .iter()
                .map(|s| Pat::new(s, turkic))
                .collect(),
            standalone: seqs(&raw.standalone, turkic),
            agent_markers: seqs(&raw.agent_markers, turkic),
            agent_suffixes: raw
                .agent_suffixes
                .iter()
                .map(|s| super::fold::fold_term(s, turkic))
                .collect(),
            not_agents: seqs(&raw.not_agents, turkic),
            window: raw.window.unwrap_or(3).max(1),
            window_after: raw.window_after.unwrap_or(0),
            before: raw
                .agent_position
                .as_ref()
                .is_some_and(|p| matches!(p.get_ref().as_str(), "before" | "anywhere")),
            after: raw
                .agent_position
                .as_ref()
                .is_none_or(|p| matches!(p.get_ref().as_str(), "after" | "anywhere")),
        }
    }

    /// Add the lists of `other` (a user file extending the embedded one).
    pub fn extend(&mut self, other: Rules) {
        self.auxiliaries.extend(other.auxiliaries);
        self.participles.extend(other.participles);
        self.standalone.extend(other.standalone);
        self.agent_markers.extend(other.agent_markers);
        self.agent_suffixes.extend(other.agent_suffixes);
        self.not_agents.extend(other.not_agents);
        self.window = self.window.max(other.window);
        self.window_after = self.window_after.max(other.window_after);
        self.before |= other.before;
        self.after |= other.after;
    }

    pub fn is_empty(&self) -> bool {
        self.participles.is_empty() && self.standalone.is_empty()
    }

    /// Agency cues in one folded sentence (`original` is the text it was folded from).
    pub fn find(&self, original: &str, folded: &Folded) -> Vec<Cue> {
        if self.is_empty() {
            return Vec::new();
        }
        let f = folded.text.as_str();
        let words = tokens(f);
        let w = |i: usize| &f[words[i].0..words[i].1];
        let mut covered = vec![false; words.len()];
        let mut out = Vec::new();
        let emit = |from: usize, to: usize, rule: &str, expl: &str, out: &mut Vec<Cue>| {
            let (s, e) = folded.source(words[from].0, words[to].1);
            let surface = original[s..e].to_string();
            out.push(Cue {
                category: "agency".to_string(),
                value: "agentless".to_string(),
                span: Span::new(s, e),
                explanation: format!("“{surface}” {expl}"),
                surface,
                source: format!("rule:{rule}"),
                quoted: false,
            });
        };
        for i in 0..words.len() {
            if !self.participles.iter().any(|p| p.matches(w(i))) {
                continue;
            }
            let is_aux = |j: usize| self.auxiliaries.iter().any(|a| a.matches(w(j)));
            let lo = i.saturating_sub(self.window);
            let hi = (i + self.window_after).min(words.len() - 1);
            let (from, to) = match (lo..i).rev().find(|&j| is_aux(j)) {
                Some(j) => (j, i),
                None => match (i + 1..=hi).find(|&j| is_aux(j)) {
                    Some(j) => (i, j),
                    None => continue,
                },
            };
            if self.agent_named(f, &words, from, to) {
                continue;
            }
            covered[from..=to].iter_mut().for_each(|c| *c = true);
            emit(
                from,
                to,
                "passive-without-agent",
                "is a passive with no agent: the sentence does not say who did it",
                &mut out,
            );
        }
        for i in 0..words.len() {
            for s in &self.standalone {
                let end = i + s.len();
                if end > words.len()
                    || covered[i..end].iter().any(|&c| c)
                    || !s.iter().enumerate().all(|(k, p)| p.matches(w(i + k)))
                    || self.agent_named(f, &words, i, end - 1)
                {
                    continue;
                }
                covered[i..end].iter_mut().for_each(|c| *c = true);
                emit(
                    i,
                    end - 1,
                    "agentless-verb",
                    "reports the harm without saying who caused it",
                    &mut out,
                );
                break;
            }
        }
        out
    }

    /// Is an agent named for the verb group `from..=k`?
    fn agent_named(&self, f: &str, words: &[(usize, usize)], from: usize, k: usize) -> bool {
        let w = |i: usize| &f[words[i].0..words[i].1];
        let phrase_at = |i: usize, m: &[Pat]| {
            i + m.len() <= words.len() && m.iter().enumerate().all(|(n, p)| p.matches(w(i + n)))
        };
        let marker_at = |i: usize| {
            self.agent_markers.iter().any(|m| phrase_at(i, m))
                && !self.not_agents.iter().any(|m| phrase_at(i, m))
        };
        if self.before && (0..from).any(marker_at) {
            return true;
        }
        if !self.after {
            return false;
        }
        let by_suffix = (k + 1..(k + 3).min(words.len())).any(|i| {
            let word = w(i);
            self.agent_suffixes
                .iter()
                .any(|s| word.ends_with(s.as_str()) && word.chars().count() > s.chars().count() + 2)
        });
        by_suffix || (k + 1..words.len()).any(marker_at)
    }
}

/// Concepts of events that happen without anyone doing them (`glossaries/concepts.toml`): in
/// an article about a flood or a landslide, "three people died" / "were injured" hides no
/// agent, so it is no agency cue.
const NO_AGENT_EVENTS: &[&str] = &[
    "flood",
    "river-overflow",
    "storm",
    "snow",
    "heatwave",
    "earthquake",
    "landslide",
    "drought",
    "fire",
    "accident",
    "explosion",
    "epidemic",
    "disaster",
];
/// Concepts of violence: where they are named, the harm may well have an agent to hide.
const VIOLENCE: &[&str] = &[
    "attack",
    "shelling",
    "fighting",
    "war",
    "army",
    "troops",
    "military-operation",
    "offensive",
    "weapons",
    "drone",
    "missile",
    "mines",
    "occupation",
];
/// The concept of an arrest: "the driver was detained" hides who detained him even in the
/// report of an accident, so [`drop_agency_where_no_one_acts`] keeps it.
const DETENTION: &str = "detained";
/// The sentences at the start of an article that say what it is about (headline and lead).
const TOPIC_SENTENCES: usize = 3;

/// Drop the agency cues of an article about an event no one commits (a flood, a landslide, an
/// accident: see [`NO_AGENT_EVENTS`]) when its headline and lead name no violence and the
/// cue's sentence names none either; an arrest ([`DETENTION`]) keeps its cue. "Three people
/// died" in a flood report is how any outlet reports the deaths; in a report of shelling it is a
/// choice not to say who killed them.
pub fn drop_agency_where_no_one_acts(sentences: &mut [Sentence]) {
    let has_agency = |s: &Sentence| s.cues.iter().any(|c| c.category == "agency");
    if !sentences.iter().any(has_agency) {
        return;
    }
    let lexicon = Concepts::embedded();
    let concepts = |s: &Sentence| lexicon.find(&s.text, &s.language);
    let lead: Vec<&str> = sentences
        .iter()
        .take(TOPIC_SENTENCES)
        .flat_map(concepts)
        .collect();
    if !lead.iter().any(|c| NO_AGENT_EVENTS.contains(c))
        || lead.iter().any(|c| VIOLENCE.contains(c))
    {
        return;
    }
    for s in sentences.iter_mut().filter(|s| has_agency(s)) {
        if concepts(s).iter().any(|c| VIOLENCE.contains(c)) {
            continue;
        }
        s.cues.retain(|c| {
            c.category != "agency" || lexicon.find(&c.surface, &s.language).contains(&DETENTION)
        });
    }
}

/// Byte ranges of the words (runs of word characters) of `f`.
fn tokens(f: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in f.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, f.len()));
    }
    out
}
