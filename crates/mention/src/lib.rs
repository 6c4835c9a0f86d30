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

mod groups;
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
    let introduced = groups::introduced_with_short_names(text, seg, lex);
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
    introduced: &[(Vec<String>, Option<String>)],
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
        let named = introduced.iter().find(|(name, _)| {
            i + name.len() <= range.end
                && name
                    .iter()
                    .enumerate()
                    .all(|(k, w)| tokens[i + k].text(text) == w)
        });
        if let Some((name, full)) = named {
            let end = i + name.len();
            let idx = m.parties.len() as u32;
            let span = Span::new(tokens[i].start, tokens[end - 1].end);
            m.parties.push(PartyMention {
                span,
                tokens: i..end,
                // (as written: "Residents' Alliance", not its tokens spaced out; a short name
                // as its full one)
                party: full.clone().unwrap_or_else(|| {
                    text[span.start..span.end]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                }),
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
pub(crate) fn party_context_ok(
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
