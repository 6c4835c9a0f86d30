//! Counted and collective subjects: "the second minister to quit", "Three Conservative MPs
//! … Peter Garside, Lynne Carbury and Anthony Meux", "The pair have defected", "one of 21
//! Tory MPs stripped of the whip", "Among those who resigned were …".

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

/// The number a count word names ("three" → 3, "both" → 2).
pub(crate) fn count_word(w: &str) -> Option<usize> {
    COUNTS.iter().find(|(c, _)| *c == w).map(|&(_, n)| n)
}

/// The distinct people the tokens `toks` name, in the order given, each with the token that
/// first names them.
pub(crate) fn distinct_people(
    a: &Analysed,
    toks: impl Iterator<Item = usize>,
) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for k in toks {
        if let Some(q) = a.person_at(k) {
            if !out.iter().any(|&(r, _)| r == q) {
                out.push((q, k));
            }
        }
    }
    out
}

/// For a subject like "Three Conservative MPs" before `start`, the people the next sentence
/// opens with, when there are exactly that many.
pub(crate) fn numbered_group(a: &Analysed, si: usize, start: usize) -> Vec<(usize, usize)> {
    let s0 = a.seg.sentences[si].tokens.start;
    let count = (s0..start.min(s0 + 4)).find_map(|k| count_word(a.w(k)));
    let Some(n) = count else { return Vec::new() };
    let found = named_next(a, si, n);
    if !found.is_empty() {
        return found;
    }
    // "Two councillors who quit Labour last month have formed their own party. Eastfield
    // First was launched on Monday by A and B": the change told in the group's relative clause
    // is the makers' (the making itself is the next sentence's, with its own time)
    let relative = {
        let p = a.parse(si);
        (0..p.len()).any(|n| p.label(n) == "acl:relcl" && p.dominated_by(start - s0, n))
    };
    if relative {
        return makers_named_next(a, si, n);
    }
    Vec::new()
}

/// "Two ministers resigned on Monday: A, the transport minister, and B", "Three MPs declared
/// within days: A; B; and C": a counted subject whose own clause ends in a colon that opens a
/// list of exactly as many names.
pub(crate) fn listed_after_colon(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Vec<(usize, usize)> {
    let s = &a.seg.sentences[si];
    let s0 = s.tokens.start;
    let Some(n) = (s0..trigger.start.min(s0 + 4)).find_map(|k| count_word(a.w(k))) else {
        return Vec::new();
    };
    if (s0..trigger.start).any(|k| a.person_at(k).is_some() || matches!(a.w(k), "of" | ",")) {
        return Vec::new();
    }
    // (the colon may close the sentence, its list the next one)
    let upto = (s.tokens.end + 1).min(a.seg.tokens.len());
    let Some(colon) = (trigger.end..upto.min(trigger.end + 10)).find(|&k| a.w(k) == ":") else {
        return Vec::new();
    };
    if (trigger.end..colon).any(|k| {
        a.person_at(k).is_some() || matches!(a.w(k), "," | "who" | "that" | "said" | "says")
    }) {
        return Vec::new();
    }
    let end = a.seg.sentences[a.sentence_of(colon + 1)].tokens.end;
    let list = colon_list(a, colon + 1, end);
    if list.len() == n {
        list
    } else {
        Vec::new()
    }
}

/// The names listed from `k`: "A and B", "A, B and C", "A; B; and C", each name perhaps
/// followed by an apposition set off by commas ("A, the transport minister, and B").
fn colon_list(a: &Analysed, mut k: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    while let Some(p) = a.person_at(k).filter(|_| k < end) {
        if out.iter().any(|&(q, _)| q == p) {
            return Vec::new();
        }
        out.push((p, k));
        let mut j = mention_end(a, k);
        if a.w(j) == "," {
            let close = (j + 1..(j + 8).min(end)).find(|&c| matches!(a.w(c), "," | ";"));
            if let Some(c) = close.filter(|&c| {
                c > j + 1
                    && (j + 1..c).all(|x| a.person_at(x).is_none() && a.w(x) != "and")
                    && a.person_at(c + 1).is_none()
            }) {
                j = c;
            }
        }
        let from = j;
        while j < end && matches!(a.w(j), "," | ";" | "and") {
            j += 1;
        }
        if j == from {
            break;
        }
        k = j;
    }
    out
}

/// "Labour suspended two of its MPs … The two MPs are A and B": a count of people an active
/// verb acts on ("two of its MPs", "three councillors"), named in the next sentence.
pub(crate) fn numbered_object(a: &Analysed, si: usize, end: usize) -> Vec<(usize, usize)> {
    let s_end = a.seg.sentences[si].tokens.end;
    let Some(n) = count_word(a.w(end)) else {
        return Vec::new();
    };
    let mut k = end + 1;
    if a.w(k) == "of" && matches!(a.w(k + 1), "its" | "their" | "the" | "his" | "her") {
        k += 2;
    }
    while k < s_end && k < end + 6 && matches!(a.tag(k), Tag::Party(_)) {
        k += 1;
    }
    let people = matches!(a.tag(k), Tag::Role(_))
        || matches!(
            a.w(k),
            "mps" | "councillors" | "members" | "peers" | "msps" | "ams"
        );
    if !people {
        return Vec::new();
    }
    named_next(a, si, n)
}

/// When sentence `si` tells a group making something ("have formed their own party"), the
/// `n` people the next sentence names as its makers in a passive's "by" list ("Eastfield
/// First was launched on Monday by A and B"), naming no one else.
fn makers_named_next(a: &Analysed, si: usize, n: usize) -> Vec<(usize, usize)> {
    let Some(next) = a.seg.sentences.get(si + 1) else {
        return Vec::new();
    };
    let made = a.seg.sentences[si].tokens.clone().any(|k| {
        matches!(
            a.w(k),
            "formed" | "founded" | "launched" | "created" | "established"
        ) || a.w(k) == "set" && a.w(k + 1) == "up"
    });
    if made {
        let by = next.tokens.clone().find(|&k| {
            a.w(k) == "by"
                && a.person_at(k + 1).is_some()
                && (next.tokens.start..k).any(|j| matches!(a.w(j), "was" | "were"))
        });
        if let Some(k) = by {
            let list = with_list_right(a, si + 1, a.person_at(k + 1).unwrap_or_default(), k + 1);
            let others = next
                .tokens
                .clone()
                .filter(|&j| a.person_at(j).is_some())
                .any(|j| !list.iter().any(|&(q, _)| Some(q) == a.person_at(j)));
            if list.len() == n && !others {
                return list;
            }
        }
    }
    Vec::new()
}

/// The `n` people a list names at the start of the sentence after `si`, or after its
/// restatement of the group there.
fn named_next(a: &Analysed, si: usize, n: usize) -> Vec<(usize, usize)> {
    let Some(next) = a.seg.sentences.get(si + 1) else {
        return Vec::new();
    };
    // the list opens the next sentence, or follows a restatement of the group there ("The
    // councillors – A, B and C – said", "They are A, B and C")
    let n0 = next.tokens.start;
    // ("They are:" and the names one to a line after it): the lines that open with a person,
    // one person each, when exactly that many follow
    let colon_opener = next.tokens.end >= n0 + 3
        && a.w(next.tokens.end - 1) == ":"
        && (n0..next.tokens.end).all(|k| a.person_at(k).is_none())
        && (a.w(n0) == "they"
            && matches!(a.w(n0 + 1), "are" | "were")
            && next.tokens.end == n0 + 3
            || a.w(n0) == "the" && matches!(a.w(next.tokens.end - 2), "are" | "were"));
    if colon_opener {
        let mut listed: Vec<(usize, usize)> = Vec::new();
        for line in a.seg.sentences.iter().skip(si + 2).take(n) {
            let Some(p) = a.person_at(line.tokens.start) else {
                break;
            };
            if listed.iter().any(|(q, _)| *q == p) {
                break;
            }
            listed.push((p, line.tokens.start));
        }
        return if listed.len() == n {
            listed
        } else {
            Vec::new()
        };
    }
    let opener = |k: usize| {
        let be = |j: usize| matches!(a.w(j), "are" | "were");
        (k == n0 + 3 && a.w(n0) == "the" && matches!(a.w(n0 + 2), "-" | "–" | "—" | ":" | ","))
            || (k == n0 + 2 && a.w(n0) == "they" && be(n0 + 1))
            // "The MPs are A and B", "The two MPs are A and B"
            || (k == n0 + 3 && a.w(n0) == "the" && be(n0 + 2))
            || (k == n0 + 4 && a.w(n0) == "the" && be(n0 + 3))
    };
    let Some(first) = (n0..(n0 + 5).min(next.tokens.end))
        .find(|&k| a.person_at(k).is_some() && (k == n0 || opener(k)))
    else {
        return Vec::new();
    };
    let Some(p) = a.person_at(first) else {
        return Vec::new();
    };
    let list = with_list_right(a, si + 1, p, first);
    if list.len() == n {
        return list;
    }
    // "The two MPs are Conrad Pellingham, who represents Dunmore West, and Aisling Rao, the
    // member for Kettlebridge": a list whose members carry clauses of their own; after an
    // opener that restates the group, the sentence's people, when exactly that many
    if first > n0 {
        let named = distinct_people(a, first..next.tokens.end);
        if named.len() == n {
            return named;
        }
    }
    Vec::new()
}

/// For a subject "The two MPs", "The pair", "Both women", "The trio" opening the sentence
/// before `start`, the people the sentence before names, when it names exactly that many.
pub(crate) fn named_before(a: &Analysed, si: usize, start: usize) -> Vec<(usize, usize)> {
    let s0 = a.seg.sentences[si].tokens.start;
    // ("All three resigned their membership", "The four councillors", "Both women")
    let n = match (a.w(s0), a.w(s0 + 1)) {
        ("the", "pair" | "couple" | "duo") | ("both", _) => 2,
        ("the", "trio") => 3,
        ("the" | "all", w)
            if count_word(w).is_some_and(|n| n > 2) || w == "two" && a.w(s0) == "the" =>
        {
            count_word(w).unwrap_or(0)
        }
        _ => return Vec::new(),
    };
    if si == 0 || (s0..start).any(|k| a.person_at(k).is_some()) || start > s0 + 6 {
        return Vec::new();
    }
    let named = distinct_people(a, a.seg.sentences[si - 1].tokens.clone());
    if named.len() == n {
        return named;
    }
    // ("… Morag Dunleavy (Labour), Callum Rennick (SNP), … Ms Dunleavy reads a joint
    // statement. All four have resigned …"): the sentence before that, when the one between
    // names none of its own
    if si >= 2 {
        let earlier = distinct_people(a, a.seg.sentences[si - 2].tokens.clone());
        if earlier.len() == n
            && named
                .iter()
                .all(|(p, _)| earlier.iter().any(|(q, _)| q == p))
        {
            return earlier;
        }
    }
    Vec::new()
}

/// "Tom Hale was one of 21 Tory MPs stripped of the whip", "Hale and Cole were among the MPs
/// who defected", "Hale, one of the rebels who lost the whip, …": a change told of a group the
/// subject is said to belong to ("one of", "among") is the subject's. The stretch from the
/// group word to the trigger is one noun phrase (with its "who" and auxiliaries).
pub(crate) fn member_of_group(
    a: &Analysed,
    si: usize,
    start: usize,
) -> Option<Vec<(usize, usize)>> {
    let s0 = a.seg.sentences[si].tokens.start;
    let lo = start.saturating_sub(12).max(s0);
    let g = (lo..start).rev().find(|&k| {
        matches!(a.w(k), "among" | "amongst") || a.w(k) == "one" && a.w(k + 1) == "of"
    })?;
    let body = if a.w(g) == "one" { g + 2 } else { g + 1 };
    if (body..start).any(|j| {
        a.person_at(j).is_some()
            || !a.is_word(j)
                && !matches!(a.w(j), "-")
                && a.seg.tokens[j].kind != floorcross_text::TokenKind::Number
            || matches!(a.w(j), "and" | "but" | "said" | "says" | "that" | "if")
    }) {
        return None;
    }
    let mut b = g;
    while b > s0
        && matches!(
            a.w(b - 1),
            "was" | "is" | "were" | "are" | "been" | "be" | "," | "also" | "now" | "just"
        )
    {
        b -= 1;
    }
    if b == g || b == s0 {
        return None;
    }
    let p = a.person_at(b - 1)?;
    Some(with_list_left(a, si, p, b - 1))
}

/// "Among those who resigned were Tom Hale and Ann Cole", "The MPs who quit were Hale, Cole
/// and Denby": a change told in a relative clause on an unnamed group, whose members are named
/// after the copula that follows it.
pub(crate) fn named_after_copula(
    a: &Analysed,
    si: usize,
    start: usize,
) -> Option<Vec<(usize, usize)>> {
    let s = &a.seg.sentences[si];
    let s0 = s.tokens.start;
    if (s0..start).any(|j| a.person_at(j).is_some()) {
        return None;
    }
    let mut w = start;
    while w > s0 && AUX.contains(&a.w(w - 1)) {
        w -= 1;
    }
    // ("Among the latest to resign were A and B", "The first ministers to quit were A and
    // B": a counted infinitive stands where the relative clause would)
    let counted = start > s0
        && a.w(start - 1) == "to"
        && (start.saturating_sub(6).max(s0)..start - 1).any(|j| {
            a.w(j) == "the"
                && matches!(
                    a.w(j + 1),
                    "first" | "last" | "latest" | "next" | "second" | "third" | "only"
                )
        });
    if w == s0 || !(matches!(a.w(w - 1), "who" | "that") || counted) {
        return None;
    }
    let hi = (start + 12).min(s.tokens.end);
    let cop = (start..hi).find(|&j| {
        matches!(
            a.w(j),
            "were" | "are" | "was" | "is" | "included" | "include" | "includes"
        )
    })?;
    if (start..cop).any(|j| a.person_at(j).is_some() || matches!(a.w(j), "," | ";")) {
        return None;
    }
    let first = cop + 1;
    let first = if matches!(a.w(first), ":") {
        first + 1
    } else {
        first
    };
    // (past a description before the first name: "were Northern Ireland Secretary Brandon
    // Lewis and …")
    let first = if a.person_at(first).is_none() {
        let s_end = a.seg.sentences[si].tokens.end;
        (first..(first + 5).min(s_end))
            .find(|&x| a.person_at(x).is_some())
            .filter(|&n| super::name_lists::description(a, first..n))
            .unwrap_or(first)
    } else {
        first
    };
    let p = a.person_at(first)?;
    Some(with_list_right(a, si, p, first))
}
