//! What the words around a capitalised name no list knows say about it being a party: the
//! party noun after it when it is joined or left ("joined the Your Voice party"), a count or
//! rank of elected people it owns or gains ("Restore Albion's newest MP", "Restore Albion has
//! gained its first councillor"), and a party noun in apposition that a founding or leading
//! participle modifies ("Your Voice, the party set up by Alan Pike").

use floorcross_text::{Segmented, TokenKind};

use super::{
    capital_run_end, opens_unknown_name, plausible_party_name, word_in, DEFECTING, JOINING, LEAVING,
};
use crate::lexicon::Lexicon;

/// The end token of a party's name starting at `i` in sentence `si`, when the words around it
/// say it is one (see the module).
pub(super) fn party_signal(
    text: &str,
    seg: &Segmented,
    si: usize,
    i: usize,
    lex: &Lexicon,
) -> Option<usize> {
    let tokens = &seg.tokens;
    let range = seg.sentences[si].tokens.clone();
    if !opens_unknown_name(text, tokens, range.start, i, lex) {
        return None;
    }
    let w = |k: usize| word_in(text, tokens, &range, k);
    let end = capital_run_end(text, tokens, &range, i);
    // "joined the Your Voice party", "left the Restore Albion party", "defected to the …
    // party": a party noun after the name a change of party takes
    let lowered = |k: usize| w(k).to_ascii_lowercase();
    let party_noun = i >= range.start + 2 && w(i - 1) == "the" && w(end) == "party" && {
        let verb = lowered(i - 2);
        JOINING.contains(&verb.as_str())
            || LEAVING.contains(&verb.as_str())
            || verb == "to" && i >= range.start + 3 && DEFECTING.contains(&lowered(i - 3).as_str())
    };
    // "Restore Albion's newest MP", "Restore Albion has gained its first councillor"
    let rank = |k: usize| RANKS.contains(&lowered(k).as_str());
    let elected = |k: usize| ELECTED.contains(&lowered(k).as_str());
    let owned_rank = tokens
        .get(end)
        .is_some_and(|t| t.kind == TokenKind::Possessive)
        && rank(end + 1)
        && elected(end + 2);
    let gain_at = |k: usize| {
        matches!(
            lowered(k).as_str(),
            "gained" | "gains" | "won" | "wins" | "welcomed"
        ) && w(k + 1) == "its"
            && rank(k + 2)
            && elected(k + 3)
    };
    let gained = gain_at(end) || matches!(w(end), "has" | "have" | "had") && gain_at(end + 1);
    // "Your Voice, the party set up by Alan Pike", "Your Voice, the group he founded":
    // the name in apposition with a party noun that a founding or leading participle modifies
    let made = |k: usize| {
        matches!(
            lowered(k).as_str(),
            "founded"
                | "set"
                | "launched"
                | "formed"
                | "created"
                | "established"
                | "led"
                | "started"
        )
    };
    let apposed_party = w(end) == ","
        && w(end + 1) == "the"
        && matches!(w(end + 2), "party" | "group" | "movement")
        && (made(end + 3) || matches!(w(end + 3), "he" | "she" | "they") && made(end + 4));
    // "left Restore Albion and rejoined the Conservatives", "quit Common Cause to join
    // Labour": what is left for a known party is one
    let known_within = |k: usize| {
        (k..(k + 3).min(range.end)).any(|q| lex.parties.match_at(text, tokens, q).is_some())
    };
    let left_for_known = i > range.start
        && LEAVING.contains(&lowered(i - 1).as_str())
        && (w(end) == "and" && JOINING.contains(&lowered(end + 1).as_str())
            || w(end) == "to" && JOINING.contains(&lowered(end + 1).as_str()))
        && known_within(end + 2);
    if !(party_noun || owned_rank || gained || apposed_party || left_for_known) {
        return None;
    }
    plausible_party_name(text, seg, si, i, end, lex)?;
    Some(end)
}

/// Words that rank or count a party's elected people: "its first MP", "its newest councillor".
const RANKS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "newest", "latest", "only", "sole", "new",
];

/// Elected people a party has: "MP", "councillor", "MSP" and the like.
const ELECTED: &[&str] = &[
    "mp",
    "mps",
    "councillor",
    "councillors",
    "msp",
    "msps",
    "ms",
    "mss",
    "mep",
    "meps",
    "am",
    "ams",
    "mla",
    "mlas",
    "peer",
    "peers",
    "seat",
    "seats",
    "member",
    "members",
];
