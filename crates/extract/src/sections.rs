//! Long documents, read in sections.
//!
//! A news article is a few thousand words; the longest in the development corpora is under
//! 60 KB. A "document" of megabytes is a table turned into text, a results page, a whole site
//! or a hostile upload. Reading it whole would hold per-token structures for all of it at once
//! (tens of bytes per input byte) and let document-wide passes grow with it, so it is read in
//! sections of at most [`MAX_SECTION_BYTES`], each cut at a paragraph, line or sentence end
//! where one is near, and the results are joined: offsets into the whole text, one entity per
//! name and kind, and a `long-document` note. Names, pronouns and events are not linked across
//! sections; the note says so.

use std::collections::HashMap;

use floorcross_model::{Diagnostic, Document, EntityKind, Extraction};

/// The largest section read at once: four times the longest article in the development
/// corpora, so no real article is ever cut.
pub const MAX_SECTION_BYTES: usize = 256 * 1024;

/// Extracts from a document longer than [`MAX_SECTION_BYTES`], section by section.
pub fn extract_in_sections(doc: &Document) -> Extraction {
    let text = doc.text.as_str();
    let mut out = Extraction {
        doc: doc.meta(),
        entities: Vec::new(),
        timexes: Vec::new(),
        events: Vec::new(),
        facts: Vec::new(),
        diagnostics: Vec::new(),
    };
    let mut joined = Joined::default();
    let mut start = 0;
    let mut sections = 0;
    while start < text.len() {
        let end = section_end(text, start);
        let part = Document {
            id: doc.id.clone(),
            path: doc.path.clone(),
            date: doc.date,
            title: doc.title.clone(),
            title_span: if start == 0 { doc.title_span } else { None },
            url: doc.url.clone(),
            byline: doc.byline.clone(),
            text: text[start..end].to_string(),
        };
        let x = crate::extract_section(&part, start == 0);
        drop(part);
        joined.absorb(&mut out, x, start);
        sections += 1;
        start = end;
    }
    out.diagnostics.insert(
        0,
        Diagnostic::note(
            "long-document",
            format!(
                "the document is {} bytes, read in {sections} sections of at most {MAX_SECTION_BYTES} bytes: names, pronouns and events are not linked across sections",
                text.len()
            ),
        ),
    );
    out
}

/// Where the section starting at `start` ends: the last paragraph break in the second half of
/// the window, else the last line break, else sentence end, else space, else the window's end.
fn section_end(text: &str, start: usize) -> usize {
    let limit = start + MAX_SECTION_BYTES;
    if limit >= text.len() {
        return text.len();
    }
    let from = char_floor(text, start + MAX_SECTION_BYTES / 2);
    let to = char_floor(text, limit);
    let window = &text[from..to];
    for pat in ["\n\n", "\n", ". ", " "] {
        if let Some(i) = window.rfind(pat) {
            return from + i + pat.len();
        }
    }
    to
}

/// The nearest char boundary at or before `i`.
fn char_floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The state of joining sections: which entity each (kind, name) became, and how many ids of
/// each prefix are taken.
#[derive(Default)]
struct Joined {
    entities: HashMap<(EntityKind, String), usize>,
    taken: HashMap<String, usize>,
}

impl Joined {
    /// Adds one section's extraction, its offsets counted from `offset`.
    fn absorb(&mut self, out: &mut Extraction, x: Extraction, offset: usize) {
        let mut ids: HashMap<String, String> = HashMap::new();
        for mut e in x.entities {
            for m in &mut e.mentions {
                m.start += offset;
                m.end += offset;
            }
            let key = (e.kind, e.name.clone());
            if let Some(&at) = self.entities.get(&key) {
                let into = &mut out.entities[at];
                ids.insert(e.id, into.id.clone());
                into.mentions.append(&mut e.mentions);
                continue;
            }
            let prefix: String = e.id.chars().take_while(|c| !c.is_ascii_digit()).collect();
            let n = self.taken.entry(prefix.clone()).or_insert(0);
            *n += 1;
            let id = format!("{prefix}{n}");
            let old = std::mem::replace(&mut e.id, id.clone());
            ids.insert(old, id);
            self.entities.insert(key, out.entities.len());
            out.entities.push(e);
        }
        let rename = |id: &mut Option<String>| {
            if let Some(new) = id.as_ref().and_then(|i| ids.get(i)) {
                *id = Some(new.clone());
            }
        };
        for mut t in x.timexes {
            t.start += offset;
            t.end += offset;
            out.timexes.push(t);
        }
        for mut ev in x.events {
            ev.evidence.start += offset;
            ev.evidence.end += offset;
            rename(&mut ev.person_id);
            out.events.push(ev);
        }
        for mut f in x.facts {
            f.evidence.start += offset;
            f.evidence.end += offset;
            rename(&mut f.person_id);
            out.facts.push(f);
        }
        for mut d in x.diagnostics {
            if let Some(o) = &mut d.offset {
                *o += offset;
            }
            out.diagnostics.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: String) -> Document {
        Document {
            id: "long".into(),
            date: Some("2019-02-18".parse().unwrap()),
            text,
            ..Document::default()
        }
    }

    #[test]
    fn a_long_document_is_read_in_sections_with_offsets_into_the_whole() {
        let para =
            "The council met to discuss the budget for the coming year and nothing else.\n\n";
        let mut text = String::from("Council news\n\n");
        while text.len() < 2 * MAX_SECTION_BYTES {
            text.push_str(para);
        }
        text.push_str("Jane Hollis has defected from the Conservatives to Labour.\n\n");
        while text.len() < 3 * MAX_SECTION_BYTES {
            text.push_str(para);
        }
        text.push_str("Jane Hollis said she had no regrets.\n");
        let x = crate::extract(&doc(text.clone()));
        assert_eq!(x.diagnostics[0].code, "long-document");
        let ev = x.events.iter().find(|e| e.person == "Jane Hollis").unwrap();
        assert_eq!(
            &text[ev.evidence.start..ev.evidence.end],
            "Jane Hollis has defected from the Conservatives to Labour."
        );
        // one entity for the name, with its mentions in both sections, found in the whole text
        let people: Vec<_> = x
            .entities
            .iter()
            .filter(|e| e.name == "Jane Hollis")
            .collect();
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].mentions.len(), 2);
        for m in &people[0].mentions {
            assert_eq!(&text[m.start..m.end], "Jane Hollis");
        }
        assert_eq!(ev.person_id.as_deref(), Some(people[0].id.as_str()));
        // ids stay unique across sections
        let mut ids: Vec<_> = x.entities.iter().map(|e| e.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), x.entities.len());
    }

    #[test]
    fn a_section_ends_at_a_paragraph_break_and_never_inside_a_character() {
        let mut text = "é".repeat(MAX_SECTION_BYTES);
        let end = section_end(&text, 0);
        assert!(text.is_char_boundary(end) && end <= MAX_SECTION_BYTES && end > 0);
        text.insert_str(MAX_SECTION_BYTES * 3 / 4, "\n\n");
        assert_eq!(section_end(&text, 0), MAX_SECTION_BYTES * 3 / 4 + 2);
    }

    #[test]
    fn evidence_in_a_run_cut_at_the_sentence_limit_is_the_words_around_the_trigger() {
        let filler = "and the council met again to talk about the roads ".repeat(60);
        let text = format!(
            "Roads\n\n{filler}while Jane Hollis defected from the Conservatives to Labour {filler}\n"
        );
        let x = crate::extract(&doc(text));
        assert!(x.diagnostics.iter().any(|d| d.code == "long-sentence"));
        let ev = x.events.iter().find(|e| e.person == "Jane Hollis").unwrap();
        assert!(ev.evidence.text.contains("Jane Hollis defected"));
        let words = ev.evidence.text.split_whitespace().count();
        assert!(
            words <= 2 * super::super::EVIDENCE_WINDOW + 2,
            "{words} words"
        );
    }

    #[test]
    fn a_short_document_is_one_section() {
        let x = crate::extract(&doc("Short\n\nNothing happened.".into()));
        assert!(x.diagnostics.iter().all(|d| d.code != "long-document"));
    }
}
