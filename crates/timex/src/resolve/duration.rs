//! Durations: the TIMEX3 value of an amount of a unit ("P3Y", "PT5H30M", "PXD").

use super::sem::{Amount, Unit};

fn unit_letter(u: Unit) -> (&'static str, bool) {
    match u {
        Unit::Y => ("Y", false),
        Unit::Q => ("Q", false),
        Unit::M => ("M", false),
        Unit::W => ("W", false),
        Unit::D => ("D", false),
        Unit::H => ("H", true),
        Unit::Min => ("M", true),
        Unit::S => ("S", true),
        Unit::E => ("E", false),
        Unit::C => ("C", false),
        Unit::L => ("L", false),
        Unit::WE => ("WE", false),
        Unit::FN => ("W", false),
        Unit::X => ("X", false),
    }
}

fn num_str(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A TIMEX3 duration value: P3Y, PT2H, PXD, P2Y6M.
pub fn duration(a: Amount, u: Unit, plushalf: bool, extra: Option<(Amount, Unit)>) -> String {
    let (letter, time) = unit_letter(u);
    let decade = u == Unit::E;
    let century = u == Unit::C;
    let Some(mut v) = a.v else {
        return if time {
            format!("PTX{letter}")
        } else {
            format!("PX{letter}")
        };
    };
    if u == Unit::FN {
        v *= 2.0;
    }
    // TimeML writes decades as years: "two decades" = P20Y.
    let (u, letter) = if decade || century {
        (Unit::Y, "Y")
    } else {
        (u, letter)
    };
    // "a decade and a half" is fifteen years, "half a century" fifty.
    let scale = if decade {
        10.0
    } else if century {
        100.0
    } else {
        1.0
    };
    v *= scale;
    if plushalf {
        v += 0.5 * scale;
    }
    let mut out = String::from("P");
    if time {
        out.push('T');
    }
    // Fractions into the next unit down: 2.5 years = P2Y6M, 1.5 hours = PT1H30M.
    let lower = match u {
        Unit::Y => Some((12.0, "M", false)),
        Unit::D => Some((24.0, "H", true)),
        Unit::H => Some((60.0, "M", true)),
        Unit::W => Some((7.0, "D", false)),
        Unit::Min => Some((60.0, "S", true)),
        _ => None,
    };
    match lower {
        Some((k, l, ltime)) if v.fract() != 0.0 && ((v.fract() * k).fract()).abs() < 1e-9 => {
            let whole = v.trunc();
            let part = (v.fract() * k).round();
            if whole > 0.0 {
                out.push_str(&num_str(whole));
                out.push_str(letter);
            }
            if ltime && !time {
                out.push('T');
            }
            out.push_str(&num_str(part));
            out.push_str(l);
        }
        _ => {
            out.push_str(&num_str(v));
            out.push_str(letter);
        }
    }
    if let Some((a2, u2)) = extra {
        if let Some(v2) = a2.v {
            let (l2, t2) = unit_letter(u2);
            if t2 && !out.contains('T') {
                out.push('T');
            }
            out.push_str(&num_str(v2));
            out.push_str(l2);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let a = |v| Amount { v: Some(v) };
        assert_eq!(duration(a(3.0), Unit::Y, false, None), "P3Y");
        assert_eq!(duration(a(2.5), Unit::Y, false, None), "P2Y6M");
        assert_eq!(duration(a(5.0), Unit::H, true, None), "PT5H30M");
        assert_eq!(duration(Amount { v: None }, Unit::D, false, None), "PXD");
        assert_eq!(duration(a(0.0), Unit::H, true, None), "PT30M");
        assert_eq!(duration(a(1.0), Unit::FN, false, None), "P2W");
    }
}
