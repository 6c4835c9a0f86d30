//! Events read off lists and tables rather than clauses: "Office – Name" lines, results
//! lists ("Name (Party) – votes"), and a party that loses a named member to another.

use super::*;
use floorcross_mention::Tag;

/// A list of lines "Office – Name" ("Home Secretary – Amber Rudd", "Chief Whip: Gavin
/// Williamson"): each line is an appointment, when the article holds at least two of them.
pub(crate) fn office_list(a: &Analysed, out: &mut Vec<Cand>) {
    let mut lines = Vec::new();
    for (si, s) in a.seg.sentences.iter().enumerate() {
        let toks = s.tokens.clone();
        let Some(sep) = toks
            .clone()
            .find(|&k| matches!(a.raw(k), "–" | "-" | "—" | ":"))
        else {
            continue;
        };
        // the office opens the line; the rest of its title is function words and
        // capitalised words ("Secretary of State for Exiting the EU")
        // ("Shadow health secretary: X": a capitalised word of the title may come before the
        // role the lists know)
        let office_before = toks.start < sep
            && (toks.start..sep).any(|k| a.m.role_at(k).is_some())
            && (toks.start..sep).all(|k| {
                a.m.role_at(k).is_some()
                    || matches!(
                        a.w(k),
                        "of" | "for" | "the" | "and" | "state" | "to" | "&" | ","
                    )
                    || a.raw(k).starts_with(|c: char| c.is_uppercase()) && a.person_at(k).is_none()
            });
        // (a bracketed aside may close the line: "X (was shadow transport)")
        let aside = (sep + 1..toks.end)
            .find(|&k| a.raw(k) == "(")
            .filter(|_| a.raw(toks.end - 1) == ")")
            .unwrap_or(toks.end);
        let person_after = sep + 1 < aside
            && a.person_at(sep + 1).is_some()
            && (sep + 1..aside).all(|k| a.person_at(k).is_some() || !a.is_word(k));
        // ("Chief whip - X (unchanged)": a holder kept on is no appointment)
        let kept = (aside..toks.end).any(|k| {
            matches!(
                a.w(k),
                "unchanged" | "continues" | "stays" | "remains" | "retained" | "kept" | "same"
            )
        });
        if office_before && person_after && !kept {
            let role = Span::new(a.seg.tokens[toks.start].start, a.seg.tokens[sep - 1].end)
                .slice(a.text)
                .to_string();
            lines.push((si, sep, role));
        }
    }
    if lines.len() < 2 {
        return;
    }
    let listed: Vec<usize> = lines.iter().map(|l| l.0).collect();
    for (si, sep, role) in lines {
        let person = a.person_at(sep + 1).expect("checked");
        // "She announced her cabinet yesterday – here is who got what:": the sentence that
        // opens the run of lines with a colon dates them
        let mut first = si;
        while first > 0 && listed.contains(&(first - 1)) {
            first -= 1;
        }
        let date = first
            .checked_sub(1)
            .map(|i| &a.seg.sentences[i])
            .filter(|intro| {
                intro.tokens.end > intro.tokens.start && a.w(intro.tokens.end - 1) == ":"
            })
            .and_then(|intro| {
                intro.tokens.clone().find_map(|k| {
                    let t = a.point_timex(k)?;
                    crate::events::date_value(a, t, k)
                })
            });
        out.push(Cand {
            kind: kind_for(&role),
            person,
            from: None,
            to: None,
            post: None,
            role: Some(role),
            date,
            modality: floorcross_model::Modality::Asserted,
            sentence: si,
            trigger: sep..sep + 1,
            evidence: a.seg.sentences[si].span,
            headline: a.is_headline(si),
        });
    }
}

/// A results list: lines "Name (Party) – votes", at least three of them. The most votes won
/// (`elect`, for the party in the line), every other named candidate was defeated.
pub(crate) fn results_list(a: &Analysed, out: &mut Vec<Cand>) {
    let mut lines: Vec<(usize, usize, usize, f64)> = Vec::new(); // (sentence, person, token, votes)
    for (si, s) in a.seg.sentences.iter().enumerate() {
        let toks = s.tokens.clone();
        if toks.len() > 14 {
            continue;
        }
        // the name opens the line (after a title)
        let Some(first) = toks
            .clone()
            .find(|&k| !matches!(a.w(k), "dr" | "mr" | "mrs" | "ms" | "sir" | "dame" | "cllr"))
        else {
            continue;
        };
        let Some(person) = a.person_at(first) else {
            continue;
        };
        // one vote count, no verb-like words: a table row, not a sentence
        let numbers: Vec<f64> = toks
            .clone()
            .filter(|&k| {
                a.seg.tokens[k].kind == floorcross_text::TokenKind::Number
                    && a.tok_timex[k].is_none()
            })
            .filter_map(|k| a.w(k).replace(',', "").parse::<f64>().ok())
            .collect();
        let words = toks
            .clone()
            .filter(|&k| a.is_word(k) && a.person_at(k).is_none() && a.m.party_at(k).is_none())
            .count();
        // (a comment's byline "Ann Cole 18th Dec '07 - 2:49pm" holds a date, no votes)
        let dated = toks.clone().any(|k| a.tok_timex[k].is_some());
        if numbers.is_empty() || words > 4 || dated {
            continue;
        }
        lines.push((si, person, first, numbers[0]));
    }
    if lines.len() < 3 {
        return;
    }
    let best = lines.iter().map(|l| l.3).fold(f64::MIN, f64::max);
    if lines.iter().filter(|l| l.3 == best).count() != 1 {
        return;
    }
    for &(si, person, tok, votes) in &lines {
        let kind = if votes == best {
            EventType::Elect
        } else {
            EventType::Defeat
        };
        let s = &a.seg.sentences[si];
        let party = s
            .tokens
            .clone()
            .find_map(|k| a.m.party_at(k).map(|p| p.party.clone()))
            .filter(|p| p != "Independent");
        out.push(Cand {
            kind,
            person,
            from: None,
            to: if kind == EventType::Elect {
                party
            } else {
                None
            },
            post: None,
            role: None,
            date: None,
            modality: floorcross_model::Modality::Asserted,
            sentence: si,
            trigger: tok..tok + 1,
            evidence: s.span,
            headline: false,
        });
    }
}

/// A result told in one sentence: "The full result was: Ann Cole (Liberal Democrat) 13,882;
/// Tom Reed (Labour) 12,117; Sam Poole (Green) 788." At least three entries of a name, its
/// party in brackets and a vote count: the most votes won (`elect`, for that party), every
/// other candidate was defeated, and each stood for the party in their brackets (`stand`).
pub(crate) fn inline_results(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        if a.is_cut(si) {
            continue;
        }
        // (person, token, party, votes)
        let mut entries: Vec<(usize, usize, Option<String>, f64)> = Vec::new();
        let mut k = s.tokens.start;
        while k < s.tokens.end {
            let Some(person) = a.person_at(k).filter(|_| a.m.person_at(k).is_some()) else {
                k += 1;
                continue;
            };
            let e = crate::events::mention_end(a, k);
            let close = (a.w(e) == "(")
                .then(|| (e + 1..(e + 8).min(s.tokens.end)).find(|&j| a.w(j) == ")"))
                .flatten();
            let votes = close.and_then(|j| {
                let t = a.seg.tokens.get(j + 1)?;
                (t.kind == floorcross_text::TokenKind::Number && a.tok_timex[j + 1].is_none())
                    .then(|| a.w(j + 1).replace(',', "").parse::<f64>().ok())
                    .flatten()
            });
            match (close, votes) {
                (Some(j), Some(v)) => {
                    let party = (e + 1..j)
                        .find_map(|x| a.m.party_at(x).map(|p| p.party.clone()))
                        .filter(|p| p != "Independent");
                    entries.push((person, k, party, v));
                    k = j + 2;
                }
                _ => k = e.max(k + 1),
            }
        }
        if entries.len() < 3 {
            continue;
        }
        let date = contest_day(a);
        let best = entries.iter().map(|x| x.3).fold(f64::MIN, f64::max);
        if entries.iter().filter(|x| x.3 == best).count() != 1 {
            continue;
        }
        for (person, tok, party, votes) in entries {
            let result = if votes == best {
                EventType::Elect
            } else {
                EventType::Defeat
            };
            // (a stand for a party no list knows would take the story's party: left out)
            let kinds: &[EventType] = if party.is_some() {
                &[result, EventType::Stand]
            } else {
                &[result]
            };
            for &kind in kinds {
                out.push(Cand {
                    kind,
                    person,
                    from: None,
                    to: if kind == EventType::Defeat {
                        None
                    } else {
                        party.clone()
                    },
                    post: None,
                    role: None,
                    date: date.clone(),
                    modality: floorcross_model::Modality::Asserted,
                    sentence: si,
                    trigger: tok..tok + 1,
                    evidence: s.span,
                    headline: false,
                });
            }
        }
    }
}

/// The day of the contest a results story is about: a time told with its noun in the body
/// ("won the by-election yesterday", "Thursday's by-election", "the poll on 5 May"), in the
/// week up to the paper's day (not "the 2005 general election" of a candidate's past).
fn contest_day(a: &Analysed) -> Option<String> {
    let paper = a.dct.map(|d| d.to_string())?;
    let news = |d: &String| crate::merge::days_before(d, &paper).is_some_and(|n| n <= 7);
    let body = a.headline_sentences.end..a.seg.sentences.len();
    body.flat_map(|si| a.seg.sentences[si].tokens.clone())
        .filter(|&k| matches!(a.w(k), "by-election" | "election" | "poll"))
        .find_map(|k| {
            let s = &a.seg.sentences[a.sentence_of(k)];
            let lo = k.saturating_sub(3).max(s.tokens.start);
            let hi = (k + 4).min(s.tokens.end);
            (lo..hi).find_map(|j| {
                a.point_timex(j)
                    .and_then(|t| crate::events::date_value(a, t, j))
                    .filter(|d| d.len() == 10 && news(d))
            })
        })
}

/// The party a "lost" clause's subject names: the subject itself ("the Conservatives lost"),
/// or a group or party it heads ("the Labour group has lost").
pub(crate) fn losing_party(a: &Analysed, p: &Parsed, v: usize) -> Option<String> {
    let parse = &p.parse;
    parse.children_with(v, &["nsubj"]).find_map(|n| {
        if let Some(m) = a.m.party_at(p.tok(n)) {
            return Some(m.party.clone());
        }
        if !matches!(a.w(p.tok(n)), "group" | "party" | "groups") {
            return None;
        }
        let (lo, hi) = parse.subtree_span(n);
        (lo..hi).find_map(|k| a.m.party_at(p.tok(k)).map(|m| m.party.clone()))
    })
}

/// "The Conservatives lost their only councillor, Jim Wade, to the Greens": a party that
/// loses a named member to another party reports a defection.
pub(crate) fn party_loses_member(
    a: &Analysed,
    si: usize,
    p: &Parsed,
    v: usize,
    out: &mut Vec<Cand>,
) {
    let Some(from) = losing_party(a, p, v) else {
        return;
    };
    let trigger = p.tok(v)..p.tok(v) + 1;
    // "lost two councillors, Ann Cole to the Conservatives and Tom Reed to the Greens": each
    // name of the list with the party after its own "to"
    let s_end = a.seg.sentences[si].tokens.end;
    let mut pairs = Vec::new();
    let mut k = p.tok(v) + 1;
    while k < s_end {
        let Some(pm) = a.m.person_at(k) else {
            k += 1;
            continue;
        };
        let end = pm.tokens.end;
        k = end.max(k + 1);
        if a.w(end) != "to" {
            continue;
        }
        let mut j = end + 1;
        while j < s_end && matches!(a.w(j), "the" | "being" | "an" | "a" | "become" | "sit") {
            j += 1;
        }
        // ("to being an Independent": sitting as one)
        let to = a.m.party_at(j).map(|m| m.party.clone()).or_else(|| {
            (a.w(j) == "independent" && a.w(j.wrapping_sub(1)) != "the")
                .then(|| "Independent".to_string())
        });
        if let Some(to) = to {
            if to != from {
                pairs.push((pm.person, pm.tokens.start, to));
            }
        }
    }
    if pairs.is_empty() {
        pairs = members_lost_to_one_party(a, p, v, &from);
    }
    for (person, tok, to) in pairs {
        let Some(modality) = crate::modality::modality(a, si, &trigger, Some(tok)) else {
            continue;
        };
        // (leaving to sit as an independent is leaving, not defecting)
        let (kind, to) = if to.eq_ignore_ascii_case("independent") {
            (EventType::Leave, "independent".to_string())
        } else {
            (EventType::Defect, to)
        };
        out.push(Cand {
            kind,
            person,
            from: Some(from.clone()),
            to: Some(to),
            post: None,
            role: None,
            date: events::event_date(a, si, &trigger, modality),
            modality,
            sentence: si,
            trigger: trigger.clone(),
            evidence: a.seg.sentences[si].span,
            headline: a.is_headline(si),
        });
    }
}

/// "lost their only councillor, Tom Reed, to the Greens": the members a losing party's
/// object names, each with the one party after "to" (person, token, party).
fn members_lost_to_one_party(
    a: &Analysed,
    p: &Parsed,
    v: usize,
    from: &str,
) -> Vec<(usize, usize, String)> {
    let parse = &p.parse;
    let party_of = |n: usize| a.m.party_at(p.tok(n)).map(|m| m.party.clone());
    // the party after "to" (wherever the parser hung it)
    let to = parse
        .pp_object(v, "to")
        .into_iter()
        .find_map(party_of)
        .or_else(|| {
            (v + 1..parse.len())
                .skip_while(|&k| a.w(p.tok(k)) != "to")
                .find_map(party_of)
        });
    let Some(to) = to.filter(|t| t != from) else {
        return Vec::new();
    };
    let mut members: Vec<(usize, usize)> = parse
        .objects(v)
        .into_iter()
        .flat_map(|o| people(a, p, o))
        .collect();
    // a name set off by commas right after the object is in apposition to it, wherever the
    // parser hung it
    if members.is_empty() {
        for o in parse.objects(v) {
            let (_, hi) = parse.subtree_span(o);
            if hi + 1 < parse.len() && a.w(p.tok(hi)) == "," {
                if let Some(q) = a.person_at(p.tok(hi + 1)) {
                    members.push((q, p.tok(hi + 1)));
                }
            }
        }
    }
    members
        .into_iter()
        .map(|(q, tok)| (q, tok, to.clone()))
        .collect()
}

/// A list of candidates, each named with their party in brackets, that a sentence about
/// candidates gives ("The candidates were: Ann Cole (Labour), Tom Reed (Green), …"): each is
/// standing, for that party.
pub(crate) fn candidate_list(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        let toks = s.tokens.clone();
        let Some(cue) = toks
            .clone()
            .find(|&k| matches!(a.w(k), "candidates" | "candidacies" | "contenders"))
        else {
            continue;
        };
        let mut named = Vec::new();
        for k in cue + 1..toks.end {
            if a.w(k) != "(" || k == 0 {
                continue;
            }
            let Some(person) = a.person_at(k - 1) else {
                continue;
            };
            let party = match a.m.party_at(k + 1) {
                Some(p) if a.w(p.tokens.end) == ")" => p.party.clone(),
                Some(_) => continue,
                // a party the lexicon does not know, named as parties are named ("Natural Law
                // Party", "Christian Peoples Alliance"): capitalised words ending in such a noun
                None => match bracketed_party(a, k + 1) {
                    Some(p) => p,
                    None => continue,
                },
            };
            named.push((person, k - 1, party));
        }
        // "Within hours, two candidates had declared: Tom Hale, the finance spokesman, and Ann
        // Cole, the MSP for Kilbarchan.": the names a colon after the candidates' verb lists,
        // each opening an item (after the colon, "and", a comma or a semicolon), with no party
        // of their own in brackets
        if named.is_empty() {
            let colon = (cue + 1..(cue + 6).min(toks.end)).find(|&k| a.w(k) == ":");
            let declared = colon.is_some_and(|c| {
                (cue + 1..c).any(|k| {
                    matches!(
                        a.w(k),
                        "declared" | "were" | "are" | "stood" | "standing" | "forward" | "emerged"
                    )
                })
            });
            if let (Some(c), true) = (colon, declared) {
                for pm in a.m.person_mentions.iter() {
                    let k = pm.tokens.start;
                    if k <= c || k >= toks.end {
                        continue;
                    }
                    let mut b = k;
                    while b > c + 1 && matches!(a.tag(b - 1), Tag::Role(_)) {
                        b -= 1;
                    }
                    if matches!(a.w(b - 1), ":" | ";" | "and" | ",") {
                        named.push((pm.person, k, String::new()));
                    }
                }
            }
        }
        if named.len() < 2 {
            continue;
        }
        let trigger = cue..cue + 1;
        // "The candidates who handed in papers yesterday were": the time between the noun
        // and its list is when they stood
        let first = named[0].1;
        let listed_on = (cue + 1..first)
            .find_map(|k| a.point_timex(k).and_then(|t| events::date_value(a, t, k)));
        for (person, tok, party) in named {
            let Some(mut c) = Cand::at(a, EventType::Stand, person, tok, si, trigger.clone())
            else {
                continue;
            };
            c.to = (party != "Independent" && !party.is_empty()).then_some(party);
            c.date = listed_on.clone().or(c.date);
            out.push(c);
        }
    }
}

/// "The candidates … Conservative – Sir Rupert Calloway. The incumbent, 61, … Labour – Marcus
/// Adeyemi. …": in a story of a race (candidates, nominations, who is standing, told before), a
/// party that opens a sentence and heads a name after a dash or a colon makes that person its
/// candidate, when two such sentences at least list them. "Independent – X" stands for no
/// party.
pub(crate) fn party_headed_candidates(a: &Analysed, out: &mut Vec<Cand>) {
    let mut heads = Vec::new();
    for (si, s) in a.seg.sentences.iter().enumerate() {
        let k0 = s.tokens.start;
        let Some(p) = a.m.party_at(k0).filter(|p| p.tokens.start == k0) else {
            continue;
        };
        let dash = p.tokens.end;
        if !matches!(a.w(dash), "–" | "—" | "-" | ":") {
            continue;
        }
        let Some(person) = a.person_at(dash + 1) else {
            continue;
        };
        heads.push((si, person, dash + 1, p.party.clone()));
    }
    if heads.len() < 2 {
        return;
    }
    let first = a.seg.sentences[heads[0].0].tokens.start;
    let race = (0..first).any(|k| {
        matches!(
            a.w(k),
            "candidates" | "candidate" | "nominations" | "standing" | "contenders" | "ballot"
        )
    });
    if !race {
        return;
    }
    for (si, person, tok, party) in heads {
        let trigger = tok - 1..tok;
        let Some(mut c) = Cand::at(a, EventType::Stand, person, tok, si, trigger) else {
            continue;
        };
        c.to = (party != "Independent").then_some(party);
        c.modality = floorcross_model::Modality::Asserted;
        c.date = None;
        out.push(c);
    }
}

/// "Against him stood Phyllida Crane, a former councillor; Kwame Ashby; and Lawrence Pigott":
/// a sentence opened by "against" and its rival, with the verb before its subject (locative
/// inversion), names those who stood after the verb: each item of the list is a candidacy.
pub(crate) fn inverted_candidacies(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        let s0 = s.tokens.start;
        if a.w(s0) != "against" || a.is_headline(si) {
            continue;
        }
        // the rival: a pronoun or a name, then the verb
        let mut v = s0 + 1;
        if matches!(a.w(v), "him" | "her" | "them") {
            v += 1;
        } else if a.person_at(v).is_some() {
            v = events::mention_end(a, v);
        } else {
            continue;
        }
        if !matches!(a.w(v), "stood" | "were" | "was" | "are" | "is" | "stand") {
            continue;
        }
        let trigger = v..v + 1;
        for pm in a.m.person_mentions.iter() {
            let k = pm.tokens.start;
            if k <= v || k >= s.tokens.end {
                continue;
            }
            let mut b = k;
            while b > v + 1 && matches!(a.tag(b - 1), Tag::Role(_)) {
                b -= 1;
            }
            // ("the Yorkshire businessman Kwame Ashby": a description opens the item)
            while b > v + 1 && !matches!(a.w(b - 1), ";" | "," | "and") && b + 5 > k {
                if a.person_at(b - 1).is_some() || !a.is_word(b - 1) {
                    break;
                }
                b -= 1;
            }
            if b == v + 1 || matches!(a.w(b - 1), ";" | "and") || a.w(b - 1) == "," && b == k {
                out.extend(Cand::at(
                    a,
                    EventType::Stand,
                    pm.person,
                    k,
                    si,
                    trigger.clone(),
                ));
            }
        }
    }
}

/// A list of "Name as Office" pairs that a sentence about appointments gives ("The new
/// leader's first appointments are Ann Cole as deputy leader, Tom Reed as chairman and …"):
/// each is appointed to that office.
pub(crate) fn appointment_list(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        let toks = s.tokens.clone();
        let Some(cue) = toks.clone().find(|&k| {
            matches!(
                a.w(k),
                "appointments" | "appointees" | "jobs" | "posts" | "line-up" | "lineup"
            )
        }) else {
            continue;
        };
        let mut pairs = Vec::new();
        for k in cue + 1..toks.end {
            if a.w(k) != "as" {
                continue;
            }
            // "Peter Whittle AM as deputy leader": a post-nominal between name and "as"
            let Some((person, tok)) = (k.saturating_sub(2).max(cue + 1)..k)
                .rev()
                .find_map(|j| a.person_at(j).map(|p| (p, j)))
            else {
                continue;
            };
            let at = if a.w(k + 1) == "the" { k + 2 } else { k + 1 };
            let Some(r) = a.m.role_at(at) else { continue };
            pairs.push((person, tok, k, r.role.to_string()));
        }
        if pairs.len() < 2 {
            continue;
        }
        for (person, tok, k, role) in pairs {
            // the sentence calls them appointments, whatever the office
            if let Some(mut c) = Cand::at(a, EventType::Appoint, person, tok, si, k..k + 1) {
                c.role = Some(role);
                out.push(c);
            }
        }
    }
}

/// "… is out as chief whip. Her replacement is Siôn Ruddock": the person a copula names as
/// someone's replacement or successor ("his successor will be X") is appointed, to the office
/// the sentences before tell that someone leaving ("as chief whip", in this sentence or the
/// three before, after their name). Read off the words: a name the tagger does not know
/// ("Siôn") can throw the parse.
pub(crate) fn replacements(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            if !matches!(a.w(k), "replacement" | "successor") || k == s.tokens.start {
                continue;
            }
            let owner = match a.w(k - 1) {
                "his" | "her" => events::resolve_pronoun(a, k - 1),
                "'s" | "’s" if k >= 2 => a.person_at(k - 2),
                _ => None,
            };
            let Some(owner) = owner else { continue };
            // ("His replacement at health is X": past the portfolio the replacement takes)
            let mut v = k + 1;
            if matches!(a.w(v), "at" | "as" | "in") {
                v = (v + 1..(v + 7).min(s.tokens.end))
                    .find(|&j| matches!(a.w(j), "is" | "was" | "will"))
                    .unwrap_or(v);
            }
            let at = match (a.w(v), a.w(v + 1)) {
                ("is" | "was", _) => v + 1,
                ("will", "be") => v + 2,
                _ => continue,
            };
            let Some(person) = a.person_at(at).filter(|&p| p != owner) else {
                continue;
            };
            let Some(mut c) = Cand::at(a, EventType::Appoint, person, at, si, k..k + 1) else {
                continue;
            };
            c.role = replaced_office(a, si, k, owner);
            // ("his successor will be X": still to come)
            if a.w(v) == "will" && c.modality == floorcross_model::Modality::Asserted {
                c.modality = floorcross_model::Modality::Expected;
            }
            if a.w(v) == "is" && c.date.is_none() {
                c.date = a.dct.map(|d| d.to_string());
            }
            out.push(c);
        }
    }
}

/// The office `owner` was last told leaving before token `before`: the role after "as" in
/// the sentence of their last name, in sentence `si` or the three before.
fn replaced_office(a: &Analysed, si: usize, before: usize, owner: usize) -> Option<String> {
    let lo = a.seg.sentences[si.saturating_sub(3)].tokens.start;
    let mention = (lo..before)
        .rev()
        .find(|&k| a.person_at(k) == Some(owner))?;
    let end = a.seg.sentences[a.sentence_of(mention)].tokens.end;
    (mention..end.min(before)).find_map(|k| {
        let r = a.m.role_at(k + 1).filter(|_| a.w(k) == "as")?;
        (r.tokens.start == k + 1).then(|| a.phrase(r.span).to_ascii_lowercase())
    })
}

/// A name in apposition to "the new OFFICE" or "the newly appointed OFFICE" ("Jacqui Smith,
/// the new home secretary, …"): an appointment told as a description.
pub(crate) fn new_office_appositions(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            // "the new home secretary", "the newly appointed home secretary"
            let office_at = match a.w(k) {
                "new" => k + 1,
                "newly"
                    if matches!(
                        a.w(k + 1),
                        "appointed" | "elected" | "installed" | "named" | "promoted" | "chosen"
                    ) =>
                {
                    k + 2
                }
                _ => continue,
            };
            if k < s.tokens.start + 3 || a.w(k - 1) != "the" {
                continue;
            }
            if a.w(k - 2) != "," {
                continue;
            }
            let Some(person) = a.person_at(k - 3) else {
                continue;
            };
            let Some(r) = a.m.role_at(office_at) else {
                continue;
            };
            // the description ends with the office: "the new home secretary," not "the new
            // home secretary's plans"
            if !matches!(a.w(r.tokens.end), "," | "." | "and" | ")" | "–" | "-" | "")
                || a.is_possessive(r.tokens.end)
            {
                continue;
            }
            let role = r.role.to_string();
            let Some(mut c) = Cand::at(a, kind_for(&role), person, k - 3, si, k..k + 1) else {
                continue;
            };
            // "the new X" is news of the paper's day, as "is the new X" is
            if c.date.is_none() && c.modality == floorcross_model::Modality::Asserted {
                c.date = a.dct.map(|d| d.to_string());
            }
            c.role = Some(role);
            out.push(c);
        }
    }
}

/// The text of capitalised words from `k` up to a closing bracket, when the last is a word
/// parties are named with ("Natural Law Party"); at most six words.
fn bracketed_party(a: &Analysed, k: usize) -> Option<String> {
    let close = (k..k + 7).find(|&j| a.w(j) == ")")?;
    if close == k {
        return None;
    }
    let words_ok = (k..close).all(|j| a.seg.tokens[j].is_capitalised(a.text));
    let named_as_party = matches!(
        a.raw(close - 1),
        "Party" | "Alliance" | "League" | "Movement" | "Front" | "Democrats" | "Union"
    );
    (words_ok && named_as_party).then(|| {
        Span::new(a.seg.tokens[k].start, a.seg.tokens[close - 1].end)
            .slice(a.text)
            .to_string()
    })
}

/// Lines that open with a person's name, one name to a line, under a line that says what
/// happened to them: "The following have resigned:" over "Hilary Benn, shadow foreign
/// secretary" lines (each resigned, from that office); a heading "IN" or a reshuffle story
/// over "Philip Hammond - Foreign Secretary" lines (each appointed). A note on the line
/// ("(sacked)") says what happened to that one. Needs two lines or more.
pub(crate) fn person_lines(a: &Analysed, out: &mut Vec<Cand>) {
    let n = a.seg.sentences.len();
    let mut si = 0;
    while si < n {
        // a run of item lines (list markers such as "1." between them are skipped)
        let mut items = Vec::new();
        let mut j = si;
        while j < n {
            if is_marker(a, j) {
                j += 1;
                continue;
            }
            match item_line(a, j) {
                Some(person) => items.push((j, person)),
                None => break,
            }
            j += 1;
        }
        if items.len() < 2 {
            si = j.max(si + 1);
            continue;
        }
        let first = items[0].0;
        // the intro: the line before the run (past list markers)
        let mut intro = first;
        while intro > 0 && is_marker(a, intro - 1) {
            intro -= 1;
        }
        let intro = intro.checked_sub(1);
        let told = intro.and_then(|i| intro_change(a, i));
        for &(li, person) in &items {
            let s = &a.seg.sentences[li];
            let tok = s.tokens.start + usize::from(is_bullet(a, s.tokens.start));
            if out.iter().any(|c| c.person == person && c.sentence == li) {
                continue;
            }
            // the line's own note: "(sacked)", "(resigned)"
            let note = s.tokens.clone().find_map(|k| match a.w(k) {
                "sacked" | "fired" | "axed" | "dismissed" | "dropped" => {
                    Some((EventType::Dismiss, k))
                }
                "resigned" | "quit" | "resigns" | "quits" => Some((EventType::Resign, k)),
                _ => None,
            });
            let (kind, trigger, modality, date) = match (note, &told) {
                (Some((kind, k)), _) => {
                    let Some(m) = crate::modality::modality(a, li, &(k..k + 1), Some(tok)) else {
                        continue;
                    };
                    (kind, k..k + 1, m, None)
                }
                (None, Some((kind, trigger, m, date))) => {
                    (*kind, trigger.clone(), *m, date.clone())
                }
                (None, None) => continue,
            };
            let role = s
                .tokens
                .clone()
                .find_map(|k| a.m.role_at(k).filter(|r| r.tokens.start == k))
                .filter(|r| !crate::events::SEAT_ROLES.contains(&r.role))
                .map(|r| crate::events::role_phrase(a, r.tokens.clone()));
            out.push(Cand {
                kind,
                person,
                from: None,
                to: None,
                post: None,
                role,
                date,
                modality,
                sentence: li,
                trigger,
                evidence: s.span,
                headline: a.is_headline(li),
            });
        }
        si = j;
    }
}

/// A line that is only a list marker: "1.", "2)", "•".
fn is_marker(a: &Analysed, si: usize) -> bool {
    let s = &a.seg.sentences[si];
    let n = s.tokens.len();
    (1..=2).contains(&n)
        && s.tokens.clone().all(|k| {
            a.raw(k).chars().all(|c| c.is_ascii_digit())
                || matches!(a.raw(k), "." | ")" | "•" | "*" | "-" | "–")
        })
}

fn is_bullet(a: &Analysed, k: usize) -> bool {
    matches!(a.raw(k), "•" | "*" | "-" | "–" | "—")
}

/// The person a list line opens with, when the line is one name and a short description or
/// note: "Hilary Benn, shadow foreign secretary (sacked)", "Philip Hammond - Foreign
/// Secretary", "Owen Paterson (sacked)". Not a sentence with a verb of its own.
fn item_line(a: &Analysed, si: usize) -> Option<usize> {
    let s = &a.seg.sentences[si];
    let start = s.tokens.start + usize::from(is_bullet(a, s.tokens.start));
    if s.tokens.len() > 16 || start >= s.tokens.end {
        return None;
    }
    let person = a.person_at(start)?;
    let end = crate::events::mention_end(a, start);
    // one name to a line, then a separator or nothing
    if end < s.tokens.end && !matches!(a.raw(end), "," | "-" | "–" | "—" | ":" | "(") {
        return None;
    }
    if (end..s.tokens.end).any(|k| a.person_at(k).is_some()) {
        return None;
    }
    // (a sentence ends with a full stop; a list line rarely does)
    if s.tokens.end > end && a.raw(s.tokens.end - 1) == "." {
        return None;
    }
    Some(person)
}

/// What the line before a list says happened to those listed: a change told by a trigger in
/// it ("The following members … have resigned:"), or a heading "IN" (appointed); with its
/// modality and date.
fn intro_change(
    a: &Analysed,
    si: usize,
) -> Option<(
    EventType,
    std::ops::Range<usize>,
    floorcross_model::Modality,
    Option<String>,
)> {
    let s = &a.seg.sentences[si];
    if s.tokens.len() == 1 && matches!(a.raw(s.tokens.start), "IN" | "In" | "Promoted" | "PROMOTED")
    {
        let k = s.tokens.start;
        return Some((
            EventType::Appoint,
            k..k + 1,
            floorcross_model::Modality::Asserted,
            None,
        ));
    }
    // an intro is a line that introduces: it ends with a colon
    if a.w(s.tokens.end - 1) != ":" {
        return None;
    }
    let (rule, trigger) = crate::events::first_trigger(a, si, |rule| {
        matches!(
            rule.kind,
            EventType::Resign
                | EventType::Dismiss
                | EventType::Appoint
                | EventType::Leave
                | EventType::Expel
                | EventType::Defect
                | EventType::Stand
                | EventType::Select
                | EventType::Elect
                | EventType::Defeat
        ) && rule.cond == crate::triggers::Cond::None
    })?;
    let m = crate::modality::modality(a, si, &trigger, None)?;
    let date = crate::events::event_date(a, si, &trigger, m);
    Some((rule.kind, trigger, m, date))
}
