//! Who else a name's phrase lists: "A, B and C" either side of a mention, a short
//! description before a name ("former deputy chairwoman X"), where a mention starts and ends.

use super::*;

/// Whether the tokens in `range` can describe the person after them: "the housing minister,",
/// "its candidate", "local businesswoman", "former Welsh secretary". Words that are not
/// obviously descriptive are allowed only where a role word says what they describe.
pub(crate) fn description(a: &Analysed, range: std::ops::Range<usize>) -> bool {
    if range.len() > 7 {
        return false;
    }
    let mut has_role = false;
    let mut all_plain = true;
    for k in range {
        let w = a.w(k);
        match a.tag(k) {
            Tag::Role(_) => has_role = true,
            Tag::Party(_) | Tag::Post(_) | Tag::Org(_) => {}
            _ if OBJ_SKIP.contains(&w) || a.is_possessive(k) || matches!(w, "," | "-" | "–") => {}
            _ if DESCRIPTIVE.contains(&w) => has_role = true,
            _ => all_plain = false,
        }
    }
    all_plain || has_role
}

/// Whether the parse tags every word of `range` as part of a noun phrase (a determiner, an
/// adjective, a noun, a hyphen): "ex-soldier", "veteran peace campaigner" before a name.
pub(crate) fn nominal_words(a: &Analysed, si: usize, range: std::ops::Range<usize>) -> bool {
    if range.is_empty() || a.is_cut(si) {
        return false;
    }
    let p = a.parse(si);
    let first = a.seg.sentences[si].tokens.start;
    range.into_iter().all(|k| {
        matches!(
            p.upos.get(k - first).copied(),
            Some("DET" | "ADJ" | "NOUN" | "PUNCT")
        ) && !matches!(a.w(k), "," | ";" | ":")
    })
}

/// Nouns that describe a person as a role word does.
pub(crate) const DESCRIPTIVE: &[&str] = &[
    "replacement",
    "successor",
    "predecessor",
    "businessman",
    "businesswoman",
    "lawyer",
    "barrister",
    "teacher",
    "headteacher",
    "campaigner",
    "activist",
    "rebel",
    "veteran",
    "colleague",
    "ally",
    "aide",
    "deputy",
    "loyalist",
    "backbencher",
    "newcomer",
    "rival",
    "challenger",
    "incumbent",
];

/// The end token of the person mention starting at or covering `k`.
pub(crate) fn mention_end(a: &Analysed, k: usize) -> usize {
    let end = a.m.person_at(k).map(|pm| pm.tokens.end).unwrap_or(k + 1);
    // "Dan Reeve (left)", "Sara Moss (pictured)": a photo note is part of the mention
    if a.m.person_at(k).is_some() && photo_note(a, end) {
        end + 3
    } else {
        end
    }
}

/// Whether a photo note ("(left)", "(pictured)") starts at token `k`.
pub(crate) fn photo_note(a: &Analysed, k: usize) -> bool {
    a.w(k) == "("
        && a.w(k + 2) == ")"
        && matches!(
            a.w(k + 1),
            "left"
                | "right"
                | "centre"
                | "center"
                | "pictured"
                | "above"
                | "below"
                | "inset"
                | "top"
                | "bottom"
        )
}

pub(crate) fn mention_start(a: &Analysed, k: usize) -> usize {
    a.m.person_at(k).map(|pm| pm.tokens.start).unwrap_or(k)
}

/// Past a short bracketed aside after a name in a list ("Gwen Ashby (Castle) and Martin
/// Futter (Riverside)", "(Lab, Castle)"): up to four words, none of them a person; `j` itself
/// when there is none. (A party in brackets counts: the list's people are still listed.)
fn past_aside(a: &Analysed, j: usize, end: usize) -> usize {
    if a.w(j) != "(" {
        return j;
    }
    match (j + 1..(j + 6).min(end)).find(|&k| a.w(k) == ")") {
        Some(c) if c > j + 1 && (j + 1..c).all(|k| a.person_at(k).is_none()) => c + 1,
        _ => j,
    }
}

/// Where a short bracketed aside that ends right before `t` opens (`t` when there is none).
fn before_aside(a: &Analysed, t: usize, start: usize) -> usize {
    if t == start || a.w(t - 1) != ")" {
        return t;
    }
    match (t.saturating_sub(7).max(start)..t - 1)
        .rev()
        .find(|&k| a.w(k) == "(")
    {
        Some(o) if o + 1 < t - 1 && (o + 1..t - 1).all(|k| a.person_at(k).is_none()) => o,
        _ => t,
    }
}

/// "A, B and C": the people listed from the mention at `k` rightwards.
pub(crate) fn with_list_right(a: &Analysed, si: usize, p: usize, k: usize) -> Vec<(usize, usize)> {
    let s_end = a.seg.sentences[si].tokens.end;
    let mut out = vec![(p, k)];
    let mut j = past_aside(a, mention_end(a, k), s_end);
    // A list joins its last name with "and": "the re-election of Sam Price, Mrs Hart
    // said" is one name and the next clause's subject.
    let mut joined = false;
    loop {
        let mut t = j;
        let mut saw_sep = false;
        // ("followed by Burnham and then Balls")
        // ("… and the Green Party's Hazel Bright": a party's possessive before the name)
        let owner = |t: usize| {
            a.w(t) == "the" && a.m.party_at(t + 1).is_some()
                || matches!(a.w(t), "'s" | "’s") && a.m.party_at(t.wrapping_sub(1)).is_some()
        };
        while t < s_end
            && (matches!(
                a.w(t),
                "," | "and" | "&" | "-" | "–" | "fellow" | "qc" | "kc"
            ) || matches!(a.tag(t), Tag::Party(_) | Tag::Role(_) | Tag::Org(_))
                || owner(t)
                || a.w(t) == "then" && a.w(t.wrapping_sub(1)) == "and")
        {
            saw_sep |= matches!(a.w(t), "," | "and" | "&" | "-" | "–");
            joined |= matches!(a.w(t), "and" | "&");
            t += 1;
        }
        // a short description before the next name: "director-general Greg Dyke"
        if saw_sep && a.person_at(t).is_none() {
            if let Some(n) = (t..(t + 4).min(s_end)).find(|&x| a.person_at(x).is_some()) {
                if (description(a, t..n) || nominal_words(a, si, t..n))
                    && (t..n).all(|x| a.w(x) != "," && a.w(x) != "and")
                {
                    t = n;
                }
            }
        }
        match a.person_at(t) {
            Some(q) if saw_sep && t < s_end => {
                if !out.iter().any(|(x, _)| *x == q) {
                    out.push((q, t));
                }
                j = past_aside(a, mention_end(a, t), s_end);
            }
            _ => break,
        }
    }
    if !joined {
        out.truncate(1);
    }
    out
}

/// "A, B and C" ending at the mention at `k`: the people listed leftwards, in text order,
/// plus "X, along with fellow MPs Y and Z" rightwards.
pub(crate) fn with_list_left(a: &Analysed, si: usize, p: usize, k: usize) -> Vec<(usize, usize)> {
    let s0 = a.seg.sentences[si].tokens.start;
    let mut out = vec![(p, k)];
    let mut j = mention_start(a, k);
    loop {
        let mut t = j;
        let mut saw_sep = false;
        // a description of the next person ("former Welsh secretary") and then a separator
        let mut d = t;
        while d > s0
            && d + 7 > t
            && !matches!(a.w(d - 1), "," | "and" | "&")
            && a.person_at(d - 1).is_none()
        {
            d -= 1;
        }
        if d < t && d > s0 && matches!(a.w(d - 1), "," | "and" | "&") && description(a, d..t) {
            t = d;
        }
        while t > s0
            && (matches!(a.w(t - 1), "," | "and" | "&")
                || matches!(a.tag(t - 1), Tag::Party(_) | Tag::Role(_)))
        {
            saw_sep |= matches!(a.w(t - 1), "," | "and" | "&");
            t -= 1;
        }
        // ("Dan Reeve (left) and Sara Moss", "Gwen Ashby (Castle) and Martin Futter": past
        // the photo note or the aside)
        if saw_sep {
            t = before_aside(a, t, s0);
        }
        if t == s0 || !saw_sep {
            break;
        }
        match a.person_at(t - 1) {
            // "Following the death of Paul Ellis, Mark Denby was appointed": a name that is
            // a preposition's object before a comma closes a fronted phrase, not a list
            Some(_) if a.w(t) == "," && fronted_object(a, s0, mention_start(a, t - 1)) => break,
            // ("the closure of the Victoria Baths, Gwen Ashby and …": a name right after "the"
            // is a place's or a thing's)
            Some(_) if a.w(mention_start(a, t - 1).wrapping_sub(1)) == "the" => break,
            Some(q) => {
                if !out.iter().any(|(x, _)| *x == q) {
                    out.insert(0, (q, t - 1));
                }
                j = mention_start(a, t - 1);
            }
            None => break,
        }
    }
    out
}

/// Whether the name starting at `ms` is a preposition's object (not "along with" or
/// "together with", which list who acts).
pub(crate) fn fronted_object(a: &Analysed, s0: usize, ms: usize) -> bool {
    ms > s0
        && PREPOSITIONS.contains(&a.w(ms - 1))
        && !(a.w(ms - 1) == "with" && matches!(a.w(ms.wrapping_sub(2)), "along" | "together"))
}
