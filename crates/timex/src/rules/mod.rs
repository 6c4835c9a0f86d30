//! The rule language: token patterns parsed from `rules.txt`, indexed by the tokens they
//! can start on, and matched (with the built-in number, ordinal, day-of-month and
//! clock-time recognisers). This module holds the compiled forms; `parse` reads them,
//! `index` says which rules can start at a token, `matcher` matches one rule, and
//! `builtins` recognises the numbers and times a rule names with `#` or `$`.

mod builtins;
mod index;
mod matcher;
mod parse;

use std::collections::HashMap;

use crate::lexicon::Class;

use index::Key;

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
    /// Matches digit tokens only (which are always triggers).
    pub fn digits_only(self) -> bool {
        !matches!(
            self,
            Builtin::Num | Builtin::Ord | Builtin::Dom | Builtin::YearW
        )
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

/// A match: token range of the extent, rule index, captures.
#[derive(Clone, Debug)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub rule: usize,
    pub caps: [Val; MAX_SLOTS],
}

pub const MAX_SLOTS: usize = 8;
