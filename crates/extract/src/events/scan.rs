//! Scanning the sentences for events: each word that opens a trigger phrase, the tests that
//! drop a trigger before it is built (an adjective, a passive "left", a party's relative
//! clause, a rubric), and the document-level passes [`find_events`] runs, in order, over the
//! candidates the triggers gave. [`first_trigger`] finds one sentence's first trigger for the
//! list and group passes.

use super::*;

/// Whether the words `t` are in a rubric: a run of words all in capitals that opens its
/// sentence and is closed by a colon ("SWITCHING SIDES:", "BACK IN THE FOLD:").
fn rubric_at(a: &Analysed, sentence: std::ops::Range<usize>, t: std::ops::Range<usize>) -> bool {
    let caps = |k: usize| {
        a.is_word(k)
            && a.raw(k).chars().any(|c| c.is_ascii_uppercase())
            && !a.raw(k).chars().any(|c| c.is_ascii_lowercase())
    };
    let opens = (sentence.start..t.end).all(|k| caps(k) || matches!(a.w(k), "-" | "&"));
    let mut e = t.end;
    while e < sentence.end && caps(e) {
        e += 1;
    }
    opens && e < sentence.end && a.w(e) == ":"
}

pub fn find_events(a: &Analysed) -> Vec<Cand> {
    let triggers = Triggers::get();
    let mut out = Vec::new();
    for (si, s) in a.seg.sentences.iter().enumerate() {
        let whip = s
            .tokens
            .clone()
            .any(|k| a.b0(k) == b'w' && a.w(k) == "whip");
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            if !a.is_word(i) || !matches!(a.tag(i), Tag::None | Tag::Role(_)) {
                i += 1;
                continue;
            }
            let mut advanced = false;
            'phrases: for (rules, n) in
                triggers.matches_in(a.text, Some(&a.lower), &a.seg.tokens, i, whip)
            {
                let end = i + n;
                if end > s.tokens.end {
                    continue;
                }
                // "a retired Indian diplomat", "the defeated candidate": an adjective
                let adjective = n == 1
                    && a.w(i).ends_with("ed")
                    && matches!(
                        a.w(i.wrapping_sub(1)),
                        "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our"
                    );
                // "He was left in the position of…": a passive "left" is no departure
                let passive_left = adjective
                    || n == 1
                        && a.w(i) == "left"
                        && matches!(
                            a.w(i.wrapping_sub(1)),
                            "was" | "were" | "been" | "being" | "is" | "are" | "be"
                        );
                // "the party he quit three years ago": a relative clause about a party, whose
                // leaving is not a resignation from an office
                let party_gap = n == 1
                    && matches!(a.w(i), "quit" | "left")
                    && matches!(a.w(i.wrapping_sub(1)), "he" | "she" | "they")
                    && matches!(
                        a.w(i.wrapping_sub(2)),
                        "party" | "group" | "parties" | "that" | "which"
                    );
                // ("SWITCHING SIDES: Cllr Ken Dobbs now sits with the Conservatives"): a
                // rubric in capitals closed by a colon labels the item after it
                let rubric = rubric_at(a, s.tokens.clone(), i..end);
                for rule in rules {
                    if passive_left
                        || rubric
                        || party_gap && rule.kind == EventType::Resign
                        || !cond_ok(a, rule.cond, rule.kind, si, i, end)
                    {
                        continue;
                    }
                    let found = build(a, rule, si, i..end);
                    if !found.is_empty() {
                        out.extend(found);
                        i = end;
                        advanced = true;
                        break 'phrases;
                    }
                }
            }
            if !advanced {
                i += 1;
            }
        }
    }
    decision_dates(a, &mut out);
    occasion_dates(a, &mut out);
    anaphoric_occasion_dates(a, &mut out);
    framed_dates(a, &mut out);
    repeated_dates(a, &mut out);
    followers(a, &mut out);
    along_with(a, &mut out);
    leavers_new_group(a, &mut out);
    benches_taken(a, &mut out);
    whip_given_back(a, &mut out);
    joined_by(a, &mut out);
    members_lost_to(a, &mut out);
    counted_after(a, &mut out);
    group_members_named_next(a, &mut out);
    split_particle_expulsions(a, &mut out);
    followed_suit(a, &mut out);
    gapped_offices(a, &mut out);
    super::gapped::gapped_party_moves(a, &mut out);
    super::gapped::gapped_office_times(a, &mut out);
    super::replacements::replacements(a, &mut out);
    followed_by_those_of(a, &mut out);
    results(a, &mut out);
    // (the one party the story says won, read once for both passes that use it)
    let winner = winning_party(a);
    new_office_holders(a, &mut out);
    declared_candidates(a, &mut out);
    crate::grammar::find(a, &mut out);
    winners_party(a, winner, &mut out);
    portfolio_light_verbs(a, &mut out);
    passive_portfolios_handed_to(a, &mut out);
    portfolios_handed_to(a, &mut out);
    lost_office_jobs(a, &mut out);
    made_appointments(a, &mut out);
    leaders_parties(a, &mut out);
    bare_quits_of_a_party(a, &mut out);
    sits_as_independent(a, &mut out);
    winning_candidate(winner, &mut out);
    tallies(a, &mut out);
    tallies_lost(a, &mut out);
    selection_ballots(a, &mut out);
    restated_dates(a, &mut out);
    same_occasion_dates(a, &mut out);
    reshuffle_dates(a, &mut out);
    owning_parties(a, &mut out);
    denials_after(a, &mut out);
    out
}

/// The first trigger in sentence `si` whose rule `accept` takes, in text order: for a line
/// that tells a change of people it does not name ("The following have resigned:", "has
/// withdrawn the whip from 21 MPs"), read by the list and group passes.
pub(crate) fn first_trigger(
    a: &Analysed,
    si: usize,
    accept: impl Fn(&Rule) -> bool,
) -> Option<(Rule, std::ops::Range<usize>)> {
    let s = &a.seg.sentences[si];
    let whip = s.tokens.clone().any(|k| a.w(k) == "whip");
    let triggers = Triggers::get();
    s.tokens.clone().find_map(|k| {
        triggers
            .matches_in(a.text, Some(&a.lower), &a.seg.tokens, k, whip)
            .find_map(|(mut rules, n)| rules.find(|r| accept(r)).map(|r| (r.clone(), k..k + n)))
    })
}
