//! `floorcross demo`: extraction on articles bundled in the binary, shown readably.
//! The articles are fixtures written for this project (`fixtures/articles/`).

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
];

#[derive(Args)]
pub struct DemoArgs {
    /// Print JSON lines instead of the readable view.
    #[arg(long)]
    pub json: bool,
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
        text: text.to_string(),
    }
}

pub fn run(args: &DemoArgs) -> anyhow::Result<ExitCode> {
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
