//! Who lost a contest, from the phrase that names the loser whatever the verb: "a victory over
//! X", "ahead of X on 4,591", "compared to X's 60,399", "withstood a challenge from X". Read
//! from the words (each phrase is fixed and short), so a misattached prepositional phrase in
//! the parse does not lose the loser; only in sentences about a contest.

use floorcross_mention::Tag;
use floorcross_model::EventType;

use crate::doc::Analysed;
use crate::events::{self, Cand};

/// Verbs of surviving a challenge: "withstood the leadership challenge from X".
const SURVIVED: &[&str] = &[
    "withstood",
    "withstands",
    "withstand",
    "survived",
    "survives",
    "survive",
    "repelled",
    "repels",
    "saw",
    "sees",
    "fought",
    "fights",
    "beat",
    "beats",
    "beating",
    "seeing",
    "fighting",
];

/// Adds a defeat for each loser such a phrase names.
pub(crate) fn contest_phrases(a: &Analysed, out: &mut Vec<Cand>) {
    for si in 0..a.seg.sentences.len() {
        let s = &a.seg.sentences[si];
        // (one pass over the words: which cues the sentence holds)
        let (mut placed, mut cue, mut held, mut lost) = (false, false, false, false);
        for k in s.tokens.clone() {
            match a.w(k) {
                "came" | "comes" | "finished" | "finishes" | "placed" => placed = true,
                "over" | "ahead" | "compared" | "challenge" | "challenges" | "seat" => cue = true,
                "held" | "holds" | "retained" | "retains" | "gained" | "gains" | "won" | "wins"
                | "took" | "takes" => held = true,
                "lost" | "loses" | "losing" | "lose" => lost = true,
                _ => {}
            }
        }
        let mut counted_placing = false;
        // "Labour's Tom Reed, a former headteacher, was second with 524": the copula's
        // subject, past an apposition
        for k in s.tokens.clone() {
            let copula_placing = matches!(a.w(k), "was" | "were")
                && matches!(a.w(k + 1), "second" | "third" | "fourth" | "fifth" | "last")
                && matches!(a.w(k + 2), "with" | "on")
                && k > s.tokens.start
                // (a count after the placing is a contest's votes, whatever the sentence says)
                && (a.w(k + 3).starts_with(|c: char| c.is_ascii_digit())
                    || super::about_contest(a, si));
            if !copula_placing {
                continue;
            }
            let mut b = k - 1;
            if a.w(b) == "," {
                match (s.tokens.start..b).rev().find(|&j| a.w(j) == ",") {
                    Some(c) if c > s.tokens.start => b = c - 1,
                    _ => continue,
                }
            }
            // ("Brenda Sallis of UKIP was fourth", "Ann Cole (Green) was fifth": past the party)
            if let Some(p) = a.m.party_at(b) {
                let mut o = p.tokens.start;
                if o > s.tokens.start && a.w(o - 1) == "the" {
                    o -= 1;
                }
                if o > s.tokens.start + 1 && matches!(a.w(o - 1), "of" | "for") {
                    b = o - 2;
                }
            } else if a.w(b) == ")" {
                if let Some(o) = (b.saturating_sub(5).max(s.tokens.start + 1)..b)
                    .rev()
                    .find(|&j| a.w(j) == "(")
                {
                    b = o - 1;
                }
            }
            if let Some(person) = a.person_at(b) {
                let at = events::mention_start(a, b);
                out.extend(Cand::at(a, EventType::Defeat, person, at, si, k..k + 2));
                counted_placing = true;
            }
        }
        let cue = cue || placed;
        // (a placing with its count makes the sentence a contest's: "X was second with 524,
        // ahead of Y (298)")
        if !(cue || held || lost) || !(counted_placing || super::about_contest(a, si)) {
            continue;
        }
        let figures = s
            .tokens
            .clone()
            .any(|k| a.w(k).starts_with(|c: char| c.is_ascii_digit()));
        // "Gething came second with 30.8% and Eluned Morgan third on 22.3%": the verb left out
        // of a coordinated placing
        if placed {
            for k in s.tokens.clone() {
                if !matches!(a.w(k), "and" | ",") {
                    continue;
                }
                let Some(person) = a.person_at(k + 1) else {
                    continue;
                };
                let after = events::mention_end(a, k + 1);
                let ordinal = matches!(
                    a.w(after),
                    "second" | "third" | "fourth" | "fifth" | "sixth" | "last"
                );
                if !ordinal {
                    continue;
                }
                out.extend(Cand::at(
                    a,
                    EventType::Defeat,
                    person,
                    k + 1,
                    si,
                    after..after + 1,
                ));
            }
        }
        // "took the seat from X": X lost it; "was ousted from his seat by X", "lost the
        // seat to X": X won it
        let taking = |k: usize| {
            (k.saturating_sub(5).max(s.tokens.start)..k).any(|j| {
                matches!(
                    a.w(j),
                    "took"
                        | "takes"
                        | "take"
                        | "taking"
                        | "won"
                        | "wins"
                        | "winning"
                        | "gained"
                        | "gains"
                        | "seized"
                        | "seizes"
                        | "snatched"
                        | "snatches"
                        | "captured"
                        | "captures"
                )
            })
        };
        let losing = |k: usize| {
            (s.tokens.start..k).any(|j| {
                matches!(
                    a.w(j),
                    "ousted" | "unseated" | "lost" | "loses" | "toppled" | "defeated"
                )
            })
        };
        // "Labour has held Sandmere in yesterday's by-election, with Ann Cole winning 12,000
        // votes": the candidate whose votes carry the party's holding or gain won the seat
        for k in s.tokens.clone() {
            if held && a.w(k) == "with" {
                if let Some(person) = a.person_at(k + 1) {
                    let e = events::mention_end(a, k + 1);
                    // ("winning by 87 votes": a margin counts too)
                    let figure = vote_figure(a, e + 1).is_some()
                        || a.w(e + 1) == "by" && vote_figure(a, e + 2).is_some();
                    let counted = matches!(
                        a.w(e),
                        "winning" | "taking" | "securing" | "polling" | "gaining"
                    ) && figure;
                    if counted {
                        out.extend(Cand::at(a, EventType::Elect, person, k + 1, si, e..e + 1));
                    }
                }
            }
        }
        for k in s.tokens.clone() {
            // (the seat's own phrase: not "lost her seat, followed by X")
            let seat_before = (k.saturating_sub(3).max(s.tokens.start)..k)
                .any(|j| a.w(j) == "seat" && (j + 1..k).all(|x| a.is_word(x)));
            // ("lost the ballot to Jim Dale", "lost the leadership race to X": the prize lost
            // right before "to")
            let prize_before = a.w(k) == "to"
                && (k.saturating_sub(3).max(s.tokens.start)..k).any(|j| {
                    matches!(
                        a.w(j),
                        "ballot"
                            | "vote"
                            | "contest"
                            | "election"
                            | "race"
                            | "leadership"
                            | "nomination"
                            | "run-off"
                    ) && (j + 1..k).all(|x| a.is_word(x))
                })
                && (k.saturating_sub(5).max(s.tokens.start)..k)
                    .any(|j| matches!(a.w(j), "lost" | "loses" | "losing" | "lose"));
            if matches!(a.w(k), "by" | "to") && (seat_before && losing(k) || prize_before) {
                if let Some((person, j)) = person_after(a, si, k + 1) {
                    out.extend(Cand::at(a, EventType::Elect, person, j, si, k..k + 1));
                }
                continue;
            }
            let loser_from = match a.w(k) {
                // "Labour's Ann Cole takes the seat from Conservative candidate Tom Reed"
                "from" if seat_before && taking(k) => Some(k + 1),
                // "a 22-vote victory over Kenneth Clarke"
                "over" if matches!(a.w(k.wrapping_sub(1)), "victory" | "win" | "triumph") => {
                    Some(k + 1)
                }
                // "re-elected with a majority of 4,211 over the Conservative, Ross Dalgleish"
                "over"
                    if k >= s.tokens.start + 3
                        && a.w(k - 2) == "of"
                        && a.w(k - 3) == "majority"
                        && a.w(k - 1).starts_with(|c: char| c.is_ascii_digit()) =>
                {
                    Some(k + 1)
                }
                // "won with 8,451 votes, ahead of Lisa Duffy on 4,591"
                "ahead" if a.w(k + 1) == "of" && figures => Some(k + 2),
                // "secured 81,326 votes compared to Rishi Sunak's 60,399"
                "compared" if matches!(a.w(k + 1), "to" | "with") && figures => Some(k + 2),
                // "withstood the leadership challenge from Owen Smith"
                "challenge" | "challenges"
                    if matches!(a.w(k + 1), "from" | "by" | "of")
                        && (k.saturating_sub(4).max(s.tokens.start)..k)
                            .any(|j| SURVIVED.contains(&a.w(j))) =>
                {
                    Some(k + 2)
                }
                _ => None,
            };
            let Some(from) = loser_from else { continue };
            let Some((person, j)) = person_after(a, si, from) else {
                continue;
            };
            // "compared to X's 60,399": the possessive's figure is theirs
            if a.w(k) == "compared" && !a.is_possessive(events::mention_end(a, j)) {
                continue;
            }
            for (person, _) in events::with_list_right(a, si, person, j) {
                out.extend(Cand::at(a, EventType::Defeat, person, j, si, k..k + 1));
            }
        }
    }
}

/// The person a phrase names from token `from`, past a description ("former deputy
/// chairwoman Suzanne Evans", "the Conservatives' Ann Cole"): the person and their token.
fn person_after(a: &Analysed, si: usize, from: usize) -> Option<(usize, usize)> {
    let end = a.seg.sentences[si].tokens.end;
    let j = (from..(from + 5).min(end)).find(|&j| {
        a.person_at(j).is_some()
            || !(matches!(a.tag(j), Tag::Role(_) | Tag::Party(_))
                || a.is_possessive(j)
                || matches!(
                    a.w(j),
                    "the"
                        | "his"
                        | "her"
                        | "former"
                        | "rival"
                        | "ex"
                        | "'s"
                        | "’s"
                        | "'"
                        | "’"
                        | "candidate"
                        // ("over the Conservative, Ross Dalgleish": an apposed name)
                        | ","
                ))
    })?;
    Some((a.person_at(j)?, j))
}

/// "Tom Hale challenged Ann Cole for the leadership", "will challenge her for the Labour
/// leadership": the challenger is a candidate (the one challenged is the holder, no event).
pub(crate) fn leadership_challenges(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            if !matches!(
                a.w(k),
                "challenged" | "challenge" | "challenges" | "challenging"
            ) {
                continue;
            }
            // "for the (party's)? leadership", within the object's few words
            let hi = (k + 8).min(s.tokens.end);
            let Some(f) = (k + 1..hi).find(|&j| a.w(j) == "for") else {
                continue;
            };
            let leadership = (f + 1..(f + 5).min(s.tokens.end)).any(|j| a.w(j) == "leadership");
            if !leadership || (k + 1..f).any(|j| matches!(a.w(j), "," | ";" | "to")) {
                continue;
            }
            // ("was challenged for the leadership by Tom Hale": the agent challenges)
            let passive = k > s.tokens.start
                && matches!(a.w(k - 1), "was" | "were" | "been" | "is" | "be" | "being");
            let challengers = if passive {
                (k + 1..(k + 12).min(s.tokens.end))
                    .find(|&j| a.w(j) == "by")
                    .and_then(|b| person_after(a, si, b + 1))
                    .into_iter()
                    .collect()
            } else {
                events::subject(a, si, k)
            };
            // ("for the Labour leadership": the party's)
            let party = (f + 1..(f + 5).min(s.tokens.end))
                .find_map(|j| a.m.party_at(j).map(|p| p.party.clone()));
            for (person, tok) in challengers {
                if events::has_event(out, person, EventType::Stand) {
                    continue;
                }
                if let Some(mut c) = Cand::at(a, EventType::Stand, person, tok, si, k..k + 1) {
                    c.to.clone_from(&party);
                    out.push(c);
                }
            }
        }
    }
}

/// Verbs and prepositions that give a person their share of the vote: "X won 30.8%", "Y
/// secured 1,925 votes", "Z came third on 780 votes", "with 24,989 votes".
const SHARE_VERBS: &[&str] = &[
    "won",
    "wins",
    "secured",
    "secures",
    "took",
    "takes",
    "got",
    "gets",
    "polled",
    "polls",
    "received",
    "receives",
    "gained",
    "gains",
    "attracted",
    "attracts",
    "had",
    "has",
    "with",
    "on",
    "garnered",
    "collected",
    "managed",
];

/// A vote figure at token `k`: its value and whether it is a share (per cent) or a count of
/// votes, when the words after it say so ("30.8%", "62.6 per cent", "1,925 votes").
fn vote_figure(a: &Analysed, k: usize) -> Option<(f64, bool)> {
    let w = a.w(k);
    if !w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // "winning 24,989 votes to Burrowes' 20,634": the loser's count after "to" and a
    // possessive name is votes too
    let after_owner = k >= 2
        && (a.w(k - 1) == "'" || a.w(k - 1) == "’" || matches!(a.w(k - 1), "'s" | "’s"))
        && a.person_at(k - 2).is_some()
        && a.w(crate::events::mention_start(a, k - 2).wrapping_sub(1)) == "to";
    let digits: String = w
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let value: f64 = digits.parse().ok()?;
    let share = w.ends_with('%')
        || matches!(a.w(k + 1), "%" | "percent")
        || a.w(k + 1) == "per" && a.w(k + 2) == "cent";
    let votes = matches!(a.w(k + 1), "votes" | "vote") || after_owner;
    (share || votes).then_some((value, share))
}

/// A results line: "Chris Huhne – 20,477 (49.4%)", "Ann Cole: 22,000" — a name opening the
/// line, then a dash or colon and the number of votes, nothing else but its share. The
/// person and the votes.
fn results_line(a: &Analysed, si: usize) -> Option<(usize, f64)> {
    let s = &a.seg.sentences[si];
    let s0 = s.tokens.start;
    let p = a.person_at(s0)?;
    let e = events::mention_end(a, s0);
    let n = e + 1;
    let count = matches!(a.w(e), "–" | "-" | "—" | ":")
        && a.w(n).starts_with(|c: char| c.is_ascii_digit())
        && a.w(n).chars().all(|c| c.is_ascii_digit() || c == ',')
        && s.tokens.end.saturating_sub(n) <= 6;
    count.then(|| (p, a.w(n).replace(',', "").parse().unwrap_or(0.0)))
}

/// The people a sentence gives a vote figure to: the subject of a verb of getting right
/// before the figure ("Mr Gething won 30.8%"), or a person right before it in a coordinated
/// clause whose verb is left out ("and Ms Morgan 22.3%").
fn shares_in(a: &Analysed, si: usize) -> Vec<(usize, usize, f64, bool)> {
    let s = &a.seg.sentences[si];
    let mut out: Vec<(usize, usize, f64, bool)> = Vec::new();
    if let Some((p, value)) = results_line(a, si) {
        out.push((p, s.tokens.start, value, false));
        return out;
    }
    for k in s.tokens.clone() {
        let Some((value, share)) = vote_figure(a, k) else {
            continue;
        };
        // the word before the figure: a verb of getting (past "a total of", "just"), or the
        // end of a name
        let mut j = k;
        while j > s.tokens.start && matches!(a.w(j - 1), "just" | "only" | "some" | "about") {
            j -= 1;
        }
        // "takes the seat from Y, winning 24,989 votes": a participle's figure is the
        // clause subject's, the sentence's first name, not the object's before it
        let participle = j > s.tokens.start
            && matches!(
                a.w(j - 1),
                "winning" | "securing" | "taking" | "polling" | "gaining"
            );
        let person = if participle {
            (s.tokens.start..j - 1).find_map(|x| a.person_at(x).map(|p| (p, x)))
        } else if j > s.tokens.start && SHARE_VERBS.contains(&a.w(j - 1)) {
            // the person before the verb, past a description or a party: "Liberal Democrat
            // Pippa Morgan secured", "David Flint for the Green party took"
            let lo = j.saturating_sub(9).max(s.tokens.start);
            (lo..j - 1)
                .rev()
                .take_while(|&x| !matches!(a.w(x), "," | ";" | "and" | "while" | "but"))
                .find_map(|x| a.person_at(x).map(|p| (p, x)))
        } else if j > s.tokens.start + 1
            && matches!(a.w(j - 1), "–" | "-" | "—" | ":")
            && a.person_at(j - 2).is_some()
            && events::mention_start(a, j - 2) == s.tokens.start
        {
            // a results line: "Chris Huhne – 20,477 (49.4%)"
            a.person_at(j - 2).map(|p| (p, j - 2))
        } else if j > s.tokens.start {
            a.person_at(j - 1)
                .filter(|_| {
                    let ms = events::mention_start(a, j - 1);
                    ms > s.tokens.start && matches!(a.w(ms - 1), "and" | "," | "while" | ":")
                        // ("LAB: Ann Cole 22,000": a line opened by its party label)
                        || ms == s.tokens.start + 2 && a.w(ms - 1) == ":"
                })
                .map(|p| (p, j - 1))
        } else {
            None
        };
        if let Some((p, t)) = person {
            if !out.iter().any(|&(q, ..)| q == p) {
                out.push((p, t, value, share));
            }
        }
    }
    out
}

/// "Mr Drake won 46.9% of the votes, while Mr Geth won 30.8% and Ms Morrow 22.3%": when the
/// figures of a contest (one sentence and the two before it) give one person the most and
/// that person is elected in the story, everyone with a smaller figure of the same kind lost.
pub(crate) fn vote_shares(a: &Analysed, out: &mut Vec<Cand>) {
    let n = a.seg.sentences.len();
    let per: Vec<Vec<(usize, usize, f64, bool)>> = (0..n)
        .map(|si| {
            if a.is_cut(si) {
                Vec::new()
            } else {
                shares_in(a, si)
            }
        })
        .collect();
    // (a run of results lines is about the contest its first line's intro names)
    let is_line: Vec<bool> = (0..n).map(|si| results_line(a, si).is_some()).collect();
    let mut first = 0;
    for si in 0..n {
        if !(is_line[si] && si > 0 && is_line[si - 1]) {
            first = si;
        }
        let lines = first < si;
        if per[si].is_empty()
            || !(super::about_contest(a, first)
                || lines && first > 0 && super::about_contest(a, first - 1))
        {
            continue;
        }
        for &(p, t, value, share) in &per[si] {
            // the rivals of the same kind of figure in this sentence and the two before
            let rivals = (si.saturating_sub(2)..=si)
                .flat_map(|x| per[x].iter())
                .filter(|r| r.3 == share && r.0 != p);
            let Some(top) = rivals.max_by(|x, y| x.2.total_cmp(&y.2)) else {
                continue;
            };
            if top.2 <= value {
                continue;
            }
            let winner_elected = out.iter().any(|c| {
                c.person == top.0
                    && matches!(c.kind, EventType::Elect | EventType::Reelect)
                    && c.modality == floorcross_model::Modality::Asserted
            });
            let already = out
                .iter()
                .any(|c| c.person == p && c.kind == EventType::Defeat);
            if !winner_elected || already {
                continue;
            }
            out.extend(Cand::at(a, EventType::Defeat, p, t, si, t..t + 1));
        }
    }
}
