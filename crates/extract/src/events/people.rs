//! Who an event is about: the word rules (subject before the trigger, object after it,
//! lists, "along with", the of-phrase and possessive of a noun) and, where the sentence names
//! several people, the parse's subject or object (`parsed_people`); lists of names are
//! `name_lists`; the leftwards walk to a clause's subject is `subject`.

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
    // ("Prior to joining", "Prior to being elected": "prior to" as one subordinator)
    let prior_to = |k: usize| k > s0 && a.w(k) == "to" && a.w(k - 1) == "prior";
    let opener = |k: usize| {
        SUBORDINATORS.contains(&a.w(k))
            || TIME_WORDS.contains(&a.w(k))
            || a.w(k) == "prior"
            || prior_to(k)
            || a.seg.tokens[k].kind == floorcross_text::TokenKind::Number
    };
    // "Before being elected in 2015, Tom Reed worked as a solicitor", "Having been sacked in
    // 2012, Ann Cole …": a passive participle clause opening the sentence is about its
    // subject too; where the clause's verb group starts
    let t = trigger.start;
    let head = if a.w(trigger.start).ends_with("ing") {
        Some(t)
    } else if t > s0 && a.w(t - 1) == "being" {
        Some(t - 1)
    } else if t > s0 + 1 && a.w(t - 1) == "been" && a.w(t - 2) == "having" {
        Some(t - 2)
    } else {
        None
    };
    // (an active verb's passive, "being elected", takes its subject as `Subj` does)
    let frame_ok = rule.frame == Frame::Subj || rule.frame == Frame::Obj && head != Some(t);
    if let Some(head) = head.filter(|_| found.is_empty() && frame_ok) {
        if (s0..head).all(opener)
            && (head == s0
                || a.w(head) == "having"
                || SUBORDINATORS.contains(&a.w(head - 1))
                || prior_to(head - 1))
        {
            found = subject_after_comma(a, si, trigger.end);
        }
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
                    .map(|k| (k + 1, 8))
            });
        // ("So on Saturday, together with A and B, …, I will launch Wrenfield First": a
        // comitative phrase fronted before the subject)
        let s0 = a.seg.sentences[si].tokens.start;
        let fronted = (s0..trigger.start)
            .find(|&k| {
                matches!((a.w(k), a.w(k + 1)), ("together" | "along", "with"))
                    && (k == s0 || a.w(k - 1) == ",")
            })
            .map(|k| (k + 2, 6))
            .filter(|_| {
                matches!(
                    rule.kind,
                    EventType::Leave | EventType::Defect | EventType::Join | EventType::Found
                ) && found
                    .iter()
                    .all(|&(_, t)| t > trigger.start.saturating_sub(12))
            });
        let along = along.or(fronted);
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
        // ("A Liberal Democrat member of the London Assembly has rejoined …")
        && (s0 + 1..trigger.start.min(s0 + 6))
            .any(|k| matches!(a.tag(k), Tag::Role(_)) || matches!(a.w(k), "member" | "peer"))
        && (s0..trigger.start).all(|k| a.person_at(k).is_none());
    if indefinite && (rule.frame != Frame::Obj || passive(a, si, trigger.start)) {
        // (past a description before the name: "Backbencher Clive Danbury, 56, has …",
        // "Veteran Labour councillor Ann Cole …")
        if let Some(next) = a.seg.sentences.get(si + 1) {
            let n0 = next.tokens.start;
            let described = |k: usize| {
                matches!(a.tag(k), Tag::Role(_) | Tag::Party(_))
                    || a.raw(k).starts_with(|c: char| c.is_uppercase())
                    || matches!(
                        a.w(k),
                        "the" | "veteran" | "former" | "senior" | "backbench" | "long-serving"
                    )
            };
            let name = (n0..(n0 + 4).min(next.tokens.end))
                .take_while(|&k| a.person_at(k).is_some() || described(k))
                .find(|&k| a.person_at(k).is_some());
            if let Some(k) = name {
                if let Some(p) = a.person_at(k) {
                    return vec![(p, k)];
                }
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
    while j < s_end.min(k + 8) && a.person_at(j).is_none() {
        // ("with two former Labour councillors, Ray Coultas and Bernadette Sowerby": the
        // description's count and "former", and the comma that opens the names in apposition)
        let description = matches!(a.tag(j), Tag::Party(_) | Tag::Role(_))
            || matches!(
                a.w(j),
                "fellow"
                    | "former"
                    | "other"
                    | "mps"
                    | "councillors"
                    | "colleagues"
                    | "members"
                    | "two"
                    | "three"
                    | "four"
            )
            || a.w(j) == "," && j > k + 1 && a.person_at(j + 1).is_some();
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
            // "The SNP suspended one of its newest MSPs on Tuesday. … Callum Dryden, who won the
            // seat in May, will sit as an independent": a member disciplined or removed, told
            // as an indefinite object, is the next sentence's subject, introduced there
            if matches!(
                rule.kind,
                EventType::Expel | EventType::Readmit | EventType::Deselect | EventType::Dismiss
            ) {
                if let Some(p) = named_next(a, si).filter(|_| indefinite_member(a, si, trigger.end))
                {
                    return vec![(p, trigger.end)];
                }
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
            ) || a.tok_timex.get(trigger.end).is_some_and(Option::is_some)
                // "was elected in 2005 and appointed minister for rural affairs": a
                // participle coordinated with a passive, with the office it gives after it
                || prev.is_some_and(|p| matches!(a.w(p), "and" | ","))
                    && matches!(a.tag(trigger.end), Tag::Role(_))
                    && prev.is_some_and(|p| {
                        (p.saturating_sub(8).max(s0)..p).any(|j| matches!(a.w(j), "was" | "were"))
                    });
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
            // ("the Brown/Blair feud", "the Brown-Blair feud"; not a spaced dash that opens an
            // apposition: "filled by Alan Milburn - a key ally")
            let joined = matches!(a.w(e), "/" | "-")
                && a.seg.tokens.get(e).map(|t| t.start) == a.seg.tokens.get(e - 1).map(|t| t.end);
            if joined || owned && !held {
                return Vec::new();
            }
            // "Hale sacked as Cole promoted": "as" right before a name opens a clause
            if k > end && a.w(k - 1) == "as" {
                return Vec::new();
            }
            // "will field a candidate against Gavin Threlfall": a name after "against" is the
            // rival, not the verb's object
            if (end..k).any(|j| a.w(j) == "against") {
                return Vec::new();
            }
            if description(a, end..k) {
                return with_list_right(a, si, p, k);
            }
            return Vec::new();
        }
        let w = a.w(k);
        // "installed her deputy, Imran Qadir, in her place": "her" before a role is its
        // possessor; the object is the role's holder, named next if at all
        // ("appointed her chief whip" keeps "her" as the object: no name in apposition)
        let role_end =
            a.m.role_at(k + 1)
                .map(|r| r.tokens.end)
                .or_else(|| DESCRIPTIVE.contains(&a.w(k + 1)).then_some(k + 2));
        if w == "her"
            && role_end
                .is_some_and(|e| a.w(e) == "," && (e + 1..e + 3).any(|j| a.person_at(j).is_some()))
        {
            continue;
        }
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

/// Words for a member of a party or a body, singular and plural ("a councillor", "one of its
/// MSPs").
pub(crate) const MEMBER_NOUNS: &[&str] = &[
    "mp",
    "mps",
    "msp",
    "msps",
    "am",
    "ams",
    "ms",
    "mla",
    "mlas",
    "mep",
    "meps",
    "councillor",
    "councillors",
    "member",
    "members",
    "peer",
    "peers",
    "backbencher",
    "backbenchers",
    "candidate",
    "candidates",
];

/// Whether an indefinite description of a member starts at `k` ("a councillor", "a Labour
/// MP", "one of its newest MSPs", "one of the party's MPs"), with no name in it.
fn indefinite_member(a: &Analysed, si: usize, k: usize) -> bool {
    let s_end = a.seg.sentences[si].tokens.end;
    let start = match a.w(k) {
        "a" | "an" => k + 1,
        "one" if a.w(k + 1) == "of" => k + 2,
        _ => return false,
    };
    (start..(start + 5).min(s_end))
        .take_while(|&j| a.person_at(j).is_none() && a.is_word(j) || a.is_possessive(j))
        .any(|j| MEMBER_NOUNS.contains(&a.w(j)) && !(a.w(j) == "ms" && a.w(j + 1) != "."))
}

/// The person the sentence after `si` opens with as its subject, named there for the first
/// time: whom an indefinite description in `si` introduces ("Labour has suspended a
/// councillor. Cllr Ann Reed, who represents Moorside, said …").
fn named_next(a: &Analysed, si: usize) -> Option<usize> {
    let next = a.seg.sentences.get(si + 1)?;
    let p = a.person_at(next.tokens.start)?;
    let first = a.m.people[p]
        .mentions
        .iter()
        .map(|&m| a.m.person_mentions[m].tokens.start)
        .min()?;
    (first == next.tokens.start && a.w(mention_end(a, next.tokens.start)) != "said").then_some(p)
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
