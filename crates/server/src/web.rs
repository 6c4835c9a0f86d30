//! What every web page shares: the layout (header, search box, navigation), links to people,
//! organisations and evidence, HTML error pages, and the two static files (style sheet and a
//! small script that only adds to pages that work without it).

use std::collections::HashSet;

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup, DOCTYPE};

use crate::api::ApiError;
use crate::client::encode;

pub const STYLE: &str = include_str!("../static/style.css");
pub const SCRIPT: &str = include_str!("../static/app.js");

/// The register files on record (a source that is not an article has no page).
pub type Registers = HashSet<String>;

/// A whole page: title, header with the search box and navigation, the body.
pub fn page(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · floorcross" }
                link rel="stylesheet" href="/static/style.css";
                script src="/static/app.js" defer {}
            }
            body {
                header {
                    a.brand href="/" { "floorcross" }
                    form.search action="/search" method="get" role="search" {
                        input type="search" name="q" placeholder="A person or a party" aria-label="Search people and organisations" required;
                        button type="submit" { "Search" }
                    }
                    nav {
                        a href="/house" { "House" }
                        a href="/changes" { "Changes" }
                        a href="/pending" { "Pending" }
                        a href="/check" { "Check" }
                        a href="/api/v1/openapi.json" { "API" }
                    }
                }
                main { (body) }
            }
        }
    }
}

/// An HTML answer.
pub fn ok(title: &str, body: Markup) -> Response {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page(title, body).into_string(),
    )
        .into_response()
}

/// The link to a person's page, by name (or key).
pub fn person_href(name: &str) -> String {
    format!("/person/{}", encode(name))
}

/// The link to an organisation's page, on a day if given.
pub fn org_href(name: &str, on: Option<&str>) -> String {
    match on {
        Some(d) => format!("/org/{}?on={}", encode(name), encode(d)),
        None => format!("/org/{}", encode(name)),
    }
}

/// The link to a document with one evidence sentence marked (and scrolled to).
pub fn evidence_href(doc: &str, evidence: &str) -> String {
    format!("/document/{}?ev={}#ev", encode(doc), encode(evidence))
}

pub fn person_link(name: &str) -> Markup {
    html! { a href=(person_href(name)) { (name) } }
}

pub fn org_link(name: Option<&str>, on: Option<&str>) -> Markup {
    html! {
        @if let Some(n) = name { a href=(org_href(n, on)) { (n) } }
    }
}

/// A small square of a party's colour (SVG: the content security policy allows no inline
/// styles).
pub fn swatch(colour: &str) -> Markup {
    html! {
        svg.swatch viewBox="0 0 10 10" aria-hidden="true" { rect width="10" height="10" rx="2" fill=(colour) {} }
    }
}

/// The sources of a row: an article's sentence as a link to it, a register as its name.
pub fn sources(list: &[floorcross_store::SourceRef], registers: &Registers) -> Markup {
    html! {
        ul.sources {
            @for s in list {
                li {
                    @if registers.contains(&s.doc) {
                        span.register { (s.doc) } ": " span.evidence { (s.evidence) }
                    } @else {
                        a.evidence href=(evidence_href(&s.doc, &s.evidence)) { "“" (s.evidence) "”" }
                        " " span.doc { (s.doc) }
                    }
                }
            }
        }
    }
}

/// Sources that disagree, each with its date.
pub fn conflicts(list: &[floorcross_record::reconcile::Conflict]) -> Markup {
    html! {
        @for c in list {
            div.conflict {
                "Sources disagree on " (c.about) ": "
                @for (i, cl) in c.claims.iter().enumerate() {
                    @if i > 0 { "; " }
                    (cl.source) " says " (cl.date.as_deref().unwrap_or("no date"))
                }
            }
        }
    }
}

/// A table of changes (timeline, changes, pending rows).
pub fn changes_table(
    rows: &[floorcross_store::TimelineRow],
    registers: &Registers,
    with_person: bool,
) -> Markup {
    html! {
        div.scroll {
            table.changes {
                thead { tr {
                    th { "Date" }
                    @if with_person { th { "Person" } }
                    th { "Change" } th { "To" } th { "From" } th { "Seat or post" } th { "Status" } th { "Evidence" }
                } }
                tbody {
                    @for r in rows {
                        tr.pending[r.status != "confirmed"] {
                            td.date { (r.date.as_deref().unwrap_or("?")) }
                            @if with_person { td { (person_link(&r.person)) } }
                            td { (r.kind) @if let Some(x) = &r.reason { br; small.muted { (x) } } }
                            td { (org_link(r.org.as_deref(), r.date.as_deref())) }
                            td { (org_link(r.from.as_deref(), r.date.as_deref())) }
                            td { (r.post.as_deref().or(r.role.as_deref()).unwrap_or("")) }
                            td { span.status { (r.status) } @if r.modality != "asserted" { " (" (r.modality) ")" } }
                            td {
                                (sources(&r.sources, registers))
                                @if !r.denials.is_empty() {
                                    div.denials { "Denied: " (sources(&r.denials, registers)) }
                                }
                                (conflicts(&r.conflicts))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// An error as a page, with the same status the API gives.
pub fn error_page(e: &ApiError) -> Response {
    let body = html! {
        h1 { (match e.status { StatusCode::NOT_FOUND => "Not found", StatusCode::BAD_REQUEST => "Bad request", _ => "Something went wrong" }) }
        p.error { (e.detail) }
        @if !e.suggestions.is_empty() {
            p { "Did you mean:" }
            ul.suggestions { @for s in &e.suggestions { li { a href=(format!("/search?q={}", encode(s))) { (s) } } } }
        }
    };
    (
        e.status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page("Error", body).into_string(),
    )
        .into_response()
}

pub async fn style() -> Response {
    static_file("text/css; charset=utf-8", STYLE)
}

pub async fn script() -> Response {
    static_file("text/javascript; charset=utf-8", SCRIPT)
}

fn static_file(kind: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}
