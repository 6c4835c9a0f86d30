//! `floorcross eval-timex`: runs the time-expression engine over TimeML files and prints
//! TempEval-3 Task A measures (strict and relaxed extent P/R/F1, value accuracy, value F1).
//!
//! Main items: [`EvalTimexArgs`] (the subcommand's flags) and [`run`]. The numbers agree with
//! `shared/peers/te3_eval.py score` on the same predictions (`--pred-out` writes them in that
//! script's JSONL format, with character offsets).
//!
//! ```text
//! floorcross eval-timex --tml ../shared/corpora/tempeval3/tbaq --errors 50
//! ```

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use floorcross_eval::timeml::{self, Counts, ErrorKind, Pred, Summary};
use floorcross_timex::Tagger;

/// Flags of `eval-timex`.
#[derive(clap::Args, Debug, Clone)]
pub struct EvalTimexArgs {
    /// A `.tml` file or a directory searched recursively for `.tml` files.
    #[arg(long)]
    pub tml: PathBuf,
    /// More `.tml` files or directories.
    #[arg(long = "also")]
    pub also: Vec<PathBuf>,
    /// Print up to N error lines (mismatches, misses, spurious), in the scorer's format.
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
    /// Print a summary of error kinds (the commonest N).
    #[arg(long, default_value_t = 0)]
    pub error_kinds: usize,
    /// Write predictions as JSONL (`{doc,start,end,text,type,value}`, character offsets).
    #[arg(long)]
    pub pred_out: Option<PathBuf>,
    /// One line of figures per document.
    #[arg(long)]
    pub per_doc: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs the subcommand.
pub fn run(args: &EvalTimexArgs) -> anyhow::Result<ExitCode> {
    let mut files = timeml::tml_files(&args.tml);
    for p in &args.also {
        files.extend(timeml::tml_files(p));
    }
    if files.is_empty() {
        anyhow::bail!("no .tml files under {}", args.tml.display());
    }
    let tagger = Tagger::global();
    let mut total = Counts::default();
    let mut errors = Vec::new();
    let mut pred_out = match &args.pred_out {
        Some(p) => Some(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => None,
    };
    let mut per_doc = Vec::new();
    let mut bytes = 0usize;
    let mut secs = 0f64;
    for f in &files {
        let doc = timeml::read_tml(f).map_err(anyhow::Error::msg)?;
        let dct = doc.date().and_then(|d| d.parse().ok());
        let t0 = std::time::Instant::now();
        let tx = tagger.tag_range(&doc.text, 0..doc.text.len(), dct);
        secs += t0.elapsed().as_secs_f64();
        bytes += doc.text.len();
        let preds: Vec<Pred> = tx
            .iter()
            .map(|t| Pred {
                start: timeml::char_offset(&doc.text, t.start),
                end: timeml::char_offset(&doc.text, t.end),
                value: t.value.clone(),
            })
            .collect();
        if let Some(w) = pred_out.as_mut() {
            for (t, p) in tx.iter().zip(&preds) {
                let line = serde_json::json!({
                    "doc": doc.doc, "start": p.start, "end": p.end, "text": t.text,
                    "type": t.kind.as_str(), "value": t.value,
                });
                writeln!(w, "{line}")?;
            }
        }
        let (c, errs) = timeml::score_doc(&doc, &preds);
        total += c;
        if args.per_doc {
            per_doc.push((doc.doc.clone(), c));
        }
        errors.extend(errs);
    }
    if let Some(mut w) = pred_out {
        w.flush()?;
    }
    let s = Summary::from_counts(&total);
    let name = "floorcross";
    if args.json {
        let j = serde_json::json!({
            "system": name, "docs": files.len(), "gold": total.gold, "pred": total.pred,
            "strict_match": total.strict, "relaxed_match": total.relaxed,
            "value_match": total.value, "value_match_lenient": total.value_lenient,
            "strict_P": s.strict_p, "strict_R": s.strict_r, "strict_F1": s.strict_f1,
            "relaxed_P": s.relaxed_p, "relaxed_R": s.relaxed_r, "relaxed_F1": s.relaxed_f1,
            "value_accuracy": s.value_accuracy, "value_F1": s.value_f1,
            "value_F1_lenient": s.value_f1_lenient,
        });
        println!("{}", serde_json::to_string_pretty(&j)?);
    } else {
        println!(
            "TempEval-3 Task A on {} docs, {} gold timexes",
            files.len(),
            total.gold
        );
        println!("{}", Summary::header());
        println!("{}", s.row(name));
        println!(
            "(percent; valF1 = value accuracy x relaxed F1, exact value strings; valF1~ = same with T20:00==T20)"
        );
        eprintln!(
            "tagging: {:.2} MB in {:.3} s ({:.1} MB/s)",
            bytes as f64 / 1e6,
            secs,
            if secs > 0.0 {
                bytes as f64 / 1e6 / secs
            } else {
                0.0
            }
        );
    }
    for (doc, c) in &per_doc {
        let s = Summary::from_counts(c);
        println!(
            "{doc:<34} gold {:>3} pred {:>3} strictF1 {:.3} relaxedF1 {:.3} valueF1 {:.3}",
            c.gold, c.pred, s.strict_f1, s.relaxed_f1, s.value_f1
        );
    }
    for e in errors.iter().take(args.errors) {
        println!("{e}");
    }
    if args.error_kinds > 0 {
        let mut kinds: std::collections::HashMap<String, usize> = Default::default();
        for e in &errors {
            let k = match &e.kind {
                ErrorKind::Mismatch {
                    gold_value,
                    pred_value,
                    strict,
                    ..
                } => {
                    if gold_value != pred_value {
                        format!("wrong value: {}", value_kind(gold_value, pred_value))
                    } else if !strict {
                        "extent differs (value right)".to_string()
                    } else {
                        continue;
                    }
                }
                ErrorKind::Missed { text, .. } => format!("missed: {}", text_kind(text)),
                ErrorKind::Spurious { text, .. } => format!("spurious: {}", text_kind(text)),
            };
            *kinds.entry(k).or_default() += 1;
        }
        let mut v: Vec<_> = kinds.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        println!("error kinds:");
        for (k, n) in v.into_iter().take(args.error_kinds) {
            println!("{n:>5}  {k}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A coarse shape of a value: `1998-08-07` → `DAY`, `P3Y` → `DUR`…
fn shape(v: &str) -> &'static str {
    let b = v.as_bytes();
    if v.ends_with("_REF") {
        "REF"
    } else if v.starts_with('P') {
        "DURATION"
    } else if v.contains('T') && b.first().is_some_and(|c| c.is_ascii_digit() || *c == b'X') {
        "TIME"
    } else if v.contains("-W") {
        "WEEK"
    } else if v.contains("-Q") {
        "QUARTER"
    } else if b.len() == 10 {
        "DAY"
    } else if b.len() == 7 {
        "MONTH"
    } else if b.len() == 4 {
        "YEAR"
    } else {
        "OTHER"
    }
}

fn value_kind(gold: &str, pred: &str) -> String {
    let (g, p) = (shape(gold), shape(pred));
    if g == p {
        format!("{g} off")
    } else {
        format!("gold {g}, got {p}")
    }
}

fn text_kind(t: &str) -> String {
    let l = t.to_lowercase();
    let words = [
        "now",
        "today",
        "yesterday",
        "year",
        "month",
        "week",
        "day",
        "quarter",
        "recent",
        "future",
        "past",
        "current",
        "morning",
        "night",
        "ago",
        "later",
        "earlier",
    ];
    if l.chars().all(|c| c.is_ascii_digit()) {
        return "a number".into();
    }
    for w in [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ] {
        if l.contains(w) {
            return "weekday".into();
        }
    }
    for w in words {
        if l.split(|c: char| !c.is_alphanumeric())
            .any(|x| x == w || x == format!("{w}s"))
        {
            return format!("'{w}'");
        }
    }
    "other".into()
}
