//! The web pages: `/` (search and a summary), `/search`, `/person/{id}`, `/org/{id}`,
//! `/house`, `/changes`, `/pending`, `/document/{id}`, `/check`. Server-rendered with maud
//! (every text escaped), usable without JavaScript; they ask the store the same questions the
//! API does.

use std::collections::HashMap;

use axum::extract::{Path, RawQuery, State};

use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use floorcross_record::date::PartialDate;
use floorcross_store::Store;
use maud::{html, Markup};

use crate::api::{parse_date, percent_decode, suggest, ApiError};
use crate::client::encode;
use crate::colours::colour;
use crate::readers::Reader;
use crate::web::{self, changes_table, org_link, person_link, sources, Registers};
use crate::{draw, Shared};

pub(crate) fn routes(state: Shared) -> Router {
    Router::new()
        .route("/", get(home))
        .route("/search", get(search))
        .route("/person/{id}", get(person))
        .route("/org/{id}", get(org))
        .route("/house", get(house))
        .route("/changes", get(changes))
        .route("/pending", get(pending))
        .route("/document/{id}", get(document))
        .route("/check", get(check))
        .route("/static/style.css", get(web::style))
        .route("/static/app.js", get(web::script))
        .fallback(not_found)
        .with_state(state)
}

type Page = Result<Response, Response>;

/// Runs a page's reads on a pooled connection; an error becomes an HTML error page.
async fn read(
    s: &Shared,
    f: impl FnOnce(&Reader) -> Result<Response, ApiError> + Send + 'static,
) -> Page {
    s.readers
        .run(f)
        .await
        .map_err(|e| web::error_page(&ApiError::from(e)))
}

/// The query string as a map (`None` for a missing one); a bad escape is a 400 page.
fn params(q: Option<String>) -> Result<HashMap<String, String>, Response> {
    let mut out = HashMap::new();
    for pair in q
        .as_deref()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let k = percent_decode(k).map_err(|e| web::error_page(&ApiError::bad("bad-request", e)))?;
        let v = percent_decode(v).map_err(|e| web::error_page(&ApiError::bad("bad-request", e)))?;
        out.insert(k, v.trim().to_string());
    }
    Ok(out)
}

/// A date parameter, or `default` when it is missing or empty.
fn date_or(p: &HashMap<String, String>, name: &str, default: i32) -> Result<PartialDate, Response> {
    match p.get(name).filter(|v| !v.is_empty()) {
        Some(v) => parse_date(name, v).map_err(|e| web::error_page(&e)),
        None => Ok(PartialDate::from_day(default)),
    }
}

/// Today, as a day number.
fn today() -> i32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    (secs / 86_400) as i32
}

/// The last day a change on record is dated (else today): where pages without a date start.
fn latest(store: &Store) -> Result<i32, ApiError> {
    Ok(store.day_range()?.map_or(today(), |(_, hi)| hi))
}

fn registers(store: &Store) -> Result<Registers, ApiError> {
    Ok(store
        .source_list(false)?
        .into_iter()
        .map(|s| s.key)
        .collect())
}

async fn not_found() -> Response {
    web::error_page(&ApiError::not_found("no such page", Vec::new()))
}

/// A date control: a date field, a slider over the record's days (the script keeps them
/// together), the other parameters kept as hidden fields.
fn date_form(
    action: &str,
    on: &PartialDate,
    range: Option<(i32, i32)>,
    keep: &[(&str, &str)],
) -> Markup {
    html! {
        form.controls action=(action) method="get" {
            @for (k, v) in keep { input type="hidden" name=(k) value=(v); }
            label for="on" { "On" }
            input #on type="date" name="on" value=(on.to_string());
            @if let Some((lo, hi)) = range {
                input type="range" min=(lo - 365) max=(hi + 365) step="1" value=(on.first_day())
                    data-date-for="on" aria-label="Move through the record's days";
            }
            button type="submit" { "Show" }
        }
    }
}

async fn home(State(s): State<Shared>) -> Page {
    read(&s, |r| {
        let [articles, registers, people, claims, memberships] = r.store.counts()?;
        let range = r.store.day_range()?;
        let pending = r.store.pending()?.len();
        let body = html! {
            h1 { "The record" }
            p { "Who belongs to which party or group, who holds which seat or office, and what changed when, each with the sentence or register line that says so." }
            form.search action="/search" method="get" role="search" {
                input type="search" name="q" placeholder="Search a person or a party (spelling is forgiven)" aria-label="Search people and organisations" required autofocus;
                button type="submit" { "Search" }
            }
            div.cards {
                div.card { b { (people) } "people" }
                div.card { b { (articles) } "articles" }
                div.card { b { (registers) } "registers" }
                div.card { b { (claims) } "claims, " (memberships) " memberships" }
                div.card { b { (pending) } a href="/pending" { "pending claims" } }
            }
            @if let Some((lo, hi)) = range {
                p { "Changes on record run from " (PartialDate::from_day(lo).to_string()) " to " (PartialDate::from_day(hi).to_string()) ". "
                    a href={"/house?on=" (PartialDate::from_day(hi).to_string())} { "The House on the last of those days" } "." }
            }
        };
        Ok(web::ok("The record", body))
    })
    .await
}

async fn search(State(s): State<Shared>, RawQuery(q): RawQuery) -> Page {
    let p = params(q)?;
    let q = p.get("q").cloned().unwrap_or_default();
    if q.is_empty() {
        return Ok(Redirect::to("/").into_response());
    }
    read(&s, move |r| {
        let mut ids = r.store.find_people_exact(&q)?;
        let linker = r.linker()?;
        for (id, _) in linker.search_fuzzy(&q) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let orgs = r.store.orgs()?;
        let exact_org = r.store.org_named(&q)?;
        let close_orgs: Vec<String> = match &exact_org {
            Some(o) => vec![o.clone()],
            None => suggest(&q, orgs.iter().map(String::as_str)),
        };
        if ids.len() == 1 && exact_org.is_none() {
            let who = r.store.who(ids[0])?;
            return Ok(Redirect::to(&web::person_href(&who.key)).into_response());
        }
        if ids.is_empty() && exact_org.is_some() {
            return Ok(Redirect::to(&web::org_href(&close_orgs[0], None)).into_response());
        }
        let people: Vec<floorcross_store::WhoRow> = r.store.whos(&ids[..ids.len().min(50)])?;
        if people.is_empty() && close_orgs.is_empty() {
            let names = r.store.person_names()?;
            return Err(ApiError::not_found(
                format!("nobody and no organisation on record is called {q:?}"),
                suggest(&q, names.iter().map(|(_, n)| n.as_str())),
            ));
        }
        let body = html! {
            h1 { "Search: " (q) }
            @if !people.is_empty() {
                h2 { "People" }
                ul { @for w in &people { li { a href=(web::person_href(&w.key)) { (w.name) } " " small.muted { (w.key) } } } }
            }
            @if !close_orgs.is_empty() {
                h2 { "Parties, groups and bodies" }
                ul { @for o in &close_orgs { li { (org_link(Some(o), None)) } } }
            }
        };
        Ok(web::ok("Search", body))
    })
    .await
}

/// The person a page id names: a key, else a name (exactly, else through the name index).
fn resolve_person(r: &Reader, id: &str) -> Result<Vec<i64>, ApiError> {
    if let Some(p) = r.store.person_by_key(id)? {
        return Ok(vec![p]);
    }
    crate::api::people_named(r, id)
}

async fn person(State(s): State<Shared>, Path(id): Path<String>) -> Page {
    read(&s, move |r| {
        let ids = resolve_person(r, &id)?;
        if ids.len() > 1 {
            let people = r.store.whos(&ids)?;
            let body = html! {
                h1 { (people.len()) " people are called " (id) }
                ul { @for w in &people { li { a href=(web::person_href(&w.key)) { (w.name) } " " small.muted { (w.key) } } } }
            };
            return Ok(web::ok(&id, body));
        }
        let who = r.store.who(ids[0])?;
        let memberships = r.store.memberships_of(ids[0])?;
        let timeline = r.store.timeline(ids[0])?;
        let registers = registers(r.store)?;
        let end = latest(r.store)?;
        let body = html! {
            h1 { (who.name) }
            @if who.aliases.iter().any(|a| *a != who.name) {
                p.muted { "Also: " (who.aliases.iter().filter(|a| **a != who.name).cloned().collect::<Vec<_>>().join(", ")) }
            }
            ul.legend {
                li { (web::swatch(&colour("Labour Party"))) "a party, seat or office (coloured by party)" }
                li { svg.swatch viewBox="0 0 10 10" aria-hidden="true" { rect x="0.5" y="0.5" width="9" height="9" fill="#fff" stroke="#222" stroke-dasharray="2 1" {} } "pending: reported, not confirmed" }
                li { "● a change: click it for the sentence that says so" }
            }
            (draw::career(&memberships, &timeline, &registers, end))
            h2 { "Changes" }
            @if timeline.is_empty() { p.muted { "No change on record." } }
            @else { (changes_table(&timeline, &registers, false)) }
            h2 { "Memberships" }
            div.scroll { table {
                thead { tr { th { "Kind" } th { "Party, group or office" } th { "Seat or post" } th { "Since" } th { "Until" } th { "Status" } th { "Sources" } } }
                tbody { @for m in &memberships {
                    tr.pending[m.status == "pending"] {
                        td { (m.kind) }
                        td { (org_link(m.org.as_deref().or(m.on_behalf_of.as_deref()), m.since.as_deref())) @if let Some(role) = &m.role { " " small.muted { (role) } } }
                        td { (m.post.as_deref().unwrap_or("")) }
                        td.date { (m.since.as_deref().unwrap_or("?")) }
                        td.date { (m.until.as_deref().unwrap_or("")) }
                        td { span.status { (m.status) } }
                        td { (sources(&m.sources, &registers)) (web::conflicts(&m.conflicts)) }
                    }
                } }
            } }
            h2 { "Identifiers" }
            dl.ids {
                dt { "key" } dd { (who.key) }
                @for (scheme, value) in &who.identifiers { dt { (scheme) } dd { (value) } }
            }
            @if !who.links.is_empty() {
                h2 { "Mentions in articles" }
                ul { @for l in &who.links {
                    li { a href={"/document/" (encode(&l.doc))} { (l.doc) } ": “" (l.written) "” (" (l.how) ")" }
                } }
            }
        };
        Ok(web::ok(&who.name, body))
    })
    .await
}

async fn org(State(s): State<Shared>, Path(id): Path<String>, RawQuery(q): RawQuery) -> Page {
    let p = params(q)?;
    let on_param = p.get("on").filter(|v| !v.is_empty()).cloned();
    let on_checked = match &on_param {
        Some(v) => Some(parse_date("on", v).map_err(|e| web::error_page(&e))?),
        None => None,
    };
    read(&s, move |r| {
        let Some(name) = r.store.org_named(&id)? else {
            return Err(crate::api::unknown_org(r.store, &id)?);
        };
        let on = match on_checked {
            Some(d) => d,
            None => PartialDate::from_day(latest(r.store)?),
        };
        let roster = r.store.roster(&name, on)?;
        let history = r.store.org_changes(&name)?;
        let registers = registers(r.store)?;
        let range = r.store.day_range()?;
        let members = roster.iter().filter(|m| m.status == "member").count();
        let body = html! {
            h1 { (web::swatch(&colour(&name))) " " (name) }
            (date_form(&format!("/org/{}", encode(&name)), &on, range, &[]))
            h2 { "On " (on.to_string()) ": " (members) " members" @if roster.len() > members { ", " (roster.len() - members) " pending" } }
            div.scroll { table.roster {
                thead { tr { th { "Person" } th { "Status" } th { "As" } th { "Since" } th { "Until" } th { "Sources" } } }
                tbody { @for m in &roster {
                    tr.pending[m.status != "member"] {
                        td { (person_link(&m.person)) }
                        td { span.status { (m.status) } }
                        td { (m.kind) @if let Some(p) = &m.post { " · " (p) } }
                        td.date { (m.since.as_deref().unwrap_or("?")) }
                        td.date { (m.until.as_deref().unwrap_or("")) }
                        td { (sources(&m.sources, &registers)) (web::conflicts(&m.conflicts)) }
                    }
                } }
            } }
            h2 { "Joins and leaves" }
            @if history.is_empty() { p.muted { "No change into or out of it on record." } }
            @else { (changes_table(&history, &registers, true)) }
        };
        Ok(web::ok(&name, body))
    })
    .await
}

async fn house(State(s): State<Shared>, RawQuery(q): RawQuery) -> Page {
    let p = params(q)?;
    let on_param = match p.get("on").filter(|v| !v.is_empty()) {
        Some(v) => Some(parse_date("on", v).map_err(|e| web::error_page(&e))?),
        None => None,
    };
    let body_param = p.get("body").cloned();
    read(&s, move |r| {
        let on = match on_param {
            Some(d) => d,
            None => PartialDate::from_day(latest(r.store)?),
        };
        // the House of Commons when the record has it, unless another body (or none) is asked
        let body = match body_param {
            Some(b) if b.is_empty() => None,
            Some(b) => match r.store.org_named(&b)? {
                Some(n) => Some(n),
                None => return Err(crate::api::unknown_org(r.store, &b)?),
            },
            None => r.store.org_named("House of Commons")?,
        };
        let seats = r.store.seats(on, body.as_deref())?;
        let parties: Vec<(String, u64)> = seats.iter().map(|s| (s.org.clone(), s.seats)).collect();
        let total: u64 = parties.iter().map(|p| p.1).sum();
        let range = r.store.day_range()?;
        let title = body.clone().unwrap_or_else(|| "Every body".into());
        let on_s = on.to_string();
        let page = html! {
            h1 { (title) " on " (on_s) }
            (date_form("/house", &on, range, &[("body", body.as_deref().unwrap_or(""))]))
            @if total == 0 {
                p.muted { "No seat on record is held on " (on_s) " (between a dissolution and polling day nobody holds one)." }
            } @else {
                div.house {
                    (draw::hemicycle(&parties))
                    div.scroll { table.seats {
                        thead { tr { th { "Party" } th.num { "Seats" } } }
                        tbody {
                            @for (party, n) in &parties {
                                tr { td { (web::swatch(&colour(party))) " " (org_link(Some(party), Some(&on_s))) } td.num { (n) } }
                            }
                            tr { th { "Total" } th.num { (total) } }
                        }
                    } }
                }
            }
        };
        Ok(web::ok(&format!("{title} on {on_s}"), page))
    })
    .await
}

async fn changes(State(s): State<Shared>, RawQuery(q): RawQuery) -> Page {
    let p = params(q)?;
    read(&s, move |r| {
        let last = latest(r.store)?;
        let to = date_or(&p, "to", last).map_err(|_| ApiError::bad("bad-date", "to is not a date (expected YYYY-MM-DD)"))?;
        let from = date_or(&p, "from", to.last_day() - 365).map_err(|_| ApiError::bad("bad-date", "from is not a date (expected YYYY-MM-DD)"))?;
        if from.first_day() > to.last_day() {
            return Err(ApiError::bad("bad-request", format!("from={from} is after to={to}")));
        }
        let rows = r.store.changes(from, to)?;
        let registers = registers(r.store)?;
        let body = html! {
            h1 { "Changes from " (from.to_string()) " to " (to.to_string()) }
            form.controls action="/changes" method="get" {
                label for="from" { "From" } input #from type="date" name="from" value=(from.to_string());
                label for="to" { "To" } input #to type="date" name="to" value=(to.to_string());
                button type="submit" { "Show" }
            }
            @if rows.is_empty() { p.muted { "No change on record is dated in that window." } }
            @else { (changes_table(&rows, &registers, true)) }
        };
        Ok(web::ok("Changes", body))
    })
    .await
}

async fn pending(State(s): State<Shared>) -> Page {
    read(&s, move |r| {
        let rows = r.store.pending()?;
        let registers = registers(r.store)?;
        let body = html! {
            h1 { "Pending claims" }
            p { "Rumoured, expected and hypothetical moves that no source has confirmed, with the sentences that report them and any denials. They never change a membership." }
            @if rows.is_empty() { p.muted { "Nothing pending." } }
            @else { (changes_table(&rows, &registers, true)) }
        };
        Ok(web::ok("Pending", body))
    })
    .await
}

async fn check(State(s): State<Shared>) -> Page {
    read(&s, move |r| {
        let flags = r.store.check()?;
        let body = html! {
            h1 { "Check: conflicts and flags" }
            p { "Sources that disagree, documents whose date looks wrong, claims after a death or far from a career, and names that could be more than one person." }
            @if flags.is_empty() { p.muted { "Nothing to check." } }
            @else { div.scroll { table.flags {
                thead { tr { th { "Flag" } th { "About" } th { "Person or document" } th { "Sources" } } }
                tbody { @for f in &flags {
                    tr {
                        td { code { (f.flag) } }
                        td { (f.about) @if let Some(d) = f.offset_days { br; small.muted { "off by " (d) " days" } } }
                        td {
                            @if let Some(p) = &f.person { (person_link(p)) }
                            @if let Some(d) = &f.doc { a href={"/document/" (encode(d))} { (d) } }
                            @if !f.people.is_empty() {
                                ul { @for p in &f.people { li { (person_link(p)) } } }
                            }
                        }
                        td { ul.sources { @for c in &f.claims { li { (c.source) ": " (c.date.as_deref().unwrap_or("no date")) } } } }
                    }
                } }
            } } }
        };
        Ok(web::ok("Check", body))
    })
    .await
}

async fn document(State(s): State<Shared>, Path(id): Path<String>, RawQuery(q): RawQuery) -> Page {
    let p = params(q)?;
    let ev = p.get("ev").cloned();
    read(&s, move |r| {
        let Some(d) = r.store.document(&id)? else {
            return Err(ApiError::not_found(format!("no document {id:?}"), Vec::new()));
        };
        let title = d.title.clone().unwrap_or_else(|| d.id.clone());
        let text = crate::highlight::marked(d.text.as_deref().unwrap_or(""), &d.claims, ev.as_deref());
        // only web addresses become links (never `javascript:` and the like)
        let url = d.url.as_deref().filter(|u| u.starts_with("https://") || u.starts_with("http://"));
        let body = html! {
            h1 { (title) }
            p.muted {
                (d.date.as_deref().unwrap_or("undated")) " · " (d.id)
                @if let Some(u) = url { " · " a href=(u) rel="nofollow noopener noreferrer" { "original" } }
            }
            @if d.text.is_none() { p.muted { "This article was ingested before texts were stored: ingest it again to see it here." } }
            article.document { (text) }
            h2 { "Claims" }
            ol.claims { @for c in &d.claims {
                li {
                    (person_link(&c.person)) " — " (c.kind)
                    @if let Some(o) = &c.org { " " (org_link(Some(o), c.date.as_deref())) }
                    @if let Some(f) = &c.from { " (from " (f) ")" }
                    @if let Some(p) = c.post.as_deref().or(c.role.as_deref()) { " · " (p) }
                    @if let Some(dt) = &c.date { " · " (dt) }
                    " · " (c.modality)
                    @if let Some(e) = &c.evidence { " · " a href=(web::evidence_href(&d.id, e)) { "show the sentence" } }
                }
            } }
            @if !d.diagnostics.is_empty() {
                h2 { "Notes" }
                ul { @for (code, msg) in &d.diagnostics { li { code { (code) } " " (msg) } } }
            }
        };
        Ok(web::ok(&title, body))
    })
    .await
}
