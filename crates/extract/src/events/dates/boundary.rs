//! Where the event's clause ends for its time: the words that stop the stretch a time may
//! sit in, the links that let a coordinated verb share the first one's time, an apposition
//! closed before the verb, and a run of fronted adverbials that stays inside the clause.

use super::*;

/// Auxiliaries and adverbs that can sit between a coordinating "and" and its verb.
pub(crate) const VERB_LINK: &[&str] = &[
    "also",
    "then",
    "later",
    "subsequently",
    "was",
    "were",
    "has",
    "have",
    "had",
    "is",
    "be",
    "been",
    "later",
    "eventually",
    "finally",
    "promptly",
    "immediately",
    "soon",
    "after",
    "afterwards",
    "he",
    "she",
    "they",
];

/// Words that end the stretch after a trigger in which its time expression may sit.
pub(crate) const DATE_STOPS: &[&str] = &[
    ",", ";", ":", "but", "while", "whereas", "who", "which", "with", "and", "if", "unless",
    "until", // a new clause's subject: "rejoin the party he quit three years ago"
    "he", "she", "they",
];

/// Where the apposition closed by the comma at `k` opens, when a comma right after a person's
/// name opens it ("Woodward, a talented former minister, quit") and the stretch between holds
/// no verb.
pub(crate) fn apposition_opened_at(a: &Analysed, si: usize, k: usize) -> Option<usize> {
    let s0 = a.seg.sentences[si].tokens.start;
    let open = (s0..k).rev().take(12).find(|&j| a.w(j) == ",")?;
    let ok = open > s0
        && a.person_at(open - 1).is_some()
        && (open + 1..k).all(|j| {
            a.person_at(j).is_none() && !matches!(a.w(j), "who" | "which" | "and" | "but")
        })
        && {
            let p = a.parse(si);
            (open + 1..k).all(|j| p.upos[j - s0] != "VERB" && p.upos[j - s0] != "AUX")
        };
    ok.then_some(open)
}

/// Whether the comma at `k` closes a run of adverbials that opens its clause and holds a time:
/// from the clause's opening ("and", "but", a semicolon or the sentence start) to the comma
/// the words are prepositional phrases and times, set off by commas, with no verb, relative
/// word or name ("…, and in 1991, after a row over the poll tax, he crossed the floor"). A
/// participle opening its own comma-set phrase is an adjunct of the clause, not a clause of its
/// own ("in 2012, angered by the closure of the hospital, she left Labour"), and a connective
/// adverb may open the run ("Instead, in 2012, …").
pub(super) fn closes_fronted_time(a: &Analysed, si: usize, k: usize) -> bool {
    let s0 = a.seg.sentences[si].tokens.start;
    let p = a.parse(si);
    let mut j = k;
    let mut has_time = false;
    while j > s0 {
        let w = a.w(j - 1);
        if matches!(w, "and" | "but" | ";" | "then") {
            break;
        }
        j -= 1;
        // ("having lost the vote": its auxiliary and participle)
        let participle_adjunct = j > s0
            && (a.w(j - 1) == "," || a.w(j - 1) == "having" && a.w(j.saturating_sub(2)) == ",")
            && matches!(p.xpos[j - s0], "VBN" | "VBG");
        if k - j > 20
            || matches!(p.upos[j - s0], "VERB" | "AUX") && !participle_adjunct
            || matches!(
                w,
                "who" | "which" | "that" | "when" | "whose" | "as" | "while"
            )
            || a.person_at(j).is_some()
        {
            return false;
        }
        has_time |= a.point_timex(j).is_some();
    }
    // ("Instead, in 2012, …": the connective set off at the start)
    if j == s0 && p.upos[j - s0] == "ADV" && a.w(j + 1) == "," && j + 2 < k {
        j += 2;
    }
    // the run opens with a preposition right after the opening ("in 1991", "on Monday")
    has_time && j < k && p.upos[j - s0] == "ADP" && (j == s0 || a.w(j - 1) != "," || j == s0 + 2)
}
