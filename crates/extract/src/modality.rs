//! Modality: whether an event is reported as fact, plan, rumour, denial or supposition.
//!
//! Two scopes are read. The *local* scope is the verb chain between the event's person and
//! its trigger ("could", "is expected to", "did not", "would be"). The *governing* scope is
//! what comes before the person, where a cue that takes a clause ("strong rumours that",
//! "denied that", "if") governs everything after it. Calls and demands ("called on him to
//! quit", "should resign") are not events at all: [`modality`] returns `None` for them.

use floorcross_model::Modality;

use crate::doc::Analysed;

mod cues;

use cues::{Cue, CALLS, GOVERNING, LOCAL};

fn matches_at(a: &Analysed, k: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(j, w)| {
        let t = a.w(k + j);
        t == *w || (*w == "not" && t.ends_with("n't"))
    })
}

/// [`matches_at`] past quotation marks between the words: a cue in scare quotes ("to be
/// \"on the verge\" of switching sides") is the cue.
fn matches_quoted(a: &Analysed, k: usize, words: &[&str], end: usize) -> bool {
    let quote = |t: usize| matches!(a.w(t), "\"" | "“" | "”" | "'" | "‘" | "’");
    let mut t = k;
    for (j, w) in words.iter().enumerate() {
        while j > 0 && t < end && quote(t) {
            t += 1;
        }
        if t >= end || !matches_at(a, t, &[w]) {
            return false;
        }
        t += 1;
    }
    true
}

/// The cues of a list grouped by their first word, in list order.
type CueIndex = rustc_hash::FxHashMap<&'static str, Vec<&'static Cue>>;

fn index(cues: &'static [Cue], cell: &'static std::sync::OnceLock<CueIndex>) -> &'static CueIndex {
    cell.get_or_init(|| {
        let mut map = CueIndex::default();
        for cue in cues {
            map.entry(cue.words[0]).or_default().push(cue);
        }
        map
    })
}

/// Whether the "if" at `k` joins two adjectives ("a fluent if abrasive speaker", "a brief if
/// eventful spell"): a concession, read off the tagger.
fn concessive_if(a: &Analysed, k: usize) -> bool {
    let si = a.sentence_of(k);
    let s0 = a.seg.sentences[si].tokens.start;
    if k == s0 || k + 1 >= a.seg.sentences[si].tokens.end {
        return false;
    }
    // (no parse for the common "if he", "if the", ", if": no adjective on one side)
    let closed = |t: usize| {
        !a.is_word(t)
            || matches!(
                a.w(t),
                "he" | "she"
                    | "it"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "this"
                    | "that"
                    | "there"
                    | "and"
                    | "or"
                    | "but"
                    | "as"
                    | "even"
                    | "only"
            )
    };
    if closed(k - 1) || closed(k + 1) {
        return false;
    }
    let p = a.parse(si);
    let tag = |t: usize| p.upos.get(t - s0).copied().unwrap_or("");
    tag(k - 1) == "ADJ" && tag(k + 1) == "ADJ"
}

fn find_cue(
    a: &Analysed,
    range: std::ops::Range<usize>,
    cues: &'static [Cue],
) -> Option<(Modality, usize)> {
    static LOCAL_INDEX: std::sync::OnceLock<CueIndex> = std::sync::OnceLock::new();
    static GOVERNING_INDEX: std::sync::OnceLock<CueIndex> = std::sync::OnceLock::new();
    let idx = if std::ptr::eq(cues, LOCAL) {
        index(LOCAL, &LOCAL_INDEX)
    } else {
        index(GOVERNING, &GOVERNING_INDEX)
    };
    let mut best: Option<(Modality, usize)> = None;
    let mut skip_to = range.start;
    for k in range.clone() {
        if k < skip_to {
            continue;
        }
        // names and dates are not cues: "Theresa May", "on 6 May" are not "may"
        if !matches!(a.tag(k), floorcross_mention::Tag::None) || a.tok_timex[k].is_some() {
            continue;
        }
        let w = a.w(k);
        // "A fluent if abrasive speaker": "if" between two adjectives concedes, it does not
        // suppose
        if w == "if" && concessive_if(a, k) {
            continue;
        }
        // "If anything, …", "if only": idioms, not conditions
        if w == "if" && matches!(a.w(k + 1), "anything" | "only") && a.w(k + 2) == "," {
            continue;
        }
        // "May fired George Osborne": a capitalised "May" inside a sentence, or before a
        // past-tense verb, is the name the recogniser missed, not the modal
        if w == "may" && a.raw(k) == "May" {
            let first = k == a.seg.sentences[a.sentence_of(k)].tokens.start;
            let next = a.w(k + 1);
            if !first || next.ends_with("ed") || next.ends_with("'s") || next == "has" {
                continue;
            }
        }
        // "n't" endings are negations
        let key = if w.ends_with("n't") { "not" } else { w };
        // ("Tom Hale, not Ann Owen, was elected": the negation is of the aside's name)
        if key == "not" && k > range.start && a.w(k - 1) == "," && a.person_at(k + 1).is_some() {
            continue;
        }
        // "does not rule out a return": a double negative leaves it open
        if key == "not"
            && [["rule", "out"], ["ruled", "out"], ["ruling", "out"]]
                .iter()
                .any(|c| matches_at(a, k + 1, c))
        {
            if best.is_none_or(|(m, _)| rank(Modality::Rumoured) > rank(m)) {
                best = Some((Modality::Rumoured, k));
            }
            skip_to = k + 3;
            continue;
        }
        // "As was widely expected, Darling has been appointed": a comment clause opened by
        // "as" says the change happened as foreseen, not that it is foreseen
        if as_comment_clause(a, k, range.start) {
            continue;
        }
        // "The changes announced yesterday were: …": a participle after the noun of the
        // changes tells they were made known, not that they are to come
        if w == "announced"
            && k > range.start
            && matches!(
                a.w(k - 1),
                "changes" | "appointments" | "moves" | "reshuffle" | "promotions" | "line-up"
            )
        {
            continue;
        }
        // "spoke out against the plan": a plan named by a determiner is a thing, not a
        // verb of planning ("plans to quit")
        if matches!(w, "plan" | "plans")
            && k > range.start
            && matches!(
                a.w(k - 1),
                "the" | "a" | "an" | "this" | "that" | "his" | "her" | "their" | "its" | "our"
            )
            && a.w(k + 1) != "to"
        {
            continue;
        }
        // "accepted an offer to join the cabinet": "offer" after a determiner is a noun, and
        // what it offers is read from the verb that takes it
        if w == "offer"
            && k > range.start
            && matches!(
                a.w(k - 1),
                "an" | "the" | "a" | "his" | "her" | "their" | "this" | "that" | "any" | "no"
            )
        {
            continue;
        }
        let Some(list) = idx.get(key) else { continue };
        for cue in list {
            if k + cue.words.len() <= range.end && matches_quoted(a, k, cue.words, range.end) {
                if best.is_none_or(|(m, _)| rank(cue.modality) > rank(m)) {
                    best = Some((cue.modality, k));
                }
                // (the words of a cue are not cues of their own: "neither confirm nor deny")
                skip_to = k + cue.words.len();
                break;
            }
        }
    }
    best
}

/// Whether token `k` is the participle of a comment clause opened by "as" ("as expected",
/// "as was widely predicted", "as had been announced"), looking back no further than `from`.
fn as_comment_clause(a: &Analysed, k: usize, from: usize) -> bool {
    if !matches!(
        a.w(k),
        "expected"
            | "predicted"
            | "forecast"
            | "anticipated"
            | "announced"
            | "planned"
            | "promised"
    ) {
        return false;
    }
    let mut j = k;
    while j > from {
        j -= 1;
        match a.w(j) {
            "as" => return true,
            "was" | "were" | "had" | "has" | "been" | "is" | "widely" | "largely" | "long"
            | "much" | "generally" | "universally" => continue,
            _ => return false,
        }
    }
    false
}

/// Whether the trigger at `t` is the infinitive after "too" and an adjective ("too young to
/// retire", "too ill to be moved", "too early to have resigned"), sentence from `s0`.
fn too_adjective_to(a: &Analysed, s0: usize, t: usize) -> bool {
    let mut k = t;
    if k > s0 && matches!(a.w(k - 1), "be" | "have") {
        k -= 1;
    }
    k >= s0 + 3
        && a.w(k - 1) == "to"
        && a.w(k - 3) == "too"
        && a.is_word(k - 2)
        && a.m.party_at(k - 2).is_none()
        && a.person_at(k - 2).is_none()
}

/// Verbs that make a change or make it known, taking it as their object ("announced his
/// resignation", "tendered her resignation", "declared his candidacy").
const MAKING_VERBS: &[&str] = &[
    "announce",
    "announces",
    "announced",
    "announcing",
    "declare",
    "declares",
    "declared",
    "declaring",
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
    "tender",
    "tenders",
    "tendered",
    "tendering",
    "submit",
    "submits",
    "submitted",
    "submitting",
    "hand",
    "hands",
    "handed",
    "handing",
    "make",
    "makes",
    "made",
    "making",
    "offer",
    "offers",
    "offered",
    "offering",
    "launch",
    "launches",
    "launched",
    "launching",
    "lodge",
    "lodges",
    "lodged",
    "lodging",
    "put",
    "puts",
    "putting",
];

/// Whether a noun trigger is what its accepting body turns down ("The prime minister refused to
/// accept Tom Reed's resignation", "rejected his resignation"): a change that has not taken
/// effect. Read off the words before the noun, past its owner ("his", "Tom Reed's").
pub(crate) fn refused_governor(a: &Analysed, trigger: &std::ops::Range<usize>) -> bool {
    let mut b = trigger.start;
    while b > 0
        && trigger.start - b < 5
        && (matches!(a.w(b - 1), "his" | "her" | "their" | "'s" | "’s" | "the")
            || a.person_at(b - 1).is_some())
    {
        b -= 1;
    }
    b >= 1
        && (matches!(a.w(b - 1), "rejected" | "rejects" | "rejecting")
            || b >= 3
                && a.w(b - 1) == "accept"
                && a.w(b - 2) == "to"
                && matches!(
                    a.w(b - 3),
                    "refused" | "refuses" | "refusing" | "declined" | "declines" | "declining"
                ))
}

/// Whether the verb that takes a noun trigger as its object is negated: "did not announce
/// his resignation", "has never declared her candidacy" (not "did not announce his
/// resignation until Monday", which says when, nor "not only announced").
pub(crate) fn negated_governor(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> bool {
    let s0 = a.seg.sentences[si].tokens.start;
    let p = a.parse(si);
    let node = trigger.end - 1 - s0;
    if p.labels.get(node) != Some(&"obj") {
        return false;
    }
    let Some(h) = p.heads[node] else {
        return false;
    };
    // (a verb that makes the change or makes it known: "did not endorse his appointment"
    // leaves the appointment made)
    if !matches!(p.upos[h], "VERB" | "AUX") || !MAKING_VERBS.contains(&p.lower[h].as_str()) {
        return false;
    }
    let deps: Vec<usize> = (0..p.heads.len())
        .filter(|&j| p.heads[j] == Some(h))
        .collect();
    let negated = deps.iter().any(|&j| {
        matches!(p.lower[j].as_str(), "not" | "n't" | "never")
            && p.lower.get(j + 1).map(String::as_str) != Some("only")
    });
    let s_end = a.seg.sentences[si].tokens.end;
    negated && !(trigger.end..s_end).any(|k| matches!(a.w(k), "until" | "till"))
}

/// Which modality wins when several cues apply.
fn rank(m: Modality) -> u8 {
    match m {
        Modality::Asserted => 0,
        Modality::Expected => 1,
        Modality::Rumoured => 2,
        Modality::Hypothetical => 3,
        Modality::Denied => 4,
    }
}

/// The modality of the event triggered at `trigger` whose person mention ends before token
/// `person_tok` (when the person precedes the trigger). `None` for calls and demands.
pub fn modality(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    person_tok: Option<usize>,
) -> Option<Modality> {
    let s = &a.seg.sentences[si];
    // The verb chain: from just after the person (if before the trigger) to the trigger.
    let chain_start = match person_tok {
        Some(p) if p < trigger.start => {
            let mut e = p;
            while e < trigger.start && !matches!(a.tag(e), floorcross_mention::Tag::None) {
                e += 1;
            }
            e
        }
        _ => trigger.start.saturating_sub(6).max(s.tokens.start),
    };
    // "is thought to be Tory Tom Ellis, who won the seat": a relative clause
    // is its own clause; what governs the main clause does not reach into it
    // A relative clause closed before the trigger ("X, who quit in March over planning, unveiled
    // ...") is skipped; one the trigger sits in starts the chain.
    let who = (chain_start..trigger.start)
        .rev()
        .find(|&k| matches!(a.w(k), "who" | "whom" | "whose"));
    let closed = who.and_then(|w| (w + 1..trigger.start).rev().find(|&k| a.w(k) == ","));
    let relative = if closed.is_some() { None } else { who };
    let chain_start = match (closed, relative) {
        (Some(c), _) => c + 1,
        (None, Some(w)) => w + 1,
        (None, None) => chain_start,
    };
    // "Ann Cole, who announced that she would stand down, has now resigned": when the person
    // was read inside a relative clause, a comma followed only by the main verb's auxiliaries
    // ends that clause, and its "would" stays in it
    let mut closed_who = who.filter(|_| closed.is_some());
    // ... and "Tom Ashby, a former chairman of the planning committee, was elected": an
    // apposition closed right before the verb chain is no part of that chain
    let aux_only = |c: usize| {
        (c + 1..trigger.start).all(|k| {
            matches!(
                a.w(k),
                "has"
                    | "have"
                    | "had"
                    | "now"
                    | "also"
                    | "since"
                    | "finally"
                    | "then"
                    | "been"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
            )
        })
    };
    let chain_start = match (chain_start..trigger.start).rev().find(|&k| a.w(k) == ",") {
        Some(c)
            if aux_only(c) && (s.tokens.start..c).any(|k| matches!(a.w(k), "who" | "which")) =>
        {
            closed_who = (s.tokens.start..c)
                .rev()
                .find(|&k| matches!(a.w(k), "who" | "which"));
            c + 1
        }
        Some(c) if aux_only(c) && crate::events::apposition_opened_at(a, si, c).is_some() => c + 1,
        _ => chain_start,
    };
    // "has been urged to stand down after leaving the party", "will speak today after
    // quitting the Tories": a gerund after "after" or "since" tells what already happened;
    // the main clause's modal, plan or call is not its own
    // (and its purpose: "after leaving the Tories to join Labour")
    let gerund_after = |g: usize| {
        a.w(g).ends_with("ing") && g > s.tokens.start && matches!(a.w(g - 1), "after" | "since")
    };
    let purpose_of_gerund = trigger.start > s.tokens.start
        && a.w(trigger.start - 1) == "to"
        && (trigger.start.saturating_sub(8).max(s.tokens.start + 1)..trigger.start - 1)
            .rev()
            .take_while(|&k| !matches!(a.w(k), "," | ";" | "but" | "and"))
            .any(gerund_after);
    // ("… after being sacked as a shadow minister", "after having quit the party": a passive
    // or perfect gerund after "after" too)
    let gerund_chain = trigger.start >= s.tokens.start + 2
        && matches!(a.w(trigger.start - 1), "being" | "been")
        && (gerund_after(trigger.start - 1)
            || a.w(trigger.start - 1) == "been"
                && a.w(trigger.start - 2) == "having"
                && gerund_after(trigger.start - 2));
    let done_before = (gerund_after(trigger.start) || purpose_of_gerund || gerund_chain)
        && chain_start < trigger.start;
    let chain_start = if done_before {
        trigger.start
    } else {
        chain_start
    };
    let chain = chain_start..trigger.start;
    // "was offered the post of chancellor but turned it down": a change declined later in the
    // sentence did not happen
    // ("offered his resignation, but it was rejected": an offer refused is no change)
    let declined = (trigger.end..s.tokens.end).any(|k| {
        a.w(k) == "but"
            && (matches_at(a, k + 1, &["turned", "it", "down"])
                || matches_at(a, k + 1, &["turned", "down"])
                || matches_at(a, k + 1, &["declined"])
                || matches_at(a, k + 1, &["refused"])
                || matches_at(a, k + 1, &["it", "was", "rejected"])
                || matches_at(a, k + 1, &["it", "was", "refused"])
                || matches_at(a, k + 1, &["it", "was", "not", "accepted"])
                || matches_at(a, k + 1, &["was", "talked", "out", "of", "it"])
                || matches_at(a, k + 1, &["changed", "his", "mind"])
                || matches_at(a, k + 1, &["changed", "her", "mind"])
                || matches_at(a, k + 1, &["changed", "their", "minds"])
                || matches_at(a, k + 1, &["stayed", "on"])
                || matches_at(a, k + 1, &["backed", "down"])
                || matches_at(a, k + 1, &["thought", "better", "of", "it"])
                // ("offered to resign but the prime minister refused": another's refusal,
                // not "refused to comment")
                || (k + 2..(k + 6).min(s.tokens.end)).any(|j| {
                    matches!(a.w(j), "refused" | "rejected" | "declined")
                        && (matches!(a.w(j + 1), "." | "," | "it" | "")
                            || matches!(a.w(j + 1), "the" | "his" | "her")
                                && matches!(a.w(j + 2), "resignation" | "offer"))
                }))
    });
    if declined {
        return Some(Modality::Denied);
    }
    // "too young to retire", "too early to be retired": the degree that "too" sets rules the
    // change out
    if too_adjective_to(a, s.tokens.start, trigger.start) {
        return Some(Modality::Denied);
    }
    // "chose to sit as an independent rather than join the Tories", "instead of joining the
    // Greens": the alternative set aside is not done
    let t = trigger.start;
    if t >= s.tokens.start + 2
        && matches!(
            (a.w(t - 2), a.w(t - 1)),
            ("rather", "than") | ("instead", "of")
        )
    {
        return Some(Modality::Denied);
    }
    if let Some(m) = object_control(a, si, trigger, person_tok) {
        return m;
    }
    // "rejected calls to resign", "faced demands for her to quit": what is called for is no
    // change, whatever the verb of the main clause
    let t = trigger.start;
    let call_noun = |w: &str| {
        matches!(
            w,
            "calls" | "call" | "demands" | "demand" | "pressure" | "appeals" | "urgings"
        )
    };
    if t >= s.tokens.start + 2
        && a.w(t - 1) == "to"
        && (call_noun(a.w(t - 2))
            || t >= s.tokens.start + 4
                && matches!(a.w(t - 2), "him" | "her" | "them")
                && a.w(t - 3) == "for"
                && call_noun(a.w(t - 4)))
    {
        return None;
    }
    // "has no choice but to resign": an obligation still to be met ("had no choice but to
    // resign" tells what was done)
    let t = trigger.start;
    if t >= s.tokens.start + 5
        && a.w(t - 1) == "to"
        && a.w(t - 2) == "but"
        && matches!(a.w(t - 3), "choice" | "option" | "alternative")
        && a.w(t - 4) == "no"
        && matches!(a.w(t - 5), "has" | "have" | "'s" | "’s")
    {
        return Some(Modality::Expected);
    }
    // "Blair dismisses quit claim report", "defection rumours": a trigger word that modifies
    // a noun of talk names what is talked about, not a change
    if matches!(
        a.w(trigger.end),
        "claim" | "claims" | "rumour" | "rumours" | "report" | "reports" | "speculation" | "talk"
    ) {
        return Some(Modality::Rumoured);
    }
    // "met her to discuss joining the Greens", "is considering standing": a gerund that a verb
    // of weighing up takes is not something done
    if a.w(trigger.start).ends_with("ing")
        && trigger.start > s.tokens.start
        && matches!(
            a.w(trigger.start - 1),
            "discuss"
                | "discussed"
                | "discussing"
                | "discusses"
                | "consider"
                | "considered"
                | "considering"
                | "considers"
                | "explore"
                | "explored"
                | "exploring"
                | "contemplate"
                | "contemplated"
                | "contemplating"
                | "contemplates"
                | "debating"
                | "mulling"
        )
    {
        return Some(Modality::Rumoured);
    }
    // "held talks about defecting", "speculation over quitting": a gerund that is the topic of
    // talk is not something done
    // (but "had no regrets about leaving Labour" regrets what was done)
    if a.w(trigger.start).ends_with("ing")
        && trigger.start > s.tokens.start
        && matches!(a.w(trigger.start - 1), "about" | "over")
        && !matches!(
            a.w(trigger.start.wrapping_sub(2)),
            "regrets" | "regret" | "sorry" | "proud" | "reasons" | "doubts"
        )
    {
        return Some(Modality::Rumoured);
    }
    // "defected on the eve of Brown taking over", "ahead of his appointment": what a time
    // phrase looks forward to has not happened yet
    let lookahead =
        (trigger.start.saturating_sub(8).max(s.tokens.start)..trigger.start).find(|&k| {
            matches_at(a, k, &["eve", "of"])
                || matches_at(a, k, &["ahead", "of"])
                || matches_at(a, k, &["run-up", "to"])
                || matches_at(a, k, &["run", "up", "to"])
        });
    if let Some(k) = lookahead {
        let nominal = a.w(trigger.start).ends_with("ing")
            || a.w(trigger.start).ends_with("ment")
            || a.w(trigger.start).ends_with("ion");
        let same_phrase = (k..trigger.start).all(|j| !matches!(a.w(j), "," | ";" | "and" | "but"));
        if nominal && same_phrase {
            return Some(Modality::Expected);
        }
    }
    // A demand: "called on X to quit", "X should resign".
    let call_lo = chain_start.saturating_sub(8).max(s.tokens.start);
    let call_hi = if done_before { call_lo } else { trigger.start };
    for k in call_lo..call_hi {
        // ("said Labour must change, following his decision to quit": the call is in a clause
        // an adverbial after a comma leaves behind)
        let left_behind = (k + 1..trigger.start).any(|j| {
            a.w(j) == ","
                && matches!(
                    a.w(j + 1),
                    "following" | "after" | "despite" | "amid" | "since" | "having" | "as"
                )
        });
        if left_behind {
            continue;
        }
        for c in CALLS {
            if matches_at(a, k, c) {
                // "should she defect" is a condition, not a demand
                let inverted = c[0] == "should"
                    && (matches!(a.w(k + 1), "he" | "she" | "they" | "it")
                        || a.person_at(k + 1).is_some());
                if inverted {
                    return Some(Modality::Hypothetical);
                }
                // "wants to stand" is a wish about oneself, not a demand on someone else
                if c[0].starts_with("want") && a.w(k + 1) == "to" {
                    continue;
                }
                return None;
            }
        }
    }
    // "scrambling to stop X from following him": what someone is trying to prevent has not
    // happened, and may
    let prevented = trigger.start > s.tokens.start
        && a.w(trigger.start - 1) == "from"
        && (s.tokens.start..trigger.start).any(|k| {
            matches!(
                a.w(k),
                "stop"
                    | "stopping"
                    | "prevent"
                    | "preventing"
                    | "deter"
                    | "dissuade"
                    | "discourage"
            )
        });
    if prevented {
        return Some(Modality::Rumoured);
    }
    // "has been barred from standing", "banned from rejoining": what one is barred from
    // does not happen
    let barred = trigger.start >= s.tokens.start + 2
        && a.w(trigger.start - 1) == "from"
        && matches!(
            a.w(trigger.start - 2),
            "barred" | "banned" | "blocked" | "prohibited" | "disqualified" | "excluded"
        );
    if barred {
        return Some(Modality::Denied);
    }
    // ("will fight", "will serve as": a trigger phrase that carries its own future)
    // (the verb chain of a person after the trigger reaches no further back than the
    // trigger's own clause: "Although Ann Owen could not attend, the party expelled Tom Hale"
    // expels him)
    let chain = if person_tok.is_some_and(|p| p < trigger.start) {
        chain
    } else {
        let clause = (chain.start..trigger.start).rev().find(|&k| {
            matches!(
                a.w(k),
                "," | ";" | ":" | "but" | "although" | "though" | "while" | "whereas"
            )
        });
        clause.map_or(chain.start, |k| k + 1)..chain.end
    };
    let local = find_cue(a, chain.clone(), LOCAL).or_else(|| {
        matches!(a.w(trigger.start), "will" | "shall" | "'ll")
            .then_some((Modality::Expected, trigger.start))
    });
    // Negation right after an auxiliary at the trigger ("will not stand" is in the chain;
    // "stands not" does not occur).
    // ("X, who announced last month that she would stand down, has now resigned": a closed
    // relative clause's cues govern only inside it)
    // ("When the result was announced, X was elected", "Although he had denied it, X
    // defected": a fronted adverbial clause closed by its comma is its own clause; its cues do
    // not govern the main one. A fronted "if" does: it is the supposition.)
    let s0 = s.tokens.start;
    let fronted = matches!(
        a.w(s0),
        "when"
            | "after"
            | "as"
            | "although"
            | "though"
            | "while"
            | "whilst"
            | "once"
            | "since"
            | "before"
            | "because"
            | "despite"
            | "until"
    );
    let gov_lo = fronted
        .then(|| (s0 + 1..chain_start).find(|&k| a.w(k) == ","))
        .flatten()
        .filter(|&c| c < trigger.start)
        .map_or(s0, |c| c + 1);
    // (what an "after …ing" adjunct tells is done before the main clause's plan, rumour or
    // denial: "is expected to speak today after being expelled last week")
    let gov_range = if relative.is_some() || done_before {
        chain_start..chain_start
    } else if let Some(w) = closed_who {
        gov_lo.min(w)..w
    } else {
        gov_lo.min(chain_start)..chain_start
    };
    let gov_end = gov_range.end;
    let governing = find_cue(a, gov_range, GOVERNING).filter(|(_, k)| governs(a, *k, gov_end));
    let headline_to =
        a.is_headline(si) && trigger.start > s.tokens.start && a.w(trigger.start - 1) == "to";
    let mut m = Modality::Asserted;
    if headline_to {
        m = Modality::Expected;
    }
    // "is taking over as prime minister", "are stepping down": a change in progress has not
    // happened yet ("is standing for Labour" is a candidacy, which is a state)
    // ("is running for mayor" too)
    let candidacy = a.w(trigger.start) == "standing"
        && !matches!(a.w(trigger.start + 1), "down" | "aside")
        || a.w(trigger.start) == "running" && matches!(a.w(trigger.start + 1), "for" | "as" | "in");
    let progressive = a.w(trigger.start).ends_with("ing")
        && !candidacy
        && trigger.start > chain_start
        && matches!(a.w(trigger.start - 1), "is" | "are" | "am" | "'s" | "’s");
    // ("Today I am leaving it": a change in progress today is the day's act)
    let today = a.dct.map(|d| d.to_string());
    let done_today = || {
        (s.tokens.start..s.tokens.end).any(|k| {
            a.point_timex(k).is_some_and(|t| {
                matches!(a.w(k), "today" | "tonight") && today.as_deref() == Some(t.value.as_str())
            })
        })
    };
    // ("is leaving the Labour Party", "is defecting to UKIP": a change of party in progress is
    // the day's act, unless a later time is given: "is leaving the party next month")
    let party_change_now = progressive
        && matches!(
            a.w(trigger.start),
            "leaving" | "quitting" | "defecting" | "switching" | "joining" | "resigning"
        )
        // ("is leaving the government", "is quitting the cabinet": an office's the same)
        && ((trigger.end..(trigger.end + 4).min(s.tokens.end)).any(|k| a.m.party_at(k).is_some())
            || trigger.clone().any(|k| {
                matches!(
                    a.w(k),
                    "government" | "cabinet" | "parliament" | "commons" | "office" | "post"
                )
            }))
        && !(trigger.end..s.tokens.end).any(|k| {
            matches!(
                a.w(k),
                "next" | "end" | "later" | "soon" | "shortly" | "when" | "once"
            ) || a
                .point_timex(k)
                .is_some_and(|t| today.as_deref() != t.value.get(..10))
        });
    // ("is quitting as chairman with immediate effect")
    let immediate =
        || (trigger.end..s.tokens.end).any(|k| a.w(k) == "immediate" && a.w(k + 1) == "effect");
    if progressive && !party_change_now && !done_today() && !immediate() {
        m = Modality::Expected;
    }
    if let Some((l, _)) = local {
        m = l;
    }
    let mut cue_at = local.map(|(_, k)| k);
    if let Some((g, k)) = governing {
        // a governing denial over a local negation would be a double negative: keep local
        if !(g == Modality::Denied && m == Modality::Denied)
            && (rank(g) > rank(m) || m == Modality::Expected)
        {
            m = g;
            cue_at = Some(k);
        }
    }
    // "announced his resignation", "announced he has crossed the floor": announcing a change
    // already made reports it. (Announcing what will happen stays expected.)
    if m == Modality::Expected && cue_at.is_some_and(|k| a.w(k).starts_with("announc")) {
        let after_cue = cue_at.map_or(chain_start, |k| k + 1)..trigger.start;
        // ("will announce his resignation on Friday": the announcing itself still to come)
        let cue_k = cue_at.unwrap_or(chain_start);
        let future = after_cue
            .clone()
            .any(|k| matches!(a.w(k), "will" | "would" | "to" | "shall" | "'ll" | "plans"))
            || (cue_k.saturating_sub(3).max(s.tokens.start)..cue_k)
                .any(|k| matches!(a.w(k), "will" | "would" | "to" | "shall" | "'ll" | "going"));
        // ("announced he was quitting": a past progressive reports the act; "announced he is
        // stepping down next month" is an arrangement, still expected)
        let progressive_past = a.w(trigger.start).ends_with("ing")
            && after_cue.clone().any(|k| matches!(a.w(k), "was" | "were"));
        // ("announced he is leaving the Labour Party": a change of party in progress is the
        // day's act, as it is unannounced)
        let done = progressive_past
            || party_change_now
            || after_cue
                .clone()
                .any(|k| matches!(a.w(k), "has" | "have" | "had"))
            || after_cue.clone().all(|k| {
                matches!(a.w(k), "his" | "her" | "their" | "its" | "the" | "a")
                    // ("announced a shock defection": an adjective before the noun)
                    || k + 1 == trigger.start
                        && matches!(
                            a.w(k),
                            "shock" | "surprise" | "dramatic" | "sudden" | "formal" | "long-awaited"
                        )
            });
        if done && !future {
            m = Modality::Asserted;
        }
    }
    // "takes up the role of chief executive next month", "steps down in June": a present
    // tense with a later time is an arrangement, not yet done
    // ("Her resignation from the Assembly takes effect on Friday": a change's noun whose
    // taking effect is told in the present, as the verb's own present is)
    let takes_effect = (trigger.end..(trigger.end + 8).min(s.tokens.end))
        .any(|k| matches!(a.w(k), "takes" | "comes") && matches!(a.w(k + 1), "effect" | "into"));
    let present = takes_effect
        || a.w(trigger.start).ends_with('s')
            && !matches!(a.w(trigger.start), "is" | "was" | "has" | "does" | "goes")
            && !a.w(trigger.start).ends_with("ss");
    if m == Modality::Asserted && present {
        let later = (trigger.end..s.tokens.end).any(|k| {
            a.point_timex(k).is_some_and(|t| {
                today.as_deref().is_some_and(|d| {
                    let v = t.value.get(..10).unwrap_or(&t.value);
                    v.len() >= 7
                        && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                        && v > &d[..v.len().min(10)]
                })
            })
        });
        // (a bare weekday the change takes effect on is the next one: "takes effect on Friday")
        let weekday_to_come = takes_effect
            && (trigger.end..s.tokens.end).any(|k| {
                a.point_timex(k).is_some()
                    && matches!(
                        a.w(k),
                        "monday"
                            | "tuesday"
                            | "wednesday"
                            | "thursday"
                            | "friday"
                            | "saturday"
                            | "sunday"
                    )
            });
        if later || weekday_to_come {
            m = Modality::Expected;
        }
    }
    // ("Will Tom Reed defect to Reform UK?", "Has he quit the Tories?", "Reed quits? Not yet"):
    // a change asked about in a yes-no question is not asserted; a wh-question presupposes it
    // ("Why did Tom Reed quit?")
    let last = (s.tokens.start..s.tokens.end)
        .rev()
        .find(|&k| !matches!(a.w(k), "\"" | "'" | "”" | "’" | ")"));
    if matches!(m, Modality::Asserted | Modality::Expected)
        && last.is_some_and(|k| a.w(k) == "?" && k > trigger.start)
    {
        let wh = (s.tokens.start..trigger.start).any(|k| {
            matches!(
                a.w(k),
                "why" | "how" | "when" | "where" | "what" | "who" | "which" | "whom" | "whose"
            )
        });
        if !wh {
            m = Modality::Rumoured;
        }
    }
    // "Nor, whatever you may have read, have I joined the Greens": a sentence opened by "Nor"
    // negates its inverted clause
    if m == Modality::Asserted
        && a.w(s.tokens.start) == "nor"
        && !(s.tokens.start + 1..trigger.start).any(|k| matches!(a.w(k), ";" | "but"))
    {
        m = Modality::Denied;
    }
    // "Neither Ann Cole nor Tom Hale will stand again": a subject negated as a whole
    let neither = (s.tokens.start..trigger.start).find(|&k| a.w(k) == "neither");
    if let Some(n) = neither {
        if (n + 1..trigger.start).any(|k| a.w(k) == "nor")
            && (n + 1..(n + 4).min(trigger.start)).any(|k| a.person_at(k).is_some())
        {
            m = Modality::Denied;
        }
    }
    // "Were Dan Reeve to quit, …", "Had she stayed, …": an inverted conditional
    let s0 = s.tokens.start;
    let inverted_if = matches!(a.raw(s0), "Were" | "Had")
        && (a.person_at(s0 + 1).is_some() || matches!(a.w(s0 + 1), "he" | "she" | "they"))
        && !(s0..trigger.start).any(|k| a.w(k) == ",");
    // (… and one that opens a quotation or a clause inside the sentence: 'told Radio 4: "Were
    // Ken Livingstone to become mayor he would …"', "…, were she to defect, …")
    let inverted_were = (s0 + 1..trigger.start).any(|k| {
        let opens = matches!(
            a.w(k - 1),
            "\"" | "“" | ":" | "," | "‘" | "'" | "and" | "but"
        );
        let subject_end = match a.m.person_at(k + 1) {
            Some(pm) => Some(pm.tokens.end),
            None => matches!(a.w(k + 1), "he" | "she" | "they").then_some(k + 2),
        };
        a.w(k) == "were" && opens && subject_end.is_some_and(|e| a.w(e) == "to" && e < trigger.end)
    });
    let inverted_if = inverted_if || inverted_were;
    if inverted_if && rank(m) < rank(Modality::Hypothetical) {
        m = Modality::Hypothetical;
    }
    // "…, according to sources", "…, the BBC understands", "…, sources say": an attribution
    // after the clause makes what it reports unconfirmed
    if matches!(m, Modality::Asserted | Modality::Expected) && attributed_after(a, si, trigger.end)
    {
        m = Modality::Rumoured;
    }
    // "would quit if the party backed the deal", "could expel him if he refuses": what would
    // or could happen on a condition told after it is supposed, not planned
    if matches!(m, Modality::Expected | Modality::Rumoured)
        && cue_at.is_some_and(|k| matches!(a.w(k), "would" | "could"))
        && (trigger.end..s.tokens.end)
            .take_while(|&k| !matches!(a.w(k), ";" | ":"))
            .any(|k| matches!(a.w(k), "if" | "unless") && !concessive_if(a, k))
    {
        m = Modality::Hypothetical;
    }
    // "voted to readmit him, subject to the approval of the national executive", "… two weeks
    // before the national party makes its decision": a change another body has still to
    // approve is not yet made
    if m == Modality::Asserted && awaits_approval(a, si, trigger.end) {
        m = Modality::Expected;
    }
    Some(m)
}

/// Whether the words after the trigger say the change still awaits another decision:
/// "subject to (the) approval / ratification / endorsement / a ballot", "(has) yet to be
/// approved", "must be ratified", "pending approval", "before the national party makes its
/// decision" ("pending an investigation" is no such thing: it is why a suspension was made).
fn awaits_approval(a: &Analysed, si: usize, from: usize) -> bool {
    const APPROVAL: &[&str] = &[
        "approval",
        "ratification",
        "endorsement",
        "confirmation",
        "ballot",
        "vote",
        "decision",
    ];
    const APPROVED: &[&str] = &[
        "approved",
        "ratified",
        "endorsed",
        "confirmed",
        "rubber-stamped",
    ];
    let end = a.seg.sentences[si].tokens.end;
    let skip_det = |k: usize| {
        let mut k = k;
        while k < end && matches!(a.w(k), "the" | "a" | "its" | "their" | "final" | "formal") {
            k += 1;
        }
        k
    };
    (from..end).any(|k| match a.w(k) {
        "subject" if a.w(k + 1) == "to" => APPROVAL.contains(&a.w(skip_det(k + 2))),
        "pending" | "awaiting" => APPROVAL.contains(&a.w(skip_det(k + 1))),
        "yet" if a.w(k + 1) == "to" => {
            let j = if a.w(k + 2) == "be" { k + 3 } else { k + 2 };
            APPROVED.contains(&a.w(j))
                || matches!(a.w(k + 2), "approve" | "ratify" | "endorse" | "decide")
        }
        "must" | "needs" => {
            let mut j = k + 1;
            if matches!(a.w(j), "still" | "to") {
                j += 1;
            }
            a.w(j) == "be" && APPROVED.contains(&a.w(j + 1))
        }
        "before" => (k + 1..(k + 8).min(end)).any(|j| {
            matches!(a.w(j), "decides" | "rules")
                || a.w(j) == "decision" && matches!(a.w(j - 1), "its" | "their" | "a" | "final")
        }),
        _ => false,
    })
}

/// "Labour urged Ann Cole to join the party", "tried to persuade her to defect": an
/// infinitive whose subject is the object of a verb of asking or persuading. Asking, urging
/// or inviting is a call, no event (`Some(None)`); persuading that was only tried or hoped
/// for is hypothetical, and one that failed denied. `None` when the frame is not there.
fn object_control(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    person_tok: Option<usize>,
) -> Option<Option<Modality>> {
    let s0 = a.seg.sentences[si].tokens.start;
    let p = person_tok?;
    // (the "to" is the trigger's own in "to fight the seat")
    if trigger.start < s0 + 3 || p >= trigger.start {
        return None;
    }
    if a.w(trigger.start) != "to" && a.w(trigger.start - 1) != "to" {
        return None;
    }
    // the verb right before the object (past its determiner or title)
    let v = (p.saturating_sub(3).max(s0)..p).rev().find(|&k| {
        a.person_at(k).is_none()
            && a.is_word(k)
            && !matches!(a.tag(k), floorcross_mention::Tag::Role(_))
    })?;
    let w = a.w(v);
    // (verbs of asking: the module's CALLS are phrases read in the chain)
    const ASKING: &[&str] = &[
        "urge",
        "urged",
        "urges",
        "urging",
        "invite",
        "invited",
        "invites",
        "inviting",
        "ask",
        "asked",
        "asks",
        "asking",
        "encourage",
        "encouraged",
        "encourages",
        "encouraging",
        "begged",
        "pressed",
        "pressured",
        "lobbied",
        "challenged",
        "dared",
    ];
    const PERSUADE: &[&str] = &[
        "persuade",
        "persuaded",
        "persuades",
        "persuading",
        "convince",
        "convinced",
        "convinces",
        "convincing",
    ];
    // ("the Queen asked Harold Wilson to form a government": the sovereign's invitation is
    // the appointment)
    let forms_government = (trigger.start..trigger.end).any(|k| a.w(k) == "form");
    if ASKING.contains(&w) && !forms_government {
        return Some(None);
    }
    // "are lining up X to fight the seat", "has earmarked her to succeed him": a candidate
    // others have in mind is talk of a change
    let lined_up =
        w == "up" && v > s0 && matches!(a.w(v - 1), "lining" | "lined" | "lines" | "line");
    if lined_up || matches!(w, "earmarked" | "earmarking" | "grooming" | "groomed") {
        return Some(Some(Modality::Rumoured));
    }
    if !PERSUADE.contains(&w) {
        return None;
    }
    // what comes before "to persuade": an attempt, a hope or a failure
    if v >= s0 + 2 && a.w(v - 1) == "to" {
        let how = a.w(v - 2);
        if matches!(how, "failed" | "fails" | "unable") {
            return Some(Some(Modality::Denied));
        }
        if matches!(
            how,
            "tried"
                | "tries"
                | "trying"
                | "try"
                | "hopes"
                | "hope"
                | "hoping"
                | "hoped"
                | "attempt"
                | "attempted"
                | "attempting"
                | "bid"
                | "seeks"
                | "seeking"
                | "sought"
                | "want"
                | "wants"
                | "wanted"
                | "plans"
                | "planning"
                | "efforts"
                | "effort"
        ) {
            return Some(Some(Modality::Hypothetical));
        }
    }
    None
}

/// Whether the sentence, after token `from`, attributes its claim to unnamed sources: "…,
/// according to sources", "…, sources said", "…, the BBC understands", "…, it is understood".
fn attributed_after(a: &Analysed, si: usize, from: usize) -> bool {
    let s_end = a.seg.sentences[si].tokens.end;
    let unnamed = |w: &str| matches!(w, "sources" | "source" | "insiders" | "reports");
    (from..s_end).any(|k| {
        if a.w(k) != "," {
            return false;
        }
        let (n1, n2) = (a.w(k + 1), a.w(k + 2));
        (n1 == "according" && n2 == "to" && (k + 3..(k + 6).min(s_end)).any(|j| unnamed(a.w(j))))
            || unnamed(n1)
                && matches!(
                    n2,
                    "say" | "said" | "says" | "claim" | "claimed" | "suggest"
                )
            || matches_at(a, k + 1, &["it", "is", "understood"])
            || matches_at(a, k + 1, &["it", "was", "understood"])
            // "…, it was claimed", "…, it is thought", "…, it was reported"
            || n1 == "it"
                && matches!(n2, "is" | "was" | "has")
                && (k + 3..(k + 5).min(s_end)).any(|j| {
                    matches!(
                        a.w(j),
                        "claimed" | "thought" | "believed" | "reported" | "alleged" | "rumoured"
                    )
                })
            || (k + 1..(k + 5).min(s_end)).any(|j| {
                (a.w(j) == "understands"
                    || matches!(a.w(j), "learned" | "learnt") && a.w(j - 1) == "has")
                    && (k + 1..j).all(|x| a.is_word(x))
            })
    })
}

/// Whether a governing cue at `k` reaches the chain starting at `chain_start`: there must be
/// a clause link ("that", "to", "if", a comma-free stretch) and no full clause break between.
fn governs(a: &Analysed, k: usize, chain_start: usize) -> bool {
    let between = k + 1..chain_start;
    // "has denied that X was sacked, insisting that he resigned": a reporting participle
    // after a comma opens a claim of its own
    if between.clone().any(|j| {
        matches!(a.w(j), ";" | "but" | "while" | "whereas" | "although")
            // ("Ann Owen could be next, after Tom Hale quit": a clause opened by "after",
            // "since" or "because" with its own subject tells what happened)
            || matches!(a.w(j), "after" | "since" | "because")
                && (a.person_at(j + 1).is_some()
                    || matches!(a.w(j + 1), "he" | "she" | "they" | "it"))
            || a.w(j) == ","
                && matches!(
                    a.w(j + 1),
                    "insisting" | "saying" | "adding" | "arguing" | "claiming" | "explaining"
                )
    }) {
        return false;
    }
    if matches!(a.w(k), "if" | "unless" | "whether") {
        return true;
    }
    // A conjunct opened by its own subject, a pronoun or a possessed noun ("… and he joined
    // Labour", "… and his defeat was …"), is governed as the first conjunct is when the cue
    // reports that one ("Sources say Ann Cole has quit and she has joined Labour"), and not at
    // all when the cue is the first conjunct's own verb ("Ann Cole denied the claims and she
    // resigned", "was expected to contest the seat and his defeat …").
    let conjunct = (k + 1..chain_start).rev().find(|&j| {
        a.w(j) == "and" && matches!(a.w(j + 1), "he" | "she" | "they" | "his" | "her" | "their")
    });
    if let Some(and) = conjunct {
        let Some(p) = (k + 1..and).find(|&j| a.person_at(j).is_some()) else {
            return false;
        };
        let mut e = p;
        while e < and && a.person_at(e).is_some() {
            e += 1;
        }
        return governs(a, k, e);
    }
    // (the subject's name and the comma before its relative clause are not counted: "Sources
    // say Ann Cole, who joined in 2010, has quit")
    between
        .clone()
        .filter(|&j| a.person_at(j).is_none() && a.w(j) != ",")
        .count()
        <= 3
        || between
            .clone()
            .any(|j| matches!(a.w(j), "that" | "to" | "about" | "of"))
}
