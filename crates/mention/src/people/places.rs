//! Which names a story uses as places ("the member for Glen Esk", "holds Glen Tarrach for the
//! SNP", "voted in Marlow Green"): such a name is never a person.

use super::*;

/// The names of runs the story uses as places: after "for", "represents" or "in", held or
/// won, or before a noun of place ("ward", "seat", "councillor", "association"). Only names
/// whose first word is no listed first name and that never take an honorific: "voted for Tom
/// Reed" is no seat.
pub(super) fn places_named(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    m: &Mentions,
    runs: &[Run],
) -> std::collections::HashSet<String> {
    let mut honoured = std::collections::HashSet::new();
    for run in runs.iter().filter(|r| r.honorific.is_some()) {
        let name = run_name(text, tokens, run.toks.clone());
        if let Some(last) = name.split(' ').next_back() {
            honoured.insert(last.to_string());
        }
    }
    let mut places = std::collections::HashSet::new();
    for run in runs {
        // ("the member for Glen Esk", "MSP for Morven Hills": a seat's member names the seat
        // after "for", whatever first name its first word is)
        let seat_of_member = run.toks.start >= 2
            && tokens[run.toks.start - 1].text(text) == "for"
            && (matches!(m.tags[run.toks.start - 2], Tag::Role(r)
                    if matches!(m.roles[r as usize].role, "MP" | "MSP" | "AM" | "MS" | "MLA" | "councillor"))
                || matches!(tokens[run.toks.start - 2].text(text), "member" | "members"));
        // ("Alasdair Munro holds Glen Tarrach for the SNP", "took Glen Ure from Labour": a
        // seat verb's object held for or taken from a side is a seat, whatever its first word)
        let side_at = |k: usize| {
            matches!(m.tags.get(k), Some(Tag::Party(_)))
                || tokens.get(k).is_some_and(|t| t.text(text) == "the")
                    && matches!(m.tags.get(k + 1), Some(Tag::Party(_)))
        };
        let seat_for_side = run.toks.start >= 1
            && matches!(
                tokens[run.toks.start - 1].text(text),
                "holds" | "held" | "won" | "took" | "gained" | "retained" | "captured" | "snatched"
            )
            && tokens
                .get(run.toks.end)
                .is_some_and(|t| matches!(t.text(text), "for" | "from"))
            && side_at(run.toks.end + 1);
        if run.honorific.is_some()
            || run.toks.len() < 2
            || lex.first_name(tokens[run.toks.start].text(text)).is_some()
                && !seat_of_member
                && !seat_for_side
        {
            continue;
        }
        let before = run
            .toks
            .start
            .checked_sub(1)
            .map(|b| tokens[b].text(text).to_ascii_lowercase());
        let after = tokens.get(run.toks.end).map(|t| t.text(text));
        let seated_role = after.is_some_and(|a| matches!(a, "councillor" | "association"))
            || tokens.get(run.toks.end).is_some_and(|_| {
                matches!(m.tags[run.toks.end], Tag::Role(r)
                    if matches!(m.roles[r as usize].role, "councillor"))
            });
        let place = before.as_deref().is_some_and(|b| {
            matches!(
                b,
                "for"
                    | "represents"
                    | "represented"
                    | "representing"
                    | "in"
                    | "holds"
                    | "held"
                    | "hold"
                    | "holding"
                    | "won"
                    | "gained"
                    | "retained"
                    | "captured"
                    | "snatched"
                    // ("a farmhouse above Llanfihangel Teifi", "a village near Cwm Teilo")
                    | "above"
                    | "below"
                    | "near"
                    | "outside"
                    | "beyond"
                    // ("the MP for neighbouring Cray Marshes")
                    | "neighbouring"
                    | "nearby"
            )
        }) || after.is_some_and(|a| PLACE_NOUNS.contains(&a))
            || seated_role;
        if !place {
            continue;
        }
        let name = run_name(text, tokens, run.toks.clone());
        if name
            .split(' ')
            .next_back()
            .is_some_and(|last| honoured.contains(last))
        {
            continue;
        }
        places.insert(name);
    }
    places
}
