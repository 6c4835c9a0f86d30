//! The `floorcross` command: a thin layer of argument parsing and output over the library
//! crates. Each subcommand lives in its own module; this file only dispatches.

mod bench;
mod demo;
mod eval_timex;
mod extract_cmd;
mod input;
mod pretty;

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
    /// Measure extraction or timex tagging speed and memory over a corpus.
    Bench(bench::BenchArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Demo(args) => demo::run(&args),
        Command::Extract(args) => extract_cmd::extract(&args),
        Command::Timex(args) => extract_cmd::timex(&args),
        Command::Eval(args) => extract_cmd::eval(&args),
        Command::EvalTimex(args) => eval_timex::run(&args),
        Command::Bench(args) => bench::run(&args),
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
