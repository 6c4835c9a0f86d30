//! Party colours from `data/party-colours.txt`; a party not listed gets a stable colour
//! made from its name.

use std::collections::HashMap;
use std::sync::OnceLock;

const DATA: &str = include_str!("../data/party-colours.txt");

fn table() -> &'static HashMap<String, String> {
    static T: OnceLock<HashMap<String, String>> = OnceLock::new();
    T.get_or_init(|| parse(DATA).unwrap_or_default())
}

/// Parses the colour file; an error names the bad line.
pub(crate) fn parse(data: &str) -> Result<HashMap<String, String>, String> {
    let mut out = HashMap::new();
    for (i, line) in data.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, colour) = line
            .split_once('\t')
            .ok_or_else(|| format!("party-colours.txt:{}: expected NAME<TAB>#RRGGBB", i + 1))?;
        let ok = colour.len() == 7
            && colour.starts_with('#')
            && colour[1..].bytes().all(|c| c.is_ascii_hexdigit());
        if !ok {
            return Err(format!(
                "party-colours.txt:{}: {colour:?} is not #RRGGBB",
                i + 1
            ));
        }
        out.insert(
            floorcross_record::names::canonical_org(name),
            colour.to_string(),
        );
    }
    Ok(out)
}

/// The colour of a party (or any organisation), as `#rrggbb`.
pub(crate) fn colour(party: &str) -> String {
    let canonical = floorcross_record::names::canonical_org(party);
    if let Some(c) = table().get(&canonical) {
        return c.clone();
    }
    // FNV-1a of the name picks a hue; saturation and lightness stay readable
    let mut h: u32 = 0x811c_9dc5;
    for b in canonical.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    hsl_hex((h % 360) as f64, 0.55, 0.45)
}

fn hsl_hex(h: f64, s: f64, l: f64) -> String {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let x = c * (1.0 - ((h / 60.0) % 2.0 - 1.0).abs());
    let m = l - c / 2.0;
    let (r, g, b) = match (h / 60.0) as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let to = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    format!("#{:02x}{:02x}{:02x}", to(r), to(g), to(b))
}

/// Black or white, whichever reads better on `bg`.
pub(crate) fn ink(bg: &str) -> &'static str {
    let v = |i: usize| u8::from_str_radix(bg.get(i..i + 2).unwrap_or("80"), 16).unwrap_or(128);
    let lum = 0.299 * f64::from(v(1)) + 0.587 * f64::from(v(3)) + 0.114 * f64::from(v(5));
    if lum > 150.0 {
        "#000"
    } else {
        "#fff"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_colour_file_parses_and_names_a_bad_line() {
        let t = parse(DATA).expect("the bundled file parses");
        assert_eq!(t.get("Labour Party").map(String::as_str), Some("#d50000"));
        assert_eq!(
            colour("Labour"),
            "#d50000",
            "aliases find the canonical name"
        );
        let e = parse("# x\nLabour\t#12345\n").unwrap_err();
        assert!(e.contains(":2:"), "{e}");
        assert!(parse("Labour #123456\n").unwrap_err().contains(":1:"));
    }

    #[test]
    fn an_unlisted_party_gets_a_stable_colour_and_readable_ink() {
        let a = colour("Synthetic Party 7");
        assert_eq!(a, colour("Synthetic Party 7"));
        assert_ne!(a, colour("Synthetic Party 8"));
        assert_eq!(a.len(), 7);
        assert_eq!(ink("#ffffff"), "#000");
        assert_eq!(ink("#000000"), "#fff");
    }
}
