//! Which rules can start at a token: the first-token index (by word, class, number shape
//! and punctuation) and the token bits behind each rule's quick pre-check.

use std::collections::HashMap;

use super::{Alt, Builtin, RuleSet};
use crate::lexicon::{Class, Lexicon, NO_WORD};
use crate::token::{TKind, Tok};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Key {
    Word(u32),
    Class(Class),
    /// A 4-digit number.
    Num4,
    /// Any other digit run.
    NumS,
    Punct(char),
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

impl RuleSet {
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

    pub(super) fn build_index(&mut self, lex: &Lexicon) {
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
}
