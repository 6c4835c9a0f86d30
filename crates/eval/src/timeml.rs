//! TimeML reading and TempEval-3 Task A scoring (TIMEX3 extents and values).
//!
//! Reading follows the conventions of the project's reference scorer
//! (`shared/peers/te3_eval.py`) exactly, so that offsets and counts agree: the DCT is the
//! first TIMEX3 with `functionInDocument="CREATION_TIME"`; the text is the inner text of
//! `<TEXT>` with every tag removed, XML entities decoded and the leading newline kept; gold
//! timexes are the non-empty TIMEX3 elements inside it, trimmed of surrounding whitespace.
//! Offsets are in characters (Unicode scalar values), as Python's `str` counts them.
//!
//! Main types: [`TmlDoc`], [`GoldTimex`], [`Pred`], [`Counts`] and [`Summary`].
//!
//! ```
//! use floorcross_eval::timeml::{parse_tml, score_doc, Pred, Summary};
//! let raw = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22</TIMEX3></DCT>
//! <TEXT>
//! It rained on <TIMEX3 tid="t1" type="DATE" value="2013-03-20">Wednesday</TIMEX3>.</TEXT></TimeML>"#;
//! let doc = parse_tml("x", raw).unwrap();
//! assert_eq!(doc.dct.as_deref(), Some("2013-03-22"));
//! assert_eq!(doc.gold[0].text, "Wednesday");
//! let preds = [Pred { start: doc.gold[0].start, end: doc.gold[0].end, value: "2013-03-20".into() }];
//! let (c, _) = score_doc(&doc, &preds);
//! assert_eq!(Summary::from_counts(&c).value_f1, 1.0);
//! ```

use std::path::Path;

use regex::Regex;

/// One gold TIMEX3 (character offsets into [`TmlDoc::text`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub tid: Option<String>,
    pub kind: Option<String>,
    pub value: Option<String>,
    pub r#mod: Option<String>,
}

/// A TimeML document as the scorer sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TmlDoc {
    /// File stem.
    pub doc: String,
    /// The DCT's value attribute.
    pub dct: Option<String>,
    pub text: String,
    pub gold: Vec<GoldTimex>,
}

impl TmlDoc {
    /// The first ten characters of the DCT value (`YYYY-MM-DD`), if any.
    pub fn date(&self) -> Option<&str> {
        self.dct
            .as_deref()
            .and_then(|d| d.get(..10))
            .filter(|d| !d.is_empty())
    }
}

/// A predicted timex: character offsets and value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pred {
    pub start: usize,
    pub end: usize,
    pub value: String,
}

fn attr_re() -> &'static Regex {
    static R: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    R.get_or_init(|| Regex::new(r#"([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)""#).expect("regex"))
}

fn attrs(tag: &str) -> Vec<(String, String)> {
    attr_re()
        .captures_iter(tag)
        .map(|c| (c[1].to_string(), unescape(&c[2])))
        .collect()
}

fn attr(a: &[(String, String)], k: &str) -> Option<String> {
    a.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
}

/// Decodes the XML/HTML entities TimeML files use (`&amp;`, `&lt;`, numeric ones…);
/// unknown entities stay as written.
pub fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let semi = tail[1..].find(';').map(|j| j + 1);
        let decoded = semi.and_then(|j| {
            let name = &tail[1..j];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    if let Some(h) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                        u32::from_str_radix(h, 16).ok().and_then(char::from_u32)
                    } else if let Some(d) = name.strip_prefix('#') {
                        d.parse::<u32>().ok().and_then(char::from_u32)
                    } else {
                        None
                    }
                }
            };
            c.map(|c| (c, j + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &tail[len..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Reads one `.tml` file.
pub fn read_tml(path: &Path) -> Result<TmlDoc, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    parse_tml(&stem, &raw).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses TimeML source text.
pub fn parse_tml(doc: &str, raw: &str) -> Result<TmlDoc, String> {
    static OPEN: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    static TEXT: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    static TOKEN: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    static NAME: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let open = OPEN.get_or_init(|| Regex::new(r"<TIMEX3\b[^>]*>").expect("regex"));
    let textre = TEXT.get_or_init(|| Regex::new(r"(?s)<TEXT\b[^>]*>(.*?)</TEXT>").expect("regex"));
    let token = TOKEN.get_or_init(|| {
        Regex::new(r"(?s)<!--.*?-->|<[^>]+>|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);|[^<&]+|&")
            .expect("regex")
    });
    let namere = NAME.get_or_init(|| Regex::new(r"^</?\s*([A-Za-z0-9_:]+)").expect("regex"));
    let mut dct = None;
    for m in open.find_iter(raw) {
        let a = attrs(m.as_str());
        if attr(&a, "functionInDocument").as_deref() == Some("CREATION_TIME") {
            dct = attr(&a, "value");
            break;
        }
    }
    let inner = textre
        .captures(raw)
        .and_then(|c| c.get(1))
        .ok_or("no <TEXT> element")?
        .as_str();
    let mut text = String::new();
    let mut pos = 0usize; // in chars
    let mut open_tx: Option<GoldTimex> = None;
    let mut raw_gold = Vec::new();
    for tok in token.find_iter(inner) {
        let t = tok.as_str();
        if t.starts_with("<!--") {
            continue;
        }
        if t.starts_with('<') {
            let name = namere
                .captures(t)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str())
                .unwrap_or("");
            if name == "TIMEX3" {
                if t.starts_with("</") {
                    if let Some(mut g) = open_tx.take() {
                        g.end = pos;
                        raw_gold.push(g);
                    }
                } else if t.ends_with("/>") {
                    // non-consuming timex: no text, not scored
                } else {
                    let a = attrs(t);
                    open_tx = Some(GoldTimex {
                        start: pos,
                        end: pos,
                        text: String::new(),
                        tid: attr(&a, "tid"),
                        kind: attr(&a, "type"),
                        value: attr(&a, "value"),
                        r#mod: attr(&a, "mod"),
                    });
                }
            }
            continue;
        }
        let piece = if t.starts_with('&') {
            unescape(t)
        } else {
            t.to_string()
        };
        pos += piece.chars().count();
        text.push_str(&piece);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut gold = Vec::new();
    for mut g in raw_gold {
        let (s, e) = clean_span_chars(&chars, g.start, g.end);
        if e > s {
            g.start = s;
            g.end = e;
            g.text = chars[s..e].iter().collect();
            gold.push(g);
        }
    }
    Ok(TmlDoc {
        doc: doc.to_string(),
        dct,
        text,
        gold,
    })
}

/// Python's `str.isspace` for the characters that matter here.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1c}'..='\u{1f}')
}

fn clean_span_chars(chars: &[char], s: usize, e: usize) -> (usize, usize) {
    let mut s = s.min(chars.len());
    let mut e = e.min(chars.len());
    while s < e && is_space(chars[s]) {
        s += 1;
    }
    while e > s && is_space(chars[e - 1]) {
        e -= 1;
    }
    (s, e)
}

/// Byte offset in `text` → character offset.
pub fn char_offset(text: &str, byte: usize) -> usize {
    let b = byte.min(text.len());
    let mut b2 = b;
    while b2 > 0 && !text.is_char_boundary(b2) {
        b2 -= 1;
    }
    text[..b2].chars().count()
}

/// Micro-averaged counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub pred: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub value: usize,
    pub value_lenient: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value += o.value;
        self.value_lenient += o.value_lenient;
    }
}

/// TempEval-3 Task A measures (fractions, not percent).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Summary {
    pub counts: Counts,
    pub strict_p: f64,
    pub strict_r: f64,
    pub strict_f1: f64,
    pub relaxed_p: f64,
    pub relaxed_r: f64,
    pub relaxed_f1: f64,
    pub value_accuracy: f64,
    pub value_f1: f64,
    pub value_f1_lenient: f64,
}

fn prf(m: usize, n_pred: usize, n_gold: usize) -> (f64, f64, f64) {
    let p = if n_pred > 0 {
        m as f64 / n_pred as f64
    } else {
        0.0
    };
    let r = if n_gold > 0 {
        m as f64 / n_gold as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

impl Summary {
    pub fn from_counts(c: &Counts) -> Summary {
        let (sp, sr, sf) = prf(c.strict, c.pred, c.gold);
        let (rp, rr, rf) = prf(c.relaxed, c.pred, c.gold);
        let acc = if c.relaxed > 0 {
            c.value as f64 / c.relaxed as f64
        } else {
            0.0
        };
        let accl = if c.relaxed > 0 {
            c.value_lenient as f64 / c.relaxed as f64
        } else {
            0.0
        };
        Summary {
            counts: *c,
            strict_p: sp,
            strict_r: sr,
            strict_f1: sf,
            relaxed_p: rp,
            relaxed_r: rr,
            relaxed_f1: rf,
            value_accuracy: acc,
            value_f1: acc * rf,
            value_f1_lenient: accl * rf,
        }
    }

    /// The scorer's table header.
    pub fn header() -> String {
        let h = format!(
            "{:<22} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} | {:>6}",
            "system",
            "gold",
            "pred",
            "strP",
            "strR",
            "strF1",
            "relP",
            "relR",
            "relF1",
            "valAcc",
            "valF1",
            "valF1~"
        );
        format!("{h}\n{}", "-".repeat(h.len()))
    }

    /// One table row, in percent, as `te3_eval.py` prints it.
    pub fn row(&self, name: &str) -> String {
        format!(
            "{:<22} {:>5} {:>5} | {:>6.2} {:>6.2} {:>6.2} | {:>6.2} {:>6.2} {:>6.2} | {:>6.2} {:>6.2} | {:>6.2}",
            name,
            self.counts.gold,
            self.counts.pred,
            100.0 * self.strict_p,
            100.0 * self.strict_r,
            100.0 * self.strict_f1,
            100.0 * self.relaxed_p,
            100.0 * self.relaxed_r,
            100.0 * self.relaxed_f1,
            100.0 * self.value_accuracy,
            100.0 * self.value_f1,
            100.0 * self.value_f1_lenient
        )
    }
}

/// `T20:00` → `T20`, as the scorer's lenient value comparison does.
pub fn lenient_value(v: &str) -> String {
    let v = v.trim();
    let b = v.as_bytes();
    let is_d = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    // (T\d\d:\d\d):00$
    let n = b.len();
    let mut v = v.to_string();
    if n >= 9
        && b[n - 9] == b'T'
        && is_d(n - 8)
        && is_d(n - 7)
        && b[n - 6] == b':'
        && is_d(n - 5)
        && is_d(n - 4)
        && &v[n - 3..] == ":00"
    {
        v.truncate(n - 3);
    }
    let b = v.as_bytes();
    let n = b.len();
    let is_d = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if n >= 6 && b[n - 6] == b'T' && is_d(n - 5) && is_d(n - 4) && &v[n - 3..] == ":00" {
        v.truncate(n - 3);
    }
    v
}

/// One error line, in the scorer's format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// Matched, but the extent or the value differs.
    Mismatch {
        gold_text: String,
        gold_value: String,
        pred_text: String,
        pred_value: String,
        strict: bool,
    },
    Missed {
        text: String,
        value: String,
    },
    Spurious {
        text: String,
        value: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorLine {
    pub doc: String,
    pub kind: ErrorKind,
}

fn py_repr(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{s}\"")
    } else {
        format!("'{}'", s.replace('\'', "\\'"))
    }
}

impl std::fmt::Display for ErrorLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            ErrorKind::Mismatch {
                gold_text,
                gold_value,
                pred_text,
                pred_value,
                ..
            } => write!(
                f,
                "{}  gold {:<28} {:<16}  pred {:<28} {}",
                self.doc,
                py_repr(gold_text),
                gold_value,
                py_repr(pred_text),
                pred_value
            ),
            ErrorKind::Missed { text, value } => {
                write!(f, "{}  MISSED {:<28} {}", self.doc, py_repr(text), value)
            }
            ErrorKind::Spurious { text, value } => {
                write!(f, "{}  SPURIOUS {:<26} {}", self.doc, py_repr(text), value)
            }
        }
    }
}

/// Scores one document: one-to-one alignment (identical spans first, then by decreasing
/// overlap, ties by gold then prediction order), as `te3_eval.py` does.
pub fn score_doc(doc: &TmlDoc, preds: &[Pred]) -> (Counts, Vec<ErrorLine>) {
    let chars: Vec<char> = doc.text.chars().collect();
    let mut pred: Vec<(usize, usize, &str, String)> = Vec::new();
    for p in preds {
        let (s, e) = clean_span_chars(&chars, p.start, p.end);
        if e > s {
            pred.push((s, e, p.value.as_str(), chars[s..e].iter().collect()));
        }
    }
    let gold = &doc.gold;
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let ov = g.end.min(p.1) as i64 - g.start.max(p.0) as i64;
            if ov > 0 {
                let exact = g.start == p.0 && g.end == p.1;
                pairs.push((if exact { 0 } else { 1 }, -ov, gi, pi, exact));
            }
        }
    }
    pairs.sort();
    let mut used_g = vec![false; gold.len()];
    let mut used_p = vec![false; pred.len()];
    let mut al = Vec::new();
    for (_, _, gi, pi, exact) in pairs {
        if used_g[gi] || used_p[pi] {
            continue;
        }
        used_g[gi] = true;
        used_p[pi] = true;
        al.push((gi, pi, exact));
    }
    let gv = |gi: usize| gold[gi].value.clone().unwrap_or_default();
    let mut c = Counts {
        gold: gold.len(),
        pred: pred.len(),
        relaxed: al.len(),
        ..Counts::default()
    };
    let mut errs = Vec::new();
    for &(gi, pi, exact) in &al {
        if exact {
            c.strict += 1;
        }
        let (pv, g) = (pred[pi].2, gv(gi));
        if pv == g {
            c.value += 1;
        }
        if lenient_value(pv) == lenient_value(&g) {
            c.value_lenient += 1;
        }
        if pv != g || !exact {
            errs.push(ErrorLine {
                doc: doc.doc.clone(),
                kind: ErrorKind::Mismatch {
                    gold_text: gold[gi].text.clone(),
                    gold_value: g,
                    pred_text: pred[pi].3.clone(),
                    pred_value: pv.to_string(),
                    strict: exact,
                },
            });
        }
    }
    for (gi, x) in gold.iter().enumerate() {
        if !used_g[gi] {
            errs.push(ErrorLine {
                doc: doc.doc.clone(),
                kind: ErrorKind::Missed {
                    text: x.text.clone(),
                    value: x.value.clone().unwrap_or_default(),
                },
            });
        }
    }
    for (pi, x) in pred.iter().enumerate() {
        if !used_p[pi] {
            errs.push(ErrorLine {
                doc: doc.doc.clone(),
                kind: ErrorKind::Spurious {
                    text: x.3.clone(),
                    value: x.2.to_string(),
                },
            });
        }
    }
    (c, errs)
}

/// All `.tml` files under `dir` (recursively), sorted; a file path is returned as is.
pub fn tml_files(path: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    fn walk(p: &Path, out: &mut Vec<std::path::PathBuf>) {
        if p.is_dir() {
            if let Ok(rd) = std::fs::read_dir(p) {
                let mut v: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
                v.sort();
                for x in v {
                    walk(&x, out);
                }
            }
        } else if p.extension().is_some_and(|e| e == "tml") {
            out.push(p.to_path_buf());
        }
    }
    if path.is_file() {
        out.push(path.to_path_buf());
    } else {
        walk(path, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" functionInDocument=\"CREATION_TIME\">1998-08-07</TIMEX3></DCT>\n<TEXT>\nA &amp; B <EVENT eid=\"e1\">met</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\"> Friday </TIMEX3> and <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2D\">two days</TIMEX3> later.<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"X\"/>\n</TEXT></TimeML>";

    #[test]
    fn reads_text_and_gold_like_the_scorer() {
        let d = parse_tml("d", DOC).unwrap();
        assert_eq!(d.dct.as_deref(), Some("1998-08-07"));
        assert_eq!(d.date(), Some("1998-08-07"));
        assert_eq!(d.text, "\nA & B met  Friday  and two days later.\n");
        assert_eq!(d.gold.len(), 2);
        assert_eq!(d.gold[0].text, "Friday");
        assert_eq!((d.gold[0].start, d.gold[0].end), (12, 18));
    }

    #[test]
    fn gold_scores_perfectly_and_perturbations_count() {
        let d = parse_tml("d", DOC).unwrap();
        let perfect: Vec<Pred> = d
            .gold
            .iter()
            .map(|g| Pred {
                start: g.start,
                end: g.end,
                value: g.value.clone().unwrap(),
            })
            .collect();
        let s = Summary::from_counts(&score_doc(&d, &perfect).0);
        assert_eq!((s.strict_f1, s.relaxed_f1, s.value_f1), (1.0, 1.0, 1.0));
        // wider first span with a wrong value, second missed, one spurious
        let preds = vec![
            Pred {
                start: 8,
                end: 18,
                value: "1998-08-08".into(),
            },
            Pred {
                start: 0,
                end: 2,
                value: "PXD".into(),
            },
        ];
        let (c, errs) = score_doc(&d, &preds);
        assert_eq!(
            c,
            Counts {
                gold: 2,
                pred: 2,
                strict: 0,
                relaxed: 1,
                value: 0,
                value_lenient: 0
            }
        );
        assert_eq!(errs.len(), 3);
    }

    #[test]
    fn lenient_values() {
        assert_eq!(lenient_value("1998-08-07T20:00"), "1998-08-07T20");
        assert_eq!(lenient_value("1998-08-07T20:00:00"), "1998-08-07T20");
        assert_eq!(lenient_value("1998-08-07T20:30"), "1998-08-07T20:30");
    }

    #[test]
    fn entities() {
        assert_eq!(unescape("a &amp; b &#65;&#x42; &Cx1f;"), "a & b AB &Cx1f;");
    }
}
