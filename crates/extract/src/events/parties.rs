//! Which party an event is about: the party after the trigger ("defected to Labour"), a
//! group named earlier ("the group"), a candidate's own party, never a rival's. The words that
//! name a party are read in `party_phrases`.
//!
//! The `from` and `to` parties the words around one trigger give are `sides`'s; the party a
//! candidacy is for when those words name none is `candidacy`'s; the other party that makes
//! a joining or a leaving a defection ("joined Labour from the Liberal Democrats") is
//! `change`'s; the party the sentence or the story makes a person's own, filling a side the
//! words left empty, is `owning`'s; the party a description gives a person is `described`'s.
//! Which word governs a party mention is read here.

use super::*;

mod candidacy;
mod change;
mod described;
mod owning;
mod sides;

pub(crate) use candidacy::*;
pub(crate) use change::*;
pub(crate) use described::*;
pub(crate) use owning::*;
pub(crate) use sides::*;

/// The word that governs the party mention starting at `start`, past an article ("defeated
/// *by* the Conservatives", "crosses *to* DUP").
fn word_before_party<'a>(a: &'a Analysed<'a>, start: usize) -> &'a str {
    let mut b = start.wrapping_sub(1);
    if a.w(b) == "the" {
        b = b.wrapping_sub(1);
    }
    a.w(b)
}

/// Whether the party mention starting at `start` is another verb's agent, a rival or a
/// destination rather than a subject or a label ("by the Conservatives", "against Labour",
/// "from Plaid", "to the Greens", "with Labour").
fn governed_party(a: &Analysed, start: usize) -> bool {
    matches!(
        word_before_party(a, start),
        "from" | "against" | "by" | "over" | "than" | "to" | "with" | "into"
    )
}
