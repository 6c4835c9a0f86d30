//! `extract`, `timex` and `eval`: read documents, write JSON lines; score them.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

use crate::input::{for_each_doc_parallel, InputArgs};

#[derive(Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// A human-readable view instead of JSON lines.
    #[arg(long)]
    pub pretty: bool,
    /// Threads that read and extract (output stays in input order). Default: all cores.
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
}

/// `--jobs`, else every core.
pub fn jobs(n: Option<usize>) -> usize {
    n.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1)
}

pub fn extract(args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let tally = for_each_doc_parallel(
        &args.input,
        jobs(args.jobs),
        |read| {
            let mut result = floorcross_extract::extract(&read.doc);
            result.diagnostics.splice(0..0, read.diagnostics);
            Ok((read.doc, result))
        },
        // Written straight to the output, never whole into memory: a long document's JSON can
        // be twenty times its text (each event quotes its sentence).
        |(doc, result)| {
            if args.pretty {
                crate::pretty::write(&mut out, &doc, &result)?;
            } else {
                serde_json::to_writer(&mut out, &result)?;
                out.write_all(b"\n")?;
            }
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(tally.exit_code())
}

#[derive(Args)]
pub struct TimexArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Threads that read and tag (output stays in input order). Default: all cores.
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
}

#[derive(serde::Serialize)]
struct TimexLine<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    value: &'a str,
}

pub fn timex(args: &TimexArgs) -> anyhow::Result<ExitCode> {
    let tagger = floorcross_timex::Tagger::new();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let tally = for_each_doc_parallel(
        &args.input,
        jobs(args.jobs),
        |read| {
            let mut buf = Vec::new();
            for t in tagger.tag(&read.doc.text, read.doc.date) {
                let line = TimexLine {
                    doc: &read.doc.id,
                    start: t.start,
                    end: t.end,
                    text: &t.text,
                    kind: t.kind.as_str(),
                    value: &t.value,
                };
                serde_json::to_writer(&mut buf, &line)?;
                buf.push(b'\n');
            }
            Ok(buf)
        },
        |buf| Ok(out.write_all(&buf)?),
    )?;
    out.flush()?;
    Ok(tally.exit_code())
}

#[derive(Args)]
pub struct EvalArgs {
    /// Gold annotations (JSON lines, the gold format).
    #[arg(long)]
    pub gold: PathBuf,
    /// Predictions: `floorcross extract` output (JSON lines).
    #[arg(long)]
    pub pred: PathBuf,
    /// Print only the summary line (as the reference scorer's `-q`): no per-type table, no
    /// misses or false positives.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn eval(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let read = |p: &PathBuf| {
        std::fs::read_to_string(p).with_context(|| format!("{}: cannot read", p.display()))
    };
    let gold = read(&args.gold)?;
    let pred = read(&args.pred)?;
    let score = floorcross_eval::events::score(&gold, &pred).map_err(|e| {
        let path = if e.file == "gold" {
            &args.gold
        } else {
            &args.pred
        };
        let e = e.clone().in_file(&path.display().to_string());
        anyhow::anyhow!("{e}")
    })?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    writeln!(out, "{}", score.summary_line())?;
    // -q: the summary line alone, as the reference scorer prints it (a held-out set is read
    // through this line only)
    if args.quiet {
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out)?;
    writeln!(
        out,
        "{:<10} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6}",
        "type", "tp", "fp", "fn", "P", "R", "F1"
    )?;
    for (kind, c) in &score.per_type {
        let (p, r, f) = c.prf();
        writeln!(
            out,
            "{kind:<10} {:>4} {:>4} {:>4} {p:>6.3} {r:>6.3} {f:>6.3}",
            c.tp, c.fp, c.fn_
        )?;
    }
    writeln!(out)?;
    for (fact, (right, total)) in &score.per_factuality {
        writeln!(out, "factuality {fact:<10} {right}/{total}")?;
    }
    writeln!(
        out,
        "dates {}/{}  timexes found {}/{} right value {}/{}",
        score.dates.0,
        score.dates.1,
        score.timexes.1,
        score.timexes.0,
        score.timexes.2,
        score.timexes.0
    )?;
    writeln!(out)?;
    for f in &score.findings {
        writeln!(out, "{}", f.line)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
