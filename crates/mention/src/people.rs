//! Finding people's names and grouping their mentions.
//!
//! A name is a run of capitalised words. A run is a person when it follows an honorific
//! ("Mrs Allen"), starts with a known first name ("Heidi Allen"), follows a person cue
//! (a role or party word: "MPs Chuka Umunna", "Labour's Thangam Debbonaire"), or sits in a list
//! beside other people. A single surname is a person when the document names that person in
//! full elsewhere. Runs holding organisation words ("Danny Loo Photography") are organisations.

use std::collections::HashMap;

use std::ops::Range;

use floorcross_model::Span;
use floorcross_text::{Segmented, Token, TokenKind};

use crate::lexicon::{Gender, Lexicon};
use crate::name_words::*;
use crate::{Mentions, OrgMention, Person, PersonMention, Tag};

mod cues;
mod places;
mod spelling;

use cues::*;
use places::places_named;
use spelling::merge_misspellings;

/// A capitalised run of name-like tokens inside one sentence.
struct Run {
    toks: Range<usize>,
    /// Token index of an honorific right before the run.
    honorific: Option<usize>,
    sentence: usize,
    credit: bool,
}

fn is_name_token(text: &str, t: &Token) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    let w = t.text(text);
    let mut cs = w.chars();
    let Some(first) = cs.next() else { return false };
    if !first.is_uppercase() {
        return false;
    }
    // "I'll", "I'm", "I've", "I'd": the pronoun, contracted
    if first == 'I' && matches!(cs.next(), Some('\'') | Some('’')) {
        return false;
    }
    if POST_NOMINALS.contains(&w) {
        return false;
    }
    // All-capital words of two or more letters are acronyms (BBC, UKIP, GP) or words of a
    // capitals headline ("VETERAN MP TO BOW OUT"), not names; so are their plurals (PPSs,
    // MEPs, MSPs).
    let upper = w.chars().filter(|c| c.is_uppercase()).count();
    let n = w.chars().count();
    let acronym_plural = upper >= 2 && upper + 1 == n && w.ends_with('s');
    !(upper >= 2 && upper == n || acronym_plural)
}

/// Splits every sentence into capitalised runs that could be names.
fn find_runs(text: &str, seg: &Segmented, lex: &Lexicon, tags: &[Tag]) -> Vec<Run> {
    let tokens = &seg.tokens;
    let mut runs = Vec::new();
    for (si, s) in seg.sentences.iter().enumerate() {
        let first_word = s
            .tokens
            .clone()
            .find(|&i| tokens[i].kind == TokenKind::Word);
        let credit = first_word.is_some_and(|i| {
            matches!(
                tokens[i].text(text),
                "Picture" | "Pictures" | "Photo" | "Photograph" | "Image" | "Credit"
            ) && tokens.get(i + 1).is_some_and(|t| t.text(text) == ":")
        });
        // "(John Linton/PA)": a name glued by a slash to an agency is a photographer's credit
        let slash_credit = |end: usize| {
            tokens.get(end).is_some_and(|t| t.text(text) == "/")
                && tokens.get(end + 1).is_some_and(|t| {
                    // (an agency is often in capitals: "PA", "AFP", "Getty")
                    t.start == tokens[end].end
                        && t.kind == TokenKind::Word
                        && t.text(text).starts_with(|c: char| c.is_uppercase())
                })
        };
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            let t = &tokens[i];
            if tags[i] != Tag::None
                || !is_name_token(text, t)
                || crate::name_words::TITLE_VERBS.contains(&t.text(text))
            {
                i += 1;
                continue;
            }
            let w = t.text(text);
            let honorific = lex.honorific(w).is_some()
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| is_name_token(text, n) && tags[i + 1] == Tag::None)
                && i + 1 < s.tokens.end;
            if honorific {
                // "Rt Hon", "Sir" stacked: skip to the last honorific.
                let mut h = i;
                while h + 1 < s.tokens.end && lex.honorific(tokens[h + 1].text(text)).is_some() {
                    h += 1;
                }
                let start = h + 1;
                let mut end = extend_run(text, tokens, tags, start, s.tokens.end);
                // "Lord Hunt of Kings Heath": a peer's territorial designation is part of
                // the name
                if end > start
                    && matches!(tokens[h].text(text), "Lord" | "Baroness" | "Lady")
                    && end + 1 < s.tokens.end
                    && tokens[end].text(text) == "of"
                    && is_name_token(text, &tokens[end + 1])
                {
                    let mut k = end + 1;
                    while k < s.tokens.end
                        && k < end + 5
                        && is_name_token(text, &tokens[k])
                        && !breaks_name(tokens[k].text(text))
                        && matches!(
                            text.get(tokens[k - 1].end..tokens[k].start),
                            Some(" " | "\u{a0}")
                        )
                    {
                        k += 1;
                        // "of King's Heath"
                        if k + 1 < s.tokens.end
                            && matches!(tokens[k].text(text), "'s" | "’s")
                            && tokens[k].start == tokens[k - 1].end
                            && is_name_token(text, &tokens[k + 1])
                        {
                            k += 1;
                            continue;
                        }
                    }
                    if k > end + 1 {
                        end = k;
                    }
                }
                if end > start {
                    runs.push(Run {
                        toks: start..end,
                        honorific: Some(i),
                        sentence: si,
                        credit: credit || slash_credit(end),
                    });
                }
                i = end.max(i + 1);
                continue;
            }
            if is_stop(w) {
                i += 1;
                continue;
            }
            let end = extend_run(text, tokens, tags, i, s.tokens.end);
            runs.push(Run {
                toks: i..end,
                honorific: None,
                sentence: si,
                credit: credit || slash_credit(end),
            });
            i = end.max(i + 1);
        }
    }
    runs
}

/// Extends a run of name tokens from `start` while tokens stay capitalised, untagged, and
/// separated by single spaces. Initials ("J.") and particles ("de") are let in.
fn extend_run(text: &str, tokens: &[Token], tags: &[Tag], start: usize, end: usize) -> usize {
    let lex = Lexicon::get();
    let mut j = start;
    while j < end {
        let t = &tokens[j];
        if j > start {
            let gap = text.get(tokens[j - 1].end..t.start).unwrap_or("x");
            // (a line break inside one sentence is a hard wrap: "David\nCameron")
            if !(gap == " "
                || gap == "\u{a0}"
                || gap == "\n"
                || gap.is_empty() && tokens[j - 1].kind == TokenKind::Punct)
            {
                break;
            }
        }
        if tags[j] != Tag::None {
            break;
        }
        let w = t.text(text);
        if is_name_token(text, t) && !(j > start && (breaks_name(w) || lex.honorific(w).is_some()))
        {
            j += 1;
            // An initial: "J." glued.
            if w.chars().count() == 1
                && tokens
                    .get(j)
                    .is_some_and(|n| n.text(text) == "." && n.start == t.end)
                && j + 1 < end
                && is_name_token(text, &tokens[j + 1])
            {
                j += 1;
            }
            continue;
        }
        // "de", "van der", "de la": particles before a capitalised part of the name
        if j > start && PARTICLES.contains(&w) {
            let mut k = j;
            while k < end && k < j + 3 && PARTICLES.contains(&tokens[k].text(text)) {
                k += 1;
            }
            if k < end && is_name_token(text, &tokens[k]) {
                j = k;
                continue;
            }
        }
        break;
    }
    j
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Verdict {
    Person,
    Single,
    Org,
    Unknown,
    /// A name the story uses as a place (`places_named`): never a person, nor made one by a
    /// list it stands in.
    Place,
}

pub(crate) fn tag_people(text: &str, seg: &Segmented, lex: &Lexicon, m: &mut Mentions) {
    let tokens = &seg.tokens;
    let mut runs = find_runs(text, seg, lex, &m.tags);
    // Split runs where a first name starts a second name ("Danny Loo Danny Loo").
    let mut split = Vec::with_capacity(runs.len());
    for run in runs.drain(..) {
        let mut start = run.toks.start;
        let mut honorific = run.honorific;
        for k in run.toks.start + 2..run.toks.end {
            if k + 1 < run.toks.end
                && lex.first_name(tokens[k].text(text)).is_some()
                && tokens[k - 1].text(text) != "."
            {
                split.push(Run {
                    toks: start..k,
                    honorific,
                    sentence: run.sentence,
                    credit: run.credit,
                });
                start = k;
                honorific = None;
            }
        }
        split.push(Run {
            toks: start..run.toks.end,
            honorific,
            sentence: run.sentence,
            credit: run.credit,
        });
    }
    let runs = split;

    // Surnames the story gives with an honorific ("Mr Osei-Whitlock"): a first name no list
    // knows before one of them ("Peregrine Osei-Whitlock") makes that person's full name.
    let honorific_surnames: std::collections::HashSet<String> = runs
        .iter()
        .filter(|r| r.honorific.is_some() && r.toks.len() == 1)
        .map(|r| run_name(text, tokens, r.toks.clone()))
        .collect();
    let mut verdicts: Vec<Verdict> = runs
        .iter()
        .map(|run| {
            let words: Vec<&str> = tokens[run.toks.clone()]
                .iter()
                .map(|t| t.text(text))
                .collect();
            if words.iter().any(|w| is_org_word(w))
                && !surname_not_org(text, tokens, lex, run, &words)
            {
                return Verdict::Org;
            }
            let len = words.iter().filter(|w| **w != ".").count();
            if run.honorific.is_some() {
                return Verdict::Person;
            }
            // ("Lena Marchbank, the Labour MP for Stour Vale, who also rebelled": what a
            // member is "for" is a seat, whatever follows it)
            let s = run.toks.start;
            if s >= 2
                && tokens[s - 1].text(text) == "for"
                && matches!(m.tags[s - 2], Tag::Role(_))
                && lex.first_name(words[0]).is_none()
            {
                return Verdict::Unknown;
            }
            if len >= 2 && lex.first_name(words[0]).is_some() {
                return Verdict::Person;
            }
            // (at a sentence's start only before a comma: "Peregrine Osei-Whitlock, one of
            // …", never "This Hale never explains it", "Campaigner Pryce joins …")
            let opens = seg.sentences[run.sentence].tokens.start == run.toks.start;
            let comma_after = tokens
                .get(run.toks.end)
                .is_some_and(|t| t.text(text) == ",");
            if len == 2
                && words
                    .last()
                    .is_some_and(|w| honorific_surnames.contains(*w))
                && !words[0].contains('-')
                && (!opens || comma_after)
            {
                return Verdict::Person;
            }
            // ("In Dunmore Coast, the former SNP councillor Derek Gunn …": a name after a
            // preposition of place is where, and the description after it is the next name's)
            let placed = run.toks.start > 0
                && matches!(
                    tokens[run.toks.start - 1].text(text),
                    "in" | "In" | "at" | "At" | "across" | "Across" | "throughout" | "near"
                );
            if len >= 2
                && (cued(text, seg, m, run.sentence, run.toks.start, true)
                    || aged(text, tokens, run.toks.end)
                    || speaks(text, tokens, run.toks.end)
                    || coordinated_speaks(text, tokens, run.toks.end)
                    || run.toks.start >= 2
                        && tokens[run.toks.start - 1].text(text) == "and"
                        && speak_together(text, tokens, run.toks.end)
                    || acts(text, tokens, m, run.toks.end)
                    || heading(text, seg, m, run.sentence, run.toks.clone())
                    || !placed && described(text, tokens, m, run.toks.end, true))
            {
                return Verdict::Person;
            }
            // ("Tate, a Labour councillor, left the party": a surname alone, described by a
            // person's role in apposition)
            if len == 1
                && run.toks.len() == 1
                && !placed
                && described_by_role(text, tokens, m, run.toks.end)
            {
                return Verdict::Person;
            }
            if len == 1 {
                return Verdict::Single;
            }
            Verdict::Unknown
        })
        .collect();

    // Names the lexicon does not know ("Greta Lund", "Canadian Mark Dobbs"): the learned
    // recogniser reads the sentence. A run it marks as a person is one; a person span that
    // ends a longer run (a demonym or title before it) shrinks the run to the name.
    let mut runs = runs;
    recognise_unknown(
        text,
        seg,
        lex,
        &honorific_surnames,
        &mut runs,
        &mut verdicts,
        &mut m.tagged,
    );
    // A name the story uses as a place once is a place wherever it stands, when it opens with
    // no listed first name and never takes an honorific: "the member for Holmfirth Edge", "the
    // Marlow Green councillor", "candidate for Cwm Teilo … Cwm Teilo has been held by Plaid"
    let seat_named = places_named(text, tokens, lex, m, &runs);
    for (k, run) in runs.iter().enumerate() {
        let name = run_name(text, tokens, run.toks.clone());
        if run.honorific.is_none()
            && run.toks.len() >= 2
            && seat_named.contains(&name)
            && matches!(verdicts[k], Verdict::Person | Verdict::Unknown)
        {
            verdicts[k] = Verdict::Place;
        }
    }
    // ("They are:" and one "Name (Seat)" to a line): a line that is a name and a bracket, beside
    // a line of that shape whose name is a person's, is a person's
    let bracket_line = |run: &Run| {
        let s = &seg.sentences[run.sentence];
        run.toks.start == s.tokens.start
            && run.toks.len() >= 2
            && tokens
                .get(run.toks.end)
                .is_some_and(|t| t.text(text) == "(")
            && s.tokens.end > run.toks.end + 1
            && tokens[s.tokens.end - 1].text(text) == ")"
    };
    let shaped: Vec<bool> = runs.iter().map(bracket_line).collect();
    for k in 0..runs.len() {
        if verdicts[k] != Verdict::Unknown || !shaped[k] {
            continue;
        }
        let beside = |j: usize| {
            shaped[j]
                && verdicts[j] == Verdict::Person
                && runs[j].sentence.abs_diff(runs[k].sentence) == 1
        };
        let lo = k.saturating_sub(3);
        if (lo..(k + 4).min(runs.len())).any(|j| j != k && beside(j)) {
            verdicts[k] = Verdict::Person;
        }
    }
    // A family standing that opens a run is a description, not a name ("Mum-of-three Dunmore",
    // "Father-of-two Tom Reed").
    for (run, verdict) in runs.iter_mut().zip(verdicts.iter_mut()) {
        if run.toks.len() < 2 || !matches!(*verdict, Verdict::Person | Verdict::Unknown) {
            continue;
        }
        let w = tokens[run.toks.start].text(text).to_ascii_lowercase();
        let standing = [
            "mum-of-",
            "mother-of-",
            "father-of-",
            "dad-of-",
            "grandmother-of-",
            "grandfather-of-",
        ]
        .iter()
        .any(|f| w.starts_with(f) && w.len() > f.len());
        if standing {
            run.toks = run.toks.start + 1..run.toks.end;
            if run.toks.len() == 1 {
                *verdict = Verdict::Single;
            }
        }
    }
    // A capitalised word before a listed first name is no part of the name ("Blairite Alan
    // Milburn", "Canadian Mark Dobbs").
    for (run, verdict) in runs.iter_mut().zip(verdicts.iter_mut()) {
        if run.honorific.is_some() || run.toks.len() < 3 {
            continue;
        }
        let first = run.toks.start;
        if lex.first_name(tokens[first].text(text)).is_some() {
            continue;
        }
        if let Some(k) =
            (first + 1..run.toks.end - 1).find(|&t| lex.first_name(tokens[t].text(text)).is_some())
        {
            run.toks = k..run.toks.end;
            if *verdict == Verdict::Unknown {
                *verdict = Verdict::Person;
            }
        }
    }

    // Lists: "A, B, C and D" where a neighbour is a person makes an unknown two- or three-word
    // run a person too.
    // Forward then backward passes: each carries a list to its end in one pass, so this
    // settles in a few passes however long the list (one pass per name was quadratic).
    let mut backward = false;
    loop {
        let mut changed = false;
        let order: Box<dyn Iterator<Item = usize>> = if backward {
            Box::new((0..runs.len()).rev())
        } else {
            Box::new(0..runs.len())
        };
        backward = !backward;
        for k in order {
            if verdicts[k] != Verdict::Unknown || runs[k].toks.len() > 3 {
                continue;
            }
            // ("the MP for Upper Dunmore, Eirwen Asante-Holm,": a seat before its member is no
            // list of people)
            let placed = runs[k].toks.start.checked_sub(1).is_some_and(|b| {
                PLACE_CUES.contains(&tokens[b].text(text).to_ascii_lowercase().as_str())
            });
            if placed {
                continue;
            }
            let joined = |a: usize, b: usize| {
                runs[a].sentence == runs[b].sentence && {
                    let gap = text
                        .get(tokens[runs[a].toks.end - 1].end..tokens[runs[b].toks.start].start)
                        .unwrap_or("");
                    matches!(gap.trim(), "," | "and" | ", and" | "&" | "or")
                }
            };
            let left = k > 0 && verdicts[k - 1] == Verdict::Person && joined(k - 1, k);
            let right =
                k + 1 < runs.len() && verdicts[k + 1] == Verdict::Person && joined(k, k + 1);
            if left || right {
                verdicts[k] = Verdict::Person;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    // Full names first, so single surnames anywhere can find them.
    let mut people: Vec<Person> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut pending: Vec<(usize, Option<usize>)> = Vec::with_capacity(runs.len());
    for (k, run) in runs.iter().enumerate() {
        let name = run_name(text, tokens, run.toks.clone());
        match verdicts[k] {
            // (a peer's "Hale of Fenbury" waits with the surnames: it may be a James Hale)
            Verdict::Person
                if name.contains(' ') && !(run.honorific.is_some() && name.contains(" of ")) =>
            {
                let gender = run
                    .honorific
                    .and_then(|h| lex.honorific(tokens[h].text(text)))
                    .filter(|g| *g != Gender::Unknown)
                    .or_else(|| lex.first_name(tokens[run.toks.start].text(text)))
                    .unwrap_or(Gender::Unknown);
                let p = *by_name.entry(name.clone()).or_insert_with(|| {
                    people.push(Person {
                        name: name.clone(),
                        gender,
                        mentions: Vec::new(),
                    });
                    people.len() - 1
                });
                if people[p].gender == Gender::Unknown {
                    people[p].gender = gender;
                }
                pending.push((k, Some(p)));
            }
            Verdict::Person | Verdict::Single => pending.push((k, None)),
            Verdict::Org => {
                let r = &runs[k];
                if r.toks.len() >= 2 {
                    let idx = m.orgs.len() as u32;
                    let span = Span::new(tokens[r.toks.start].start, tokens[r.toks.end - 1].end);
                    m.orgs.push(OrgMention {
                        span,
                        tokens: r.toks.clone(),
                        name: span.slice(text).to_string(),
                    });
                    m.tags[r.toks.clone()].fill(Tag::Org(idx));
                }
            }
            Verdict::Unknown | Verdict::Place => {}
        }
    }

    merge_misspellings(text, tokens, &runs, &mut people, &mut pending, &mut by_name);

    // Surnames (with or without honorific) to the full names that end with them, through an
    // index of every full name's word suffixes and first word (a scan of all people for each
    // surname was quadratic in a list of thousands of names).
    // (people every full-name mention of whom is in a photo credit)
    let mut credit_only = vec![true; people.len()];
    for &(k, p) in &pending {
        if let Some(p) = p {
            if !runs[k].credit {
                credit_only[p] = false;
            }
        }
    }
    let mut names: HashMap<String, Vec<usize>> = HashMap::new();
    let mut first_words: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        index_name(&mut names, &mut first_words, &p.name, i);
    }
    // A peer's full style first ("Lord Hunt of Kings Heath"), so a "Lord Hunt" anywhere finds it.
    let is_peer = |k: usize| {
        runs[k].honorific.is_some() && run_name(text, tokens, runs[k].toks.clone()).contains(" of ")
    };
    // ... and every named-with-honorific surname before the bare ones, so that "Salmond's
    // party" early in a story finds the "Mr Salmond" named later
    pending.sort_by_cached_key(|&(k, _)| (!is_peer(k), runs[k].honorific.is_none()));
    let with_honorific: std::collections::HashSet<String> = pending
        .iter()
        .filter(|&&(k, _)| runs[k].honorific.is_some())
        .map(|&(k, _)| run_name(text, tokens, runs[k].toks.clone()))
        .collect();
    for (k, person) in pending.iter_mut() {
        if person.is_some() {
            continue;
        }
        let run = &runs[*k];
        let name = run_name(text, tokens, run.toks.clone());
        // "Sir Edward" is Sir Edward Heath: knights and dames go by their first name.
        let knight = run
            .honorific
            .is_some_and(|h| matches!(tokens[h].text(text), "Sir" | "Dame"));
        // "the news Nigel had resigned", in a story about Nigel Farage: a listed first name
        // alone, inside a sentence, is the one person in the story who has it (a month is not)
        // ("Raj quit the party the same week", after "my colleague Raj Bhattacharya": a word
        // that is the first name of exactly one person the story names in full is that
        // person, listed or not; at a sentence's start only a listed first name is)
        let sentence_start = seg.sentences[run.sentence].tokens.start == run.toks.start;
        let one_full_name = first_words.get(&name).is_some_and(|v| v.len() == 1);
        let listed = lex.first_name(&name).is_some();
        let bare_first = run.honorific.is_none()
            && (!sentence_start && (listed || one_full_name)
                || sentence_start && listed && one_full_name)
            && !is_stop(&name)
            && !matches!(
                name.as_str(),
                "May" | "June" | "April" | "August" | "January" | "Will" | "Mark" | "Bill"
            );
        let by_first_name = (knight || bare_first) && !name.contains(' ');
        let mut matches: Vec<usize> = names.get(&name).cloned().unwrap_or_default();
        // "Lord Callaghan of Cardiff" in a story about James Callaghan is him
        let peer_base = name.find(" of ").map(|i| name[..i].to_string());
        if let Some(base) = peer_base.as_ref().filter(|_| run.honorific.is_some()) {
            matches.extend(
                names
                    .get(base)
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&p| people[p].name != name),
            );
            matches.sort_unstable();
            matches.dedup();
        }
        if by_first_name {
            // ("her younger sister Jane", beside Jane Hale and a photo credit's Jane
            // Dorsey): someone named only in a photo credit is no one's first name in the
            // story
            let firsts: Vec<usize> = first_words.get(&name).cloned().unwrap_or_default();
            let told: Vec<usize> = firsts
                .iter()
                .copied()
                .filter(|&q| !credit_only.get(q).copied().unwrap_or(false))
                .collect();
            matches.extend(if told.is_empty() { firsts } else { told });
            matches.sort_unstable();
            matches.dedup();
        }
        debug_assert!(matches.iter().all(|&i| {
            let p = &people[i].name;
            p.contains(' ')
                && (ends_with_word(p, &name)
                    || *p == name
                    || p.starts_with(&format!("{name} of "))
                    || peer_base
                        .as_ref()
                        .is_some_and(|b| ends_with_word(p, b) || p == b)
                    || by_first_name && starts_with_word(p, &name))
        }));
        let honorific_gender = run
            .honorific
            .and_then(|h| lex.honorific(tokens[h].text(text)))
            .unwrap_or(Gender::Unknown);
        let agreeing: Vec<usize> = matches
            .iter()
            .copied()
            .filter(|&p| people[p].gender.agrees(honorific_gender))
            .collect();
        if agreeing.len() == 1 {
            *person = Some(agreeing[0]);
            // ("Marnie Quill … Mrs Quill": the honorific tells the gender the name did not)
            if people[agreeing[0]].gender == Gender::Unknown {
                people[agreeing[0]].gender = honorific_gender;
            }
        } else if let Some(&p) = by_name.get(&name).filter(|_| {
            agreeing.is_empty() && !name.contains(' ') && with_honorific.contains(&name)
        }) {
            // a surname the story also gives with an honorific ("Salmond's party … Mr
            // Salmond said") is that person
            *person = Some(p);
        } else if run.honorific.is_some()
            || (verdicts[*k] == Verdict::Person)
            || cued(text, seg, m, run.sentence, run.toks.start, false)
                && !is_stop(&name)
                && !place_modifier(text, tokens, m, run.toks.end)
        {
            // A person named only by surname: keep them under that surname.
            let p = *by_name.entry(name.clone()).or_insert_with(|| {
                people.push(Person {
                    name: name.clone(),
                    gender: honorific_gender,
                    mentions: Vec::new(),
                });
                index_name(&mut names, &mut first_words, &name, people.len() - 1);
                people.len() - 1
            });
            *person = Some(p);
        }
    }

    for (k, person) in pending {
        let Some(p) = person else { continue };
        let run = &runs[k];
        let start_tok = run.honorific.unwrap_or(run.toks.start);
        let span = Span::new(tokens[start_tok].start, tokens[run.toks.end - 1].end);
        let idx = m.person_mentions.len();
        m.person_mentions.push(PersonMention {
            span,
            tokens: start_tok..run.toks.end,
            person: p,
            credit: run.credit,
        });
        m.tags[start_tok..run.toks.end].fill(Tag::Person(idx as u32));
    }
    m.person_mentions.sort_by_key(|pm| pm.span.start);
    for (idx, pm) in m.person_mentions.iter().enumerate() {
        m.tags[pm.tokens.clone()].fill(Tag::Person(idx as u32));
    }
    for pm_idx in 0..m.person_mentions.len() {
        let p = m.person_mentions[pm_idx].person;
        people[p].mentions.push(pm_idx);
    }
    // People only ever mentioned in a photo credit stay, but nothing else changes.
    m.people = people;
}

/// Organisation head words that are also common surnames or first names ("Hall", "Church",
/// "Post", "Bill").
const NAME_LIKE_ORG_WORDS: &[&str] = &["Hall", "Church", "Post", "Bill"];

/// Whether a run holding an organisation word is a person's name all the same: the only
/// organisation words in it are [`NAME_LIKE_ORG_WORDS`], and it follows an honorific ("Mr
/// Hall"), or starts with a listed first name with no "the" or locative preposition before it
/// ("Susan Hall quit", "Bill Cash said"; not "the Albert Hall", "at Victoria Station").
fn surname_not_org(text: &str, tokens: &[Token], lex: &Lexicon, run: &Run, words: &[&str]) -> bool {
    if !words
        .iter()
        .all(|w| !is_org_word(w) || NAME_LIKE_ORG_WORDS.contains(w))
    {
        return false;
    }
    if run.honorific.is_some() {
        return true;
    }
    let before = run
        .toks
        .start
        .checked_sub(1)
        .map(|b| tokens[b].text(text).to_ascii_lowercase());
    let bare = !before.is_some_and(|b| matches!(b.as_str(), "the" | "at" | "in" | "to" | "from"));
    words.len() >= 2 && lex.first_name(words[0]).is_some() && bare
}

/// ("Kluveil Hunt and Faibai Gove were tipped to replace him"): a name joined by "and" to a
/// second capitalised name of two words or more shares what follows the second.
fn coordinated_speaks(text: &str, tokens: &[Token], end: usize) -> bool {
    if tokens.get(end).map(|t| t.text(text)) != Some("and") {
        return false;
    }
    let mut e = end + 1;
    while tokens
        .get(e)
        .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised(text))
    {
        e += 1;
    }
    e >= end + 3 && (speaks(text, tokens, e) || speak_together(text, tokens, e))
}

/// Asks the name recogniser about runs of two or more words that no list decided.
fn recognise_unknown(
    text: &str,
    seg: &Segmented,
    lex: &Lexicon,
    honorific_surnames: &std::collections::HashSet<String>,
    runs: &mut [Run],
    verdicts: &mut [Verdict],
    tagged_out: &mut Vec<(usize, floorcross_syntax::Tagged)>,
) {
    let tokens = &seg.tokens;
    let mut k = 0;
    while k < runs.len() {
        let si = runs[k].sentence;
        let in_sentence = (k..runs.len())
            .take_while(|&j| runs[j].sentence == si)
            .count();
        let group = k..k + in_sentence;
        k += in_sentence;
        if !group.clone().any(|j| verdicts[j] == Verdict::Unknown) {
            continue;
        }
        let s = &seg.sentences[si];
        let words: Vec<&str> = tokens[s.tokens.clone()]
            .iter()
            .map(|t| t.text(text))
            .collect();
        let models = floorcross_syntax::Models::builtin();
        let tagged = models.tag(&words);
        let names = models.recognise(&tagged, &lex.name_flags(&words));
        let s0 = s.tokens.start;
        for j in group {
            if verdicts[j] != Verdict::Unknown || runs[j].credit {
                continue;
            }
            let (rs, re) = (runs[j].toks.start - s0, runs[j].toks.end - s0);
            // After a locative preposition or "represents" a name is a place ("the MP for
            // Hallam Ford", "who represents Lagan Fields"), whatever the recogniser says.
            let before = runs[j]
                .toks
                .start
                .checked_sub(1)
                .map(|b| tokens[b].text(text));
            if before.is_some_and(|b| PLACE_CUES.contains(&b.to_ascii_lowercase().as_str())) {
                continue;
            }
            // ("contesting the Cowley Heath ward", "the Marsh End estate"): a name that
            // modifies a noun of place is the place's
            let after = tokens.get(runs[j].toks.end).map(|t| t.text(text));
            if after.is_some_and(|a| PLACE_NOUNS.contains(&a)) {
                continue;
            }
            // ("won Dyffryn Teifi from Labour", "held Hallam Ford for the Tories"): what is won
            // or held from or for a side is a seat
            let seat_verb = before.is_some_and(|b| {
                matches!(
                    b,
                    "won"
                        | "wins"
                        | "win"
                        | "winning"
                        | "took"
                        | "takes"
                        | "gained"
                        | "gains"
                        | "captured"
                        | "snatched"
                        | "held"
                        | "holds"
                        | "lost"
                        | "loses"
                        | "contested"
                        | "fought"
                )
            });
            if seat_verb && after.is_some_and(|a| matches!(a, "from" | "for")) {
                continue;
            }
            let person = names.iter().find(|n| {
                n.kind_name() == "PERSON" && n.end == re && n.start >= rs && n.end - n.start >= 2
            });
            // ("Reidail Corbyn has withstood the challenge … Mr Corbyn said"): two words
            // opening a sentence, the second a surname the story gives an honorific and the
            // first a proper noun to the tagger (never "This Hale", "Campaigner Pryce")
            let opens_with_surname = person.is_none()
                && re - rs == 2
                && runs[j].toks.start == s0
                && honorific_surnames.contains(tokens[runs[j].toks.start + 1].text(text))
                && !tokens[runs[j].toks.start].text(text).contains('-')
                && models.upos(tagged.tags[rs]) == "PROPN"
                && {
                    // (and still one written in lower case: "campaigner" is a noun then)
                    let lower = words[rs].to_lowercase();
                    let mut w = words.clone();
                    w[rs] = &lower;
                    models.upos(models.tag(&w).tags[rs]) == "PROPN"
                };
            if opens_with_surname {
                verdicts[j] = Verdict::Person;
            }
            if let Some(n) = person {
                // A listed first name inside the span starts the name ("Blairite Alan
                // Milburn" is Alan Milburn).
                let start = (s0 + n.start..runs[j].toks.end - 1)
                    .find(|&t| lex.first_name(tokens[t].text(text)).is_some())
                    .unwrap_or(s0 + n.start);
                runs[j].toks = start..runs[j].toks.end;
                verdicts[j] = Verdict::Person;
            }
        }
        tagged_out.push((si, tagged));
    }
}

/// Indexes a full name (one with a space) under itself, each of its word suffixes ("Iain
/// Duncan Smith": "Duncan Smith", "Smith") and its first word.
fn index_name(
    names: &mut HashMap<String, Vec<usize>>,
    first_words: &mut HashMap<String, Vec<usize>>,
    name: &str,
    person: usize,
) {
    if !name.contains(' ') {
        return;
    }
    let add = |map: &mut HashMap<String, Vec<usize>>, key: &str| {
        let v = map.entry(key.to_string()).or_default();
        if v.last() != Some(&person) {
            v.push(person);
        }
    };
    add(names, name);
    // "Hunt of Kings Heath" is also Lord Hunt, but its place is no surname
    let base = name.find(" of ").map_or(name, |i| &name[..i]);
    if base != name {
        add(names, base);
    }
    for (i, _) in base.match_indices(' ') {
        add(names, &base[i + 1..]);
    }
    if let Some(i) = name.find(' ') {
        add(first_words, &name[..i]);
    }
}

/// "Robert Jackson" ends with the word "Jackson".
fn ends_with_word(full: &str, word: &str) -> bool {
    full.len() > word.len()
        && full.ends_with(word)
        && full.as_bytes()[full.len() - word.len() - 1] == b' '
}

/// "Edward Heath" starts with the word "Edward".
fn starts_with_word(full: &str, word: &str) -> bool {
    full.len() > word.len() && full.starts_with(word) && full.as_bytes()[word.len()] == b' '
}

/// The name a run spells, with single spaces.
fn run_name(text: &str, tokens: &[Token], toks: Range<usize>) -> String {
    let span = Span::new(tokens[toks.start].start, tokens[toks.end - 1].end);
    let raw = span.slice(text);
    if raw.contains(['\n', '\t', '\u{a0}']) || raw.contains("  ") {
        raw.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        raw.to_string()
    }
}
