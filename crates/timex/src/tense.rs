//! The tense of the clause around an expression: a deadline word right before it
//! ("until", "by", "as soon as", "since"), else the nearest cue word in its sentence (a
//! future or past verb, an "-ed" form, a participle after "be").

use crate::lexicon::{Class, NO_WORD};
use crate::resolve::Tense;
use crate::scan::{snap_left, snap_right};
use crate::token::{self, TKind, Tok};
use crate::Tagger;

/// Bytes either side of an expression tokenized for tense cues: room for the 14 tokens the
/// cue search walks each way (160 gave the same values on tbaq and bbc-politics, at 2.5%
/// more work).
const TENSE_REACH: usize = 110;

/// Word ids the tense heuristics look for.
#[derive(Debug)]
pub(crate) struct TenseWords {
    /// Before a day or month: it is the next one ("until Tuesday", "by February").
    pub(crate) deadline: Vec<u32>,
    /// "as early as", "as soon as" (the middle word).
    pub(crate) as_: u32,
    pub(crate) early_soon: Vec<u32>,
    /// "is to resume": a scheduled future.
    pub(crate) is_are: Vec<u32>,
    /// Words after which an "-ed" form is an adjective ("a still unspecified date").
    pub(crate) adj_before: Vec<u32>,
    /// "by Tuesday's vote": possessive, not a deadline.
    pub(crate) s: u32,
    /// "by February", "through January": forward unless the clause is past.
    pub(crate) soft_deadline: Vec<u32>,
    /// "up until Thursday": looking back.
    pub(crate) up: u32,
    /// "since Oct. 23": looking back.
    pub(crate) since: u32,
    /// "had (been) scheduled to": a past plan.
    pub(crate) had: u32,
    pub(crate) been: u32,
    /// Present forms of "be": a participle after them is a passive, not a past tense ("when
    /// the case is heard in May").
    pub(crate) be_present: Vec<u32>,
    /// Reporting verbs: after a comma they attribute, and give no tense.
    pub(crate) reporting: Vec<u32>,
    /// Determiners: "planned a rally", and never a verb after "to" ("agreed to a deal").
    pub(crate) det: Vec<u32>,
}

impl Tagger {
    /// The tense of the clause around bytes `bs..be`: the nearest tense cue to the left
    /// within the sentence, else to the right.
    /// `weekday`: the expression is a bare day of the week, which in news dates the reported
    /// act itself ("voted to support the plan Friday"), not what an infinitive plans.
    pub(crate) fn tense(&self, text: &str, bs: usize, be: usize, weekday: bool) -> Tense {
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
                // ("will formally quit": past an adverb to the "will")
                let b = past_ly_adverbs(toks, j, text);
                let after_fut = b > 0
                    && toks[b - 1].word != NO_WORD
                    && self
                        .lex
                        .senses(toks[b - 1].word)
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
        let j = past_ly_adverbs(toks, j, text);
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
}

/// Token `j` moved left past the "-ly" adverbs right before it ("formally", "officially"),
/// stopping at the second token of the window.
fn past_ly_adverbs(toks: &[Tok], mut j: usize, text: &str) -> usize {
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
    j
}
