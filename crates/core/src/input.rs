//! The input flags every reading subcommand shares, and the loop that reports bad inputs.

use std::path::PathBuf;

use clap::Args;
use floorcross_model::Date;
use floorcross_text::read::{Inputs, ReadDoc, ReadError, ReadOptions, DEFAULT_MAX_BYTES};
use rayon::prelude::*;

#[derive(Args, Clone, Debug)]
pub struct InputArgs {
    /// Files, directories (read recursively, in sorted order) or `-` for stdin. Plain text
    /// (first line `date YYYY-MM-DD headline` gives the date) or JSON lines (`.jsonl`).
    /// (Required by every command but `bench --synthetic`; checked by [`InputArgs::path_strings`].)
    pub paths: Vec<PathBuf>,
    /// The date of documents that carry none (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<Date>,
    /// Refuse any file (or JSON line) larger than this many bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
}

impl InputArgs {
    /// The paths as given; an error when there are none.
    pub fn path_strings(&self) -> anyhow::Result<Vec<String>> {
        anyhow::ensure!(
            !self.paths.is_empty(),
            "name at least one PATH (a file, a directory, or - for standard input)"
        );
        Ok(self
            .paths
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect())
    }
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>()
        .map_err(|e| format!("{s:?} is not a date of the form YYYY-MM-DD: {e}"))
}

/// How a batch went.
#[derive(Debug, Default)]
pub struct Tally {
    pub documents: usize,
    pub failed: usize,
}

impl Tally {
    pub fn exit_code(&self) -> std::process::ExitCode {
        if self.failed > 0 {
            std::process::ExitCode::from(1)
        } else {
            std::process::ExitCode::SUCCESS
        }
    }
}

/// Reads every input, calls `each` on each good document, and reports each bad input as one
/// `error:` line on stderr (and each repaired one as a `warning:` line). The batch always goes on.
pub fn for_each_doc(
    args: &InputArgs,
    mut each: impl FnMut(ReadDoc) -> anyhow::Result<()>,
) -> anyhow::Result<Tally> {
    let paths = args.path_strings()?;
    let opts = ReadOptions {
        max_bytes: args.max_bytes,
        date: args.date,
    };
    let mut tally = Tally::default();
    for item in Inputs::new(&paths, opts) {
        match item {
            Ok(read) => {
                for d in read
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == floorcross_model::Severity::Warning)
                {
                    eprintln!(
                        "warning: {}: {}",
                        read.doc.path.as_deref().unwrap_or(&read.doc.id),
                        d.message
                    );
                }
                tally.documents += 1;
                each(read)?;
            }
            Err(e) => {
                tally.failed += 1;
                eprintln!("error: {e}");
            }
        }
    }
    Ok(tally)
}

/// The warning lines reading a document gives (its `warning`-severity diagnostics).
fn warning_lines(read: &ReadDoc) -> Vec<String> {
    read.diagnostics
        .iter()
        .filter(|d| d.severity == floorcross_model::Severity::Warning)
        .map(|d| {
            format!(
                "warning: {}: {}",
                read.doc.path.as_deref().unwrap_or(&read.doc.id),
                d.message
            )
        })
        .collect()
}

/// A spinner on standard error counting documents, shown only on a terminal.
pub fn progress(what: &str) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new_spinner();
    if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        bar.set_style(
            indicatif::ProgressStyle::with_template(&format!(
                "{{spinner}} {{pos}} {what} {{per_sec}} {{elapsed}}"
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
    } else {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    bar
}

/// Like [`for_each_doc`], with reading (web pages are parsed here) and `work` spread over
/// `jobs` threads, and `emit` called on this thread for each document in input order. Error
/// and warning lines keep input order too. At most a few hundred documents are in flight.
pub fn for_each_doc_parallel<T: Send>(
    args: &InputArgs,
    jobs: usize,
    work: impl Fn(ReadDoc) -> anyhow::Result<T> + Sync,
    mut emit: impl FnMut(T) -> anyhow::Result<()>,
) -> anyhow::Result<Tally> {
    let paths = args.path_strings()?;
    let opts = ReadOptions {
        max_bytes: args.max_bytes,
        date: args.date,
    };
    let jobs = jobs.max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| anyhow::anyhow!("cannot start {jobs} threads: {e}"))?;
    let bar = progress("documents");
    let mut tally = Tally::default();
    let mut inputs = Inputs::new(&paths, opts);
    let window = if jobs == 1 { 1 } else { jobs * 32 };
    type Done<T> = Result<(Vec<String>, anyhow::Result<T>), ReadError>;
    loop {
        let units: Vec<_> = std::iter::from_fn(|| inputs.next_unit())
            .take(window)
            .collect();
        if units.is_empty() {
            break;
        }
        let run = |u: floorcross_text::read::Unit| -> Done<T> {
            let read = u.finish()?;
            let warnings = warning_lines(&read);
            Ok((warnings, work(read)))
        };
        let done: Vec<Done<T>> = if jobs == 1 {
            units.into_iter().map(run).collect()
        } else {
            pool.install(|| units.into_par_iter().with_max_len(1).map(run).collect())
        };
        for d in done {
            match d {
                Ok((warnings, result)) => {
                    if !warnings.is_empty() {
                        bar.suspend(|| warnings.iter().for_each(|w| eprintln!("{w}")));
                    }
                    tally.documents += 1;
                    bar.inc(1);
                    emit(result?)?;
                }
                Err(e) => {
                    tally.failed += 1;
                    bar.suspend(|| eprintln!("error: {e}"));
                }
            }
        }
    }
    bar.finish_and_clear();
    Ok(tally)
}

/// The documents of `inputs` in order, read `window` at a time on rayon's threads (web pages are
/// parsed in reading): for `ingest`, whose reading thread would otherwise parse every page alone.
pub fn read_in_parallel(
    mut inputs: Inputs,
    window: usize,
) -> impl Iterator<Item = Result<ReadDoc, ReadError>> + Send {
    let mut ready = std::collections::VecDeque::new();
    std::iter::from_fn(move || {
        if ready.is_empty() {
            let units: Vec<_> = std::iter::from_fn(|| inputs.next_unit())
                .take(window.max(1))
                .collect();
            let done: Vec<_> = units
                .into_par_iter()
                .with_max_len(1)
                .map(floorcross_text::read::Unit::finish)
                .collect();
            ready.extend(done);
        }
        ready.pop_front()
    })
}
