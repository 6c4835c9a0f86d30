//! Values in document order: each expression resolved against the narrative anchor the
//! ones before it set, and against the quarter a financial report is about ("the quarter",
//! "a year earlier", "the quarter ended July 31").

use floorcross_model::{Date, Timex, TimexType};

use crate::resolve::{self, Anchor, Ctx, Sem, Tense};
use crate::Tagger;

/// How far back (bytes) a named quarter sets the granularity of "a year earlier".
const QUARTER_REACH: usize = 1500;

impl Tagger {
    /// Resolves the expressions found (byte extents and meanings, in order) into values,
    /// carrying the narrative anchor and the quarters named from one to the next.
    pub(crate) fn finish(
        &self,
        text: &str,
        items: Vec<(usize, usize, Sem)>,
        dct: Option<Date>,
    ) -> Vec<Timex> {
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
