//! The other party that makes a joining or a leaving a defection: "joined Labour from the
//! Liberal Democrats", "left the Conservatives for Reform UK", "quits party for Lib Dems",
//! "joined the party from Labour".

use super::*;

/// The defection a joining or a leaving is when the sentence names the other party right
/// after the party joined or left: "joined Labour from the Liberal Democrats", "left the
/// Conservatives for Reform UK". The new kind, `from` and `to`; `None` when it names none.
pub(crate) fn other_party_of_change(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    kind: EventType,
    from: &Option<String>,
    to: &Option<String>,
) -> Option<(EventType, Option<String>, Option<String>)> {
    // "quits party for Lib Dems": the party after "for", past an unnamed "party", is where
    // the leaver went, not the party left
    // ("ditched the party for UKIP": the one after "for" is where they went; the party left
    // is their own, named before or found by the later passes)
    if kind == EventType::Leave && to.is_none() {
        let mut k = trigger.end;
        if matches!(a.w(k), "the" | "his" | "her" | "their") {
            k += 1;
        }
        if a.w(k) == "party" && a.w(k + 1) == "for" {
            let j = if a.w(k + 2) == "the" { k + 3 } else { k + 2 };
            let dest = a.m.party_at(j).map(|p| &p.party);
            if from.is_some() && dest == from.as_ref() {
                return Some((EventType::Defect, None, from.clone()));
            }
            if dest.is_some_and(|d| d != "Independent") {
                return Some((EventType::Defect, from.clone(), dest.cloned()));
            }
        }
    }
    // "joined the party from Labour": the party joined is the story's, told before; the one
    // after "from" is where the joiner came from
    if kind == EventType::Join && from.is_none() {
        let k = trigger.end;
        let s_end = a.seg.sentences[si].tokens.end;
        if a.w(k) == "the" && matches!(a.w(k + 1), "party" | "group") && a.w(k + 2) == "from" {
            let j = if a.w(k + 3) == "the" { k + 4 } else { k + 3 };
            let src =
                a.m.party_at(j)
                    .filter(|_| j < s_end)
                    .map(|p| p.party.clone())
                    .filter(|p| p != "Independent" && Some(p) != to.as_ref())?;
            return Some((EventType::Defect, Some(src), to.clone()));
        }
    }
    // ("were leaving the party and would sit on the council as Meridian councillors", "quit
    // Labour and will sit as a Green councillor"): the party a leaver goes on to sit as, a
    // member's noun after it, is where they went (sitting as an independent goes to none)
    // (a "the party" read as the group sat as is the leaver's own, named elsewhere if at all)
    if kind == EventType::Leave && to.is_none() {
        if let Some(dest) = sat_as(a, si, trigger) {
            let from = from.clone().filter(|f| *f != dest);
            return Some((EventType::Defect, from, Some(dest)));
        }
    }
    match kind {
        EventType::Join if to.is_some() && from.is_none() => {
            let src = party_past(a, si, trigger, "from").filter(|p| Some(p) != to.as_ref())?;
            Some((EventType::Defect, Some(src), to.clone()))
        }
        EventType::Leave if to.is_none() && from.is_some() => {
            let dest = party_past(a, si, trigger, "for").filter(|p| Some(p) != from.as_ref())?;
            Some((EventType::Defect, from.clone(), Some(dest)))
        }
        _ => None,
    }
}

/// The party named after `prep` right after the party that is the trigger's object ("joined
/// Labour *from* the Liberal Democrats"); never "Independent".
fn party_past(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    prep: &str,
) -> Option<String> {
    let s_end = a.seg.sentences[si].tokens.end;
    let object =
        a.m.parties
            .iter()
            .find(|p| p.tokens.start >= trigger.end && p.tokens.start <= trigger.end + 1)?;
    let k = object.tokens.end;
    if a.w(k) != prep || k + 1 >= s_end {
        return None;
    }
    let k = if a.w(k + 1) == "the" { k + 2 } else { k + 1 };
    a.m.parties
        .iter()
        .find(|p| p.tokens.start == k && p.party != "Independent")
        .map(|p| p.party.clone())
}

/// The party a leaver sits as, in the trigger's own clause: "sit", a few words, "as", then a
/// party and a member's noun ("sit on the council as Meridian councillors"); never
/// "Independent".
fn sat_as(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> Option<String> {
    let s_end = a.seg.sentences[si].tokens.end;
    let hi = (trigger.end + 12).min(s_end);
    let sit = (trigger.end..hi)
        .take_while(|&k| !matches!(a.w(k), "." | ";" | "but" | "because" | "after" | "who"))
        .find(|&k| matches!(a.w(k), "sit" | "sits" | "sitting"))?;
    let lex = floorcross_mention::Lexicon::get();
    // ("will sit with the Meridian Group"): a new group sat with
    if matches!(a.w(sit + 1), "with" | "alongside") {
        let j = if a.w(sit + 2) == "the" {
            sit + 3
        } else {
            sit + 2
        };
        return a
            .m
            .party_at(j)
            .map(|p| p.party.clone())
            .filter(|p| lex.party_name(p).is_none());
    }
    let x = (sit + 1..(sit + 8).min(s_end)).find(|&j| a.w(j) == "as")?;
    let j = if matches!(a.w(x + 1), "a" | "an") {
        x + 2
    } else {
        x + 1
    };
    // ("will sit … as a new group, Northern Compass", "to sit as a new group"): the group
    // named in apposition, else the new group the story has named
    if a.w(j) == "new" && matches!(a.w(j + 1), "group" | "party" | "bloc") {
        if a.w(j + 2) == "," {
            if let Some(p) = a.m.party_at(j + 3) {
                return Some(p.party.clone());
            }
            if let Some(name) = capitalised_name(a, j + 3, s_end) {
                return Some(name);
            }
        }
        return group_antecedent(a, j + 1).filter(|p| lex.party_name(p).is_none());
    }
    // ("would sit together as Castlebeck First, an independent group"): a new group sat as,
    // or a party's members sat as
    let p = a.m.party_at(j)?;
    let noun = a.w(p.tokens.end).to_ascii_lowercase();
    let new_group = lex.party_name(&p.party).is_none();
    (p.party != "Independent"
        && (new_group || super::super::people::MEMBER_NOUNS.contains(&noun.as_str())))
    .then(|| p.party.clone())
}
