//! Names of new groups the text introduces: a party founded ("launched Albion First", "to
//! form the Reform Alliance", "Northern Voice was founded by …"), called ("a new party called
//! Veritas"), apposed to "the new party", or bracketed as an affiliation. Every later mention of
//! such a name is that party.

use floorcross_text::{Segmented, Token};

use crate::lexicon::Lexicon;
use crate::party_context_ok;

mod signals;

/// Verbs after which a capitalised name is a party or group being created.
const FOUNDING_VERBS: &[&str] = &[
    "form",
    "forms",
    "formed",
    "forming",
    "launch",
    "launches",
    "launched",
    "launching",
    "found",
    "founded",
    "founding",
    "establish",
    "established",
    "establishes",
    "establishing",
    "create",
    "created",
    "creates",
    "creating",
    "unveil",
    "unveiled",
    "unveils",
    "join",
    "joined",
    "joins",
    "joining",
    "announce",
    "announced",
    "announces",
    "announcing",
];

/// Names of groups the text introduces ("formed the Reform Alliance", "a new party called
/// Veritas", "the new Centre Ground Party"), as token sequences, longest first. Later
/// mentions of the same name are parties too.
pub(crate) fn introduced_names(
    text: &str,
    seg: &Segmented,
    lex: &Lexicon,
) -> Vec<(Vec<String>, Option<String>)> {
    let tokens = &seg.tokens;
    let party_words = used_as_party(text, tokens);
    let mut names: Vec<Vec<String>> = Vec::new();
    for (si, s) in seg.sentences.iter().enumerate() {
        let range = s.tokens.clone();
        for i in range.clone() {
            let end = introduced_group(text, tokens, range.clone(), i, lex)
                .or_else(|| founded_name(text, tokens, range.clone(), i, lex, &party_words))
                .or_else(|| apposed_new_group(text, tokens, range.clone(), i, lex))
                .or_else(|| founded_passive(text, seg, si, i, lex))
                .or_else(|| membership_object(text, seg, si, i, lex))
                .or_else(|| signals::party_signal(text, seg, si, i, lex));
            if let Some(end) = end {
                let name: Vec<String> = tokens[i..end]
                    .iter()
                    .map(|t| t.text(text).to_string())
                    .collect();
                // a bare "Party" or "Group" names nothing
                if name.len() == 1
                    && matches!(
                        name[0].as_str(),
                        "Party" | "Group" | "Alliance" | "Coalition" | "Movement"
                    )
                {
                    continue;
                }
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
    }
    for name in groups_named_alone(text, tokens, lex, &party_words) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.into_iter().map(|n| (n, None)).collect()
}

/// "the Open Benches group … joined Open Benches": a capitalised name (no known party, no
/// first name or honorific) written "the X group" that the story also names alone, not before
/// "group", and quits, joins or puts before a party's noun somewhere, is a group's name. Each
/// name is checked once, against the places its first word stands.
fn groups_named_alone(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    party_words: &std::collections::HashSet<&str>,
) -> Vec<Vec<String>> {
    // (most stories have no "group" after a capitalised word: no index for them)
    let any = tokens
        .windows(2)
        .any(|w| w[1].text(text) == "group" && w[0].is_capitalised(text));
    if !any {
        return Vec::new();
    }
    let mut at: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (j, t) in tokens.iter().enumerate() {
        if t.is_capitalised(text) {
            at.entry(t.text(text)).or_default().push(j);
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut found = Vec::new();
    for i in 1..tokens.len() {
        if !tokens[i - 1].text(text).eq_ignore_ascii_case("the")
            || !unknown_capital(text, tokens, i, lex)
        {
            continue;
        }
        let mut end = i;
        while end < tokens.len() && end < i + 4 && tokens[end].is_capitalised(text) {
            end += 1;
        }
        if tokens.get(end).is_none_or(|t| t.text(text) != "group") {
            continue;
        }
        let words: Vec<&str> = tokens[i..end].iter().map(|t| t.text(text)).collect();
        // (and that the story quits, joins or puts before a party's noun somewhere: "joined
        // Open Benches", never "the Assembly group", "the G8 group")
        if !party_words.contains(words[0]) || !seen.insert(words.clone()) {
            continue;
        }
        let alone = at[words[0]].iter().any(|&j| {
            j != i
                && j + words.len() <= tokens.len()
                && (0..words.len()).all(|k| tokens[j + k].text(text) == words[k])
                && tokens
                    .get(j + words.len())
                    .is_none_or(|t| !t.is_capitalised(text) && t.text(text) != "group")
                && (j == 0 || !tokens[j - 1].is_capitalised(text))
        });
        if alone {
            found.push(words.iter().map(|w| w.to_string()).collect());
        }
    }
    found
}

/// Words that open many parties' names, so that a name without its group word ("Socialist"
/// of "the Socialist Alliance") names no one party.
const SHARED_NAME_WORDS: &[&str] = &[
    "Independent",
    "Independents",
    "Green",
    "Liberal",
    "Democratic",
    "Social",
    "Socialist",
    "National",
    "Centre",
    "Progressive",
    "Unionist",
    "Workers",
    "People",
    "Peoples",
    "Christian",
    "English",
    "Scottish",
    "Welsh",
    "British",
    "Irish",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "New",
    "United",
    "Popular",
    "Conservative",
    "Labour",
    "Left",
    "Right",
    "Democrats",
    "Alliance",
    "Our",
    "The",
    "Free",
    "Real",
    "True",
];

/// The names [`introduced_names`] finds, each with the short name it may also go by: the
/// group word dropped ("the Meridian Group" … "leaving Meridian", "Meridian's candidate"), when
/// what is left names no known party, opens with no first name, and is no word many parties'
/// names share. A short name maps to its full one.
pub(crate) fn introduced_with_short_names(
    text: &str,
    seg: &Segmented,
    lex: &Lexicon,
) -> Vec<(Vec<String>, Option<String>)> {
    let mut names = introduced_names(text, seg, lex);
    let mut short = Vec::new();
    for (name, _) in &names {
        let Some(last) = name.last() else { continue };
        if name.len() < 2 || !GROUP_WORDS.contains(&last.as_str()) {
            continue;
        }
        let rest = &name[..name.len() - 1];
        let joined = rest.join(" ");
        let known = lex.party_name(&joined).is_some()
            || lex.first_name(&rest[0]).is_some()
            || lex.honorific(&rest[0]).is_some()
            || rest.len() == 1 && SHARED_NAME_WORDS.contains(&rest[0].as_str())
            || rest
                .iter()
                .any(|x| !x.starts_with(|c: char| c.is_uppercase()));
        if known || names.iter().any(|(n, _)| n.as_slice() == rest) {
            continue;
        }
        short.push((rest.to_vec(), Some(name.join(" "))));
    }
    names.extend(short);
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    names
}

/// The word that ends a group's name and says it is one ("the Reform Alliance").
const GROUP_WORDS: &[&str] = &[
    "Party",
    "Group",
    "Alliance",
    "Coalition",
    "Movement",
    "Front",
    "Union",
    "League",
];

/// "launched Albion First", "to form the Reform Alliance": a capitalised name (not a known
/// party, not a person) right after a founding verb.
fn founded_name(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    i: usize,
    lex: &Lexicon,
    party_words: &std::collections::HashSet<&str>,
) -> Option<usize> {
    // (a known party's name that needs context may begin a new one: "the Reform Alliance")
    let known = lex
        .parties
        .match_at(text, tokens, i)
        .is_some_and(|(alias, n)| {
            !alias.needs_context || party_context_ok(text, tokens, range.clone(), i, i + n)
        });
    if !tokens[i].is_capitalised(text) || known {
        return None;
    }
    let mut k = i;
    if k > range.start && matches!(tokens[k - 1].text(text), "the" | "The") {
        k -= 1;
    }
    // ("have set up Brackenridge First": the phrasal founding verb)
    let set_up = k >= range.start + 2
        && tokens[k - 1].text(text).eq_ignore_ascii_case("up")
        && matches!(
            tokens[k - 2].text(text).to_ascii_lowercase().as_str(),
            "set" | "sets" | "setting"
        );
    if k == range.start
        || !(set_up
            || FOUNDING_VERBS.contains(&tokens[k - 1].text(text).to_ascii_lowercase().as_str()))
    {
        return None;
    }
    // joining or announcing only introduces a name already called a group: "joined the Reform
    // Alliance", "to announce the Meridian Group" (never "announced the Budget")
    let verb = tokens[k - 1].text(text).to_ascii_lowercase();
    let mut end = i;
    let mut apostrophes = 0;
    while end < range.end && end < i + 4 + apostrophes {
        // ("the Brackenfield Residents' Alliance": a plural's possessive inside the name)
        let plural_possessive = end > i
            && matches!(tokens[end].text(text), "'" | "’")
            && tokens[end - 1].end == tokens[end].start
            && tokens[end - 1].text(text).ends_with('s')
            && tokens
                .get(end + 1)
                .is_some_and(|t| end + 1 < range.end && t.is_capitalised(text));
        // ("to set up the Vale and Villages Group": "and" or "of" between capitalised words of
        // a name that goes on to its group word)
        let connector = end > i
            && matches!(tokens[end].text(text), "and" | "of" | "&")
            && (end + 1..(end + 4).min(range.end))
                .take_while(|&j| tokens[j].is_capitalised(text))
                .any(|j| GROUP_WORDS.contains(&tokens[j].text(text)));
        if plural_possessive || connector {
            apostrophes += 1;
        } else if !tokens[end].is_capitalised(text)
            || lex.honorific(tokens[end].text(text)).is_some()
        {
            break;
        }
        end += 1;
    }
    // ("Launches Alba Party In Bid For …", a Title Case headline: the name ends at its
    // group word)
    if let Some(g) = (i..end).find(|&k| GROUP_WORDS.contains(&tokens[k].text(text))) {
        end = g + 1;
    }
    let words: Vec<&str> = tokens[i..end].iter().map(|t| t.text(text)).collect();
    let last = *words.last()?;
    let grouplike = GROUP_WORDS.contains(&last);
    if (verb.starts_with("join") || verb.starts_with("announc")) && !grouplike {
        return None;
    }
    // ("QUIT TO FORM OWN PARTY": a capitals headline's possessive or adjective is no name)
    let first = words[0].to_ascii_lowercase();
    if matches!(
        first.as_str(),
        "own" | "rival" | "their" | "his" | "her" | "breakaway" | "a" | "an"
    ) {
        return None;
    }
    // a person's name is not a party
    if lex.first_name(words[0]).is_some()
        || words.iter().any(|w| {
            matches!(
                *w,
                "Government"
                    | "Cabinet"
                    | "Commons"
                    | "Parliament"
                    | "Council"
                    | "Committee"
                    | "Bill"
                    | "Act"
            )
        })
    {
        return None;
    }
    // a single common word ("formed Labour", "launched Today") needs the group's own word, or
    // the story using it as a party elsewhere ("to found Commonweal … the Commonweal
    // candidate")
    if words.len() == 1
        && !grouplike
        && !(text
            .get(tokens[end - 1].end..)
            .is_some_and(|r| r.starts_with(", a new") || r.starts_with(", the new")))
        && !party_words.contains(words[0])
    {
        return None;
    }
    Some(end)
}

/// Nouns a party's name modifies: "the Commonweal candidate", "the Horizon leadership".
const PARTY_USES: &[&str] = &[
    "candidate",
    "candidates",
    "leadership",
    "leader",
    "MP",
    "MPs",
    "MSP",
    "MSPs",
    "AM",
    "AMs",
    "MEP",
    "MEPs",
    "councillor",
    "councillors",
    "banner",
    "ticket",
    "whip",
    "manifesto",
    "conference",
    "activists",
    "supporters",
    "members",
];

/// The capitalised words the story uses as a party's name somewhere, in one pass: before a
/// noun a party's name modifies ("the Commonweal candidate"), or as what is quit or joined
/// ("quit Commonweal in July").
fn used_as_party<'t>(text: &'t str, tokens: &[Token]) -> std::collections::HashSet<&'t str> {
    let mut used = std::collections::HashSet::new();
    for (j, t) in tokens.iter().enumerate() {
        if !t.is_capitalised(text) {
            continue;
        }
        let before_use = tokens
            .get(j + 1)
            .is_some_and(|n| PARTY_USES.contains(&n.text(text)));
        let left_or_joined = j > 0
            && matches!(
                tokens[j - 1].text(text),
                "quit"
                    | "quits"
                    | "left"
                    | "joined"
                    | "joins"
                    | "rejoined"
                    | "leaving"
                    | "joining"
                    | "quitting"
            );
        if before_use || left_or_joined {
            used.insert(t.text(text));
        }
    }
    used
}

/// The text of token `k` while it is inside `range`, else "".
pub(super) fn word_in<'t>(
    text: &'t str,
    tokens: &[Token],
    range: &std::ops::Range<usize>,
    k: usize,
) -> &'t str {
    if k < range.end {
        tokens[k].text(text)
    } else {
        ""
    }
}

/// Whether token `i` is a capitalised word that may open a new group's name: no listed first
/// name or honorific, and no known party starts there.
fn unknown_capital(text: &str, tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    let w = tokens[i].text(text);
    tokens[i].is_capitalised(text)
        && lex.first_name(w).is_none()
        && lex.honorific(w).is_none()
        && lex.parties.match_at(text, tokens, i).is_none()
}

/// Whether token `i` opens a capitalised run (nothing capitalised before it since `start`)
/// with a word that may open a new group's name ([`unknown_capital`]).
pub(super) fn opens_unknown_name(
    text: &str,
    tokens: &[Token],
    start: usize,
    i: usize,
    lex: &Lexicon,
) -> bool {
    (i == start || !tokens[i - 1].is_capitalised(text)) && unknown_capital(text, tokens, i, lex)
}

/// The end of the run of capitalised words from `i` (at most four) inside `range`.
pub(super) fn capital_run_end(
    text: &str,
    tokens: &[Token],
    range: &std::ops::Range<usize>,
    i: usize,
) -> usize {
    let mut end = i;
    while end < range.end && end < i + 4 && tokens[end].is_capitalised(text) {
        end += 1;
    }
    end
}

/// "A new political party … was launched yesterday. Northern Voice was founded by …": a
/// capitalised name (not a known party, not opening with a first name) that opens its
/// sentence, or follows "the", as the subject of a passive founding verb, in a sentence that
/// (or whose predecessor) speaks of a party, group or movement. Returns the end token of the
/// name starting at `i`.
fn founded_passive(
    text: &str,
    seg: &Segmented,
    si: usize,
    i: usize,
    lex: &Lexicon,
) -> Option<usize> {
    let tokens = &seg.tokens;
    let s = &seg.sentences[si];
    let range = s.tokens.clone();
    let w = |k: usize| word_in(text, tokens, &range, k);
    let opens = i == range.start || i == range.start + 1 && matches!(w(range.start), "The" | "the");
    if !opens || !unknown_capital(text, tokens, i, lex) {
        return None;
    }
    let end = capital_run_end(text, tokens, &range, i);
    // (a body, a scheme or a law launched is no party: "Operation Yellowhammer", "the
    // Kickstart Scheme")
    let body = matches!(
        w(i),
        "Operation" | "Project" | "He" | "She" | "It" | "They" | "This" | "That" | "We" | "I"
    ) || matches!(
        w(end - 1),
        "Trust"
            | "Fund"
            | "Campaign"
            | "Council"
            | "Committee"
            | "Commission"
            | "Bill"
            | "Act"
            | "Inquiry"
            | "Review"
            | "Scheme"
            | "Network"
            | "Foundation"
    );
    if body {
        return None;
    }
    let mut v = end;
    if matches!(w(v), "was" | "were") {
        v += 1;
    } else if matches!(w(v), "has" | "had") && w(v + 1) == "been" {
        v += 2;
    } else {
        return None;
    }
    // ("created a life peer" is an honour, not a founding)
    let founding = matches!(w(v), "founded" | "launched" | "formed" | "established")
        || w(v) == "set" && w(v + 1) == "up";
    if !founding {
        return None;
    }
    let speaks_of_party = |x: &floorcross_text::Sentence| {
        x.tokens.clone().any(|k| {
            matches!(
                tokens[k].text(text).to_ascii_lowercase().as_str(),
                "party" | "group" | "movement"
            )
        })
    };
    let near = speaks_of_party(s) || si > 0 && speaks_of_party(&seg.sentences[si - 1]);
    near.then_some(end)
}

/// Nouns after "party" or "group" that make it a modifier ("a new party member"), not the
/// head of an apposition naming a group.
const GROUP_MODIFIED: &[&str] = &[
    "member",
    "members",
    "activist",
    "activists",
    "candidate",
    "candidates",
    "leader",
    "official",
    "officials",
    "recruit",
    "supporter",
    "supporters",
    "donor",
    "chairman",
    "chair",
    "spokesman",
    "spokeswoman",
    "policy",
];

/// "defecting to Northern Voice, the new party launched in Leeds", "Albion First, a new
/// group on the council": a capitalised name (not a known party, not opening with a first
/// name) with "a new" or "the new" party, group or movement in apposition right after it.
/// Returns the end token of the name starting at `i`.
fn apposed_new_group(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    i: usize,
    lex: &Lexicon,
) -> Option<usize> {
    let w = |k: usize| word_in(text, tokens, &range, k);
    if !opens_unknown_name(text, tokens, range.start, i, lex) {
        return None;
    }
    let end = capital_run_end(text, tokens, &range, i);
    let apposed = w(end) == ","
        && matches!(w(end + 1), "a" | "the")
        && w(end + 2) == "new"
        && matches!(w(end + 3), "party" | "group" | "movement")
        && !GROUP_MODIFIED.contains(&w(end + 4));
    // ("defected to Common Ground, the centrist party launched in March", "Harbour Voice, a
    // small regionalist party."): "party" in apposition after modifiers of its own, the
    // apposition closed or going on with how the party began (never "…in Glen Esk, the party
    // said", nor "Unite, the party's biggest donor")
    let modifiers = (end + 2..end + 5)
        .take_while(|&k| {
            let x = w(k);
            !x.is_empty()
                && x != "party"
                && x.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !matches!(
                    x,
                    "only" | "same" | "other" | "whole" | "ruling" | "governing"
                )
        })
        .count();
    let noun = end + 2 + modifiers;
    let apposed_party = w(end) == ","
        && matches!(w(end + 1), "a" | "the")
        && modifiers >= 1
        && w(noun) == "party"
        && matches!(
            w(noun + 1),
            "," | "."
                | ";"
                | ")"
                | "-"
                | "–"
                | "—"
                | "founded"
                | "launched"
                | "formed"
                | "set"
                | "created"
                | "registered"
                | "established"
                | "which"
                | "that"
                | "whose"
                | "led"
        );
    (apposed || apposed_party).then_some(end)
}

/// Words of a state's name, not a party's ("the Soviet Union", "the United States").
const STATE_WORDS: &[&str] = &[
    "Union",
    "States",
    "Kingdom",
    "Republic",
    "Federation",
    "Empire",
    "Islands",
    "Korea",
    "Germany",
    "Russia",
    "China",
    "America",
    "Britain",
    "Europe",
    "Africa",
    "Asia",
    "Vietnam",
    "Cuba",
    "Iran",
    "Iraq",
    "Israel",
    "Pakistan",
    "India",
    "Ireland",
    "France",
    "Spain",
    "Italy",
];

/// Verbs of defecting whose "to" takes the party gone to ("defected to Common Ground").
pub(super) const DEFECTING: &[&str] = &["defected", "defect", "defects", "defecting", "defection"];

/// Verbs of joining whose object is a party when the sentence has its subject leave a known
/// one ("quit the Tories to join Restore Albion").
pub(super) const JOINING: &[&str] = &["join", "joined", "joins", "joining", "rejoined", "rejoin"];

/// Verbs of leaving whose object, left "to sit as" something, is a party ("has left Meridian
/// to sit as an independent").
pub(super) const LEAVING: &[&str] = &[
    "quit", "quits", "quitting", "left", "leave", "leaves", "leaving",
];

/// "defected to Common Ground", "his defection to the Harbour Alliance", "has left Meridian to
/// sit as an independent": a capitalised name (not a known party, not opening with a first
/// name, no place or person to the learned recogniser) that a defection goes to, or that is
/// left to sit as something else, is a party. One word alone is one only when it is left so,
/// or is all the recogniser reads as an organisation. Returns the end token of the name
/// starting at `i`.
fn membership_object(
    text: &str,
    seg: &Segmented,
    si: usize,
    i: usize,
    lex: &Lexicon,
) -> Option<usize> {
    let tokens = &seg.tokens;
    let range = seg.sentences[si].tokens.clone();
    let w = |k: usize| word_in(text, tokens, &range, k);
    let k = if i > range.start && w(i - 1) == "the" {
        i - 1
    } else {
        i
    };
    // (the verb before it first: most capitalised words follow none of these)
    if k < range.start + 2 {
        return None;
    }
    let joined_here = JOINING.contains(&w(k - 1).to_ascii_lowercase().as_str());
    if !(w(k - 1) == "to"
        || LEAVING.contains(&w(k - 1).to_ascii_lowercase().as_str())
        || joined_here)
    {
        return None;
    }
    if !opens_unknown_name(text, tokens, range.start, i, lex) {
        return None;
    }
    let end = capital_run_end(text, tokens, &range, i);
    let defected_to =
        w(k - 1) == "to" && DEFECTING.contains(&w(k - 2).to_ascii_lowercase().as_str());
    let left_to_sit = LEAVING.contains(&w(k - 1).to_ascii_lowercase().as_str())
        && w(end) == "to"
        && w(end + 1) == "sit"
        && w(end + 2) == "as";
    // "quit the Conservatives to join Restore Albion", "left Labour and joined Common
    // Cause": what is joined by someone the sentence has leaving a known party is one
    let joined_after_leaving = joined_here && {
        let lowered = |j: usize| w(j).to_ascii_lowercase();
        (range.start..k - 1).any(|j| {
            (LEAVING.contains(&lowered(j).as_str()) || DEFECTING.contains(&lowered(j).as_str()))
                && (j + 1..(j + 5).min(k - 1))
                    .any(|q| lex.parties.match_at(text, tokens, q).is_some())
        })
    };
    if !(defected_to || left_to_sit || joined_after_leaving) {
        return None;
    }
    // (not a name that owns what follows: "defected to Labour's rivals")
    if tokens
        .get(end)
        .is_some_and(|t| t.kind == floorcross_text::TokenKind::Possessive)
    {
        return None;
    }
    let words: Vec<&str> = tokens[i..end].iter().map(|t| t.text(text)).collect();
    let org = plausible_party_name(text, seg, si, i, end, lex)?;
    let grouplike = GROUP_WORDS.contains(words.last()?);
    (words.len() >= 2 || grouplike || left_to_sit || org).then_some(end)
}

/// Whether the capitalised name `i..end` in sentence `si` may be a party's: no institution's
/// word in it ("Government", "Council"), no possessive after it, no known party in it, no
/// place or person opening it to the learned recogniser ("the Soviet Union", "North Korea";
/// a place at the end of a longer name is the party's, "Restore Albion"), no state's word.
/// `Some(whether the recogniser reads an organisation there)` when it may.
pub(super) fn plausible_party_name(
    text: &str,
    seg: &Segmented,
    si: usize,
    i: usize,
    end: usize,
    lex: &Lexicon,
) -> Option<bool> {
    let tokens = &seg.tokens;
    let range = seg.sentences[si].tokens.clone();
    let words: Vec<&str> = tokens[i..end].iter().map(|t| t.text(text)).collect();
    if words.is_empty() {
        return None;
    }
    if words.iter().any(|x| {
        matches!(
            *x,
            "Government" | "Cabinet" | "Commons" | "Parliament" | "Council" | "Committee" | "Bill"
                | "Act" | "House" | "Lords" | "Assembly"
        )
    })
        // (a known party's own group, "defects to Welsh Conservative group", is that party,
        // and so is a nation's branch, "the Welsh Liberal Democrats")
        || words.iter().any(|x| lex.party_name(x).is_some())
        || (i + 1..end).any(|q| lex.parties.match_at(text, tokens, q).is_some())
    {
        return None;
    }
    // the learned recogniser reads the sentence: no place or person ("defected to the Soviet
    // Union", "defected to North Korea")
    let sentence: Vec<&str> = tokens[range.clone()].iter().map(|t| t.text(text)).collect();
    let models = floorcross_syntax::Models::builtin();
    let tagged = models.tag(&sentence);
    let names = models.recognise(&tagged, &lex.name_flags(&sentence));
    let (rs, re) = (i - range.start, end - range.start);
    let overlapping = |n: &&floorcross_syntax::Name| n.start < re && n.end > rs;
    // (a place at the end of a longer name is the party's, "Restore Albion", "Reclaim
    // Britain": only one that opens the name rules it out)
    if names
        .iter()
        .filter(overlapping)
        .any(|n| matches!(n.kind_name(), "GPE" | "PERSON") && (n.start <= rs || re - rs < 2))
    {
        return None;
    }
    // (nor a state the recogniser misses: "defected to the Soviet Union", "to North Korea")
    let compass = matches!(words[0], "North" | "South" | "East" | "West") && words.len() == 2;
    if compass && !GROUP_WORDS.contains(&words[1]) || words.iter().any(|x| STATE_WORDS.contains(x))
    {
        return None;
    }
    let org = names
        .iter()
        .filter(overlapping)
        .any(|n| n.kind_name() == "ORG");
    Some(org)
}

/// "the new Independent Group", "a new party called Veritas": a group the text introduces.
/// Returns the end token of the group's name starting at `i`.
fn introduced_group(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    i: usize,
    lex: &Lexicon,
) -> Option<usize> {
    if !tokens[i].is_capitalised(text) {
        return None;
    }
    let prev = (i > range.start).then(|| tokens[i - 1].text(text));
    // "called Veritas" / "named Forward"
    if matches!(prev, Some("called" | "named" | "dubbed")) {
        let before = (i >= range.start + 3).then(|| tokens[i - 3].text(text).to_ascii_lowercase());
        let before2 = (i >= range.start + 2).then(|| tokens[i - 2].text(text).to_ascii_lowercase());
        let is_party =
            |w: &Option<String>| matches!(w.as_deref(), Some("party" | "group" | "movement"));
        // ("launched a new party. It will be called Your Voice.": "it" or "the party" naming
        // a party the sentence before talks of)
        let lower = |k: usize| tokens[k].text(text).to_ascii_lowercase();
        let named_later = {
            let subject_words = |k: usize| {
                matches!(
                    lower(k).as_str(),
                    "it" | "the"
                        | "new"
                        | "party"
                        | "group"
                        | "will"
                        | "would"
                        | "be"
                        | "is"
                        | "was"
                        | "to"
                        | "going"
                )
            };
            let it_or_party = matches!(lower(range.start).as_str(), "it" | "the")
                && (range.start..i - 1).all(subject_words)
                && (range.start..i - 1).any(|k| matches!(lower(k).as_str(), "be" | "is" | "was"));
            let talk_before = (range.start.saturating_sub(40)..range.start)
                .any(|k| matches!(lower(k).as_str(), "party" | "group" | "movement"));
            it_or_party && talk_before && unknown_capital(text, tokens, i, lex)
        };
        if is_party(&before) || is_party(&before2) || named_later {
            let mut end = i + 1;
            while end < range.end && end < i + 6 {
                if tokens[end].is_capitalised(text) {
                    end += 1;
                } else if matches!(tokens[end].text(text), "of" | "for")
                    && end + 1 < range.end
                    && tokens[end + 1].is_capitalised(text)
                {
                    // "a new party called Voice of Kent"
                    end += 2;
                } else {
                    break;
                }
            }
            return Some(end);
        }
    }
    // ("Moupa Clemworth (Natural Law Party)", "(Christian Peoples Alliance)"): a capitalised
    // name ending in "Party", "Alliance" or the like alone in brackets is a person's
    // affiliation
    if prev == Some("(") {
        let mut end = i;
        while end < range.end && end < i + 5 && tokens[end].is_capitalised(text) {
            end += 1;
        }
        if end > i + 1
            && matches!(
                tokens[end - 1].text(text),
                "Party" | "Alliance" | "Movement" | "Front" | "League" | "Coalition"
            )
            && tokens.get(end).is_some_and(|t| t.text(text) == ")")
        {
            return Some(end);
        }
    }
    // ("were founding a new group, Cymru Gyfan,", "as a new party, Forward Britain"): a new
    // group's name in apposition after it
    if prev == Some(",")
        && i >= range.start + 3
        && matches!(tokens[i - 2].text(text), "group" | "party" | "movement")
        && tokens[i - 3].text(text) == "new"
        && unknown_capital(text, tokens, i, lex)
    {
        return Some(capital_run_end(text, tokens, &range, i));
    }
    // "new Xxx Party" / "new Xxx Group"
    if matches!(prev, Some("new" | "New")) {
        let mut end = i;
        while end < range.end && end < i + 4 && tokens[end].is_capitalised(text) {
            end += 1;
            if matches!(
                tokens[end - 1].text(text),
                "Party" | "Group" | "Alliance" | "Coalition" | "Movement"
            ) {
                return Some(end);
            }
        }
    }
    None
}
