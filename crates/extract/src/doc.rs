//! The analysed document every extraction stage reads: text, tokens, mentions and timexes,
//! with cheap per-token lookups.

use std::collections::HashMap;

use floorcross_mention::{Gender, Mentions, Tag};
use floorcross_model::{Date, Timex, TimexType};
use floorcross_text::{Segmented, TokenKind};

/// A document after segmentation, mention recognition and timex tagging.
pub struct Analysed<'a> {
    pub text: &'a str,
    /// `text` with ASCII letters lower-cased: same byte offsets.
    pub lower: String,
    pub seg: Segmented,
    pub m: Mentions,
    pub timexes: Vec<Timex>,
    /// For each token, the timex covering it.
    pub tok_timex: Vec<Option<u32>>,
    pub dct: Option<Date>,
    /// Sentences that belong to the headline.
    pub headline_sentences: std::ops::Range<usize>,
    /// Who holds an office in this story ("prime minister" → Tony Blair): from titles before
    /// names ("Chancellor Gordon Brown"), else from the built-in list of office holders.
    pub role_holders: HashMap<String, usize>,
    /// Who writes a first-person piece: the byline's name ("By Dan Reeve") or the headline's
    /// ("Dan Reeve: why I quit", "Why I quit, by Dan Reeve"). Their "I" outside quotation
    /// marks is them.
    pub author: Option<usize>,
    /// Sentence parses, made the first time a stage asks (only sentences with a trigger or a
    /// frame verb are ever parsed).
    parses: std::cell::RefCell<HashMap<usize, std::rc::Rc<floorcross_syntax::Parse>>>,
    /// Per sentence, whether it names a contest (a contest word or a post), made the first time
    /// a stage asks.
    contest_words: std::cell::OnceCell<Vec<bool>>,
    /// Whether the story reports appointments being made, read the first time a stage asks.
    pub(crate) appointments: std::cell::OnceCell<bool>,
    /// Pronouns resolved so far, by token: a chain of "she … she … she" through a profile is
    /// read once per link, and each pronoun means one person.
    pub(crate) pronouns: std::cell::RefCell<rustc_hash::FxHashMap<usize, Option<usize>>>,
    /// Whether each sentence starts inside an open quotation, by sentence, read the first time
    /// a stage asks (a pronoun's window asks of a dozen sentences back, for every pronoun).
    pub(crate) open_quotes: std::cell::RefCell<Vec<Option<bool>>>,
}

const OFFICE_HOLDERS: &str = include_str!("../data/office_holders.txt");

/// Other names of the offices in `data/office_holders.txt`.
pub fn office_key(role: &str) -> &str {
    match role {
        "pm" | "premier" | "prime minister" => "prime minister",
        "chancellor of the exchequer" | "chancellor" => "chancellor",
        other => other,
    }
}

/// The holders of offices named in the story.
fn role_holders(
    text: &str,
    seg: &Segmented,
    m: &Mentions,
    dct: Option<Date>,
) -> HashMap<String, usize> {
    let mut out: HashMap<String, usize> = HashMap::new();
    for pm in &m.person_mentions {
        let Some(prev) = pm.tokens.start.checked_sub(1) else {
            continue;
        };
        if let Tag::Role(r) = m.tags[prev] {
            let r = &m.roles[r as usize];
            if r.kind == floorcross_mention::RoleKind::Office && !pm.credit {
                let role = r.span.slice(text).to_ascii_lowercase();
                out.entry(office_key(&role).to_string())
                    .or_insert(pm.person);
            }
        }
    }
    let _ = seg;
    // the built-in list: the holder on the document date, else a listed holder the story names
    for h in office_holders() {
        if out.contains_key(h.office) {
            continue;
        }
        let in_office = match dct {
            Some(d) => h.from.is_some_and(|f| f <= d) && h.to.is_none_or(|t| d < t),
            None => true,
        };
        if !in_office {
            continue;
        }
        if let Some(i) = story_person(m, h) {
            out.insert(h.office.to_string(), i);
        }
    }
    out
}

/// The story's person who is office holder `h`: by full name, by surname alone, or by the
/// same first name and surname.
fn story_person(m: &Mentions, h: &OfficeHolder) -> Option<usize> {
    m.people
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.mentions.is_empty())
        .find(|(_, p)| {
            p.name == h.name
                || p.name == h.surname
                || p.name.ends_with(h.surname)
                    && p.name.len() > h.surname.len()
                    && p.name.as_bytes()[p.name.len() - h.surname.len() - 1] == b' '
                    && p.name.split(' ').next() == h.name.split(' ').next()
        })
        .map(|(i, _)| i)
}

/// One line of `data/office_holders.txt`.
struct OfficeHolder {
    office: &'static str,
    name: &'static str,
    surname: &'static str,
    from: Option<Date>,
    to: Option<Date>,
}

fn office_holders() -> &'static [OfficeHolder] {
    static TABLE: std::sync::OnceLock<Vec<OfficeHolder>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        OFFICE_HOLDERS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|line| {
                let cols: Vec<&str> = line.split('|').collect();
                let [office, name, from, to] = cols[..] else {
                    return None;
                };
                Some(OfficeHolder {
                    office,
                    name,
                    surname: name.rsplit(' ').next().unwrap_or(name),
                    from: from.parse().ok(),
                    to: to.parse().ok(),
                })
            })
            .collect()
    })
}

/// Whether the three sentences from `from` speak in the first person outside quotation
/// marks ("I", "my", "me", "I'm").
fn first_person_opening(text: &str, seg: &Segmented, from: usize) -> bool {
    seg.sentences.iter().skip(from).take(3).any(|s| {
        let mut quoted = false;
        s.tokens.clone().any(|k| {
            let t = seg.tokens[k].text(text);
            if matches!(t, "\"" | "“" | "”") {
                quoted = !quoted;
            }
            !quoted
                && matches!(
                    t,
                    "I" | "my" | "My" | "me" | "I'm" | "I’m" | "I've" | "I’ve"
                )
        })
    })
}

/// The author of a first-person piece (see [`Analysed::author`]): a name right after "By" that
/// opens one of the first sentences, or a headline that opens with a name and a colon or ends
/// "by" and a name.
fn author(
    text: &str,
    seg: &Segmented,
    m: &Mentions,
    headline: std::ops::Range<usize>,
) -> Option<usize> {
    let w = |k: usize| seg.tokens.get(k).map(|t| t.text(text)).unwrap_or("");
    let last = (headline.end + 3).min(seg.sentences.len());
    for (si, s) in seg.sentences[..last].iter().enumerate() {
        let toks = s.tokens.clone();
        if toks.is_empty() {
            continue;
        }
        // "By Dan Reeve" (a byline line; not a reporter's, "By Helen Marsh, Political
        // Editor": a reported piece, whose "I" is whoever speaks)
        if matches!(w(toks.start), "By" | "by") {
            if let Some(pm) = m.person_at(toks.start + 1) {
                let reporter = (pm.tokens.end..(pm.tokens.end + 6).min(toks.end)).any(|k| {
                    matches!(
                        w(k).to_ascii_lowercase().as_str(),
                        "editor"
                            | "correspondent"
                            | "reporter"
                            | "journalist"
                            | "staff"
                            | "reporters"
                    )
                });
                // (and only a piece that speaks in the first person from its opening: a
                // reported story's "I" is a speaker's whose quotation runs on)
                if !reporter && first_person_opening(text, seg, si + 1) {
                    return Some(pm.person);
                }
            }
        }
        // "Ann Cole quit Labour last year. … Here she explains why.": a standfirst that hands
        // over to the piece names its author before the pronoun
        let pronoun = match (w(toks.start), w(toks.start + 1)) {
            ("Here", p @ ("she" | "he")) => Some(p),
            (p @ ("She" | "He"), "writes" | "explains") if toks.len() <= 4 => Some(p),
            _ => None,
        };
        let hands_over = matches!(
            w(toks.start + 2),
            "explains" | "writes" | "tells" | "argues" | "sets" | "describes" | "reflects"
        ) || matches!(w(toks.start + 1), "writes" | "explains");
        if let Some(p) = pronoun.filter(|_| hands_over && si > 0) {
            let gender = if p.eq_ignore_ascii_case("she") {
                floorcross_mention::Gender::Female
            } else {
                floorcross_mention::Gender::Male
            };
            let named = (seg.sentences[0].tokens.start..toks.start)
                .rev()
                .filter_map(|k| m.person_at(k))
                .find(|pm| m.people[pm.person].gender.agrees(gender));
            if let Some(pm) = named {
                return Some(pm.person);
            }
        }
        if !headline.contains(&si) {
            continue;
        }
        // "Dan Reeve: Why I'm quitting the Tories"
        if let Some(pm) = m.person_at(toks.start) {
            if w(pm.tokens.end) == ":" {
                return Some(pm.person);
            }
        }
        // "Why I am leaving Labour, by Dan Reeve"
        for k in toks.clone() {
            if w(k) == "by" {
                if let Some(pm) = m.person_at(k + 1) {
                    let rest = pm.tokens.end..toks.end;
                    if rest
                        .clone()
                        .all(|j| !seg.tokens[j].text(text).chars().any(char::is_alphanumeric))
                    {
                        return Some(pm.person);
                    }
                }
            }
        }
    }
    None
}

impl<'a> Analysed<'a> {
    pub fn new(
        text: &'a str,
        seg: Segmented,
        m: Mentions,
        timexes: Vec<Timex>,
        dct: Option<Date>,
        headline_end: Option<usize>,
    ) -> Analysed<'a> {
        let mut tok_timex = vec![None; seg.tokens.len()];
        for (ti, t) in timexes.iter().enumerate() {
            let first = seg.tokens.partition_point(|tok| tok.end <= t.start);
            for (k, slot) in tok_timex.iter_mut().enumerate().skip(first) {
                if seg.tokens[k].start >= t.end {
                    break;
                }
                *slot = Some(ti as u32);
            }
        }
        let headline_sentences = match headline_end {
            Some(end) => 0..seg.sentences.partition_point(|s| s.span.end <= end),
            None => 0..0,
        };
        let role_holders = role_holders(text, &seg, &m, dct);
        let author = author(text, &seg, &m, headline_sentences.clone());
        Analysed {
            text,
            lower: text.to_ascii_lowercase(),
            seg,
            m,
            timexes,
            tok_timex,
            dct,
            headline_sentences,
            role_holders,
            author,
            parses: Default::default(),
            pronouns: Default::default(),
            open_quotes: Default::default(),
            contest_words: Default::default(),
            appointments: Default::default(),
        }
    }

    /// The dependency parse of sentence `si` (word `i` of the parse is token
    /// `sentences[si].tokens.start + i`).
    pub fn parse(&self, si: usize) -> std::rc::Rc<floorcross_syntax::Parse> {
        if let Some(p) = self.parses.borrow().get(&si) {
            return p.clone();
        }
        let s = &self.seg.sentences[si];
        let words: Vec<&str> = s.tokens.clone().map(|k| self.raw(k)).collect();
        let models = floorcross_syntax::Models::builtin();
        // (tagged already if the name recogniser read it: the same words, so the same tags)
        let mut tagged = match self.m.tagged.iter().find(|(t, _)| *t == si) {
            Some((_, t)) => t.clone(),
            None => models.tag(&words),
        };
        // A word of a person's name is a proper noun, whatever the tagger guessed for an
        // unknown or hyphenated surname ("Mr Temple-Morris" read as a verb breaks the tree).
        if let Some(propn) = models.tag_of("PROPN", "NNP") {
            for (i, k) in s.tokens.clone().enumerate() {
                if self.m.person_at(k).is_some()
                    && self.raw(k).starts_with(|c: char| c.is_uppercase())
                {
                    tagged.tags[i] = propn;
                }
            }
        }
        // A piece of a run cut at the sentence limit is not a sentence: the word rules read it,
        // and leaving it unparsed keeps a trigger-dense run from costing a parse per token.
        let cut = self.is_cut(si);
        let p = std::rc::Rc::new(if cut {
            models.unparsed(&words, &tagged)
        } else {
            models.parse(&words, &tagged)
        });
        self.parses.borrow_mut().insert(si, p.clone());
        p
    }

    /// Whether sentence `si` holds a contest word ("election", "ballot", "seat" …) or a post:
    /// read for every sentence once per document, the first time a stage asks.
    pub fn names_contest(&self, si: usize) -> bool {
        let per = self.contest_words.get_or_init(|| {
            self.seg
                .sentences
                .iter()
                .map(|s| {
                    s.tokens.clone().any(|k| {
                        crate::grammar::is_contest_word(self.w(k)) || self.m.post_at(k).is_some()
                    })
                })
                .collect()
        });
        per.get(si).copied().unwrap_or(false)
    }

    /// Whether sentence `si` is a piece of a run cut at the sentence limit (not a sentence).
    pub fn is_cut(&self, si: usize) -> bool {
        let Some(s) = self.seg.sentences.get(si) else {
            return false;
        };
        let runs = &self.seg.long_sentences;
        let after = runs.partition_point(|l| l.span.start <= s.span.start);
        after > 0 && s.span.end <= runs[after - 1].span.end
    }

    /// Who holds the office `role` in this story ("prime minister" → Tony Blair), if known.
    /// Who "the former `role`" is: the person the story itself names with that office right
    /// before the name ("former First Minister Alex Salmond"), else the one person the story
    /// names whom the built-in list has leaving that office before the document date.
    pub fn former_holder(&self, role: &str) -> Option<usize> {
        let key = office_key(&role.to_ascii_lowercase()).to_string();
        let named = self.m.person_mentions.iter().find_map(|pm| {
            let prev = pm.tokens.start.checked_sub(1)?;
            let r = self.m.role_at(prev)?;
            let named = r.span.slice(self.text).to_ascii_lowercase();
            (office_key(&named) == key && !pm.credit).then_some(pm.person)
        });
        if named.is_some() {
            return named;
        }
        let dct = self.dct?;
        let mut found = office_holders()
            .iter()
            .filter(|h| h.office == key && h.to.is_some_and(|t| t <= dct))
            .filter_map(|h| story_person(&self.m, h));
        let first = found.next()?;
        // (two former holders in one story: no telling which)
        found.all(|p| p == first).then_some(first)
    }

    pub fn holder(&self, role: &str) -> Option<usize> {
        self.role_holders
            .get(office_key(&role.to_ascii_lowercase()))
            .copied()
    }

    /// The lower-cased text of token `i` ("" out of range).
    pub fn w(&self, i: usize) -> &str {
        self.seg
            .tokens
            .get(i)
            .map(|t| &self.lower[t.start..t.end])
            .unwrap_or("")
    }

    /// The first byte of token `i`'s lower-cased text (0 out of range): a cheap test before
    /// comparing whole words.
    pub fn b0(&self, i: usize) -> u8 {
        self.seg
            .tokens
            .get(i)
            .and_then(|t| self.lower.as_bytes().get(t.start).copied())
            .unwrap_or(0)
    }

    /// The words of `span` with one plain space between each ("Ashcombe
    /// Independent\u{a0}Alliance", a name broken across a wrapped line): a name or an office
    /// read off the text, as output and as compared.
    pub fn phrase(&self, span: floorcross_model::Span) -> String {
        span.slice(self.text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The text of token `i` as written.
    pub fn raw(&self, i: usize) -> &str {
        self.seg
            .tokens
            .get(i)
            .map(|t| t.text(self.text))
            .unwrap_or("")
    }

    pub fn tag(&self, i: usize) -> Tag {
        self.m.tags.get(i).copied().unwrap_or_default()
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.seg
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub fn is_possessive(&self, i: usize) -> bool {
        self.seg
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
    }

    /// [`Analysed::is_possessive`], or a bare apostrophe after a word ending in "s" before a
    /// lower-case word ("Davies' defection").
    pub fn is_possessive_any(&self, i: usize) -> bool {
        self.is_possessive(i)
            || matches!(self.raw(i), "'" | "’")
                && i > 0
                && self.seg.tokens[i - 1].end == self.seg.tokens[i].start
                && self.w(i - 1).ends_with('s')
                && self
                    .seg
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| !t.is_capitalised(self.text) && t.kind == TokenKind::Word)
    }

    /// The person behind the person mention at token `i`.
    pub fn person_at(&self, i: usize) -> Option<usize> {
        self.m
            .person_at(i)
            .filter(|pm| !pm.credit)
            .map(|pm| pm.person)
    }

    /// Whether sentence `si` is a byline: "By", a name and at most a title ("By Helen Marsh,
    /// Political Editor").
    pub fn is_byline(&self, si: usize) -> bool {
        let s = &self.seg.sentences[si];
        s.tokens.len() <= 10
            && self.raw(s.tokens.start) == "By"
            && self.person_at(s.tokens.start + 1).is_some()
    }

    pub fn is_headline(&self, sentence: usize) -> bool {
        self.headline_sentences.contains(&sentence)
    }

    /// The timex covering token `i`, if it is a point in time (not a duration or a set).
    pub fn point_timex(&self, i: usize) -> Option<&Timex> {
        let idx = self.tok_timex.get(i).copied().flatten()?;
        let t = &self.timexes[idx as usize];
        if !matches!(t.kind, TimexType::Date | TimexType::Time) {
            return None;
        }
        // "the day after the vote", "the week before his resignation": a time counted from
        // an event the text names, not from the paper's day
        let b = t.text.as_bytes();
        let tail = |w: &[u8]| b.len() > w.len() && b[b.len() - w.len()..].eq_ignore_ascii_case(w);
        if tail(b" after") || tail(b" before") {
            let mut j = i;
            while self.tok_timex.get(j + 1).copied().flatten() == Some(idx) {
                j += 1;
            }
            let next = self.w(j + 1);
            if matches!(next, "the" | "his" | "her" | "their" | "its" | "a" | "an")
                || next.ends_with("ing")
            {
                return None;
            }
        }
        Some(t)
    }

    pub fn gender(&self, person: usize) -> Gender {
        self.m.people[person].gender
    }

    /// The sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.seg.sentences.partition_point(|s| s.tokens.end <= i)
    }
}
