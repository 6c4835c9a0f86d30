//! Scoring extracted events and timexes against gold files, by exactly the rules of the gold
//! format (`docs/gold-format.md`) and its reference scorer (`tools/score_events.py`).
//!
//! Main types: [`Score`] (counts, derived rates, per-type counts and one [`Finding`] per miss
//! or false positive) and the entry point [`score`]. The matching is deliberately the
//! reference's, including its greedy order: gold events are taken in file order, and each
//! takes the best unused prediction (agreeing on factuality, then on date).
//!
//! ```
//! use floorcross_eval::events::score;
//! let gold = r#"{"doc":"a","events":[{"type":["join"],"person":["Joan Ryan"],"from":null,"to":["Independent Group"],"date":"2019-02-12","factuality":"asserted","required":true}]}"#;
//! let pred = r#"{"doc":{"id":"a"},"events":[{"type":"join","person":"Ms Joan Ryan","to":"The Independent Group","date":"2019-02-12","modality":"asserted"}]}"#;
//! let s = score(gold, pred).unwrap();
//! assert_eq!((s.tp, s.fp, s.fn_), (1, 0, 0));
//! assert_eq!(s.summary_line(), "events F1=1.000 P=1.000 R=1.000 (tp=1 fp=0 fn=0) date_acc=1.000 factuality_acc=1.000 timex_recall=0.000 timex_value_acc=0.000");
//! ```

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

use crate::EvalError;

/// Honorifics the scorer strips from the front of a name.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "rt", "hon", "mp",
    "the",
];

/// The scorer's party aliases: every name in a group is the same party.
const PARTIES: &[(&str, &[&str])] = &[
    (
        "conservative",
        &[
            "conservative party",
            "conservatives",
            "conservative",
            "tory",
            "tories",
            "tory party",
        ],
    ),
    ("labour", &["labour party", "labour", "new labour"]),
    (
        "libdem",
        &[
            "liberal democrats",
            "liberal democrat",
            "lib dems",
            "lib dem",
            "libdems",
            "liberal democrat party",
        ],
    ),
    (
        "tig",
        &[
            "the independent group",
            "independent group",
            "tig",
            "change uk",
            "change uk the independent group",
        ],
    ),
    ("snp", &["scottish national party", "snp"]),
    ("plaid", &["plaid cymru", "plaid"]),
    ("ukip", &["uk independence party", "ukip"]),
    (
        "green",
        &[
            "green party",
            "greens",
            "green party of england and wales",
            "green",
        ],
    ),
    ("dup", &["democratic unionist party", "dup"]),
    ("uup", &["ulster unionist party", "uup", "ulster unionists"]),
    ("sf", &["sinn fein", "sinn féin"]),
    ("sdlp", &["social democratic and labour party", "sdlp"]),
    (
        "respect",
        &[
            "respect",
            "respect party",
            "respect the unity coalition",
            "respect coalition",
        ],
    ),
    ("veritas", &["veritas"]),
    ("independent", &["independent", "independents"]),
    ("brexit", &["brexit party", "the brexit party", "reform uk"]),
];

/// Python's `norm`: NFKD, drop combining marks, lower case, non-word characters to spaces,
/// single spaces.
pub fn norm(s: &str) -> String {
    let stripped: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    let lower = stripped.to_lowercase();
    let spaced: String = lower
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn org_keys() -> &'static HashMap<String, &'static str> {
    static K: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    K.get_or_init(|| {
        let mut m = HashMap::new();
        for (key, names) in PARTIES {
            for n in *names {
                m.insert(norm(n), *key);
            }
        }
        m
    })
}

/// Python's `org_key`: the party group a name belongs to, else its normalised form.
pub fn org_key(name: &str) -> String {
    let keys = org_keys();
    let n = norm(name);
    let n = n.strip_prefix("the ").map(str::to_string).unwrap_or(n);
    if let Some(k) = keys.get(&n) {
        return k.to_string();
    }
    let n2 = n
        .strip_suffix(" party")
        .map(str::to_string)
        .unwrap_or_else(|| n.clone());
    keys.get(&n2)
        .or_else(|| keys.get(&format!("the {n}")))
        .map(|k| k.to_string())
        .unwrap_or(n2)
}

/// Python's `person_key`: normalised, leading honorifics dropped (never the last word).
pub fn person_key(name: &str) -> String {
    let n = norm(name);
    let mut toks: Vec<&str> = n.split(' ').filter(|t| !t.is_empty()).collect();
    while toks.len() > 1 && TITLES.contains(&toks[0]) {
        toks.remove(0);
    }
    toks.join(" ")
}

/// Python's `factuality`: the three-way folding of a predicted modality.
pub fn factuality(modality: Option<&str>) -> &'static str {
    let m = modality
        .filter(|m| !m.is_empty())
        .unwrap_or("asserted")
        .to_lowercase();
    match m.as_str() {
        "asserted" | "reported" | "confirmed" | "fact" => "asserted",
        "denied" | "negated" => "denied",
        _ => "uncertain",
    }
}

fn doc_id(v: &Value) -> String {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Null => "None".to_string(),
        other => other.to_string(),
    };
    let last = s.rsplit('/').next().unwrap_or("").to_string();
    for ext in [".txt", ".json", ".html", ".htm"] {
        if let Some(stem) = last.strip_suffix(ext) {
            return stem.to_string();
        }
    }
    last
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

fn list_of(v: Option<&Value>) -> Option<Vec<String>> {
    match v? {
        Value::Null => None,
        Value::Array(a) => Some(
            a.iter()
                .map(|x| {
                    x.as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| x.to_string())
                })
                .collect(),
        ),
        Value::String(s) => Some(vec![s.clone()]),
        _ => None,
    }
}

fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Bool(b)) => *b,
        Some(_) => true,
    }
}

fn org_ok(gold: &Option<Vec<String>>, pred: Option<&Value>) -> bool {
    let Some(gold) = gold else { return true };
    if !truthy(pred) {
        return false;
    }
    let pk = org_key(&str_of(pred).unwrap_or_default());
    gold.iter().any(|g| org_key(g) == pk)
}

fn date_ok(gold: &Option<String>, pred: Option<&Value>) -> Option<bool> {
    let gold = gold.as_ref()?;
    if !truthy(pred) {
        return Some(false);
    }
    Some(str_of(pred).unwrap_or_default().starts_with(gold.as_str()))
}

struct GoldEvent {
    types: Vec<String>,
    persons: Vec<String>,
    from: Option<Vec<String>>,
    to: Option<Vec<String>>,
    date: Option<String>,
    factuality: String,
    required: bool,
}

fn ev_match(g: &GoldEvent, p: &Value) -> bool {
    let ptype = str_of(p.get("type")).unwrap_or_default();
    if !g.types.contains(&ptype) {
        return false;
    }
    let pk = person_key(&str_of(p.get("person")).unwrap_or_default());
    if !g.persons.iter().any(|a| person_key(a) == pk) {
        return false;
    }
    org_ok(&g.to, p.get("to")) && org_ok(&g.from, p.get("from"))
}

/// What one line of the findings says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FindingKind {
    /// A required gold event nothing matched.
    Miss,
    /// A prediction no gold event took.
    FalsePositive,
    /// A true positive with the wrong date.
    Date,
    /// A true positive with the wrong factuality.
    Fact,
    /// A gold timex found with the wrong value.
    TimexValue,
    /// A gold timex not found.
    TimexMiss,
}

/// One miss, false positive or wrong attribute, printed one per line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: FindingKind,
    pub line: String,
}

/// True positives, false positives and false negatives for one event type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn prf(&self) -> (f64, f64, f64) {
        prf(self.tp, self.fp, self.fn_)
    }
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
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

fn ratio(a: usize, b: usize) -> f64 {
    if b > 0 {
        a as f64 / b as f64
    } else {
        0.0
    }
}

/// The outcome of scoring predictions against gold.
#[derive(Clone, Debug, Default)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    /// Correct dates / true positives with a gold date.
    pub dates: (usize, usize),
    /// Correct factuality / true positives.
    pub facts: (usize, usize),
    /// Gold timexes, found, found with the right value.
    pub timexes: (usize, usize, usize),
    pub per_type: BTreeMap<String, Counts>,
    /// Factuality of true positives by gold factuality: (right, total).
    pub per_factuality: BTreeMap<String, (usize, usize)>,
    pub findings: Vec<Finding>,
}

impl Score {
    pub fn prf(&self) -> (f64, f64, f64) {
        prf(self.tp, self.fp, self.fn_)
    }
    pub fn date_accuracy(&self) -> f64 {
        ratio(self.dates.0, self.dates.1)
    }
    pub fn factuality_accuracy(&self) -> f64 {
        ratio(self.facts.0, self.facts.1)
    }
    pub fn timex_recall(&self) -> f64 {
        ratio(self.timexes.1, self.timexes.0)
    }
    pub fn timex_value_accuracy(&self) -> f64 {
        ratio(self.timexes.2, self.timexes.0)
    }

    /// The reference scorer's summary line, character for character.
    pub fn summary_line(&self) -> String {
        let (p, r, f) = self.prf();
        format!(
            "events F1={f:.3} P={p:.3} R={r:.3} (tp={} fp={} fn={}) date_acc={:.3} factuality_acc={:.3} timex_recall={:.3} timex_value_acc={:.3}",
            self.tp,
            self.fp,
            self.fn_,
            self.date_accuracy(),
            self.factuality_accuracy(),
            self.timex_recall(),
            self.timex_value_accuracy()
        )
    }
}

fn parse_lines(src: &str, what: &str) -> Result<Vec<Value>, EvalError> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line)
            .map_err(|e| EvalError::new(what, Some(n + 1), format!("invalid JSON: {e}")))?;
        out.push(v);
    }
    Ok(out)
}

fn gold_event(v: &Value, n: usize) -> Result<GoldEvent, EvalError> {
    let types = list_of(v.get("type"))
        .ok_or_else(|| EvalError::new("gold", Some(n), "event without \"type\"".into()))?;
    let persons = list_of(v.get("person"))
        .ok_or_else(|| EvalError::new("gold", Some(n), "event without \"person\"".into()))?;
    Ok(GoldEvent {
        types,
        persons,
        from: list_of(v.get("from")),
        to: list_of(v.get("to")),
        date: str_of(v.get("date")),
        factuality: str_of(v.get("factuality")).unwrap_or_else(|| "asserted".into()),
        required: v.get("required").and_then(Value::as_bool).unwrap_or(true),
    })
}

/// Scores predictions (`floorcross extract` output, JSON lines) against gold (JSON lines).
pub fn score(gold_src: &str, pred_src: &str) -> Result<Score, EvalError> {
    let gold = parse_lines(gold_src, "gold")?;
    let mut preds: HashMap<String, Value> = HashMap::new();
    for p in parse_lines(pred_src, "predictions")? {
        let id = doc_id(
            p.get("doc")
                .and_then(|d| d.get("id"))
                .unwrap_or(&Value::String(String::new())),
        );
        preds.insert(id, p);
    }
    let mut s = Score::default();
    let empty = Value::Null;
    for (n, g) in gold.iter().enumerate() {
        let gdoc = str_of(g.get("doc")).unwrap_or_default();
        let p = preds
            .get(&doc_id(g.get("doc").unwrap_or(&empty)))
            .unwrap_or(&empty);
        let pevs: Vec<&Value> = p
            .get("events")
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let mut used: HashSet<usize> = HashSet::new();
        for gv in g
            .get("events")
            .and_then(Value::as_array)
            .map(|a| a.as_slice())
            .unwrap_or(&[])
        {
            let ge = gold_event(gv, n + 1)?;
            let mut hit: Option<usize> = None;
            let mut best = -1i32;
            for (i, pe) in pevs.iter().enumerate() {
                if used.contains(&i) || !ev_match(&ge, pe) {
                    continue;
                }
                let mut sc = 2 * i32::from(
                    factuality(str_of(pe.get("modality")).as_deref()) == ge.factuality,
                );
                sc += i32::from(date_ok(&ge.date, pe.get("date")) == Some(true));
                if sc > best {
                    hit = Some(i);
                    best = sc;
                }
            }
            let primary = ge.types[0].clone();
            let Some(hit) = hit else {
                if ge.required {
                    s.fn_ += 1;
                    s.per_type.entry(primary.clone()).or_default().fn_ += 1;
                    s.findings.push(Finding {
                        kind: FindingKind::Miss,
                        line: format!(
                            "MISS {gdoc}: {primary} {} from={} to={}",
                            ge.persons[0],
                            py_list(&ge.from),
                            py_list(&ge.to)
                        ),
                    });
                }
                continue;
            };
            used.insert(hit);
            if !ge.required {
                continue;
            }
            let pe = pevs[hit];
            let ptype = str_of(pe.get("type")).unwrap_or_default();
            s.tp += 1;
            s.per_type.entry(ptype).or_default().tp += 1;
            if let Some(d) = date_ok(&ge.date, pe.get("date")) {
                s.dates.1 += 1;
                s.dates.0 += usize::from(d);
                if !d {
                    s.findings.push(Finding {
                        kind: FindingKind::Date,
                        line: format!(
                            "DATE {gdoc}: {primary} {} gold={} pred={}",
                            ge.persons[0],
                            py_opt(&ge.date),
                            py_val(pe.get("date"))
                        ),
                    });
                }
            }
            s.facts.1 += 1;
            let ok = factuality(str_of(pe.get("modality")).as_deref()) == ge.factuality;
            s.facts.0 += usize::from(ok);
            let pf = s.per_factuality.entry(ge.factuality.clone()).or_default();
            pf.1 += 1;
            pf.0 += usize::from(ok);
            if !ok {
                s.findings.push(Finding {
                    kind: FindingKind::Fact,
                    line: format!(
                        "FACT {gdoc}: {primary} {} gold={} pred={}",
                        ge.persons[0],
                        ge.factuality,
                        py_val(pe.get("modality"))
                    ),
                });
            }
        }
        for (i, pe) in pevs.iter().enumerate() {
            if used.contains(&i) {
                continue;
            }
            s.fp += 1;
            let ptype = str_of(pe.get("type")).unwrap_or_default();
            s.per_type.entry(ptype).or_default().fp += 1;
            s.findings.push(Finding {
                kind: FindingKind::FalsePositive,
                line: format!(
                    "FP   {gdoc}: {} {} from={} to={} modality={}",
                    py_val(pe.get("type")),
                    py_val(pe.get("person")),
                    py_val(pe.get("from")),
                    py_val(pe.get("to")),
                    py_val(pe.get("modality"))
                ),
            });
        }
        let ptx: Vec<&Value> = p
            .get("timexes")
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        for gt in g
            .get("timexes")
            .and_then(Value::as_array)
            .map(|a| a.as_slice())
            .unwrap_or(&[])
        {
            s.timexes.0 += 1;
            let gtext = str_of(gt.get("text")).unwrap_or_default().to_lowercase();
            let gval = str_of(gt.get("value")).unwrap_or_default();
            let matched: Vec<&&Value> = ptx
                .iter()
                .filter(|t| {
                    let tt = str_of(t.get("text")).unwrap_or_default().to_lowercase();
                    tt.contains(&gtext) || (gtext.contains(&tt) && !tt.is_empty())
                })
                .collect();
            if matched.is_empty() {
                s.findings.push(Finding {
                    kind: FindingKind::TimexMiss,
                    line: format!(
                        "TMISS {gdoc}: '{}' gold={gval}",
                        str_of(gt.get("text")).unwrap_or_default()
                    ),
                });
                continue;
            }
            s.timexes.1 += 1;
            if matched
                .iter()
                .any(|t| str_of(t.get("value")).as_deref() == Some(gval.as_str()))
            {
                s.timexes.2 += 1;
            } else {
                let vals: Vec<String> = matched
                    .iter()
                    .map(|t| format!("'{}'", str_of(t.get("value")).unwrap_or_default()))
                    .collect();
                s.findings.push(Finding {
                    kind: FindingKind::TimexValue,
                    line: format!(
                        "TVAL {gdoc}: '{}' gold={gval} pred=[{}]",
                        str_of(gt.get("text")).unwrap_or_default(),
                        vals.join(", ")
                    ),
                });
            }
        }
    }
    Ok(s)
}

/// A value as Python's f-string would print it.
fn py_val(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "None".into(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

fn py_opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "None".into())
}

fn py_list(v: &Option<Vec<String>>) -> String {
    match v {
        None => "None".into(),
        Some(items) => format!(
            "[{}]",
            items
                .iter()
                .map(|s| format!("'{s}'"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_aliases_and_honorifics_fold_like_the_reference() {
        assert_eq!(org_key("the Tories"), "conservative");
        assert_eq!(org_key("Labour party"), "labour");
        assert_eq!(org_key("Sinn Féin"), "sf");
        assert_eq!(org_key("Veritas Party"), "veritas");
        assert_eq!(org_key("Albion First Party"), "albion first");
        assert_eq!(person_key("Mrs Heidi Allen"), "heidi allen");
        assert_eq!(person_key("Lord"), "lord");
        assert_eq!(person_key("Mr Kilroy-Silk"), "kilroy silk");
    }

    #[test]
    fn greedy_order_follows_the_gold_file() {
        // An optional gold event listed first takes the only prediction; the required one misses.
        let gold = r#"{"doc":"d","events":[{"type":["resign"],"person":["A B"],"from":null,"to":null,"date":null,"factuality":"asserted","required":false},{"type":["resign"],"person":["A B"],"from":null,"to":null,"date":null,"factuality":"asserted","required":true}]}"#;
        let pred = r#"{"doc":{"id":"d.txt"},"events":[{"type":"resign","person":"A B","modality":"asserted"}]}"#;
        let s = score(gold, pred).unwrap();
        assert_eq!((s.tp, s.fp, s.fn_), (0, 0, 1));
    }

    #[test]
    fn null_side_is_not_scored_but_a_list_must_match() {
        let gold = r#"{"doc":"d","events":[{"type":["defect"],"person":["X Y"],"from":null,"to":["Labour"],"date":"2015","factuality":"uncertain","required":true}]}"#;
        let pred = r#"{"doc":{"id":"d"},"events":[{"type":"defect","person":"X Y","from":"UKIP","to":"Labour Party","date":"2015-05-07","modality":"rumoured"},{"type":"defect","person":"X Y","to":"Tories"}]}"#;
        let s = score(gold, pred).unwrap();
        assert_eq!((s.tp, s.fp, s.fn_), (1, 1, 0));
        assert_eq!((s.dates, s.facts), ((1, 1), (1, 1)));
    }

    #[test]
    fn timex_recall_is_by_text_overlap_and_value_by_equality() {
        let gold = r#"{"doc":"d","events":[],"timexes":[{"start_char":0,"text":"on Monday","value":"2019-02-11"},{"start_char":9,"text":"2015","value":"2015"}]}"#;
        let pred =
            r#"{"doc":{"id":"d"},"events":[],"timexes":[{"text":"Monday","value":"2019-02-18"}]}"#;
        let s = score(gold, pred).unwrap();
        assert_eq!(s.timexes, (2, 1, 0));
        assert_eq!(
            s.findings
                .iter()
                .filter(|f| f.kind == FindingKind::TimexMiss)
                .count(),
            1
        );
    }

    #[test]
    fn bad_gold_line_names_its_line() {
        let err = score("{\"doc\":\"a\",\"events\":[]}\n{\"doc\": ", "").unwrap_err();
        assert!(err.to_string().starts_with("gold:2: invalid JSON"), "{err}");
    }
}
