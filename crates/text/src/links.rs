//! What a page saved as text carries that is no part of its story: a line that links to
//! another story ("Read more: Tory MP defects to Reform"). [`blank_link_lines`] blanks such
//! lines, so another story's headline is not read as this one's news.

/// The labels that open a line linking to another story, as pages write them.
const LINK_LABELS: &[&str] = &[
    "read more:",
    "read more -",
    "read more –",
    "related:",
    "related story:",
    "related stories:",
    "related articles:",
    "see also:",
    "also read:",
    "you may also like:",
    "more on this story:",
    "recommended:",
    "most read:",
];

/// The text with every line that opens with a link label ([`LINK_LABELS`], in any case) made
/// spaces: the same length, so every offset holds. `None` when there is none.
pub fn blank_link_lines(text: &str, from: usize) -> Option<String> {
    let from = crate::segment::body_from(text, from);
    let mut out: Option<Vec<u8>> = None;
    let mut at = from;
    for line in text[from..].split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let lead = content.len() - content.trim_start().len();
        let opening = content[lead..]
            .get(..24)
            .unwrap_or(&content[lead..])
            .to_lowercase();
        if LINK_LABELS.iter().any(|l| opening.starts_with(l)) {
            let bytes = out.get_or_insert_with(|| text.as_bytes().to_vec());
            for b in &mut bytes[at..at + content.len()] {
                *b = b' ';
            }
        }
        at += line.len();
    }
    // whole lines became ASCII spaces: still UTF-8
    out.and_then(|b| String::from_utf8(b).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_linking_to_another_story_is_blanked_with_every_offset_kept() {
        let text = "Ann Owen quit Labour on Monday.\n\nRead more: Tory MP Tom Hale defects to Reform\n\nShe will sit as an independent.\n";
        let out = blank_link_lines(text, 0).expect("a link line");
        assert_eq!(out.len(), text.len());
        assert!(out.contains("Ann Owen quit Labour") && out.contains("She will sit"));
        assert!(!out.contains("Tom Hale"));
        // "read more" inside a sentence is the story's own
        assert_eq!(
            blank_link_lines("He said voters should read more: it helps.\n", 0),
            None
        );
    }
}
