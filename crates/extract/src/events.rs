//! Finding events: triggers, their people, parties, posts and roles, and their dates.
//!
//! Each sentence is scanned for trigger phrases ([`crate::triggers`]). A trigger whose
//! condition holds becomes one candidate event per person it governs; modality comes from
//! [`crate::modality`]. Candidates are merged per person and type in [`crate::merge`].
//!
//! The scan over the sentences, and the document-level passes run after it, are `scan`'s
//! ([`find_events`]); building one trigger's candidates is `candidate`'s; whether a participle
//! is passive or an infinitive is counted is `verb_forms`'s.

use floorcross_mention::{RoleKind, Tag};
use floorcross_model::{EventType, Modality, Span};

use crate::doc::Analysed;
use crate::modality;
use crate::triggers::{Cond, Frame, Rule, Triggers};

mod candidate;
mod conditions;
mod coref;
mod dates;
mod denied_after;
mod gapped;
mod groups;
mod name_lists;
mod noun_people;
mod offices;
mod one_move;
mod parsed_people;
mod parties;
mod party_phrases;
mod passes;
mod people;
mod quotes;
mod replacements;
mod same_move;
mod scan;
mod senses;
mod subject;
mod tallies;
mod verb_forms;
mod whip;

use candidate::*;
pub(crate) use conditions::*;
pub use coref::resolve_pronoun;
pub(crate) use coref::*;
pub(crate) use dates::*;
pub(crate) use denied_after::*;
pub(crate) use groups::*;
pub(crate) use name_lists::*;
pub(crate) use noun_people::*;
pub(crate) use offices::*;
pub(crate) use one_move::one_move;
pub(crate) use parsed_people::*;
pub(crate) use parties::*;
pub(crate) use party_phrases::*;
pub(crate) use passes::*;
pub(crate) use people::*;
pub(crate) use quotes::*;
pub(crate) use same_move::*;
pub use scan::find_events;
pub(crate) use scan::*;
pub(crate) use senses::*;
pub(crate) use subject::*;
pub(crate) use tallies::*;
pub(crate) use verb_forms::*;
pub(crate) use whip::*;

/// A candidate event before merging.
#[derive(Clone, Debug)]
pub struct Cand {
    pub kind: EventType,
    pub person: usize,
    pub from: Option<String>,
    pub to: Option<String>,
    pub post: Option<String>,
    pub role: Option<String>,
    pub date: Option<String>,
    pub modality: Modality,
    pub sentence: usize,
    /// The trigger's token range.
    pub trigger: std::ops::Range<usize>,
    pub evidence: Span,
    pub headline: bool,
}

impl Cand {
    /// A candidate read off a phrase or a list: its sentence the evidence, the modality the
    /// sentence gives the person at `person_tok`, the date of the trigger's clause (`None`
    /// for a call or a demand, which is no event).
    pub(crate) fn at(
        a: &Analysed,
        kind: EventType,
        person: usize,
        person_tok: usize,
        si: usize,
        trigger: std::ops::Range<usize>,
    ) -> Option<Cand> {
        let modality = modality::modality(a, si, &trigger, Some(person_tok))?;
        Some(Cand {
            kind,
            person,
            from: None,
            to: None,
            post: None,
            role: None,
            date: event_date(a, si, &trigger, modality),
            modality,
            sentence: si,
            evidence: a.seg.sentences[si].span,
            headline: a.is_headline(si),
            trigger,
        })
    }
}

/// Words that may stand between a verb trigger and its person object.
const OBJ_SKIP: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "former",
    "veteran",
    "senior",
    "rebel",
    "controversial",
    "outspoken",
    "maverick",
    "fellow",
    "shadow",
    "junior",
    "new",
    "local",
    "party",
    "party's",
    "mp",
    "mps",
    "backbencher",
    "colleague",
    "ex",
    "-",
    "minister",
    "deputy",
    "chief",
    "as",
    "leading",
];

/// Auxiliaries and adverbs of a verb chain ("has now", "will not", "is to be").
const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "shall",
    "can",
    "did",
    "does",
    "do",
    "not",
    "also",
    "now",
    "then",
    "to",
    "never",
    "already",
    "just",
    "finally",
    "formally",
    "officially",
    "yesterday",
    "today",
    "last",
    "night",
];

/// Plural nouns for people that, as a subject, are not one named person.
const PLURAL_PEOPLE: &[&str] = &[
    "candidates",
    "members",
    "voters",
    "people",
    "others",
    "supporters",
    "activists",
    "officials",
    "ministers",
    "critics",
    "rebels",
    "colleagues",
    "peers",
    "delegates",
    "women",
    "men",
    "workers",
    "staff",
    "employees",
    "pensioners",
    "families",
    "family",
    "no-one",
    "nobody",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "everyone",
    "everybody",
];

/// Prepositions that make the person after them an object, not a subject.
const PREPOSITIONS: &[&str] = &[
    "by",
    "with",
    "to",
    "from",
    "for",
    "against",
    "of",
    "than",
    "like",
    "alongside",
    "beside",
    "including",
    "about",
    "on",
    "at",
    "over",
    "under",
    "into",
    "behind",
    "without",
    "among",
    "between",
    "towards",
    "toward",
];

/// Words that end a clause when scanning for a trigger's subject.
const CLAUSE_BREAKS: &[&str] = &[
    ";", ":", "but", "while", "whereas", "although", "though", "because", "since", "—", "–",
];
