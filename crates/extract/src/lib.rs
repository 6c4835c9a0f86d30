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

/// Extracts everything the spec asks for from one document.
pub fn extract(doc: &Document) -> Extraction {
    let text = doc.text.as_str();
    let header = floorcross_text::read::parse_header(text).ok().flatten();
    let body_from = header.as_ref().map(|h| h.date_span.end).unwrap_or(0);
    let headline_end = header
        .as_ref()
        .map(|h| h.title.map(|t| t.end).unwrap_or(h.date_span.end))
        .or_else(|| doc.title_span.map(|t| t.end))
        .or_else(|| text.find('\n'));
    let seg = floorcross_text::segment(text, body_from);
    let timexes: Vec<_> = floorcross_timex::Tagger::global()
        .tag(text, doc.date)
        .into_iter()
        .filter(|t| t.start >= body_from)
        .collect();
    let mentions = floorcross_mention::recognise(text, &seg);
    let a = Analysed::new(text, seg, mentions, timexes, doc.date, headline_end);

    let facts = facts::find_facts(&a);
    let headline_party =
        a.m.parties
            .iter()
            .find(|p| {
                a.headline_sentences
                    .contains(&a.sentence_of(p.tokens.start))
            })
            .map(|p| p.party.as_str())
            .filter(|p| *p != "Independent");
    let cands = merge::merge(events::find_events(&a), &facts, headline_party);

    let mut diagnostics = a.seg.diagnostics();
    if doc.date.is_none() && a.timexes.iter().any(|t| t.value.contains('X')) {
        diagnostics.push(Diagnostic::note(
            "undated",
            "the document has no date: relative time expressions are left unresolved",
        ));
    }

    let (entities, person_ids) = entities(&a);
    let evidence = |span: Span| Evidence {
        start: span.start,
        end: span.end,
        text: span.slice(text).to_string(),
    };
    let events = cands
        .into_iter()
        .map(|c| Event {
            kind: c.kind,
            person: a.m.people[c.person].name.clone(),
            person_id: person_ids.get(&c.person).cloned(),
            from: c.from,
            to: c.to,
            post: c.post,
            role: c.role,
            date: c.date,
            modality: c.modality,
            evidence: evidence(c.evidence),
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
            evidence: evidence(a.seg.sentences[f.sentence].span),
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

/// The entity list: people (`p1`…), parties (`g1`…), posts (`s1`…) and other organisations
/// (`o1`…), each with its mentions; and the id of each person.
fn entities(a: &Analysed) -> (Vec<Entity>, HashMap<usize, String>) {
    let text = a.text;
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
