//! `parse`, `eval-syntax` and `train-syntax`: the learned syntax models from the command line.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::Args;
use floorcross_syntax::{conllu, eval, train, Models};

use crate::input::{for_each_doc, InputArgs};

#[derive(Args)]
pub struct ParseArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// CoNLL-U (one block per sentence, `Offset=START-END` byte offsets in MISC) instead of
    /// the readable view.
    #[arg(long)]
    pub conllu: bool,
    /// Only segment: words and offsets, no tags or tree (what the silver tool labels).
    #[arg(long, hide = true)]
    pub tokens_only: bool,
    /// Read the model files from this directory instead of the built-in models.
    #[arg(long)]
    pub models: Option<PathBuf>,
}

fn models(dir: Option<&Path>) -> anyhow::Result<&'static Models> {
    match dir {
        None => Ok(Models::builtin()),
        Some(d) => {
            let m = Models::load_dir(d).map_err(anyhow::Error::msg)?;
            Ok(Box::leak(Box::new(m)))
        }
    }
}

pub fn parse(args: &ParseArgs) -> anyhow::Result<ExitCode> {
    let m = if args.tokens_only {
        None
    } else {
        Some(models(args.models.as_deref())?)
    };
    let flags = |words: &[&str]| floorcross_mention::lexicon::Lexicon::get().name_flags(words);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let tally = for_each_doc(&args.input, |read| {
        let text = read.doc.text.as_str();
        let header = floorcross_text::read::parse_header(text).ok().flatten();
        let from = header.as_ref().map(|h| h.date_span.end).unwrap_or(0);
        let seg = floorcross_text::segment(text, from);
        let mut block = String::new();
        for (k, s) in seg.sentences.iter().enumerate() {
            let toks = &seg.tokens[s.tokens.clone()];
            let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
            let mut sent = conllu::Sentence {
                comments: vec![
                    format!("# doc_id = {}", read.doc.id),
                    format!("# sent_id = {}-{}", read.doc.id, k + 1),
                    format!("# text = {}", s.span.slice(text).replace(['\n', '\r'], " ")),
                ],
                words: words.iter().map(|w| w.to_string()).collect(),
                ..Default::default()
            };
            sent.misc = toks
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let glued = toks.get(i + 1).is_some_and(|n| n.start == t.end);
                    let space = if glued { "|SpaceAfter=No" } else { "" };
                    format!("Offset={}-{}{space}", t.start, t.end)
                })
                .collect();
            let mut names = Vec::new();
            if let Some(m) = m {
                let tagged = m.tag(&words);
                let parse = m.parse(&words, &tagged);
                sent.upos = parse.upos.iter().map(|s| s.to_string()).collect();
                sent.xpos = parse.xpos.iter().map(|s| s.to_string()).collect();
                sent.heads = parse.heads.iter().map(|h| h.map_or(0, |h| h + 1)).collect();
                sent.labels = parse.labels.iter().map(|s| s.to_string()).collect();
                names = m.recognise(&tagged, &flags(&words));
                for n in &names {
                    for i in n.start..n.end {
                        let bi = if i == n.start { "B" } else { "I" };
                        sent.misc[i].push_str(&format!("|NE={bi}-{}", n.kind_name()));
                    }
                }
            }
            if args.conllu || args.tokens_only {
                conllu::write(&sent, &mut block);
            } else {
                write_readable(&sent, &names, &mut block);
            }
        }
        out.write_all(block.as_bytes())?;
        Ok(())
    })?;
    out.flush()?;
    Ok(tally.exit_code())
}

fn write_readable(s: &conllu::Sentence, names: &[floorcross_syntax::Name], out: &mut String) {
    use std::fmt::Write as _;
    let _ = writeln!(out, "{}", s.comments.get(2).map_or("", |c| c.as_str()));
    for i in 0..s.words.len() {
        let head = match s.heads[i] {
            0 => "ROOT".to_string(),
            h => format!("{} {}", h, s.words[h - 1]),
        };
        let name = names
            .iter()
            .find(|n| n.start <= i && i < n.end)
            .map_or(String::new(), |n| format!("  [{}]", n.kind_name()));
        let _ = writeln!(
            out,
            "{:>4} {:<20} {:<6} {:<5} {:<12} <- {head}{name}",
            i + 1,
            s.words[i],
            s.upos[i],
            s.xpos[i],
            s.labels[i]
        );
    }
    out.push('\n');
}

#[derive(Args)]
pub struct EvalSyntaxArgs {
    /// A CoNLL-U file with gold tokens, tags and trees. Silver files made by
    /// `tools/silver/make_silver.py` are also compared with the teacher (subjects, objects,
    /// prepositional objects, names).
    #[arg(long)]
    pub conllu: PathBuf,
    /// Read the model files from this directory instead of the built-in models.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Also print the N commonest errors of each kind (tags, heads, labels).
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
    /// Also score the parser given the gold tags (its ceiling with a perfect tagger).
    #[arg(long)]
    pub gold_tags: bool,
}

pub fn eval_syntax(args: &EvalSyntaxArgs) -> anyhow::Result<ExitCode> {
    let m = models(args.models.as_deref())?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let text = std::fs::read_to_string(&args.conllu)
        .with_context(|| format!("reading {}", args.conllu.display()))?;
    let gold =
        conllu::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", args.conllu.display()))?;
    if gold.is_empty() {
        bail!("{}: no sentences", args.conllu.display());
    }
    let silver = gold.iter().any(|s| s.misc_value(0, "SD").is_some());
    if silver {
        let flags = |words: &[&str]| floorcross_mention::lexicon::Lexicon::get().name_flags(words);
        let a = eval::against_teacher(m, &gold, &flags);
        writeln!(out, "{}", a.line())?;
    }
    let with_trees: Vec<conllu::Sentence> = gold
        .into_iter()
        .filter(|s| !s.labels.iter().any(|l| l == "_"))
        .collect();
    let mut errors: std::collections::BTreeMap<(String, String, String), usize> =
        Default::default();
    let scores = eval::attachment_with_errors(m, &with_trees, &mut |k, g, p| {
        *errors
            .entry((k.to_string(), g.to_string(), p.to_string()))
            .or_default() += 1;
    });
    if args.errors > 0 {
        for kind in ["upos", "head", "label"] {
            let mut v: Vec<_> = errors.iter().filter(|(k, _)| k.0 == kind).collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let line: Vec<String> = v
                .iter()
                .take(args.errors)
                .map(|((_, g, p), n)| format!("{g}->{p} {n}"))
                .collect();
            writeln!(out, "{kind} errors (gold->predicted): {}", line.join(", "))?;
        }
    }
    if args.gold_tags {
        let g = eval::attachment_gold_tags(m, &with_trees);
        writeln!(out, "with gold tags: {}", g.line())?;
    }
    writeln!(out, "{}", scores.line())?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct TrainSyntaxArgs {
    /// Gold treebank (UD English EWT train).
    #[arg(long)]
    pub ewt: PathBuf,
    /// The silver cache made by `tools/silver/make_silver.py`: its `*.conllu` files (read in
    /// sorted order) and `clusters.tsv`.
    #[arg(long)]
    pub silver: PathBuf,
    /// Where to write the model files.
    #[arg(long, default_value = "crates/syntax/models")]
    pub out: PathBuf,
    /// Fewer epochs, for a quick look (the committed models use the defaults).
    #[arg(long)]
    pub quick: bool,
    /// Leave silver trees out of the parser's training data.
    #[arg(long)]
    pub no_silver_trees: bool,
    /// Leave silver tags out of the tagger's training data.
    #[arg(long)]
    pub no_silver_tags: bool,
    /// A development treebank: the tagger's accuracy on it is logged.
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Train and measure the tagger only (an experiment: writes no files).
    #[arg(long)]
    pub tagger_only: bool,
    /// Epochs of the tagger (an experiment; the default makes the committed models).
    #[arg(long, hide = true)]
    pub tagger_epochs: Option<usize>,
    /// Epochs of the parser (an experiment).
    #[arg(long, hide = true)]
    pub parser_epochs: Option<usize>,
    /// Tag dictionary: minimum count and share (an experiment).
    #[arg(long, hide = true)]
    pub dict_min_count: Option<u32>,
    #[arg(long, hide = true)]
    pub dict_min_share: Option<f64>,
    /// Drop tagger weights below this share of the largest (an experiment).
    #[arg(long, hide = true)]
    pub tagger_prune: Option<f64>,
    /// Drop parser weights below this share of the largest (an experiment).
    #[arg(long, hide = true)]
    pub parser_prune: Option<f64>,
}

pub fn train_syntax(args: &TrainSyntaxArgs) -> anyhow::Result<ExitCode> {
    let read = |p: &Path| -> anyhow::Result<Vec<conllu::Sentence>> {
        let t = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        conllu::parse(&t).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))
    };
    let gold = read(&args.ewt)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&args.silver)
        .with_context(|| format!("reading {}", args.silver.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    files.sort();
    let mut silver = Vec::new();
    for f in &files {
        silver.extend(read(f)?);
    }
    let tsv_path = args.silver.join("clusters.tsv");
    let tsv = std::fs::read_to_string(&tsv_path)
        .with_context(|| format!("reading {}", tsv_path.display()))?;
    let clusters = train::read_clusters(&tsv).map_err(anyhow::Error::msg)?;
    let mut cfg = train::Config {
        silver_trees: !args.no_silver_trees,
        silver_tags: !args.no_silver_tags,
        tagger_only: args.tagger_only,
        ..train::Config::default()
    };
    if let Some(e) = args.tagger_epochs {
        cfg.tagger_epochs = e;
    }
    if let Some(e) = args.parser_epochs {
        cfg.parser_epochs = e;
    }
    if let Some(x) = args.dict_min_count {
        cfg.dict_min_count = x;
    }
    if let Some(x) = args.dict_min_share {
        cfg.dict_min_share = x;
    }
    if let Some(x) = args.tagger_prune {
        cfg.prune_tagger.min_abs = x;
    }
    if let Some(x) = args.parser_prune {
        cfg.prune_parser.min_abs = x;
    }
    if args.quick {
        cfg.tagger_epochs = 3;
        cfg.parser_epochs = 3;
        cfg.labeler_epochs = 3;
        cfg.names_epochs = 3;
        cfg.folds = 2;
    }
    let flags = |words: &[&str]| floorcross_mention::lexicon::Lexicon::get().name_flags(words);
    let started = std::time::Instant::now();
    let mut log = |m: String| eprintln!("[{:>6.1}s] {m}", started.elapsed().as_secs_f64());
    let dev = match &args.dev {
        Some(p) => read(p)?,
        None => Vec::new(),
    };
    let bytes = train::train_all(clusters, &gold, &silver, &dev, &flags, &cfg, &mut log)
        .map_err(anyhow::Error::msg)?;
    std::fs::create_dir_all(&args.out)?;
    for (name, b) in floorcross_syntax::MODEL_FILES.iter().zip(&bytes) {
        let p = args.out.join(name);
        std::fs::write(&p, b).with_context(|| format!("writing {}", p.display()))?;
        eprintln!("wrote {} ({} bytes)", p.display(), b.len());
    }
    Ok(ExitCode::SUCCESS)
}
