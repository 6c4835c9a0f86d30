//! Where the time expressions in a text are: the trigger scan and the windows around it,
//! the longest rule match at each token, blocked names, modifiers kept inside an extent,
//! clock times joined to their day, and capitalised titles that are no time expression.

use floorcross_model::TimexType;

use crate::lexicon::{Class, NO_WORD};
use crate::resolve::{self, Sem};
use crate::rules::{Alt, Hit};
use crate::token::{self, TKind, Tok};
use crate::Tagger;

/// Tokens a rule can span, for the pre-check.
const NEAR: usize = 10;
/// Bytes of context the trigger scan takes around each trigger.
const WINDOW_LEFT: usize = 48;
const WINDOW_RIGHT: usize = 48;

impl Tagger {
    /// The expressions found in `text[s..e]` (`s < e`, both on char boundaries), in order:
    /// byte extents and meanings, not yet resolved.
    pub(crate) fn scan(&self, text: &str, s: usize, e: usize) -> Vec<(usize, usize, Sem)> {
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
        items
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
}

/// Moves `p` (not below `lo`) back to the start of a word: just after whitespace.
pub(crate) fn snap_left(text: &str, lo: usize, p: usize) -> usize {
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
pub(crate) fn snap_right(text: &str, hi: usize, p: usize) -> usize {
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
