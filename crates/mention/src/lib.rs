//! Recognises who and what an article talks about: people, parties, roles, posts and other
//! organisations, and groups a person's mentions ("Heidi Allen", "Mrs Allen") together.
//!
//! Main entry point: [`recognise`], which takes a text and its [`Segmented`] form and returns
//! [`Mentions`]: the [`Person`]s with their [`PersonMention`]s, [`PartyMention`]s (with canonical
//! party names), [`RoleMention`]s ("MP", "home secretary"), [`PostMention`]s (constituencies and
//! mayoralties) and [`OrgMention`]s, plus a per-token [`Tag`] so later stages can ask "what is
//! token 17?" in constant time. Recognition is pure and never fails.
//!
//! ```
//! use floorcross_mention::recognise;
//! let text = "Tory MP Anna Soubry met Labour's Chuka Umunna. Ms Soubry said little.";
//! let seg = floorcross_text::segment(text, 0);
//! let m = recognise(text, &seg);
//! let names: Vec<&str> = m.people.iter().map(|p| p.name.as_str()).collect();
//! assert_eq!(names, ["Anna Soubry", "Chuka Umunna"]);
//! assert_eq!(m.people[0].mentions.len(), 2);
//! assert_eq!(m.parties[0].party, "Conservative Party");
//! ```

pub mod lexicon;
mod name_words;
mod people;
mod posts;

use floorcross_model::Span;
use floorcross_text::{Segmented, Token, TokenKind};

pub use lexicon::{truecase_capital_headline, undo_drop_caps, Gender, Lexicon, RoleKind};

/// What a token belongs to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tag {
    #[default]
    None,
    /// Part of a person mention (index into [`Mentions::person_mentions`]).
    Person(u32),
    Party(u32),
    Role(u32),
    Post(u32),
    Org(u32),
}

/// One person, with all the mentions that refer to them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// The fullest form of the name the document gives ("Heidi Allen").
    pub name: String,
    pub gender: Gender,
    /// Indexes into [`Mentions::person_mentions`], in text order.
    pub mentions: Vec<usize>,
}

/// One mention of a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonMention {
    /// The whole mention, honorific included ("Mrs Allen").
    pub span: Span,
    /// The tokens of the mention.
    pub tokens: std::ops::Range<usize>,
    pub person: usize,
    /// In a photo credit: a person, but nothing they do is news.
    pub credit: bool,
}

/// A party or parliamentary group, by canonical name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartyMention {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
    pub party: String,
    /// Followed by a possessive ("Labour's").
    pub possessive: bool,
}

/// An office or role word ("home secretary", "MP", "councillor").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleMention {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
    /// The phrase as listed in the lexicon ("home secretary", "MP").
    pub role: &'static str,
    pub kind: RoleKind,
}

/// A seat, constituency or named office ("South Cambridgeshire", "Mayor of London").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostMention {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
    pub name: String,
}

/// Another organisation ("BBC Newsnight", "St Albans District Council").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgMention {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
    pub name: String,
}

/// Everything recognised in one document.
#[derive(Clone, Debug, Default)]
pub struct Mentions {
    pub people: Vec<Person>,
    pub person_mentions: Vec<PersonMention>,
    pub parties: Vec<PartyMention>,
    pub roles: Vec<RoleMention>,
    pub posts: Vec<PostMention>,
    pub orgs: Vec<OrgMention>,
    /// One tag per token of the [`Segmented`] input.
    pub tags: Vec<Tag>,
    /// The sentences the name recogniser read, by index, with their part-of-speech tags: a
    /// later parse of one of them need not tag it again.
    pub tagged: Vec<(usize, floorcross_syntax::Tagged)>,
}

impl Mentions {
    /// The person mention covering token `i`.
    pub fn person_at(&self, i: usize) -> Option<&PersonMention> {
        match self.tags.get(i)? {
            Tag::Person(m) => self.person_mentions.get(*m as usize),
            _ => None,
        }
    }
    pub fn party_at(&self, i: usize) -> Option<&PartyMention> {
        match self.tags.get(i)? {
            Tag::Party(m) => self.parties.get(*m as usize),
            _ => None,
        }
    }
    pub fn role_at(&self, i: usize) -> Option<&RoleMention> {
        match self.tags.get(i)? {
            Tag::Role(m) => self.roles.get(*m as usize),
            _ => None,
        }
    }
    pub fn post_at(&self, i: usize) -> Option<&PostMention> {
        match self.tags.get(i)? {
            Tag::Post(m) => self.posts.get(*m as usize),
            _ => None,
        }
    }
}

/// Recognises the mentions in `text`, segmented as `seg`.
pub fn recognise(text: &str, seg: &Segmented) -> Mentions {
    let lex = Lexicon::get();
    let mut m = Mentions {
        tags: vec![Tag::None; seg.tokens.len()],
        ..Mentions::default()
    };
    let introduced = introduced_names(text, seg, lex);
    let lower = text.to_ascii_lowercase();
    for sentence in &seg.sentences {
        let range = sentence.tokens.clone();
        tag_parties(text, seg, &introduced, range.clone(), lex, &mut m);
        tag_roles(text, &lower, &seg.tokens, range, lex, &mut m);
    }
    people::tag_people(text, seg, lex, &mut m);
    // a name is spelt with the plain apostrophe registers use ("Jared O’Mara" is "Jared
    // O'Mara"); mentions keep the text as printed
    for p in &mut m.people {
        if p.name.contains('’') {
            p.name = p.name.replace('’', "'");
        }
    }
    posts::tag_posts(text, seg, &mut m);
    m
}

fn tag_parties(
    text: &str,
    seg: &Segmented,
    introduced: &[Vec<String>],
    range: std::ops::Range<usize>,
    lex: &Lexicon,
    m: &mut Mentions,
) {
    let tokens = &seg.tokens;
    let mut i = range.start;
    while i < range.end {
        if tokens[i].kind != TokenKind::Word || m.tags[i] != Tag::None {
            i += 1;
            continue;
        }
        // party names are capitalised, but for "independent"
        let first = text.as_bytes()[tokens[i].start];
        let candidate = first.is_ascii_uppercase() || first >= 0x80 || first == b'i';
        if let Some((alias, n)) = candidate
            .then(|| lex.parties.match_at(text, tokens, i))
            .flatten()
        {
            let end = i + n;
            if end <= range.end
                && (!alias.needs_context || party_context_ok(text, tokens, range.clone(), i, end))
            {
                let possessive = tokens
                    .get(end)
                    .is_some_and(|t| t.kind == TokenKind::Possessive);
                let idx = m.parties.len() as u32;
                m.parties.push(PartyMention {
                    span: Span::new(tokens[i].start, tokens[end - 1].end),
                    tokens: i..end,
                    party: alias.canonical.to_string(),
                    possessive,
                });
                m.tags[i..end].fill(Tag::Party(idx));
                i = end;
                continue;
            }
        }
        let named = introduced.iter().find(|name| {
            i + name.len() <= range.end
                && name
                    .iter()
                    .enumerate()
                    .all(|(k, w)| tokens[i + k].text(text) == w)
        });
        if let Some(name) = named {
            let end = i + name.len();
            let idx = m.parties.len() as u32;
            let span = Span::new(tokens[i].start, tokens[end - 1].end);
            m.parties.push(PartyMention {
                span,
                tokens: i..end,
                // (as written: "Residents' Alliance", not its tokens spaced out)
                party: text[span.start..span.end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                possessive: tokens
                    .get(end)
                    .is_some_and(|t| t.kind == TokenKind::Possessive),
            });
            m.tags[i..end].fill(Tag::Party(idx));
            i = end;
            continue;
        }
        i += 1;
    }
}

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
];

/// Names of groups the text introduces ("formed the Reform Alliance", "a new party called
/// Veritas", "the new Centre Ground Party"), as token sequences, longest first. Later
/// mentions of the same name are parties too.
fn introduced_names(text: &str, seg: &Segmented, lex: &Lexicon) -> Vec<Vec<String>> {
    let tokens = &seg.tokens;
    let mut names: Vec<Vec<String>> = Vec::new();
    for (si, s) in seg.sentences.iter().enumerate() {
        let range = s.tokens.clone();
        for i in range.clone() {
            let end = introduced_group(text, tokens, range.clone(), i)
                .or_else(|| founded_name(text, tokens, range.clone(), i, lex))
                .or_else(|| apposed_new_group(text, tokens, range.clone(), i, lex))
                .or_else(|| founded_passive(text, seg, si, i, lex));
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
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
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
    // joining only introduces a name already called a group: "joined the Reform Alliance"
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
        if plural_possessive {
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
    if verb.starts_with("join") && !grouplike {
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
    // a single common word ("formed Labour", "launched Today") needs the group's own word
    if words.len() == 1
        && !grouplike
        && !(text
            .get(tokens[end - 1].end..)
            .is_some_and(|r| r.starts_with(", a new") || r.starts_with(", the new")))
    {
        return None;
    }
    Some(end)
}

const ROLE_NOUNS_AFTER_INDEPENDENT: &[&str] = &[
    "MP",
    "MPs",
    "candidate",
    "candidates",
    "councillor",
    "councillors",
    "member",
    "members",
    "MEP",
    "MEPs",
    "MSP",
    "AM",
];

/// Whether an alias that is also an ordinary word ("Respect", "independent") names a party here.
fn party_context_ok(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    i: usize,
    end: usize,
) -> bool {
    let word = tokens[i].text(text);
    let prev = |k: usize| (i >= range.start + k).then(|| tokens[i - k].text(text));
    let next = tokens
        .get(end)
        .filter(|_| end < range.end)
        .map(|t| t.text(text));
    if word == "Alba" {
        // mid-sentence "Alba" is the party ("has joined Alba"); at a sentence start it may be
        // the Gaelic name of Scotland
        return i > range.start;
    }
    if matches!(word, "Con" | "Lab" | "LD" | "Grn" | "BXP" | "Ind") {
        // a results list's "Dan Reeve (Con)": an abbreviation in brackets on its own
        return matches!(prev(1), Some("(")) && matches!(next, Some(")" | ","));
    }
    if word == "Reform" {
        // "defected to Reform", "Reform MP", "Reform's leader": the party; "Reform Act",
        // "Reform Club" (a capitalised word after) and a sentence's "Reform of" are not
        let n = next.unwrap_or("");
        let role_after = ROLE_NOUNS_AFTER_INDEPENDENT.contains(&n)
            || matches!(n, "MP" | "MPs" | "leader" | "'s" | "’s" | "UK");
        let plain_after = n.is_empty()
            || !n.chars().next().is_some_and(char::is_uppercase) && !matches!(n, "of" | "and");
        return role_after
            || i > range.start && plain_after
            || matches!(
                n,
                "said" | "says" | "has" | "have" | "is" | "was" | "won" | "gained" | "took"
            );
    }
    if word == "Alliance" {
        // "left the DUP for Alliance", "the Alliance MLA": a lone mid-sentence "Alliance" in
        // a story set in Northern Ireland is its Alliance Party (not a name's last word, "the
        // Reform Alliance", nor "Alliance for …"; elsewhere it may be the SDP–Liberal one)
        let prev_capital = prev(1).is_some_and(|p| p.starts_with(|c: char| c.is_uppercase()));
        let n = next.unwrap_or("");
        let northern_irish = [
            "DUP",
            "UUP",
            "SDLP",
            "Sinn F",
            "Stormont",
            "Northern Ireland",
        ]
        .iter()
        .any(|cue| text.contains(cue));
        return i > range.start
            && !prev_capital
            && !matches!(n, "for" | "of")
            && (!n.starts_with(|c: char| c.is_uppercase()) || matches!(n, "MLA" | "MLAs" | "MP"))
            && northern_irish;
    }
    if word == "Your" {
        // "joined Your Party": mid-sentence, both words capitalised, it is the party
        return i > range.start;
    }
    if word == "Respect" {
        // Mid-sentence capitalised "Respect" is the party; at a sentence start it is too
        // often the word.
        return i > range.start && !matches!(prev(1), Some("with" | "With" | "of" | "Of"));
    }
    if word == "Green" {
        // "Green candidate", "Green MP", "Green co-leader": not "Green belt", "Green Paper"
        return next.is_some_and(|n| {
            ROLE_NOUNS_AFTER_INDEPENDENT.contains(&n)
                || matches!(
                    n,
                    "leader" | "co-leader" | "MEP" | "MSP" | "AM" | "peer" | "politician"
                )
        });
    }
    // independent(s)
    if next.is_some_and(|n| ROLE_NOUNS_AFTER_INDEPENDENT.contains(&n)) {
        return true;
    }
    let after_as = matches!(prev(1), Some("as"))
        || (matches!(prev(1), Some("an")) && matches!(prev(2), Some("as")));
    if !after_as {
        return false;
    }
    match next {
        None => true,
        Some(n) => {
            let first = n.chars().next().unwrap_or(' ');
            !first.is_lowercase()
                || matches!(
                    n,
                    "and"
                        | "in"
                        | "at"
                        | "for"
                        | "until"
                        | "after"
                        | "before"
                        | "on"
                        | "from"
                        | "to"
                        | "with"
                        | "since"
                        | "or"
                        | "but"
                )
        }
    }
}

/// The text of token `k` while it is inside `range`, else "".
fn word_in<'t>(
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

/// The end of the run of capitalised words from `i` (at most four) inside `range`.
fn capital_run_end(
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
    let starts_run = i == range.start || !tokens[i - 1].is_capitalised(text);
    if !starts_run || !unknown_capital(text, tokens, i, lex) {
        return None;
    }
    let end = capital_run_end(text, tokens, &range, i);
    let apposed = w(end) == ","
        && matches!(w(end + 1), "a" | "the")
        && w(end + 2) == "new"
        && matches!(w(end + 3), "party" | "group" | "movement")
        && !GROUP_MODIFIED.contains(&w(end + 4));
    apposed.then_some(end)
}

/// "the new Independent Group", "a new party called Veritas": a group the text introduces.
/// Returns the end token of the group's name starting at `i`.
fn introduced_group(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    i: usize,
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
        if is_party(&before) || is_party(&before2) {
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

fn tag_roles(
    text: &str,
    lower: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    lex: &Lexicon,
    m: &mut Mentions,
) {
    let mut i = range.start;
    while i < range.end {
        if tokens[i].kind != TokenKind::Word || m.tags[i] != Tag::None {
            i += 1;
            continue;
        }
        if let Some((&(role, kind), n)) = lex.roles.matches_at(text, Some(lower), tokens, i).next()
        {
            let end = i + n;
            if end <= range.end && m.tags[i..end].iter().all(|t| *t == Tag::None) {
                let idx = m.roles.len() as u32;
                m.roles.push(RoleMention {
                    span: Span::new(tokens[i].start, tokens[end - 1].end),
                    tokens: i..end,
                    role,
                    kind,
                });
                m.tags[i..end].fill(Tag::Role(idx));
                i = end;
                continue;
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests;
