//! Events read from the dependency parse: frames whose people and offices are grammatical
//! roles, not neighbouring words.
//!
//! Only sentences holding one of the frames' verbs are parsed. Each frame is a verb and the
//! roles it fills:
//!
//! | frame | verbs | who | what |
//! |---|---|---|---|
//! | contest won | beat, defeated, ousted (active) | subject: `elect`; objects: `defeat` | a contest word in the sentence or the one before |
//! | contest won (passive) | was beaten / defeated by | subject: `defeat`; by-agent: `elect` | the same |
//! | contest won | won + object (the leadership, the seat, the election …) | subject: `elect` | |
//! | new office | became, becomes + complement holding an office or role | subject | `appoint` (an office) or `elect` (leader, Speaker, mayor, MP …) |
//! | new office | took over / takes over *as* an office; replaces / succeeds *as* an office; moves / is promoted *to* an office; is handed / given an office; is named / made an office | subject (passive: its passive subject) | the same |
//! | new office | a copular "is the new home secretary" | subject | `appoint` |
//!
//! The subject is the parse's: shared through coordination and control, the noun a relative
//! clause modifies, never a name inside an apposition, a prepositional phrase or a possessive.
//! A pronoun subject resolves through [`crate::events::resolve_pronoun`]. Modality and date
//! come from the same readers as every other event.

use floorcross_model::{EventType, Span};
use floorcross_syntax::Parse;

use crate::doc::Analysed;
use crate::events::{self, Cand};

mod contests;
mod founding;
mod lists;
mod reference;
mod words;

pub(crate) use lists::*;
pub(crate) use reference::*;
pub(crate) use words::*;

/// A parsed sentence: the parse and the document token of its first word.
pub(crate) struct Parsed {
    pub parse: std::rc::Rc<Parse>,
    pub first: usize,
}

impl Parsed {
    pub fn new(a: &Analysed, si: usize) -> Parsed {
        Parsed {
            parse: a.parse(si),
            first: a.seg.sentences[si].tokens.start,
        }
    }

    pub fn tok(&self, node: usize) -> usize {
        self.first + node
    }
}

/// The people a nominal node names (each conjunct; a name's head or its flat and compound
/// parts; a personal pronoun resolved), with the token that names them.
pub(crate) fn people(a: &Analysed, p: &Parsed, node: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // A relative pronoun stands for the noun its clause modifies ("Milburn, who Blair put
    // in charge").
    let node = match a.w(p.tok(node)) {
        "who" | "whom" | "that" => match p.parse.head(node) {
            Some(v) if p.parse.label(v) == "acl:relcl" => p.parse.head(v).unwrap_or(node),
            _ => node,
        },
        _ => node,
    };
    // "Alan Milb, the man put in charge of the campaign": a description in apposition to a
    // name stands for that name
    let node = if a.person_at(p.tok(node)).is_none() && p.parse.label(node) == "appos" {
        match p.parse.head(node) {
            Some(h) if a.person_at(p.tok(h)).is_some() => h,
            _ => node,
        }
    } else {
        node
    };
    // "Hill became the third Tory MP to join Reform": the noun a predicate names stands for
    // the clause's subject
    let node = if a.person_at(p.tok(node)).is_none()
        && p.parse.upos[node] == "NOUN"
        && (p.parse.label(node) == "xcomp"
            || p.parse.children_with(node, &["cop"]).next().is_some())
    {
        let clause = if p.parse.label(node) == "xcomp" {
            p.parse.head(node).unwrap_or(node)
        } else {
            node
        };
        p.parse.subject_of(clause).first().copied().unwrap_or(node)
    } else {
        node
    };
    for c in p.parse.coordinated(node) {
        // A name's head, or its flat and compound parts when the head is itself a name (not
        // "the Brown/Blair feud").
        let name_head = p.parse.upos[c] == "PROPN" || a.person_at(p.tok(c)).is_some();
        // "his brother David": a name in apposition names the person too.
        let parts = std::iter::once(c)
            .chain(
                p.parse
                    .children_with(c, &["flat", "compound"])
                    .filter(move |_| name_head),
            )
            .chain(p.parse.children_with(c, &["appos"]));
        let mut found = None;
        for n in parts {
            let t = p.tok(n);
            if let Some(person) = a.person_at(t) {
                found = Some((person, t));
                break;
            }
        }
        if found.is_none() && matches!(a.w(p.tok(c)), "i" | "me" | "my" | "we") {
            // "'I am standing down,' said Ann Cole": the first person in a quote is its
            // speaker
            let si = a.sentence_of(p.tok(c));
            found = quote_speaker(a, si)
                .map(|(q, _)| q)
                // (outside quotation marks, a first-person piece's author)
                .or_else(|| events::author_outside_quotes(a, p.tok(c)))
                .map(|q| (q, p.tok(c)));
        }
        if found.is_none() && matches!(a.w(p.tok(c)), "he" | "she" | "his" | "her") {
            found = events::resolve_pronoun(a, p.tok(c)).map(|person| (person, p.tok(c)));
        }
        // ("A and B said they had left Labour": a plural pronoun, the list it stands for)
        if found.is_none() && a.w(p.tok(c)) == "they" {
            let si = a.sentence_of(p.tok(c));
            for (q, _) in events::resolve_they(a, si, p.tok(c)) {
                if !out.iter().any(|(r, _)| *r == q) {
                    out.push((q, p.tok(c)));
                }
            }
            continue;
        }
        // ("The MP was handed the transport brief": a description opening the sentence)
        if found.is_none() && events::opening_description(a, a.sentence_of(p.tok(c)), p.tok(c)) {
            found = events::resolve_pronoun(a, p.tok(c)).map(|person| (person, p.tok(c)));
        }
        if let Some(f) = found {
            if !out.iter().any(|(q, _)| *q == f.0) {
                out.push(f);
            }
        }
    }
    out
}

/// The office or role a nominal node names: a role mention on the node, its compounds and
/// modifiers, or an "of" phrase ("the job of chancellor").
fn role(a: &Analysed, p: &Parsed, node: usize) -> Option<String> {
    let mut nodes = vec![node];
    nodes.extend(
        p.parse
            .children_with(node, &["compound", "amod", "nmod", "flat"]),
    );
    for n in nodes {
        if let Some(r) = a.m.role_at(p.tok(n)) {
            // "given the Tory whip back": a party's whip is membership of its group
            let rs = r.tokens.start;
            if r.role.eq_ignore_ascii_case("whip")
                && (a.m.party_at(rs.wrapping_sub(1)).is_some() || a.m.party_at(rs).is_some())
            {
                return None;
            }
            // "Commons leader": a compound before the role belongs to it.
            let before: Vec<&str> = p
                .parse
                .children_with(n, &["compound"])
                .filter(|&c| c < n && a.m.role_at(p.tok(c)).is_none())
                .map(|c| a.raw(p.tok(c)))
                .collect();
            let role = if before.is_empty() {
                r.role.to_string()
            } else {
                format!("{} {}", before.join(" "), r.role)
            };
            // ("named as its interim leader", "acting chair": an office held for now is
            // given, not won; the qualifier stays with it)
            let stopgap = (r.tokens.start.saturating_sub(2)..r.tokens.start)
                .find(|&k| matches!(a.w(k), "interim" | "acting" | "caretaker"));
            return Some(match stopgap {
                Some(k) => format!("{} {role}", a.w(k)),
                None => role,
            });
        }
    }
    // "handed the prisons brief at the Home Office": the tagger can read "brief" as an
    // adjective after its noun; a noun with "brief" hung after it is that brief
    let brief_after = p
        .parse
        .children_with(node, &["amod"])
        .find(|&c| c == node + 1 && matches!(a.w(p.tok(c)), "brief" | "portfolio"));
    let is_brief = matches!(a.w(p.tok(node)), "brief" | "portfolio");
    if brief_after.is_none() && !is_brief {
        return None;
    }
    // (the words the noun's compounds and modifiers put before it)
    let mut before: Vec<&str> = p
        .parse
        .children_with(node, &["compound", "amod"])
        .filter(|&c| c < node)
        .map(|c| a.raw(p.tok(c)))
        .collect();
    if let Some(b) = brief_after {
        before.push(a.raw(p.tok(node)));
        before.push(a.w(p.tok(b)));
        return Some(before.join(" "));
    }
    // "handed the transport brief", "given the health portfolio": a brief names its office
    // by the words before it
    (!before.is_empty()).then(|| format!("{} {}", before.join(" "), a.w(p.tok(node))))
}

/// The people a contest's losing side names: the object itself, or who a challenge or bid
/// came from ("beat off a challenge from Owen Smith").
fn contestants(a: &Analysed, p: &Parsed, n: usize) -> Vec<(usize, usize)> {
    let mut direct = people(a, p, n);
    if let Some(&(last, t)) = direct.last() {
        // "beating A, and ex-soldier B": a list the parser broke after its first name
        let si = a.sentence_of(t);
        for q in events::with_list_right(a, si, last, t) {
            if !direct.iter().any(|d| d.0 == q.0) {
                direct.push(q);
            }
        }
        return direct;
    }
    let head = a.w(p.tok(n));
    // "beat his rivals, Carl Hume and Simon Hale": the names in apposition after a plural
    // of rivals, read from the words (the parser often hangs them elsewhere)
    if matches!(
        head,
        "rivals" | "opponents" | "challengers" | "contenders" | "candidates"
    ) {
        let (_, hi) = p.parse.subtree_span(n);
        let after = p.tok(hi);
        if a.w(after) == "," {
            if let Some(q) = a.person_at(after + 1) {
                let si = a.sentence_of(after);
                return events::with_list_right(a, si, q, after + 1);
            }
        }
    }
    // "defeating the sitting Conservative, Sir Rupert Gaskell, on a big swing": a singular
    // description set off before a name in apposition (the parser hangs the name elsewhere)
    let (lo, hi) = p.parse.subtree_span(n);
    let after = p.tok(hi);
    if matches!(a.w(p.tok(lo)), "the" | "his" | "her" | "their" | "its")
        && a.w(after) == ","
        && a.w(after.wrapping_sub(1)) != ","
    {
        if let Some(q) = a.person_at(after + 1) {
            let end = events::mention_end(a, after + 1);
            if matches!(
                a.w(end),
                "," | "." | ";" | "by" | "on" | "in" | "at" | "with" | "and"
            ) && !a.is_possessive_any(end)
            {
                return vec![(q, after + 1)];
            }
        }
    }
    if matches!(
        head,
        "challenge"
            | "challenges"
            | "bid"
            | "bids"
            | "rival"
            | "rivals"
            | "opponent"
            | "opponents"
            | "challenger"
            | "challengers"
    ) {
        // The person after "from" or "of" within the phrase (robust to where the parser
        // hung the preposition).
        let (lo, hi) = p.parse.subtree_span(n);
        let from = (lo..hi).find(|&k| matches!(a.w(p.tok(k)), "from" | "of"));
        if let Some(k) = from {
            let person = (k + 1..hi).find_map(|j| a.person_at(p.tok(j)).map(|q| (q, p.tok(j))));
            return person.into_iter().collect();
        }
    }
    Vec::new()
}

/// The subjects of verb `v`: its passive subject if passive, else its subject.
pub(crate) fn subjects(a: &Analysed, p: &Parsed, v: usize) -> Vec<(usize, usize)> {
    p.parse
        .subject_of(v)
        .into_iter()
        .flat_map(|s| people(a, p, s))
        .collect()
}

/// Finds the frames' events in every sentence that holds one of their verbs, and the
/// appointments of a cabinet list.
pub fn find(a: &Analysed, out: &mut Vec<Cand>) {
    office_list(a, out);
    results_list(a, out);
    inline_results(a, out);
    candidate_list(a, out);
    party_headed_candidates(a, out);
    inverted_candidacies(a, out);
    appointment_list(a, out);
    replacements(a, out);
    person_lines(a, out);
    new_office_appositions(a, out);
    contests::contest_phrases(a, out);
    contests::leadership_challenges(a, out);
    founding::founded_by(a, out);
    let appointments = crate::events::appointments_story(a);
    for si in 0..a.seg.sentences.len() {
        let s = &a.seg.sentences[si];
        // Parse only where a frame can fill: a frame verb, someone to do it, and an office
        // (or, for a contest verb, a contest).
        if !s.tokens.clone().any(|k| is_frame_verb(a.w(k))) {
            continue;
        }
        let someone = s.tokens.clone().any(|k| {
            a.person_at(k).is_some()
                || matches!(a.w(k), "he" | "she")
                || events::opening_description(a, si, k)
        });
        // An office verb with an office after it ("became home secretary"), or "new" before
        // one ("is the new home secretary").
        // (in a story of appointments, "is home secretary" too)
        let office = s.tokens.clone().any(|k| {
            (is_office_verb(a.w(k)) || a.w(k) == "new")
                && (k + 1..s.tokens.end.min(k + 12)).any(|j| a.m.role_at(j).is_some())
                || appointments
                    && matches!(a.w(k), "is" | "are")
                    && (k + 1..s.tokens.end.min(k + 4)).any(|j| a.m.role_at(j).is_some())
        });
        let contest_verb = s.tokens.clone().any(|k| is_contest_verb(a.w(k)));
        let replaced_by = s
            .tokens
            .clone()
            .any(|k| matches!(a.w(k), "replaced" | "succeeded"))
            && s.tokens.clone().any(|k| a.w(k) == "by");
        let stripped = s.tokens.clone().any(|k| a.w(k) == "stripped");
        // "was handed the transport brief"
        let brief = s
            .tokens
            .clone()
            .any(|k| matches!(a.w(k), "handed" | "given"))
            && s.tokens
                .clone()
                .any(|k| matches!(a.w(k), "brief" | "portfolio"));
        let office = office || replaced_by || stripped || brief;
        let party_loss = s.tokens.clone().any(|k| matches!(a.w(k), "lost" | "loses"))
            && s.tokens
                .clone()
                .filter(|&k| a.m.party_at(k).is_some())
                .count()
                >= 2;
        // ("finishing a distant second to Mr Halloway": a place behind a person)
        let placed_behind = s.tokens.clone().any(|k| {
            matches!(
                a.w(k),
                "second" | "third" | "fourth" | "fifth" | "runner-up"
            ) && behind_a_person(a, k)
        });
        if !someone
            || !(office || party_loss || contest_verb && (about_contest(a, si) || placed_behind))
        {
            continue;
        }
        let p = Parsed::new(a, si);
        for v in 0..p.parse.len() {
            let w = a.w(p.tok(v));
            if !is_frame_verb(w) {
                continue;
            }
            frames(a, si, &p, v, w, out);
        }
    }
    contests::vote_shares(a, out);
}

/// Whether the place at `k` ("second") is behind a named person or a party: "second to Mr
/// Halloway", "third behind Labour".
fn behind_a_person(a: &Analysed, k: usize) -> bool {
    // ("came third behind Labour", "second to the Conservatives": behind a side is a
    // contest's place too)
    let side = |j: usize| {
        a.person_at(j).is_some()
            || matches!(a.tag(j), floorcross_mention::Tag::Party(_))
            || a.w(j) == "the" && matches!(a.tag(j + 1), floorcross_mention::Tag::Party(_))
    };
    matches!(a.w(k + 1), "behind" | "to") && k + 2 < a.seg.tokens.len() && side(k + 2)
}

fn frames(a: &Analysed, si: usize, p: &Parsed, v: usize, w: &str, out: &mut Vec<Cand>) {
    let parse = &p.parse;
    let is_verb = matches!(parse.upos[v], "VERB" | "AUX");
    let passive = parse.is_passive(v);
    match w {
        "beat" | "beats" | "beating" | "beaten" | "defeated" | "defeats" | "defeat"
        | "defeating" | "ousted" | "ousts" | "oust"
            if is_verb && about_contest(a, si) =>
        {
            // "oust X as the party's election supremo": removal from an office, no contest
            let from_office = matches!(w, "ousted" | "ousts" | "oust")
                && (p.tok(v) + 1..a.seg.sentences[si].tokens.end.min(p.tok(v) + 8))
                    .any(|k| a.w(k) == "as" && (k + 1..k + 6).any(|j| a.m.role_at(j).is_some()));
            if from_office {
                return;
            }
            if passive {
                let losers = subjects(a, p, v);
                let winners: Vec<_> = parse
                    .pp_object(v, "by")
                    .into_iter()
                    .flat_map(|n| people(a, p, n))
                    .collect();
                emit(a, si, p, v, EventType::Defeat, &losers, None, out);
                emit(a, si, p, v, EventType::Elect, &winners, None, out);
            } else {
                let mut winners = subjects(a, p, v);
                // ("won 51.2% of the vote beating Labour's X": a participle the parse hangs on
                // the share won is the winning verb's; its subject won)
                if winners.is_empty() && matches!(w, "beating" | "defeating") {
                    let mut h = parse.head(v);
                    let mut steps = 0;
                    while let Some(x) = h.filter(|_| steps < 4) {
                        if matches!(
                            a.w(p.tok(x)),
                            "won" | "wins" | "took" | "polled" | "secured"
                        ) {
                            winners = subjects(a, p, x);
                            break;
                        }
                        h = parse.head(x);
                        steps += 1;
                    }
                }
                let losers: Vec<_> = parse
                    .objects(v)
                    .into_iter()
                    .flat_map(|n| contestants(a, p, n))
                    .collect();
                if winners.is_empty() && losers.is_empty() {
                    return;
                }
                // "was selected in a ballot of members, beating X": the participle's winner
                // won the selection its clause's verb tells (that verb's trigger reads it)
                let selection = matches!(parse.label(v), "advcl" | "xcomp")
                    && parse
                        .head(v)
                        .is_some_and(|h| SELECTION_PARTICIPLES.contains(&a.w(p.tok(h))));
                if !selection {
                    emit(a, si, p, v, EventType::Elect, &winners, None, out);
                }
                emit(a, si, p, v, EventType::Defeat, &losers, None, out);
            }
        }
        "won" | "wins" | "win" | "winning" if is_verb && !passive => {
            let prize = parse
                .objects(v)
                .into_iter()
                .any(|o| PRIZES.contains(&a.w(p.tok(o))));
            // "won 313,209 votes to Owen Smith's 193,229": the one whose votes are
            // compared lost
            let against: Vec<_> = parse
                .pp_object(v, "to")
                .into_iter()
                .flat_map(|n| {
                    parse
                        .children_with(n, &["nmod:poss", "nmod"])
                        .collect::<Vec<_>>()
                })
                .flat_map(|n| people(a, p, n))
                .collect();
            // "won the Labour nomination for mayor": a selection, for the party in the object
            let nomination = parse
                .objects(v)
                .into_iter()
                .find(|&o| matches!(a.w(p.tok(o)), "nomination" | "selection"));
            // (a party's: "this nomination" in a parliament is an election to office)
            let party_of = |o: usize| {
                let (lo, hi) = parse.subtree_span(o);
                let named = (lo..hi).find_map(|k| a.m.party_at(p.tok(k)).map(|m| m.party.clone()));
                let party_word = (lo..hi).any(|k| matches!(a.w(p.tok(k)), "party" | "party's"));
                (named.is_some() || party_word).then_some(named)
            };
            if let Some(party) = nomination.and_then(party_of) {
                let winners = subjects(a, p, v);
                let first = out.len();
                emit(a, si, p, v, EventType::Select, &winners, None, out);
                for c in &mut out[first..] {
                    if c.to.is_none() {
                        c.to.clone_from(&party);
                    }
                }
                return;
            }
            // ("won the nomination": a candidacy, read by the trigger list, not an office)
            if nomination.is_some_and(|o| a.w(p.tok(o).wrapping_sub(1)) == "the") {
                return;
            }
            if prize || !against.is_empty() && about_contest(a, si) {
                let winners = subjects(a, p, v);
                emit(a, si, p, v, EventType::Elect, &winners, None, out);
                emit(a, si, p, v, EventType::Defeat, &against, None, out);
            }
        }
        "lost" | "loses" | "lose" | "losing"
            if is_verb && lists::losing_party(a, p, v).is_some() =>
        {
            party_loses_member(a, si, p, v, out);
        }
        "lost" | "loses" | "lose" | "losing"
            if is_verb && about_contest(a, si) && !events::lost_a_vote(a, si, p.tok(v) + 1) =>
        {
            // "lost to X": X won; "lost the contest/seat": a defeat
            let winners: Vec<_> = parse
                .pp_object(v, "to")
                .into_iter()
                .flat_map(|n| people(a, p, n))
                .collect();
            // ("lost the vote" alone is as often a motion lost in the Commons: it is a contest
            // only where something else says so: a ballot, a leadership, a seat)
            let prize = parse.objects(v).into_iter().any(|o| {
                let w = a.w(p.tok(o));
                let to_rival = a.w(p.tok(o) + 1) == "to" && a.person_at(p.tok(o) + 2).is_some();
                PRIZES.contains(&w)
                    && (w != "vote" || to_rival || about_contest_beyond_votes(a, si))
            });
            if prize || !winners.is_empty() {
                let losers = subjects(a, p, v);
                emit(a, si, p, v, EventType::Defeat, &losers, None, out);
                emit(a, si, p, v, EventType::Elect, &winners, None, out);
            }
        }
        "eliminated" | "knocked" if passive && about_contest(a, si) => {
            let out_of_race = w == "eliminated"
                || parse
                    .children_with(v, &["compound:prt", "advmod"])
                    .any(|c| a.w(p.tok(c)) == "out");
            if out_of_race {
                let losers = subjects(a, p, v);
                emit(a, si, p, v, EventType::Defeat, &losers, None, out);
            }
        }
        "came" | "comes" | "coming" | "finished" | "finishes" | "finishing" | "trailed" => {
            // "came second", "finished a distant third"
            let placed = |k: usize| {
                matches!(
                    a.w(k),
                    "second" | "third" | "fourth" | "fifth" | "last" | "runner-up"
                )
            };
            // (or the words right after the verb, whatever the parse hangs them from: "came
            // third behind Labour" may make "third" a modifier of "Labour")
            let after = p.tok(v) + 1;
            let place = parse
                .children(v)
                .map(|c| p.tok(c))
                .find(|&k| placed(k))
                .or_else(|| {
                    (after..(after + 4).min(a.seg.sentences[si].tokens.end))
                        .take_while(|&k| {
                            placed(k)
                                || matches!(
                                    a.w(k),
                                    "a" | "distant" | "close" | "poor" | "narrow" | "strong"
                                )
                        })
                        .find(|&k| placed(k))
                });
            // ("finishing a distant second to Mr Halloway": second to a person is a contest's
            // place, whatever else the sentence says)
            let behind_someone = place.is_some_and(|k| behind_a_person(a, k));
            if place.is_some() && (behind_someone || about_contest(a, si)) {
                let losers = subjects(a, p, v);
                emit(a, si, p, v, EventType::Defeat, &losers, None, out);
            }
        }
        "confirmed" | "installed" | "chosen" | "returned" | "returns" | "return" | "serve"
        | "appointed" | "unveiled" | "announced" => {
            // "was confirmed as chancellor", "is to serve as business secretary", "confirmed
            // Ann Cole as health secretary and Ben Fry as education secretary"
            let objects: Vec<usize> = parse.children_with(v, &["obj"]).collect();
            for n in parse.pp_object(v, "as") {
                let Some(r) = role(a, p, n) else { continue };
                // "chosen as the Labour candidate" is a selection, not an office
                if r.to_ascii_lowercase().contains("candidate") {
                    continue;
                }
                // In a gapped conjunct the person is the role's own subject.
                let own: Vec<_> = parse
                    .children_with(n, &["nsubj"])
                    .flat_map(|m| people(a, p, m))
                    .collect();
                let who = if !own.is_empty() {
                    own
                } else if passive || objects.is_empty() {
                    subjects(a, p, v)
                } else {
                    objects.iter().flat_map(|&o| people(a, p, o)).collect()
                };
                emit(a, si, p, v, filled_by(a, p, v, &r), &who, Some(&r), out);
            }
            // "confirmed A as health secretary and B as education secretary", read off the
            // words too: the parser often loses the gapped second pair
            let s = &a.seg.sentences[si];
            for k in p.tok(v) + 1..s.tokens.end {
                let Some(pm) = a.m.person_at(k) else { continue };
                if k != pm.tokens.start {
                    continue;
                }
                let after = pm.tokens.end;
                if a.w(after) != "as" {
                    continue;
                }
                // ("her challenge to replace Ann Cole as leader": the name is another verb's
                // object, and the office is the one contested)
                if matches!(
                    a.w(k.wrapping_sub(1)),
                    "replace"
                        | "replacing"
                        | "succeed"
                        | "succeeding"
                        | "oust"
                        | "ousting"
                        | "unseat"
                        | "unseating"
                        | "challenge"
                        | "challenging"
                        | "against"
                        | "beat"
                        | "beating"
                ) {
                    continue;
                }
                let role_here = (after + 1..(after + 4).min(s.tokens.end))
                    .find_map(|j| a.m.role_at(j).map(|r| r.role))
                    .filter(|r| !r.contains("candidate"));
                if let Some(r) = role_here {
                    emit(
                        a,
                        si,
                        p,
                        v,
                        filled_by(a, p, v, r),
                        &[(pm.person, k)],
                        Some(r),
                        out,
                    );
                }
            }
            // "confirmed were A as health secretary and B as education secretary"
            for n in parse.children_with(v, &["nsubj", "obj"]) {
                for c in parse.coordinated(n) {
                    if let Some(r) = parse
                        .pp_object(c, "as")
                        .into_iter()
                        .find_map(|m| role(a, p, m))
                    {
                        let who = people(a, p, c);
                        emit(a, si, p, v, filled_by(a, p, v, &r), &who, Some(&r), out);
                    }
                }
            }
        }
        "became" | "becomes" | "become" | "becoming" => {
            if crate::events::counted_infinitive(a, si, p.tok(v) + 1) {
                return;
            }
            let complements: Vec<usize> = parse.children_with(v, &["xcomp", "obj"]).collect();
            for c in complements {
                // "became the third Tory MP to join Reform", "became the 12th MP to quit":
                // the infinitive is the news, not an office
                if parse.children_with(c, &["acl"]).any(|x| {
                    parse
                        .children_with(x, &["mark"])
                        .any(|m| a.w(p.tok(m)) == "to")
                }) {
                    break;
                }
                // ("has defected to Reform UK, becoming the party's first sitting MP")
                if crate::events::ranked_by_a_move(a, si, p.tok(v) + 1) {
                    break;
                }
                // ("quit Plaid Cymru to become an independent AM": a new label for a seat
                // already held, no election)
                if parse
                    .children_with(c, &["amod"])
                    .any(|m| a.w(p.tok(m)) == "independent")
                {
                    break;
                }
                if let Some(r) = role(a, p, c) {
                    let who = subjects(a, p, v);
                    emit(a, si, p, v, kind_for(&r), &who, Some(&r), out);
                    break;
                }
            }
        }
        "took" | "takes" | "take" | "taking" | "taken" => {
            let over = parse
                .children_with(v, &["compound:prt", "advmod", "compound"])
                .any(|c| a.w(p.tok(c)) == "over");
            // "took over as chancellor", "will take up office as chancellor", "will take the
            // post of European secretary", "takes over the position of trade secretary"
            let office = parse
                .pp_object(v, "as")
                .into_iter()
                .find_map(|n| role(a, p, n));
            let post = parse
                .children_with(v, &["obj"])
                .filter(|&o| {
                    matches!(
                        a.w(p.tok(o)),
                        "post" | "position" | "role" | "job" | "office" | "helm" | "brief"
                    )
                })
                .find_map(|o| role(a, p, o));
            let up = parse
                .children_with(v, &["compound:prt", "advmod", "compound"])
                .any(|c| a.w(p.tok(c)) == "up");
            if let Some(r) = if over || up { office.or(post) } else { post } {
                let who = subjects(a, p, v);
                emit(a, si, p, v, kind_for(&r), &who, Some(&r), out);
            }
        }
        "replaced" | "succeeded" if passive => {
            // "Mrs Kelly has been replaced in her post by Alan Johnson": the by-agent takes
            // the office
            let mut successors: Vec<_> = parse
                .pp_object(v, "by")
                .into_iter()
                .flat_map(|n| people(a, p, n))
                .collect();
            if successors.is_empty() {
                // "by X" wherever the parser hung it, within the verb's phrase
                let (_, hi) = parse.subtree_span(v);
                let by = (v + 1..hi).find(|&k| a.w(p.tok(k)) == "by");
                if let Some(k) = by {
                    successors = (k + 1..hi)
                        .take(3)
                        .find_map(|j| a.person_at(p.tok(j)).map(|q| (q, p.tok(j))))
                        .into_iter()
                        .collect();
                }
            }
            let r = parse
                .pp_object(v, "as")
                .into_iter()
                .find_map(|n| role(a, p, n));
            emit(
                a,
                si,
                p,
                v,
                EventType::Appoint,
                &successors,
                r.as_deref(),
                out,
            );
        }
        "replaces" | "replaced" | "replace" | "replacing" | "succeeds" | "succeeded"
        | "succeed" | "succeeding"
            if !passive && !crate::events::attempt_to(a, si, p.tok(v)) =>
        {
            if let Some(r) = parse
                .pp_object(v, "as")
                .into_iter()
                .find_map(|n| role(a, p, n))
            {
                let who = subjects(a, p, v);
                emit(a, si, p, v, kind_for(&r), &who, Some(&r), out);
            }
        }
        "moves" | "moved" | "move" | "moving" | "promoted" | "promotes" | "promoting" => {
            if let Some(r) = parse
                .pp_object(v, "to")
                .into_iter()
                .find_map(|n| role(a, p, n))
            {
                // ("Penhaligon promoted his ally Desmond Yeo to shadow chancellor": the object
                // moved, when there is one; "Ann Cole moved to the Treasury": the subject)
                let objects: Vec<_> = parse
                    .objects(v)
                    .into_iter()
                    .flat_map(|n| people(a, p, n))
                    .collect();
                let who = if objects.is_empty() {
                    subjects(a, p, v)
                } else {
                    objects
                };
                emit(a, si, p, v, EventType::Appoint, &who, Some(&r), out);
            }
        }
        "handed" | "given" | "awarded" | "named" | "made" if passive => {
            // "was made home secretary", "was named as chief whip", "has been awarded (with)
            // the post of foreign secretary"
            let mut complements: Vec<usize> = parse.children_with(v, &["obj", "xcomp"]).collect();
            complements.extend(parse.pp_object(v, "as"));
            if w == "awarded" {
                complements.extend(parse.pp_object(v, "with"));
            }
            if let Some(r) = complements.into_iter().find_map(|c| role(a, p, c)) {
                let who = subjects(a, p, v);
                emit(a, si, p, v, kind_for(&r), &who, Some(&r), out);
            }
        }
        "stripped" => {
            // "The SNP stripped Ann Cole of the whip" / "was stripped of the whip": an
            // expulsion from the party; "stripped of her role as chair": a dismissal
            let whom: Vec<_> = if passive {
                subjects(a, p, v)
            } else {
                parse
                    .objects(v)
                    .into_iter()
                    .flat_map(|n| people(a, p, n))
                    .collect()
            };
            let (_, hi) = parse.subtree_span(v);
            let of = (v + 1..hi).find(|&k| a.w(p.tok(k)) == "of");
            let Some(of) = of else { return };
            let whip = (of + 1..hi.min(of + 5)).any(|k| a.w(p.tok(k)) == "whip");
            if whip {
                let party = parse
                    .children_with(v, &["nsubj"])
                    .find_map(|n| a.m.party_at(p.tok(n)).map(|m| m.party.clone()))
                    .or_else(|| {
                        (of + 1..hi.min(of + 5))
                            .find_map(|k| a.m.party_at(p.tok(k)).map(|m| m.party.clone()))
                    });
                let first = out.len();
                emit(a, si, p, v, EventType::Expel, &whom, None, out);
                for c in &mut out[first..] {
                    c.from.clone_from(&party);
                }
            } else if let Some(r) = (of + 1..hi).find_map(|k| a.m.role_at(p.tok(k)).map(|r| r.role))
            {
                emit(a, si, p, v, EventType::Dismiss, &whom, Some(r), out);
            } else if (of + 1..hi.min(of + 5)).any(|k| {
                matches!(
                    a.w(p.tok(k)),
                    "brief" | "portfolio" | "post" | "job" | "role" | "department" | "seat"
                )
            }) {
                // "stripped of his departmental brief", "stripped him of his Commons seat": the
                // office taken, unnamed
                emit(a, si, p, v, EventType::Dismiss, &whom, None, out);
            }
        }
        "is" | "was" | "are" | "were" | "be" if parse.label(v) == "cop" => {
            // "X is the new home secretary": the predicate holds the office and "new".
            let Some(pred) = parse.head(v) else { return };
            let new = parse
                .children_with(pred, &["amod"])
                .any(|m| a.w(p.tok(m)) == "new");
            // ... or "The new chief whip is Dan Reeve": the subject holds "new" and the office,
            // the predicate names who
            let inverted = || {
                parse.children_with(pred, &["nsubj"]).find_map(|n| {
                    let new = parse
                        .children_with(n, &["amod"])
                        .any(|m| a.w(p.tok(m)) == "new");
                    new.then(|| role(a, p, n)).flatten()
                })
            };
            // ("Amber Rudd is home secretary" in a story of appointments made: the news is
            // that she now is)
            // (the office the predicate is, not a phrase with a preposition: "is out as chief
            // whip", "is in the cabinet")
            let new = new
                || matches!(w, "is" | "are")
                    && parse.children_with(pred, &["case"]).next().is_none()
                    && !parse
                        .children_with(pred, &["det"])
                        .any(|d| a.w(p.tok(d)) == "a")
                    && crate::events::appointments_story(a)
                    && role(a, p, pred).is_some_and(|r| {
                        let r = r.to_ascii_lowercase();
                        let last = r.rsplit(' ').next().unwrap_or(&r);
                        !SEAT_ROLES_HELD.contains(&last) && !SEAT_ROLES_HELD.contains(&r.as_str())
                    });
            let (who, r) = match (new, role(a, p, pred)) {
                // (a subject the parser lost past a relative clause, "Helen Varga, who topped
                // Thursday's ballot, is the new shadow chancellor", read off the words)
                (true, Some(r)) => {
                    let mut who = subjects(a, p, pred);
                    if who.is_empty() {
                        who = crate::events::subject(a, si, p.tok(v));
                    }
                    (who, Some(r))
                }
                _ => match inverted() {
                    Some(r) => (people(a, p, pred), Some(r)),
                    None => (Vec::new(), None),
                },
            };
            if let Some(r) = r.filter(|_| !who.is_empty()) {
                let first = out.len();
                emit(a, si, p, v, kind_for(&r), &who, Some(&r), out);
                // "is the new home secretary": news of the day
                if matches!(w, "is" | "are") {
                    for c in &mut out[first..] {
                        if c.date.is_none() {
                            c.date = a.dct.map(|d| d.to_string());
                        }
                    }
                }
            }
        }
        _ => {}
    }
}

/// The change that put someone in office `role` by verb `v`: the office's usual way in
/// ([`kind_for`]: a leader is elected), unless the verb itself says how ("appointed Ann Okoro
/// as his deputy leader", "installed as leader").
fn filled_by(a: &Analysed, p: &Parsed, v: usize, role: &str) -> EventType {
    if matches!(a.w(p.tok(v)), "appointed" | "installed") {
        EventType::Appoint
    } else {
        kind_for(role)
    }
}

#[allow(clippy::too_many_arguments)]
fn emit(
    a: &Analysed,
    si: usize,
    p: &Parsed,
    v: usize,
    kind: EventType,
    who: &[(usize, usize)],
    role: Option<&str>,
    out: &mut Vec<Cand>,
) {
    let trigger = p.tok(v)..p.tok(v) + 1;
    for &(person, tok) in who {
        let Some(modality) = crate::modality::modality(a, si, &trigger, Some(tok)) else {
            continue;
        };
        let date = events::event_date(a, si, &trigger, modality);
        // "Labour rival Jared O'Mara", "the Conservatives' Douglas Ross": the party a
        // winner won for
        let to = match kind {
            EventType::Elect => events::person_party(a, tok),
            _ => None,
        };
        out.push(Cand {
            kind,
            person,
            from: None,
            to,
            post: None,
            role: role.map(str::to_string),
            date,
            modality,
            sentence: si,
            trigger: trigger.clone(),
            evidence: a.seg.sentences[si].span,
            headline: a.is_headline(si),
        });
    }
}
