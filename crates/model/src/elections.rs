//! General elections and dissolutions of the bodies whose members sit for a term, from one
//! data file (`data/elections.txt`) that the timex engine and the record both read.
//!
//! ```
//! use floorcross_model::elections::{elections, HOUSE_OF_COMMONS};
//! let e = elections().iter().find(|e| e.body == HOUSE_OF_COMMONS && e.polling.0 == 2010).unwrap();
//! assert_eq!((e.polling, e.dissolution), ((2010, 5, 6), Some((2010, 4, 12))));
//! ```

use std::sync::OnceLock;

const DATA: &str = include_str!("../data/elections.txt");

/// The body a UK general election elects.
pub const HOUSE_OF_COMMONS: &str = "House of Commons";

/// A calendar day as (year, month, day).
pub type Ymd = (i32, u8, u8);

/// One general election to a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Election {
    pub body: &'static str,
    /// Polling day.
    pub polling: Ymd,
    /// The day the previous Parliament was dissolved (its members' last day), where known.
    pub dissolution: Option<Ymd>,
}

fn ymd(s: &str) -> Option<Ymd> {
    let mut it = s.trim().split('-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: u8 = it.next()?.parse().ok()?;
    let d: u8 = it.next()?.parse().ok()?;
    (it.next().is_none() && (1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// Parses the data file's format (see its header); an error names the bad line.
pub fn parse(text: &'static str) -> Result<Vec<Election>, String> {
    let mut out: Vec<Election> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |what: &str| format!("elections.txt:{}: {what}: {line:?}", i + 1);
        let f: Vec<&'static str> = line.split('|').map(str::trim).collect();
        if f.len() != 3 || f[0].is_empty() {
            return Err(bad("expected `body | polling day | dissolution`"));
        }
        let polling = ymd(f[1]).ok_or_else(|| bad("bad polling day"))?;
        let dissolution = match f[2] {
            "-" => None,
            d => Some(ymd(d).ok_or_else(|| bad("bad dissolution"))?),
        };
        if dissolution.is_some_and(|d| d >= polling) {
            return Err(bad("the dissolution must come before polling day"));
        }
        if let Some(prev) = out.iter().rev().find(|e| e.body == f[0]) {
            if prev.polling >= polling || dissolution.is_some_and(|d| d <= prev.polling) {
                return Err(bad("out of order"));
            }
        }
        out.push(Election {
            body: f[0],
            polling,
            dissolution,
        });
    }
    Ok(out)
}

/// Every election in the data file, in file order (by body, then date).
pub fn elections() -> &'static [Election] {
    static ALL: OnceLock<Vec<Election>> = OnceLock::new();
    ALL.get_or_init(|| parse(DATA).unwrap_or_default())
}

/// The elections to one body, oldest first.
pub fn of_body(body: &str) -> impl Iterator<Item = &'static Election> + '_ {
    elections().iter().filter(move |e| e.body == body)
}

/// Whether a body's members sit for terms this file knows.
pub fn has_terms(body: &str) -> bool {
    of_body(body).next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_parses() {
        let all = parse(DATA).unwrap();
        assert!(all.len() >= 22);
        let commons: Vec<_> = of_body(HOUSE_OF_COMMONS).collect();
        assert_eq!(commons.first().unwrap().polling, (1945, 7, 5));
        assert!(commons.iter().all(|e| e.dissolution.is_some()));
        // the devolved bodies: elected together since 1999; Holyrood dissolved before every
        // election but the first, the Welsh Assembly only from 2011 (the 1998 Act had none)
        let holyrood: Vec<_> = of_body("Scottish Parliament").collect();
        let senedd: Vec<_> = of_body("Senedd").collect();
        assert_eq!(holyrood.len(), 6);
        assert!(holyrood
            .iter()
            .zip(&senedd)
            .all(|(a, b)| a.polling == b.polling));
        assert_eq!(holyrood[3].dissolution, Some((2011, 3, 23)));
        assert!(holyrood[1..].iter().all(|e| e.dissolution.is_some()));
        assert_eq!(
            senedd.iter().map(|e| e.dissolution).collect::<Vec<_>>(),
            [
                None,
                None,
                None,
                Some((2011, 4, 1)),
                Some((2016, 4, 6)),
                Some((2021, 4, 29))
            ]
        );
        assert!(!has_terms("House of Lords"));
        assert!(parse("House of Commons | 2010-05-06 | 2010-05-07").is_err());
        assert!(parse("House of Commons | 2010-5").is_err());
    }
}
