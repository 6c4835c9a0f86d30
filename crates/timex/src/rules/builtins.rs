//! The built-in recognisers a rule names with `#` or `$`: digit shapes (years, days,
//! months, hours, minutes), cardinals in digits or words, ordinals, days of the month,
//! clock times and years in words.

use super::{Builtin, RuleSet, Val};
use crate::lexicon::{Class, Lexicon, NO_WORD};
use crate::token::{TKind, Tok};

impl RuleSet {
    pub(super) fn builtin(
        &self,
        toks: &[Tok],
        i: usize,
        b: Builtin,
        lex: &Lexicon,
    ) -> Option<(usize, Val)> {
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
