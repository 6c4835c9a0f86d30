//! Development runner for `eval-timex` before (and besides) the main binary wiring it:
//! `cargo run --release -p floorcross-timex --example eval_timex -- --tml DIR`.

#[path = "../../core/src/eval_timex.rs"]
#[allow(dead_code)]
mod eval_timex;

use clap::Parser;

#[derive(Parser)]
struct Cli {
    #[command(flatten)]
    args: eval_timex::EvalTimexArgs,
}

fn main() -> anyhow::Result<std::process::ExitCode> {
    eval_timex::run(&Cli::parse().args)
}
