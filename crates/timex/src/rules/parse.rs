//! Reading `rules.txt`: macros, pattern elements (alternatives, optional and glued
//! elements, context, captures) and the TIMEX3 fields each rule sets.

use std::collections::HashMap;

use super::{Alt, Builtin, Elem, Rule, RuleSet, Src, MAX_SLOTS};
use crate::lexicon::{Class, Lexicon};

/// How `rules.txt` spells the built-in recognisers, and the capture names they give.
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
