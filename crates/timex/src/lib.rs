//! Finds time expressions in news text and normalises them to TimeML TIMEX3 values.
//!
//! The rules are data: `data/lexicon.txt` (word forms and their senses), `data/rules.txt`
//! (token patterns and the TIMEX3 fields they produce), `data/modifiers.txt` (words such as
//! "early" or "more than" that TimeML keeps inside an extent) and `data/blocklist.txt` (names
//! such as "Sunday Times"). [`Tagger::new`] compiles them once: every word form into a packed
//! lookup table (with a one-pass trigger scan over it), every rule into a pattern indexed by
//! the tokens it can start on. Tagging tokenizes the text around triggers, tries only the rules
//! indexed under a token near a trigger, keeps the longest match, and resolves each match
//! against the document date, the clause's tense and the narrative anchor (see `DESIGN.md`).
//!
//! Main types: [`Tagger`] (compiled rules; `Send + Sync`, share one via [`Tagger::global`])
//! and the output [`floorcross_model::Timex`].
//!
//! ```
//! use floorcross_timex::Tagger;
//! let dct = "2019-02-12".parse().ok();
//! let t = Tagger::global().tag("The group split on Monday and met at 11am today.", dct);
//! let v: Vec<_> = t.iter().map(|x| (x.text.as_str(), x.value.as_str())).collect();
//! assert_eq!(v, [("Monday", "2019-02-11"), ("11am today", "2019-02-12T11:00")]);
//! ```

mod lexicon;
mod resolve;
mod rules;
mod token;

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use floorcross_model::{Date, Timex, TimexType};

use lexicon::{Class, Lexicon, NO_WORD};
use resolve::{Anchor, Ctx, Sem, Tense};
use rules::{Alt, Hit, RuleSet};
use token::{TKind, Tok};

pub use resolve::UK_GENERAL_ELECTIONS;

const LEXICON: &str = include_str!("../data/lexicon.txt");
const RULES: &str = include_str!("../data/rules.txt");
const MODIFIERS: &str = include_str!("../data/modifiers.txt");
const BLOCKLIST: &str = include_str!("../data/blocklist.txt");

/// Frequent words that appear in rules but do not by themselves suggest a time expression;
/// a rule starting on one is tried only when a trigger follows within a few tokens.
const NOT_TRIGGERS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "and",
    "or",
    "by",
    "from",
    "that",
    "this",
    "s",
    "m",
    "p",
    "o",
    "st",
    "nd",
    "rd",
    "th",
    "every",
    "each",
    "per",
    "more",
    "all",
    "no",
    "number",
    "some",
    "one",
    "last",
    "next",
    "early",
    "late",
    "mid",
    "same",
    "previous",
    "following",
    "coming",
    "few",
    "several",
    "many",
    "half",
    "just",
    "right",
    "fiscal",
    "financial",
    "first",
    "second",
    "third",
    "fourth",
    "q",
    "year",
    "new",
    "good",
    "general",
    "snap",
    "before",
    "after",
    "over",
    "within",
    "as",
    "time",
    "long",
    "old",
    "end",
    "full",
    "whole",
    "other",
    "these",
    "term",
    "near",
    "short",
    "date",
    "present",
    "until",
    "till",
    "medium",
    "final",
    "initial",
    "entire",
    "remaining",
    "british",
    "uk",
    "westminster",
    "independence",
    "boxing",
    "guy",
    "fawkes",
    "possible",
    "later",
    "earlier",
    "preceding",
    "latest",
    "while",
    "distant",
    "foreseeable",
    "eve",
    "once",
    "twice",
    "afterwards",
    "afterward",
];

#[derive(Debug)]
struct Modifier {
    kinds: Vec<TimexType>,
    /// Also before a date counted in units ("about two years ago").
    ago: bool,
    seq: Vec<Alt>,
}

/// The compiled rules. Build once, share across threads.
#[derive(Debug)]
pub struct Tagger {
    lex: Lexicon,
    rules: RuleSet,
    mods: Vec<Modifier>,
    block: AhoCorasick,
    w_be: u32,
    w_on: u32,
    w_at: u32,
    w_of: u32,
    w_to: u32,
    w_for: u32,
    /// Common time words that are lowercase in running text ("today", "noon"); capitalised
    /// mid-sentence they belong to a title (see [`Tagger::is_title`]).
    w_common: Vec<u32>,
    /// Words of the tense heuristics (see [`Tagger::tense`]).
    tw: TenseWords,
}

/// Word ids the tense heuristics look for.
#[derive(Debug)]
struct TenseWords {
    /// Before a day or month: it is the next one ("until Tuesday", "by February").
    deadline: Vec<u32>,
    /// "as early as", "as soon as" (the middle word).
    as_: u32,
    early_soon: Vec<u32>,
    /// "is to resume": a scheduled future.
    is_are: Vec<u32>,
    /// Words after which an "-ed" form is an adjective ("a still unspecified date").
    adj_before: Vec<u32>,
    /// "by Tuesday's vote": possessive, not a deadline.
    s: u32,
    /// "by February", "through January": forward unless the clause is past.
    soft_deadline: Vec<u32>,
    /// "up until Thursday": looking back.
    up: u32,
    /// "since Oct. 23": looking back.
    since: u32,
    /// "had (been) scheduled to": a past plan.
    had: u32,
    been: u32,
    /// Present forms of "be": a participle after them is a passive, not a past tense ("when
    /// the case is heard in May").
    be_present: Vec<u32>,
    /// Reporting verbs: after a comma they attribute, and give no tense.
    reporting: Vec<u32>,
    /// Determiners: "planned a rally", and never a verb after "to" ("agreed to a deal").
    det: Vec<u32>,
}

impl Default for Tagger {
    fn default() -> Tagger {
        Tagger::new()
    }
}

/// Byte offset just past a leading `[spaces]date YYYY-MM-DD` header token (or a date-time
/// token such as `2019-06-12T23:30:00Z`), if any.
pub fn header_end(text: &str) -> Option<usize> {
    let t = text.trim_start_matches([' ', '\t']);
    let lead = text.len() - t.len();
    let rest = t.strip_prefix("date")?;
    let r2 = rest.trim_start_matches([' ', '\t']);
    if r2.len() == rest.len() {
        return None;
    }
    let b = r2.as_bytes();
    if !(b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit))
    {
        return None;
    }
    // A date-time token ("2019-06-12T23:30:00Z", "…T09:30+01:00") belongs to the header.
    let mut len = 10;
    if b.get(10) == Some(&b'T') {
        len = 11
            + b[11..]
                .iter()
                .take_while(|c| c.is_ascii_digit() || matches!(c, b':' | b'.' | b'+' | b'-' | b'Z'))
                .count();
    }
    if b.get(len).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some(lead + 4 + (rest.len() - r2.len()) + len)
}

/// The date of a leading `[spaces]date YYYY-MM-DD` header (or a date-time, see
/// [`floorcross_model::document_date`]), if the text has one.
pub fn header_date(text: &str) -> Option<Date> {
    let end = header_end(text)?;
    let token = text.get(..end)?.split_whitespace().last()?;
    floorcross_model::document_date(token)
}

impl Tagger {
    /// Compiles the built-in rule data. The data is part of the crate and checked by its
    /// tests, so this does not fail at run time.
    pub fn new() -> Tagger {
        Tagger::try_new().expect("built-in timex rule data must compile")
    }

    fn try_new() -> Result<Tagger, String> {
        let mut lex = Lexicon::parse(LEXICON)?;
        let mut rules = RuleSet::parse(RULES, &mut lex)?;
        // Literal rule words are triggers unless they are frequent function words.
        let mut lits = Vec::new();
        for r in &rules.rules {
            for e in &r.body {
                for (a, _) in &e.alts {
                    if let Alt::Word(w) = a {
                        lits.push(*w);
                    }
                }
            }
        }
        for w in lits {
            let form = lex.forms[w as usize].clone();
            if !NOT_TRIGGERS.contains(&form.as_str()) {
                lex.set_trigger(w);
            }
        }
        // A rule with no trigger among its required elements could never fire ("the near
        // term", "a later date", "a while"): its last required literal word becomes a
        // trigger.
        let mut promote = Vec::new();
        for r in &rules.rules {
            let trig = |e: &rules::Elem| {
                e.alts.iter().any(|(a, _)| match a {
                    Alt::Word(w) => lex.trigger[*w as usize],
                    Alt::Class(c) => c.is_trigger(),
                    Alt::Builtin(b) => b.digits_only(),
                    _ => false,
                })
            };
            let mut req = r.body.iter().filter(|e| !e.optional);
            if req.clone().any(trig) {
                continue;
            }
            if let Some(e) = req.rfind(|e| e.alts.iter().any(|(a, _)| matches!(a, Alt::Word(_)))) {
                for (a, _) in &e.alts {
                    if let Alt::Word(w) = a {
                        promote.push(*w);
                    }
                }
            }
        }
        for w in promote {
            lex.set_trigger(w);
        }
        let mut mods = Vec::new();
        for line in MODIFIERS.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (kinds, phrase) = line
                .split_once(':')
                .ok_or_else(|| format!("modifiers.txt: bad line {line}"))?;
            let ago = kinds.split(',').any(|k| k.trim() == "AGO");
            let kinds = kinds
                .split(',')
                .filter(|k| k.trim() != "AGO")
                .map(|k| match k.trim() {
                    "DATE" => Ok(TimexType::Date),
                    "TIME" => Ok(TimexType::Time),
                    "DURATION" => Ok(TimexType::Duration),
                    "SET" => Ok(TimexType::Set),
                    o => Err(format!("modifiers.txt: bad kind {o}")),
                })
                .collect::<Result<Vec<_>, _>>()?;
            let mut seq = Vec::new();
            for w in phrase.split_whitespace() {
                if w.chars().all(|c| c.is_ascii_alphabetic()) {
                    seq.push(Alt::Word(lex.intern(&w.to_ascii_lowercase())?));
                } else if w.chars().count() == 1 {
                    seq.push(Alt::Punct(w.chars().next().unwrap_or('-')));
                } else {
                    return Err(format!("modifiers.txt: bad word {w}"));
                }
            }
            mods.push(Modifier { kinds, ago, seq });
        }
        mods.sort_by_key(|m| std::cmp::Reverse(m.seq.len()));
        let w_be = lex.intern("be")?;
        let w_on = lex.intern("on")?;
        let w_at = lex.intern("at")?;
        let w_of = lex.intern("of")?;
        let w_to = lex.intern("to")?;
        let w_for = lex.intern("for")?;
        let w_common = ids(
            &mut lex,
            &[
                "today",
                "tonight",
                "now",
                "noon",
                "midnight",
                "yesterday",
                "tomorrow",
            ],
        )?;
        fn ids(lex: &mut Lexicon, ws: &[&str]) -> Result<Vec<u32>, String> {
            ws.iter().map(|w| lex.intern(w)).collect()
        }
        let tw = TenseWords {
            deadline: ids(&mut lex, &["until", "till", "effective"])?,
            soft_deadline: ids(&mut lex, &["by", "through"])?,
            up: lex.intern("up")?,
            since: lex.intern("since")?,
            had: lex.intern("had")?,
            been: lex.intern("been")?,
            be_present: ids(&mut lex, &["is", "are", "am", "being"])?,
            reporting: ids(&mut lex, &["said", "says", "told", "added"])?,
            as_: lex.intern("as")?,
            early_soon: ids(&mut lex, &["early", "soon"])?,
            is_are: ids(&mut lex, &["is", "are"])?,
            adj_before: ids(
                &mut lex,
                &[
                    "a",
                    "an",
                    "the",
                    "its",
                    "his",
                    "her",
                    "their",
                    "our",
                    "your",
                    "my",
                    "this",
                    "that",
                    "these",
                    "those",
                    "still",
                    "very",
                    "most",
                    "more",
                    "less",
                    "newly",
                    "well",
                    "once",
                    "previously",
                    "recently",
                    "already",
                    "highly",
                    "widely",
                    "so",
                    "too",
                    "as",
                    "no",
                    "any",
                    "some",
                    "long",
                ],
            )?,
            s: lex.intern("s")?,
            det: ids(
                &mut lex,
                &[
                    "a", "an", "the", "their", "his", "her", "its", "our", "this", "these",
                    "those", "another", "new",
                ],
            )?,
        };
        // Years in words ("nineteen ninety-six") start on these.
        for w in ["nineteen", "eighteen"] {
            let id = lex.intern(w)?;
            lex.set_trigger(id);
        }
        lex.build()?;
        rules.finalize(&lex);
        let phrases: Vec<String> = BLOCKLIST
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        let block = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&phrases)
            .map_err(|e| e.to_string())?;
        Ok(Tagger {
            lex,
            rules,
            mods,
            block,
            w_be,
            w_on,
            w_at,
            w_of,
            w_to,
            w_for,
            w_common,
            tw,
        })
    }

    /// One shared tagger, compiled on first use.
    pub fn global() -> &'static Tagger {
        static G: OnceLock<Tagger> = OnceLock::new();
        G.get_or_init(Tagger::new)
    }

    /// Every time expression in `text`, in order, resolved against `dct` (the document
    /// date) when given. Byte offsets index `text`. A leading `date YYYY-MM-DD` header token
    /// (the plain-text input format) is skipped; the rest of that line, the headline, is
    /// tagged like the body.
    pub fn tag(&self, text: &str, dct: Option<Date>) -> Vec<Timex> {
        let start = header_end(text).unwrap_or(0);
        self.tag_range(text, start..text.len(), dct)
    }

    /// Like [`Tagger::tag`] but only inside `range` (byte offsets into `text`; clamped and
    /// moved to char boundaries). Offsets in the result still index `text`.
    pub fn tag_range(&self, text: &str, range: Range<usize>, dct: Option<Date>) -> Vec<Timex> {
        let mut s = range.start.min(text.len());
        let mut e = range.end.min(text.len());
        while s < text.len() && !text.is_char_boundary(s) {
            s += 1;
        }
        while e > s && !text.is_char_boundary(e) {
            e -= 1;
        }
        if s >= e {
            return Vec::new();
        }
        // The trigger scan: trigger words and digits, then windows of text around them.
        let trig = self.lex.triggers(text, s, e);
        let mut wins: Vec<(usize, usize)> = Vec::new();
        for (ts, te) in trig {
            let we = te + WINDOW_RIGHT;
            match wins.last_mut() {
                Some(last) if ts.saturating_sub(WINDOW_LEFT) <= last.1 => last.1 = last.1.max(we),
                _ => wins.push((snap_left(text, s, ts.saturating_sub(WINDOW_LEFT)), we)),
            }
        }
        let mut items: Vec<(usize, usize, Sem)> = Vec::new();
        for (ws, we) in wins {
            let we = snap_right(text, e, we);
            let toks = token::tokenize(text, ws, we, &self.lex);
            if toks.is_empty() {
                continue;
            }
            let hits = self.find(&toks);
            let hits = self.drop_blocked(text, &toks, hits);
            let mut local: Vec<(usize, usize, Sem)> = hits
                .iter()
                .filter(|h| self.rules.rules[h.rule].kind.is_some())
                .filter_map(|h| {
                    let r = &self.rules.rules[h.rule];
                    let sem = resolve::build(r, &h.caps);
                    // A decade rule whose digits are no decade ("the 45s") tags nothing.
                    let void = r.decade && sem.decade.is_none();
                    (!void).then_some((h.start, h.end, sem))
                })
                .collect();
            self.extend_modifiers(&toks, &mut local);
            for (ts, mut te, sem) in self.compose(&toks, local) {
                // A full stop after a whole word ("in June.") ends the sentence, not the date.
                if te > ts + 1
                    && toks[te - 1].is_punct('.')
                    && toks[te - 2].kind == TKind::Word
                    && toks[te - 2].end - toks[te - 2].start > 1
                    && self.lex.sense(toks[te - 2].word, Class::Mon3).is_none()
                {
                    te -= 1;
                }
                let named = sem.hol.is_some() || sem.elect.is_some();
                if te > ts && te <= toks.len() && (named || !self.is_title(text, s, &toks, ts, te))
                {
                    items.push((toks[ts].start, toks[te - 1].end, sem));
                }
            }
        }
        self.finish(text, items, dct)
    }

    /// A common time word ("Week", "Minutes", "Noon", "Today") capitalised where running
    /// text would not capitalise it is part of a title: ABC's "This Week", CBS's ''60
    /// Minutes'', the film "High Noon", "This is VOA Today." TimeBank never tags these.
    /// Two signs, both needed outside the first line (a headline may be in title case):
    /// the expression opens a quotation and a later word of it is a capitalised common
    /// word, or it starts with a capitalised common word right after another capitalised
    /// word that is not a month or weekday. (Holidays and elections, "Christmas Day", are
    /// names of dates and exempt.)
    fn is_title(&self, text: &str, from: usize, toks: &[Tok], ts: usize, te: usize) -> bool {
        let first_line = !text
            .get(from..toks[ts].start)
            .is_some_and(|b| b.contains('\n'));
        if first_line {
            return false;
        }
        let common = |t: &Tok| {
            t.kind == TKind::Word
                && t.cap
                && t.word != NO_WORD
                && (self.w_common.contains(&t.word)
                    || self.lex.senses(t.word).iter().any(|x| {
                        matches!(
                            x.class,
                            Class::Unit | Class::Units | Class::Pod | Class::Pods
                        )
                    }))
        };
        let Some(prev) = ts.checked_sub(1).map(|j| &toks[j]) else {
            return false;
        };
        let quote = prev.kind == TKind::Punct && matches!(prev.ch, '"' | '“' | '`' | '\'' | '‘');
        if quote && toks[ts + 1..te].iter().any(common) {
            return true;
        }
        let name_word = prev.kind == TKind::Word
            && prev.cap
            && !toks[ts].nl
            && (prev.word == NO_WORD
                || !self.lex.senses(prev.word).iter().any(|x| {
                    matches!(
                        x.class,
                        Class::Month | Class::GMonth | Class::Mon3 | Class::Weekday
                    )
                }));
        name_word && common(&toks[ts])
    }

    fn is_trigger(&self, t: &Tok) -> bool {
        match t.kind {
            TKind::Num => true,
            TKind::Word => t.word != NO_WORD && self.lex.trigger[t.word as usize],
            TKind::Punct => false,
        }
    }

    fn find(&self, toks: &[Tok]) -> Vec<Hit> {
        let n = toks.len();
        // next_trig[i]: the first trigger token at or after i.
        let mut next_trig = vec![usize::MAX; n + 1];
        for i in (0..n).rev() {
            next_trig[i] = if self.is_trigger(&toks[i]) {
                i
            } else {
                next_trig[i + 1]
            };
        }
        // near[i]: bits of the tokens i..i+NEAR, for the rules' quick pre-check.
        let bits: Vec<u32> = toks
            .iter()
            .map(|t| self.rules.tok_bits(t, &self.lex))
            .collect();
        let mut near = vec![0u32; n];
        for i in 0..n {
            let hi = (i + NEAR).min(n);
            near[i] = bits[i..hi].iter().fold(0, |a, b| a | b);
        }
        let mut hits = Vec::new();
        let mut i = 0;
        while i < n {
            let nt = next_trig[i];
            if nt == usize::MAX {
                break;
            }
            if nt > i + 5 {
                i = nt - 5;
                continue;
            }
            let cands = self.rules.candidates_fast(&toks[i]);
            let mut best: Option<Hit> = None;
            for &ri in cands {
                if self.rules.rules[ri].reqs.iter().any(|m| near[i] & m == 0) {
                    continue;
                }
                if let Some(h) = self.rules.match_rule(toks, ri, i, &self.lex) {
                    if best.as_ref().is_none_or(|b| h.end > b.end) {
                        best = Some(h);
                    }
                }
            }
            match best {
                Some(h) => {
                    i = h.end;
                    hits.push(h);
                }
                None => i += 1,
            }
        }
        hits
    }

    fn drop_blocked(&self, text: &str, toks: &[Tok], hits: Vec<Hit>) -> Vec<Hit> {
        if hits.is_empty() {
            return hits;
        }
        let (lo, hi) = (toks[0].start, toks[toks.len() - 1].end);
        let Some(slice) = text.get(lo..hi) else {
            return hits;
        };
        let bytes = slice.as_bytes();
        let is_w = |c: u8| c.is_ascii_alphanumeric();
        let blocked: Vec<(usize, usize)> = self
            .block
            .find_iter(slice)
            .filter(|m| {
                (m.start() == 0 || !is_w(bytes[m.start() - 1]))
                    && (m.end() == bytes.len() || !is_w(bytes[m.end()]))
            })
            .map(|m| (lo + m.start(), lo + m.end()))
            .collect();
        if blocked.is_empty() {
            return hits;
        }
        hits.into_iter()
            .filter(|h| {
                let (s, e) = (toks[h.start].start, toks[h.end - 1].end);
                !blocked.iter().any(|&(bs, be)| bs < e && s < be)
            })
            .collect()
    }

    fn extend_modifiers(&self, toks: &[Tok], items: &mut [(usize, usize, Sem)]) {
        let mut prev_end = 0;
        for it in items.iter_mut() {
            let s = it.0;
            let is_ago = it.2.kind == TimexType::Date
                && it.2.rel.is_some_and(|a| a.v.is_some_and(|v| v != 0.0));
            if it.2.lit.is_some() {
                prev_end = it.1;
                continue;
            }
            for m in &self.mods {
                if !(m.kinds.contains(&it.2.kind) || (m.ago && is_ago)) {
                    continue;
                }
                let len = m.seq.len();
                if s < len || s - len < prev_end {
                    continue;
                }
                let ok = m.seq.iter().enumerate().all(|(k, a)| {
                    let t = &toks[s - len + k];
                    let joined = !toks[s - len + k + 1].nl;
                    joined
                        && match a {
                            Alt::Word(w) => t.is_word(*w),
                            Alt::Punct(c) => t.is_punct(*c),
                            _ => false,
                        }
                });
                if ok {
                    it.0 = s - len;
                    break;
                }
            }
            prev_end = it.1;
        }
    }

    /// Joins a clock time with the day it belongs to: "11am today", "5 p.m. EST Nov. 9",
    /// "noon Thursday", "Friday at 11am".
    fn compose(&self, toks: &[Tok], items: Vec<(usize, usize, Sem)>) -> Vec<(usize, usize, Sem)> {
        let mut out: Vec<(usize, usize, Sem)> = Vec::with_capacity(items.len());
        for it in items {
            if let Some(last) = out.last_mut() {
                let gap = &toks[last.1..it.0];
                let nl = toks[last.1..=it.0.min(toks.len() - 1)]
                    .iter()
                    .skip(1)
                    .any(|t| t.nl)
                    || toks.get(it.0).is_some_and(|t| t.nl);
                let conn = |ws: &[u32], ps: &[char]| {
                    gap.is_empty()
                        || (gap.len() == 1
                            && (ws.iter().any(|w| gap[0].is_word(*w))
                                || ps.iter().any(|p| gap[0].is_punct(*p))))
                };
                if !nl
                    && last.2.is_bare_time()
                    && it.2.is_day()
                    && conn(&[self.w_on, self.w_of], &[',', '.'])
                {
                    let mut sem = it.2.clone();
                    sem.clock = last.2.clock;
                    sem.pod = last.2.pod;
                    sem.kind = TimexType::Time;
                    last.1 = it.1;
                    last.2 = sem;
                    continue;
                }
                if !nl
                    && last.2.is_day()
                    && it.2.is_bare_time()
                    && it.2.clock.is_some()
                    && conn(&[self.w_at], &[','])
                {
                    let mut sem = last.2.clone();
                    sem.clock = it.2.clock;
                    sem.kind = TimexType::Time;
                    last.1 = it.1;
                    last.2 = sem;
                    continue;
                }
            }
            out.push(it);
        }
        out
    }

    /// The tense of the clause around bytes `bs..be`: the nearest tense cue to the left
    /// within the sentence, else to the right.
    /// `weekday`: the expression is a bare day of the week, which in news dates the reported
    /// act itself ("voted to support the plan Friday"), not what an infinitive plans.
    fn tense(&self, text: &str, bs: usize, be: usize, weekday: bool) -> Tense {
        let ws = snap_left(text, 0, bs.saturating_sub(TENSE_REACH));
        let we = snap_right(text, text.len(), be + TENSE_REACH);
        let toks = token::tokenize(text, ws, we, &self.lex);
        let s = toks
            .iter()
            .position(|t| t.start >= bs)
            .unwrap_or(toks.len());
        let e = toks
            .iter()
            .position(|t| t.start >= be)
            .unwrap_or(toks.len());
        if s >= toks.len() {
            return Tense::Unknown;
        }
        let toks = &toks[..];
        // A deadline word right before the expression points forward: "until Tuesday",
        // "by February", "as soon as Monday" (not "by Tuesday's vote").
        let possessive = toks
            .get(e)
            .is_some_and(|t| t.is_punct('\'') || t.is_punct('’'))
            && toks.get(e + 1).is_some_and(|t| t.is_word(self.tw.s));
        let before = |k: usize| s.checked_sub(k).map(|j| &toks[j]);
        let is_any =
            |t: Option<&Tok>, ws: &[u32]| t.is_some_and(|t| ws.iter().any(|w| t.is_word(*w)));
        // "Up until Thursday, they had..." opens a sentence looking back; "until" after a
        // verb ("postponed until Tuesday") looks forward.
        let opens = before(2)
            .is_none_or(|p| p.is_word(self.tw.up) || (p.kind == TKind::Punct && !p.is_punct(',')));
        let hard = (is_any(before(1), &self.tw.deadline) && !opens)
            || (before(1).is_some_and(|p| p.is_word(self.tw.as_))
                && is_any(before(2), &self.tw.early_soon)
                && before(3).is_some_and(|p| p.is_word(self.tw.as_)));
        // "by February", "through January": forward unless the clause is in the past
        // ("had filed reports by Wednesday").
        let soft = is_any(before(1), &self.tw.soft_deadline);
        let since = is_any(before(1), &[self.tw.since]);
        let ok = !possessive && !toks[s].nl;
        if ok && hard {
            return Tense::Forward;
        }
        let t = self.tense_cues(toks, s, e, text, weekday);
        if ok && soft && t != Tense::Past {
            return Tense::Forward;
        }
        // "since Oct. 23": the last one before the document date.
        if ok && since {
            return Tense::Past;
        }
        t
    }

    /// The tense from the nearest cue word: to the left of token `s` within the sentence,
    /// else to the right of token `e`.
    fn tense_cues(&self, toks: &[Tok], s: usize, e: usize, text: &str, weekday: bool) -> Tense {
        let cue = |j: usize, left: bool| self.cue(toks, j, text, left, weekday);
        // A full stop ends a sentence unless it follows an initial or a short abbreviation
        // ("U.S.", "Mr.") or is glued to the next token.
        let is_end_at = |j: usize| {
            let t = &toks[j];
            if t.kind != TKind::Punct {
                return false;
            }
            if t.ch == '.' {
                let short = j > 0
                    && toks[j - 1].kind == TKind::Word
                    && toks[j - 1].end - toks[j - 1].start <= 2;
                let next_glued = toks.get(j + 1).is_some_and(|n| n.glued);
                return !short && !next_glued;
            }
            matches!(t.ch, '!' | '?' | ';' | '"' | '“' | '”')
        };
        let mut j = s;
        let mut n = 0;
        while j > 0 && n < 14 {
            if toks[j].nl {
                break;
            }
            j -= 1;
            n += 1;
            if is_end_at(j) {
                break;
            }
            if let Some(c) = cue(j, true) {
                return c;
            }
        }
        let mut j = e;
        let mut n = 0;
        let mut comma = false;
        while j < toks.len() && n < 14 {
            if toks[j].nl || is_end_at(j) {
                break;
            }
            comma |= toks[j].is_punct(',');
            // "…in May, the party said": the attribution after a comma does not give the
            // reported clause its tense.
            let reporting = comma && self.tw.reporting.iter().any(|w| toks[j].is_word(*w));
            if !reporting {
                if let Some(c) = cue(j, false) {
                    return c;
                }
            }
            j += 1;
            n += 1;
        }
        Tense::Unknown
    }

    /// The tense token `j` signals, if it is a cue word; `left` when the expression is to its
    /// right, `weekday` when it is a bare day of the week.
    fn cue(&self, toks: &[Tok], j: usize, text: &str, left: bool, weekday: bool) -> Option<Tense> {
        let t = &toks[j];
        if t.kind != TKind::Word {
            return None;
        }
        // "is to resume trading Tuesday": a scheduled future.
        if t.is_word(self.w_to) && j > 0 && self.tw.is_are.iter().any(|w| toks[j - 1].is_word(*w)) {
            return Some(Tense::Future);
        }
        if t.word != NO_WORD {
            let ss = self.lex.senses(t.word);
            // "had been due to expire Friday", "had been scheduled to", "had planned to": a
            // plan in the past perfect is over (and usually was changed).
            let pluperfect = j > 0
                && (toks[j - 1].is_word(self.tw.had)
                    || (j > 1
                        && toks[j - 1].is_word(self.tw.been)
                        && toks[j - 2].is_word(self.tw.had)));
            if ss.iter().any(|x| x.class == Class::Fut) {
                // "as expected", "as planned": no tense.
                if j > 0 && toks[j - 1].is_word(self.tw.as_) {
                    return None;
                }
                if pluperfect {
                    return Some(Tense::Past);
                }
                return Some(Tense::Future);
            }
            if ss.iter().any(|x| x.class == Class::FutTo)
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.is_word(self.w_to) || n.is_word(self.w_for))
            {
                if pluperfect {
                    return Some(Tense::Past);
                }
                return Some(Tense::Future);
            }
            // "agreed to buy the line in February", "planned a rally on Saturday": what was
            // agreed or planned lies ahead (not "had agreed to", not "agreed to a deal").
            if let Some(np) = ss
                .iter()
                .find(|x| x.class == Class::FutInf)
                .map(|x| x.val == 1)
            {
                let verb_after_to = toks.get(j + 1).is_some_and(|n| n.is_word(self.w_to))
                    && toks.get(j + 2).is_some_and(|v| {
                        v.kind == TKind::Word
                            && !v.cap
                            && !self.tw.det.iter().any(|d| v.is_word(*d))
                    });
                let noun_phrase = np
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| self.tw.det.iter().any(|d| n.is_word(*d)));
                if left && !pluperfect && ((verb_after_to && !weekday) || noun_phrase) {
                    return Some(Tense::Future);
                }
            }
            if ss.iter().any(|x| x.class == Class::Past) {
                if let Some(t) = self.participle_tense(toks, j, text) {
                    return t;
                }
                // "will quit": a base form that looks like a past tense.
                let after_fut = j > 0
                    && toks[j - 1].word != NO_WORD
                    && self
                        .lex
                        .senses(toks[j - 1].word)
                        .iter()
                        .any(|x| x.class == Class::Fut);
                return Some(if after_fut {
                    Tense::Future
                } else {
                    Tense::Past
                });
            }
        }
        let w = text.get(t.start..t.end).unwrap_or("");
        // "-ed" forms, but not "succeed", "proceed", "need" (only "agreed", "freed",
        // "guaranteed"-like forms end in "eed" and are past).
        let eed_base = w.ends_with("eed") && !w.ends_with("reed") && !w.ends_with("teed");
        if !t.cap && w.len() >= 4 && w.ends_with("ed") && !eed_base {
            // "will be held": a participle after "be" is not a past tense; nor is an
            // adjective after a determiner or adverb ("a still unspecified date").
            if let Some(t) = self.participle_tense(toks, j, text) {
                return t;
            }
            if j > 0 && self.tw.adj_before.iter().any(|x| toks[j - 1].is_word(*x)) {
                return None;
            }
            return Some(Tense::Past);
        }
        None
    }

    /// What a participle at token `j` says after a form of "be": "to be published in
    /// November" looks forward; "will be held", "the case is heard in May" say nothing (the
    /// search goes on); `None` when no "be" comes before it.
    fn participle_tense(&self, toks: &[Tok], j: usize, text: &str) -> Option<Option<Tense>> {
        // ("will be formally appointed": past an adverb to the "be")
        let mut j = j;
        while j >= 2 && {
            let p = &toks[j - 1];
            p.kind == TKind::Word
                && !p.cap
                && text
                    .get(p.start..p.end)
                    .is_some_and(|w| w.len() > 4 && w.ends_with("ly"))
        } {
            j -= 1;
        }
        let prev = toks.get(j.checked_sub(1)?)?;
        if prev.is_word(self.w_be) {
            let to = j >= 2 && toks[j - 2].is_word(self.w_to);
            return Some(if to { Some(Tense::Future) } else { None });
        }
        if self.tw.be_present.iter().any(|w| prev.is_word(*w)) {
            return Some(None);
        }
        None
    }

    fn finish(&self, text: &str, items: Vec<(usize, usize, Sem)>, dct: Option<Date>) -> Vec<Timex> {
        let mut out = Vec::with_capacity(items.len());
        let mut anchor: Option<Anchor> = None;
        // Quarters named so far (year, quarter, end byte), for "a year earlier" and "the
        // quarter" in financial reports.
        let mut quarters: Vec<(i32, u8, usize)> = Vec::new();
        // End of the last "nine months" / "six months" period named (a year-to-date
        // comparison), if after the last quarter named.
        let mut ytd_end: Option<usize> = None;
        for (i, (bs, be, sem)) in items.iter().enumerate() {
            let (bs, be) = (*bs, *be);
            let recent_q = quarter_context(text, &quarters, bs);
            let ytd = ytd_end.is_some_and(|e| {
                quarters.last().is_none_or(|q| q.2 < e)
                    && !paragraph_break(text.get(e.min(bs)..bs).unwrap_or(""))
            });
            let tense = if sem.needs_tense() || (sem.is_bare_time() && sem.clock.is_some()) {
                self.tense(text, bs, be, sem.wd.is_some())
            } else {
                Tense::Unknown
            };
            let ctx = Ctx {
                dct,
                anchor,
                quarter: recent_q,
                ytd,
                tense,
            };
            // "the quarter ended July 31": the quarter named by its last day, unless the
            // report already named it (a fiscal quarter: "the fiscal first quarter").
            let ended = match recent_q {
                Some(_) => None,
                None => self.quarter_ended(text, sem, be, items.get(i + 1), dct),
            };
            let named_by_end = ended.is_some();
            let (value, new_anchor) = match ended {
                Some(v) => (v, None),
                None => resolve::resolve(sem, &ctx),
            };
            if let Some(a) = new_anchor {
                anchor = Some(a);
            }
            // A quarter named outright ("the third quarter", "the latest quarter", "the
            // quarter ended Sept. 30"), not one taken from the context ("the quarter", "a
            // year earlier").
            let names_q = (!sem.qctx && !sem.qof && !sem.from_anchor) || named_by_end;
            if names_q && value.len() == 7 && value.as_bytes()[5] == b'Q' {
                let y = value[..4].parse().ok();
                let q = value[6..7].parse().ok();
                if let (Some(y), Some(q)) = (y, q) {
                    // A quarter not yet over at the document date, in a future clause, is a
                    // forecast ("will result in a fourth-quarter charge"), not the quarter
                    // reported.
                    let cur = dct.map(|d| d.year() as i32 * 4 + (d.month() as i32 - 1) / 3);
                    let open = cur.is_some_and(|c| y * 4 + q as i32 > c);
                    if !(open && self.tense(text, bs, be, false) == Tense::Future) {
                        quarters.push((y, q, be));
                    }
                }
            }
            // tbaq: after "For the nine months, ...", "a year earlier" is the year (1988) in
            // 5 of 7 cases, the quarter in 2.
            if sem.ytd
                || (sem.kind == TimexType::Duration
                    && sem.unit == Some(resolve::Unit::M)
                    && sem
                        .dur
                        .is_some_and(|a| matches!(a.v, Some(v) if v == 6.0 || v == 9.0)))
            {
                ytd_end = Some(be);
            }
            // A rule that only tags in context ("the latest period") and found none.
            if value.is_empty() {
                continue;
            }
            let kind = if sem.set { TimexType::Set } else { sem.kind };
            out.push(Timex {
                start: bs,
                end: be,
                text: text.get(bs..be).unwrap_or("").to_string(),
                kind,
                value,
            });
        }
        out
    }
}

impl Tagger {
    /// The value of "the quarter" when the next expression, after "ended" or "ending", is
    /// its last day: the calendar quarter holding the middle of the three months before it
    /// ("the quarter ended July 31" is mostly May to July: 1989-Q2).
    fn quarter_ended(
        &self,
        text: &str,
        sem: &Sem,
        be: usize,
        next: Option<&(usize, usize, Sem)>,
        dct: Option<Date>,
    ) -> Option<String> {
        if !(sem.unit == Some(resolve::Unit::Q) && sem.from_anchor && sem.q.is_none()) {
            return None;
        }
        let (ns, _, nsem) = next?;
        let gap = text.get(be..*ns)?.trim();
        if !(gap == "ended" || gap == "ending") || nsem.m.is_none() || nsem.d.is_none() {
            return None;
        }
        let ctx = Ctx {
            dct,
            anchor: None,
            quarter: None,
            ytd: false,
            tense: Tense::Past,
        };
        let (v, _) = resolve::resolve(nsem, &ctx);
        let day: Date = v.get(..10)?.parse().ok()?;
        let mid = day.checked_sub(jiff::Span::new().days(45)).ok()?;
        Some(format!("{:04}-Q{}", mid.year(), (mid.month() - 1) / 3 + 1))
    }
}

/// The quarter a financial report is about at byte `at`: the last quarter named, when it
/// was named in the same paragraph; otherwise the first quarter the report named (its lead).
/// Nothing once the text has gone `QUARTER_REACH` bytes without naming a quarter. (Forecast
/// quarters are left out of `quarters` by the caller.)
fn quarter_context(text: &str, quarters: &[(i32, u8, usize)], at: usize) -> Option<(i32, u8)> {
    let last = quarters.last()?;
    if at.saturating_sub(last.2) > QUARTER_REACH {
        return None;
    }
    let between = text.get(last.2.min(at)..at).unwrap_or("");
    if !paragraph_break(between) {
        return Some((last.0, last.1));
    }
    quarters.first().map(|q| (q.0, q.1))
}

/// True when `s` holds a blank line.
fn paragraph_break(s: &str) -> bool {
    let mut nl = 0;
    for b in s.bytes() {
        match b {
            b'\n' => {
                nl += 1;
                if nl >= 2 {
                    return true;
                }
            }
            b' ' | b'\t' | b'\r' => {}
            _ => nl = 0,
        }
    }
    false
}

/// Bytes of context the trigger scan takes around each trigger.
/// Tokens a rule can span, for the pre-check.
const NEAR: usize = 10;
/// How far back (bytes) a named quarter sets the granularity of "a year earlier".
const QUARTER_REACH: usize = 1500;
const WINDOW_LEFT: usize = 48;
const WINDOW_RIGHT: usize = 48;
/// Bytes either side of an expression tokenized for tense cues: room for the 14 tokens the
/// cue search walks each way (160 gave the same values on tbaq and bbc-politics, at 2.5%
/// more work).
const TENSE_REACH: usize = 110;

/// Moves `p` (not below `lo`) back to the start of a word: just after whitespace.
fn snap_left(text: &str, lo: usize, p: usize) -> usize {
    let b = text.as_bytes();
    let mut p = p.max(lo).min(text.len());
    while p > lo && !b[p - 1].is_ascii_whitespace() {
        p -= 1;
    }
    while p < text.len() && !text.is_char_boundary(p) {
        p += 1;
    }
    p
}

/// Moves `p` (not above `hi`) forward to the end of a word: the next whitespace.
fn snap_right(text: &str, hi: usize, p: usize) -> usize {
    let b = text.as_bytes();
    let hi = hi.min(text.len());
    let mut p = p.min(hi);
    while p < hi && !b[p].is_ascii_whitespace() {
        p += 1;
    }
    while p > 0 && !text.is_char_boundary(p) {
        p -= 1;
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_compiles() {
        let t = Tagger::try_new();
        assert!(t.is_ok(), "{:?}", t.err());
    }

    #[test]
    fn header_is_found() {
        assert_eq!(header_end(" date 2019-02-12 South Cambs"), Some(16));
        assert_eq!(header_end("date 2019-02-12\nBody"), Some(15));
        assert_eq!(header_end("dated 2019-02-12"), None);
        assert_eq!(header_end("Body"), None);
        assert_eq!(header_end("date 2019-06-12T23:30:00Z MP quits"), Some(25));
        assert_eq!(
            header_date("date 2019-06-12T23:30:00Z MP quits")
                .unwrap()
                .to_string(),
            "2019-06-13"
        );
        assert_eq!(header_end("date 2019-06-12Tuesday"), None);
    }

    #[test]
    fn tagger_is_send_sync() {
        fn f<T: Send + Sync>() {}
        f::<Tagger>();
    }
}
