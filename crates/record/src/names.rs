//! Name keys: how a person's or a party's name is written down for matching.
//!
//! [`person_key`] folds case, accents, titles and punctuation ("Mrs Heidi Allen MP" →
//! `heidi allen`); [`canonical_org`] gives a party or group its one canonical name whatever
//! the source's spelling (`Con`, `Tories`, `Conservative` → `Conservative Party`).
//!
//! ```
//! use floorcross_record::names::{canonical_org, person_key};
//! assert_eq!(person_key("Rt Hon. Dame Margaret Hodge MP"), "margaret hodge");
//! assert_eq!(canonical_org("Lab/Co-op"), "Labour Party");
//! assert_eq!(canonical_org("LDem"), "Liberal Democrats");
//! ```

/// Words that are titles, honours or post-nominals rather than part of a name.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "baroness",
    "baron",
    "rt",
    "hon",
    "right",
    "honourable",
    "the",
    "mp",
    "msp",
    "mep",
    "am",
    "ms",
    "qc",
    "kc",
    "obe",
    "mbe",
    "cbe",
    "prof",
    "professor",
    "rev",
    "reverend",
    "cllr",
    "councillor",
];

fn fold_char(c: char) -> Option<char> {
    let c = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        '\'' | '’' | '‘' | '.' => return None,
        c if c.is_alphanumeric() => return Some(c.to_lowercase().next().unwrap_or(c)),
        _ => ' ',
    };
    Some(c)
}

/// The matching key of a person's name: lower case, accents folded, titles and
/// punctuation dropped, single spaces. Empty if nothing name-like is left.
pub fn person_key(name: &str) -> String {
    let folded: String = name.chars().filter_map(fold_char).collect();
    let words: Vec<&str> = folded
        .split_whitespace()
        .filter(|w| !TITLES.contains(w))
        .collect();
    words.join(" ")
}

/// The last word of a name key: the surname.
pub fn surname(key: &str) -> &str {
    key.rsplit(' ').next().unwrap_or(key)
}

/// Whether two given names can belong to one person: equal, one a prefix of the other
/// ("chris", "christopher"), or an initial that fits.
pub fn given_names_fit(a: &str, b: &str) -> bool {
    !a.is_empty() && !b.is_empty() && (a.starts_with(b) || b.starts_with(a))
}

/// Canonical names of parties and parliamentary groups, with the spellings sources use
/// (parlparse abbreviations, EveryPolitician group names, news forms). Keys are lower case.
const ORGS: &[(&str, &[&str])] = &[
    (
        "Conservative Party",
        &[
            "con",
            "conservative",
            "conservatives",
            "conservative party",
            "tory",
            "tories",
            "tory party",
            "conservative and unionist party",
        ],
    ),
    (
        "Labour Party",
        &[
            "lab",
            "labour",
            "labour party",
            "lab/co-op",
            "labour/co-operative",
            "labour/co-op",
            "labour co-operative",
            "labour and co-operative",
            "labour and co-operative party",
        ],
    ),
    (
        "Liberal Democrats",
        &[
            "ldem",
            "lib dem",
            "lib dems",
            "liberal democrat",
            "liberal democrats",
            "liberal democrat party",
        ],
    ),
    (
        "Scottish National Party",
        &["snp", "scottish national party"],
    ),
    ("Plaid Cymru", &["pc", "plaid", "plaid cymru"]),
    (
        "Democratic Unionist Party",
        &["dup", "democratic unionist", "democratic unionist party"],
    ),
    (
        "Ulster Unionist Party",
        &[
            "uup",
            "ulster unionist",
            "ulster unionists",
            "ulster unionist party",
        ],
    ),
    ("Sinn Féin", &["sf", "sinn fein", "sinn féin"]),
    (
        "Social Democratic and Labour Party",
        &["sdlp", "social democratic and labour party"],
    ),
    (
        "UK Independence Party",
        &[
            "ukip",
            "uk independence party",
            "united kingdom independence party",
        ],
    ),
    ("Green Party", &["green", "greens", "green party"]),
    (
        "Scottish Green Party",
        &["scottish green party", "scottish greens", "scottish green"],
    ),
    ("Respect", &["res", "respect", "respect party"]),
    ("Alliance Party", &["alliance", "alliance party"]),
    ("UK Unionist Party", &["ukup", "uk unionist party"]),
    ("Independent", &["ind", "independent", "independents"]),
    (
        "Independent Conservative",
        &["ind con", "independent conservative"],
    ),
    ("Independent Labour", &["ind lab", "independent labour"]),
    (
        "Independent Ulster Unionist",
        &["ind uu", "independent ulster unionist"],
    ),
    ("Speaker", &["spk", "speaker"]),
    ("Chairman of Ways and Means", &["cwm"]),
    ("Deputy Chairman of Ways and Means", &["dcwm"]),
    (
        "The Independent Group",
        &[
            "tig",
            "the independent group",
            "independent group",
            "change uk",
            "change uk - the independent group",
        ],
    ),
    (
        "Brexit Party",
        &["brexit party", "the brexit party", "brexit"],
    ),
];

/// The canonical name of a party or group, or the name as given (trimmed) if it is not
/// one of the parties this table knows.
pub fn canonical_org(name: &str) -> String {
    let trimmed = name.trim();
    let lower = trimmed.to_lowercase();
    for (canonical, spellings) in ORGS {
        if spellings.contains(&lower.as_str())
            || canonical
                .chars()
                .flat_map(char::to_lowercase)
                .eq(lower.chars())
        {
            return (*canonical).to_string();
        }
    }
    if let Some(org) = crate::offices::org_spelling(trimmed) {
        return org.to_string();
    }
    trimmed.to_string()
}

/// Whether a canonical organisation name is a known party or parliamentary group.
pub fn is_party(canonical: &str) -> bool {
    ORGS.iter().any(|(c, _)| *c == canonical)
}

/// Levenshtein distance between two strings, by characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let sub = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_keys() {
        for (name, key) in [
            ("Heidi Allen", "heidi allen"),
            ("Mrs Allen", "allen"),
            ("Sarah Wollaston MP", "sarah wollaston"),
            ("Dr. Sarah Wollaston", "sarah wollaston"),
            ("Seán O'Brien", "sean obrien"),
            ("Jean-Luc Smith", "jean luc smith"),
            ("  ", ""),
        ] {
            assert_eq!(person_key(name), key, "{name}");
        }
        assert_eq!(surname("heidi allen"), "allen");
    }

    #[test]
    fn org_spellings_fold_to_one_name() {
        for (raw, canonical) in [
            ("Con", "Conservative Party"),
            ("Conservative", "Conservative Party"),
            ("Labour/Co-operative", "Labour Party"),
            ("Liberal Democrat", "Liberal Democrats"),
            ("Independent", "Independent"),
            ("The Independent Group", "The Independent Group"),
            // (a party of its own, not the Green Party of England and Wales)
            ("Scottish Greens", "Scottish Green Party"),
            ("Greens", "Green Party"),
            ("House of Commons", "House of Commons"),
        ] {
            assert_eq!(canonical_org(raw), canonical, "{raw}");
        }
        assert!(is_party("Labour Party"));
        assert!(!is_party("House of Commons"));
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("sarah woolaston", "sarah wollaston"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert!(given_names_fit("chris", "christopher"));
        assert!(!given_names_fit("jane", "john"));
    }
}
