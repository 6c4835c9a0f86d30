//! Modality: whether an event is reported as fact, plan, rumour, denial or supposition.
//!
//! Two scopes are read. The *local* scope is the verb chain between the event's person and
//! its trigger ("could", "is expected to", "did not", "would be"). The *governing* scope is
//! what comes before the person, where a cue that takes a clause ("strong rumours that",
//! "denied that", "if") governs everything after it. Calls and demands ("called on him to
//! quit", "should resign") are not events at all: [`modality`] returns `None` for them.
//!
//! [`modality`] bounds the two scopes and weighs what it finds. The cue lists are `cues`'s;
//! finding a cue in a scope, which cue wins and whether a governing cue reaches the chain is
//! `scope`'s; the frames read around the trigger rather than from a cue (object control, a
//! change still awaiting approval, an attribution to unnamed sources, "too … to") are
//! `frames`'s; whether the verb that takes a noun trigger refuses or negates it is
//! `governor`'s.

use floorcross_model::Modality;

use crate::doc::Analysed;

mod cues;
mod frames;
mod governor;
mod scope;

use cues::{CALLS, GOVERNING, LOCAL};
use frames::{attributed_after, awaits_approval, object_control, too_adjective_to};
pub(crate) use governor::{conditional_governor, negated_governor, refused_governor};
use scope::{concessive_if, find_cue, governs, matches_at, rank};

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
    // (where the governing cues' reach ends when an aside or a first conjunct is set apart)
    let mut gov_cut = None;
    // ("Ann Cole, sources say, has quit Labour", "Ann Cole, according to allies, has quit":
    // hearsay in an aside between the subject and its verb is the whole clause's source)
    let aside_hearsay = a.w(chain_start) == ","
        && (chain_start + 1..trigger.start)
            .find(|&k| a.w(k) == ",")
            .filter(|&c| aux_only(c))
            .is_some_and(|c| {
                let aside = chain_start + 1..c;
                // (a source's words, not any cue: "Ann Cole, facing calls to resign, quit")
                let sourced = aside.clone().any(|k| HEARSAY.contains(&a.w(k)));
                sourced
                    && [
                        find_cue(a, aside.clone(), GOVERNING),
                        find_cue(a, aside, LOCAL),
                    ]
                    .into_iter()
                    .flatten()
                    .any(|(m, _)| m == Modality::Rumoured)
            });
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
        // ("Ann Cole, expected to be a candidate, resigned on Monday", "Ann Cole, widely
        // tipped as a future leader, resigned": an aside set off by commas right after the
        // subject, a participle's included, is no part of the main verb's chain; a comment
        // clause of hearsay, "Ann Cole, it is understood, has quit", is)
        Some(c) if aux_only(c) && subject_aside(a, chain_start, c) => {
            gov_cut = Some(chain_start);
            c + 1
        }
        _ => chain_start,
    };
    // "Ann Cole denied wrongdoing but resigned on Monday": a past verb after "but" (or after
    // "and", when nothing shared before it, a modal or a negation, reaches it) is a clause of
    // its own; a cue of the first verb's is not its, unless that verb opened a complement or
    // an infinitive the conjunct may share ("denied that she had quit and joined Reform")
    let chain_start = match (chain_start..trigger.start)
        .rev()
        .find(|&k| matches!(a.w(k), "but" | "and"))
    {
        Some(c) if own_conjunct(a, si, chain_start, c, trigger.start) => {
            gov_cut = Some(gov_cut.unwrap_or(chain_start));
            c + 1
        }
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
                // "the board voted that X should be reinstated": a body's
                // decision that something should be done is the doing of it, no demand
                if matches!(c[0], "should" | "must") && decision_complement(a, s.tokens.start, k) {
                    continue;
                }
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
        let end = gov_cut.map_or(chain_start, |c| c.min(chain_start));
        gov_lo.min(end)..end
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
    if aside_hearsay && m == Modality::Asserted {
        m = Modality::Rumoured;
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

/// Whether the modal at `modal` opens the complement of a past verb of deciding: "decided
/// (on Tuesday) that X should …", "ruled that", "voted unanimously that" (not "agreed" or
/// "concluded", which as often report an opinion: "most MPs agreed that she should go"). The
/// verb stands at most five words before "that" (a time or manner phrase between), and the
/// complement's subject, between "that" and the modal, is at most eight words long with no
/// clause break.
fn decision_complement(a: &Analysed, start: usize, modal: usize) -> bool {
    let lo = modal.saturating_sub(9).max(start);
    let Some(that) = (lo..modal).rev().find(|&j| a.w(j) == "that") else {
        return false;
    };
    if (that + 1..modal).any(|j| matches!(a.w(j), ";" | ":" | "and" | "but" | "said")) {
        return false;
    }
    let vlo = that.saturating_sub(5).max(start);
    (vlo..that).any(|v| {
        matches!(a.w(v), "decided" | "ruled" | "resolved" | "voted")
            && (v + 1..that).all(|j| !matches!(a.w(j), "," | "not" | "to" | "whether"))
    })
}

/// Whether the words `open..close` (from the comma after a subject's name to the comma before
/// its verb chain) are an aside: opened by that comma, with no person, relative word or
/// conjunction inside and no word of hearsay ("it is understood", "reportedly").
fn subject_aside(a: &Analysed, open: usize, close: usize) -> bool {
    if a.w(open) != "," || close <= open + 1 {
        return false;
    }
    let inside = open + 1..close;
    !matches!(
        a.w(open + 1),
        "it" | "we" | "they" | "he" | "she" | "i" | "according"
    ) && inside.clone().all(|k| {
        a.person_at(k).is_none()
            && !matches!(
                a.w(k),
                "who" | "which" | "and" | "but" | "apparently" | "reported"
            )
            && !HEARSAY.contains(&a.w(k))
    })
}

/// The words of a source or of hearsay in an aside: "sources say", "it is understood",
/// "according to allies", "reportedly".
const HEARSAY: &[&str] = &[
    "sources",
    "allies",
    "friends",
    "insiders",
    "aides",
    "understood",
    "believed",
    "thought",
    "reportedly",
    "allegedly",
    "say",
    "says",
    "said",
    "claimed",
    "according",
    "rumoured",
];

/// Whether the trigger at `t`, after the conjunction at `conj`, is a past verb of its own
/// clause: the words after the conjunction are the trigger's auxiliaries and adverbs only, the
/// trigger is a past form, and before the conjunction (from `start`) nothing opens a complement
/// or infinitive the conjunct could share ("that", "to", "if", "whether") and, after "and", no
/// modal or negation is shared ("may resign and join", "did not resign and leave").
fn own_conjunct(a: &Analysed, si: usize, start: usize, conj: usize, t: usize) -> bool {
    let s0 = a.seg.sentences[si].tokens.start;
    let adjacent = (conj + 1..t).all(|k| {
        matches!(
            a.w(k),
            "then" | "later" | "finally" | "eventually" | "subsequently" | "promptly"
        )
    });
    if !adjacent || conj <= start {
        return false;
    }
    let p = a.parse(si);
    if p.xpos.get(t - s0).copied() != Some("VBD") {
        return false;
    }
    let shared = (start..conj).any(|k| {
        matches!(a.w(k), "that" | "to" | "if" | "whether" | ",")
            || a.w(conj) == "and"
                && (matches!(
                    a.w(k),
                    "will"
                        | "would"
                        | "may"
                        | "might"
                        | "could"
                        | "should"
                        | "can"
                        | "must"
                        | "not"
                        | "never"
                ) || a.w(k).ends_with("n't"))
    });
    !shared
}
