//! HTML character references left in plain text: a feed or a scrape that escaped its text
//! once too often ("Labour&#8217;s", "Lib Dems &amp; Greens"). Read as the characters they
//! stand for.

use floorcross_model::Diagnostic;

/// The named references such text carries, and their characters.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("lt", '<'),
    ("gt", '>'),
    ("nbsp", '\u{a0}'),
    ("rsquo", '’'),
    ("lsquo", '‘'),
    ("rdquo", '”'),
    ("ldquo", '“'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("pound", '£'),
    ("euro", '€'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("aacute", 'á'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("acirc", 'â'),
    ("ecirc", 'ê'),
    ("ocirc", 'ô'),
    ("ccedil", 'ç'),
    ("ouml", 'ö'),
    ("uuml", 'ü'),
    ("auml", 'ä'),
];

/// The character the reference at the start of `s` (just after its `&`) stands for, and
/// the reference's length in bytes with its `;`.
fn reference(s: &str) -> Option<(char, usize)> {
    let end = s.get(..12).unwrap_or(s).find(';')?;
    let name = &s[..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        // (not a control character nor a surrogate)
        char::from_u32(code).filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))?
    } else {
        NAMED.iter().find(|(n, _)| *n == name)?.1
    };
    Some((c, end + 1))
}

/// `text` with its HTML character references decoded, and a note of how many, when it has
/// any; `None` otherwise.
pub(super) fn decode_references(text: &str) -> Option<(String, Diagnostic)> {
    if !text.contains('&') {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut n = 0;
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        match reference(&rest[at + 1..]) {
            Some((c, len)) => {
                out.push(c);
                n += 1;
                rest = &rest[at + 1 + len..];
            }
            None => {
                out.push('&');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    (n > 0).then(|| {
        let note = Diagnostic::note(
            "html-references",
            format!("{n} HTML character references (\"&#8217;\", \"&amp;\") read as the characters they stand for"),
        );
        (out, note)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_left_in_plain_text_read_as_their_characters() {
        let (text, note) = decode_references(
            "Labour&#8217;s Ann Owen &amp; the Lib Dems&#x2019; &ldquo;pact&rdquo;",
        )
        .expect("references");
        assert_eq!(text, "Labour’s Ann Owen & the Lib Dems’ “pact”");
        assert_eq!(note.code, "html-references");
        // a bare ampersand, an unknown name or a control character stays as written
        assert_eq!(decode_references("Marks & Spencer &bogus; &#0;"), None);
        assert_eq!(decode_references("no references here"), None);
    }
}
