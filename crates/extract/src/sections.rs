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

/// Extracts from `doc`, handing what it finds to `part` as it goes: the whole extraction for a
/// document of at most [`MAX_SECTION_BYTES`], else one part per section, so that a caller that
/// keeps only some of it (ingest keeps events and facts) never holds the rest of the whole
/// document's at once.
///
/// Each part is the section's extraction joined into the whole: offsets into the whole text,
/// entity ids the whole document's (a name met in an earlier section keeps its id, and its
/// entity in a later part lists only that section's mentions). Every part carries the
/// document's `doc`; the first part's diagnostics start with the `long-document` note.
/// Folding the parts with [`Whole`] gives [`crate::extract`]'s answer.
pub fn extract_parts(doc: &Document, mut part: impl FnMut(Extraction)) {
    let text = doc.text.as_str();
    if text.len() <= MAX_SECTION_BYTES {
        part(crate::extract_section(doc, true));
        return;
    }
    let mut sections = 0;
    let mut at = 0;
    while at < text.len() {
        at = section_end(text, at);
        sections += 1;
    }
    let mut note = Some(Diagnostic::note(
        "long-document",
        format!(
            "the document is {} bytes, read in {sections} sections of at most {MAX_SECTION_BYTES} bytes: names, pronouns and events are not linked across sections",
            text.len()
        ),
    ));
    let mut joined = Joined::default();
    let mut start = 0;
    while start < text.len() {
        let end = section_end(text, start);
        let section = Document {
            id: doc.id.clone(),
            path: doc.path.clone(),
            date: doc.date,
            title: doc.title.clone(),
            title_span: if start == 0 { doc.title_span } else { None },
            url: doc.url.clone(),
            byline: doc.byline.clone(),
            text: text[start..end].to_string(),
        };
        let x = crate::extract_section(&section, start == 0);
        drop(section);
        let mut x = joined.join(x, start);
        if let Some(note) = note.take() {
            x.diagnostics.insert(0, note);
        }
        part(x);
        start = end;
    }
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

/// The state of joining sections: the number each (kind, name) took in its id (after the
/// prefix its kind gives), and how many ids of each prefix are taken.
#[derive(Default)]
struct Joined {
    entities: HashMap<(EntityKind, String), usize>,
    taken: HashMap<String, usize>,
}

impl Joined {
    /// One section's extraction as a part of the whole: offsets counted from `offset`, entity
    /// ids the whole document's.
    fn join(&mut self, mut x: Extraction, offset: usize) -> Extraction {
        let mut ids: HashMap<String, String> = HashMap::new();
        for e in &mut x.entities {
            for m in &mut e.mentions {
                m.start += offset;
                m.end += offset;
            }
            let prefix: String = e.id.chars().take_while(|c| !c.is_ascii_digit()).collect();
            let key = (e.kind, e.name.clone());
            let n = match self.entities.get(&key) {
                Some(&n) => n,
                None => {
                    let n = self.taken.entry(prefix.clone()).or_insert(0);
                    *n += 1;
                    self.entities.insert(key, *n);
                    *n
                }
            };
            let id = format!("{prefix}{n}");
            let old = std::mem::replace(&mut e.id, id.clone());
            ids.insert(old, id);
        }
        let rename = |id: &mut Option<String>| {
            if let Some(new) = id.as_ref().and_then(|i| ids.get(i)) {
                *id = Some(new.clone());
            }
        };
        for t in &mut x.timexes {
            t.start += offset;
            t.end += offset;
        }
        for ev in &mut x.events {
            ev.evidence.start += offset;
            ev.evidence.end += offset;
            rename(&mut ev.person_id);
        }
        for f in &mut x.facts {
            f.evidence.start += offset;
            f.evidence.end += offset;
            rename(&mut f.person_id);
        }
        for d in &mut x.diagnostics {
            if let Some(o) = &mut d.offset {
                *o += offset;
            }
        }
        x
    }
}

/// `more` after `all` (taken whole when `all` is empty).
fn append<T>(all: &mut Vec<T>, mut more: Vec<T>) {
    if all.is_empty() {
        *all = more;
    } else {
        all.append(&mut more);
    }
}

/// The parts of [`extract_parts`] folded into one extraction: one entity per id, with the
/// mentions of every part.
#[derive(Default)]
pub struct Whole {
    out: Option<Extraction>,
    /// Where each entity id is in `out.entities`.
    at: HashMap<String, usize>,
}

impl Whole {
    /// Adds the next part.
    pub fn add(&mut self, x: Extraction) {
        let out = self.out.get_or_insert_with(|| Extraction {
            doc: x.doc.clone(),
            ..Extraction::default()
        });
        for mut e in x.entities {
            match self.at.get(&e.id) {
                Some(&i) => out.entities[i].mentions.append(&mut e.mentions),
                None => {
                    self.at.insert(e.id.clone(), out.entities.len());
                    out.entities.push(e);
                }
            }
        }
        append(&mut out.timexes, x.timexes);
        append(&mut out.events, x.events);
        append(&mut out.facts, x.facts);
        append(&mut out.diagnostics, x.diagnostics);
    }

    /// The extraction of every part added; an empty one for none.
    pub fn finish(self) -> Extraction {
        self.out.unwrap_or_default()
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
    fn each_part_holds_only_its_own_section() {
        let para = "Jane Hollis has defected from the Conservatives to Labour on Monday.\n\n";
        let mut text = String::from("Council news\n\n");
        while text.len() < 3 * MAX_SECTION_BYTES {
            text.push_str(para);
        }
        let mut bounds = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let end = section_end(&text, at);
            bounds.push(at..end);
            at = end;
        }
        let mut parts = Vec::new();
        extract_parts(&doc(text.clone()), |x| parts.push(x));
        assert_eq!(parts.len(), bounds.len());
        for (x, b) in parts.iter().zip(&bounds) {
            let inside = |s: usize, e: usize| b.start <= s && e <= b.end;
            assert!(!x.events.is_empty() && !x.timexes.is_empty());
            assert!(x.timexes.iter().all(|t| inside(t.start, t.end)));
            assert!(x
                .events
                .iter()
                .all(|e| inside(e.evidence.start, e.evidence.end)));
            let mentions = x.entities.iter().flat_map(|e| &e.mentions);
            assert!(mentions.clone().all(|m| inside(m.start, m.end)));
            assert!(mentions.clone().all(|m| text[m.start..m.end] == m.text));
        }
        // the same person is one id in every part
        let ids: Vec<_> = (parts.iter())
            .map(|x| x.events[0].person_id.clone().unwrap())
            .collect();
        assert!(ids.iter().all(|i| *i == ids[0]), "{ids:?}");
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
