//! The words that name a party: a party mention in a stretch of words, the party a group
//! anaphor ("the group", "the new party", "them") refers to, the party a verb takes ("defected
//! to Labour", "a new party, Veritas", "the Lowmoor Independents"), and when a party word only
//! modifies a noun ("Tory asylum plans") or names the party hurt ("a blow to Labour").

use super::*;

/// Nouns of a party or group a story may name apposed or founded: "their own outfit,
/// Stenfield First", "the new party was formed by".
pub(crate) const PARTY_NOUNS: &[&str] = &[
    "party", "group", "outfit", "movement", "grouping", "alliance",
];

/// The first party mention in `from..to` (ASCII case of `as` etc. aside), as
/// `(token index, canonical name)`.
pub(crate) fn party_in(a: &Analysed, from: usize, to: usize) -> Option<(usize, String)> {
    (from..to).find_map(|k| a.m.party_at(k).map(|p| (k, p.party.clone())))
}

/// The party a group anaphor ("the group", "the new party", "them") refers to: the most recent
/// group the document introduced before token `i`, else the most recent party.
///
/// A party left in the anaphor's own sentence is never it ("quit the Labour Party to join the
/// new group": the group is not Labour).
pub(crate) fn group_antecedent(a: &Analysed, i: usize) -> Option<String> {
    let si = a.sentence_of(i);
    let s0 = a.seg.sentences[si].tokens.start;
    // (never "Independent": "who had been sitting as an Independent councillor, to join them")
    let before: Vec<_> =
        a.m.parties
            .iter()
            .filter(|p| p.tokens.end <= i && p.party != "Independent")
            .filter(|p| p.tokens.start < s0 || !left_object(a, s0, p.tokens.start))
            .collect();
    let lex = floorcross_mention::Lexicon::get();
    // ("quit Labour to announce the Meridian Group … later joined the group"): "the group" is a
    // group named before, a party's group only where the story speaks of one ("the Labour
    // group on the council"), never a party named bare
    let grouped = |party: &str| {
        a.m.parties.iter().any(|q| {
            q.party == party && a.w(q.tokens.end).eq_ignore_ascii_case("group")
                || q.party == party && a.w(q.tokens.end) == "'s" && a.w(q.tokens.end + 1) == "group"
        })
    };
    let is_group = a.w(i) == "group";
    before
        .iter()
        .rev()
        .find(|p| lex.party_name(&p.party).is_none())
        .or_else(|| before.iter().rev().find(|p| p.party.contains("Group")))
        .or_else(|| {
            if is_group {
                before.iter().rev().find(|p| grouped(&p.party))
            } else {
                before.last()
            }
        })
        .map(|p| p.party.clone())
}

/// Whether the party mention at `k` is what a verb of leaving takes ("quit the Labour Party",
/// "left Labour", "resigned from the Tories"), the verb within three words before it and no
/// further back than `s0`.
fn left_object(a: &Analysed, s0: usize, k: usize) -> bool {
    (k.saturating_sub(3).max(s0)..k).any(|j| {
        matches!(
            a.w(j),
            "quit"
                | "quits"
                | "quitting"
                | "left"
                | "leave"
                | "leaves"
                | "leaving"
                | "deserted"
                | "deserting"
                | "abandoned"
                | "abandoning"
        ) || a.w(j) == "from"
            && matches!(a.w(j.wrapping_sub(1)), "resigned" | "resigning" | "resigns")
    })
}

/// A party named, or a group referred to, within a few words after `end`.
pub(crate) fn party_after(
    a: &Analysed,
    si: usize,
    end: usize,
    window: usize,
) -> Option<(usize, String)> {
    let s_end = a.seg.sentences[si].tokens.end;
    let mut lim = (end + window).min(s_end);
    let mut k = end;
    // an object noun phrase already passed ("creating a dilemma for the Tories"): a party in a
    // prepositional phrase after it is not what the verb acts on
    let mut object_seen = false;
    // a trigger that ends with the noun ("launched a new party, Forward Wessex")
    if end > 0
        && matches!(a.w(end - 1), "party" | "group")
        && matches!(a.w(end), "," | "called" | "named" | "-" | "–" | "—")
    {
        if let Some(p) = party_in(a, end + 1, (end + 3).min(s_end)) {
            return Some(p);
        }
        if let Some(name) = capitalised_name(a, end + 1, s_end) {
            return Some((end + 1, name));
        }
    }
    while k < lim {
        // "defected to Alex Salmond's new Alba Party": a possessor's name does not count
        // against the window
        if let Some(pm) = a.m.person_at(k) {
            let e = pm.tokens.end;
            let n = if matches!(a.w(e + 1), "new" | "own") {
                e + 2
            } else {
                e + 1
            };
            if (a.is_possessive(e) || matches!(a.w(e), "'s" | "’s")) && a.m.party_at(n).is_some()
            {
                lim = (lim + (e + 1 - k)).min(s_end);
                k = e + 1;
                continue;
            }
        }
        if let Some(p) = a.m.party_at(k) {
            // "found BNP's policies abhorrent", "unveil Labour's poster": the party owns the
            // object, it is not the object ("joined Labour's ranks" still is)
            // ("joined the DUP's Stormont team", "the party's council group": its group in a
            // chamber is the party)
            let side = |j: usize| {
                matches!(
                    a.w(j),
                    "ranks" | "benches" | "side" | "fold" | "group" | "team"
                )
            };
            let chamber = |j: usize| {
                matches!(
                    a.w(j),
                    "stormont"
                        | "holyrood"
                        | "westminster"
                        | "assembly"
                        | "council"
                        | "senedd"
                        | "parliamentary"
                        | "commons"
                        | "lords"
                        | "european"
                )
            };
            if (a.is_possessive(p.tokens.end)
                || matches!(a.w(p.tokens.end), "'s" | "’s" | "'" | "’"))
                && !side(p.tokens.end + 1)
                && !(chamber(p.tokens.end + 1) && side(p.tokens.end + 2))
                // ("unveiled as Reform's newest recruit")
                && !(matches!(a.w(p.tokens.end + 1), "newest" | "latest")
                    && matches!(a.w(p.tokens.end + 2), "recruit" | "member" | "signing"))
            {
                return None;
            }
            // "unveils Tory asylum plans": a party word before a noun is a modifier ("joins
            // Labour benches" names the party's side)
            if party_modifies(a, p.tokens.clone())
                && !matches!(
                    a.w(p.tokens.end),
                    "benches" | "ranks" | "fold" | "member" | "recruit" | "signing"
                )
            {
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
        // "defected to the nationalists": the one nationalist party the story names
        if w == "nationalists" && a.w(k.wrapping_sub(1)) == "the" {
            let named: Vec<&str> =
                a.m.parties
                    .iter()
                    .map(|p| p.party.as_str())
                    .filter(|p| matches!(*p, "Scottish National Party" | "Plaid Cymru"))
                    .collect();
            if let Some(first) = named.first().filter(|f| named.iter().all(|n| n == *f)) {
                return Some((k, first.to_string()));
            }
        }
        // "joined the Lowmoor Independents", "joined the Ashcombe Independent Alliance": a
        // name no list knows whose last word is a party's head word
        if w == "the" && a.m.party_at(k + 1).is_none() && a.person_at(k + 1).is_none() {
            if let Some(name) = capitalised_name(a, k + 1, s_end).filter(|n| party_like_name(n)) {
                return Some((k + 1, name));
            }
        }
        // "quit the party's group in Parliament", "resigned the party's whip": the party
        if w == "party"
            && a.w(k.wrapping_sub(1)) == "the"
            && matches!(a.w(k + 1), "'s" | "’s")
            && matches!(a.w(k + 2), "group" | "whip" | "parliamentary")
        {
            return Some((k, String::new()));
        }
        // ("two Conservatives and a Liberal Democrat resigned from their parties": each
        // leaver's own party, named elsewhere if at all)
        if w == "parties" && a.w(k.wrapping_sub(1)) == "their" {
            return Some((k, String::new()));
        }
        // ("a rival Eurosceptic movement", "a new alliance": only a new or rival one is a party)
        let movement = matches!(w, "movement" | "alliance");
        if (matches!(w, "group" | "party" | "them") || movement)
            && !matches!(a.w(k + 1), "'s" | "’s")
        {
            // "the group", "a new party", "his own party", "joining them"
            let mut prev = a.w(k.wrapping_sub(1));
            // the article before "new": "a new party", "a new regional party"
            let mut article = k.wrapping_sub(2);
            // "a new regional party", "a new centrist group", "a rival Eurosceptic party" (a
            // rival party is a new one)
            if prev == "rival" {
                prev = "new";
            } else if matches!(a.w(k.wrapping_sub(2)), "new" | "rival")
                && a.is_word(k.wrapping_sub(1))
            {
                prev = "new";
                article = k.wrapping_sub(3);
            }
            if movement && !matches!(prev, "new" | "breakaway" | "fledgling" | "own") {
                k += 1;
                continue;
            }
            // ("quit his party to sit as an independent": the party of the one who quits,
            // named elsewhere if at all)
            if w == "party" && matches!(prev, "his" | "her" | "their") && !movement {
                return Some((k, String::new()));
            }
            if w == "them"
                || matches!(
                    prev,
                    "the" | "new" | "own" | "breakaway" | "fledgling" | "a"
                )
            {
                // "the Lib Dem group managed to persuade X, who had been elected as Labour, to
                // join them": "them" is the party that opens the sentence as its subject, not
                // one named later in a relative clause
                if w == "them" {
                    let s0 = a.seg.sentences[si].tokens.start;
                    let subject = a.m.parties.iter().find(|p| {
                        p.tokens.start >= s0
                            && p.tokens.end <= k
                            && p.party != "Independent"
                            // (a count of a party's people is people, not the party: "two
                            // Conservatives, A and B, … resigned from their parties to join
                            // them")
                            && !counted_people(a, p.tokens.start)
                            && !(s0..p.tokens.start).any(|j| {
                                matches!(a.w(j), "who" | "which" | "as" | "to" | "from" | "that")
                            })
                            && (s0..p.tokens.start).all(|j| a.person_at(j).is_none())
                            // (not a label of the person who joins: "a fifth Labour MP,
                            // Rachel Onslow, is on the verge of joining them")
                            && !a.m.role_at(p.tokens.end).is_some_and(|r| {
                                a.w(r.tokens.end) == "," && a.person_at(r.tokens.end + 1).is_some()
                                    || a.person_at(r.tokens.end).is_some()
                            })
                    });
                    if let Some(p) = subject {
                        return Some((k, p.party.clone()));
                    }
                }
                // a named party in apposition ("a new party, Veritas", "a party called X") wins
                if matches!(a.w(k + 1), "," | "called" | "named" | "-" | "–" | "—") {
                    if let Some(p) = party_in(a, k + 2, (k + 5).min(s_end)) {
                        return Some(p);
                    }
                    // a name no list knows: the capitalised words in apposition ("a new
                    // party, Forward Britain", "a group called Renew")
                    // ("a rival movement, the Albion Alliance")
                    let n = if a.w(k + 2) == "the" { k + 3 } else { k + 2 };
                    if matches!(prev, "new" | "breakaway" | "fledgling" | "own") || w == "group" {
                        if let Some(name) = capitalised_name(a, n, s_end) {
                            return Some((n, name));
                        }
                    }
                }
                // "launched a new party": the name comes later, if at all
                if prev == "new" && a.w(article) == "a" {
                    let named_later = a.m.parties.iter().find(|p| {
                        p.tokens.start > k
                            && floorcross_mention::Lexicon::get()
                                .party_name(&p.party)
                                .is_none()
                    });
                    // ... or as a body the lists do not know, in the next sentences, whose
                    // name ends in a party's head word ("will sit together as the Ashcombe
                    // Independent Alliance")
                    let horizon = a
                        .seg
                        .sentences
                        .get(si + 2)
                        .map_or(a.seg.tokens.len(), |x| x.tokens.end);
                    let body_later = || {
                        (k + 1..horizon).find_map(|j| {
                            if a.w(j - 1) != "the" {
                                return None;
                            }
                            let end = a.seg.sentences[a.sentence_of(j)].tokens.end;
                            capitalised_name(a, j, end).filter(|n| party_like_name(n))
                        })
                    };
                    let name = named_later
                        .map(|p| p.party.clone())
                        .or_else(body_later)
                        .unwrap_or_default();
                    return Some((k, name));
                }
                // ("formed their own group": a group of their own is no group named before,
                // nor is "a new centre party"; "the new party" is)
                if !(prev == "own" || prev == "new" && a.w(article) == "a") {
                    if let Some(g) = group_antecedent(a, k) {
                        return Some((k, g));
                    }
                }
                // "quit the party": a party, not named here
                if matches!(prev, "new" | "own" | "breakaway" | "fledgling")
                    || w == "party" && prev == "the"
                {
                    return Some((k, String::new()));
                }
            }
        }
        if matches!(w, "a" | "an")
            && !matches!(
                a.w(k + 1),
                "new" | "party" | "group" | "breakaway" | "rival" | "political" | "fledgling"
            )
            && a.m.party_at(k + 1).is_none()
        {
            object_seen = true;
        }
        // "joined calls for Labour to apologise", "joined forces with the Greens": an object
        // that is an act or a campaign, not a party
        if matches!(
            w,
            "calls"
                | "call"
                | "demands"
                | "criticism"
                | "protests"
                | "protest"
                | "chorus"
                | "campaign"
                | "forces"
                | "talks"
                | "attacks"
                | "attack"
                | "efforts"
                | "push"
                | "opposition"
                | "condemnation"
                | "backlash"
                | "revolt"
                | "rebellion"
                | "rally"
                | "march"
                | "picket"
        ) {
            object_seen = true;
        }
        if object_seen && matches!(w, "for" | "of" | "in" | "on" | "with" | "by" | "outside") {
            break;
        }
        // "his own party, Veritas": a comma before a party is an apposition
        let apposition = w == "," && a.m.party_at(k + 1).is_some();
        // ("crossed the chamber to sit with the Greens": the side one sits with is joined)
        let sits_with = w == "with" && matches!(a.w(k.wrapping_sub(1)), "sit" | "sits" | "sitting");
        if !sits_with
            && matches!(
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
            )
        {
            break;
        }
        // "to Gordon Brown's Labour": a leader's possessive before the party
        if a.person_at(k).is_some() {
            let e = mention_end(a, k);
            if a.is_possessive(e) && (e + 1..(e + 3).min(lim)).any(|j| a.m.party_at(j).is_some()) {
                k = e + 1;
                continue;
            }
            // "quit Farage's party": the party the document gives that person
            let party_word = (e + 1..(e + 3).min(s_end))
                .find(|&j| a.w(j) == "party")
                .filter(|&j| (e + 1..j).all(|m| a.is_possessive(m) || a.w(m) == "own"));
            if let (true, Some(j), Some(q)) = (a.is_possessive(e), party_word, a.person_at(k)) {
                if let Some(party) = document_party(a, q) {
                    return Some((j, party));
                }
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

/// The run of capitalised words starting at `k` (at most five, "of" and "for" allowed
/// inside: "Alliance for Unity"), when it names no person: an unlisted party's name.
/// "The Bexley Independents party was founded by": a name no list knows, the capitalised
/// words right before "party" or "group" in the stretch `lo..hi` (the passive subject of a
/// founding verb).
pub(crate) fn named_before_party_noun(a: &Analysed, lo: usize, hi: usize) -> Option<String> {
    let noun = (lo..hi).find(|&k| matches!(a.w(k), "party" | "group" | "movement"))?;
    let cap = |j: usize| name_word(a, j);
    let mut first = noun;
    while first > lo && cap(first - 1) {
        first -= 1;
    }
    // (a sentence's first word is capitalised whatever it is: "The")
    while first < noun && matches!(a.w(first), "the" | "a" | "his" | "her" | "their") {
        first += 1;
    }
    // "the Party" spelled with a capital belongs to the name ("the Reform Party")
    let end = if a.raw(noun).starts_with(|c: char| c.is_uppercase()) {
        noun + 1
    } else {
        noun
    };
    // (one capitalised word before a lower-case "party" is as often an adjective: "the
    // Scottish party")
    if end - first < 2 {
        return None;
    }
    let span = Span::new(a.seg.tokens[first].start, a.seg.tokens[end - 1].end);
    Some(a.phrase(span))
}

/// Whether the "to" at `k` follows a noun of harm or help ("would be a blow to Labour", "a
/// boost to the Greens"): the party after it is the one affected, not the one joined.
pub(crate) fn hurt_party(a: &Analysed, k: usize) -> bool {
    matches!(
        a.w(k.wrapping_sub(1)),
        "blow" | "boost" | "setback" | "embarrassment" | "damage" | "threat"
    )
}

/// A capitalised word that is no person's name: a word of a party name no list knows.
pub(crate) fn name_word(a: &Analysed, j: usize) -> bool {
    a.is_word(j)
        && a.raw(j).chars().next().is_some_and(char::is_uppercase)
        && a.person_at(j).is_none()
}

/// Whether a capitalised name no list knows reads as a party or group's: two words or more,
/// the last a party's head word ("the Lowmoor Independents", "the Albion Alliance"), none an
/// organisation's ("the Daily Mail Group").
pub(crate) fn party_like_name(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    words.len() >= 2
        && words.last().is_some_and(|h| {
            matches!(
                *h,
                "Alliance" | "Independents" | "Group" | "Party" | "Movement"
            )
        })
        && !words.iter().any(|w| {
            matches!(
                *w,
                "Mail"
                    | "Media"
                    | "News"
                    | "Press"
                    | "Times"
                    | "Telegraph"
                    | "Bank"
                    | "Trust"
                    | "Working"
                    | "Parliamentary"
                    | "Policy"
                    | "Research"
                    | "Pressure"
            )
        })
}

pub(crate) fn capitalised_name(a: &Analysed, k: usize, s_end: usize) -> Option<String> {
    let cap = |j: usize| name_word(a, j);
    if k >= s_end || !cap(k) {
        return None;
    }
    let mut e = k + 1;
    while e < s_end && e < k + 5 {
        if cap(e) {
            e += 1;
        } else if matches!(a.w(e), "of" | "for") && e + 1 < s_end && cap(e + 1) {
            e += 2;
        } else {
            break;
        }
    }
    let span = Span::new(a.seg.tokens[k].start, a.seg.tokens[e - 1].end);
    Some(a.phrase(span))
}

/// True when the word at `k`, right after a party name, makes the party a modifier of a noun
/// ("Tory asylum plans", "the Labour election manifesto") rather than the party itself: a
/// lower-case word that is not one of the words that can follow a party as an object.
pub(crate) fn party_modifies(a: &Analysed, party: std::ops::Range<usize>) -> bool {
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
            // the rest of the closed classes: prepositions, conjunctions, auxiliaries and
            // adverbs of time ("join Labour within days", "defect to Labour if")
            | "within"
            | "without"
            | "into"
            | "against"
            | "during"
            | "through"
            | "throughout"
            | "towards"
            | "toward"
            | "upon"
            | "via"
            | "among"
            | "amongst"
            | "between"
            | "beyond"
            | "behind"
            | "around"
            | "about"
            | "while"
            | "whilst"
            | "where"
            | "if"
            | "unless"
            | "once"
            | "so"
            | "then"
            | "than"
            | "up"
            | "off"
            | "out"
            | "back"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "did"
            | "does"
            | "do"
            | "be"
            | "been"
            | "being"
            | "not"
            | "never"
            | "already"
            | "still"
            | "yet"
            | "there"
            | "here"
            | "whose"
            | "what"
    )
}

/// Whether the words from `k`, right after a party, put it in a place behind another: "(leaving
/// the Conservatives) a distant third", "(pushing Labour) into second place", "(the Greens)
/// trailing".
pub(crate) fn placed_behind(a: &Analysed, k: usize) -> bool {
    let mut k = k;
    while matches!(a.w(k), "a" | "in" | "into" | "distant" | "close" | "poor") {
        k += 1;
    }
    matches!(
        a.w(k),
        "second" | "third" | "fourth" | "fifth" | "behind" | "trailing"
    )
}

/// Whether the party mention at `k` counts people ("two Conservatives", "both Tories", "three
/// Labour MPs"): a number or quantifier right before it.
pub(crate) fn counted_people(a: &Analysed, k: usize) -> bool {
    let before = a.w(k.wrapping_sub(1)).to_ascii_lowercase();
    a.seg
        .tokens
        .get(k.wrapping_sub(1))
        .is_some_and(|t| t.kind == floorcross_text::TokenKind::Number)
        || count_word(&before).is_some()
        || matches!(
            before.as_str(),
            "eight"
                | "nine"
                | "ten"
                | "several"
                | "some"
                | "many"
                | "few"
                | "dozen"
                | "fellow"
                | "other"
        )
}
