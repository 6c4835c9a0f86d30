//! The `floorcross` command: a thin layer of argument parsing and output over the library
//! crates. Each subcommand lives in its own module; this file only dispatches.

mod bench;
mod demo;
mod eval_timex;
mod extract_cmd;
mod input;
mod pretty;
mod record_bench;
mod record_cmd;
mod serve_cmd;
mod syntax_cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// floorcross reads dated political news and keeps a cited, time-aware record of who belongs
/// to which party and who holds which office.
#[derive(Parser)]
#[command(name = "floorcross", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run extraction on articles bundled in the binary and show what it finds.
    Demo(demo::DemoArgs),
    /// Extract people, parties, time expressions, events and facts: one JSON object per document.
    Extract(extract_cmd::ExtractArgs),
    /// Find and normalise time expressions: one JSON object per expression.
    Timex(extract_cmd::TimexArgs),
    /// Score extraction output against a gold file (the gold format's rules).
    Eval(extract_cmd::EvalArgs),
    /// Score the timex engine on TimeML files (TempEval-3 Task A measures).
    EvalTimex(eval_timex::EvalTimexArgs),
    /// Tag and parse sentences (CoNLL-U with --conllu): tags, heads, labels and names.
    Parse(syntax_cmd::ParseArgs),
    /// Score the tagger and parser on a CoNLL-U file with gold tokens.
    EvalSyntax(syntax_cmd::EvalSyntaxArgs),
    /// Train every syntax model from UD English EWT and the silver cache.
    TrainSyntax(syntax_cmd::TrainSyntaxArgs),
    /// Measure extraction or timex tagging speed and memory over a corpus.
    Bench(bench::BenchArgs),
    /// Read, extract and store articles in the record database (idempotent; resumable).
    Ingest(record_cmd::IngestArgs),
    /// Import a reference register: popolo JSON, parlparse XML or EveryPolitician CSV.
    Import(record_cmd::ImportArgs),
    /// Who was in a party, group or body on a day (members and pending claims).
    Roster(record_cmd::RosterArgs),
    /// Seats held on a day, by party.
    Seats(record_cmd::SeatsArgs),
    /// Who held an office (or a seat) on a day: `Home Secretary`, or `Home Office --role ...`.
    Holders(record_cmd::HoldersArgs),
    /// Everything on record that changed for one person, with evidence.
    Timeline(record_cmd::PersonArgs),
    /// Membership changes dated within a window.
    Changes(record_cmd::ChangesArgs),
    /// Rumoured, expected and hypothetical claims not yet confirmed.
    Pending(record_cmd::PendingArgs),
    /// Register people matching a name, with aliases, identifiers and linked mentions.
    Who(record_cmd::PersonArgs),
    /// Every conflict and flag in the record: sources that disagree, suspect document dates,
    /// claims after a death or outside a career, ambiguous identities and links.
    Check(record_cmd::CheckArgs),
    /// The registers stored, with the day each was written (and the articles, with --all).
    Sources(record_cmd::SourcesArgs),
    /// Export the record as Popolo JSON or CSV.
    Export(record_cmd::ExportArgs),
    /// Print a canonical, ordered dump of the record database.
    Dump(record_cmd::DumpArgs),
    /// Serve the record over HTTP: the JSON API under /api/v1/ and the web pages.
    Serve(serve_cmd::ServeArgs),
    /// Measure ingest throughput and database size over a replicated corpus.
    BenchIngest(record_bench::BenchIngestArgs),
    /// Measure roster and seats latency over a synthetic register.
    BenchQuery(record_bench::BenchQueryArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Demo(args) => demo::run(&args),
        Command::Extract(args) => extract_cmd::extract(&args),
        Command::Timex(args) => extract_cmd::timex(&args),
        Command::Eval(args) => extract_cmd::eval(&args),
        Command::EvalTimex(args) => eval_timex::run(&args),
        Command::Parse(args) => syntax_cmd::parse(&args),
        Command::EvalSyntax(args) => syntax_cmd::eval_syntax(&args),
        Command::TrainSyntax(args) => syntax_cmd::train_syntax(&args),
        Command::Bench(args) => bench::run(&args),
        Command::Ingest(args) => record_cmd::ingest(&args),
        Command::Import(args) => record_cmd::import(&args),
        Command::Roster(args) => record_cmd::roster(&args),
        Command::Seats(args) => record_cmd::seats(&args),
        Command::Holders(args) => record_cmd::holders(&args),
        Command::Timeline(args) => record_cmd::timeline(&args),
        Command::Changes(args) => record_cmd::changes(&args),
        Command::Pending(args) => record_cmd::pending(&args),
        Command::Who(args) => record_cmd::who(&args),
        Command::Check(args) => record_cmd::check(&args),
        Command::Sources(args) => record_cmd::sources(&args),
        Command::Export(args) => record_cmd::export(&args),
        Command::Dump(args) => record_cmd::dump(&args),
        Command::Serve(args) => serve_cmd::run(&args),
        Command::BenchIngest(args) => record_bench::ingest(&args),
        Command::BenchQuery(args) => record_bench::query(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Output closed early (`| head`): not an error worth a message.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
