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
        let placed = s
            .tokens
            .clone()
            .any(|k| matches!(a.w(k), "came" | "finished" | "placed"));
        let cue = placed
            || s.tokens.clone().any(|k| {
                matches!(
                    a.w(k),
                    "over" | "ahead" | "compared" | "challenge" | "challenges"
                )
            });
        if !cue || !super::about_contest(a, si) {
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
        for k in s.tokens.clone() {
            let loser_from = match a.w(k) {
                // "a 22-vote victory over Kenneth Clarke"
                "over" if matches!(a.w(k.wrapping_sub(1)), "victory" | "win" | "triumph") => {
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
            // past a description: "former deputy chairwoman Suzanne Evans"
            let Some(j) = (from..(from + 5).min(s.tokens.end)).find(|&j| {
                a.person_at(j).is_some()
                    || !(matches!(a.tag(j), Tag::Role(_) | Tag::Party(_))
                        || matches!(a.w(j), "the" | "his" | "her" | "former" | "rival" | "ex"))
            }) else {
                continue;
            };
            let Some(person) = a.person_at(j) else {
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
