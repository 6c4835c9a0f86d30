//! The built-in word lists, kept as data files under `data/` and compiled once.
//!
//! Main types: [`Lexicon`] (everything, built on first use by [`Lexicon::get`]),
//! [`PhraseSet`] (a whole-token phrase matcher) and [`Gender`].
//!
//! ```
//! use floorcross_mention::lexicon::Lexicon;
//! let lex = Lexicon::get();
//! assert_eq!(lex.party_name("Tories"), Some("Conservative Party"));
//! assert!(lex.first_name("Heidi").is_some());
//! ```

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use floorcross_text::{Token, TokenKind};

const FIRST_NAMES: &str = include_str!("../data/first_names.txt");
const PARTIES: &str = include_str!("../data/parties.txt");
const HONORIFICS: &str = include_str!("../data/honorifics.txt");
const ROLES: &str = include_str!("../data/roles.txt");

/// Grammatical gender as far as names and honorifics tell it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    fn parse(s: &str) -> Gender {
        match s {
            "m" => Gender::Male,
            "f" => Gender::Female,
            _ => Gender::Unknown,
        }
    }
    /// Whether a pronoun of gender `other` can refer to someone of this gender.
    pub fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// Whether a phrase matches the text as written or ignoring ASCII case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Exact,
    Folded,
}

/// A set of multi-word phrases matched on whole tokens, longest first.
#[derive(Debug)]
pub struct PhraseSet<T> {
    /// Keyed by the phrase's first word (folded to ASCII lower case).
    by_first: HashMap<String, Vec<(Vec<String>, Case, T)>>,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        PhraseSet {
            by_first: HashMap::default(),
        }
    }
}

impl<T: Clone> PhraseSet<T> {
    fn insert(&mut self, phrase: &str, value: T, case: Case) {
        let words = phrase_words(phrase);
        if words.is_empty() {
            return;
        }
        let key = words[0].to_ascii_lowercase();
        let entry = self.by_first.entry(key).or_default();
        entry.push((words, case, value));
        entry.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    }

    /// Adds a phrase matched ignoring ASCII case.
    pub fn insert_folded(&mut self, phrase: &str, value: T) {
        self.insert(phrase, value, Case::Folded);
    }

    /// The longest phrase starting at token `i`: its value and how many tokens it covers.
    pub fn match_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(T, usize)> {
        self.matches_at(text, None, tokens, i)
            .next()
            .map(|(v, n)| (v.clone(), n))
    }

    /// Every phrase starting at token `i`, longest first. `lower`, when given, is `text` with
    /// ASCII letters lower-cased (same offsets): it saves folding the word again.
    pub fn matches_at<'s>(
        &'s self,
        text: &'s str,
        lower: Option<&'s str>,
        tokens: &'s [Token],
        i: usize,
    ) -> impl Iterator<Item = (&'s T, usize)> + 's {
        let cands: &[(Vec<String>, Case, T)] = tokens
            .get(i)
            .and_then(|t| {
                let mut buf = [0u8; 48];
                let key = match lower.and_then(|l| l.get(t.start..t.end)) {
                    Some(k) => k,
                    None => fold(t.text(text), &mut buf)?,
                };
                self.by_first.get(key).map(Vec::as_slice)
            })
            .unwrap_or(&[]);
        cands
            .iter()
            .filter(move |(words, case, _)| Self::matches_words(text, tokens, i, words, *case))
            .map(|(words, _, value)| (value, words.len()))
    }

    fn matches_words(text: &str, tokens: &[Token], i: usize, words: &[String], case: Case) -> bool {
        if i + words.len() > tokens.len() {
            return false;
        }
        for (k, w) in words.iter().enumerate() {
            let t = &tokens[i + k];
            let tt = t.text(text);
            let ok = match case {
                // ("TORY chiefs", a tabloid's kicker "TORY No.2 SET TO JUMP SHIP?"): a word
                // written all in capitals is the cased word
                Case::Exact => {
                    tt == w
                        || tt.len() >= 3
                            && tt.bytes().all(|b| b.is_ascii_uppercase())
                            && tt.eq_ignore_ascii_case(w)
                }
                Case::Folded => tt.eq_ignore_ascii_case(w),
            };
            if !ok {
                return false;
            }
            // Tokens of a phrase must be adjacent or separated by spaces only.
            if k > 0 {
                let gap = text.get(tokens[i + k - 1].end..t.start).unwrap_or("x");
                // (a no-break space is a space: "Liberal\u{a0}Democrats")
                if gap.chars().count() > 2 || !gap.chars().all(|c| c == ' ' || c == '\u{a0}') {
                    return false;
                }
            }
        }
        true
    }
}

/// Splits a phrase into the tokens the segmenter would make of it.
fn phrase_words(phrase: &str) -> Vec<String> {
    floorcross_text::segment(phrase, 0)
        .tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Punct || !t.text(phrase).trim().is_empty())
        .map(|t| t.text(phrase).to_string())
        .collect()
}

/// ASCII-lowercases a short word into `buf` without allocating.
pub fn fold<'b>(word: &str, buf: &'b mut [u8; 48]) -> Option<&'b str> {
    let b = word.as_bytes();
    if b.len() > buf.len() {
        return None;
    }
    let out = &mut buf[..b.len()];
    out.copy_from_slice(b);
    out.make_ascii_lowercase();
    // SAFETY: `out` is a copy of the bytes of a `&str` with only ASCII letters changed to
    // other ASCII letters, so it is still valid UTF-8.
    Some(unsafe { std::str::from_utf8_unchecked(out) })
}

/// What a role phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleKind {
    /// A particular post: "home secretary", "party chairman".
    Office,
    /// A kind of position: "MP", "councillor", "candidate".
    Role,
}

/// A party alias: its canonical name and whether context must confirm it.
#[derive(Clone, Debug)]
pub struct PartyAlias {
    pub canonical: &'static str,
    pub needs_context: bool,
}

/// All built-in lists.
#[derive(Debug)]
pub struct Lexicon {
    first_names: HashMap<&'static str, Gender>,
    honorifics: HashMap<&'static str, Gender>,
    pub parties: PhraseSet<PartyAlias>,
    party_aliases: HashMap<String, &'static str>,
    /// Aliases that name a party only where the context says so ("Reform", "Lab", "Green"),
    /// normalised: no evidence of a party to the name recogniser.
    context_words: std::collections::HashSet<String>,
    pub roles: PhraseSet<(&'static str, RoleKind)>,
    /// The last word of every role phrase, lower-cased ("secretary", "mp", "councillor").
    role_words: std::collections::HashSet<String>,
}

impl Lexicon {
    /// The lexicon, built on first use and shared.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut first_names = HashMap::default();
        for line in data_lines(FIRST_NAMES) {
            let mut parts = line.split_whitespace();
            if let (Some(name), Some(g)) = (parts.next(), parts.next()) {
                first_names.entry(name).or_insert(Gender::parse(g));
            }
        }
        let mut honorifics = HashMap::default();
        for line in data_lines(HONORIFICS) {
            let mut parts = line.split_whitespace();
            if let (Some(h), Some(g)) = (parts.next(), parts.next()) {
                honorifics.insert(h, Gender::parse(g));
            }
        }
        let mut parties = PhraseSet::default();
        let mut party_aliases = HashMap::default();
        let mut context_words = std::collections::HashSet::new();
        let mut plain_words = std::collections::HashSet::new();
        let mut canonical: &'static str = "";
        for line in data_lines(PARTIES) {
            if let Some(c) = line.strip_prefix("= ") {
                canonical = c.trim();
                party_aliases.insert(normalise(canonical), canonical);
                continue;
            }
            let (alias, needs_context) = match line.strip_prefix('?') {
                Some(a) => (a, true),
                None => (line, false),
            };
            parties.insert(
                alias,
                PartyAlias {
                    canonical,
                    needs_context,
                },
                Case::Exact,
            );
            party_aliases.insert(normalise(alias), canonical);
            if needs_context {
                context_words.insert(normalise(alias));
            } else {
                plain_words.insert(normalise(alias));
            }
        }
        // (an alias written both ways is a name on its own)
        context_words.retain(|w| !plain_words.contains(w));
        let mut roles = PhraseSet::default();
        let mut role_words = std::collections::HashSet::new();
        for line in data_lines(ROLES) {
            let Some((phrase, kind)) = line.split_once('|') else {
                continue;
            };
            if let Some(last) = phrase.split_whitespace().last() {
                role_words.insert(last.to_lowercase());
            }
            let kind = if kind.trim() == "office" {
                RoleKind::Office
            } else {
                RoleKind::Role
            };
            let case = if phrase.chars().any(char::is_uppercase) {
                Case::Exact
            } else {
                Case::Folded
            };
            roles.insert(phrase, (phrase, kind), case);
            // "Ex-Home Secretary David Blunkett": the prefix glued to the first word
            if case == Case::Folded && kind == RoleKind::Office {
                roles.insert(&format!("ex-{phrase}"), (phrase, kind), case);
            }
        }
        Lexicon {
            first_names,
            honorifics,
            parties,
            party_aliases,
            context_words,
            roles,
            role_words,
        }
    }

    /// The lexicon facts the name recogniser reads, one set of flags per word: a listed
    /// first name, an honorific, a party word, the head word of a role.
    pub fn name_flags(&self, words: &[&str]) -> Vec<floorcross_syntax::NameFlags> {
        use floorcross_syntax::ner::{FIRST_NAME, HONORIFIC, PARTY_WORD, ROLE_WORD};
        words
            .iter()
            .map(|w| {
                let mut f = 0;
                if self.first_name(w).is_some() {
                    f |= FIRST_NAME;
                }
                if self.honorific(w).is_some() {
                    f |= HONORIFIC;
                }
                // (as a name: "Labour"; not "the labour market", nor a word that names a party
                // only in context: "Reform", "Green", "Lab")
                if w.chars().next().is_some_and(char::is_uppercase)
                    && self.party_name(w).is_some()
                    && !self.context_words.contains(&normalise(w))
                {
                    f |= PARTY_WORD;
                }
                if self.role_words.contains(&w.to_lowercase()) {
                    f |= ROLE_WORD;
                }
                f
            })
            .collect()
    }

    pub fn first_name(&self, word: &str) -> Option<Gender> {
        self.first_names.get(word).copied()
    }

    pub fn honorific(&self, word: &str) -> Option<Gender> {
        self.honorifics.get(word).copied()
    }

    /// The canonical party for any alias, in any case ("tories" → "Conservative Party").
    pub fn party_name(&self, alias: &str) -> Option<&'static str> {
        let n = normalise(alias);
        let n = n.strip_prefix("the ").unwrap_or(&n);
        self.party_aliases
            .get(n)
            .or_else(|| {
                self.party_aliases
                    .get(n.strip_suffix(" party").unwrap_or(n))
            })
            .copied()
    }
}

fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Lower case, punctuation to spaces, single spaces.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The text with each paragraph's drop capital undone where it is a first name ("WILLIAM
/// Hague became …" → "William Hague became …"), so the name is recognised; byte for byte the
/// same length, so every offset still holds. None when there is nothing to undo.
pub fn undo_drop_caps(text: &str) -> Option<String> {
    let lex = Lexicon::get();
    let bytes = text.as_bytes();
    let mut fixes = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // a paragraph start: the text's start or after a line break, past spaces
        let at_start = i == 0 || bytes[i - 1] == b'\n';
        if !at_start {
            i += 1;
            continue;
        }
        let mut s = i;
        while s < bytes.len() && matches!(bytes[s], b' ' | b'\t') {
            s += 1;
        }
        let mut e = s;
        while e < bytes.len() && bytes[e].is_ascii_uppercase() {
            e += 1;
        }
        let next_title = e + 2 < bytes.len()
            && bytes[e] == b' '
            && bytes[e + 1].is_ascii_uppercase()
            && bytes[e + 2].is_ascii_lowercase();
        if e - s >= 2 && next_title {
            let word = &text[s..e];
            let title = format!("{}{}", &word[..1], word[1..].to_ascii_lowercase());
            if lex.first_name(&title).is_some() {
                fixes.push((s + 1, e));
            }
        }
        i = e.max(i + 1);
    }
    if fixes.is_empty() {
        return None;
    }
    let mut out = text.as_bytes().to_vec();
    for (s, e) in fixes {
        out[s..e].make_ascii_lowercase();
    }
    // only ASCII letters changed case: still UTF-8
    String::from_utf8(out).ok()
}

/// A capitalised word that opens sentences for its grammar, not as a name ("The", "He").
fn is_stop_word(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "He"
            | "She"
            | "It"
            | "They"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "But"
            | "And"
            | "After"
            | "When"
            | "While"
            | "Yesterday"
            | "Today"
            | "Last"
            | "Now"
            | "Mr"
            | "Mrs"
            | "Ms"
    )
}

/// The text with a headline written in capitals ("TORY MP QUITS AS PELLOW JOINS LIB DEMS")
/// cased as a sentence, so its names and parties are read as in the body: a word the body
/// writes capitalised ("Pellow") or a party's name ("Tory", "Lib", "Dems") is capitalised, a
/// short party or role abbreviation ("SNP", "MP") kept, any other word lower-cased (the first
/// capitalised). Only ASCII letters change case: byte for byte the same length. None when the
/// headline in `headline` is not in capitals.
pub fn truecase_capital_headline(text: &str, headline: std::ops::Range<usize>) -> Option<String> {
    let h = text.get(headline.clone())?;
    let letters = h.chars().filter(|c| c.is_alphabetic()).count();
    let upper = h.chars().filter(|c| c.is_uppercase()).count();
    // ("Tory MP Quits As Party Braces For Second Defection": title case, each word
    // capitalised, the small ones too)
    let h_words: Vec<&str> = h.split_whitespace().collect();
    let capitalised = h_words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    let small_capitalised = h_words.iter().any(|w| {
        matches!(
            *w,
            "As" | "To" | "Of" | "For" | "In" | "On" | "And" | "With" | "After" | "Over"
        )
    });
    // ("Ann Cole wins Green Leadership Race to Become Next Council Leader":
    // headline case, the short words and a verb or two lower, the rest capitalised)
    let long: Vec<&&str> = h_words.iter().filter(|w| w.len() >= 4).collect();
    let long_capitalised = long
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    let headline_case =
        h_words.len() >= 6 && long.len() >= 5 && long_capitalised * 4 >= long.len() * 3;
    let title_case = h_words.len() >= 4
        && (capitalised * 10 >= h_words.len() * 9 && small_capitalised || headline_case);
    if letters < 8 || upper * 10 < letters * 8 && !title_case {
        return None;
    }
    let lex = Lexicon::get();
    let body = &text[headline.end..];
    // (a word the body writes so inside a sentence: "The" opening one is no name)
    // (or opening one, when the body never writes the word in lower case: "Hale quit …")
    let whole_word_at = |form: &str, inside_only: bool| {
        body.match_indices(form).any(|(i, _)| {
            let before = body[..i].chars().next_back();
            let after = body[i + form.len()..].chars().next();
            let inside = body[..i]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|c| !matches!(c, '.' | '!' | '?' | '"' | '“' | '”' | ':'));
            !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
                && (inside || !inside_only)
        })
    };
    let in_body = |form: &str| {
        whole_word_at(form, true)
            || form.len() >= 3
                && whole_word_at(form, false)
                && !whole_word_at(&form.to_lowercase(), false)
                && !is_stop_word(form)
    };
    let bytes = h.as_bytes();
    // the headline's words: (start, end) in `h`
    let mut words = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let mut e = i;
        while e < bytes.len() && bytes[e].is_ascii_alphabetic() {
            e += 1;
        }
        words.push((i, e));
        i = e;
    }
    let title = |w: &str| format!("{}{}", &w[..1], w[1..].to_ascii_lowercase());
    // (a party named in two or three words: "LIB DEMS", "PLAID CYMRU", "SINN FEIN")
    let mut party_word = vec![false; words.len()];
    for n in [3, 2] {
        for k in 0..words.len().saturating_sub(n - 1) {
            let phrase: Vec<String> = words[k..k + n]
                .iter()
                .map(|&(a, b)| title(&h[a..b]))
                .collect();
            if phrase[0] != "The" && lex.party_name(&phrase.join(" ")).is_some() {
                party_word[k..k + n].iter_mut().for_each(|p| *p = true);
            }
        }
    }
    let mut out = text.as_bytes().to_vec();
    for (k, &(i, e)) in words.iter().enumerate() {
        let word = &h[i..e];
        let first = k == 0;
        // (a word with a letter beyond ASCII, "SIÂN", is left as it is)
        let glued = e < bytes.len() && !bytes[e].is_ascii() || i > 0 && !bytes[i - 1].is_ascii();
        let at = headline.start + i;
        if !glued && word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase()) {
            let titled = title(word);
            let party = party_word[k] || lex.party_name(&titled).is_some();
            let abbreviation = word.len() <= 4
                && (in_body(word) || lex.role_words.contains(&word.to_ascii_lowercase()));
            if abbreviation {
                // kept as written
            } else if first || party || in_body(&titled) {
                out[at + 1..at + word.len()].make_ascii_lowercase();
            } else {
                out[at..at + word.len()].make_ascii_lowercase();
            }
        } else if word.len() == 1 && !first && !glued {
            out[at..at + 1].make_ascii_lowercase();
        } else if title_case
            && !first
            && !glued
            && word.len() >= 2
            && word.as_bytes()[0].is_ascii_uppercase()
            && word[1..].bytes().all(|b| b.is_ascii_lowercase())
            && !party_word[k]
            && lex.party_name(word).is_none()
            && !in_body(word)
            // ("Alex Salmond Launches …": the word after a first name is its surname; not
            // after a surname that is also a first name, "Sajid Javid Announced")
            && !(k > 0
                && lex.first_name(&h[words[k - 1].0..words[k - 1].1]).is_some()
                && !(k > 1 && lex.first_name(&h[words[k - 2].0..words[k - 2].1]).is_some())
                && !crate::name_words::TITLE_VERBS.contains(&word))
        {
            // ("Quits", "As": a title-case word the body never writes capitalised)
            out[at..at + 1].make_ascii_lowercase();
        }
    }
    // only ASCII letters changed case: still UTF-8
    String::from_utf8(out).ok().filter(|o| o != text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Title Case headline whose names the body never repeats: the word after a first name
    /// is its surname ("Alex Salmond Launches …" lost the person), but not the verb after a
    /// surname that is also a first name ("Sajid Javid Announced").
    #[test]
    fn a_title_case_headline_keeps_the_surname_after_a_first_name() {
        let text = "Alex Salmond Launches Alba Party In Bid For Independence\n\nThe former first minister spoke.";
        let out = truecase_capital_headline(text, 0..56).expect("a title-case headline");
        assert!(out.starts_with("Alex Salmond launches"), "{out}");
        let text =
            "Sajid Javid Announced As Health Secretary After Matt Hancock Resigns\n\nHe spoke.";
        let out = truecase_capital_headline(text, 0..68).expect("a title-case headline");
        assert!(out.starts_with("Sajid Javid announced"), "{out}");
    }

    /// Headline case, the short words and a verb or two lower and the rest capitalised, is
    /// read as title case: the nouns the body never writes capitalised are lowered.
    #[test]
    fn a_headline_case_headline_lowers_the_nouns_the_body_writes_in_lower_case() {
        let text = "Ann Cole wins Green Leadership Race to Become Next Council \
                    Leader\n\nAnn Cole beat Tom Reed to become the new leader.";
        let out = truecase_capital_headline(text, 0..65).expect("a headline-case headline");
        assert!(
            out.starts_with("Ann Cole wins Green leadership race to become next council leader"),
            "{out}"
        );
    }

    #[test]
    fn a_capital_headline_is_cased_by_the_body() {
        let text = "TORY MP QUITS AS PELLOW JOINS THE LIB DEMS\n\nDuncan Pellow, the Tory MP, has joined the Lib Dems. The SNP said nothing.";
        let out = truecase_capital_headline(text, 0..42).expect("a capital headline");
        assert_eq!(&out[..42], "Tory MP quits as Pellow joins the Lib Dems");
        assert_eq!(&out[42..], &text[42..]);
        let text = "TORY MP PELLOW DEFECTS TO LIB DEMS\n\nDuncan Pellow crossed the floor.";
        let out = truecase_capital_headline(text, 0..34).expect("a capital headline");
        assert_eq!(&out[..34], "Tory MP Pellow defects to Lib Dems");
        // (a name the body writes only at a sentence's start is still a name)
        let text = "LABOUR SACKS HALE\n\nHale was sacked on Monday. The party said so.";
        let end = text.find('\n').unwrap();
        let out = truecase_capital_headline(text, 0..end).expect("a capital headline");
        assert_eq!(&out[..end], "Labour sacks Hale");
        // a headline in title case: what the body writes capitalised stays so
        let text = "Dunsford Tories Drop MP Brayfield As Selection Row Grows\n\nThe Conservatives in Dunsford have dropped Nick Brayfield.";
        let end = text.find('\n').unwrap();
        let out = truecase_capital_headline(text, 0..end).expect("a title-case headline");
        assert_eq!(
            &out[..end],
            "Dunsford Tories drop MP Brayfield as selection row grows"
        );
        // a headline in sentence case is left as it is
        assert_eq!(truecase_capital_headline(text, 44..80), None);
    }

    #[test]
    fn party_aliases_fold_to_canonical_names() {
        let lex = Lexicon::get();
        for (alias, canonical) in [
            ("Tory", "Conservative Party"),
            ("lib dems", "Liberal Democrats"),
            ("UKIP", "UK Independence Party"),
            ("the Independent Group", "The Independent Group"),
            ("Change UK", "The Independent Group"),
            ("Sinn Fein", "Sinn Féin"),
            ("Labour party", "Labour Party"),
            ("Respect", "Respect"),
        ] {
            assert_eq!(lex.party_name(alias), Some(canonical), "{alias}");
        }
    }

    #[test]
    fn phrase_matching_is_longest_first_and_whole_token() {
        let lex = Lexicon::get();
        let text = "the Home Secretary and the home office minister met an MP at 11am";
        let seg = floorcross_text::segment(text, 0);
        let found: Vec<(&str, usize)> = (0..seg.tokens.len())
            .filter_map(|i| {
                lex.roles
                    .match_at(text, &seg.tokens, i)
                    .map(|((p, _), n)| (p, n))
            })
            .collect();
        assert_eq!(
            found,
            [
                ("home secretary", 2),
                ("secretary", 1),
                ("home office minister", 3),
                ("minister", 1),
                ("MP", 1)
            ]
        );
    }
}
