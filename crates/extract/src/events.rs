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
                for rule in rules {
                    if passive_left
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
    followers(a, &mut out);
    followed_by_those_of(a, &mut out);
    results(a, &mut out);
    winners_party(a, &mut out);
    new_office_holders(a, &mut out);
    declared_candidates(a, &mut out);
    crate::grammar::find(a, &mut out);
    made_appointments(a, &mut out);
    out
}

/// In a story that reports appointments being made (a reshuffle, a new cabinet, posts
/// announced), "X will become home secretary" reports an appointment made that takes effect
/// later: asserted (the spec's reading). Only a plain future ("will", "is to") is read this
/// way; expectations and rumours keep their cue.
fn made_appointments(a: &Analysed, out: &mut [Cand]) {
    let lead = a.headline_sentences.end + 2;
    let announced = a.seg.sentences[..lead.min(a.seg.sentences.len())]
        .iter()
        .any(|s| {
            s.tokens.clone().any(|k| {
                matches!(
                    a.w(k),
                    "reshuffle"
                        | "cabinet"
                        | "appointed"
                        | "appoints"
                        | "unveils"
                        | "unveiled"
                        | "unveil"
                        | "named"
                        | "names"
                        | "announced"
                        | "announces"
                        | "sacked"
                        | "axed"
                        | "shake-up"
                        | "promoted"
                        | "purge"
                )
            })
        });
    if !announced {
        return;
    }
    for c in out.iter_mut() {
        if c.kind != EventType::Appoint || c.modality != Modality::Expected {
            continue;
        }
        let s = &a.seg.sentences[c.sentence];
        let lo = c.trigger.start.saturating_sub(4).max(s.tokens.start);
        let chain: Vec<&str> = (lo..c.trigger.start).map(|k| a.w(k)).collect();
        let plain_future = chain.iter().any(|w| matches!(*w, "will" | "'ll"))
            || chain
                .windows(2)
                .any(|w| w == ["is", "to"] || w == ["are", "to"]);
        let hedged = (s.tokens.start..c.trigger.start).any(|k| {
            matches!(
                a.w(k),
                "expected"
                    | "likely"
                    | "tipped"
                    | "rumoured"
                    | "could"
                    | "may"
                    | "might"
                    | "suggestions"
                    | "speculation"
                    | "if"
                    | "would"
            )
        });
        if plain_future && !hedged {
            c.modality = Modality::Asserted;
        }
    }
}

/// "Ann Cole resigned as minister. The decision was taken on Tuesday evening.": a sentence
/// about "the decision" (or "the move", "the announcement") with a time dates the undated
/// events of the sentence before it.
fn decision_dates(a: &Analysed, out: &mut [Cand]) {
    for c in out.iter_mut() {
        if c.date.is_some() || c.modality != Modality::Asserted {
            continue;
        }
        let Some(next) = a.seg.sentences.get(c.sentence + 1) else {
            continue;
        };
        let t0 = next.tokens.start;
        let anaphor = a.w(t0) == "the"
            && matches!(
                a.w(t0 + 1),
                "decision"
                    | "move"
                    | "announcement"
                    | "resignation"
                    | "defection"
                    | "sacking"
                    | "departure"
                    | "appointment"
                    | "switch"
            );
        if !anaphor {
            continue;
        }
        let date = (t0..next.tokens.end).find_map(|k| {
            let t = a.point_timex(k)?;
            date_value(a, t, k)
        });
        if date.is_some() {
            c.date = date;
        }
    }
}

/// "Labour candidate Priya Kholi said…", "UKIP's candidate in Sandmere, Derek Quarrell,": a
/// declared candidate is a `stand`, asserted (the spec's reading of "UKIP candidate X").
fn declared_candidates(a: &Analysed, out: &mut Vec<Cand>) {
    for r in &a.m.roles {
        if !matches!(
            r.role,
            "candidate" | "parliamentary candidate" | "prospective parliamentary candidate"
        ) {
            continue;
        }
        // the candidate's party right before the role ("Labour candidate", "UKIP's candidate")
        let mut b = r.tokens.start;
        while b > 0 && (a.is_possessive(b - 1) || matches!(a.w(b - 1), "official" | "the")) {
            b -= 1;
        }
        let Some(party) = b
            .checked_sub(1)
            .and_then(|k| a.m.party_at(k))
            .map(|p| p.party.clone())
        else {
            continue;
        };
        // the name right after, or after "in <Place>," / ","
        let si = a.sentence_of(r.tokens.start);
        let s_end = a.seg.sentences[si].tokens.end;
        let Some(k) =
            (r.tokens.end..(r.tokens.end + 6).min(s_end)).find(|&k| a.person_at(k).is_some())
        else {
            continue;
        };
        if !(r.tokens.end..k).all(|j| {
            matches!(a.w(j), "," | "in" | "for")
                || matches!(a.tag(j), Tag::Post(_))
                || a.seg.tokens[j].is_capitalised(a.text)
        }) {
            continue;
        }
        let Some(person) = a.person_at(k) else {
            continue;
        };
        let had = out.iter().any(|c| {
            c.person == person
                && matches!(
                    c.kind,
                    EventType::Stand | EventType::Select | EventType::Elect | EventType::Defeat
                )
        });
        if had {
            continue;
        }
        out.push(Cand {
            kind: EventType::Stand,
            person,
            from: None,
            to: Some(party),
            post: post_for(a, si, &(r.tokens.clone())),
            role: None,
            date: None,
            modality: Modality::Asserted,
            sentence: si,
            trigger: r.tokens.clone(),
            evidence: a.seg.sentences[si].span,
            headline: a.is_headline(si),
        });
    }
}

/// "The new chancellor, Philip Hammond, said…", "New Home Secretary Charles Clarke": a title
/// marked new reports an appointment.
fn new_office_holders(a: &Analysed, out: &mut Vec<Cand>) {
    for r in &a.m.roles {
        if r.kind != floorcross_mention::RoleKind::Office
            || a.w(r.tokens.start.wrapping_sub(1)) != "new"
        {
            continue;
        }
        let mut k = r.tokens.end;
        if a.w(k) == "," {
            k += 1;
        }
        let Some(person) = a.person_at(k) else {
            continue;
        };
        let si = a.sentence_of(k);
        if out
            .iter()
            .any(|c| c.person == person && c.kind == EventType::Appoint)
        {
            continue;
        }
        let trigger = r.tokens.start - 1..r.tokens.end;
        out.push(Cand {
            kind: EventType::Appoint,
            person,
            from: None,
            to: None,
            post: None,
            role: Some(role_phrase(a, r.tokens.clone())),
            date: None,
            modality: Modality::Asserted,
            sentence: si,
            trigger,
            evidence: a.seg.sentences[si].span,
            headline: a.is_headline(si),
        });
    }
}

/// "Mark Rendell denied he was poised to follow Mr Harker": following someone who defected
/// (or joined, or left) is the same move, with its own modality.
fn followers(a: &Analysed, out: &mut Vec<Cand>) {
    let moves: Vec<Cand> = out
        .iter()
        .filter(|c| {
            matches!(
                c.kind,
                EventType::Defect | EventType::Join | EventType::Leave
            )
        })
        .cloned()
        .collect();
    if moves.is_empty() {
        return;
    }
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            if a.b0(k) != b'f' || !matches!(a.w(k), "follow" | "follows" | "followed" | "following")
            {
                continue;
            }
            // whom they follow: a name, or him/her
            let j = k + 1;
            let leader = if matches!(a.w(j), "him" | "her") {
                // one can only follow someone who moved: the pronoun's referent if they did,
                // else the last person before it, of its gender, who did
                resolve_pronoun(a, j)
                    .filter(|p| moves.iter().any(|c| c.person == *p))
                    .or_else(|| {
                        let gender = if a.w(j) == "him" {
                            floorcross_mention::Gender::Male
                        } else {
                            floorcross_mention::Gender::Female
                        };
                        moves
                            .iter()
                            .filter(|c| a.gender(c.person).agrees(gender))
                            .filter_map(|c| {
                                let last = a.m.people[c.person]
                                    .mentions
                                    .iter()
                                    .map(|&m| a.m.person_mentions[m].tokens.start)
                                    .filter(|&t| t < k)
                                    .max()?;
                                Some((last, c.person))
                            })
                            .max()
                            .map(|(_, p)| p)
                    })
            } else {
                a.person_at(j)
            };
            let Some(leader) = leader else { continue };
            let Some(model) = moves.iter().find(|c| c.person == leader) else {
                continue;
            };
            let trigger = k..j + 1;
            let people = subject(a, si, k);
            let Some(modality) =
                crate::modality::modality(a, si, &trigger, people.iter().map(|(_, t)| *t).max())
            else {
                continue;
            };
            for (person, _) in people {
                if person == leader || has_event(out, person, model.kind) {
                    continue;
                }
                out.push(Cand {
                    person,
                    modality,
                    sentence: si,
                    trigger: trigger.clone(),
                    evidence: s.span,
                    headline: a.is_headline(si),
                    date: event_date(a, si, &trigger, modality),
                    ..model.clone()
                });
            }
        }
    }
}

/// "Her resignation should be followed by those of three colleagues - A, B and
/// C": the same change for the people listed, with the sentence's modality.
fn followed_by_those_of(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            if !(a.b0(k) == b'f'
                && a.w(k) == "followed"
                && a.w(k + 1) == "by"
                && matches!(a.w(k + 2), "those" | "that")
                && a.w(k + 3) == "of")
            {
                continue;
            }
            let Some(model) = out
                .iter()
                .find(|c| c.sentence == si && c.trigger.start < k)
                .cloned()
            else {
                continue;
            };
            let hi = (k + 16).min(s.tokens.end);
            let Some(first) = (k + 4..hi).find(|&j| a.person_at(j).is_some()) else {
                continue;
            };
            let p = a.person_at(first).unwrap_or_default();
            let trigger = k..k + 2;
            let Some(modality) = crate::modality::modality(a, si, &trigger, None) else {
                continue;
            };
            for (person, _) in with_list_right(a, si, p, first) {
                if has_event(out, person, model.kind) {
                    continue;
                }
                out.push(Cand {
                    person,
                    modality,
                    trigger: trigger.clone(),
                    date: None,
                    ..model.clone()
                });
            }
        }
    }
}

/// "The Liberal Democrats have won the Hollingbury by-election. Frances Oduya was declared
/// the winner": when the story says one party won an election or seat, a winner it names
/// with no party of their own won for that party.
fn winners_party(a: &Analysed, out: &mut [Cand]) {
    let mut winners: Vec<&str> = Vec::new();
    {
        for p in &a.m.parties {
            let s = &a.seg.sentences[a.sentence_of(p.tokens.start)];
            let mut k = p.tokens.end;
            if matches!(a.w(k), "have" | "has" | "had") {
                k += 1;
            }
            let won = matches!(
                a.w(k),
                "won"
                    | "win"
                    | "wins"
                    | "seized"
                    | "seize"
                    | "seizes"
                    | "snatched"
                    | "snatch"
                    | "snatches"
                    | "gained"
                    | "gains"
                    | "took"
                    | "takes"
            );
            let contest = (k + 1..(k + 6).min(s.tokens.end))
                .any(|j| matches!(a.w(j), "by-election" | "election" | "seat" | "contest"));
            if won && contest && !p.possessive && !winners.contains(&p.party.as_str()) {
                winners.push(&p.party);
            }
        }
    }
    let [party] = winners[..] else { return };
    for c in out.iter_mut() {
        if c.kind != EventType::Elect || c.to.is_some() || c.modality != Modality::Asserted {
            continue;
        }
        // a winner named with a party of their own keeps it
        let own = a.m.people[c.person]
            .mentions
            .iter()
            .any(|&m| person_party(a, a.m.person_mentions[m].tokens.start).is_some());
        let winner_word = (c.trigger.start..c.trigger.end.saturating_add(3))
            .any(|k| matches!(a.w(k), "winner" | "won" | "beating" | "beat" | "beats"));
        if !own && winner_word {
            c.to = Some(party.to_string());
        }
    }
}

/// Election results: "Esther Malby took 12,406 votes, beating Gareth Pryor into second
/// place" elects the subject and defeats the person beaten. Only with a placing ("into second
/// place") or a margin ("by 1,100 votes"), so that a debate or a vote in the Commons is not a
/// result.
fn results(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            // beat, beaten, defeated, unseated, ousted
            if !matches!(a.b0(k), b'b' | b'd' | b'u' | b'o') {
                continue;
            }
            // "Mr Gethin was beaten in Corve Valley by the Conservative Leanne Pask": the one
            // who beat a defeated candidate was elected
            if matches!(a.w(k), "beaten" | "defeated" | "unseated" | "ousted")
                && matches!(a.w(k.wrapping_sub(1)), "was" | "were" | "been")
            {
                let hi = (k + 6).min(s.tokens.end);
                if let Some(by) = (k + 1..hi).find(|&j| a.w(j) == "by") {
                    let trigger = k..k + 1;
                    let Some(modality) = crate::modality::modality(a, si, &trigger, None) else {
                        continue;
                    };
                    for (p, t) in object(a, si, by + 1) {
                        let to = person_party(a, t);
                        push_result(a, out, si, &trigger, modality, EventType::Elect, p, to);
                    }
                }
                continue;
            }
            if !matches!(
                a.w(k),
                "beat" | "beats" | "beating" | "defeating" | "defeated"
            ) {
                continue;
            }
            let hi = (k + 12).min(s.tokens.end);
            let placed = (k + 1..hi).any(|j| {
                matches!(a.w(j), "second" | "third" | "fourth") && matches!(a.w(j + 1), "place")
                    // "beat X and Y in a ballot of party members"
                    || matches!(a.w(j), "in" | "at")
                        && (j + 1..(j + 4).min(hi)).any(|x| {
                            matches!(
                                a.w(x),
                                "ballot" | "contest" | "race" | "election" | "by-election" | "poll"
                            )
                        })
                    || a.w(j) == "by"
                        && a.seg
                            .tokens
                            .get(j + 1)
                            .is_some_and(|t| t.kind == floorcross_text::TokenKind::Number)
                        && matches!(a.w(j + 2), "votes" | "vote")
            });
            if !placed || a.w(k.wrapping_sub(1)) == "was" {
                continue;
            }
            let trigger = k..k + 1;
            let Some(modality) = crate::modality::modality(a, si, &trigger, None) else {
                continue;
            };
            let beaten = object(a, si, k + 1);
            for (p, t) in subject(a, si, k) {
                let to = person_party(a, t);
                push_result(a, out, si, &trigger, modality, EventType::Elect, p, to);
            }
            for (p, _) in beaten {
                push_result(a, out, si, &trigger, modality, EventType::Defeat, p, None);
            }
        }
    }
}

/// Whether `out` already has an event of `kind` for `person`.
fn has_event(out: &[Cand], person: usize, kind: EventType) -> bool {
    out.iter().any(|c| c.person == person && c.kind == kind)
}

/// Adds an election result found at `trigger`, unless the person already has that event.
#[allow(clippy::too_many_arguments)]
fn push_result(
    a: &Analysed,
    out: &mut Vec<Cand>,
    si: usize,
    trigger: &std::ops::Range<usize>,
    modality: Modality,
    kind: EventType,
    person: usize,
    to: Option<String>,
) {
    if has_event(out, person, kind) {
        return;
    }
    out.push(Cand {
        kind,
        person,
        from: None,
        to,
        post: post_for(a, si, trigger),
        role: None,
        date: event_date(a, si, trigger, modality),
        modality,
        sentence: si,
        trigger: trigger.clone(),
        evidence: a.seg.sentences[si].span,
        headline: a.is_headline(si),
    });
}

/// The first party mention in `from..to` (ASCII case of `as` etc. aside), as
/// `(token index, canonical name)`.
fn party_in(a: &Analysed, from: usize, to: usize) -> Option<(usize, String)> {
    (from..to).find_map(|k| a.m.party_at(k).map(|p| (k, p.party.clone())))
}

/// The party a group anaphor ("the group", "the new party", "them") refers to: the most recent
/// group the document introduced before token `i`, else the most recent party.
fn group_antecedent(a: &Analysed, i: usize) -> Option<String> {
    let before: Vec<_> = a.m.parties.iter().filter(|p| p.tokens.end <= i).collect();
    let lex = floorcross_mention::Lexicon::get();
    before
        .iter()
        .rev()
        .find(|p| lex.party_name(&p.party).is_none())
        .or_else(|| before.iter().rev().find(|p| p.party.contains("Group")))
        .or_else(|| before.last())
        .map(|p| p.party.clone())
}

/// A party named, or a group referred to, within a few words after `end`.
fn party_after(a: &Analysed, si: usize, end: usize, window: usize) -> Option<(usize, String)> {
    let s_end = a.seg.sentences[si].tokens.end;
    let lim = (end + window).min(s_end);
    let mut k = end;
    while k < lim {
        if let Some(p) = a.m.party_at(k) {
            // "found BNP's policies abhorrent", "unveil Labour's poster": the party owns the
            // object, it is not the object ("joined Labour's ranks" still is)
            if (a.is_possessive(p.tokens.end)
                || matches!(a.w(p.tokens.end), "'s" | "’s" | "'" | "’"))
                && !matches!(
                    a.w(p.tokens.end + 1),
                    "ranks" | "benches" | "side" | "fold" | "group"
                )
            {
                return None;
            }
            // "unveils Tory asylum plans": a party word before a noun is a modifier
            if party_modifies(a, p.tokens.clone()) {
                return None;
            }
            // "form a Labour government" is not a party move
            let after = a.w(p.tokens.end);
            if matches!(
                after,
                "government"
                    | "governments"
                    | "administration"
                    | "coalition"
                    | "majority"
                    | "manifesto"
                    | "policy"
                    | "conference"
                    | "leader"
                    | "leadership"
            ) {
                return None;
            }
            return Some((k, p.party.clone()));
        }
        let w = a.w(k);
        if matches!(w, "group" | "party" | "them") && !matches!(a.w(k + 1), "'s" | "’s") {
            // "the group", "a new party", "his own party", "joining them"
            let mut prev = a.w(k.wrapping_sub(1));
            // "a new regional party", "a new centrist group"
            if a.w(k.wrapping_sub(2)) == "new" && a.is_word(k.wrapping_sub(1)) {
                prev = "new";
            }
            if w == "them"
                || matches!(
                    prev,
                    "the" | "new" | "own" | "breakaway" | "fledgling" | "a"
                )
            {
                // a named party in apposition ("a new party, Veritas", "a party called X") wins
                if matches!(a.w(k + 1), "," | "called" | "named" | "-" | "–" | "—") {
                    if let Some(p) = party_in(a, k + 2, (k + 4).min(s_end)) {
                        return Some(p);
                    }
                }
                // "launched a new party": the name comes later, if at all
                if prev == "new" && a.w(k.wrapping_sub(2)) == "a" {
                    let named_later = a.m.parties.iter().find(|p| {
                        p.tokens.start > k
                            && floorcross_mention::Lexicon::get()
                                .party_name(&p.party)
                                .is_none()
                    });
                    return Some((k, named_later.map(|p| p.party.clone()).unwrap_or_default()));
                }
                if let Some(g) = group_antecedent(a, k) {
                    return Some((k, g));
                }
                // "quit the party": a party, not named here
                if matches!(prev, "new" | "own" | "breakaway" | "fledgling")
                    || w == "party" && prev == "the"
                {
                    return Some((k, String::new()));
                }
            }
        }
        // "his own party, Veritas": a comma before a party is an apposition
        let apposition = w == "," && a.m.party_at(k + 1).is_some();
        if matches!(
            w,
            "since"
                | "after"
                | "before"
                | "when"
                | "because"
                | "while"
                | "if"
                | "until"
                | "as"
                | "with"
                | "against"
                | "between"
        ) {
            break;
        }
        // "to Gordon Brown's Labour": a leader's possessive before the party
        if a.person_at(k).is_some() {
            let e = mention_end(a, k);
            if a.is_possessive(e) && (e + 1..(e + 3).min(lim)).any(|j| a.m.party_at(j).is_some()) {
                k = e + 1;
                continue;
            }
        }
        if matches!(w, "." | ";" | "," | "but" | "and" | "who" | "which") && !apposition
            || a.person_at(k).is_some()
        {
            break;
        }
        k += 1;
    }
    None
}

/// True when the word at `k`, right after a party name, makes the party a modifier of a noun
/// ("Tory asylum plans", "the Labour election manifesto") rather than the party itself: a
/// lower-case word that is not one of the words that can follow a party as an object.
fn party_modifies(a: &Analysed, party: std::ops::Range<usize>) -> bool {
    // a full name or a plural ("the Labour Party", "the Tories") is a noun itself
    let last = a.w(party.end - 1);
    if last.ends_with('s') || matches!(last, "party" | "group" | "alliance") {
        return false;
    }
    let k = party.end;
    let w = a.w(k);
    let Some(c) = a.raw(k).chars().next() else {
        return false;
    };
    if !c.is_lowercase() || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
        return false;
    }
    // "the Labour Party pending an inquiry", "joined Labour yesterday": not a noun after it
    if w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly") {
        return false;
    }
    !matches!(
        w,
        "in" | "on"
            | "at"
            | "to"
            | "from"
            | "for"
            | "with"
            | "by"
            | "of"
            | "last"
            | "this"
            | "next"
            | "earlier"
            | "later"
            | "after"
            | "before"
            | "because"
            | "and"
            | "but"
            | "or"
            | "as"
            | "when"
            | "which"
            | "who"
            | "that"
            | "since"
            | "until"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "over"
            | "under"
            | "amid"
            | "despite"
            | "following"
            | "just"
            | "only"
            | "recently"
            | "now"
            | "again"
            | "too"
            | "also"
            | "instead"
            | "together"
            | "alongside"
            | "ahead"
            | "shortly"
            | "soon"
            | "immediately"
            | "is"
            | "was"
            | "were"
            | "are"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "could"
            | "said"
            | "says"
            | "saying"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "several"
            | "some"
            | "a"
            | "an"
            | "the"
            | "in-"
            | "group"
            | "party"
            | "mps"
    )
}

/// Roles that are seats or candidacies, not offices one is appointed to or resigns from.
const SEAT_ROLES: &[&str] = &[
    "MP",
    "MPs",
    "MEP",
    "MEPs",
    "MSP",
    "MSPs",
    "AM",
    "MLA",
    "candidate",
    "candidates",
    "councillor",
    "councillors",
];

/// A role or office within a few words after `end` ("as home secretary", "the cabinet").
/// A named office wins over a generic word ("the position of home secretary").
fn office_after(a: &Analysed, si: usize, end: usize) -> Option<(usize, String)> {
    let s_end = a.seg.sentences[si].tokens.end;
    // "made home secretary", "given the job": the office follows closely
    let verb = a.w(end.saturating_sub(1));
    let window = if matches!(
        verb,
        "made" | "makes" | "making" | "given" | "handed" | "offered"
    ) {
        4
    } else {
        7
    };
    let lim = (end + window).min(s_end);
    let mut generic = None;
    let mut k = end;
    while k < lim {
        // "became Lord Callaghan of Cardiff": a peerage
        if k == end
            && a.m
                .person_at(k)
                .is_some_and(|pm| matches!(a.raw(pm.tokens.start), "Lord" | "Baroness" | "Lady"))
        {
            return Some((k, "life peer".to_string()));
        }
        if let Some(r) = a.m.role_at(k) {
            if SEAT_ROLES.contains(&r.role) || a.person_at(r.tokens.end).is_some() {
                return None;
            }
            // "given up his PM ambition": a hope, not the office
            if matches!(
                a.w(r.tokens.end),
                "ambition" | "ambitions" | "hopes" | "dream" | "dreams" | "aspirations"
            ) {
                return None;
            }
            return Some((k, role_phrase(a, r.tokens.clone())));
        }
        let w = a.w(k);
        if generic.is_none()
            && window > 4
            && matches!(
                w,
                "cabinet"
                    | "government"
                    | "post"
                    | "job"
                    | "office"
                    | "brief"
                    | "portfolio"
                    | "chairmanship"
                    | "leadership"
                    | "frontbench"
                    | "reshuffle"
                    | "bench"
                    | "lords"
                    | "board"
                    | "role"
                    | "position"
            )
        {
            generic = Some((k, w.to_string()));
        }
        if matches!(
            w,
            "." | ";"
                | "but"
                | "and"
                | "who"
                | "which"
                | "because"
                | "after"
                | "over"
                | "longest-serving"
                | ","
        ) {
            break;
        }
        // "stood down in February to become chief executive of a charity": the next job
        if w == "to"
            && matches!(
                a.w(k + 1),
                "become" | "take" | "join" | "run" | "lead" | "head" | "focus" | "spend" | "work"
            )
            && k > end
        {
            break;
        }
        k += 1;
    }
    generic
}

/// The role phrase as written, with a qualifying party or department before it
/// ("Labour leader", "Home Office minister").
fn role_phrase(a: &Analysed, toks: std::ops::Range<usize>) -> String {
    Span::new(
        a.seg.tokens[toks.start].start,
        a.seg.tokens[toks.end - 1].end,
    )
    .slice(a.text)
    .to_string()
}

fn seat_near(a: &Analysed, si: usize, start: usize, end: usize) -> bool {
    let s = &a.seg.sentences[si];
    let lo = start.saturating_sub(3).max(s.tokens.start);
    let hi = (end + 8).min(s.tokens.end);
    (lo..hi).any(|k| {
        matches!(a.tag(k), Tag::Post(_))
            || a.m.role_at(k).is_some_and(|r| {
                matches!(r.role, "MP" | "MEP" | "MSP" | "AM" | "MLA" | "councillor")
            })
            || matches!(
                a.w(k),
                "seat"
                    | "by-election"
                    | "election"
                    | "constituency"
                    | "parliament"
                    | "commons"
                    | "westminster"
                    | "ward"
                    | "majority"
                    | "mp"
            )
            // "won it by just 412 votes"
            || a.w(k) == "votes" && (a.w(k.wrapping_sub(2)) == "by" || a.w(k.wrapping_sub(3)) == "by")
    })
}

fn cand_near(a: &Analysed, si: usize, start: usize, end: usize) -> bool {
    let s = &a.seg.sentences[si];
    // "Labour's Sam Whitlow also stood.": a bare "stood" at the end of a clause in a story
    // about an election
    if matches!(a.w(end), "." | "," | "again" | "unsuccessfully") {
        let from = a.seg.sentences[si.saturating_sub(1)].tokens.start;
        if (from..s.tokens.end).any(|k| {
            matches!(
                a.w(k),
                "by-election" | "election" | "candidate" | "candidates" | "poll" | "ballot"
            )
        }) {
            return true;
        }
    }
    // a selection names its object first: "selected Ann Mowbray, the former commissioner, as
    // the party's candidate"
    let selecting = matches!(
        a.w(start),
        "selected"
            | "select"
            | "selects"
            | "chosen"
            | "chose"
            | "choose"
            | "picked"
            | "adopted"
            | "shortlisted"
            | "endorsed"
    );
    let hi = (end + if selecting { 16 } else { 8 }).min(s.tokens.end);
    let lo = start.saturating_sub(4).max(s.tokens.start);
    if (lo..hi).any(|k| {
        matches!(a.tag(k), Tag::Post(_))
            || a.m.role_at(k).is_some_and(|r| r.role.contains("candidate"))
            || matches!(
                a.w(k),
                "candidate" | "candidates" | "by-election" | "seat" | "constituency" | "ticket"
            )
            || selecting
                && matches!(
                    a.w(k),
                    "replacement" | "successor" | "shortlist" | "nomination" | "hustings"
                )
    }) {
        return true;
    }
    // "was selected by the local party", "chosen by members"
    if selecting && a.w(end) == "by" {
        let by = (end + 1..(end + 4).min(s.tokens.end))
            .map(|k| a.w(k))
            .collect::<Vec<_>>();
        if by.iter().any(|w| {
            matches!(
                *w,
                "party" | "members" | "association" | "activists" | "members'"
            )
        }) {
            return true;
        }
    }
    // "stand for parliament", "stood for the role of", "run for mayor", "stand against X",
    // "stand at the election", "stand in X", "run for the leadership"
    let next = a.w(end);
    let next2 = a.w(end + 1);
    (matches!(next, "for" | "against" | "as") && !matches!(next2, "the" | "a")
        || next == "for" && next2 == "the")
        && !matches!(next2, "down" | "up" | "by")
        || next == "in"
            && a.seg
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.is_capitalised(a.text))
        || next == "in"
            && next2 == "the"
            && matches!(
                a.w(end + 2),
                "by-election" | "election" | "seat" | "constituency" | "contest" | "ward" | "poll"
            )
        || next == "at" && matches!(next2, "the" | "next")
        || matches!(next, "again" | "election")
}

fn cond_ok(a: &Analysed, cond: Cond, kind: EventType, si: usize, start: usize, end: usize) -> bool {
    // "selected to run for MP": the candidacy is the selection's purpose, not a second event
    if kind == EventType::Stand
        && a.w(start.wrapping_sub(1)) == "to"
        && matches!(
            a.w(start.wrapping_sub(2)),
            "selected" | "chosen" | "picked" | "adopted" | "elected"
        )
    {
        return false;
    }
    match cond {
        Cond::None => true,
        Cond::Party => {
            let window = if kind == EventType::Found { 6 } else { 5 };
            // "quit as UKIP leader" is not leaving UKIP
            if a.w(end) == "as" {
                return false;
            }
            party_after(a, si, end, window).is_some()
        }
        Cond::Office => office_after(a, si, end).is_some(),
        // "Mrs Pym lost Alderbrook to Labour": a named place lost to a party
        Cond::Seat
            if a.w(start).starts_with("los")
                && a.seg
                    .tokens
                    .get(end)
                    .is_some_and(|t| t.is_capitalised(a.text))
                && (end..(end + 4).min(a.seg.sentences[si].tokens.end))
                    .any(|k| a.w(k) == "to" && a.m.party_at(k + 1).is_some()) =>
        {
            true
        }
        // "won the seat" but not "win over critics" or "win support": winning needs a seat
        // ("won it" takes its seat from the sentence, as `seat_near` does)
        Cond::Seat if a.w(start).starts_with("w") && a.w(end - 1) != "it" => {
            let s = &a.seg.sentences[si];
            let hi = (end + 8).min(s.tokens.end);
            a.w(end) != "over"
                && (end..hi).any(|k| {
                    matches!(a.tag(k), Tag::Post(_))
                        || matches!(
                            a.w(k),
                            "seat"
                                | "seats"
                                | "by-election"
                                | "constituency"
                                | "ward"
                                | "re-election"
                        )
                })
        }
        Cond::Seat => seat_near(a, si, start, end),
        // "a clear run at the leadership" is a noun
        Cond::Cand => {
            !matches!(
                a.w(start.wrapping_sub(1)),
                "a" | "the" | "clear" | "free" | "long" | "good" | "strong" | "dry"
            ) && cand_near(a, si, start, end)
        }
    }
}

/// Whether the participle at `start` is passive ("was appointed", "has been sacked").
fn passive(a: &Analysed, si: usize, start: usize) -> bool {
    let s0 = a.seg.sentences[si].tokens.start;
    let mut k = start;
    let mut steps = 0;
    while k > s0 && steps < 3 {
        k -= 1;
        steps += 1;
        let w = a.w(k);
        if PASSIVE.contains(&w) {
            return true;
        }
        if !matches!(
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
        ) {
            break;
        }
    }
    false
}

/// The person(s) an event at `trigger` is about, by frame.
fn persons(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Vec<(usize, usize)> {
    let mut found = persons_by_frame(a, rule, si, trigger);
    if !found.is_empty() && rule.frame != Frame::Noun {
        // "was elected with two other new MPs - A and B - in 1992"
        let s_end = a.seg.sentences[si].tokens.end;
        let along = (trigger.end..(trigger.end + 3).min(s_end))
            .find(|&k| matches!(a.w(k), "along" | "together") && a.w(k + 1) == "with");
        if let Some(k) = along {
            if let Some(j) = (k + 2..(k + 12).min(s_end)).find(|&j| a.person_at(j).is_some()) {
                let p = a.person_at(j).unwrap_or_default();
                for extra in with_list_right(a, si, p, j) {
                    if !found.iter().any(|(q, _)| *q == extra.0) {
                        found.push(extra);
                    }
                }
            }
        }
    }
    if !found.is_empty() || rule.frame == Frame::Noun {
        return found;
    }
    // "the whip could be restored if Mr Harrow was cleared": the whip is the grammatical
    // subject; the person comes later in the sentence
    let s0 = a.seg.sentences[si].tokens.start;
    let s_end = a.seg.sentences[si].tokens.end;
    let whip_before =
        (trigger.start.saturating_sub(4).max(s0)..trigger.end).any(|k| a.w(k) == "whip");
    if whip_before && matches!(rule.kind, EventType::Readmit | EventType::Expel) {
        if let Some(k) =
            (trigger.end..(trigger.end + 10).min(s_end)).find(|&k| a.person_at(k).is_some())
        {
            return with_list_right(a, si, a.person_at(k).unwrap_or_default(), k);
        }
    }
    // "Three Conservative MPs ... had the whip restored. Peter Garside, Lynne Carbury and
    // Anthony Meux ...": a counted group named at the start of the next sentence
    let group = numbered_group(a, si, trigger.start);
    if !group.is_empty() {
        return group;
    }
    // "A Liberal Democrat councillor was expelled ... Trevor Banham, who represents ...": an
    // indefinite subject named at the start of the next sentence
    let indefinite = matches!(a.w(s0), "a" | "an")
        && (s0 + 1..trigger.start.min(s0 + 6)).any(|k| matches!(a.tag(k), Tag::Role(_)))
        && (s0..trigger.start).all(|k| a.person_at(k).is_none());
    if indefinite && (rule.frame != Frame::Obj || passive(a, si, trigger.start)) {
        if let Some(next) = a.seg.sentences.get(si + 1) {
            if let Some(p) = a.person_at(next.tokens.start) {
                return vec![(p, next.tokens.start)];
            }
        }
    }
    Vec::new()
}

/// Number words that count a group of people.
const COUNTS: &[(&str, usize)] = &[
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("both", 2),
];

/// For a subject like "Three Conservative MPs" before `start`, the people the next sentence
/// opens with, when there are exactly that many.
fn numbered_group(a: &Analysed, si: usize, start: usize) -> Vec<(usize, usize)> {
    let s0 = a.seg.sentences[si].tokens.start;
    let count = (s0..start.min(s0 + 4))
        .find_map(|k| COUNTS.iter().find(|(w, _)| *w == a.w(k)).map(|(_, n)| *n));
    let Some(n) = count else { return Vec::new() };
    let Some(next) = a.seg.sentences.get(si + 1) else {
        return Vec::new();
    };
    let first = next.tokens.start;
    let Some(p) = a.person_at(first) else {
        return Vec::new();
    };
    let list = with_list_right(a, si + 1, p, first);
    if list.len() == n {
        list
    } else {
        Vec::new()
    }
}

fn persons_by_frame(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Vec<(usize, usize)> {
    match rule.frame {
        Frame::Obj => {
            // "was replaced by Philip Hammond": the person after "by" is the one appointed
            if a.w(trigger.end - 1) == "by" {
                return object(a, si, trigger.end);
            }
            if passive(a, si, trigger.start) {
                return subject(a, si, trigger.start);
            }
            let obj = object(a, si, trigger.end);
            if !obj.is_empty() {
                return obj;
            }
            let s0 = a.seg.sentences[si].tokens.start;
            // "Named home secretary in 2001, Mr Blunkett ...": a participle opening the
            // sentence is about the subject after its clause.
            let opener = trigger.start == s0
                || trigger.start == s0 + 1
                    && matches!(
                        a.w(s0),
                        "first" | "newly" | "recently" | "once" | "later" | "since"
                    );
            if opener && (a.w(trigger.start).ends_with("ed") || a.w(trigger.start).ends_with("ing"))
            {
                return subject_after_comma(a, si, trigger.end);
            }
            // With no person after it, an -ed form is a reduced passive ("Barbara Follett,
            // one of the MPs elected in 1997") unless an agent stands right before it
            // ("Blair appointed", "the party has expelled").
            let prev = trigger.start.checked_sub(1).filter(|&p| p >= s0);
            let agent_before = prev.is_some_and(|p| {
                a.person_at(p).is_some()
                    || matches!(a.tag(p), Tag::Party(_))
                    || matches!(
                        a.w(p),
                        "he" | "she"
                            | "they"
                            | "it"
                            | "who"
                            | "has"
                            | "have"
                            | "had"
                            | "to"
                            | "will"
                            | "would"
                            | "could"
                            | "may"
                            | "might"
                    )
            });
            // "the appointed bodies" is an adjective; "dismissed the claim" an active verb
            let adjective = prev.is_some_and(|p| {
                matches!(a.w(p), "the" | "a" | "an" | "its" | "their" | "his" | "her")
            });
            let next = a.w(trigger.end);
            let bare = matches!(
                next,
                "in" | "at"
                    | "on"
                    | "as"
                    | "to"
                    | "by"
                    | "from"
                    | "after"
                    | "before"
                    | "last"
                    | "over"
                    | ","
                    | "."
                    | "for"
                    | "since"
                    | "earlier"
                    | "this"
                    | "only"
                    | "just"
            ) || a.tok_timex.get(trigger.end).is_some_and(Option::is_some);
            // A headline's "Smith sacked" is a passive; "Howard dismisses Tory tax fears"
            // (present tense, no person after) is not about Howard.
            // (and not when a noun phrase follows: "Annan appointed a diplomat")
            let np_after = matches!(
                a.w(trigger.end),
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "him" | "them"
            );
            // "near where the sniper fired": a shot, not a sacking
            let shot = a.w(trigger.start) == "fired";
            if a.w(trigger.start).ends_with("ed") && !agent_before && !adjective && bare && !shot
                || a.is_headline(si) && !a.w(trigger.start).ends_with('s') && !np_after
            {
                return subject(a, si, trigger.start);
            }
            Vec::new()
        }
        Frame::Subj => {
            let s0 = a.seg.sentences[si].tokens.start;
            // "Entering Westminster in 1983, he ...": an opening participle's subject follows
            if trigger.start == s0 && a.w(trigger.start).ends_with("ing") {
                return subject_after_comma(a, si, trigger.end);
            }
            subject(a, si, trigger.start)
        }
        Frame::Noun => noun_person(a, si, trigger),
    }
}

/// The first person after the first comma from `from` on: the subject of a sentence that
/// opens with a participle clause.
fn subject_after_comma(a: &Analysed, si: usize, from: usize) -> Vec<(usize, usize)> {
    let s_end = a.seg.sentences[si].tokens.end;
    let comma = (from..s_end.min(from + 14)).find(|&k| a.w(k) == ",");
    // "First elected for a safe seat in 2005 her earlier job was...": no comma, the
    // subject's possessive or name follows the clause's time expression
    let Some(c) = comma else {
        let mut k = from;
        while k < s_end && k < from + 12 {
            if let Some(p) = a.person_at(k) {
                return vec![(p, k)];
            }
            if matches!(a.w(k), "he" | "she" | "his" | "her")
                && (k == 0 || a.tok_timex[k - 1].is_some())
            {
                return resolve_pronoun(a, k)
                    .map(|p| vec![(p, k)])
                    .unwrap_or_default();
            }
            k += 1;
        }
        return Vec::new();
    };
    let mut k = c + 1;
    while k < s_end && k < c + 6 {
        if let Some(p) = a.person_at(k) {
            return with_list_right(a, si, p, k);
        }
        if matches!(a.w(k), "he" | "she") {
            return resolve_pronoun(a, k)
                .map(|p| vec![(p, k)])
                .unwrap_or_default();
        }
        k += 1;
    }
    Vec::new()
}

/// Person mentions (and pronouns) as `(person, token)` pairs.
fn object(a: &Analysed, si: usize, end: usize) -> Vec<(usize, usize)> {
    let s_end = a.seg.sentences[si].tokens.end;
    let lim = (end + 9).min(s_end);
    for k in end..lim {
        if let Some(p) = a.person_at(k) {
            // "dismissed Gordon Brown's Budget": the person owns the object
            if matches!(a.w(mention_end(a, k)), "/" | "-") || a.is_possessive(mention_end(a, k)) {
                return Vec::new();
            }
            if description(a, end..k) {
                return with_list_right(a, si, p, k);
            }
            return Vec::new();
        }
        let w = a.w(k);
        if matches!(w, "him" | "her") && description(a, end..k) {
            // "Kofi Annan appointed him": an object pronoun is not its own clause's subject
            let s0 = a.seg.sentences[si].tokens.start;
            let subject = (s0..end)
                .rev()
                .take_while(|&j| !matches!(a.w(j), "," | ";" | "and" | "but" | "who"))
                .find_map(|j| {
                    a.person_at(j).or_else(|| {
                        // "the prime minister … sacked him": the office's holder
                        let r = a.m.role_at(j)?;
                        (a.w(r.tokens.start.wrapping_sub(1)) == "the")
                            .then(|| a.holder(r.role))
                            .flatten()
                    })
                });
            return resolve_pronoun(a, k)
                .filter(|p| Some(*p) != subject)
                .map(|p| vec![(p, k)])
                .unwrap_or_default();
        }
        if matches!(
            w,
            "." | ";"
                | "who"
                | "which"
                | "that"
                | "because"
                | "after"
                | "before"
                | "for"
                | "from"
                | "with"
                | "by"
                | "to"
                | "over"
                | "so"
                | "but"
                | "while"
                | "although"
                | "though"
                // "promoted the scheme in Leeds, Wales Secretary Tom Ellis and…": an
                // adjunct ends the object
                | "in"
                | "at"
                | "on"
                | "during"
        ) {
            break;
        }
    }
    Vec::new()
}

/// Whether the tokens in `range` can describe the person after them: "the housing minister,",
/// "its candidate", "local businesswoman", "former Welsh secretary". Words that are not
/// obviously descriptive are allowed only where a role word says what they describe.
fn description(a: &Analysed, range: std::ops::Range<usize>) -> bool {
    if range.len() > 7 {
        return false;
    }
    let mut has_role = false;
    let mut all_plain = true;
    for k in range {
        let w = a.w(k);
        match a.tag(k) {
            Tag::Role(_) => has_role = true,
            Tag::Party(_) | Tag::Post(_) | Tag::Org(_) => {}
            _ if OBJ_SKIP.contains(&w) || a.is_possessive(k) || matches!(w, "," | "-" | "–") => {}
            _ if DESCRIPTIVE.contains(&w) => has_role = true,
            _ => all_plain = false,
        }
    }
    all_plain || has_role
}

/// Nouns that describe a person as a role word does.
const DESCRIPTIVE: &[&str] = &[
    "replacement",
    "successor",
    "predecessor",
    "businessman",
    "businesswoman",
    "lawyer",
    "barrister",
    "teacher",
    "headteacher",
    "campaigner",
    "activist",
    "rebel",
    "veteran",
    "colleague",
    "ally",
    "aide",
    "deputy",
    "loyalist",
    "backbencher",
    "newcomer",
    "rival",
    "challenger",
    "incumbent",
];

/// The end token of the person mention starting at or covering `k`.
fn mention_end(a: &Analysed, k: usize) -> usize {
    a.m.person_at(k).map(|pm| pm.tokens.end).unwrap_or(k + 1)
}

fn mention_start(a: &Analysed, k: usize) -> usize {
    a.m.person_at(k).map(|pm| pm.tokens.start).unwrap_or(k)
}

/// "A, B and C": the people listed from the mention at `k` rightwards.
fn with_list_right(a: &Analysed, si: usize, p: usize, k: usize) -> Vec<(usize, usize)> {
    let s_end = a.seg.sentences[si].tokens.end;
    let mut out = vec![(p, k)];
    let mut j = mention_end(a, k);
    // A list joins its last name with "and": "the re-election of Sam Price, Mrs Hart
    // said" is one name and the next clause's subject.
    let mut joined = false;
    loop {
        let mut t = j;
        let mut saw_sep = false;
        while t < s_end
            && (matches!(
                a.w(t),
                "," | "and" | "&" | "-" | "–" | "fellow" | "qc" | "kc"
            ) || matches!(a.tag(t), Tag::Party(_) | Tag::Role(_) | Tag::Org(_)))
        {
            saw_sep |= matches!(a.w(t), "," | "and" | "&" | "-" | "–");
            joined |= matches!(a.w(t), "and" | "&");
            t += 1;
        }
        // a short description before the next name: "director-general Greg Dyke"
        if saw_sep && a.person_at(t).is_none() {
            if let Some(n) = (t..(t + 4).min(s_end)).find(|&x| a.person_at(x).is_some()) {
                if description(a, t..n) && (t..n).all(|x| a.w(x) != "," && a.w(x) != "and") {
                    t = n;
                }
            }
        }
        match a.person_at(t) {
            Some(q) if saw_sep && t < s_end => {
                if !out.iter().any(|(x, _)| *x == q) {
                    out.push((q, t));
                }
                j = mention_end(a, t);
            }
            _ => break,
        }
    }
    if !joined {
        out.truncate(1);
    }
    out
}

/// "A, B and C" ending at the mention at `k`: the people listed leftwards, in text order,
/// plus "X, along with fellow MPs Y and Z" rightwards.
fn with_list_left(a: &Analysed, si: usize, p: usize, k: usize) -> Vec<(usize, usize)> {
    let s0 = a.seg.sentences[si].tokens.start;
    let mut out = vec![(p, k)];
    let mut j = mention_start(a, k);
    loop {
        let mut t = j;
        let mut saw_sep = false;
        // a description of the next person ("former Welsh secretary") and then a separator
        let mut d = t;
        while d > s0
            && d + 7 > t
            && !matches!(a.w(d - 1), "," | "and" | "&")
            && a.person_at(d - 1).is_none()
        {
            d -= 1;
        }
        if d < t && d > s0 && matches!(a.w(d - 1), "," | "and" | "&") && description(a, d..t) {
            t = d;
        }
        while t > s0
            && (matches!(a.w(t - 1), "," | "and" | "&")
                || matches!(a.tag(t - 1), Tag::Party(_) | Tag::Role(_)))
        {
            saw_sep |= matches!(a.w(t - 1), "," | "and" | "&");
            t -= 1;
        }
        if t == s0 || !saw_sep {
            break;
        }
        match a.person_at(t - 1) {
            Some(q) => {
                if !out.iter().any(|(x, _)| *x == q) {
                    out.insert(0, (q, t - 1));
                }
                j = mention_start(a, t - 1);
            }
            None => break,
        }
    }
    out
}

/// The subject of the verb starting at `start`: the nearest person (or pronoun) before it
/// that is not the object of a preposition or a possessive modifier.
fn subject(a: &Analysed, si: usize, start: usize) -> Vec<(usize, usize)> {
    let s0 = a.seg.sentences[si].tokens.start;
    let mut k = start;
    let mut steps = 0;
    while k > s0 && steps < 30 {
        k -= 1;
        steps += 1;
        let w = a.w(k);
        // "have since been suspended": an adverb, not a clause
        let adverb_since =
            w == "since" && k > s0 && matches!(a.w(k - 1), "have" | "has" | "had" | "having");
        if CLAUSE_BREAKS.contains(&w) && !adverb_since {
            break;
        }
        // a party or a group of people is the subject: "if Labour won a third term",
        // "40% of the party's candidates set to stand"
        let group_noun = PLURAL_PEOPLE.contains(&w)
            || a.m
                .role_at(k)
                .is_some_and(|r| r.role.ends_with('s') && r.tokens.end == k + 1);
        // ... but only as the subject: right before the verb chain
        let before_chain = (k + 1..start).all(|j| {
            AUX.contains(&a.w(j))
                || a.w(j).ends_with("n't")
                || matches!(
                    a.w(j),
                    "set"
                        | "due"
                        | "expected"
                        | "likely"
                        | "unlikely"
                        | "going"
                        | "about"
                        | "able"
                        | "unable"
                        | "ready"
                        | "poised"
                        | "hoping"
                        | "planning"
                        | "trying"
                        | "seeking"
                        | "tipped"
                        | "who"
                        | "all"
                        | "both"
                )
        });
        if group_noun
            && a.person_at(k + 1).is_none()
            && !matches!(a.tag(k + 1), Tag::Role(_) | Tag::Party(_))
            && before_chain
        {
            break;
        }
        // a singular role right before the verb, naming no one: "the previous Lib Dem
        // candidate stood aside". A definite office the story names a holder for stands for
        // that holder; any other such subject is not one of our people.
        if let Some(r) = a.m.role_at(k) {
            if r.tokens.end == k + 1
                && before_chain
                && a.person_at(k + 1).is_none()
                && !a.is_possessive(k + 1)
            {
                let definite = a.w(r.tokens.start.wrapping_sub(1)) == "the";
                // "Gary Hines - who the prime minister put in charge": the antecedent's
                let rs = r.tokens.start;
                if definite && rs >= s0 + 2 && matches!(a.w(rs - 2), "who" | "whom") {
                    if let Some(q) = who_antecedent(a, s0, rs - 2) {
                        return vec![q];
                    }
                }
                // "the prime minister", "the home secretary": one office, one holder; not "the
                // last prime minister", "a previous chancellor", "Tory leader"
                let key = crate::doc::office_key(&r.role.to_ascii_lowercase()).to_string();
                let unique = key == "prime minister" || key == "chancellor" || key.contains(' ');
                if definite && unique {
                    if let Some(&holder) = a.role_holders.get(&key) {
                        return vec![(holder, k)];
                    }
                }
                // "Ms Malby, a former nurse who was selected": the role is in apposition
                // to the person before it, and the relative clause is about them
                let mut b = r.tokens.start;
                while b > s0 && matches!(a.w(b - 1), "a" | "an" | "the" | "former" | "ex") {
                    b -= 1;
                }
                if !definite && b > s0 + 1 && a.w(b - 1) == "," && a.w(k + 1) == "who" {
                    if let Some(p) = a.person_at(b - 2) {
                        return vec![(p, b - 2)];
                    }
                }
                if !(definite && (r.role == "MP" || !SEAT_ROLES.contains(&r.role))) {
                    break;
                }
            }
        }
        if let Some(party) = a.m.party_at(k) {
            let pe = party.tokens.end;
            let ps = party.tokens.start;
            let bare = pe == k + 1
                && !party.possessive
                && a.person_at(pe).is_none()
                && !matches!(a.tag(pe), Tag::Role(_) | Tag::Party(_))
                && !(ps > s0
                    && (PREPOSITIONS.contains(&a.w(ps - 1))
                        || matches!(a.w(ps - 1), "the" | "a" | "fellow")));
            let chain_only = (pe..start).all(|j| AUX.contains(&a.w(j)) || a.w(j).ends_with("n't"));
            if bare && pe <= start && chain_only {
                break;
            }
        }
        if let Some(p) = a.person_at(k) {
            let ms = mention_start(a, k);
            let me = mention_end(a, k);
            // "Alan Milburn, who Mr Blair put in charge": the event is the antecedent's
            if ms > s0 && matches!(a.w(ms - 1), "who" | "whom") && me < start {
                if let Some(q) = who_antecedent(a, s0, ms - 1) {
                    return vec![q];
                }
            }
            let possessive = a.is_possessive(me);
            // "with Joan Ryan joining them": the person before an -ing trigger is its subject
            let absolute =
                me == start && a.w(start).ends_with("ing") && a.w(ms.wrapping_sub(1)) == "with";
            let prep = ms > s0 && PREPOSITIONS.contains(&a.w(ms - 1)) && !absolute;
            // "the David Blunkett visa affair": a name used as a modifier
            let modifier = ms > s0
                && matches!(a.w(ms - 1), "the" | "a" | "an")
                && !matches!(a.w(me), "," | "." | "'s" | "’s");
            if modifier {
                k = ms;
                continue;
            }
            let along = ms > s0 + 1
                && matches!(a.w(ms - 1), "with")
                && matches!(a.w(ms - 2), "along" | "together");
            // "alongside Gary Hines - the man recently appointed as": the apposition
            // after the name leads to the trigger
            let appositive = matches!(a.w(me), "-" | "–" | ",")
                && (me + 1..start)
                    .all(|j| a.person_at(j).is_none() && !matches!(a.w(j), "," | "." | ";"));
            if possessive || (prep && !along && !appositive) {
                k = ms;
                continue;
            }
            // "Ann Lowe and Gary Hines, the man put in charge": a singular apposition
            // is about the last name only
            let singular = appositive
                && matches!(a.w(me), ",")
                && matches!(a.w(me + 1), "the" | "a")
                && matches!(a.w(me + 2), "man" | "woman" | "person" | "one");
            if singular {
                return vec![(p, k)];
            }
            // "fellow Tory MPs Jo Pike and Ann Lowe" after "along with": keep
            // walking to the head of the list.
            let mut list = with_list_left(a, si, p, k);
            let first_tok = list.first().map(|(_, t)| *t).unwrap_or(k);
            if let Some(head) = along_with_head(a, si, mention_start(a, first_tok)) {
                let mut head_list = head;
                head_list.extend(list);
                list = head_list;
            } else if along {
                k = ms;
                continue;
            }
            return list;
        }
        if matches!(w, "he" | "she") {
            return resolve_pronoun(a, k)
                .map(|p| vec![(p, k)])
                .unwrap_or_default();
        }
        // "The MP for Marlbury, who won the seat": a definite role stands for the person
        // the article is about
        if let Some(r) = a.m.role_at(k) {
            let rs = r.tokens.start;
            let definite = rs > s0 && matches!(a.w(rs - 1), "the") || rs == s0 && a.w(rs) == "the";
            let qualified = matches!(
                a.w(rs.wrapping_sub(1)),
                "last" | "first" | "next" | "previous" | "former" | "future" | "new"
            );
            if definite
                && !qualified
                && a.person_at(r.tokens.end).is_none()
                && !a.is_possessive(r.tokens.end)
            {
                if let Some(holder) = a.holder(r.role) {
                    return vec![(holder, k)];
                }
            }
            if definite
                && a.person_at(r.tokens.end).is_none()
                && !a.is_possessive(r.tokens.end)
                && !SEAT_ROLES.contains(&r.role)
                || (definite && r.role == "MP")
            {
                return resolve_pronoun(a, rs)
                    .map(|p| vec![(p, k)])
                    .unwrap_or_default();
            }
        }
        if matches!(w, "who" | "whom") {
            // the antecedent right before "who"
            let mut j = k;
            while j > s0 && matches!(a.w(j - 1), "," | "-" | "–" | "(") {
                j -= 1;
            }
            if j > s0 {
                if let Some(p) = a.person_at(j - 1) {
                    return with_list_left(a, si, p, j - 1);
                }
            }
            // "Ms Malby, a former nurse who was selected": an apposition of a few words
            // between the name's comma and "who"
            if let Some(c) = (k.saturating_sub(7).max(s0)..k)
                .rev()
                .find(|&x| a.w(x) == ",")
            {
                let np = c + 1..k;
                if np.len() >= 2
                    && matches!(a.w(np.start), "a" | "an" | "the" | "former")
                    && np.clone().all(|x| a.is_word(x) && a.person_at(x).is_none())
                    && c > s0
                {
                    if let Some(p) = a.person_at(c - 1) {
                        return vec![(p, c - 1)];
                    }
                }
            }
            // "Jo Pike is one of several Tory MPs who could defect": the person
            // is among the antecedent; otherwise ("voters who switched") the antecedent is not
            // a named person and there is no event
            let closed = (k + 1..start).any(|j| a.w(j) == ",");
            let quantified = matches!(a.w(k.wrapping_sub(1)), "of")
                && matches!(
                    a.w(k.wrapping_sub(2)),
                    "all" | "both" | "each" | "some" | "none"
                );
            let described = j > s0
                && matches!(
                    a.tag(j - 1),
                    Tag::Post(_) | Tag::Role(_) | Tag::Party(_) | Tag::Org(_)
                );
            if closed
                || quantified
                || described
                || (s0..k).any(|j| matches!(a.w(j), "among" | "amongst" | "one"))
            {
                continue;
            }
            break;
        }
        if w == "i" && a.raw(k) == "I" {
            return speaker(a, si).map(|p| vec![(p, k)]).unwrap_or_default();
        }
        if matches!(w, "they" | "it" | "which" | "we" | "i" | "you") {
            break;
        }
    }
    Vec::new()
}

/// Who is speaking in sentence `si`: "X said: ...", "... , X said", or a quote continuing
/// from a sentence that ends "X said:".
fn speaker(a: &Analysed, si: usize) -> Option<usize> {
    let said = |k: usize| {
        matches!(
            a.w(k),
            "said" | "says" | "told" | "added" | "insisted" | "explained" | "recalled"
        )
    };
    for s in [Some(si), si.checked_sub(1)].into_iter().flatten() {
        let sent = &a.seg.sentences[s];
        for k in sent.tokens.clone() {
            if let Some(p) = a.person_at(k) {
                let e = mention_end(a, k);
                if said(e)
                    || said(e + 1) && a.w(e) == ","
                    || k > 0 && said(k - 1) && a.w(k.wrapping_sub(2)) == ","
                {
                    return Some(p);
                }
            }
        }
        // only look back to a sentence that hands over to a quote
        let ends_with_colon = a.w(a.seg.sentences[si].tokens.start) == "\""
            || a.w(a.seg.sentences[si].tokens.start) == "“";
        if !ends_with_colon {
            break;
        }
    }
    None
}

/// For a list introduced by "along with" / "together with" / "as well as" at token `t`, the
/// person(s) before that phrase.
fn along_with_head(a: &Analysed, si: usize, t: usize) -> Option<Vec<(usize, usize)>> {
    let s0 = a.seg.sentences[si].tokens.start;
    let mut k = t;
    // skip "fellow", party and role words: "along with fellow Tory MPs"
    while k > s0 && (a.w(k - 1) == "fellow" || matches!(a.tag(k - 1), Tag::Party(_) | Tag::Role(_)))
    {
        k -= 1;
    }
    let phrase_len =
        if k >= s0 + 2 && a.w(k - 1) == "with" && matches!(a.w(k - 2), "along" | "together") {
            2
        } else if k >= s0 + 3 && a.w(k - 1) == "as" && a.w(k - 2) == "well" && a.w(k - 3) == "as" {
            3
        } else {
            return None;
        };
    let mut j = k - phrase_len;
    while j > s0 && a.w(j - 1) == "," {
        j -= 1;
    }
    let p = a.person_at(j.checked_sub(1)?)?;
    Some(with_list_left(a, si, p, j - 1))
}

/// The person of a noun trigger: "X's resignation", "his resignation", "the resignation of
/// X", "the defection to Labour of X", "whose retirement".
fn noun_person(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> Vec<(usize, usize)> {
    let s0 = a.seg.sentences[si].tokens.start;
    let s_end = a.seg.sentences[si].tokens.end;
    // "of X" after: right after the noun, or after a short complement ("to Labour of X")
    let of_at = if a.w(trigger.end - 1) == "of" {
        Some(trigger.end)
    } else {
        (trigger.end..(trigger.end + 5).min(s_end))
            .take_while(|&k| !matches!(a.w(k), "," | "." | ";" | "by" | "was" | "is"))
            .find(|&k| a.w(k) == "of")
            .map(|k| k + 1)
    };
    if let Some(k) = of_at {
        let first = (k..(k + 8).min(s_end)).find(|&j| a.person_at(j).is_some());
        if let Some(j) = first {
            let lead_in = (k..j)
                .all(|x| matches!(a.w(x), "one" | "of" | "his" | "her" | "its" | "mps"))
                || description(a, k..j);
            if lead_in {
                let p = a.person_at(j).unwrap_or_default();
                return with_list_right(a, si, p, j);
            }
        }
    }
    // possessive before, allowing an adjective or two: "Mr Blunkett's shock resignation"
    let mut k = trigger.start;
    let mut steps = 0;
    while k > s0 && steps < 3 {
        k -= 1;
        steps += 1;
        let w = a.w(k);
        if a.is_possessive(k) && k > s0 {
            if let Some(p) = a.person_at(k - 1) {
                return vec![(p, k - 1)];
            }
            return Vec::new();
        }
        if matches!(w, "his" | "her") {
            return resolve_pronoun(a, k)
                .map(|p| vec![(p, k)])
                .unwrap_or_default();
        }
        if w == "whose" {
            // "Mr Smith, 57, whose retirement": past commas, dashes and an age
            let mut j = k;
            while j > s0
                && (matches!(a.w(j - 1), "," | "-" | "–")
                    || a.seg.tokens[j - 1].kind == floorcross_text::TokenKind::Number
                        && a.w(j - 1).len() <= 3)
            {
                j -= 1;
            }
            return j
                .checked_sub(1)
                .and_then(|p| a.person_at(p).map(|q| vec![(q, p)]))
                .unwrap_or_default();
        }
        if !a.is_word(k) || matches!(w, "the" | "a" | "an" | "their" | "its") {
            break;
        }
    }
    Vec::new()
}

/// The person a singular personal pronoun at token `k` refers to: the closest earlier person
/// mention whose gender agrees, preferring the subject of the current or previous sentence.
pub fn resolve_pronoun(a: &Analysed, k: usize) -> Option<usize> {
    resolve_pronoun_depth(a, k, 0)
}

/// The gender a subject pronoun names.
fn pronoun_gender(w: &str) -> Option<floorcross_mention::Gender> {
    match w {
        "he" => Some(floorcross_mention::Gender::Male),
        "she" => Some(floorcross_mention::Gender::Female),
        _ => None,
    }
}

pub(crate) fn resolve_pronoun_depth(a: &Analysed, k: usize, depth: usize) -> Option<usize> {
    let gender = match a.w(k) {
        "he" | "him" | "his" | "himself" => floorcross_mention::Gender::Male,
        "she" | "her" | "hers" | "herself" => floorcross_mention::Gender::Female,
        _ => floorcross_mention::Gender::Unknown,
    };
    let si = a.sentence_of(k);
    if let Some(p) = teller(a, k, gender, depth) {
        return Some(p);
    }
    // "He told the BBC's editor his resignation was…": a possessive pronoun is bound by the
    // subject of its clause when that subject agrees, whoever was named nearer.
    if matches!(a.w(k), "his" | "her") && depth < 3 {
        if let Some(p) = crate::grammar::binding_subject(a, si, k, gender, depth) {
            return Some(p);
        }
    }
    if let Some(p) = relative_speaker(a, k, gender) {
        return Some(p);
    }
    let mut fallback = None;
    for s in (si.saturating_sub(3)..=si).rev() {
        let sent = &a.seg.sentences[s];
        let end = if s == si { k } else { sent.tokens.end };
        // candidates in this sentence, most recent first: (person, weakness)
        // weakness 0: subject-like; 1: possessive modifier ("Mr Blair's decision");
        // 2: a complement ("the death of leader John Smith")
        let mut cands: Vec<(usize, u8)> = Vec::new();
        let mut j = end;
        while j > sent.tokens.start {
            j -= 1;
            // a definite office ("the prime minister") stands for its holder
            if let Some(r) = a.m.role_at(j) {
                if r.tokens.end == j + 1 && a.w(r.tokens.start.wrapping_sub(1)) == "the" {
                    if let Some(p) = a.holder(r.role) {
                        if a.gender(p).agrees(gender) && !cands.iter().any(|(q, _)| *q == p) {
                            cands.push((p, 0));
                        }
                    }
                }
                continue;
            }
            // an earlier pronoun of the same gender opening its sentence continues the chain
            if s < si
                && depth < 3
                && j == sent.tokens.start
                && pronoun_gender(a.w(j)) == Some(gender)
            {
                if let Some(p) = resolve_pronoun_depth(a, j, depth + 1) {
                    cands.push((p, 0));
                }
                continue;
            }
            let Some(p) = a.person_at(j) else { continue };
            let ms = mention_start(a, j);
            j = ms;
            if !a.gender(p).agrees(gender) || cands.iter().any(|(q, _)| *q == p) {
                continue;
            }
            let mut b = ms;
            while b > sent.tokens.start && matches!(a.tag(b - 1), Tag::Role(_) | Tag::Party(_)) {
                b -= 1;
            }
            let weakness = if a.is_possessive(mention_end(a, ms)) {
                1
            } else if b > 0 && matches!(a.w(b - 1), "of" | "the" | "a") {
                2
            } else if b > 0
                && matches!(
                    a.w(b - 1),
                    "to" | "by" | "against" | "from" | "with" | "over" | "beat" | "defeated"
                )
            {
                // the object of a preposition or of a contest ("lost the ballot to
                // Dennison"): less salient than the subject
                2
            } else {
                0
            };
            cands.push((p, weakness));
        }
        let strong: Vec<usize> = cands
            .iter()
            .filter(|(_, w)| *w == 0)
            .map(|(p, _)| *p)
            .collect();
        if strong.len() >= 2 && s == si {
            // several people in the pronoun's own sentence: the one the article is about
            let salience = |p: usize| a.m.people[p].mentions.len();
            return strong.iter().copied().max_by_key(|&p| {
                (
                    salience(p),
                    std::cmp::Reverse(strong.iter().position(|&q| q == p)),
                )
            });
        }
        if let Some(&p) = strong.first() {
            return Some(p);
        }
        if let Some(&(p, _)) = cands.iter().find(|(_, w)| *w == 1) {
            if s == si {
                return Some(p);
            }
        }
        if let Some(&(p, _)) = cands.first() {
            fallback.get_or_insert(p);
        }
    }
    fallback
}

/// "Carwyn Jones, who announced in April that he would step down": a subject pronoun in what
/// a relative clause's subject said is that subject.
fn relative_speaker(a: &Analysed, k: usize, gender: floorcross_mention::Gender) -> Option<usize> {
    if !matches!(a.w(k), "he" | "she") {
        return None;
    }
    let s0 = a.seg.sentences[a.sentence_of(k)].tokens.start;
    let lo = k.saturating_sub(10).max(s0);
    let who = (lo..k).rev().find(|&j| a.w(j) == "who")?;
    let said = (who + 1..k).any(|j| {
        matches!(
            a.w(j),
            "said"
                | "says"
                | "announced"
                | "insisted"
                | "confirmed"
                | "revealed"
                | "admitted"
                | "claimed"
                | "denied"
                | "told"
                | "warned"
                | "promised"
        )
    });
    if !said || (who + 1..k).any(|j| a.person_at(j).is_some() || matches!(a.w(j), "." | ";")) {
        return None;
    }
    who_antecedent(a, s0, who)
        .map(|(p, _)| p)
        .filter(|&p| a.gender(p).agrees(gender))
}

/// The person a "who" at `who` refers back to, past commas and dashes: "Alan Milburn, who…".
fn who_antecedent(a: &Analysed, s0: usize, who: usize) -> Option<(usize, usize)> {
    let mut j = who;
    while j > s0 && matches!(a.w(j - 1), "," | "-" | "–" | "—") {
        j -= 1;
    }
    j.checked_sub(1)
        .filter(|&q| q >= s0)
        .and_then(|q| a.person_at(q).map(|pp| (pp, q)))
}

/// "The prime minister told Mr Reid he would stand down": a subject pronoun right after
/// "told X (that)" is the teller, not the one told.
fn teller(
    a: &Analysed,
    k: usize,
    gender: floorcross_mention::Gender,
    depth: usize,
) -> Option<usize> {
    if !matches!(a.w(k), "he" | "she") {
        return None;
    }
    let s0 = a.seg.sentences[a.sentence_of(k)].tokens.start;
    let mut b = k;
    if b > s0 && a.w(b - 1) == "that" {
        b -= 1;
    }
    let told = a.person_at(b.checked_sub(1)?)?;
    let mut v = mention_start(a, b - 1);
    while v > s0 && matches!(a.tag(v - 1), Tag::Role(_) | Tag::Party(_)) {
        v -= 1;
    }
    if v <= s0
        || !matches!(
            a.w(v - 1),
            "told" | "tells" | "assured" | "assures" | "promised" | "promises" | "informed"
        )
    {
        return None;
    }
    // the subject of the telling verb: the closest person or definite office before it
    let lo = v.saturating_sub(7).max(s0);
    let mut j = v - 1;
    while j > lo {
        j -= 1;
        if let Some(r) = a.m.role_at(j) {
            if r.tokens.end == j + 1 && a.w(r.tokens.start.wrapping_sub(1)) == "the" {
                return a
                    .holder(r.role)
                    .filter(|&p| p != told && a.gender(p).agrees(gender));
            }
            continue;
        }
        if let Some(p) = a.person_at(j) {
            return (p != told && a.gender(p).agrees(gender)).then_some(p);
        }
        if depth < 3 && pronoun_gender(a.w(j)) == Some(gender) {
            return resolve_pronoun_depth(a, j, depth + 1).filter(|&p| p != told);
        }
        if matches!(a.w(j), "." | ";" | ",") {
            break;
        }
    }
    None
}

/// Builds the candidate events for one trigger.
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
    let mut people = persons(a, rule, si, &trigger);
    if let Some(parsed) = grammatical_people(a, rule, si, &trigger) {
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
            });
        } else {
            people = parsed;
        }
    }
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
    if to.is_none()
        && matches!(
            rule.kind,
            EventType::Stand | EventType::Select | EventType::Elect | EventType::Reelect
        )
    {
        to = candidacy_party(a, si, &trigger);
    }
    let mut kind = rule.kind;
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
                            "where" | "when" | "which" | "in" | "at" | "by" | "after" | "before"
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
        EventType::Appoint | EventType::Resign | EventType::Dismiss => role_for(a, si, &trigger),
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
    let modality = if rule.frame == Frame::Noun && modality == Modality::Asserted {
        noun_modality(a, trigger.end).unwrap_or(modality)
    } else {
        modality
    };
    let mut modality = match rule.modality {
        Some(fixed) if modality == Modality::Asserted => fixed,
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
    // "standing as an independent": the candidate's own label
    if kind == EventType::Stand {
        let s_end = a.seg.sentences[si].tokens.end;
        if (trigger.end..(trigger.end + 4).min(s_end))
            .any(|k| a.w(k) == "independent" && matches!(a.w(k - 1), "an" | "as"))
        {
            to = Some("independent".to_string());
        }
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
        for (person, tok) in &people {
            // "Labour's Sam Whitlow and the Green Party's Abi Farrant also stood": each
            // candidate's own party
            let own = if candidacy && people.len() > 1 {
                person_party(a, *tok)
            } else {
                None
            };
            out.push(Cand {
                kind,
                person: *person,
                from: from.clone(),
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

/// Who the parse says did what a verb trigger reports: the subject of its clause for a
/// subject frame (the passive subject included), the object of an active verb for an object
/// frame. None when the trigger is not a verb in the parse or names no person.
fn grammatical_people(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Option<Vec<(usize, usize)>> {
    if rule.frame == Frame::Noun {
        return None;
    }
    // With one person in the sentence there is nobody to confuse them with (a plural
    // pronoun counts: "persuade them to switch").
    let s = &a.seg.sentences[si];
    let mut seen = None;
    let several = s.tokens.clone().any(|k| {
        let who = a
            .person_at(k)
            .map(Some)
            .or_else(|| matches!(a.w(k), "he" | "she" | "they" | "who").then_some(None));
        match (who, seen) {
            (Some(Some(p)), None) => {
                seen = Some(p);
                false
            }
            (Some(Some(p)), Some(q)) => p != q,
            (Some(None), _) => seen.is_some() || k > trigger.start,
            _ => false,
        }
    });
    // a first-person quote: who speaks is who acts
    let first_person = s
        .tokens
        .clone()
        .any(|k| matches!(a.raw(k), "I" | "me" | "my"));
    if !several && !first_person {
        return None;
    }
    let p = crate::grammar::Parsed::new(a, si);
    let v = trigger.start.checked_sub(p.first)?;
    // "after her switch to the Greens": a noun's possessor is whose change it is
    if matches!(p.parse.upos.get(v), Some(&"NOUN")) {
        let owners: Vec<(usize, usize)> = p
            .parse
            .children_with(v, &["nmod:poss"])
            .flat_map(|o| crate::grammar::people(a, &p, o))
            .filter(|&(_, t)| !matches!(a.w(t), "his" | "her"))
            .collect();
        return (!owners.is_empty()).then_some(owners);
    }
    if !matches!(p.parse.upos.get(v), Some(&"VERB") | Some(&"AUX")) {
        return None;
    }
    // "persuade them to switch", "as Tory councillors weighed up defecting": a plural or
    // unnamed group does it; no named person's event
    if rule.frame == Frame::Subj && !p.parse.is_passive(v) {
        let subj = p.parse.subject_of(v);
        // (a plural noun that names its members, "Labour MPs A, B and C", is no group)
        let generic = !subj.is_empty()
            && subj.iter().all(|&n| {
                let (lo, hi) = p.parse.subtree_span(n);
                let named = (lo..hi).any(|m| a.person_at(p.tok(m)).is_some());
                matches!(a.w(p.tok(n)), "they" | "them" | "we" | "us")
                    || p.parse.xpos[n] == "NNS" && !named
            });
        if generic {
            return Some(Vec::new());
        }
    }
    let objects: Vec<(usize, usize)> = p
        .parse
        .objects(v)
        .into_iter()
        .flat_map(|o| crate::grammar::people(a, &p, o))
        .collect();
    // "replaced by X", "lost to X": a trigger ending in a preposition names its person in
    // that preposition's phrase.
    let last = a.w(trigger.end - 1);
    let prep = trigger.len() > 1 && matches!(last, "by" | "to" | "from" | "with" | "as");
    let found = if rule.frame == Frame::Obj && prep {
        p.parse
            .pp_object(v, last)
            .into_iter()
            .flat_map(|o| crate::grammar::people(a, &p, o))
            .collect()
    } else if rule.frame == Frame::Obj && !p.parse.is_passive(v) {
        objects
    } else if !p.parse.is_passive(v) && !objects.is_empty() {
        // A subject frame ("was put in charge of") used actively with a person object ("who
        // Blair put in charge of"): the rule meant the passive; leave it to the word rules.
        return None;
    } else {
        crate::grammar::subjects(a, &p, v)
    };
    // A pronoun the parse finds is resolved no better than the word rules resolve it: the
    // parse overrides only with people it names.
    let named: Vec<(usize, usize)> = found
        .into_iter()
        .filter(|&(_, t)| !matches!(a.w(t), "he" | "she" | "him" | "his" | "her"))
        .collect();
    (!named.is_empty()).then_some(named)
}

/// The dates of "at the 2001 and 2005 general elections": timexes right after the trigger's
/// clause joined only by "and" or commas.
fn coordinated_dates(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> Vec<String> {
    let s_end = a.seg.sentences[si].tokens.end;
    let mut out = Vec::new();
    let mut k = trigger.end;
    let mut last_timex: Option<u32> = None;
    while k < s_end && k < trigger.end + 14 {
        match a.tok_timex[k] {
            Some(t) if Some(t) != last_timex => {
                if let Some(v) = a.point_timex(k).and_then(|tx| date_value(a, tx, k)) {
                    out.push(v);
                }
                last_timex = Some(t);
            }
            Some(_) => {}
            None => {
                let w = a.w(k);
                if !out.is_empty()
                    && !matches!(w, "and" | "," | "general" | "elections" | "election")
                {
                    break;
                }
                if out.is_empty() && DATE_STOPS.contains(&w) {
                    break;
                }
            }
        }
        k += 1;
    }
    out
}

/// The party named in the description right before a person mention ("Labour's Sam
/// Whitlow", "the Green Party's Abi Farrant", "Tory MP Anna Soubry").
pub(crate) fn person_party(a: &Analysed, tok: usize) -> Option<String> {
    let ms = mention_start(a, tok);
    let s0 = a.seg.sentences[a.sentence_of(tok)].tokens.start;
    let mut k = ms;
    while k > s0 && k + 5 > ms {
        k -= 1;
        if let Some(p) = a.m.party_at(k) {
            if a.w(p.tokens.start.wrapping_sub(1)) == "former" {
                return None;
            }
            return Some(p.party.clone()).filter(|p| p != "Independent");
        }
        if !(a.is_possessive(k)
            || matches!(a.tag(k), Tag::Role(_))
            || matches!(a.w(k), "the" | "a" | "mp" | "candidate"))
        {
            return None;
        }
    }
    None
}

/// The party a candidacy or election is for, when the sentence names one near the trigger
/// and not as a rival ("from Labour", "against the Tories").
fn candidacy_party(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> Option<String> {
    let s = &a.seg.sentences[si];
    let lo = trigger.start.saturating_sub(10).max(s.tokens.start);
    let hi = (trigger.end + 10).min(s.tokens.end);
    let rival = |p: &floorcross_mention::PartyMention| {
        let before = a.w(p.tokens.start.wrapping_sub(1));
        matches!(
            before,
            "from" | "against" | "over" | "beat" | "defeated" | "than" | "to" | "of" | "by"
        ) || matches!(
            a.w(p.tokens.end),
            "government" | "majority" | "seat" | "gain" | "held"
        )
    };
    a.m.parties
        .iter()
        .filter(|p| {
            p.tokens.start >= lo && p.tokens.end <= hi && !rival(p) && p.party != "Independent"
        })
        .min_by_key(|p| p.tokens.start.abs_diff(trigger.start))
        .map(|p| p.party.clone())
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
        ("is" | "was", "rumoured" | "possible" | "likely") => Some(Modality::Rumoured),
        _ => None,
    }
}

/// `from` and `to` parties for the trigger.
fn parties(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> (Option<String>, Option<String>) {
    let s = &a.seg.sentences[si];
    let hi = (trigger.end + 12).min(s.tokens.end);
    let named = |p: (usize, String)| Some(p.1).filter(|n| !n.is_empty());
    let mut from = None;
    let mut to = None;
    // explicit "from X" / "to X" / "for X" after the trigger
    let mut k = trigger.end;
    while k < hi {
        let w = a.w(k);
        if matches!(w, "." | ";") || (w == "," && k > trigger.end + 1) {
            break;
        }
        if w == "from" && from.is_none() {
            from = party_after(a, si, k + 1, 4).and_then(named);
            // "defected from the party ... to form the Reform Alliance": the party left is a
            // known one, not the group being formed
            if from
                .as_deref()
                .is_some_and(|f| floorcross_mention::Lexicon::get().party_name(f).is_none())
            {
                let k0 = k;
                from =
                    a.m.parties
                        .iter()
                        .rev()
                        .filter(|p| p.tokens.end <= k0)
                        .map(|p| p.party.clone())
                        .find(|p| {
                            floorcross_mention::Lexicon::get().party_name(p).is_some()
                                && p != "Independent"
                        });
            }
        }
        if matches!(w, "to" | "for" | "into") && to.is_none() {
            // "defected to Labour", "to join the Tories", "to form the group", "for Veritas"
            let mut j = k + 1;
            if matches!(
                a.w(j),
                "join" | "form" | "found" | "launch" | "set" | "rejoin" | "stand" | "fight"
            ) {
                j += 1;
                if a.w(j) == "up" {
                    j += 1;
                }
            }
            to = party_after(a, si, j, 4).and_then(named);
        }
        // "stand as a Liberal Democrat", "elected as the Labour candidate"
        if w == "as"
            && to.is_none()
            && matches!(
                rule.kind,
                EventType::Stand | EventType::Select | EventType::Elect | EventType::Reelect
            )
        {
            let j = if matches!(a.w(k + 1), "a" | "an" | "the" | "its" | "their") {
                k + 2
            } else {
                k + 1
            };
            to =
                a.m.party_at(j)
                    .map(|p| p.party.clone())
                    .filter(|p| p != "Independent");
        }
        k += 1;
    }
    match rule.kind {
        EventType::Join | EventType::Found | EventType::Readmit => {
            // "had the Labour whip restored": the party inside the phrase
            if to.is_none() && rule.kind == EventType::Readmit {
                to = party_in(a, trigger.start, trigger.end).map(|p| p.1);
            }
            if to.is_none() {
                to = party_after(a, si, trigger.end, 6).and_then(named);
            }
            // "the Conservative whip was restored to X"
            if to.is_none() && rule.kind == EventType::Readmit {
                let lo = trigger.start.saturating_sub(5).max(s.tokens.start);
                to = party_in(a, lo, trigger.start).map(|p| p.1);
            }
            (None, to)
        }
        EventType::Leave | EventType::Expel => {
            // "stripped of the Tory whip": the party inside the phrase
            if from.is_none() {
                from = party_in(a, trigger.start, trigger.end).map(|p| p.1);
            }
            if from.is_none() {
                from = party_after(a, si, trigger.end, 5).and_then(named);
            }
            if from.is_none() {
                // the expelling party as agent: "UKIP suspended X", "UKIP said it had
                // suspended X"
                let lo = if rule.kind == EventType::Expel {
                    s.tokens.start
                } else {
                    trigger.start.saturating_sub(4).max(s.tokens.start)
                };
                from = party_in(a, lo, trigger.start).map(|p| p.1);
            }
            (from, None)
        }
        EventType::Defect => {
            // "the defection of one of her MPs, Tom Ellis, an ex-minister, to Labour"
            if to.is_none() && rule.frame == Frame::Noun {
                let far = (trigger.end + 20).min(s.tokens.end);
                to = (trigger.end..far)
                    .take_while(|&k| !matches!(a.w(k), "." | ";"))
                    .find(|&k| matches!(a.w(k), "to" | "for") && a.m.party_at(k + 1).is_some())
                    .and_then(|k| a.m.party_at(k + 1).map(|p| p.party.clone()));
            }
            // the party a defector's own side is named by earlier in the sentence: "The Tory
            // leader played down the defection of one of her MPs"
            if from.is_none() {
                from = (s.tokens.start..trigger.start)
                    .filter_map(|k| a.m.party_at(k).map(|p| p.party.clone()))
                    .find(|p| Some(p) != to.as_ref() && p != "Independent");
            }
            (from, to)
        }
        EventType::Select if to.is_none() => {
            // "The Lib Dems selected X": the selecting party before the verb
            let lo = trigger.start.saturating_sub(3).max(s.tokens.start);
            (None, party_in(a, lo, trigger.start).map(|p| p.1))
        }
        EventType::Elect
        | EventType::Stand
        | EventType::Select
        | EventType::Reelect
        | EventType::Defeat => {
            // "as Labour candidate", "Labour's candidate", "the Tory candidate"
            if to.is_none() {
                let lo = trigger.start.saturating_sub(6).max(s.tokens.start);
                let near_cand = (lo..hi)
                    .find(|&k| a.m.role_at(k).is_some_and(|r| r.role.contains("candidate")));
                if let Some(c) = near_cand {
                    to = party_in(a, c.saturating_sub(3).max(s.tokens.start), c).map(|p| p.1);
                }
            }
            (None, to)
        }
        EventType::Deselect => (
            party_in(a, trigger.start.saturating_sub(5).max(s.tokens.start), hi).map(|p| p.1),
            None,
        ),
        _ => (None, None),
    }
}

/// The office an appointment, resignation or dismissal concerns.
fn role_for(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> Option<String> {
    if let Some((_, r)) = office_after(a, si, trigger.end) {
        return Some(r);
    }
    // "Home Secretary David Blunkett resigned": an office right before the person
    let s0 = a.seg.sentences[si].tokens.start;
    let lo = trigger.start.saturating_sub(8).max(s0);
    // (not an office that is some other verb's object: "has angered his chancellor by going
    // back on a promise to stand aside")
    (lo..trigger.start).rev().find_map(|k| {
        a.m.role_at(k)
            .filter(|r| r.kind == RoleKind::Office)
            .filter(|r| {
                a.person_at(r.tokens.end).is_some()
                    || (r.tokens.end..trigger.start)
                        .all(|j| AUX.contains(&a.w(j)) || a.w(j).ends_with("ly") || a.w(j) == "to")
            })
            .map(|r| role_phrase(a, r.tokens.clone()))
    })
}

/// The seat or named office for the trigger: the nearest post mention in the sentence,
/// preferring one after the trigger.
fn post_for(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> Option<String> {
    let s = &a.seg.sentences[si];
    let after = (trigger.end..s.tokens.end).find_map(|k| a.m.post_at(k).map(|p| p.name.clone()));
    after.or_else(|| {
        (s.tokens.start..trigger.start)
            .rev()
            .find_map(|k| a.m.post_at(k).map(|p| p.name.clone()))
    })
}

/// Auxiliaries and adverbs that can sit between a coordinating "and" and its verb.
const VERB_LINK: &[&str] = &[
    "also",
    "then",
    "later",
    "subsequently",
    "was",
    "were",
    "has",
    "have",
    "had",
    "is",
    "be",
    "been",
    "later",
    "eventually",
    "finally",
    "promptly",
    "immediately",
    "soon",
    "after",
    "afterwards",
    "he",
    "she",
    "they",
];

/// Words that end the stretch after a trigger in which its time expression may sit.
const DATE_STOPS: &[&str] = &[
    ",", ";", ":", "but", "while", "whereas", "who", "which", "with", "and", "if", "unless",
    "until", // a new clause's subject: "rejoin the party he quit three years ago"
    "he", "she", "they",
];

/// The event's date: the time expression in its clause (after the trigger first, then before
/// it back to the sentence start), else the document date for a present-perfect or headline
/// report.
pub(crate) fn event_date(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    modality: Modality,
) -> Option<String> {
    let s = &a.seg.sentences[si];
    if let Some(d) = counted_from_earlier_date(a, si, trigger) {
        return Some(d);
    }
    let mut k = trigger.end;
    while k < s.tokens.end {
        // "the 15th housing minister since 2010": the start of a span, not the event's time;
        // "resigned after voting against the bill on Wednesday": the vote's time
        if a.w(k) == "since" && a.point_timex(k + 1).is_some()
            || matches!(a.w(k), "after" | "before") && a.w(k + 1).ends_with("ing")
        {
            break;
        }
        if let Some(t) = a.point_timex(k) {
            if let Some(v) = date_value(a, t, k) {
                return Some(v);
            }
        }
        let w = a.w(k);
        // "elected along with three other MPs - A, B and C - in 1987": a list of names
        // does not end the clause
        let in_list = matches!(w, "," | "and" | "with" | "-" | "–")
            && (a.person_at(k + 1).is_some()
                || a.person_at(k.wrapping_sub(1)).is_some()
                || a.w(k.wrapping_sub(1)) == "along");
        if DATE_STOPS.contains(&w) && a.tok_timex[k].is_none() && !in_list && a.tag(k) == Tag::None
        {
            break;
        }
        k += 1;
    }
    let triggers = Triggers::get();
    let mut k = trigger.start;
    while k > s.tokens.start {
        k -= 1;
        // another event's trigger: its time is not this event's
        if a.tok_timex[k].is_none()
            && triggers
                .matches_at(a.text, Some(&a.lower), &a.seg.tokens, k)
                .any(|(mut rules, n)| {
                    rules.any(|r| k + n <= s.tokens.end && cond_ok(a, r.cond, r.kind, si, k, k + n))
                })
        {
            break;
        }
        if let Some(t) = a.point_timex(k) {
            if let Some(v) = date_value(a, t, k) {
                return Some(v);
            }
        }
        if matches!(a.w(k), ";" | "who" | "which" | "but") {
            break;
        }
        // "Ann Cole, who defected in 2010, will stand": leaving a relative clause, its time
        // stays behind
        if a.w(k) == "," && (s.tokens.start..k).any(|j| matches!(a.w(j), "who" | "which" | "whose"))
        {
            break;
        }
        // "became MP in 2015 and also stood for mayor": the year belongs to the first verb
        // ("quit UKIP last night and launched a party" shares its time: a bare "and" does)
        if matches!(a.w(k), "and" | ",")
            && (k + 1..trigger.start).all(|j| VERB_LINK.contains(&a.w(j)))
            && (a.w(k) == "," || k + 1 < trigger.start)
        {
            break;
        }
    }
    if modality == Modality::Asserted {
        let chain: Vec<&str> = (trigger.start.saturating_sub(3).max(s.tokens.start)..trigger.start)
            .map(|k| a.w(k))
            .collect();
        // "has resigned from the post and quit the party": the auxiliary serves both verbs
        let shared = (trigger.start.saturating_sub(12).max(s.tokens.start)..trigger.start)
            .any(|k| matches!(a.w(k), "has" | "have"))
            && a.w(trigger.start.wrapping_sub(1)) == "and"
            || (trigger.start.saturating_sub(12).max(s.tokens.start)..trigger.start).any(|k| {
                matches!(a.w(k), "has" | "have") && (k..trigger.start).any(|j| a.w(j) == "and")
            });
        let perfect = chain.iter().any(|w| matches!(*w, "has" | "have" | "'s")) || shared;
        // A headline reports the day's news: "Farage quits UKIP", "Clarke axed".
        let present_headline = a.is_headline(si);
        if perfect || present_headline {
            return a.dct.map(|d| d.to_string());
        }
    }
    None
}

/// "made a peer in 1999, a year before he was appointed": an event in a clause
/// opened by "N years before/after" is dated from the year named before it (2000 here).
fn counted_from_earlier_date(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Option<String> {
    let s0 = a.seg.sentences[si].tokens.start;
    // "before|after" + subject + auxiliaries, right before the trigger
    let lo = trigger.start.saturating_sub(6).max(s0);
    let conj = (lo..trigger.start)
        .rev()
        .find(|&k| matches!(a.w(k), "before" | "after"))?;
    let subject_ok = (conj + 1..trigger.start).all(|k| {
        a.person_at(k).is_some()
            || matches!(
                a.w(k),
                "he" | "she"
                    | "they"
                    | "was"
                    | "were"
                    | "had"
                    | "been"
                    | "being"
                    | "is"
                    | "finally"
            )
    });
    if !subject_ok || conj == s0 {
        return None;
    }
    let dur = &a.timexes[a.tok_timex[conj - 1]? as usize];
    let years: i32 = dur
        .value
        .strip_prefix('P')?
        .strip_suffix('Y')?
        .parse()
        .ok()?;
    let sign = if a.w(conj) == "before" { 1 } else { -1 };
    // the year named before the duration
    let dur_start = a.seg.tokens.partition_point(|t| t.end <= dur.start);
    let year = (s0..dur_start).rev().find_map(|k| {
        let t = a.point_timex(k)?;
        let v = t.value.get(..4)?;
        (t.value.len() == 4 || t.value.as_bytes().get(4) == Some(&b'-'))
            .then(|| v.parse::<i32>().ok())
            .flatten()
    })?;
    Some(format!("{:04}", year + sign * years))
}

/// An event date from a timex value: the calendar part, or the document date for
/// `PRESENT_REF`; nothing for unresolved or vague values. A bare year that names a general
/// election ("the 2001 and 2005 general elections", "the 1997 landslide") becomes its
/// polling day.
fn date_value(a: &Analysed, t: &floorcross_model::Timex, k: usize) -> Option<String> {
    let value = t.value.as_str();
    if value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) {
        let s_end = a.seg.sentences[a.sentence_of(k)].tokens.end;
        let after = a.seg.tokens.partition_point(|tok| tok.end <= t.end);
        let names_election = (after..(after + 5).min(s_end))
            .take_while(|&j| !matches!(a.w(j), "," | "." | ";"))
            .any(|j| matches!(a.w(j), "election" | "elections" | "landslide" | "poll"))
            && (after..(after + 5).min(s_end)).any(|j| matches!(a.w(j), "general" | "landslide"));
        if names_election {
            if let Some(day) = crate::polling_day(value) {
                return Some(day);
            }
        }
    }
    if value == "PRESENT_REF" {
        return a.dct.map(|d| d.to_string());
    }
    if value.starts_with('X') || value.ends_with("_REF") || value.starts_with('P') {
        return None;
    }
    let v = value.split('T').next().unwrap_or(value);
    (v.len() >= 4 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)).then(|| v.to_string())
}
