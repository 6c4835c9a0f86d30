//! Who an event is about: the word rules (subject before the trigger, object after it,
//! lists, "along with", the of-phrase and possessive of a noun) and, where the sentence names
//! several people, the parse's subject or object (`parsed_people`); lists of names are
//! `name_lists`.

use super::*;

/// The person(s) an event at `trigger` is about, by frame.
pub(crate) fn persons(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Vec<(usize, usize)> {
    // "Kemble has become the second minister to quit": the infinitive's subject is the
    // subject of "become"
    if rule.frame == Frame::Subj {
        // (an indefinite subject, "A Tory councillor has become the second to defect", is
        // read below: the next sentence may name it)
        if let Some(b) = counted_become(a, si, trigger) {
            let found = subject(a, si, b);
            if !found.is_empty() || !matches!(a.w(a.seg.sentences[si].tokens.start), "a" | "an") {
                return found;
            }
        }
        // "Tom Reed's decision to step down": the possessor of the decision does it
        let t = trigger.start;
        if t >= 3
            && a.w(t - 1) == "to"
            && matches!(a.w(t - 2), "decision" | "choice")
            && t - 3 >= a.seg.sentences[si].tokens.start
        {
            if a.is_possessive_any(t - 3) {
                if let Some(p) = a.person_at(t.wrapping_sub(4)) {
                    return vec![(p, t - 4)];
                }
            }
            if matches!(a.w(t - 3), "his" | "her") {
                return resolve_pronoun(a, t - 3)
                    .map(|p| vec![(p, t - 3)])
                    .unwrap_or_default();
            }
        }
    }
    let mut found = persons_by_frame(a, rule, si, trigger);
    // "A day after launching his party, Jack Moore appeared": a participle clause opening the
    // sentence is about the subject after its comma
    let s0 = a.seg.sentences[si].tokens.start;
    // words that open a participle clause: "A day after", "Shortly before", "Having"
    const SUBORDINATORS: &[&str] = &[
        "after", "before", "since", "while", "on", "upon", "despite", "when", "having",
    ];
    const TIME_WORDS: &[&str] = &[
        "a", "an", "the", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "hours", "shortly", "just", "only", "soon", "two", "three", "few",
    ];
    let opener = |k: usize| {
        SUBORDINATORS.contains(&a.w(k))
            || TIME_WORDS.contains(&a.w(k))
            || a.seg.tokens[k].kind == floorcross_text::TokenKind::Number
    };
    if found.is_empty()
        && rule.frame == Frame::Subj
        && a.w(trigger.start).ends_with("ing")
        && (s0..trigger.start).all(opener)
        && (trigger.start == s0 || SUBORDINATORS.contains(&a.w(trigger.start - 1)))
    {
        found = subject_after_comma(a, si, trigger.end);
    }
    if !found.is_empty() && rule.frame != Frame::Noun {
        // "was elected with two other new MPs - A and B - in 1992"
        let s_end = a.seg.sentences[si].tokens.end;
        let along = (trigger.end..(trigger.end + 3).min(s_end))
            .find(|&k| matches!(a.w(k), "along" | "together") && a.w(k + 1) == "with")
            .map(|k| (k + 2, 12))
            .or_else(|| {
                let changes_party = matches!(
                    rule.kind,
                    EventType::Leave
                        | EventType::Defect
                        | EventType::Join
                        | EventType::Found
                        | EventType::Resign
                );
                comitative_with(a, si, trigger.end)
                    .filter(|_| changes_party)
                    .map(|k| (k + 1, 5))
            });
        if let Some((k, reach)) = along {
            if let Some(j) = (k..(k + reach).min(s_end)).find(|&j| a.person_at(j).is_some()) {
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
    // "Ann Cole and Paul Tandy both spoke. The two MPs later quit": a definite count or "the
    // pair" stands for the people the sentence before names, when it names exactly that many
    let group = named_before(a, si, trigger.start);
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

/// Where a comitative "with" opens right after the trigger's own complements, when it
/// introduces people: "quit Labour on Monday with Tom Reed and Sue Hall" (the verb's party
/// object and its time may stand between; a noun may not, "in a row with Tom Hale", nor a
/// possessive, "with Hale's blessing"). Only a description of people (roles, parties,
/// "fellow", "MPs") may stand between "with" and the first name.
fn comitative_with(a: &Analysed, si: usize, from: usize) -> Option<usize> {
    let s_end = a.seg.sentences[si].tokens.end;
    let mut k = from;
    while k < s_end.min(from + 8) {
        let skippable = matches!(a.tag(k), Tag::Party(_))
            || a.point_timex(k).is_some()
            || matches!(a.w(k), "the" | "party" | "group" | "on" | "in" | "at")
            || a.w(k) == "to" && matches!(a.tag(k + 1), Tag::Party(_))
            || a.w(k) == "to" && a.w(k + 1) == "the" && matches!(a.tag(k + 2), Tag::Party(_));
        if a.w(k) == "with" {
            break;
        }
        if !skippable {
            return None;
        }
        k += 1;
    }
    if k >= s_end || a.w(k) != "with" {
        return None;
    }
    let mut j = k + 1;
    while j < s_end.min(k + 6) && a.person_at(j).is_none() {
        let description = matches!(a.tag(j), Tag::Party(_) | Tag::Role(_))
            || matches!(
                a.w(j),
                "fellow" | "mps" | "councillors" | "colleagues" | "two" | "three"
            );
        if !description {
            return None;
        }
        j += 1;
    }
    // ("with Hale's blessing": the name is a possessor, not a companion; "with Tom Hale as
    // her agent": a role the name is given, not a companion in the act)
    let end = super::name_lists::mention_end(a, j);
    if a.is_possessive_any(end) || a.w(end) == "as" {
        return None;
    }
    Some(k)
}

/// Whether the name starting at `ms` stands in apposition to a preposition's object ("met
/// with the Prime Minister, Tony Blair, about defecting"): a comma, then a role or a short
/// description, then the preposition.
fn apposed_to_prep_object(a: &Analysed, s0: usize, ms: usize) -> bool {
    if ms < s0 + 3 || a.w(ms - 1) != "," {
        return false;
    }
    let mut k = ms - 1;
    let mut role = false;
    while k > s0 && k + 7 > ms {
        k -= 1;
        match a.tag(k) {
            Tag::Role(_) | Tag::Party(_) => role |= matches!(a.tag(k), Tag::Role(_)),
            _ if matches!(a.w(k), "the" | "a" | "former" | "then" | "new" | "'s") => {}
            _ => return role && PREPOSITIONS.contains(&a.w(k)) && a.w(k) != "as",
        }
    }
    false
}

pub(crate) fn persons_by_frame(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Vec<(usize, usize)> {
    match rule.frame {
        Frame::Obj => {
            // "was replaced by Philip Hammond": the person after "by" (or "with") is the one
            // appointed; when that phrase names no one, nobody is: the passive subject is
            // the one replaced
            if matches!(a.w(trigger.end - 1), "by" | "with") {
                return object(a, si, trigger.end);
            }
            // "11 quit and one sacked as Corbyn faces a revolt": a count before the participle
            // is who was sacked, and it names no one
            let before = a.w(trigger.start.wrapping_sub(1));
            if trigger.start > a.seg.sentences[si].tokens.start
                && (matches!(
                    before,
                    "one" | "two" | "three" | "four" | "five" | "six" | "several"
                ) || a.seg.tokens[trigger.start - 1].kind == floorcross_text::TokenKind::Number)
            {
                return Vec::new();
            }
            if passive(a, si, trigger.start) {
                return subject(a, si, trigger.start);
            }
            let obj = object(a, si, trigger.end);
            if !obj.is_empty() {
                return obj;
            }
            let counted = numbered_object(a, si, trigger.end);
            if !counted.is_empty() {
                return counted;
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
            // "a spokesman for the committee appointed last May": a participle right after
            // the name of a body modifies that body; no person was appointed
            let body_before = prev.is_some_and(|p| BODIES.contains(&a.w(p)));
            if a.w(trigger.start).ends_with("ed")
                && !agent_before
                && !adjective
                && !body_before
                && bare
                && !shot
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
pub(crate) fn subject_after_comma(a: &Analysed, si: usize, from: usize) -> Vec<(usize, usize)> {
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
pub(crate) fn object(a: &Analysed, si: usize, end: usize) -> Vec<(usize, usize)> {
    let s_end = a.seg.sentences[si].tokens.end;
    let lim = (end + 9).min(s_end);
    for k in end..lim {
        if let Some(p) = a.person_at(k) {
            // "dismissed Gordon Brown's Budget": the person owns the object ("suspended Ann
            // Cole's membership" is still hers: a membership or a whip stands for its holder)
            let e = mention_end(a, k);
            let owned = a.is_possessive(e) || matches!(a.w(e), "'s" | "’s");
            let held = owned && {
                let n = if a.is_possessive(e) && !matches!(a.w(e), "'s" | "’s") {
                    e
                } else {
                    e + 1
                };
                (n..(n + 3).min(s_end)).any(|j| matches!(a.w(j), "membership" | "whip"))
            };
            if matches!(a.w(e), "/" | "-") || owned && !held {
                return Vec::new();
            }
            // "Hale sacked as Cole promoted": "as" right before a name opens a clause
            if k > end && a.w(k - 1) == "as" {
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

/// The subject of the verb starting at `start`: the nearest person (or pronoun) before it
/// that is not the object of a preposition or a possessive modifier.
pub(crate) fn subject(a: &Analysed, si: usize, start: usize) -> Vec<(usize, usize)> {
    let s0 = a.seg.sentences[si].tokens.start;
    if let Some(found) = member_of_group(a, si, start).or_else(|| named_after_copula(a, si, start))
    {
        return found;
    }
    let mut k = start;
    let mut steps = 0;
    while k > s0 && steps < 30 {
        k -= 1;
        steps += 1;
        let w = a.w(k);
        // "Tom Ashby, a former chairman of the council, quit": the comma right before the
        // verb chain closes an apposition to the name before it; the subject is that name,
        // not the apposition's last noun
        if w == ","
            && (k + 1..start).all(|j| AUX.contains(&a.w(j)) || a.w(j).ends_with("ly"))
            && k > s0 + 2
            && a.person_at(k - 1).is_none()
        {
            if let Some(open) = super::dates::apposition_opened_at(a, si, k) {
                k = open;
                continue;
            }
        }
        // "have since been suspended": an adverb, not a clause
        // ... nor is "since 2010" ("Ann Hale, a councillor since 2010, has defected"): a
        // preposition before a time, not a clause
        let adverb_since = w == "since"
            && (k > s0 && matches!(a.w(k - 1), "have" | "has" | "had" | "having")
                || a.point_timex(k + 1).is_some()
                || a.seg
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == floorcross_text::TokenKind::Number));
        // "Both defectors – Ian Hale and Sara Owen – have joined": a parenthesis closed right
        // before the verb names who the subject is
        if matches!(w, "–" | "—" | "-")
            && (k + 1..start).all(|j| AUX.contains(&a.w(j)) || a.w(j).ends_with("n't"))
        {
            let open = (k.saturating_sub(16).max(s0)..k)
                .rev()
                .find(|&j| a.w(j) == w);
            if let Some(j) = open.and_then(|o| (o + 1..k).find(|&j| a.person_at(j).is_some())) {
                let p = a.person_at(j).unwrap_or_default();
                return with_list_right(a, si, p, j);
            }
        }
        // "had no choice but to quit": "but" is a preposition there, not a new clause
        let but_except = w == "but"
            && a.w(k + 1) == "to"
            && k > s0
            && matches!(a.w(k - 1), "choice" | "option" | "alternative");
        // "was appointed a minister in 1967 but was sacked two years later": a conjunct with
        // no subject of its own shares the first one's, as after "and"
        let subjectless_but = w == "but"
            && k + 1 < start
            && (k + 1..start).all(|j| {
                matches!(
                    a.w(j),
                    "was" | "were" | "had" | "has" | "then" | "later" | "been"
                )
            });
        if CLAUSE_BREAKS.contains(&w) && !adverb_since && !but_except && !subjectless_but {
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
                || CHAIN_WORDS.contains(&a.w(j))
                || matches!(a.w(j), "who" | "all" | "both" | "first" | "later")
        });
        // "said the Conservatives lost their majority": a party right before the verb chain is
        // the subject, and names nobody
        if before_chain
            && a.m.party_at(k).is_some_and(|p| p.tokens.end == k + 1)
            && !a.is_possessive(k + 1)
            && a.person_at(k + 1).is_none()
            && a.m.role_at(k + 1).is_none()
            // (not the object of the verb before an infinitive: "quit the Tories to join")
            && !(k + 1..start).any(|j| a.w(j) == "to")
            // (nor a party a person is "of": "Ann Cole of the Green Party won the seat")
            && a.m.party_at(k).is_some_and(|p| {
                let mut b = p.tokens.start;
                if b > s0 && a.w(b - 1) == "the" {
                    b -= 1;
                }
                !(b > s0 && matches!(a.w(b - 1), "of" | "for" | "from" | "with" | "("))
            })
        {
            return Vec::new();
        }
        if group_noun
            && a.person_at(k + 1).is_none()
            && !matches!(a.tag(k + 1), Tag::Role(_) | Tag::Party(_))
            && before_chain
        {
            // "Tom Hale and six other Labour MPs quit": the named one is among them
            let and = (k.saturating_sub(6).max(s0)..k)
                .rev()
                .find(|&j| a.w(j) == "and");
            if let Some(j) = and.filter(|&j| {
                j > s0
                    && matches!(
                        a.w(j + 1),
                        "six"
                            | "five"
                            | "four"
                            | "three"
                            | "two"
                            | "seven"
                            | "eight"
                            | "several"
                            | "other"
                            | "ten"
                            | "nine"
                    )
                    && (j + 1..k).any(|x| a.w(x) == "other")
            }) {
                if let Some(p) = a.person_at(j - 1) {
                    return with_list_left(a, si, p, j - 1);
                }
            }
            break;
        }
        // "said her deputy had resigned", "his wife has joined": a noun owned by a pronoun,
        // right before the verb chain, is the subject, and names nobody
        // (not one coordinated with a name: "Ann Cole and her husband have joined")
        let owner = if k > s0 && a.w(k - 1) == "own" {
            k - 1
        } else {
            k
        };
        if before_chain
            && owner > s0 + 1
            && a.person_at(k).is_none()
            && a.is_word(k)
            && matches!(
                a.w(owner - 1),
                "his" | "her" | "their" | "its" | "my" | "our" | "your"
            )
            && !matches!(a.w(owner - 2), "and" | "&" | ",")
            && !matches!(a.w(k), "party" | "group")
            && a.raw(k).chars().next().is_some_and(char::is_lowercase)
        {
            break;
        }
        // "She added that the party would contest the seat": a body, not a person, is the
        // subject, and names nobody
        // (not "after leaving the party to join Labour": an infinitive's subject is not the
        // noun before it)
        if before_chain
            && k > s0
            && !(k + 1..start).any(|j| a.w(j) == "to")
            && matches!(a.w(k - 1), "the" | "this" | "that" | "our" | "its")
            && matches!(
                w,
                "party"
                    | "council"
                    | "government"
                    | "committee"
                    | "board"
                    | "group"
                    | "executive"
                    | "association"
                    | "branch"
                    | "panel"
                    | "administration"
                    | "coalition"
                    | "union"
                    | "campaign"
                    | "movement"
                    | "organisation"
                    | "company"
            )
        {
            break;
        }
        // a singular role right before the verb, naming no one: "the previous Lib Dem
        // candidate stood aside". A definite office the story names a holder for stands for
        // that holder; any other such subject is not one of our people.
        // "The 50-year-old was sacked in 2019": an age standing for a person is the person
        // the story is about, as a pronoun would be
        // ... and so is "the mother-of-three", "the ex-minister", "the barrister"
        if before_chain && a.person_at(k).is_none() && description_before(a, s0, k + 1).is_some() {
            return resolve_pronoun(a, k)
                .map(|p| vec![(p, k)])
                .unwrap_or_default();
        }
        // ("Tom Hale MP has been suspended": a role after a name is the name's, and the name
        // is the subject)
        if let Some(pm) =
            a.m.role_at(k)
                .and_then(|r| a.person_at(r.tokens.start.wrapping_sub(1)).map(|p| (p, r)))
                .filter(|(_, r)| r.tokens.end == k + 1 && before_chain)
                .map(|(p, r)| (p, r.tokens.start - 1))
        {
            return with_list_left(a, si, pm.0, pm.1);
        }
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
                if !(definite && (r.role == "MP" || !SEAT_ROLES.contains(&r.role))
                    || described_role(a, s0, r.tokens.start))
                {
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
                        || matches!(a.w(ps - 1), "the" | "a" | "fellow")
                        // ("quit Labour to form …": the object of a verb of leaving or joining)
                        || matches!(
                            a.w(ps - 1),
                            "quit" | "quits" | "quitting" | "left" | "leave" | "leaves" | "leaving"
                                | "joined" | "join" | "joins" | "joining" | "rejoined"
                                | "ditched" | "abandoned" | "deserted"
                        )));
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
            // "Ann Cole, whose father Paul Tandy was a Labour MP, has joined": the subject of
            // a "whose" clause is not the main clause's
            // (when the clause closes before the trigger: "whose husband Paul Tandy resigned"
            // is his resignation)
            let closed = (me..start).any(|j| matches!(a.w(j), "," | "–" | "—"));
            if let Some(w) = whose_clause_subject(a, s0, ms).filter(|_| closed) {
                k = w;
                continue;
            }
            let possessive = a.is_possessive(me);
            // "with Joan Ryan joining them": the person before an -ing trigger is its subject
            // ... and "on the eve of Gordon Brown taking over": a name right before a gerund
            // is its subject, whatever preposition governs the two
            // ... and "with Mr Blair set to stand down", "with Ann Cole having quit": a name
            // after "with" whose verb chain leads to the trigger is that verb's subject
            let chain_to_trigger = (me..start)
                .all(|j| AUX.contains(&a.w(j)) || CHAIN_WORDS.contains(&a.w(j)) || a.w(j) == "to");
            let absolute = me == start && a.w(start).ends_with("ing")
                || ms > s0
                    && a.w(ms - 1) == "with"
                    && me < start
                    && chain_to_trigger
                    && (me..start).any(|j| a.w(j) != "to");
            // ("an opponent of leader Hale": the preposition governs the title and the name)
            let mut b = ms;
            while b > s0 && matches!(a.tag(b - 1), Tag::Role(_) | Tag::Party(_)) {
                b -= 1;
            }
            let prep = b > s0 && PREPOSITIONS.contains(&a.w(b - 1)) && !absolute
                || apposed_to_prep_object(a, s0, ms);
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
            // (not the comma that closes an apposition the name ends: "Tate, an opponent of
            // leader Hale, left")
            let appositive = matches!(a.w(me), "-" | "–" | ",")
                && me + 1 < start
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
            // "The 50-year-old councillor has defected": a definite description of the person
            // the story is about, past its describing words
            let described = described_role(a, s0, rs);
            // ("The Islington North MP was suspended": the person the story ties to that
            // seat, when it names one; "the former First Minister": only a person the story
            // gives that office, never merely the latest name)
            // (not an apposition: "Jacqui Smith, the former chief whip, will take charge")
            let the = (s0..rs).rev().take(5).find(|&j| a.w(j) == "the");
            let apposition = the
                .is_some_and(|t| t >= s0 + 2 && a.w(t - 1) == "," && a.person_at(t - 2).is_some());
            if described && !apposition && a.person_at(r.tokens.end).is_none() {
                if let Some(post) = (s0..rs).rev().take(4).find_map(|j| match a.tag(j) {
                    Tag::Post(p) => Some(a.m.posts[p as usize].name.clone()),
                    _ => None,
                }) {
                    // (a seat the story ties to nobody is not the latest name's: nobody)
                    return post_holder(a, &post)
                        .map(|p| vec![(p, k)])
                        .unwrap_or_default();
                }
                if (s0..rs).rev().take(4).any(|j| a.w(j) == "former") {
                    return a
                        .former_holder(r.role)
                        .map(|p| vec![(p, k)])
                        .unwrap_or_default();
                }
            }
            // ("The chair of the constituency association resigned": an officer of some other
            // body, whom no pronoun finds; the story's person is not it)
            let of_other_body = matches!(
                r.role,
                "chair" | "chairman" | "chairwoman" | "deputy" | "secretary" | "treasurer"
            ) && a.w(r.tokens.end) == "of";
            if of_other_body {
                return Vec::new();
            }
            if definite
                && a.person_at(r.tokens.end).is_none()
                && !a.is_possessive(r.tokens.end)
                && !SEAT_ROLES.contains(&r.role)
                || (definite && r.role == "MP")
                || described
                    && a.person_at(r.tokens.end).is_none()
                    && !a.is_possessive(r.tokens.end)
                    && a.w(r.tokens.end) != "for"
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
            // ("Tom Hale, 54, who …": past the age)
            let j = past_age(a, s0, j);
            if j > s0 {
                if let Some(p) = a.person_at(j - 1) {
                    return with_list_left(a, si, p, j - 1);
                }
                // "The 69-year-old, who was appointed a minister in 1995, said": a description
                // of the story's person is read as a pronoun
                if description_before(a, s0, j).is_some() {
                    return resolve_pronoun(a, j - 1)
                        .map(|p| vec![(p, j - 1)])
                        .unwrap_or_default();
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
            return first_person(a, si, k)
                .map(|p| vec![(p, k)])
                .unwrap_or_default();
        }
        if matches!(w, "they" | "it" | "which" | "we" | "i" | "you") {
            break;
        }
    }
    // "The mother-of-three was first elected in 2005 and was re-elected in 2010": a conjunct
    // with no subject of its own shares a description subject that opens the sentence
    let conjunct = (start.saturating_sub(4).max(s0)..start)
        .any(|c| matches!(a.w(c), "and" | "but") && (c + 1..start).all(|j| AUX.contains(&a.w(j))));
    if conjunct {
        if let Some(e) = (s0 + 2..(s0 + 7).min(start))
            .find(|&e| description_before(a, s0, e) == Some(s0) && AUX.contains(&a.w(e)))
        {
            return resolve_pronoun(a, e - 1)
                .map(|p| vec![(p, e - 1)])
                .unwrap_or_default();
        }
    }
    Vec::new()
}

/// Who is speaking in sentence `si`: "X said: ...", "... , X said", or a quote continuing
/// from a sentence that ends "X said:".
pub(crate) fn speaker(a: &Analysed, si: usize) -> Option<usize> {
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
            // ("'I joined the SNP at sixteen,' she says": a pronoun speech tag after the
            // quote; one before it, "In 1968 he said: 'I …'", is left to the rules above)
            if matches!(a.w(k), "she" | "he")
                && k > sent.tokens.start
                && matches!(a.w(k - 1), "\"" | "”" | "’" | "'")
                && said(k + 1)
            {
                return resolve_pronoun(a, k);
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
pub(crate) fn along_with_head(a: &Analysed, si: usize, t: usize) -> Option<Vec<(usize, usize)>> {
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

/// Bodies that are themselves appointed, elected or set up ("the panel appointed to review").
const BODIES: &[&str] = &[
    "committee",
    "committees",
    "board",
    "boards",
    "panel",
    "panels",
    "commission",
    "commissions",
    "body",
    "bodies",
    "inquiry",
    "tribunal",
    "council",
    "councils",
    "assembly",
    "parliament",
    "government",
    "governments",
    "administration",
    "cabinet",
    "authority",
    "agency",
    "quango",
    "quangos",
    "court",
];

/// Words a verb chain may hold between a subject and its verb besides auxiliaries ("set to",
/// "expected to", "having quit").
const CHAIN_WORDS: &[&str] = &[
    "set", "due", "expected", "likely", "unlikely", "going", "about", "able", "unable", "ready",
    "poised", "hoping", "planning", "trying", "seeking", "tipped", "having", "now", "already",
    "also",
];

/// The "whose" before a name that is the subject of a "whose" clause ("whose father Paul
/// Tandy was"): the name is that clause's, not the main clause's.
pub(crate) fn whose_clause_subject(a: &Analysed, s0: usize, ms: usize) -> Option<usize> {
    (ms.saturating_sub(3).max(s0)..ms)
        .rev()
        .find(|&j| a.w(j) == "whose")
        .filter(|&j| (j + 1..ms).all(|x| a.is_word(x) && a.person_at(x).is_none()))
}

/// Who "I" at token `k` is: the speaker of the sentence's quotation, else, outside quotation
/// marks, the author of a first-person piece.
pub(crate) fn first_person(a: &Analysed, si: usize, k: usize) -> Option<usize> {
    speaker(a, si).or_else(|| author_outside_quotes(a, k))
}
