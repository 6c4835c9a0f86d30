//! Matching one rule at a token: its leading and trailing context, and the longest extent
//! its body covers, with the values it captures.

use super::{Alt, Builtin, Hit, Rule, RuleSet, Val, MAX_SLOTS};
use crate::lexicon::{Class, Lexicon};
use crate::token::{TKind, Tok};

impl RuleSet {
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
}
