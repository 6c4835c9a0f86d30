//! The input flags every reading subcommand shares, and the loop that reports bad inputs.

use std::path::PathBuf;

use clap::Args;
use floorcross_model::Date;
use floorcross_text::read::{Inputs, ReadDoc, ReadOptions, DEFAULT_MAX_BYTES};

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
