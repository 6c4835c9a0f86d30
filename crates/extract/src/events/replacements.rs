//! Who takes an office another is told losing, named only as the new holder: "replaced him with
//! Jane Ross", "replaced Tom Hale with Jane Ross", "lost his job as chief whip to Jane Ross";
//! a candidate replaced so is a selection.

use super::*;

/// Adds an appointment for the person named after "with" when a verb of replacing takes an
/// object first, and for the person after "to" when someone loses an office's job to them; the
/// office is the one the sentence's dismissal or resignation names, if any.
pub(crate) fn replacements(a: &Analysed, out: &mut Vec<Cand>) {
    let mut found = Vec::new();
    for (si, s) in a.seg.sentences.iter().enumerate() {
        if a.is_headline(si) {
            continue;
        }
        for k in s.tokens.clone() {
            let newcomer = if matches!(a.w(k), "replaced" | "replacing" | "replaces" | "replace") {
                // (past an object of up to five words; "replaced by" is the trigger table's)
                (k + 2..(k + 7).min(s.tokens.end))
                    .find(|&j| a.w(j) == "with")
                    .filter(|&j| (k + 1..j).all(|q| a.is_word(q) || a.w(q) == "'s"))
                    .and_then(|j| a.person_at(j + 1).map(|p| (p, j + 1)))
            } else if a.w(k) == "lost" && matches!(a.w(k + 1), "his" | "her") {
                // "lost his job as chief whip to Jane Ross"
                (k + 2..(k + 9).min(s.tokens.end))
                    .take_while(|&j| !matches!(a.w(j), "," | ";" | "after" | "when"))
                    .find(|&j| a.w(j) == "to")
                    .filter(|&j| (k + 2..j).any(|q| matches!(a.w(q), "job" | "post" | "role")))
                    .and_then(|j| a.person_at(j + 1).map(|p| (p, j + 1)))
            } else {
                None
            };
            let Some((person, tok)) = newcomer else {
                continue;
            };
            if out.iter().any(|c| c.person == person && c.sentence == si) {
                continue;
            }
            // (a candidate replaced is a selection: "UKIP's candidate withdrew … The party
            // replaced him with X" selects X for the party the replaced one stood for)
            let replaced = match a.w(k + 1) {
                "him" | "her" => resolve_pronoun(a, k + 1),
                _ => a.person_at(k + 1),
            };
            let candidacy = replaced.and_then(|r| {
                out.iter().find(|c| {
                    c.person == r
                        && matches!(c.kind, EventType::Stand | EventType::Select)
                        && c.to.is_some()
                })
            });
            if let Some(stood) = candidacy {
                let to = stood.to.clone();
                if let Some(mut c) = Cand::at(a, EventType::Select, person, tok, si, k..k + 1) {
                    c.to = to;
                    found.push(c);
                }
                continue;
            }
            let office = out
                .iter()
                .find(|c| {
                    c.sentence == si
                        && matches!(c.kind, EventType::Dismiss | EventType::Resign)
                        && c.role.is_some()
                })
                .and_then(|c| c.role.clone());
            if let Some(mut c) = Cand::at(a, EventType::Appoint, person, tok, si, k..k + 1) {
                c.role = office;
                found.push(c);
            }
        }
    }
    out.extend(found);
}
