//! The time the parse attaches to the trigger's clause: a time phrase hanging from the
//! trigger's verb, or from the verb of a clause it shares its time with, and the prepositions
//! whose time is not the time of the verb they hang from.

use super::*;

/// Prepositions whose time bounds a span or names another occasion ("since 2010", "until
/// May", "by 2015", "after the 2010 election", "the candidate for next May's election"): not
/// the time of the verb they hang from.
pub(super) const NOT_WHEN: &[&str] = &[
    "since", "until", "till", "by", "before", "after", "from", "between", "within", "through",
    "for",
];

/// The time the parse attaches to the trigger's clause, when the words around the trigger
/// did not show one: a time phrase hanging from the trigger's verb ("and in 1991, after a row
/// over the poll tax, he crossed the floor"; "took the ward in yesterday's by-election"), or
/// from the verb of the clause it shares its time with: the clause a "when", "as" or "while"
/// clause modifies ("The first blow came on Monday, when X announced she was joining"), the
/// clause a participle or an absolute "with" clause hangs from ("reshuffled her cabinet in
/// February, handing the brief to X"; "took the ward last night, with X winning by 87 votes"),
/// the first of two past verbs joined by "and" that share one subject, the verb an infinitive
/// completes, an announcement of what is under way or done. A relative clause, any other
/// complement clause or a clause opened by another subordinator ("after", "because") has its
/// own time and is never climbed out of.
pub(super) fn attached_date(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    modality: Modality,
) -> Option<String> {
    let s = &a.seg.sentences[si];
    if trigger.start < s.tokens.start || trigger.end > s.tokens.end {
        return None;
    }
    // (no time in the sentence: spare the parse)
    if !s.tokens.clone().any(|k| a.point_timex(k).is_some()) {
        return None;
    }
    let p = a.parse(si);
    let base = s.tokens.start;
    // (the sentence's time words, found once)
    let times: Vec<usize> = (0..p.len())
        .filter(|&t| a.point_timex(base + t).is_some())
        .collect();
    let mut v = governing_verb(&p, trigger.start - base);
    for _ in 0..4 {
        if let Some(d) = time_phrase_of(a, &p, base, &times, v, modality) {
            return Some(d);
        }
        // ("was appointed to the post as Mr Cameron shaped his cabinet this morning": a
        // clause of the same moment, opened by "as", "when" or "while", hanging from the verb
        // tells its time; the parser may call it a parataxis after a comma)
        // (of a change that happened: what "is to" happen is not dated by the clause telling
        // of its announcement)
        let same_moment = (modality == Modality::Asserted)
            .then(|| {
                p.children_with(v, &["advcl", "parataxis"]).find_map(|c| {
                    p.children_with(c, &["mark", "advmod"])
                        .any(|m| matches!(p.lower[m].as_str(), "as" | "when" | "while"))
                        .then(|| time_phrase_of(a, &p, base, &times, c, modality))
                        .flatten()
                })
            })
            .flatten();
        if same_moment.is_some() {
            return same_moment;
        }
        let marked = |words: &[&str]| {
            p.children(v).any(|c| {
                matches!(floorcross_syntax::tree::base(p.label(c)), "mark" | "advmod")
                    && words.contains(&p.lower[c].as_str())
            })
        };
        let own_subject = p
            .children_with(v, &["nsubj", "csubj", "expl"])
            .next()
            .is_some();
        let climbs = match floorcross_syntax::tree::base(p.label(v)) {
            "advcl" => {
                marked(&["when", "as", "while", "with"])
                    || (matches!(p.xpos[v], "VBG" | "VBN")
                        && !marked(NOT_WHEN)
                        && !marked(&["if", "unless", "because", "though", "although"]))
            }
            // ("held an open primary on Saturday and picked X", "survived the ballot on
            // Saturday and was reselected": a conjunct joined by a coordinator, with no subject
            // of its own, both in the past, of a change that happened; not "was elected in 2005
            // and was not expected to stand")
            "conj" => {
                let past = |u: usize| {
                    p.xpos[u] == "VBD"
                        || p.children_with(u, &["aux"])
                            .any(|x| matches!(p.lower[x].as_str(), "was" | "were"))
                };
                // (the "and" looked for in the words: the parser may hang it elsewhere)
                // (not "and later joined the Greens": an adverb of a later time gives the
                // second verb a time of its own)
                let later = p.children_with(v, &["advmod"]).any(|x| {
                    matches!(
                        p.lower[x].as_str(),
                        "later" | "subsequently" | "afterwards" | "eventually" | "since"
                    )
                });
                modality == Modality::Asserted
                    && !own_subject
                    && !later
                    && p.head(v)
                        .is_some_and(|h| past(h) && (h + 1..v).any(|j| p.lower[j] == "and"))
                    && past(v)
            }
            "xcomp" => true,
            // ("announced on Monday that she was joining the Greens", "confirmed yesterday
            // that he had quit": what an announcement makes known in a progressive or a
            // perfect is dated by the announcement)
            "ccomp" => {
                modality == Modality::Asserted
                    && p.head(v).is_some_and(|h| {
                        matches!(
                            p.lower[h].as_str(),
                            "announced" | "confirmed" | "revealed" | "declared"
                        )
                    })
                    && p.children_with(v, &["aux"]).any(|x| {
                        matches!(p.lower[x].as_str(), "was" | "were" | "is" | "are" | "had")
                            && (p.xpos[v] == "VBG" || p.lower[x] == "had")
                    })
            }
            _ => false,
        };
        match p.head(v) {
            Some(h) if climbs => v = h,
            _ => return None,
        }
    }
    None
}

/// The date of a time phrase among `v`'s dependents (an oblique, a bare time noun or
/// adverb), found inside that phrase but not inside a clause of its own; `times` are the
/// sentence's time words.
fn time_phrase_of(
    a: &Analysed,
    p: &floorcross_syntax::tree::Parse,
    base: usize,
    times: &[usize],
    v: usize,
    modality: Modality,
) -> Option<String> {
    for c in p.children(v) {
        if !matches!(
            floorcross_syntax::tree::base(p.label(c)),
            "obl" | "advmod" | "nmod" | "npadvmod"
        ) {
            continue;
        }
        for &t in times {
            let Some(tx) = a.point_timex(base + t) else {
                continue;
            };
            // the path up to the phrase stays inside nouns and their modifiers
            let mut u = t;
            let mut inside = false;
            for _ in 0..p.len() {
                let bounded = p
                    .children(u)
                    .any(|d| p.label(d) == "case" && NOT_WHEN.contains(&p.lower[d].as_str()));
                if bounded {
                    break;
                }
                if u == c {
                    inside = true;
                    break;
                }
                let l = floorcross_syntax::tree::base(p.label(u));
                // (nor inside an apposition: "replaced by X, another 2010 intake MP")
                if matches!(
                    l,
                    "acl" | "advcl" | "ccomp" | "xcomp" | "parataxis" | "csubj" | "appos"
                ) {
                    break;
                }
                match p.head(u) {
                    Some(h) => u = h,
                    None => break,
                }
            }
            if inside {
                if let Some(d) = clause_date_value(a, tx, base + t, modality) {
                    return Some(d);
                }
            }
        }
    }
    None
}
