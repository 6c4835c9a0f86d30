//! `extract`, `timex` and `eval`: read documents, write JSON lines; score them.

use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use floorcross_model::{Diagnostic, DocMeta, Extraction};

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
            if args.pretty {
                // The view lists events, facts, times and notes, never entities: a long
                // document's parts are gathered without their entities (and their mentions),
                // so memory stays that of what is printed.
                let mut shown = Extraction {
                    diagnostics: read.diagnostics,
                    ..Extraction::default()
                };
                floorcross_extract::extract_parts(&read.doc, |mut x| {
                    shown.timexes.append(&mut x.timexes);
                    shown.events.append(&mut x.events);
                    shown.facts.append(&mut x.facts);
                    shown.diagnostics.append(&mut x.diagnostics);
                });
                return Ok((read.doc, Extracted::Values(shown)));
            }
            let mut line = JsonLine {
                diagnostics: read.diagnostics,
                ..JsonLine::default()
            };
            let mut failed = None;
            floorcross_extract::extract_parts(&read.doc, |x| {
                if let Err(e) = line.add(x) {
                    failed.get_or_insert(e);
                }
            });
            if let Some(e) = failed {
                return Err(e);
            }
            Ok((read.doc, Extracted::Json(line)))
        },
        // Written straight to the output, never whole into memory: a long document's JSON can
        // be twenty times its text (each event quotes its sentence).
        |(doc, result)| {
            match result {
                Extracted::Values(x) => crate::pretty::write(&mut out, &doc, &x)?,
                Extracted::Json(line) => {
                    line.write(&mut out)?;
                    out.write_all(b"\n")?;
                }
            }
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(tally.exit_code())
}

/// A document's extraction, ready to write.
enum Extracted {
    /// For `--pretty`.
    Values(Extraction),
    Json(JsonLine),
}

/// A document's JSON line, gathered part by part as `extract_parts` hands a long document
/// over, already written as JSON (about half the memory of the values, each with a few
/// strings of its own): the time expressions, events and facts in a buffer per part; each
/// entity's JSON open at its mentions, since they come from every part and the line lists
/// entities first. Its bytes are those of the whole [`Extraction`] serialised (tested).
#[derive(Default)]
struct JsonLine {
    doc: Option<DocMeta>,
    /// What reading the document noticed (the first diagnostics), then each part's.
    diagnostics: Vec<Diagnostic>,
    /// Each entity's JSON up to the end of its first part's mentions (`…"mentions":[a,b`),
    /// and later parts' mentions (`c,d`), a buffer each: most entities are in one part, and
    /// one in every part never moves what it has.
    entities: Vec<(Vec<u8>, Vec<Vec<u8>>)>,
    /// Where each entity is in `entities`, by its id.
    entity_at: EntityIndex,
    /// Per part, the inside of each JSON list (`a,b,c`): a buffer of its own, so that
    /// gathering never moves what earlier parts wrote.
    timexes: Vec<Vec<u8>>,
    events: Vec<Vec<u8>>,
    facts: Vec<Vec<u8>>,
}

impl JsonLine {
    fn add(&mut self, x: Extraction) -> anyhow::Result<()> {
        self.doc.get_or_insert(x.doc);
        push_json(&mut self.timexes, &x.timexes)?;
        push_json(&mut self.events, &x.events)?;
        push_json(&mut self.facts, &x.facts)?;
        for mut e in x.entities {
            let mentions = std::mem::take(&mut e.mentions);
            match self.entity_at.get(&e.id) {
                Some(at) => push_json(&mut self.entities[at].1, &mentions)?,
                None => {
                    self.entity_at.insert(&e.id, self.entities.len());
                    // the entity with no mentions ends `"mentions":[]}`: they go in between
                    let mut json = serde_json::to_vec(&e)?;
                    if !json.ends_with(b"]}") {
                        anyhow::bail!("an entity's JSON does not end with its mentions");
                    }
                    json.truncate(json.len() - 2);
                    for (i, m) in mentions.iter().enumerate() {
                        if i > 0 {
                            json.push(b',');
                        }
                        serde_json::to_writer(&mut json, m)?;
                    }
                    json.shrink_to_fit();
                    self.entities.push((json, Vec::new()));
                }
            }
        }
        self.diagnostics.extend(x.diagnostics);
        Ok(())
    }

    /// Writes the line (without its newline), as `serde_json` writes an [`Extraction`].
    fn write(self, w: &mut impl Write) -> anyhow::Result<()> {
        w.write_all(b"{\"doc\":")?;
        serde_json::to_writer(&mut *w, &self.doc.unwrap_or_default())?;
        w.write_all(b",\"entities\":[")?;
        for (i, (json, more)) in self.entities.iter().enumerate() {
            if i > 0 {
                w.write_all(b",")?;
            }
            w.write_all(json)?;
            if !more.is_empty() && !json.ends_with(b"[") {
                w.write_all(b",")?;
            }
            write_list(w, more)?;
            w.write_all(b"]}")?;
        }
        w.write_all(b"]")?;
        for (name, parts) in [
            ("timexes", &self.timexes),
            ("events", &self.events),
            ("facts", &self.facts),
        ] {
            write!(w, ",\"{name}\":[")?;
            write_list(w, parts)?;
            w.write_all(b"]")?;
        }
        if !self.diagnostics.is_empty() {
            w.write_all(b",\"diagnostics\":")?;
            serde_json::to_writer(&mut *w, &self.diagnostics)?;
        }
        w.write_all(b"}")?;
        Ok(())
    }
}

/// Positions by entity id. Ids are a prefix and a count (`p1`, `p2`, … `g1`, …), so each
/// prefix keeps a list by count: a few bytes per entity where a sentence lists fifty thousand
/// names, not a string key each. Any other id is kept by name.
#[derive(Default)]
struct EntityIndex {
    by_prefix: HashMap<String, Vec<u32>>,
    other: HashMap<String, usize>,
}

impl EntityIndex {
    /// The id's prefix and count, from 0.
    fn split(id: &str) -> Option<(&str, usize)> {
        let digits = id.find(|c: char| c.is_ascii_digit())?;
        let n: usize = id[digits..].parse().ok()?;
        Some((&id[..digits], n.checked_sub(1)?))
    }

    fn get(&self, id: &str) -> Option<usize> {
        let listed = Self::split(id).and_then(|(prefix, n)| self.by_prefix.get(prefix)?.get(n));
        listed
            .map(|&at| at as usize)
            .or_else(|| self.other.get(id).copied())
    }

    fn insert(&mut self, id: &str, at: usize) {
        if let Some((prefix, n)) = Self::split(id) {
            let list = self.by_prefix.entry(prefix.to_string()).or_default();
            if let (true, Ok(at)) = (list.len() == n, u32::try_from(at)) {
                list.push(at);
                return;
            }
        }
        self.other.insert(id.to_string(), at);
    }
}

/// Writes the insides of a list's parts, comma-separated.
fn write_list(w: &mut impl Write, parts: &[Vec<u8>]) -> std::io::Result<()> {
    for (i, json) in parts.iter().enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        w.write_all(json)?;
    }
    Ok(())
}

/// Adds a part's `items` to a JSON list's parts, as the inside of a list (`a,b,c`).
fn push_json<T: serde::Serialize>(parts: &mut Vec<Vec<u8>>, items: &[T]) -> serde_json::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    let mut json = Vec::new();
    for item in items {
        if !json.is_empty() {
            json.push(b',');
        }
        serde_json::to_writer(&mut json, item)?;
    }
    json.shrink_to_fit();
    parts.push(json);
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;
    use floorcross_model::Document;

    /// The line as `extract` writes it, and the whole extraction serialised.
    fn both(doc: &Document, read: Vec<Diagnostic>) -> (String, String) {
        let mut line = JsonLine {
            diagnostics: read.clone(),
            ..JsonLine::default()
        };
        floorcross_extract::extract_parts(doc, |x| line.add(x).unwrap());
        let mut written = Vec::new();
        line.write(&mut written).unwrap();
        let mut whole = floorcross_extract::extract(doc);
        whole.diagnostics.splice(0..0, read);
        (
            String::from_utf8(written).unwrap(),
            serde_json::to_string(&whole).unwrap(),
        )
    }

    #[test]
    fn a_json_line_gathered_part_by_part_is_the_whole_extraction_serialised() {
        let news = "Jane Hollis has defected from the Conservatives to Labour on Monday. \
                    Jane Hollis, the Labour MP for Bury, said she had no regrets.\n\n";
        let filler = "The council met to discuss the budget for the coming year.\n\n";
        let mut long = String::from("Council news\n\n");
        while long.len() < 3 * floorcross_extract::sections::MAX_SECTION_BYTES {
            long.push_str(if long.len() % 7 == 0 { news } else { filler });
            long.push_str(filler);
        }
        long.push_str(news);
        let date = Some("2019-02-18".parse().unwrap());
        let read = vec![Diagnostic::warning("lossy-utf8", "a byte was replaced")];
        for (text, read) in [
            (String::new(), vec![]),
            (format!("Defection\n\n{news}"), vec![]),
            (format!("Defection\n\n{news}"), read.clone()),
            (long, read),
        ] {
            let doc = Document {
                id: "d".into(),
                date,
                text,
                ..Document::default()
            };
            let (written, whole) = both(&doc, read);
            let found = whole.contains("\"events\":[{") && whole.contains("\"facts\":[{");
            assert!(doc.text.is_empty() || found, "{whole:.300}");
            assert_eq!(written, whole);
        }
    }
}
