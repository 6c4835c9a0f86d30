//! Who a word stands for, read off the parse: the subject that binds a possessive, the
//! speaker of a first-person quote, names inside a modifier of another.

use super::*;

/// The subject of the clause holding the possessive pronoun at token `k`, when it is a
/// person (or a pronoun of the same gender) who agrees in gender: the pronoun's binder.
pub(crate) fn binding_subject(
    a: &Analysed,
    si: usize,
    k: usize,
    gender: floorcross_mention::Gender,
    depth: usize,
) -> Option<usize> {
    let p = Parsed::new(a, si);
    let node = k.checked_sub(p.first)?;
    // The clause: the nearest verb above the pronoun (and the phrase of it the pronoun is in).
    let mut below = node;
    let mut v = p.parse.head(node)?;
    for _ in 0..p.parse.len() {
        if matches!(p.parse.upos[v], "VERB" | "AUX")
            || p.parse.children_with(v, &["cop"]).next().is_some()
        {
            break;
        }
        below = v;
        v = p.parse.head(v)?;
    }
    let subject = *p.parse.subject_of(v).first()?;
    // "After his defeat in 1997, Tom Reed left politics": a fronted adjunct, closed by a
    // comma, is bound by the subject after it
    let fronted = subject > node && below != node && p.parse.label(below).starts_with("obl") && {
        let (_, end) = p.parse.subtree_span(below);
        end <= subject && (end..subject).any(|x| a.w(p.tok(x)) == ",")
    };
    if subject >= node && !fronted {
        return None;
    }
    let t = p.tok(subject);
    if let Some(person) = a.person_at(t) {
        return a.gender(person).agrees(gender).then_some(person);
    }
    let pronoun_gender = match a.w(t) {
        "he" => floorcross_mention::Gender::Male,
        "she" => floorcross_mention::Gender::Female,
        _ => return None,
    };
    if pronoun_gender != gender {
        return None;
    }
    events::resolve_pronoun_depth(a, t, depth + 1)
}

/// Whether the word at token `inner` hangs below the word at token `outer` through a
/// modifier (a prepositional phrase, a possessive, a relative clause) rather than only
/// through coordination, apposition and name parts.
pub(crate) fn inside_modifier(p: &Parsed, outer: usize, inner: usize) -> bool {
    let (Some(o), Some(mut x)) = (outer.checked_sub(p.first), inner.checked_sub(p.first)) else {
        return false;
    };
    if o >= p.parse.len() || x >= p.parse.len() {
        return false;
    }
    let mut through_modifier = false;
    for _ in 0..p.parse.len() {
        if x == o {
            return through_modifier;
        }
        // (not "appos": the parser often mistakes a list of names for appositions)
        let label = floorcross_syntax::tree::base(p.parse.label(x));
        if matches!(label, "nmod" | "acl" | "obl") {
            through_modifier = true;
        }
        match p.parse.head(x) {
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}

/// Whether token `inner` lies inside an adverbial (an `obl` or `advcl` dependent) of verb
/// token `verb` that stands before the verb's subject ("Following the resignation of Ellis,
/// Denby was appointed": Ellis is not appointed). A "with" phrase ("along with A and B") is a
/// list of who acts, not an adverbial, and does not count.
pub(crate) fn in_fronted_adverbial(p: &Parsed, verb: usize, inner: usize) -> bool {
    let (Some(v), Some(mut x)) = (verb.checked_sub(p.first), inner.checked_sub(p.first)) else {
        return false;
    };
    if v >= p.parse.len() || x >= p.parse.len() {
        return false;
    }
    let Some(subject) = p.parse.subject_of(v).into_iter().min() else {
        return false;
    };
    for _ in 0..p.parse.len() {
        let Some(h) = p.parse.head(x) else {
            return false;
        };
        if h == v {
            let label = floorcross_syntax::tree::base(p.parse.label(x));
            let (lo, hi) = p.parse.subtree_span(x);
            return matches!(label, "obl" | "advcl")
                && hi <= subject
                && !(lo..hi).any(|m| p.parse.lower[m] == "with");
        }
        x = h;
    }
    false
}

/// Who speaks a quote in sentence `si`: a person right after a speech verb ("…, said Ann
/// Cole") or right before one ("Ann Cole said: …", "Ann Cole told reporters"), in this
/// sentence or, for a quote that runs on, the sentence before.
pub(crate) fn quote_speaker(a: &Analysed, si: usize) -> Option<(usize, usize)> {
    for s in [Some(si), si.checked_sub(1)].into_iter().flatten() {
        let sent = &a.seg.sentences[s];
        for k in sent.tokens.clone() {
            if !SPEECH_VERBS.contains(&a.w(k)) {
                continue;
            }
            // after: "said Ann Cole", "said the former minister Ann Cole"
            let after = (k + 1..(k + 5).min(sent.tokens.end))
                .take_while(|&j| a.is_word(j))
                .find_map(|j| a.person_at(j).map(|q| (q, j)));
            if after.is_some() {
                return after;
            }
            // before: "Ann Cole said", "Ann Cole, the MP, told"
            let mut j = k;
            while j > sent.tokens.start {
                j -= 1;
                if let Some(q) = a.person_at(j) {
                    return Some((q, j));
                }
                if !(a.is_word(j) || matches!(a.w(j), "," | "-" | "–")) {
                    break;
                }
                if k - j > 6 {
                    break;
                }
            }
        }
    }
    None
}

/// Verbs that report what someone said or wrote.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "insisted",
    "declared",
    "wrote",
    "tweeted",
    "explained",
    "announced",
    "admitted",
    "confirmed",
    "claimed",
    "argued",
];
