//! Finding events: triggers, their people, parties, posts and roles, and their dates.
//!
//! Each sentence is scanned for trigger phrases ([`crate::triggers`]). A trigger whose
//! condition holds becomes one candidate event per person it governs; modality comes from
//! [`crate::modality`]. Candidates are merged per person and type in [`crate::merge`].

use floorcross_mention::{RoleKind, Tag};
use floorcross_model::{EventType, Modality, Span};

use crate::doc::Analysed;
use crate::modality;
use crate::triggers::{Cond, Frame, Rule, Triggers};

mod conditions;
mod coref;
mod dates;
mod denied_after;
mod groups;
mod name_lists;
mod noun_people;
mod offices;
mod parsed_people;
mod parties;
mod party_phrases;
mod passes;
mod people;
mod same_move;
mod senses;
mod subject;
mod whip;

pub(crate) use conditions::*;
pub use coref::resolve_pronoun;
pub(crate) use coref::*;
pub(crate) use dates::*;
pub(crate) use denied_after::*;
pub(crate) use groups::*;
pub(crate) use name_lists::*;
pub(crate) use noun_people::*;
pub(crate) use offices::*;
pub(crate) use parsed_people::*;
pub(crate) use parties::*;
pub(crate) use party_phrases::*;
pub(crate) use passes::*;
pub(crate) use people::*;
pub(crate) use same_move::*;
pub(crate) use senses::*;
pub(crate) use subject::*;
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

/// Auxiliaries that make a following participle passive.
const PASSIVE: &[&str] = &[
    "was", "were", "been", "be", "being", "is", "are", "get", "got", "gets", "getting", "am",
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

/// Whether the words `t` are in a rubric: a run of words all in capitals that opens its
/// sentence and is closed by a colon ("SWITCHING SIDES:", "BACK IN THE FOLD:").
fn rubric_at(a: &Analysed, sentence: std::ops::Range<usize>, t: std::ops::Range<usize>) -> bool {
    let caps = |k: usize| {
        a.is_word(k)
            && a.raw(k).chars().any(|c| c.is_ascii_uppercase())
            && !a.raw(k).chars().any(|c| c.is_ascii_lowercase())
    };
    let opens = (sentence.start..t.end).all(|k| caps(k) || matches!(a.w(k), "-" | "&"));
    let mut e = t.end;
    while e < sentence.end && caps(e) {
        e += 1;
    }
    opens && e < sentence.end && a.w(e) == ":"
}

pub fn find_events(a: &Analysed) -> Vec<Cand> {
    let triggers = Triggers::get();
    let mut out = Vec::new();
    for (si, s) in a.seg.sentences.iter().enumerate() {
        let whip = s
            .tokens
            .clone()
            .any(|k| a.b0(k) == b'w' && a.w(k) == "whip");
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            if !a.is_word(i) || !matches!(a.tag(i), Tag::None | Tag::Role(_)) {
                i += 1;
                continue;
            }
            let mut advanced = false;
            'phrases: for (rules, n) in
                triggers.matches_in(a.text, Some(&a.lower), &a.seg.tokens, i, whip)
            {
                let end = i + n;
                if end > s.tokens.end {
                    continue;
                }
                // "a retired Indian diplomat", "the defeated candidate": an adjective
                let adjective = n == 1
                    && a.w(i).ends_with("ed")
                    && matches!(
                        a.w(i.wrapping_sub(1)),
                        "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our"
                    );
                // "He was left in the position of…": a passive "left" is no departure
                let passive_left = adjective
                    || n == 1
                        && a.w(i) == "left"
                        && matches!(
                            a.w(i.wrapping_sub(1)),
                            "was" | "were" | "been" | "being" | "is" | "are" | "be"
                        );
                // "the party he quit three years ago": a relative clause about a party, whose
                // leaving is not a resignation from an office
                let party_gap = n == 1
                    && matches!(a.w(i), "quit" | "left")
                    && matches!(a.w(i.wrapping_sub(1)), "he" | "she" | "they")
                    && matches!(
                        a.w(i.wrapping_sub(2)),
                        "party" | "group" | "parties" | "that" | "which"
                    );
                // ("SWITCHING SIDES: Cllr Ken Dobbs now sits with the Conservatives"): a
                // rubric in capitals closed by a colon labels the item after it
                let rubric = rubric_at(a, s.tokens.clone(), i..end);
                for rule in rules {
                    if passive_left
                        || rubric
                        || party_gap && rule.kind == EventType::Resign
                        || !cond_ok(a, rule.cond, rule.kind, si, i, end)
                    {
                        continue;
                    }
                    let found = build(a, rule, si, i..end);
                    if !found.is_empty() {
                        out.extend(found);
                        i = end;
                        advanced = true;
                        break 'phrases;
                    }
                }
            }
            if !advanced {
                i += 1;
            }
        }
    }
    decision_dates(a, &mut out);
    occasion_dates(a, &mut out);
    anaphoric_occasion_dates(a, &mut out);
    framed_dates(a, &mut out);
    repeated_dates(a, &mut out);
    followers(a, &mut out);
    along_with(a, &mut out);
    leavers_new_group(a, &mut out);
    benches_taken(a, &mut out);
    whip_given_back(a, &mut out);
    joined_by(a, &mut out);
    members_lost_to(a, &mut out);
    counted_after(a, &mut out);
    group_members_named_next(a, &mut out);
    split_particle_expulsions(a, &mut out);
    followed_suit(a, &mut out);
    gapped_offices(a, &mut out);
    followed_by_those_of(a, &mut out);
    results(a, &mut out);
    // (the one party the story says won, read once for both passes that use it)
    let winner = winning_party(a);
    new_office_holders(a, &mut out);
    declared_candidates(a, &mut out);
    crate::grammar::find(a, &mut out);
    winners_party(a, winner, &mut out);
    portfolio_light_verbs(a, &mut out);
    passive_portfolios_handed_to(a, &mut out);
    portfolios_handed_to(a, &mut out);
    lost_office_jobs(a, &mut out);
    made_appointments(a, &mut out);
    leaders_parties(a, &mut out);
    bare_quits_of_a_party(a, &mut out);
    sits_as_independent(a, &mut out);
    winning_candidate(winner, &mut out);
    selection_ballots(a, &mut out);
    restated_dates(a, &mut out);
    same_occasion_dates(a, &mut out);
    reshuffle_dates(a, &mut out);
    owning_parties(a, &mut out);
    denials_after(a, &mut out);
    out
}

/// Whether the participle at `start` is passive ("was appointed", "has been sacked").
pub(crate) fn passive(a: &Analysed, si: usize, start: usize) -> bool {
    let s0 = a.seg.sentences[si].tokens.start;
    let mut k = start;
    let mut steps = 0;
    while k > s0 && steps < 4 {
        k -= 1;
        steps += 1;
        let w = a.w(k);
        if PASSIVE.contains(&w) {
            return true;
        }
        // ("was yesterday appointed", "was last night expelled": a time between the
        // auxiliary and the participle)
        let time = matches!(
            w,
            "yesterday" | "today" | "tonight" | "last" | "this" | "night" | "morning" | "evening"
        );
        if !time
            && !matches!(
                w,
                "also"
                    | "now"
                    | "then"
                    | "later"
                    | "subsequently"
                    | "formally"
                    | "officially"
                    | "not"
                    | "never"
                    | "just"
                    | "recently"
                    | "first"
                    | "initially"
                    | "originally"
                    | "narrowly"
                    | "comfortably"
                    | "unanimously"
                    | "quickly"
                    | "finally"
                    | "eventually"
                    | "reportedly"
                    | "effectively"
                    | "duly"
                    | "since"
            )
        {
            break;
        }
    }
    false
}

/// Whether the words from `k` are "the" + an ordinal (or "latest", "last", "only") + a noun
/// phrase + "to" + a verb: "the second minister to quit", "the latest Tory MP to defect".
pub(crate) fn counted_infinitive(a: &Analysed, si: usize, k: usize) -> bool {
    let end = a.seg.sentences[si].tokens.end;
    if a.w(k) != "the" {
        return false;
    }
    let w = a.w(k + 1);
    let ordinal = matches!(
        w,
        "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "latest"
            | "last"
            | "only"
            | "next"
    ) || w.ends_with("th") && w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(w, "1st" | "2nd" | "3rd" | "21st" | "22nd" | "23rd" | "31st")
        // ("12th" written as a number and its suffix)
        || w.chars().all(|c| c.is_ascii_digit())
            && !w.is_empty()
            && matches!(a.w(k + 2), "th" | "st" | "nd" | "rd");
    ordinal
        && (k + 2..(k + 8).min(end)).any(|j| {
            a.w(j) == "to"
                && a.seg
                    .tokens
                    .get(j + 1)
                    .is_some_and(|_| !matches!(a.tag(j + 1), Tag::Party(_) | Tag::Post(_)))
                && a.person_at(j + 1).is_none()
                && a.w(j + 1).chars().all(|c| c.is_ascii_lowercase())
                // ... and that verb reports a change ("to quit", "to defect"), not a
                // distinction ("the first lord chancellor to sit in the Commons")
                && Triggers::get()
                    .matches_at(a.text, Some(&a.lower), &a.seg.tokens, j + 1)
                    .next()
                    .is_some()
        })
}

/// The party of a "PARTY defector" description right before the person's name ("Tory
/// defector Gail Ross"), if any.
fn defector_of(a: &Analysed, tok: usize) -> Option<String> {
    let ms = mention_start(a, tok);
    if ms < 2 || !matches!(a.w(ms - 1), "defector" | "turncoat") {
        return None;
    }
    a.m.party_at(ms - 2)
        .map(|p| p.party.clone())
        .filter(|p| p != "Independent")
}

/// A test that a trigger's words are used in another sense, or of something that is no
/// person's change (`events/senses.rs`, and `inanimate_subject`).
type SenseFilter = fn(&Analysed, &Rule, usize, &std::ops::Range<usize>) -> bool;

/// Every sense filter a trigger must pass; the first that fires drops it. Cheap word tests
/// come before the one that may parse the sentence.
const OTHER_SENSES: &[SenseFilter] = &[
    brought_in_to_help,
    fighting_for_something_else,
    founded_thing_not_a_party,
    found_is_find,
    vote_not_an_election,
    nomination_not_election,
    ousted_at_the_polls,
    tenure_not_reelection,
    goes_to_no_office,
    honour_taken_away,
    return_to_something_else,
    verb_read_as_noun,
    quit_a_habit,
    habitual,
    only_in_spirit,
    quit_something_else,
    stands_to_gain_or_lose,
    expelled_from_something_else,
    resigned_to_accept,
    fighting_something_else,
    pushed_out_of_something_else,
    stood_aside_from_something_else,
    replacing_is_no_appointment,
    prenominal_participle,
    inanimate_subject,
];

/// Builds the candidate events for one trigger.
/// "wished those leaving the front bench every success", "anyone who defects will be
/// expelled": a participle or relative clause on a pronoun for no one in particular tells no
/// named person's change (unless the group's members are named: "Among those who resigned
/// were A and B", "one of those who defected").
fn generic_head(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> bool {
    let s0 = a.seg.sentences[si].tokens.start;
    let mut h = trigger.start;
    // the relative pronoun and auxiliaries of "those who have resigned"
    while h > s0
        && matches!(
            a.w(h - 1),
            "has" | "have" | "had" | "was" | "were" | "been" | "is" | "are" | "will" | "would"
        )
    {
        h -= 1;
    }
    let relative = h > s0 && matches!(a.w(h - 1), "who" | "that");
    if relative {
        h -= 1;
    } else {
        let participle = a.w(trigger.start).ends_with("ing") || a.w(trigger.start).ends_with("ed");
        if !participle || h != trigger.start {
            return false;
        }
    }
    let generic = h > s0
        && matches!(
            a.w(h - 1),
            "those" | "anyone" | "anybody" | "everyone" | "everybody" | "others" | "whoever"
        );
    // ("were earlier among those who resigned": the group has a named member)
    let member = h >= s0 + 2 && matches!(a.w(h - 2), "among" | "amongst" | "of");
    generic
        && !member
        && groups::member_of_group(a, si, trigger.start).is_none()
        && groups::named_after_copula(a, si, trigger.start).is_none_or(|v| v.is_empty())
}

fn build(a: &Analysed, rule: &Rule, si: usize, trigger: std::ops::Range<usize>) -> Vec<Cand> {
    // "his resignation letter", "a resignation speech": the noun modifies another noun and
    // reports nothing itself.
    if rule.frame == Frame::Noun
        && matches!(
            a.w(trigger.end),
            "letter" | "letters" | "speech" | "statement" | "honours" | "list" | "lists"
        )
    {
        return Vec::new();
    }
    if OTHER_SENSES.iter().any(|f| f(a, rule, si, &trigger)) {
        return Vec::new();
    }
    if generic_head(a, si, &trigger) {
        return Vec::new();
    }
    let apposed =
        apposed_description_subject(a, si, &trigger).filter(|_| rule.frame == Frame::Subj);
    // ("Two ministers resigned on Monday: A and B": the parse's subject names no one; the list
    // after the colon does)
    let listed = match apposed {
        None if rule.frame == Frame::Subj => listed_after_colon(a, si, &trigger),
        _ => Vec::new(),
    };
    let mut people = match apposed {
        Some(q) => vec![q],
        None if !listed.is_empty() => listed.clone(),
        None => persons(a, rule, si, &trigger),
    };
    let parsed = match apposed {
        Some(_) => None,
        None if !listed.is_empty() => None,
        None => grammatical_people(a, rule, si, &trigger),
    };
    if let Some(parsed) = parsed {
        // The parse names who did it: the subject of the trigger's clause (or, for "sacked
        // X", its object). When the word rules found only other people (a name in an
        // apposition, a by-phrase, a caption's "with"), the parse wins; when they agree on
        // someone, the word rules' list stands (it knows "along with A and B").
        let in_parse = |q: usize| parsed.iter().any(|(r, _)| *r == q);
        if people.iter().any(|(q, _)| in_parse(*q)) {
            // keep who the parse agrees with; drop a name the parse puts inside a modifier
            // of the subject ("Tate, an opponent of leader Hale, left"), keep the rest (lists
            // the parser split, "along with A and B")
            let p = crate::grammar::Parsed::new(a, si);
            people.retain(|&(q, t)| {
                in_parse(q)
                    || !parsed
                        .iter()
                        .any(|&(_, st)| crate::grammar::inside_modifier(&p, st, t))
                        && !crate::grammar::in_fronted_adverbial(&p, trigger.start, t)
            });
            // ... and add whom the parse coordinates with them that the words missed ("Colin
            // Webb and his deputy, Sara Moss, resigned": the words see only the name before
            // the verb)
            let s0 = a.seg.sentences[si].tokens.start;
            for &(q, t) in &parsed {
                let ms = mention_start(a, t);
                // (not across a relative clause's edge: the parser joins "Ann Cole, whose
                // husband Paul Tandy resigned" into one list)
                let closed = (t..trigger.start).any(|j| matches!(a.w(j), "," | "–" | "—"));
                let relative = (t.min(trigger.start)..trigger.start)
                    .any(|j| matches!(a.w(j), "who" | "whose"));
                if !people.iter().any(|&(r, _)| r == q)
                    && !relative
                    && (!closed || whose_clause_subject(a, s0, ms).is_none())
                {
                    people.push((q, t));
                }
            }
        } else {
            people = parsed;
        }
    }
    // ("Tom Hale, not Ann Owen, was elected leader": a name set off by ", not" is the one it
    // did not happen to)
    people.retain(|&(_, t)| {
        let ms = mention_start(a, t);
        !(ms >= 2 && a.w(ms - 1) == "not" && a.w(ms - 2) == ",")
    });
    if people.is_empty() {
        return Vec::new();
    }
    // "He ... became Lord Callaghan of Cardiff": the title names who was ennobled, whatever
    // the pronoun resolved to
    if rule.kind == EventType::Appoint && people.len() == 1 {
        if let Some(pm) = a.m.person_at(trigger.end) {
            let titled = matches!(a.raw(pm.tokens.start), "Lord" | "Baroness" | "Lady");
            let subj_pronoun = matches!(a.w(people[0].1), "he" | "she");
            if titled && subj_pronoun && pm.person != people[0].0 {
                people = vec![(pm.person, trigger.end)];
            }
        }
    }
    let Some(modality) = modality::modality(a, si, &trigger, people.iter().map(|(_, t)| *t).max())
    else {
        return Vec::new(); // a call or demand, not an event
    };
    let (mut from, mut to) = parties(a, rule, si, &trigger);
    // ("is now sitting as an independent after losing the whip": no one is expelled from
    // being independent)
    if matches!(rule.kind, EventType::Expel | EventType::Leave)
        && from.as_deref() == Some("Independent")
    {
        from = None;
    }
    if to.is_none()
        && matches!(
            rule.kind,
            EventType::Stand | EventType::Select | EventType::Elect | EventType::Reelect
        )
    {
        to = candidacy_party(a, si, &trigger);
    }
    let mut kind = rule.kind;
    // ("crossing over from the Conservatives": a trigger ending in "from" names the party left)
    if kind == EventType::Defect && a.w(trigger.end - 1) == "from" {
        let s_end = a.seg.sentences[si].tokens.end;
        if let Some((_, left)) = party_in(a, trigger.end, (trigger.end + 4).min(s_end)) {
            if to.as_deref() == Some(left.as_str()) {
                to = None;
            }
            from = Some(left);
        }
    }
    // ("joined from Labour": a joining that names the party left is a defection)
    if kind == EventType::Join && from.is_some() {
        kind = EventType::Defect;
    }
    let phrase = Span::new(
        a.seg.tokens[trigger.start].start,
        a.seg.tokens[trigger.end - 1].end,
    )
    .slice(&a.lower);
    let role = match rule.kind {
        EventType::Appoint
            if ["peer", "baron", "lords", "ennobled"]
                .iter()
                .any(|w| phrase.contains(w)) =>
        {
            Some("life peer".to_string())
        }
        // "put in charge of education and employment": the charge is the role
        EventType::Appoint
            if phrase.ends_with("charge of") || phrase.ends_with("responsibility for") =>
        {
            let s_end = a.seg.sentences[si].tokens.end;
            let end = (trigger.end..(trigger.end + 5).min(s_end))
                .find(|&k| {
                    !a.is_word(k)
                        || matches!(
                            a.w(k),
                            "where"
                                | "when"
                                | "which"
                                | "in"
                                | "at"
                                | "by"
                                | "after"
                                | "before"
                                | "on"
                        )
                        || a.person_at(k).is_some()
                })
                .unwrap_or((trigger.end + 5).min(s_end));
            (end > trigger.end).then(|| {
                Span::new(a.seg.tokens[trigger.end].start, a.seg.tokens[end - 1].end)
                    .slice(a.text)
                    .to_string()
            })
        }
        EventType::Appoint | EventType::Resign | EventType::Dismiss => {
            role_for(a, si, &trigger, &people)
        }
        _ => None,
    };
    // "resigned the UKIP whip": leaving the party's parliamentary group
    if kind == EventType::Resign
        && role
            .as_deref()
            .is_some_and(|r| r.eq_ignore_ascii_case("whip"))
    {
        kind = EventType::Leave;
        let s_end = a.seg.sentences[si].tokens.end;
        from = party_in(a, trigger.end, (trigger.end + 5).min(s_end)).map(|p| p.1);
    }
    // "lifted the suspension of X", "X's suspension was lifted": a suspension lifted is a
    // readmission
    if kind == EventType::Expel && rule.frame == Frame::Noun {
        let s = &a.seg.sentences[si];
        let lift = |w: &str| matches!(w, "lifted" | "lifts" | "lifting" | "lift" | "overturned");
        let before = trigger.start >= s.tokens.start + 2
            && lift(a.w(trigger.start - 2))
            && matches!(a.w(trigger.start - 1), "the" | "his" | "her" | "their");
        // (past the suspended person's description: "The suspension of Sunderland MP Keith
        // Ord was lifted")
        let after = (trigger.end..(trigger.end + 8).min(s.tokens.end))
            .take_while(|&k| {
                !matches!(
                    a.w(k),
                    "," | ";" | "and" | "but" | "after" | "because" | "when" | "while"
                )
            })
            .any(|k| lift(a.w(k)));
        if before || after {
            kind = EventType::Readmit;
            to = from.take();
        }
    }
    // "the first Tory MP to join the Greens": the count names the party the joiner came from
    if matches!(kind, EventType::Join | EventType::Defect) && from.is_none() {
        if let Some(b) = counted_become(a, si, &trigger) {
            from = party_in(a, b + 1, trigger.start)
                .map(|p| p.1)
                .filter(|p| Some(p) != to.as_ref() && p != "Independent");
            if from.is_some() {
                kind = EventType::Defect;
            }
        }
    }
    // "the third Tory peer to quit in a month": a bare quitting counted among a party's
    // members is leaving that party
    if kind == EventType::Resign
        && role.is_none()
        && matches!(
            a.w(trigger.start),
            "quit" | "quits" | "quitting" | "leave" | "leaves"
        )
    {
        if let Some(b) = counted_become(a, si, &trigger) {
            // (a member counted, not an office-holder: "the second Labour minister to quit"
            // left the government)
            let members = (b + 1..trigger.start).any(|k| {
                matches!(
                    a.w(k),
                    "mp" | "mps"
                        | "peer"
                        | "peers"
                        | "councillor"
                        | "councillors"
                        | "member"
                        | "members"
                        | "msp"
                        | "msps"
                        | "am"
                        | "ms"
                        | "mep"
                        | "meps"
                        | "politician"
                )
            });
            if let Some(p) = party_in(a, b + 1, trigger.start)
                .map(|p| p.1)
                .filter(|p| p != "Independent" && members)
            {
                kind = EventType::Leave;
                from = Some(p);
            }
        }
    }
    // "was stood down by the leader": a stand-down with an agent is a dismissal ("stand
    // down by the end of the year" is a time, not an agent)
    if kind == EventType::Resign
        && matches!(a.w(trigger.start), "stood" | "stepped")
        && a.w(trigger.end) == "by"
        && a.tok_timex
            .get(trigger.end + 1)
            .is_some_and(Option::is_none)
        && !matches!(a.w(trigger.end + 1), "then" | "now" | "default")
    {
        kind = EventType::Dismiss;
    }
    // ("offered his resignation": an offer, which may be refused)
    let offered = trigger.start >= 2
        && matches!(a.w(trigger.start - 1), "his" | "her" | "their")
        && matches!(a.w(trigger.start - 2), "offered" | "offers" | "offering");
    let refused = rule.frame == Frame::Noun && modality::refused_governor(a, &trigger);
    let modality = match modality {
        Modality::Asserted | Modality::Expected if refused => Modality::Denied,
        Modality::Asserted if rule.frame == Frame::Noun && offered => Modality::Expected,
        // ("did not announce his resignation": the verb that takes the noun is negated)
        Modality::Asserted | Modality::Expected
            if rule.frame == Frame::Noun && modality::negated_governor(a, si, &trigger) =>
        {
            Modality::Denied
        }
        // ("Tom Reed's resignation would trigger a contest": the change supposed)
        Modality::Asserted
            if rule.frame == Frame::Noun && modality::conditional_governor(a, si, &trigger) =>
        {
            Modality::Hypothetical
        }
        Modality::Asserted if rule.frame == Frame::Noun => {
            noun_modality(a, trigger.end).unwrap_or(modality)
        }
        _ => modality,
    };
    // ("has been offered the job of chancellor", "was offered a peerage": an offer made, not
    // yet taken; one turned down is denied above)
    let modality = if modality == Modality::Asserted
        && matches!(a.w(trigger.start), "offered" | "offers" | "offering")
    {
        Modality::Rumoured
    } else {
        modality
    };
    // (a phrase that is itself talk stays talk in a plan's tense: "is being lined up as")
    let mut modality = match rule.modality {
        Some(fixed) if modality == Modality::Asserted => fixed,
        Some(Modality::Rumoured) if modality == Modality::Expected => Modality::Rumoured,
        _ => modality,
    };
    // "she stood aside, leaving Tom Reid a clear run at the leadership": standing
    // aside from a race is a candidacy not made (the spec's `stand` denied), not a resignation
    if kind == EventType::Resign && a.w(trigger.end - 1) == "aside" {
        let s_end = a.seg.sentences[si].tokens.end;
        let race = (trigger.end..(trigger.end + 14).min(s_end)).any(|k| {
            matches!(
                a.w(k),
                "leadership" | "race" | "contest" | "nomination" | "run" | "candidacy"
            )
        });
        if race && modality == Modality::Asserted {
            kind = EventType::Stand;
            modality = Modality::Denied;
        }
    }
    // "standing against Labour": the party after "against" is the rival's
    if matches!(
        kind,
        EventType::Stand | EventType::Elect | EventType::Select
    ) {
        let s_end = a.seg.sentences[si].tokens.end;
        let rival = (trigger.end..(trigger.end + 6).min(s_end))
            .find(|&k| a.w(k) == "against")
            .and_then(|k| party_in(a, k + 1, (k + 4).min(s_end)))
            .map(|p| p.1);
        if rival.is_some() && rival == to {
            to = None;
        }
    }
    // "standing as an independent", "elected as an independent": the candidate's own label
    // (whatever party a description before the name says they came from)
    if matches!(
        kind,
        EventType::Stand | EventType::Elect | EventType::Reelect | EventType::Select
    ) {
        let s_end = a.seg.sentences[si].tokens.end;
        // (past a rival: "stand against Labour as an independent")
        let reach = if a.w(trigger.end) == "against" { 9 } else { 4 };
        if (trigger.end..(trigger.end + reach).min(s_end))
            .any(|k| a.w(k) == "independent" && matches!(a.w(k - 1), "an" | "as"))
        {
            to = Some("independent".to_string());
        }
        // "standing against the party's official candidate": against one's own party (the
        // party a description before the name gives is the one stood against)
        if to.as_deref() != Some("independent")
            && a.w(trigger.end) == "against"
            && a.w(trigger.end + 1) == "the"
            && matches!(a.w(trigger.end + 2), "party" | "party's")
        {
            to = Some("independent".to_string());
        }
    }
    // "resigned his Conservative Party membership": a membership resigned is a party left
    if kind == EventType::Resign
        && a.w(trigger.start).starts_with("resign")
        && matches!(a.w(trigger.end), "his" | "her" | "their" | "my")
    {
        if let Some(p) = a.m.party_at(trigger.end + 1) {
            if a.w(p.tokens.end) == "membership" {
                kind = EventType::Leave;
                from = Some(p.party.clone());
                to = None;
            }
        }
    }
    // "joined Labour from the Liberal Democrats", "left the Conservatives for Reform UK":
    // the other party makes the change a defection
    if let Some((k, f, t)) = other_party_of_change(a, si, &trigger, kind, &from, &to) {
        (kind, from, to) = (k, f, t);
    }
    // "quit Plaid Cymru to sit as an independent": where a leaver goes
    if matches!(kind, EventType::Leave | EventType::Defect) && to.is_none() {
        let s_end = a.seg.sentences[si].tokens.end;
        let independent = (trigger.end..(trigger.end + 10).min(s_end)).any(|k| {
            a.w(k) == "independent"
                && matches!(a.w(k.wrapping_sub(1)), "an" | "as")
                && !matches!(a.w(k + 1), "candidate" | "inquiry" | "review" | "report")
        });
        if independent {
            to = Some("independent".to_string());
        }
    }
    let post = post_for(a, si, &trigger);
    let mut dates = vec![event_date(a, si, &trigger, modality)];
    // "re-elected at the 2001 and 2005 general elections": one event per election
    if matches!(
        kind,
        EventType::Elect | EventType::Reelect | EventType::Defeat | EventType::Stand
    ) {
        let more = coordinated_dates(a, si, &trigger);
        if more.len() > 1 {
            dates = more.into_iter().map(Some).collect();
        }
    }
    let sentence = &a.seg.sentences[si];
    let mut out = Vec::new();
    let candidacy = matches!(
        kind,
        EventType::Stand | EventType::Select | EventType::Elect | EventType::Reelect
    );
    for date in dates {
        // "launched a new party to contest the election in May": an infinitive the text
        // dates after the paper's day has not happened yet (a past tense so dated says the
        // paper's date is wrong, and is left alone)
        let modality = if modality == Modality::Asserted
            && trigger.start > 0
            && a.w(trigger.start - 1) == "to"
            && date.as_deref().is_some_and(|d| after_paper_day(a, d))
        {
            Modality::Expected
        } else {
            modality
        };
        for (person, tok) in &people {
            // "Labour's Sam Whitlow and the Green Party's Abi Farrant also stood": each
            // candidate's own party
            let own = if candidacy && people.len() > 1 {
                person_party(a, *tok)
            } else {
                None
            };
            // "Tory defector Gail Ross, who is joining the Liberal Democrats": a defector
            // joining a party is one defection, from the party the description names
            // (so is "The Labour MP has now joined the Greens": a description that stands for
            // the person names the party they were in)
            let described_party = || {
                if a.person_at(*tok).is_some() {
                    return None;
                }
                let r = a.m.role_at(*tok)?;
                a.m.party_at(r.tokens.start.checked_sub(1)?)
                    .map(|p| p.party.clone())
                    .filter(|p| p != "Independent")
            };
            let defector_from = (kind == EventType::Join && from.is_none())
                .then(|| defector_of(a, *tok).or_else(described_party))
                .flatten()
                .filter(|p| Some(p) != to.as_ref());
            let (kind, from) = match defector_from {
                Some(p) => (EventType::Defect, Some(p)),
                None => (kind, from.clone()),
            };
            out.push(Cand {
                kind,
                person: *person,
                from,
                to: own.or_else(|| to.clone()),
                post: post.clone(),
                role: role.clone(),
                date: date.clone(),
                modality,
                sentence: si,
                trigger: trigger.clone(),
                evidence: sentence.span,
                headline: a.is_headline(si),
            });
        }
    }
    out
}

/// The first trigger in sentence `si` whose rule `accept` takes, in text order: for a line
/// that tells a change of people it does not name ("The following have resigned:", "has
/// withdrawn the whip from 21 MPs"), read by the list and group passes.
pub(crate) fn first_trigger(
    a: &Analysed,
    si: usize,
    accept: impl Fn(&Rule) -> bool,
) -> Option<(Rule, std::ops::Range<usize>)> {
    let s = &a.seg.sentences[si];
    let whip = s.tokens.clone().any(|k| a.w(k) == "whip");
    let triggers = Triggers::get();
    s.tokens.clone().find_map(|k| {
        triggers
            .matches_in(a.text, Some(&a.lower), &a.seg.tokens, k, whip)
            .find_map(|(mut rules, n)| rules.find(|r| accept(r)).map(|r| (r.clone(), k..k + n)))
    })
}

/// Whether an ISO date ("2021", "2021-05", "2021-05-06") lies wholly after the paper's day,
/// compared at the date's own precision (a month is after the day only if it is a later
/// month). Weeks and seasons ("2021-W27", "2021-SU") compare by year only.
fn after_paper_day(a: &Analysed, date: &str) -> bool {
    let Some(day) = a.dct.map(|d| d.to_string()) else {
        return false;
    };
    let calendar = |s: &str| s.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    let date = if calendar(date) {
        date
    } else {
        date.get(..4).unwrap_or("")
    };
    date.len() >= 4
        && date.len() <= day.len()
        && date.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && date > &day[..date.len()]
}

/// What follows a noun trigger can make it a plan or a rumour: "his retirement was
/// announced", "her resignation is expected", "his defection could".
fn noun_modality(a: &Analysed, end: usize) -> Option<Modality> {
    let (w1, w2) = (a.w(end), a.w(end + 1));
    match (w1, w2) {
        (
            "was" | "is" | "has",
            "announced" | "expected" | "due" | "planned" | "scheduled" | "been",
        ) => Some(Modality::Expected),
        ("will" | "would", _) => Some(Modality::Expected),
        // "his retirement date", "her resignation plans"
        ("date" | "plans" | "timetable" | "deadline", _) => Some(Modality::Expected),
        ("could" | "may" | "might", _) => Some(Modality::Rumoured),
        // "his resignation was not accepted", "her bid to rejoin was rejected"
        ("was" | "has", "rejected" | "refused" | "blocked") => Some(Modality::Denied),
        ("was", "not") if matches!(a.w(end + 2), "accepted" | "approved") => Some(Modality::Denied),
        ("is" | "was", "rumoured" | "possible" | "likely") => Some(Modality::Rumoured),
        _ => None,
    }
}
