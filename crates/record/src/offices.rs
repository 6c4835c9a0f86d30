//! Offices by the names news uses ("Home Secretary"), as the organisation and role a register
//! holds them in (`Home Office`, `Secretary of State`), and the spellings of organisations
//! (`Foreign & Commonwealth Office`): one data file, `data/offices.txt`.
//!
//! ```
//! use floorcross_record::offices::{office, org_spelling};
//! assert_eq!(office("the Home Secretary"), [("Home Office", "Secretary of State")]);
//! assert_eq!(org_spelling("Foreign & Commonwealth Office"), Some("Foreign and Commonwealth Office"));
//! ```

use std::collections::HashMap;
use std::sync::OnceLock;

const DATA: &str = include_str!("../data/offices.txt");

/// A name folded for matching: lower case, "&" as "and", no leading "the", single spaces.
pub fn fold(name: &str) -> String {
    let s = name.to_lowercase().replace('&', " and ");
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(&"the") if words.len() > 1 => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}

/// The parsed table: organisation spellings and offices, by folded name.
pub struct Table {
    pub orgs: HashMap<String, &'static str>,
    pub offices: HashMap<String, Vec<(&'static str, &'static str)>>,
}

/// Parses the data file's format (see its header); an error names the bad line.
pub fn parse(text: &'static str) -> Result<Table, String> {
    let mut t = Table {
        orgs: HashMap::new(),
        offices: HashMap::new(),
    };
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |what: &str| format!("offices.txt:{}: {what}: {line:?}", i + 1);
        let (kind, rest) = line.split_once(' ').ok_or_else(|| bad("no fields"))?;
        let f: Vec<&'static str> = rest.split('|').map(str::trim).collect();
        if f.iter().any(|x| x.is_empty()) {
            return Err(bad("an empty field"));
        }
        match kind {
            "org" => {
                for spelling in &f {
                    t.orgs.insert(fold(spelling), f[0]);
                }
            }
            "office" if f.len() == 3 => {
                t.offices.entry(fold(f[0])).or_default().push((f[1], f[2]));
            }
            _ => {
                return Err(bad(
                    "expected `org NAME | ...` or `office NAME | ORG | ROLE`",
                ))
            }
        }
    }
    Ok(t)
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        parse(DATA).unwrap_or_else(|_| Table {
            orgs: HashMap::new(),
            offices: HashMap::new(),
        })
    })
}

/// The places (organisation, role) an office of this common name is held in; empty if the
/// table does not know the name.
pub fn office(name: &str) -> &'static [(&'static str, &'static str)] {
    table().offices.get(&fold(name)).map_or(&[], Vec::as_slice)
}

/// Whether the table names an office held in `org` as `role` ("Home Secretary" for the Home
/// Office's Secretary of State): such an office has one holder at a time.
pub fn is_named(org: &str, role: &str) -> bool {
    table()
        .offices
        .values()
        .flatten()
        .any(|(o, r)| o.eq_ignore_ascii_case(org.trim()) && r.eq_ignore_ascii_case(role.trim()))
}

/// The canonical name of an organisation the table knows under this spelling.
pub fn org_spelling(name: &str) -> Option<&'static str> {
    table().orgs.get(&fold(name)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_parses_and_names_fold() {
        let t = parse(DATA).unwrap();
        assert!(t.offices.len() > 20);
        assert_eq!(office("Prime Minister").len(), 2);
        assert_eq!(office("Chancellor")[0].1, "Chancellor of the Exchequer");
        assert!(office("Minister for Paperclips").is_empty());
        assert!(is_named("Home Office", "secretary of state"));
        assert!(!is_named("Home Office", "Minister of State"));
        assert_eq!(
            org_spelling("Department for Culture, Media & Sport"),
            Some("Department for Culture, Media and Sport")
        );
        assert!(parse("office Home Secretary | Home Office").is_err());
        assert!(parse("office | Home Office | x").is_err());
    }
}
