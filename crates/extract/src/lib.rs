//! Extraction: one dated [`Document`] in, its people, parties, time expressions, events and
//! facts out, as the extraction spec defines them.
//!
//! The pipeline is [`extract`]: segment ([`floorcross_text::segment`]), tag time expressions
//! ([`floorcross_timex::Tagger`]), recognise mentions ([`floorcross_mention::recognise`]),
//! find events ([`events`], with [`modality`]) and facts ([`facts`]), merge ([`merge`]) and
//! assemble the [`Extraction`]. It is pure: no I/O, no panics on any input, and anything
//! noteworthy is a [`floorcross_model::Diagnostic`] in the result.
//!
//! ```
//! use floorcross_model::Document;
//! let doc = Document {
//!     id: "x".into(),
//!     date: Some("2005-01-16".parse().unwrap()),
//!     text: "Tory MP defects\n\nRobert Jackson has defected from the Conservatives to Labour.".into(),
//!     ..Document::default()
//! };
//! let out = floorcross_extract::extract(&doc);
//! let ev = &out.events[0];
//! assert_eq!((ev.kind.as_str(), ev.person.as_str()), ("defect", "Robert Jackson"));
//! assert_eq!((ev.from.as_deref(), ev.to.as_deref()), (Some("Conservative Party"), Some("Labour Party")));
//! assert_eq!(ev.date.as_deref(), Some("2005-01-16"));
//! ```

pub mod doc;
pub mod events;
pub mod facts;
pub mod grammar;
pub mod merge;
pub mod modality;
pub mod sections;
pub mod triggers;

use std::collections::HashMap;

use floorcross_model::{
    Diagnostic, Document, Entity, EntityKind, Event, Evidence, Extraction, Fact, Mention, Span,
};

use crate::doc::Analysed;

/// The polling day of the UK general election held in `year` ("2001" → "2001-06-07"), from
/// the timex engine's election table; none where the year had two elections (1974).
pub(crate) fn polling_day(year: &str) -> Option<String> {
    let y: i32 = year.parse().ok()?;
    let mut days = floorcross_timex::UK_GENERAL_ELECTIONS
        .iter()
        .filter(|(ey, _, _)| *ey == y);
    let (_, m, d) = days.next()?;
    days.next()
        .is_none()
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Extracts everything the spec asks for from one document. A document longer than
/// [`sections::MAX_SECTION_BYTES`] is read section by section (see [`sections`]), so that time
/// and memory stay linear in its length.
pub fn extract(doc: &Document) -> Extraction {
    if doc.text.len() <= sections::MAX_SECTION_BYTES {
        return extract_section(doc, true);
    }
    let mut whole = sections::Whole::default();
    sections::extract_parts(doc, |part| whole.add(part));
    whole.finish()
}

pub use sections::extract_parts;

/// Extracts from one document or section; `opening` is false for a section after the first,
/// which has no header or headline of its own.
fn extract_section(doc: &Document, opening: bool) -> Extraction {
    // names are read from the text with drop capitals undone; evidence and mentions quote the
    // text as it is (the same offsets)
    // (and a hard-wrapped body read as its paragraphs: "the Liberal\nDemocrat benches")
    // (and a headline in capitals cased as a sentence by what the body writes: "TORY MP
    // QUITS" read as "Tory MP quits")
    let original = doc.text.as_str();
    let opening_header = if opening {
        floorcross_text::read::parse_header(original).ok().flatten()
    } else {
        None
    };
    // (after the header line: a headline is never joined to the body)
    let body_start = opening_header
        .as_ref()
        .map_or(0, |h| h.title.map_or(h.date_span.end, |t| t.end));
    let unwrapped = floorcross_text::unwrap_hard_wraps(original, body_start);
    // what evidence and mentions quote: the text with a hard wrap's breaks read as spaces
    let quoted = unwrapped.as_deref().unwrap_or(original);
    // (and a line that links to another story, "Read more: …", left unread)
    let unlinked = floorcross_text::blank_link_lines(quoted, body_start);
    let quoted = unlinked.as_deref().unwrap_or(quoted);
    let headline = opening_header
        .as_ref()
        .and_then(|h| h.title.map(|t| t.start..t.end))
        .or_else(|| doc.title_span.map(|t| t.start..t.end).filter(|_| opening));
    let cased = headline.and_then(|h| floorcross_mention::truecase_capital_headline(quoted, h));
    let source = cased.as_deref().unwrap_or(quoted);
    let undone = floorcross_mention::undo_drop_caps(source);
    let text = undone.as_deref().unwrap_or(source);
    // (the readings change no byte of the header line but the headline's case: its spans hold)
    let header = opening_header;
    let body_from = header.as_ref().map(|h| h.date_span.end).unwrap_or(0);
    let headline_end = header
        .as_ref()
        .map(|h| h.title.map(|t| t.end).unwrap_or(h.date_span.end))
        .or_else(|| doc.title_span.map(|t| t.end))
        .or_else(|| opening.then(|| text.find('\n')).flatten());
    let seg = floorcross_text::segment(text, body_from);
    let timexes: Vec<_> = floorcross_timex::Tagger::global()
        .tag(source, doc.date)
        .into_iter()
        .filter(|t| t.start >= body_from)
        .collect();
    let mentions = floorcross_mention::recognise(text, &seg);
    // "in place of May herself" in a story about Theresa May: a month word the story uses as a
    // person's name is no time
    let month_surnames: Vec<&str> = mentions
        .people
        .iter()
        .filter_map(|p| p.name.rsplit_once(' ').map(|(_, last)| last))
        .filter(|w| {
            matches!(
                *w,
                "May" | "June" | "April" | "August" | "March" | "January" | "July"
            )
        })
        .collect();
    let timexes: Vec<_> = timexes
        .into_iter()
        .filter(|t| {
            let in_name = mentions
                .person_mentions
                .iter()
                .any(|pm| !pm.credit && pm.span.start <= t.start && t.end <= pm.span.end);
            !in_name && !month_as_surname(text, &seg, t, &month_surnames)
        })
        .collect();
    let a = Analysed::new(text, seg, mentions, timexes, doc.date, headline_end);

    let facts = facts::find_facts(&a);
    let headline_party =
        a.m.parties
            .iter()
            .find(|p| {
                let si = a.sentence_of(p.tokens.start);
                // (not a party in an adjunct of time or cause: "Council leader steps down
                // after Lib Dem gains" is not a story about the Liberal Democrats)
                let adjunct = (a.seg.sentences[si].tokens.start..p.tokens.start)
                    .any(|k| matches!(a.w(k), "after" | "amid" | "following" | "despite" | "as"));
                a.headline_sentences.contains(&si) && !adjunct
            })
            .map(|p| p.party.as_str())
            .filter(|p| *p != "Independent");
    let paper_day = doc.date.map(|d| d.to_string());
    let described = std::cell::OnceCell::new();
    let mut cands = merge::merge(
        events::find_events(&a),
        &facts,
        headline_party,
        // (read once, and only when a side is left for it)
        &|person| {
            described
                .get_or_init(|| events::described_parties(&a))
                .get(&person)
                .cloned()
        },
        paper_day.as_deref(),
        &|first, then| events::one_move(&a, first, then),
    );
    events::contest_day_dates(&a, &mut cands);
    events::polling_day_dates(&a, &mut cands);
    events::named_election_dates(&a, &mut cands);

    let mut diagnostics = a.seg.diagnostics();
    if doc.date.is_none() && a.timexes.iter().any(|t| t.value.contains('X')) {
        diagnostics.push(Diagnostic::note(
            "undated",
            "the document has no date: relative time expressions are left unresolved",
        ));
    }

    let (entities, person_ids) = entities(&a, quoted);
    let evidence = |span: Span| Evidence {
        start: span.start,
        end: span.end,
        text: span.slice(quoted).to_string(),
    };
    let events = cands
        .into_iter()
        .map(|c| (evidence_span(&a, c.evidence, c.trigger.clone()), c))
        .map(|(span, c)| Event {
            kind: c.kind,
            person: a.m.people[c.person].name.clone(),
            person_id: person_ids.get(&c.person).cloned(),
            from: c.from,
            to: c.to,
            post: c.post,
            role: c.role,
            date: c.date,
            modality: c.modality,
            evidence: evidence(span),
        })
        .collect();
    let facts = facts
        .into_iter()
        .map(|f| Fact {
            kind: f.kind,
            person: a.m.people[f.person].name.clone(),
            person_id: person_ids.get(&f.person).cloned(),
            role: f.role,
            post: f.post,
            org: f.org,
            status: f.status,
            evidence: evidence(fact_evidence(&a, f.sentence, f.person)),
        })
        .collect();
    Extraction {
        doc: doc.meta(),
        entities,
        timexes: a.timexes,
        events,
        facts,
        diagnostics,
    }
}

/// Words either side of a claim's focus that stand as its evidence in a piece of a cut run.
const EVIDENCE_WINDOW: usize = 24;

/// A claim's evidence: its sentence; but in a piece of a run cut at the sentence limit, which
/// is no sentence and may be hundreds of words long, the words within [`EVIDENCE_WINDOW`]
/// tokens of its focus (the trigger, or the person's mention), so output stays proportional
/// to the input.
fn evidence_span(a: &Analysed, sentence: Span, focus: std::ops::Range<usize>) -> Span {
    let Some(si) = a.seg.sentence_at(sentence.start) else {
        return sentence;
    };
    if !a.is_cut(si) || focus.is_empty() {
        return sentence;
    }
    let tokens = a.seg.sentences[si].tokens.clone();
    let first = focus
        .start
        .saturating_sub(EVIDENCE_WINDOW)
        .max(tokens.start);
    let last = (focus.end + EVIDENCE_WINDOW).min(tokens.end);
    if first >= last {
        return sentence;
    }
    Span::new(a.seg.tokens[first].start, a.seg.tokens[last - 1].end)
}

/// A fact's evidence: its sentence, narrowed as [`evidence_span`] says around the person's
/// first mention in it.
fn fact_evidence(a: &Analysed, si: usize, person: usize) -> Span {
    let sentence = a.seg.sentences[si].span;
    if !a.is_cut(si) {
        return sentence;
    }
    let focus = a.m.people[person]
        .mentions
        .iter()
        .map(|&m| &a.m.person_mentions[m])
        .find(|m| sentence.start <= m.span.start && m.span.end <= sentence.end)
        .map(|m| m.tokens.clone())
        .unwrap_or(0..0);
    evidence_span(a, sentence, focus)
}

/// The entity list: people (`p1`…), parties (`g1`…), posts (`s1`…) and other organisations
/// (`o1`…), each with its mentions; and the id of each person.
fn entities(a: &Analysed, text: &str) -> (Vec<Entity>, HashMap<usize, String>) {
    let mention = |span: Span| Mention {
        start: span.start,
        end: span.end,
        text: span.slice(text).to_string(),
    };
    let mut out = Vec::new();
    let mut ids = HashMap::new();
    for (pi, p) in a.m.people.iter().enumerate() {
        if p.mentions.is_empty() {
            continue;
        }
        let id = format!("p{}", ids.len() + 1);
        ids.insert(pi, id.clone());
        out.push(Entity {
            id,
            kind: EntityKind::Person,
            name: p.name.clone(),
            reference: None,
            mentions: p
                .mentions
                .iter()
                .map(|&m| mention(a.m.person_mentions[m].span))
                .collect(),
        });
    }
    let mut grouped = |kind: EntityKind, prefix: &str, items: Vec<(String, Span)>| {
        let mut order: Vec<String> = Vec::new();
        let mut by: HashMap<String, Vec<Mention>> = HashMap::new();
        for (name, span) in items {
            if !by.contains_key(&name) {
                order.push(name.clone());
            }
            by.entry(name).or_default().push(mention(span));
        }
        for (n, name) in order.into_iter().enumerate() {
            let mentions = by.remove(&name).unwrap_or_default();
            out.push(Entity {
                id: format!("{prefix}{}", n + 1),
                kind,
                name,
                reference: None,
                mentions,
            });
        }
    };
    grouped(
        EntityKind::Party,
        "g",
        a.m.parties
            .iter()
            .map(|p| (p.party.clone(), p.span))
            .collect(),
    );
    grouped(
        EntityKind::Post,
        "s",
        a.m.posts.iter().map(|p| (p.name.clone(), p.span)).collect(),
    );
    grouped(
        EntityKind::Org,
        "o",
        a.m.orgs.iter().map(|o| (o.name.clone(), o.span)).collect(),
    );
    (out, ids)
}

#[cfg(test)]
mod tests;

/// Whether time expression `t` is a bare month word that the story uses as a surname ("in
/// place of May herself" where Theresa May is named): the month has none of a date's company
/// (a preposition of time before it, "the end of" before it, a number after it).
fn month_as_surname(
    text: &str,
    seg: &floorcross_text::Segmented,
    t: &floorcross_model::Timex,
    surnames: &[&str],
) -> bool {
    if !surnames.contains(&t.text.as_str()) {
        return false;
    }
    let k = seg.tokens.partition_point(|tok| tok.end <= t.start);
    let w = |i: usize| {
        seg.tokens
            .get(i)
            .map(|tok| tok.text(text).to_ascii_lowercase())
    };
    let prev = k.checked_sub(1).and_then(w).unwrap_or_default();
    let prev2 = k.checked_sub(2).and_then(w).unwrap_or_default();
    let next = w(k + 1).unwrap_or_default();
    let time_before = matches!(
        prev.as_str(),
        "in" | "on"
            | "since"
            | "until"
            | "till"
            | "by"
            | "from"
            | "during"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "next"
            | "this"
            | "before"
            | "after"
            | "through"
            | "to"
            | "and"
            | "or"
            | "between"
    ) || prev == "of"
        && matches!(
            prev2.as_str(),
            "end" | "beginning" | "start" | "middle" | "half" | "month" | "part"
        );
    let number_after = next.chars().next().is_some_and(|c| c.is_ascii_digit());
    !time_before && !number_after
}
