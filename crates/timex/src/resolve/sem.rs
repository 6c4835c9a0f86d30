//! What a match means: the semantic record ([`Sem`]) and how a rule's fields and
//! captures fill it.

use floorcross_model::TimexType;

use super::calendar::{PODS, SEASONS};
use crate::rules::{Rule, Src, Val, MAX_SLOTS};

/// Time units, as `rules.txt` and the lexicon codes name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Y,
    Q,
    M,
    W,
    D,
    H,
    Min,
    S,
    E,
    C,
    L,
    WE,
    FN,
    X,
}

impl Unit {
    fn from_code(c: i64) -> Option<Unit> {
        Some(match c {
            1 => Unit::Y,
            2 => Unit::Q,
            3 => Unit::M,
            4 => Unit::W,
            5 => Unit::D,
            6 => Unit::H,
            7 => Unit::Min,
            8 => Unit::S,
            9 => Unit::E,
            10 => Unit::C,
            11 => Unit::L,
            12 => Unit::WE,
            13 => Unit::FN,
            _ => return None,
        })
    }
    fn from_sym(s: &str) -> Option<Unit> {
        Some(match s {
            "Y" => Unit::Y,
            "Q" => Unit::Q,
            "M" => Unit::M,
            "W" => Unit::W,
            "D" => Unit::D,
            "H" => Unit::H,
            "MIN" => Unit::Min,
            "S" => Unit::S,
            "E" => Unit::E,
            "C" => Unit::C,
            "L" => Unit::L,
            "WE" => Unit::WE,
            "FN" => Unit::FN,
            "X" => Unit::X,
            _ => return None,
        })
    }
}

/// A relative amount: `None` is vague ("several years ago").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount {
    pub v: Option<f64>,
}

/// The meaning of one matched expression, before resolution.
#[derive(Clone, Debug, PartialEq)]
pub struct Sem {
    pub kind: TimexType,
    pub lit: Option<String>,
    pub y: Option<i32>,
    pub m: Option<u8>,
    pub d: Option<u8>,
    pub wd: Option<u8>,
    pub q: Option<u8>,
    pub half: Option<u8>,
    pub season: Option<u8>,
    pub pod: Option<u8>,
    pub clock: Option<(u8, u8)>,
    pub decade: Option<i32>,
    pub century: Option<i32>,
    pub fy: Option<i32>,
    pub rel: Option<Amount>,
    pub unit: Option<Unit>,
    pub from_anchor: bool,
    pub dir: Option<i8>,
    pub dur: Option<Amount>,
    pub plushalf: bool,
    pub dur2: Option<(Amount, Unit)>,
    pub set: bool,
    pub elect: Option<Elect>,
    pub hol: Option<String>,
    pub yearend: bool,
    /// "a year ago/earlier": keeps the quarter granularity of a quarter named just before.
    pub qctx: bool,
    /// "the 1988 quarter": the quarter named just before, in this year.
    pub qof: bool,
    /// "the latest period": only a time expression when a quarter is under discussion.
    pub qonly: bool,
    /// "the year ended Sept. 30": the report turns to a longer period than the quarter.
    pub ytd: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elect {
    Year(i32),
    Last,
}

impl Sem {
    pub fn new(kind: TimexType) -> Sem {
        Sem {
            kind,
            lit: None,
            y: None,
            m: None,
            d: None,
            wd: None,
            q: None,
            half: None,
            season: None,
            pod: None,
            clock: None,
            decade: None,
            century: None,
            fy: None,
            rel: None,
            unit: None,
            from_anchor: false,
            dir: None,
            dur: None,
            plushalf: false,
            dur2: None,
            set: false,
            elect: None,
            hol: None,
            yearend: false,
            qctx: false,
            qof: false,
            qonly: false,
            ytd: false,
        }
    }

    /// True when the value needs a tense decision (bare weekday, month, season, holiday).
    pub fn needs_tense(&self) -> bool {
        self.lit.is_none()
            && self.dir.is_none()
            && self.y.is_none()
            && self.rel.is_none()
            && (self.wd.is_some()
                || self.q.is_some()
                || self.m.is_some()
                || self.season.is_some()
                || self.hol.is_some())
    }

    /// Has only a clock time or part of day, no date of its own.
    pub fn is_bare_time(&self) -> bool {
        (self.clock.is_some() || self.pod.is_some())
            && self.rel.is_none()
            && self.wd.is_none()
            && self.m.is_none()
            && self.y.is_none()
            && self.d.is_none()
    }

    /// Names a day (so a clock time can attach to it).
    pub fn is_day(&self) -> bool {
        self.lit.is_none()
            && self.clock.is_none()
            && self.dur.is_none()
            && (self.wd.is_some() && self.unit != Some(Unit::WE)
                || self.d.is_some()
                || (self.rel.is_some() && self.unit == Some(Unit::D)))
    }
}

fn cap_int(caps: &[Val; MAX_SLOTS], s: usize) -> Option<i64> {
    caps.get(s).and_then(|v| match v {
        Val::Int(i) => Some(*i),
        Val::Num(Some(f)) => Some(f.round() as i64),
        _ => None,
    })
}

/// Builds the [`Sem`] of a rule match from its fields and captures.
pub fn build(rule: &Rule, caps: &[Val; MAX_SLOTS]) -> Sem {
    let mut s = Sem::new(rule.kind.unwrap_or(TimexType::Date));
    let int = |src: &Src| -> Option<i64> {
        match src {
            Src::Int(i) => Some(*i),
            Src::Cap(c) => cap_int(caps, *c),
            Src::Neg(c) => cap_int(caps, *c).map(|v| -v),
            Src::Sym(_) => None,
        }
    };
    let amount = |src: &Src| -> Option<Amount> {
        match src {
            Src::Int(i) => Some(Amount { v: Some(*i as f64) }),
            Src::Sym(x) if x == "X" => Some(Amount { v: None }),
            // a fraction written in a rule ("dur=0.25": a quarter of a century)
            Src::Sym(x) => x.parse::<f64>().ok().map(|v| Amount { v: Some(v) }),
            Src::Cap(c) | Src::Neg(c) => {
                let neg = matches!(src, Src::Neg(_));
                match caps.get(*c)? {
                    Val::Num(n) => Some(Amount {
                        v: n.map(|x| if neg { -x } else { x }),
                    }),
                    Val::Int(i) => Some(Amount {
                        v: Some(if neg { -*i as f64 } else { *i as f64 }),
                    }),
                    _ => None,
                }
            }
        }
    };
    let unit = |src: &Src| -> Option<Unit> {
        match src {
            Src::Sym(x) => Unit::from_sym(x),
            Src::Cap(c) => cap_int(caps, *c).and_then(Unit::from_code),
            _ => None,
        }
    };
    let small = |v: Option<i64>| v.and_then(|x| u8::try_from(x).ok());
    let mut slash = false;
    let mut raw_md = (None, None);
    let mut unit2 = None;
    let mut dur2 = None;
    for (k, src) in &rule.fields {
        match k.as_str() {
            "y" => s.y = int(src).and_then(|x| i32::try_from(x).ok()),
            "yy" => {
                s.y = int(src).map(|x| {
                    if x < 30 {
                        2000 + x as i32
                    } else {
                        1900 + x as i32
                    }
                })
            }
            "m" => {
                raw_md.0 = small(int(src));
                s.m = raw_md.0.filter(|m| (1..=12).contains(m))
            }
            "d" => {
                raw_md.1 = small(int(src));
                s.d = raw_md.1.filter(|d| (1..=31).contains(d))
            }
            "wd" => s.wd = small(int(src)).filter(|d| (1..=7).contains(d)),
            "q" => s.q = small(int(src)).filter(|d| (1..=4).contains(d)),
            "half" => s.half = small(int(src)).filter(|d| (1..=2).contains(d)),
            "season" => s.season = small(int(src)).filter(|d| (1..=4).contains(d)),
            "pod" => s.pod = small(int(src)).filter(|d| (1..=5).contains(d)),
            "clock" => {
                if let Src::Cap(c) = src {
                    if let Some(Val::Clock(h, m)) = caps.get(*c) {
                        s.clock = Some((*h, *m));
                    }
                }
            }
            "decade" => {
                // "the 45s" is no decade: a year's digits must end in a zero (word decades,
                // "nineties", come as 199).
                s.decade = int(src)
                    .filter(|x| (100..1000).contains(x) || *x % 10 == 0)
                    .map(|x| {
                        let x = x as i32;
                        if x >= 1000 {
                            x / 10
                        } else if x >= 100 {
                            x
                        } else if x < 20 {
                            200 + x / 10
                        } else {
                            190 + x / 10
                        }
                    })
            }
            "century" => s.century = int(src).map(|x| x as i32 - 1),
            "fy" => s.fy = int(src).map(|x| x as i32),
            "rel" => s.rel = amount(src),
            "unit" => s.unit = unit(src),
            "from" => s.from_anchor = matches!(src, Src::Sym(x) if x == "anchor"),
            "dir" => s.dir = int(src).map(|x| x.clamp(-1, 1) as i8),
            "dur" => s.dur = amount(src),
            "plushalf" => s.plushalf = true,
            "dur2" => dur2 = amount(src),
            "unit2" => unit2 = unit(src),
            "set" => s.set = true,
            "slash" => slash = true,
            "yearend" => s.yearend = true,
            "qctx" => s.qctx = true,
            "qof" => s.qof = true,
            "qonly" => s.qonly = true,
            "ytd" => s.ytd = true,
            "elect" => {
                s.elect = match src {
                    Src::Sym(x) if x == "last" => Some(Elect::Last),
                    _ => int(src).map(|y| Elect::Year(y as i32)),
                }
            }
            "hol" => {
                if let Src::Sym(x) = src {
                    s.hol = Some(x.clone());
                }
            }
            "lit" => {
                if let Src::Sym(x) = src {
                    let mut v = x.clone();
                    for (slot, name) in rule.names.iter().enumerate() {
                        let pat = format!("${name}");
                        if v.contains(&pat) {
                            let n = cap_int(caps, slot).unwrap_or(0);
                            let rep = match name.as_str() {
                                "month" | "gmonth" => format!("{n:02}"),
                                "season" => SEASONS.get(n as usize).unwrap_or(&"XX").to_string(),
                                "pod" => PODS.get(n as usize).unwrap_or(&"XX").to_string(),
                                _ => n.to_string(),
                            };
                            v = v.replace(&pat, &rep);
                        }
                    }
                    s.lit = Some(v);
                }
            }
            _ => {}
        }
    }
    if let (Some(a), Some(u)) = (dur2, unit2) {
        s.dur2 = Some((a, u));
    }
    if slash {
        // Day first (British) unless the second number cannot be a month.
        if let (Some(d), Some(m)) = (raw_md.1, raw_md.0) {
            if m > 12 && d <= 12 {
                s.d = Some(m);
                s.m = Some(d);
            }
        }
        if s.m.is_none_or(|m| m > 12) || s.d.is_none() {
            s.m = None;
            s.d = None;
        }
    }
    s
}
