//! The rule language: parsing `rules.txt` into token patterns, indexing them by the
//! tokens they can start on, and matching them (with the built-in number, ordinal,
//! day-of-month and clock-time recognisers).

use std::collections::HashMap;

use crate::lexicon::{Class, Lexicon, NO_WORD};
use crate::token::{TKind, Tok};

/// A captured value.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Val {
    #[default]
    None,
    Int(i64),
    /// A cardinal; `None` is vague ("several", "a few").
    Num(Option<f64>),
    /// Hour (0-24) and minute.
    Clock(u8, u8),
}

/// Numeric-token predicates and built-in recognisers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Year,
    Yy,
    Dd,
    Mm,
    Hh,
    Min,
    D1,
    Num,
    Ord,
    Dom,
    Clock,
    /// A year in words: "nineteen ninety-six"; "two thousand" only after "year".
    YearW,
}

impl Builtin {
    fn parse(s: &str) -> Option<Builtin> {
        Some(match s {
            "#year" => Builtin::Year,
            "#yy" => Builtin::Yy,
            "#dd" => Builtin::Dd,
            "#mm" => Builtin::Mm,
            "#hh" => Builtin::Hh,
            "#min" => Builtin::Min,
            "#d1" => Builtin::D1,
            "$num" => Builtin::Num,
            "$ord" => Builtin::Ord,
            "$dom" => Builtin::Dom,
            "$clock" => Builtin::Clock,
            "$yearw" => Builtin::YearW,
            _ => return None,
        })
    }
    /// Matches digit tokens only (which are always triggers).
    pub fn digits_only(self) -> bool {
        !matches!(
            self,
            Builtin::Num | Builtin::Ord | Builtin::Dom | Builtin::YearW
        )
    }

    fn name(self) -> &'static str {
        match self {
            Builtin::Year => "year",
            Builtin::Yy => "yy",
            Builtin::Dd => "dd",
            Builtin::Mm => "mm",
            Builtin::Hh => "hh",
            Builtin::Min => "min",
            Builtin::D1 => "d1",
            Builtin::Num => "num",
            Builtin::Ord => "ord",
            Builtin::Dom => "dom",
            Builtin::Clock => "clock",
            Builtin::YearW => "yearw",
        }
    }
}

/// One alternative of a pattern element.
#[derive(Clone, Debug, PartialEq)]
pub enum Alt {
    Word(u32),
    Punct(char),
    Class(Class),
    Builtin(Builtin),
    /// Any capitalised word (context only).
    Cap,
    /// Any digit run (context only).
    AnyNum,
}

#[derive(Clone, Debug)]
pub struct Elem {
    pub alts: Vec<(Alt, bool)>,
    pub optional: bool,
    pub glued: bool,
    /// Context element: checked, not part of the extent.
    pub ctx: bool,
    pub negated: bool,
    pub slot: Option<usize>,
}

/// Where a field's value comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Src {
    Int(i64),
    Cap(usize),
    Neg(usize),
    Sym(String),
}

#[derive(Clone, Debug)]
pub struct Rule {
    pub lead: Vec<Elem>,
    pub body: Vec<Elem>,
    pub trail: Vec<Elem>,
    /// `None` for NONE rules: patterns that block, not tag.
    pub kind: Option<floorcross_model::TimexType>,
    pub fields: Vec<(String, Src)>,
    /// Sets a decade: its digits must make one ("the 80s", not "the 45s").
    pub decade: bool,
    /// Capture names by slot.
    pub names: Vec<String>,
    /// For each required element, the token bits one of which must occur near the start.
    pub reqs: Vec<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Key {
    Word(u32),
    Class(Class),
    /// A 4-digit number.
    Num4,
    /// Any other digit run.
    NumS,
    Punct(char),
}

/// All rules plus the first-token index.
#[derive(Debug)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    index: HashMap<Key, Vec<usize>>,
    /// Per word id: the candidate rules (word and class keys merged), and its token bits.
    by_word: Vec<Vec<usize>>,
    word_bits: Vec<u32>,
    by_num4: Vec<usize>,
    by_nums: Vec<usize>,
    w_a: u32,
    w_an: u32,
    w_couple: u32,
    w_of: u32,
    w_half: u32,
    w_and: u32,
    w_noon: u32,
    w_midday: u32,
    w_midnight: u32,
    w_o: u32,
    w_clock: u32,
    w_st: u32,
    w_nd: u32,
    w_rd: u32,
    w_th: u32,
    w_a_m: u32,
    w_p_m: u32,
    w_m: u32,
    w_dozen: u32,
    w_number: u32,
    w_s: u32,
    w_year: u32,
}

const BIT_PUNCT: u32 = 1 << 0;
const BIT_NUM4: u32 = 1 << 1;
const BIT_NUMS: u32 = 1 << 2;
const BIT_NUMW: u32 = 1 << 3;
const BIT_ORDW: u32 = 1 << 4;
const BIT_MONTH: u32 = 1 << 5;
const BIT_WEEKDAY: u32 = 1 << 6;
const BIT_UNIT: u32 = 1 << 7;
const BIT_POD: u32 = 1 << 8;
const BIT_SEASON: u32 = 1 << 9;
const BIT_OTHER: u32 = 1 << 10;
const WORD_BITS: u32 = 21;

fn word_bit(w: u32) -> u32 {
    1 << (11 + (w.wrapping_mul(2_654_435_761) >> 7) % WORD_BITS)
}

fn class_bit(c: Class) -> u32 {
    match c {
        Class::Month | Class::GMonth | Class::Mon3 => BIT_MONTH,
        Class::Weekday | Class::Weekdays => BIT_WEEKDAY,
        Class::Unit | Class::Units => BIT_UNIT,
        Class::Pod | Class::Pods => BIT_POD,
        Class::Season => BIT_SEASON,
        Class::NumW | Class::Tens | Class::Mult | Class::Vague => BIT_NUMW,
        Class::OrdW | Class::OrdTens => BIT_ORDW,
        _ => BIT_OTHER,
    }
}

/// A match: token range of the extent, rule index, captures.
#[derive(Clone, Debug)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub rule: usize,
    pub caps: [Val; MAX_SLOTS],
}

pub const MAX_SLOTS: usize = 8;

fn split_alts(s: &str) -> Vec<&str> {
    // Split on '|' outside <...>.
    let mut out = Vec::new();
    let mut depth = 0;
    let mut last = 0;
    for (i, c) in s.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => depth -= 1,
            '|' if depth == 0 && i > last => {
                out.push(&s[last..i]);
                last = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[last..]);
    out.into_iter().filter(|x| !x.is_empty()).collect()
}

impl RuleSet {
    /// Parses `rules.txt`, interning every literal word into `lex`.
    pub fn parse(src: &str, lex: &mut Lexicon) -> Result<RuleSet, String> {
        let mut macros: Vec<(String, String)> = Vec::new();
        let mut rules = Vec::new();
        for (n, raw) in src.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(def) = line.strip_prefix("define ") {
                let (name, body) = def
                    .split_once('=')
                    .ok_or_else(|| format!("rules.txt:{}: bad define", n + 1))?;
                macros.push((format!("%{}", name.trim()), body.trim().to_string()));
                continue;
            }
            let mut line = line.to_string();
            // Longest macro names first so %MONX is not eaten by %MON.
            let mut ms = macros.clone();
            ms.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
            for (k, v) in &ms {
                line = line.replace(k.as_str(), v);
            }
            let rule =
                parse_rule(&line, lex).map_err(|e| format!("rules.txt:{}: {e}: {raw}", n + 1))?;
            rules.push(rule);
        }
        let mut w = |s: &str| lex.intern(s);
        let mut set = RuleSet {
            rules,
            index: HashMap::new(),
            by_word: Vec::new(),
            word_bits: Vec::new(),
            by_num4: Vec::new(),
            by_nums: Vec::new(),
            w_a: w("a")?,
            w_an: w("an")?,
            w_couple: w("couple")?,
            w_of: w("of")?,
            w_half: w("half")?,
            w_and: w("and")?,
            w_noon: w("noon")?,
            w_midday: w("midday")?,
            w_midnight: w("midnight")?,
            w_o: w("o")?,
            w_clock: w("clock")?,
            w_st: w("st")?,
            w_nd: w("nd")?,
            w_rd: w("rd")?,
            w_th: w("th")?,
            w_a_m: w("a")?,
            w_p_m: w("p")?,
            w_m: w("m")?,
            w_dozen: w("dozen")?,
            w_number: w("number")?,
            w_s: w("s")?,
            w_year: w("year")?,
        };
        for id in [set.w_noon, set.w_midday, set.w_midnight] {
            lex.set_trigger(id);
        }
        set.build_index(lex);
        Ok(set)
    }

    fn builtin_keys(&self, b: Builtin, lex: &Lexicon) -> Vec<Key> {
        let _ = lex;
        match b {
            Builtin::Num => vec![
                Key::Num4,
                Key::NumS,
                Key::Class(Class::NumW),
                Key::Class(Class::Tens),
                Key::Class(Class::Vague),
                Key::Class(Class::Mult),
                Key::Word(self.w_a),
                Key::Word(self.w_an),
                Key::Word(self.w_couple),
                Key::Word(self.w_half),
                Key::Word(self.w_number),
            ],
            Builtin::Ord | Builtin::Dom => vec![
                Key::NumS,
                Key::Class(Class::OrdW),
                Key::Class(Class::OrdTens),
            ],
            Builtin::Clock => vec![
                Key::NumS,
                Key::Word(self.w_noon),
                Key::Word(self.w_midday),
                Key::Word(self.w_midnight),
            ],
            Builtin::Year => vec![Key::Num4],
            Builtin::YearW => vec![Key::Class(Class::NumW)],
            _ => vec![Key::NumS],
        }
    }

    fn alt_bits(&self, a: &Alt, lex: &Lexicon) -> u32 {
        let _ = lex;
        match a {
            Alt::Word(w) => word_bit(*w),
            Alt::Punct(_) => BIT_PUNCT,
            Alt::Class(c) => class_bit(*c),
            Alt::Cap | Alt::AnyNum => u32::MAX,
            Alt::Builtin(b) => match b {
                Builtin::Year => BIT_NUM4,
                Builtin::Num => {
                    BIT_NUM4
                        | BIT_NUMS
                        | BIT_NUMW
                        | word_bit(self.w_a)
                        | word_bit(self.w_an)
                        | word_bit(self.w_couple)
                        | word_bit(self.w_half)
                        | word_bit(self.w_number)
                }
                Builtin::Ord | Builtin::Dom => BIT_NUMS | BIT_ORDW,
                Builtin::YearW => BIT_NUMW,
                Builtin::Clock => {
                    BIT_NUMS
                        | word_bit(self.w_noon)
                        | word_bit(self.w_midday)
                        | word_bit(self.w_midnight)
                }
                _ => BIT_NUMS,
            },
        }
    }

    /// Bits describing a token, for the quick pre-check of [`Rule::reqs`].
    pub fn tok_bits(&self, t: &Tok, lex: &Lexicon) -> u32 {
        match t.kind {
            TKind::Punct => BIT_PUNCT,
            TKind::Num => {
                if t.ndig == 4 {
                    BIT_NUM4
                } else {
                    BIT_NUMS
                }
            }
            TKind::Word => {
                if t.word == NO_WORD {
                    return 0;
                }
                if let Some(b) = self.word_bits.get(t.word as usize) {
                    return *b;
                }
                let mut b = word_bit(t.word);
                for s in lex.senses(t.word) {
                    b |= class_bit(s.class);
                }
                b
            }
        }
    }

    fn build_index(&mut self, lex: &Lexicon) {
        let mut all_reqs = Vec::new();
        for r in &self.rules {
            let mut reqs = Vec::new();
            for e in &r.body {
                if e.optional {
                    continue;
                }
                let m = e
                    .alts
                    .iter()
                    .fold(0u32, |m, (a, _)| m | self.alt_bits(a, lex));
                if m != u32::MAX {
                    reqs.push(m);
                }
            }
            all_reqs.push(reqs);
        }
        for (r, reqs) in self.rules.iter_mut().zip(all_reqs) {
            r.reqs = reqs;
        }
        let mut index: HashMap<Key, Vec<usize>> = HashMap::new();
        for (ri, r) in self.rules.iter().enumerate() {
            let mut keys = Vec::new();
            for e in &r.body {
                for (a, _) in &e.alts {
                    match a {
                        Alt::Word(w) => keys.push(Key::Word(*w)),
                        Alt::Punct(c) => keys.push(Key::Punct(*c)),
                        Alt::Class(c) => keys.push(Key::Class(*c)),
                        Alt::Builtin(b) => keys.extend(self.builtin_keys(*b, lex)),
                        Alt::Cap | Alt::AnyNum => {}
                    }
                }
                if !e.optional {
                    break;
                }
            }
            keys.sort_by_key(|k| format!("{k:?}"));
            keys.dedup();
            for k in keys {
                index.entry(k).or_default().push(ri);
            }
        }
        self.index = index;
    }

    /// Rule indices that may start at token `t`, in rule order.
    /// Precomputes per-word candidate lists and bits; call once every word is interned.
    pub fn finalize(&mut self, lex: &Lexicon) {
        let n = lex.forms.len();
        let mut by_word = Vec::with_capacity(n);
        let mut word_bits = Vec::with_capacity(n);
        for id in 0..n as u32 {
            let mut v = Vec::new();
            let mut push = |k: Key| {
                if let Some(x) = self.index.get(&k) {
                    v.extend_from_slice(x);
                }
            };
            push(Key::Word(id));
            let mut b = word_bit(id);
            for s in lex.senses(id) {
                push(Key::Class(s.class));
                b |= class_bit(s.class);
            }
            v.sort_unstable();
            v.dedup();
            by_word.push(v);
            word_bits.push(b);
        }
        self.by_word = by_word;
        self.word_bits = word_bits;
        self.by_num4 = self.index.get(&Key::Num4).cloned().unwrap_or_default();
        self.by_nums = self.index.get(&Key::NumS).cloned().unwrap_or_default();
    }

    /// Rule indices that may start at token `t`, in rule order (needs [`RuleSet::finalize`]).
    pub fn candidates_fast(&self, t: &Tok) -> &[usize] {
        match t.kind {
            TKind::Num => {
                if t.ndig == 4 {
                    &self.by_num4
                } else {
                    &self.by_nums
                }
            }
            TKind::Punct => self
                .index
                .get(&Key::Punct(t.ch))
                .map(|v| v.as_slice())
                .unwrap_or(&[]),
            TKind::Word => self
                .by_word
                .get(t.word as usize)
                .map(|v| v.as_slice())
                .unwrap_or(&[]),
        }
    }

    /// The longest match of rule `ri` with its extent starting at token `i`.
    pub fn match_rule(&self, toks: &[Tok], ri: usize, i: usize, lex: &Lexicon) -> Option<Hit> {
        let r = &self.rules[ri];
        // Leading context: elements before the extent, checked right to left.
        let mut p = i;
        for e in r.lead.iter().rev() {
            let ok = if p == 0 {
                false
            } else {
                let t = &toks[p - 1];
                let boundary_glued = toks[p].glued;
                e.alts
                    .iter()
                    .any(|(a, g)| (!*g || boundary_glued) && self.single(t, a, lex) && !toks[p].nl)
            };
            if ok == e.negated {
                return None;
            }
            if !e.negated {
                p -= 1;
            }
        }
        let mut caps = [Val::None; MAX_SLOTS];
        let mut best: Option<(usize, [Val; MAX_SLOTS])> = None;
        self.rec(toks, r, 0, i, i, &mut caps, &mut best, lex);
        best.map(|(end, caps)| Hit {
            start: i,
            end,
            rule: ri,
            caps,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn rec(
        &self,
        toks: &[Tok],
        r: &Rule,
        k: usize,
        i: usize,
        start: usize,
        caps: &mut [Val; MAX_SLOTS],
        best: &mut Option<(usize, [Val; MAX_SLOTS])>,
        lex: &Lexicon,
    ) {
        if k == r.body.len() {
            if i > start
                && self.trail_ok(toks, r, i, lex)
                && best.as_ref().is_none_or(|(e, _)| i > *e)
            {
                *best = Some((i, *caps));
            }
            return;
        }
        let e = &r.body[k];
        if i < toks.len() && !(i > start && (toks[i].nl || (e.glued && !toks[i].glued))) {
            for (a, _) in &e.alts {
                if let Some((ni, v)) = self.atom(toks, i, a, lex) {
                    let saved = e.slot.map(|s| caps[s]);
                    if let Some(s) = e.slot {
                        caps[s] = v;
                    }
                    self.rec(toks, r, k + 1, ni, start, caps, best, lex);
                    if let (Some(s), Some(v)) = (e.slot, saved) {
                        caps[s] = v;
                    }
                }
            }
        }
        if e.optional {
            self.rec(toks, r, k + 1, i, start, caps, best, lex);
        }
    }

    fn trail_ok(&self, toks: &[Tok], r: &Rule, end: usize, lex: &Lexicon) -> bool {
        let mut p = end;
        for e in &r.trail {
            let ok = match toks.get(p) {
                None => false,
                Some(t) => {
                    !t.nl
                        && e.alts
                            .iter()
                            .any(|(a, g)| (!*g || t.glued) && self.single(t, a, lex))
                }
            };
            if ok == e.negated {
                return false;
            }
            if !e.negated {
                p += 1;
            }
        }
        true
    }

    /// Single-token test used for context elements.
    fn single(&self, t: &Tok, a: &Alt, lex: &Lexicon) -> bool {
        match a {
            Alt::Word(w) => t.is_word(*w),
            Alt::Punct(c) => t.is_punct(*c),
            Alt::Class(c) => {
                t.kind == TKind::Word
                    && lex.sense(t.word, *c).is_some()
                    && (!c.needs_capital() || t.cap)
            }
            Alt::Cap => t.kind == TKind::Word && t.cap,
            Alt::AnyNum => t.kind == TKind::Num,
            Alt::Builtin(b) => match b {
                Builtin::Num | Builtin::Ord | Builtin::Dom | Builtin::Clock | Builtin::YearW => {
                    t.kind == TKind::Num
                        || lex.sense(t.word, Class::NumW).is_some()
                        || lex.sense(t.word, Class::Tens).is_some()
                        || lex.sense(t.word, Class::OrdW).is_some()
                        || lex.sense(t.word, Class::Vague).is_some()
                }
                _ => t.kind == TKind::Num,
            },
        }
    }

    /// Matches one alternative at token `i`: the next token index and the captured value.
    fn atom(&self, toks: &[Tok], i: usize, a: &Alt, lex: &Lexicon) -> Option<(usize, Val)> {
        let t = toks.get(i)?;
        match a {
            Alt::Word(w) => t.is_word(*w).then_some((i + 1, Val::None)),
            Alt::Punct(c) => t.is_punct(*c).then_some((i + 1, Val::None)),
            Alt::Class(c) => {
                if t.kind != TKind::Word || (c.needs_capital() && !t.cap) {
                    return None;
                }
                lex.sense(t.word, *c).map(|v| (i + 1, Val::Int(v as i64)))
            }
            Alt::Cap => (t.kind == TKind::Word && t.cap).then_some((i + 1, Val::None)),
            Alt::AnyNum => (t.kind == TKind::Num).then_some((i + 1, Val::None)),
            Alt::Builtin(b) => self.builtin(toks, i, *b, lex),
        }
    }

    fn builtin(&self, toks: &[Tok], i: usize, b: Builtin, lex: &Lexicon) -> Option<(usize, Val)> {
        let t = toks.get(i)?;
        let digits = |lo: u32, hi: u32, nd: std::ops::RangeInclusive<u8>| {
            (t.kind == TKind::Num && nd.contains(&t.ndig) && t.num >= lo && t.num <= hi)
                .then_some((i + 1, Val::Int(t.num as i64)))
        };
        match b {
            Builtin::Year => {
                let r = digits(1000, 2199, 4..=4)?;
                // Not part of a larger number: 2,017 / 2015.5 / 10 2015 (phone numbers).
                if let Some(p) = i.checked_sub(1).and_then(|j| toks.get(j)) {
                    if t.glued && (p.is_punct(',') || p.is_punct('.')) {
                        if let Some(pp) = i.checked_sub(2).and_then(|j| toks.get(j)) {
                            if pp.kind == TKind::Num && p.glued {
                                return None;
                            }
                        }
                    }
                    // ...but "March 17 2003" is a date: the number before is a day after a
                    // month name (skipping an abbreviation's full stop).
                    let month_day = p.num <= 31
                        && i.checked_sub(2)
                            .and_then(|j| toks.get(j))
                            .and_then(|m| {
                                if m.is_punct('.') {
                                    i.checked_sub(3).and_then(|j| toks.get(j))
                                } else {
                                    Some(m)
                                }
                            })
                            .is_some_and(|m| {
                                m.kind == TKind::Word
                                    && [Class::Month, Class::GMonth, Class::Mon3]
                                        .iter()
                                        .any(|c| lex.sense(m.word, *c).is_some())
                            });
                    if p.kind == TKind::Num && p.ndig >= 2 && !t.nl && !month_day {
                        return None;
                    }
                    if t.glued && p.kind == TKind::Word {
                        return None;
                    }
                }
                if let Some(n) = toks.get(i + 1) {
                    if n.glued && (n.is_punct(',') || n.is_punct('.')) {
                        if let Some(nn) = toks.get(i + 2) {
                            if nn.kind == TKind::Num && nn.glued {
                                return None;
                            }
                        }
                    }
                    if n.kind == TKind::Num && !n.nl {
                        return None;
                    }
                    if n.glued && n.kind == TKind::Word && !n.is_word(self.w_s) {
                        return None;
                    }
                }
                Some(r)
            }
            Builtin::Yy => digits(0, 99, 2..=2),
            Builtin::Dd => digits(1, 31, 1..=2),
            Builtin::Mm => digits(1, 12, 1..=2),
            Builtin::Hh => digits(0, 24, 1..=2),
            Builtin::Min => digits(0, 59, 2..=2),
            Builtin::D1 => digits(1, 4, 1..=1),
            Builtin::Num => self.num(toks, i, lex),
            Builtin::Ord => self.ord(toks, i, lex, 1, 100),
            Builtin::Dom => self.ord_or_day(toks, i, lex),
            Builtin::Clock => self.clock(toks, i, lex),
            Builtin::YearW => self.year_words(toks, i, lex),
        }
    }

    /// A year spoken as words (broadcast transcripts): "nineteen ninety-six" (a teen
    /// hundred plus tens and units), and "two thousand [and five]" only right after "year"
    /// ("the year two thousand"), where it cannot be a count.
    fn year_words(&self, toks: &[Tok], i: usize, lex: &Lexicon) -> Option<(usize, Val)> {
        let t = toks.get(i)?;
        if t.kind != TKind::Word {
            return None;
        }
        let v = lex.sense(t.word, Class::NumW)?;
        if (11..=19).contains(&v) {
            let n = toks.get(i + 1).filter(|n| !n.nl && n.kind == TKind::Word)?;
            let tens = lex.sense(n.word, Class::Tens)?;
            let mut year = v * 100 + tens;
            let mut j = i + 2;
            if let (Some(d), Some(u)) = (toks.get(j), toks.get(j + 1)) {
                if d.is_punct('-') && d.glued && u.glued {
                    if let Some(x) = lex
                        .sense(u.word, Class::NumW)
                        .filter(|x| (1..10).contains(x))
                    {
                        year += x;
                        j += 2;
                    }
                }
            }
            return Some((j, Val::Int(year as i64)));
        }
        let after_year = i > 0 && toks[i - 1].is_word(self.w_year);
        if v == 2 && after_year {
            if let Some((j, Val::Num(Some(x)))) = self.num(toks, i, lex) {
                if (2000.0..2100.0).contains(&x) && x.fract() == 0.0 {
                    return Some((j, Val::Int(x as i64)));
                }
            }
        }
        None
    }

    /// Cardinals: digits (with decimals, "2 1/2"), number words, vague quantities.
    fn num(&self, toks: &[Tok], i: usize, lex: &Lexicon) -> Option<(usize, Val)> {
        let t = toks.get(i)?;
        if t.kind == TKind::Num {
            if t.num == u32::MAX || (t.ndig == 4 && (1800..=2100).contains(&t.num)) {
                return None;
            }
            let mut v = t.num as f64;
            let mut j = i + 1;
            // 1,000
            while let (Some(c), Some(d)) = (toks.get(j), toks.get(j + 1)) {
                if c.is_punct(',') && c.glued && d.glued && d.kind == TKind::Num && d.ndig == 3 {
                    v = v * 1000.0 + d.num as f64;
                    j += 2;
                } else {
                    break;
                }
            }
            // 2.5
            if let (Some(c), Some(d)) = (toks.get(j), toks.get(j + 1)) {
                if c.is_punct('.') && c.glued && d.glued && d.kind == TKind::Num && d.ndig <= 3 {
                    v += d.num as f64 / 10f64.powi(d.ndig as i32);
                    j += 2;
                }
            }
            // 2 1/2
            if let (Some(a), Some(s), Some(b)) = (toks.get(j), toks.get(j + 1), toks.get(j + 2)) {
                if a.kind == TKind::Num
                    && !a.glued
                    && s.is_punct('/')
                    && s.glued
                    && b.glued
                    && b.kind == TKind::Num
                    && b.num > a.num
                    && b.num <= 4
                {
                    v += a.num as f64 / b.num as f64;
                    j += 3;
                }
            }
            // Glued "-" and number word? no. Done.
            return Some((j, Val::Num(Some(v))));
        }
        if t.kind != TKind::Word || t.word == NO_WORD {
            return None;
        }
        let w = t.word;
        if w == self.w_a || w == self.w_an {
            // "a couple of", "a few", "a dozen", "a hundred", else "a" = 1
            if let Some(n) = toks.get(i + 1) {
                if n.is_word(self.w_couple) {
                    let j = if toks.get(i + 2).is_some_and(|x| x.is_word(self.w_of)) {
                        i + 3
                    } else {
                        i + 2
                    };
                    return Some((j, Val::Num(Some(2.0))));
                }
                if lex.sense(n.word, Class::Vague).is_some() && n.kind == TKind::Word {
                    return Some((i + 2, Val::Num(None)));
                }
                if n.is_word(self.w_dozen) {
                    return Some((i + 2, Val::Num(Some(12.0))));
                }
                if let Some(m) = lex
                    .sense(n.word, Class::Mult)
                    .filter(|_| n.kind == TKind::Word)
                {
                    return Some((i + 2, Val::Num(Some(m as f64))));
                }
                if n.is_word(self.w_number) && toks.get(i + 2).is_some_and(|x| x.is_word(self.w_of))
                {
                    return Some((i + 3, Val::Num(None)));
                }
            }
            return Some((i + 1, Val::Num(Some(1.0))));
        }
        if w == self.w_couple {
            let j = if toks.get(i + 1).is_some_and(|x| x.is_word(self.w_of)) {
                i + 2
            } else {
                i + 1
            };
            return Some((j, Val::Num(Some(2.0))));
        }
        if lex.sense(w, Class::Vague).is_some() {
            return Some((i + 1, Val::Num(None)));
        }
        // Number words: [tens [-] units] [hundred [and] ...] etc.
        let mut total = 0f64;
        let mut cur = 0f64;
        let mut j = i;
        let mut any = false;
        while let Some(x) = toks.get(j) {
            if j > i && x.nl {
                break;
            }
            if x.kind == TKind::Punct && x.ch == '-' && x.glued && any {
                // twenty-four
                if let Some(y) = toks.get(j + 1) {
                    if y.glued && lex.sense(y.word, Class::NumW).is_some_and(|v| v < 10) {
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            if x.kind != TKind::Word {
                break;
            }
            if let Some(v) = lex.sense(x.word, Class::NumW) {
                if x.is_word(self.w_dozen) && any {
                    cur *= 12.0;
                } else if cur % 10.0 == 0.0 && (cur == 0.0 || (cur >= 20.0 && v < 10)) {
                    cur += v as f64;
                } else {
                    break;
                }
                any = true;
                j += 1;
                continue;
            }
            if let Some(v) = lex.sense(x.word, Class::Tens) {
                if cur == 0.0 || cur >= 100.0 {
                    cur += v as f64;
                    any = true;
                    j += 1;
                    continue;
                }
                break;
            }
            if let Some(m) = lex.sense(x.word, Class::Mult) {
                if !any {
                    break;
                }
                if m == 100 {
                    cur *= 100.0;
                } else {
                    total += cur * m as f64;
                    cur = 0.0;
                }
                j += 1;
                // "hundred and five"
                if toks.get(j).is_some_and(|t| t.is_word(self.w_and))
                    && toks
                        .get(j + 1)
                        .is_some_and(|t| lex.sense(t.word, Class::NumW).is_some())
                {
                    j += 1;
                }
                continue;
            }
            break;
        }
        if !any {
            return None;
        }
        Some((j, Val::Num(Some(total + cur))))
    }

    /// Ordinals: 3rd, third, twenty-first.
    fn ord(&self, toks: &[Tok], i: usize, lex: &Lexicon, lo: i64, hi: i64) -> Option<(usize, Val)> {
        let t = toks.get(i)?;
        if t.kind == TKind::Num {
            if t.ndig > 3 {
                return None;
            }
            let n = toks.get(i + 1)?;
            if n.glued && [self.w_st, self.w_nd, self.w_rd, self.w_th].contains(&n.word) {
                let v = t.num as i64;
                return (lo..=hi).contains(&v).then_some((i + 2, Val::Int(v)));
            }
            return None;
        }
        if let Some(v) = lex.sense(t.word, Class::OrdW) {
            return Some((i + 1, Val::Int(v as i64)));
        }
        if let Some(tens) = lex.sense(t.word, Class::OrdTens) {
            // twenty-first / twenty first
            let mut j = i + 1;
            if toks.get(j).is_some_and(|x| x.is_punct('-') && x.glued) {
                j += 1;
            }
            if let Some(u) = toks.get(j).and_then(|x| lex.sense(x.word, Class::OrdW)) {
                if u < 10 {
                    return Some((j + 1, Val::Int((tens + u) as i64)));
                }
            }
        }
        None
    }

    /// Day of month: 12, 12th, twelfth.
    fn ord_or_day(&self, toks: &[Tok], i: usize, lex: &Lexicon) -> Option<(usize, Val)> {
        let t = toks.get(i)?;
        if t.kind == TKind::Num {
            if let Some(r) = self.ord(toks, i, lex, 1, 31) {
                return Some(r);
            }
            return (t.ndig <= 2 && (1..=31).contains(&t.num))
                .then_some((i + 1, Val::Int(t.num as i64)));
        }
        self.ord(toks, i, lex, 1, 31)
    }

    /// Clock times: 10:35, 11am, 11 a.m., 11.30pm, 12 noon, noon, midnight, 5 o'clock,
    /// each with an optional zone (kept out of the value).
    fn clock(&self, toks: &[Tok], i: usize, lex: &Lexicon) -> Option<(usize, Val)> {
        let t = toks.get(i)?;
        let zone = |j: usize| -> usize {
            match toks.get(j) {
                Some(z)
                    if !z.nl
                        && z.kind == TKind::Word
                        && lex.sense(z.word, Class::Zone).is_some() =>
                {
                    j + 1
                }
                _ => j,
            }
        };
        if t.kind == TKind::Word {
            if t.is_word(self.w_noon) || t.is_word(self.w_midday) {
                return Some((zone(i + 1), Val::Clock(12, 0)));
            }
            if t.is_word(self.w_midnight) {
                return Some((zone(i + 1), Val::Clock(24, 0)));
            }
            return None;
        }
        if t.kind != TKind::Num || t.ndig > 2 || t.num > 24 {
            return None;
        }
        let h = t.num as u8;
        let mut j = i + 1;
        let mut m = 0u8;
        let mut had_min = false;
        let mut sep_dot = false;
        if let (Some(c), Some(d)) = (toks.get(j), toks.get(j + 1)) {
            if (c.is_punct(':') || c.is_punct('.'))
                && c.glued
                && d.glued
                && d.kind == TKind::Num
                && d.ndig == 2
                && d.num < 60
            {
                m = d.num as u8;
                had_min = true;
                sep_dot = c.is_punct('.');
                j += 2;
            }
        }
        // am / pm
        let mut pm: Option<bool> = None;
        if let Some(x) = toks.get(j) {
            if !x.nl && x.kind == TKind::Word {
                if let Some(v) = lex.sense(x.word, Class::AmPm) {
                    pm = Some(v == 12);
                    j += 1;
                    // "p.m" written with dots after a bare p/a? handled below
                } else if (x.is_word(self.w_a_m) || x.is_word(self.w_p_m))
                    && toks.get(j + 1).is_some_and(|d| d.is_punct('.') && d.glued)
                    && toks
                        .get(j + 2)
                        .is_some_and(|d| d.is_word(self.w_m) && d.glued)
                {
                    pm = Some(x.is_word(self.w_p_m));
                    j += 3;
                    // Trailing dot: keep it unless it ends the sentence ("5 p.m. EST" keeps it).
                    if let Some(d) = toks.get(j) {
                        if d.is_punct('.') && d.glued {
                            let next_zone = toks
                                .get(j + 1)
                                .is_some_and(|n| !n.nl && lex.sense(n.word, Class::Zone).is_some());
                            let ends = toks.get(j + 1).is_none_or(|n| n.cap || n.nl);
                            if next_zone || !ends {
                                j += 1;
                            }
                        }
                    }
                }
            }
        }
        if pm.is_none() && !had_min {
            // 12 noon / 12 midnight / 5 o'clock
            if let Some(x) = toks.get(j) {
                if h == 12 && x.is_word(self.w_noon) {
                    return Some((zone(j + 1), Val::Clock(12, 0)));
                }
                if h == 12 && x.is_word(self.w_midnight) {
                    return Some((zone(j + 1), Val::Clock(24, 0)));
                }
                if x.is_word(self.w_o)
                    && toks
                        .get(j + 1)
                        .is_some_and(|a| (a.is_punct('\'') || a.is_punct('’')) && a.glued)
                    && toks
                        .get(j + 2)
                        .is_some_and(|c| c.is_word(self.w_clock) && c.glued)
                    && (1..=12).contains(&h)
                {
                    return Some((zone(j + 3), Val::Clock(h, 0)));
                }
            }
            return None;
        }
        if pm.is_none() && sep_dot {
            // 11.30 with no am/pm is a decimal, not a time
            return None;
        }
        let mut hh = h;
        match pm {
            Some(true) => {
                if !(1..=12).contains(&h) {
                    return None;
                }
                if h < 12 {
                    hh = h + 12;
                }
            }
            Some(false) => {
                if !(1..=12).contains(&h) {
                    return None;
                }
                if h == 12 {
                    hh = 0;
                }
            }
            None => {
                if h > 24 {
                    return None;
                }
            }
        }
        Some((zone(j), Val::Clock(hh, m)))
    }
}

fn parse_rule(line: &str, lex: &mut Lexicon) -> Result<Rule, String> {
    let (pat, act) = line.split_once("=>").ok_or("missing =>")?;
    let mut elems: Vec<Elem> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for tok in pat.split_whitespace() {
        let mut e = parse_elem(tok, lex)?;
        if !e.ctx {
            let name = if let Some((_, nm)) = tok.rsplit_once(':').filter(|(a, b)| {
                !a.is_empty() && !b.is_empty() && b.chars().all(|c| c.is_ascii_alphanumeric())
            }) {
                Some(nm.trim_end_matches('?').to_string())
            } else {
                match e.alts.first().map(|x| &x.0) {
                    Some(Alt::Class(c)) => Some(c.name().to_string()),
                    Some(Alt::Builtin(b)) => Some(b.name().to_string()),
                    _ => None,
                }
            };
            if let Some(name) = name {
                if !names.contains(&name) {
                    if names.len() >= MAX_SLOTS {
                        return Err("too many captures".into());
                    }
                    names.push(name.clone());
                }
                e.slot = names.iter().position(|x| *x == name);
            }
        }
        elems.push(e);
    }
    let first_body = elems.iter().position(|e| !e.ctx).ok_or("no body")?;
    let last_body = elems.iter().rposition(|e| !e.ctx).ok_or("no body")?;
    if elems[first_body..=last_body].iter().any(|e| e.ctx) {
        return Err("context elements only at the ends".into());
    }
    let trail = elems.split_off(last_body + 1);
    let body = elems.split_off(first_body);
    let lead = elems;
    let mut it = act.split_whitespace();
    let kind = match it.next() {
        Some("DATE") => Some(floorcross_model::TimexType::Date),
        Some("TIME") => Some(floorcross_model::TimexType::Time),
        Some("DURATION") => Some(floorcross_model::TimexType::Duration),
        Some("SET") => Some(floorcross_model::TimexType::Set),
        Some("NONE") => None,
        other => return Err(format!("bad type {other:?}")),
    };
    let mut fields = Vec::new();
    for f in it {
        let (k, v) = f.split_once('=').ok_or_else(|| format!("bad field {f}"))?;
        let src = if let Some(nm) = v.strip_prefix("-$") {
            Src::Neg(
                names
                    .iter()
                    .position(|x| x == nm)
                    .ok_or_else(|| format!("unknown capture {nm}"))?,
            )
        } else if let Some(nm) = v.strip_prefix('$') {
            Src::Cap(
                names
                    .iter()
                    .position(|x| x == nm)
                    .ok_or_else(|| format!("unknown capture {nm}"))?,
            )
        } else if let Ok(i) = v.parse::<i64>() {
            Src::Int(i)
        } else {
            Src::Sym(v.to_string())
        };
        fields.push((k.to_string(), src));
    }
    let decade = fields.iter().any(|(f, _)| f == "decade");
    Ok(Rule {
        lead,
        body,
        trail,
        kind,
        decade,
        fields,
        names,
        reqs: Vec::new(),
    })
}

fn parse_elem(tok: &str, lex: &mut Lexicon) -> Result<Elem, String> {
    let mut e = Elem {
        alts: Vec::new(),
        optional: false,
        glued: false,
        ctx: false,
        negated: false,
        slot: None,
    };
    if let Some(inner) = tok.strip_prefix('[') {
        let inner = inner.strip_suffix(']').ok_or("unclosed [")?;
        e.ctx = true;
        let inner = if let Some(x) = inner.strip_prefix('!') {
            e.negated = true;
            x
        } else {
            inner
        };
        for a in split_alts(inner) {
            let (g, a) = match a.strip_prefix('~') {
                Some(x) if !x.is_empty() => (true, x),
                _ => (false, a),
            };
            for alt in parse_alt(a, lex)? {
                e.alts.push((alt, g));
            }
        }
        return Ok(e);
    }
    let mut s = tok;
    if let Some(x) = s.strip_prefix('~') {
        if !x.is_empty() {
            e.glued = true;
            s = x;
        }
    }
    if s.len() > 1 {
        if let Some(x) = s.strip_suffix('?') {
            e.optional = true;
            s = x;
        }
    }
    if let Some((a, b)) = s.rsplit_once(':') {
        if !a.is_empty() && !b.is_empty() && b.chars().all(|c| c.is_ascii_alphanumeric()) {
            s = a;
        }
    }
    for a in split_alts(s) {
        for alt in parse_alt(a, lex)? {
            e.alts.push((alt, false));
        }
    }
    if e.alts.is_empty() {
        return Err(format!("empty element {tok}"));
    }
    Ok(e)
}

fn parse_alt(a: &str, lex: &mut Lexicon) -> Result<Vec<Alt>, String> {
    if let Some(inner) = a.strip_prefix('<').and_then(|x| x.strip_suffix('>')) {
        return inner
            .split('|')
            .map(|c| {
                Class::parse(c)
                    .map(Alt::Class)
                    .ok_or(format!("unknown class {c}"))
            })
            .collect();
    }
    if let Some(b) = Builtin::parse(a) {
        return Ok(vec![Alt::Builtin(b)]);
    }
    if a == "^" {
        return Ok(vec![Alt::Cap]);
    }
    if a == "#" {
        return Ok(vec![Alt::AnyNum]);
    }
    if a.chars().all(|c| c.is_ascii_alphabetic()) {
        return Ok(vec![Alt::Word(lex.intern(&a.to_ascii_lowercase())?)]);
    }
    let mut cs = a.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) if !c.is_alphanumeric() => Ok(vec![Alt::Punct(c)]),
        _ => Err(format!("bad atom {a:?}")),
    }
}
