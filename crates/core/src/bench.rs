//! `floorcross bench`: single-thread throughput and peak memory of extraction (or timex
//! tagging alone) over a corpus, streamed from disk pass after pass.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Args;

use crate::input::{for_each_doc, InputArgs};

#[derive(Args)]
pub struct BenchArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// How many passes over the corpus.
    #[arg(long, default_value_t = 5)]
    pub repeat: usize,
    /// Measure timex tagging alone instead of the whole extraction.
    #[arg(long)]
    pub timex: bool,
}

/// Peak resident memory of this process in KiB (Linux `VmHWM`), if known.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

pub fn run(args: &BenchArgs) -> anyhow::Result<ExitCode> {
    let tagger = floorcross_timex::Tagger::new();
    let mut busy = Duration::ZERO;
    let (mut docs, mut words, mut bytes, mut events) = (0usize, 0usize, 0usize, 0usize);
    let mut rss_after_first = None;
    let mut failed = 0;
    // Warm up: build every lexicon and rule table before timing.
    let _ = floorcross_extract::extract(&floorcross_model::Document {
        text: "Warm up.".into(),
        ..Default::default()
    });
    for pass in 0..args.repeat.max(1) {
        let tally = for_each_doc(&args.input, |read| {
            let text = &read.doc.text;
            let t0 = Instant::now();
            if args.timex {
                let n = tagger.tag(text, read.doc.date).len();
                std::hint::black_box(n);
            } else {
                let x = floorcross_extract::extract(&read.doc);
                events += x.events.len();
                std::hint::black_box(&x);
            }
            busy += t0.elapsed();
            docs += 1;
            bytes += text.len();
            words += text.split_whitespace().count();
            Ok(())
        })?;
        failed += tally.failed;
        if pass == 0 {
            rss_after_first = peak_rss_kib();
        }
    }
    let secs = busy.as_secs_f64().max(1e-9);
    let what = if args.timex {
        "timex tagging"
    } else {
        "extraction"
    };
    println!("{what}: {docs} documents, {words} words, {bytes} bytes in {:.3} s of one thread ({} passes)", secs, args.repeat.max(1));
    println!(
        "  {:.0} words/s  {:.2} MB/s  {:.0} docs/s",
        words as f64 / secs,
        bytes as f64 / secs / 1e6,
        docs as f64 / secs
    );
    if !args.timex {
        println!("  {events} events");
    }
    if let (Some(first), Some(last)) = (rss_after_first, peak_rss_kib()) {
        println!(
            "  peak RSS: {:.1} MiB after the first pass, {:.1} MiB after the last",
            first as f64 / 1024.0,
            last as f64 / 1024.0
        );
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
