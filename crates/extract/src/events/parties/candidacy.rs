//! Which party a candidacy or election is for when the trigger's words name none after it:
//! the party named nearest the trigger, not a rival's ("beating the Conservatives"), not one
//! left before, not one owning a result ("after Labour's landslide") or another name, else
//! one after "as" further on in the clause.

use super::*;

/// The party a candidacy or election is for, when the sentence names one near the trigger
/// and not as a rival ("from Labour", "against the Tories").
pub(crate) fn candidacy_party(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Option<String> {
    let s = &a.seg.sentences[si];
    let lo = trigger.start.saturating_sub(10).max(s.tokens.start);
    // (not past the clause: "elected as a Lib Dem in 2019, now sits with the Greens")
    let hi = (trigger.end..(trigger.end + 10).min(s.tokens.end))
        .find(|&k| {
            a.w(k) == ","
                && matches!(
                    a.w(k + 1),
                    "now" | "but" | "and" | "who" | "which" | "while" | "whereas" | "although"
                )
        })
        .unwrap_or((trigger.end + 10).min(s.tokens.end));
    let rival = |p: &floorcross_mention::PartyMention| {
        // ("beating the Conservatives, Labour and the Greens": a party listed after a rival is
        // one too; the list is read from its first party)
        let mut first = p.tokens.start;
        loop {
            let mut b = first.wrapping_sub(1);
            if a.w(b) == "the" {
                b = b.wrapping_sub(1);
            }
            match a.m.party_at(b.wrapping_sub(1)) {
                Some(q) if matches!(a.w(b), "," | "and" | "or") && q.tokens.end == b => {
                    first = q.tokens.start;
                }
                _ => break,
            }
        }
        // ("snatched the seat from the Tories": past the article)
        let mut b = first.wrapping_sub(1);
        // (nor a party left before the candidacy is told: "Ann Cole, who quit the SNP in 2018,
        // will stand"; one left after it may be the one she stood for: "Ann Hale – first
        // elected in 2010 – has quit the Labour Party")
        const LEFT: &[&str] = &["quit", "quits", "quitting", "left", "leaving", "leaves"];
        let left_before = |w: &str| LEFT.contains(&w) && p.tokens.start < trigger.start;
        // ("beat the Tory candidate by 1,231 votes": the rival's party)
        if a.w(b) == "the"
            && (matches!(
                a.w(b.wrapping_sub(1)),
                "from"
                    | "against"
                    | "over"
                    | "than"
                    | "beat"
                    | "beating"
                    | "defeated"
                    | "defeating"
            ) || left_before(a.w(b.wrapping_sub(1))))
        {
            b = b.wrapping_sub(1);
        }
        let before = a.w(b);
        // ("The Liberal Democrat, Morag Lindqvist, polled 1,217 and Ukip's Terence Bowditch
        // 644": a party owning a name after the trigger is that other person's)
        let owns_later_name = p.tokens.start > trigger.start && {
            let mut n = p.tokens.end;
            if a.is_possessive(n) || matches!(a.w(n), "'s" | "’s") {
                n += 1;
            }
            n > p.tokens.end && a.person_at(n).is_some()
        };
        // ("pushing Labour into second place and leaving the Conservatives a distant third":
        // a party put in a place behind is a rival)
        owns_later_name
            || placed_behind(a, p.tokens.end)
            || matches!(
                before,
                "from"
                    | "against"
                    | "over"
                    | "beat"
                    | "beating"
                    | "defeated"
                    | "defeating"
                    | "than"
                    | "to"
                    | "of"
                    | "by"
            )
            || left_before(before)
            || matches!(
            a.w(p.tokens.end),
            "government" | "majority" | "seat" | "gain" | "held"
        )
            // "after Labour's landslide", "the Labour victory": the party owns the result, not
            // the candidacy ("Labour's candidate" still names it)
            || {
                let mut n = p.tokens.end;
                if a.is_possessive(n) || matches!(a.w(n), "'s" | "’s" | "'" | "’") {
                    n += 1;
                }
                matches!(
                    a.w(n),
                    "landslide"
                        | "victory"
                        | "win"
                        | "defeat"
                        | "wipeout"
                        | "collapse"
                        | "triumph"
                        | "rout"
                        | "heartland"
                        | "heartlands"
                        | "stronghold"
                )
            }
    };
    let near =
        a.m.parties
            .iter()
            .filter(|p| {
                p.tokens.start >= lo && p.tokens.end <= hi && !rival(p) && p.party != "Independent"
            })
            .min_by_key(|p| p.tokens.start.abs_diff(trigger.start))
            .map(|p| p.party.clone());
    // ("was first elected to Glanmorfa County Borough Council in 2008, as the Labour
    // councillor for Cwm Eithin": "as" and a party's member further on, in the same clause)
    near.or_else(|| {
        let far = (trigger.end + 20).min(s.tokens.end);
        let mut k = trigger.end;
        while k < far {
            if matches!(a.w(k), ";" | "but" | "and" | "who" | "which" | "while") {
                return None;
            }
            if a.w(k) == "as" {
                let mut j = k + 1;
                if matches!(a.w(j), "a" | "an" | "the") {
                    j += 1;
                }
                return a
                    .m
                    .party_at(j)
                    .filter(|p| p.tokens.start == j && p.party != "Independent")
                    .map(|p| p.party.clone());
            }
            k += 1;
        }
        None
    })
}
