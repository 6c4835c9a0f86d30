//! `floorcross bench`: throughput and peak memory of extraction (or timex tagging alone)
//! over a corpus.
//!
//! The corpus is read once; then every pass runs the chosen stage over every document, on
//! `--jobs` threads (as `extract` does: all cores unless told). Throughput is reported against
//! both wall-clock time (what a user of the machine gets) and the CPU time of the process
//! during the passes (the cost on one core; on a busy machine the figure to trust). Peak
//! resident memory is reported after the first and after the last pass: extraction keeps
//! nothing between documents, so it must not grow with the number of passes.

use std::process::ExitCode;
use std::time::Instant;

use clap::Args;
use floorcross_model::Document;

use crate::input::{for_each_doc, InputArgs};

#[derive(Args)]
pub struct BenchArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// How many passes over the corpus.
    #[arg(long, default_value_t = 5)]
    pub repeat: usize,
    /// Threads the passes run on, documents shared among them (as `extract --jobs`). Default:
    /// all cores. `--syntax` and `--read` always run on one.
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Measure timex tagging alone instead of the whole extraction.
    #[arg(long)]
    pub timex: bool,
    /// Measure the syntax models alone: `tag` (tagger), `parse` (tagger and parser) or `all`
    /// (tagger, parser and name recogniser) over every sentence. Words are tokens here.
    #[arg(long, value_parser = ["tag", "parse", "all"])]
    pub syntax: Option<String>,
    /// With --syntax: read the model files from this directory.
    #[arg(long)]
    pub models: Option<std::path::PathBuf>,
    /// Add a generated worst case to the corpus: `unpunctuated:N` (one run of N words with
    /// no sentence end, news vocabulary with names, parties and trigger verbs) or `names:N` (one
    /// sentence listing N distinct people). Repeatable; PATHS may then be omitted.
    #[arg(long, value_parser = parse_synthetic)]
    pub synthetic: Vec<Synthetic>,
    /// Time reading too: every pass reads the files again (web pages are parsed, feeds and
    /// archives unpacked) and extracts, and throughput is in bytes of the files read.
    #[arg(long)]
    pub read: bool,
    /// With --synthetic: write each generated document to DIR as a dated text file
    /// (`DIR/unpunctuated-N.txt`, `DIR/names-N.txt`) and measure nothing.
    #[arg(long, value_name = "DIR")]
    pub dump: Option<std::path::PathBuf>,
}

/// Bytes of the regular files under `paths` (recursively, hidden entries skipped).
fn file_bytes(paths: &[std::path::PathBuf]) -> u64 {
    paths
        .iter()
        .map(|p| match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let children: Vec<std::path::PathBuf> = std::fs::read_dir(p)
                    .map(|rd| {
                        rd.flatten()
                            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                            .map(|e| e.path())
                            .collect()
                    })
                    .unwrap_or_default();
                file_bytes(&children)
            }
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}

/// `bench --read`: reading and extraction together, one thread, in bytes of input files.
fn run_read(args: &BenchArgs) -> anyhow::Result<ExitCode> {
    let _ = floorcross_extract::extract(&Document {
        text: "Warm up.".into(),
        ..Default::default()
    });
    floorcross_syntax::Models::builtin().load_trees();
    let bytes = file_bytes(&args.input.paths);
    let passes = args.repeat.max(1);
    let (mut docs, mut events) = (0usize, 0usize);
    let mut tally = Default::default();
    let cpu0 = cpu_seconds();
    let t0 = Instant::now();
    for _ in 0..passes {
        tally = for_each_doc(&args.input, |read| {
            let x = floorcross_extract::extract(&read.doc);
            docs += 1;
            events += x.events.len();
            std::hint::black_box(&x);
            Ok(())
        })?;
    }
    let wall = t0.elapsed().as_secs_f64().max(1e-9);
    let cpu = cpu0.zip(cpu_seconds()).map(|(a, b)| (b - a).max(1e-9));
    let b = bytes as f64 * passes as f64;
    println!(
        "reading and extraction: {bytes} bytes of files, {} documents, {passes} passes, one thread",
        docs / passes
    );
    println!("  wall: {wall:.3} s  {:.2} MB/s", b / wall / 1e6);
    if let Some(cpu) = cpu {
        println!("  cpu:  {cpu:.3} s  {:.2} MB/s", b / cpu / 1e6);
    }
    println!("  {} events per pass", events / passes);
    if let Some(peak) = peak_rss_kib() {
        println!("  peak RSS: {:.1} MiB", peak as f64 / 1024.0);
    }
    Ok(tally.exit_code())
}

/// A generated input for the bounded-cost benchmarks.
#[derive(Clone, Copy, Debug)]
pub enum Synthetic {
    Unpunctuated(usize),
    Names(usize),
}

fn parse_synthetic(s: &str) -> Result<Synthetic, String> {
    let (kind, n) = s
        .split_once(':')
        .ok_or_else(|| format!("{s:?}: expected unpunctuated:N or names:N"))?;
    let n: usize = n
        .replace('_', "")
        .parse()
        .map_err(|e| format!("{s:?}: {e}"))?;
    match kind {
        "unpunctuated" => Ok(Synthetic::Unpunctuated(n)),
        "names" => Ok(Synthetic::Names(n)),
        _ => Err(format!("{s:?}: expected unpunctuated:N or names:N")),
    }
}

const FIRST: &[&str] = &[
    "John", "Mary", "Peter", "Anna", "Heidi", "Chuka", "David", "Sarah", "James", "Emma", "Robert",
    "Alan", "Gavin", "Luciana", "Paul", "Helen", "Mark", "Claire", "Tom", "Ruth",
];
const LAST: &[&str] = &[
    "Smith",
    "Jones",
    "Allen",
    "Umunna",
    "Soubry",
    "Jackson",
    "Milburn",
    "Shuker",
    "Berger",
    "Wollaston",
    "Brown",
    "Taylor",
    "Wilson",
    "Evans",
    "Thomas",
    "Roberts",
    "Walker",
    "Wright",
    "Green",
    "Hall",
    "Wood",
    "Clarke",
    "Hughes",
    "Edwards",
    "Lewis",
];
const WORDS: &[&str] = &[
    "the",
    "a",
    "of",
    "to",
    "in",
    "and",
    "said",
    "MP",
    "Labour",
    "Conservative",
    "party",
    "leader",
    "minister",
    "has",
    "had",
    "defected",
    "joined",
    "resigned",
    "on",
    "Monday",
    "Tuesday",
    "yesterday",
    "last",
    "week",
    "would",
    "could",
    "be",
    "will",
    "not",
    "government",
    "council",
    "election",
    "seat",
    "Commons",
    "vote",
    "members",
    "group",
    "Independent",
    "Liberal",
    "Democrats",
    "Tory",
    "from",
    "as",
    "with",
    "after",
    "for",
    "his",
    "her",
    "their",
    "new",
    "former",
    "secretary",
    "home",
    "2019",
    "12",
    "February",
];

impl Synthetic {
    /// The generated document (deterministic: the same kind and size give the same text).
    pub fn document(self) -> Document {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((seed >> 33) as usize) % n
        };
        let (id, text) = match self {
            Synthetic::Unpunctuated(n) => {
                let mut t = String::with_capacity(n * 7);
                for i in 0..n {
                    if i > 0 {
                        t.push(' ');
                    }
                    if next(100) < 15 {
                        t.push_str(FIRST[next(FIRST.len())]);
                        t.push(' ');
                        t.push_str(LAST[next(LAST.len())]);
                    } else {
                        t.push_str(WORDS[next(WORDS.len())]);
                    }
                }
                (format!("unpunctuated-{n}"), t)
            }
            Synthetic::Names(n) => {
                let mut t = String::from("The MPs ");
                for i in 0..n {
                    if i > 0 {
                        t.push_str(if i + 1 == n { " and " } else { ", " });
                    }
                    // distinct people: a surname made of syllables from the index
                    let mut surname = String::from(LAST[next(LAST.len())]);
                    let mut k = i;
                    while k > 0 {
                        surname.push_str(["ley", "ton", "by", "well", "ford", "ham"][k % 6]);
                        k /= 6;
                    }
                    t.push_str(FIRST[next(FIRST.len())]);
                    t.push(' ');
                    t.push_str(&surname);
                }
                t.push_str(" defected to Labour on Monday.\n");
                (format!("names-{n}"), t)
            }
        };
        Document {
            id,
            date: "2019-02-12".parse().ok(),
            text,
            ..Document::default()
        }
    }
}

/// Peak resident memory of this process in KiB (Linux `VmHWM`), if known.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// CPU time (user + system) this process has used, in seconds, if known (Linux).
pub fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // fields after the command name, which is in parentheses and may hold spaces
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

pub fn run(args: &BenchArgs) -> anyhow::Result<ExitCode> {
    if let Some(stage) = &args.syntax {
        return run_syntax(args, stage);
    }
    if args.read {
        return run_read(args);
    }
    if let Some(dir) = &args.dump {
        std::fs::create_dir_all(dir)?;
        for s in &args.synthetic {
            let d = s.document();
            let p = dir.join(format!("{}.txt", d.id));
            std::fs::write(&p, format!("date 2019-02-12 {}\n\n{}", d.id, d.text))?;
            println!("{}", p.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let tagger = floorcross_timex::Tagger::new();
    let mut docs: Vec<Document> = Vec::new();
    let tally = if args.input.paths.is_empty() {
        anyhow::ensure!(
            !args.synthetic.is_empty(),
            "name PATHS to measure, or --synthetic"
        );
        Default::default()
    } else {
        for_each_doc(&args.input, |read| {
            docs.push(read.doc);
            Ok(())
        })?
    };
    docs.extend(args.synthetic.iter().map(|s| s.document()));
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    // Warm up: build every lexicon and rule table, and load the syntax models, before timing.
    let _ = floorcross_extract::extract(&Document {
        text: "Warm up.".into(),
        ..Default::default()
    });
    floorcross_syntax::Models::builtin().load_trees();
    let passes = args.repeat.max(1);
    let mut events = 0usize;
    let mut long_sentences = 0usize;
    let mut rss_after_first = None;
    let cpu0 = cpu_seconds();
    let t0 = Instant::now();
    let threads = crate::extract_cmd::jobs(args.jobs);
    let pool = match threads {
        1 => None,
        n => Some(rayon::ThreadPoolBuilder::new().num_threads(n).build()?),
    };
    // One document's (events, long-sentence diagnostics).
    let run_one = |doc: &Document| -> (usize, usize) {
        if args.timex {
            std::hint::black_box(tagger.tag(&doc.text, doc.date).len());
            (0, 0)
        } else {
            let x = floorcross_extract::extract(doc);
            let long = x
                .diagnostics
                .iter()
                .filter(|d| d.code == "long-sentence")
                .count();
            let n = x.events.len();
            std::hint::black_box(&x);
            (n, long)
        }
    };
    for pass in 0..passes {
        let (e, l) = match &pool {
            None => docs
                .iter()
                .map(run_one)
                .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1)),
            Some(pool) => pool.install(|| {
                use rayon::prelude::*;
                docs.par_iter()
                    .with_max_len(1)
                    .map(run_one)
                    .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
            }),
        };
        events += e;
        long_sentences += l;
        if pass == 0 {
            rss_after_first = peak_rss_kib();
        }
    }
    let wall = t0.elapsed().as_secs_f64().max(1e-9);
    let cpu = cpu0.zip(cpu_seconds()).map(|(a, b)| (b - a).max(1e-9));
    let what = if args.timex {
        "timex tagging"
    } else {
        "extraction"
    };
    let (n, w, b) = (docs.len() * passes, words * passes, bytes * passes);
    println!(
        "{what}: {} documents ({n} over {passes} passes), {w} words, {b} bytes, {}",
        docs.len(),
        if threads == 1 {
            "one thread".to_string()
        } else {
            format!("{threads} threads (cpu: the cost on one core)")
        }
    );
    println!(
        "  wall: {wall:.3} s  {:.0} words/s  {:.2} MB/s  {:.0} docs/s",
        w as f64 / wall,
        b as f64 / wall / 1e6,
        n as f64 / wall
    );
    if let Some(cpu) = cpu {
        println!(
            "  cpu:  {cpu:.3} s  {:.0} words/s  {:.2} MB/s  {:.0} docs/s",
            w as f64 / cpu,
            b as f64 / cpu / 1e6,
            n as f64 / cpu
        );
    }
    if !args.timex {
        println!(
            "  {} events, {} long-sentence diagnostics per pass",
            events / passes,
            long_sentences / passes
        );
    }
    if let (Some(first), Some(last)) = (rss_after_first, peak_rss_kib()) {
        println!(
            "  peak RSS: {:.1} MiB after the first pass, {:.1} MiB after the last",
            first as f64 / 1024.0,
            last as f64 / 1024.0
        );
    }
    Ok(tally.exit_code())
}

/// `bench --syntax`: the tagger, parser and recogniser over pre-segmented sentences.
fn run_syntax(args: &BenchArgs, stage: &str) -> anyhow::Result<ExitCode> {
    let t_load = Instant::now();
    let models: &floorcross_syntax::Models = match &args.models {
        None => floorcross_syntax::Models::builtin(),
        Some(d) => Box::leak(Box::new(
            floorcross_syntax::Models::load_dir(d).map_err(anyhow::Error::msg)?,
        )),
    };
    if stage != "tag" {
        // The builtin parser and labeller are read on first use: not in the timed passes.
        models.load_trees();
    }
    let load = t_load.elapsed().as_secs_f64();
    let mut sentences: Vec<Vec<String>> = Vec::new();
    let tally = for_each_doc(&args.input, |read| {
        let text = read.doc.text.as_str();
        let seg = floorcross_text::segment(text, 0);
        for s in &seg.sentences {
            let words = seg.tokens[s.tokens.clone()]
                .iter()
                .map(|t| t.text(text).to_string())
                .collect();
            sentences.push(words);
        }
        Ok(())
    })?;
    let refs: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.iter().map(String::as_str).collect())
        .collect();
    let flags: Vec<Vec<u8>> = refs
        .iter()
        .map(|w| floorcross_mention::lexicon::Lexicon::get().name_flags(w))
        .collect();
    let words: usize = refs.iter().map(Vec::len).sum();
    let passes = args.repeat.max(1);
    let mut tagged = floorcross_syntax::Tagged::default();
    let (mut heads, mut labels) = (Vec::new(), Vec::new());
    let mut names = 0usize;
    let cpu0 = cpu_seconds();
    let t0 = Instant::now();
    for _ in 0..passes {
        for (w, f) in refs.iter().zip(&flags) {
            models.tag_into(w, &mut tagged);
            if stage != "tag" {
                models.parse_raw(w, &tagged, &mut heads, &mut labels);
            }
            if stage == "all" {
                names += models.recognise(&tagged, f).len();
            }
            std::hint::black_box((&tagged, &heads, &labels));
        }
    }
    let wall = t0.elapsed().as_secs_f64().max(1e-9);
    let cpu = cpu0.zip(cpu_seconds()).map(|(a, b)| (b - a).max(1e-9));
    let w = words * passes;
    println!(
        "syntax ({stage}): {} sentences, {words} tokens, {passes} passes, one thread; models loaded in {load:.3} s",
        refs.len()
    );
    println!("  wall: {wall:.3} s  {:.0} words/s", w as f64 / wall);
    if let Some(cpu) = cpu {
        println!("  cpu:  {cpu:.3} s  {:.0} words/s", w as f64 / cpu);
    }
    if stage == "all" {
        println!("  {} names per pass", names / passes);
    }
    if let Some(peak) = peak_rss_kib() {
        println!("  peak RSS: {:.1} MiB", peak as f64 / 1024.0);
    }
    Ok(tally.exit_code())
}
