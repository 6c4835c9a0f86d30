//! `floorcross demo`: the whole idea on one screen. Articles and a small register bundled in
//! the binary (written for this project: `fixtures/articles/`, `fixtures/record/`,
//! `fixtures/register/`) go into a temporary record database; then a timeline, a roster and
//! the pending claims are printed. `--extract` shows the extraction of the articles instead.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use floorcross_model::Document;

/// Bundled articles: (file stem, text).
pub const ARTICLES: &[(&str, &str)] = &[
    (
        "002_labour_mps_form_reform_alliance",
        include_str!("../../../fixtures/articles/002_labour_mps_form_reform_alliance.txt"),
    ),
    (
        "018_tory_mp_denies_ukip_defection",
        include_str!("../../../fixtures/articles/018_tory_mp_denies_ukip_defection.txt"),
    ),
    (
        "012_housing_minister_sacked",
        include_str!("../../../fixtures/articles/012_housing_minister_sacked.txt"),
    ),
    (
        "017_tory_mayoral_shortlist",
        include_str!("../../../fixtures/articles/017_tory_mayoral_shortlist.txt"),
    ),
    (
        "102_dacre_ward_profile",
        include_str!("../../../fixtures/record/102_dacre_ward_profile.txt"),
    ),
    (
        "101_onslow_joins_reform_alliance",
        include_str!("../../../fixtures/record/101_onslow_joins_reform_alliance.txt"),
    ),
];

/// The bundled register: (file name, EveryPolitician-layout CSV).
pub const REGISTER: (&str, &str) = (
    "commons-2010.csv",
    include_str!("../../../fixtures/register/commons-2010.csv"),
);

#[derive(Args)]
pub struct DemoArgs {
    /// Show the extraction of the bundled articles instead of the record.
    #[arg(long)]
    pub extract: bool,
    /// With --extract: print JSON lines instead of the readable view.
    #[arg(long)]
    pub json: bool,
    /// Serve the demo record over HTTP (web pages and JSON API) instead of printing it.
    #[arg(long, conflicts_with_all = ["extract", "json"])]
    pub serve: bool,
    /// With --serve: the address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080", requires = "serve")]
    pub addr: std::net::SocketAddr,
}

/// A bundled article as a document, dated by its header line.
pub fn document(id: &str, text: &str) -> Document {
    let header = floorcross_text::read::parse_header(text).ok().flatten();
    Document {
        id: id.to_string(),
        path: Some(format!("(bundled) {id}.txt")),
        date: header.as_ref().map(|h| h.date),
        title: header
            .as_ref()
            .and_then(|h| h.title)
            .map(|t| t.slice(text).to_string()),
        title_span: header.and_then(|h| h.title),
        url: None,
        byline: None,
        text: text.to_string(),
    }
}

pub fn run(args: &DemoArgs) -> anyhow::Result<ExitCode> {
    if args.serve {
        let dir = tempfile::tempdir()?;
        let db = dir.path().join("demo.db");
        let mut store = floorcross_store::Store::open(&db)?;
        let (people, s) = build(&mut store)?;
        drop(store);
        eprintln!(
            "A temporary record: the register {} ({people} people, invented) and {} bundled articles; try /person/… via the search box, /house?on=2011-11-05, /changes, /pending, /check.",
            REGISTER.0, s.read
        );
        let code = crate::serve_cmd::serve(floorcross_server::Config::new(db), args.addr)?;
        drop(dir);
        return Ok(code);
    }
    if !args.extract && !args.json {
        return record();
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (id, text) in ARTICLES {
        let doc = document(id, text);
        let x = floorcross_extract::extract(&doc);
        if args.json {
            serde_json::to_writer(&mut out, &x)?;
            writeln!(out)?;
        } else {
            crate::pretty::write(&mut out, &doc, &x)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The record demo: register and articles into a temporary database, then three questions.
fn record() -> anyhow::Result<ExitCode> {
    let dir = tempfile::tempdir()?;
    let mut store = floorcross_store::Store::open(&dir.path().join("demo.db"))?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (people, s) = build(&mut store)?;
    writeln!(
        out,
        "A temporary record: the register {} ({} people, invented) and {} bundled articles ({} events, {} facts).\n",
        REGISTER.0,
        people,
        s.read,
        s.stats.events,
        s.stats.facts
    )?;
    let name = "Helen Dacre-Ward";
    writeln!(out, "$ floorcross timeline {name:?}")?;
    let mut rows = Vec::new();
    for id in store.find_people(name)? {
        rows.extend(store.timeline(id)?);
    }
    crate::record_cmd::write_timeline(&mut out, &rows, false)?;
    for on in ["2011-10-20", "2011-11-05"] {
        writeln!(out, "\n$ floorcross roster \"Reform Alliance\" --on {on}")?;
        let rows = store.roster("Reform Alliance", on.parse().expect("a date"))?;
        crate::record_cmd::write_roster(&mut out, &rows)?;
    }
    writeln!(out, "\n$ floorcross pending")?;
    crate::record_cmd::write_pending(&mut out, &store.pending()?)?;
    writeln!(
        out,
        "\nConflicts name each source and its date; pending claims never change a membership.\n\
         Try it on your own: floorcross import csv REGISTER.csv; floorcross ingest ARTICLES/; floorcross roster PARTY --on DATE"
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The demo record: the bundled register, then the bundled articles. Returns the register's
/// number of people and how the ingest went.
pub fn build(
    store: &mut floorcross_store::Store,
) -> anyhow::Result<(usize, floorcross_ingest::IngestSummary)> {
    let reg = floorcross_record::register::read_csv(REGISTER.1.as_bytes())
        .map_err(|e| anyhow::anyhow!("bundled register: {e}"))?;
    let hash = floorcross_store::content_hash(&[REGISTER.1.as_bytes()]);
    store.import_register(REGISTER.0, "csv", &hash, &reg)?;
    let docs = ARTICLES.iter().map(|(id, text)| {
        Ok(floorcross_text::read::ReadDoc {
            doc: document(id, text),
            diagnostics: Vec::new(),
        })
    });
    let s = floorcross_ingest::ingest_docs(
        store,
        docs,
        64,
        |_, _| {},
        &crate::record_cmd::print_notes(true),
    )?;
    Ok((reg.persons.len(), s))
}
