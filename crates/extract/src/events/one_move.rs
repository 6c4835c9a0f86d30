//! Whether two changes of one person told in one sentence are one move: the later told right
//! on from the earlier in the same run of time, the earlier in the sentence's main clause.

use super::*;

/// Words between two changes that move time on, or put the first in a clause of its own:
/// "quit Labour in 2005 and later founded …", "who quit Labour …, unveiled …".
const MOVES_ON: &[&str] = &[
    "later",
    "subsequently",
    "eventually",
    "afterwards",
    "then",
    "since",
    "went",
    "years",
    "months",
    "weeks",
    "after",
    "before",
    "until",
];

/// Whether `then`, told after `first` in its sentence, continues the same move: `first` is in
/// the main clause (no relative pronoun between the sentence's start and it) and nothing
/// between them moves time on. ("On Tuesday morning I resigned from the Labour Party, which I
/// joined in 1998, and by lunchtime I was launching the Northern Light group".)
pub(crate) fn one_move(a: &Analysed, first: &Cand, then: &Cand) -> bool {
    if first.sentence != then.sentence || then.trigger.start <= first.trigger.end {
        return false;
    }
    let s0 = a.seg.sentences[first.sentence].tokens.start;
    let relative = (s0..first.trigger.start).any(|k| matches!(a.w(k), "who" | "which" | "whom"));
    let moved_on = (first.trigger.end..then.trigger.start)
        .any(|k| MOVES_ON.contains(&a.w(k).to_ascii_lowercase().as_str()));
    !relative && !moved_on
}
