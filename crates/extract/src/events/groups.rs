//! Counted and collective subjects: "the second minister to quit", "Three Conservative MPs
//! … Peter Garside, Lynne Carbury and Anthony Meux", "The pair have defected".

use super::*;

/// The "become" whose counted complement the trigger's infinitive ends ("has become the
/// second minister to quit": the token of "become"), or the comma of such a count in
/// apposition to a name.
pub(crate) fn counted_become(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Option<usize> {
    if a.w(trigger.start.wrapping_sub(1)) != "to" {
        return None;
    }
    let s0 = a.seg.sentences[si].tokens.start;
    let back = trigger.start.saturating_sub(8).max(s0 + 1);
    // ("Robin Cook, the first cabinet minister to resign, …": the count in apposition to a
    // name counts that person; the comma stands where "become" would)
    (back..trigger.start)
        .rev()
        .find(|&b| {
            a.w(b) == "the"
                && (matches!(
                    a.w(b - 1),
                    "became" | "become" | "becomes" | "becoming" | "is" | "was" | "be"
                ) || a.w(b - 1) == "," && b >= s0 + 2 && a.person_at(b - 2).is_some())
                && crate::events::counted_infinitive(a, si, b)
        })
        .map(|b| b - 1)
}

/// Number words that count a group of people.
pub(crate) const COUNTS: &[(&str, usize)] = &[
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("both", 2),
];

/// For a subject like "Three Conservative MPs" before `start`, the people the next sentence
/// opens with, when there are exactly that many.
pub(crate) fn numbered_group(a: &Analysed, si: usize, start: usize) -> Vec<(usize, usize)> {
    let s0 = a.seg.sentences[si].tokens.start;
    let count = (s0..start.min(s0 + 4))
        .find_map(|k| COUNTS.iter().find(|(w, _)| *w == a.w(k)).map(|(_, n)| *n));
    let Some(n) = count else { return Vec::new() };
    let Some(next) = a.seg.sentences.get(si + 1) else {
        return Vec::new();
    };
    let first = next.tokens.start;
    let Some(p) = a.person_at(first) else {
        return Vec::new();
    };
    let list = with_list_right(a, si + 1, p, first);
    if list.len() == n {
        list
    } else {
        Vec::new()
    }
}

/// For a subject "The two MPs", "The pair", "Both women", "The trio" opening the sentence
/// before `start`, the people the sentence before names, when it names exactly that many.
pub(crate) fn named_before(a: &Analysed, si: usize, start: usize) -> Vec<(usize, usize)> {
    let s0 = a.seg.sentences[si].tokens.start;
    let n = match (a.w(s0), a.w(s0 + 1)) {
        ("the", "pair" | "two" | "couple") | ("both", _) => 2,
        ("the", "trio" | "three") => 3,
        _ => return Vec::new(),
    };
    if si == 0 || (s0..start).any(|k| a.person_at(k).is_some()) || start > s0 + 6 {
        return Vec::new();
    }
    let prev = &a.seg.sentences[si - 1];
    let mut named: Vec<(usize, usize)> = Vec::new();
    for k in prev.tokens.clone() {
        if let Some(q) = a.person_at(k) {
            if !named.iter().any(|&(p, _)| p == q) {
                named.push((q, k));
            }
        }
    }
    if named.len() == n {
        named
    } else {
        Vec::new()
    }
}
