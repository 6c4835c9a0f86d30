//! The record's commands: `ingest`, `import`, the questions (`roster`, `seats`, `timeline`,
//! `changes`, `pending`, `who`), `export` and `dump`. Each opens the database named by `--db`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use floorcross_ingest::{ingest_docs, Note};
use floorcross_record::date::PartialDate;
use floorcross_store::{content_hash, Store, TimelineRow};
use floorcross_text::read::{Inputs, ReadOptions};

use crate::input::InputArgs;

#[derive(Args, Clone, Debug)]
pub struct DbArgs {
    /// The record database (created if missing).
    #[arg(long, default_value = "floorcross.db")]
    pub db: PathBuf,
}

impl DbArgs {
    pub fn open(&self) -> anyhow::Result<Store> {
        Ok(Store::open(&self.db)?)
    }
}

fn parse_day(s: &str) -> Result<PartialDate, String> {
    PartialDate::parse_prefix(s).map_err(|e| e.to_string())
}

#[derive(Args)]
pub struct IngestArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub input: InputArgs,
    /// Documents per write transaction.
    #[arg(long, default_value_t = 2048)]
    pub batch_size: usize,
    /// Print one line per committed batch on stderr (for scripts and tests).
    #[arg(long, hide = true)]
    pub log_batches: bool,
}

/// Prints an ingest's notes on stderr as they happen: `warning: …` (unless `quiet`) and
/// `error: …` lines.
pub fn print_notes(quiet: bool) -> impl Fn(Note) + Sync {
    move |n| match n {
        Note::Warning(w) if !quiet => eprintln!("warning: {w}"),
        Note::Warning(_) => {}
        Note::Error(e) => eprintln!("error: {e}"),
    }
}

pub fn ingest(args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let paths = args.input.path_strings()?;
    let mut store = args.db.open()?;
    let opts = ReadOptions {
        max_bytes: args.input.max_bytes,
        date: args.input.date,
    };
    let bar = indicatif::ProgressBar::new_spinner();
    if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos} documents {per_sec} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    let log = args.log_batches;
    let summary = ingest_docs(
        &mut store,
        crate::input::read_in_parallel(Inputs::new(&paths, opts), 256),
        args.batch_size,
        |n, s| {
            bar.set_position(n as u64);
            bar.set_message(format!("{} events", s.events));
            if log {
                eprintln!("committed {n} documents");
            }
        },
        &print_notes(false),
    )?;
    bar.finish_and_clear();
    let s = &summary.stats;
    println!(
        "ingested {} documents ({} new or changed, {} unchanged, {} replaced): {} events, {} facts, {} unlinked mentions, {} people reconciled, {} errors",
        summary.read,
        s.documents,
        s.skipped,
        s.replaced,
        s.events,
        s.facts,
        s.unlinked,
        summary.reconciled,
        summary.errors
    );
    Ok(if summary.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum RegisterFormat {
    /// Popolo JSON (persons, organizations, memberships, posts, areas).
    Popolo,
    /// parlparse `all-members` XML.
    Parlparse,
    /// EveryPolitician term CSV.
    Csv,
}

#[derive(Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The register's format (`parlparse` reads all-members XML, people.xml and ministers.json).
    #[arg(value_enum)]
    pub format: RegisterFormat,
    /// The register file(s); people files are imported first, whatever the order given.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The day the register was written (spells it leaves open are open as of that day);
    /// default: a date in the file's name, else the latest date the file records.
    #[arg(long, value_parser = parse_day)]
    pub as_of: Option<PartialDate>,
}

/// Reads and parses one register file; the error line names the file (and line).
pub fn read_register(
    format: RegisterFormat,
    file: &Path,
) -> Result<(floorcross_record::register::Register, String), String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
    let parsed = match format {
        RegisterFormat::Popolo => floorcross_record::register::read_popolo(&bytes),
        RegisterFormat::Parlparse => floorcross_record::register::read_parlparse(&bytes),
        RegisterFormat::Csv => floorcross_record::register::read_csv(&bytes),
    };
    let reg = parsed.map_err(|e| match e.line {
        Some(l) => format!("{}:{l}: {}", file.display(), e.message),
        None => format!("{}: {}", file.display(), e.message),
    })?;
    // the version marks how claims are written: a database from before re-imports
    Ok((reg, content_hash(&[&bytes, b"register-v2"])))
}

/// A date written in a file name (`all-members.2009-02-23.xml` → 2009-02-23).
pub fn date_in_name(name: &str) -> Option<PartialDate> {
    let b = name.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let s = name.get(i..i + 10)?;
        let shape = s.bytes().enumerate().all(|(j, c)| match j {
            4 | 7 => c == b'-',
            _ => c.is_ascii_digit(),
        });
        let edge = |k: Option<&u8>| k.is_none_or(|c| !c.is_ascii_digit());
        (shape && edge(i.checked_sub(1).and_then(|k| b.get(k))) && edge(b.get(i + 10)))
            .then(|| PartialDate::parse_prefix(s).ok())
            .flatten()
    })
}

pub fn import(args: &ImportArgs) -> anyhow::Result<ExitCode> {
    use floorcross_store::{Snapshot, SnapshotFrom};
    let mut store = args.db.open()?;
    let mut failed = false;
    let mut read = Vec::new();
    for file in &args.files {
        match read_register(args.format, file) {
            Ok(x) => read.push((file, x)),
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
            }
        }
    }
    // people files first: they say whose spells the other files' are
    read.sort_by_key(|(_, (reg, _))| reg.directory.is_empty());
    for (file, (reg, hash)) in read {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| file.display().to_string());
        let fmt = format!("{:?}", args.format).to_lowercase();
        let snapshot = if let Some(d) = args.as_of {
            Some(Snapshot {
                date: d,
                from: SnapshotFrom::Option,
            })
        } else if let Some(d) = date_in_name(&name) {
            Some(Snapshot {
                date: d,
                from: SnapshotFrom::Name,
            })
        } else {
            reg.latest_date().map(|d| Snapshot {
                date: PartialDate::from_day(d.last_day()),
                from: SnapshotFrom::Contents,
            })
        };
        let hash = match args.as_of {
            Some(d) => content_hash(&[hash.as_bytes(), d.to_string().as_bytes()]),
            None => hash,
        };
        let s = store.import_register_at(&name, &fmt, &hash, &reg, snapshot)?;
        if s.skipped {
            println!("{name}: unchanged, skipped");
            continue;
        }
        let n = store.reconcile_dirty(500, |_| {})?;
        let identified = if s.identified > 0 {
            format!("{} people identified, ", s.identified)
        } else {
            String::new()
        };
        println!(
            "{name}: {identified}{} people ({} new), {} memberships, {} people from articles linked, {} people reconciled",
            s.persons, s.new_persons, s.memberships, s.relinked, n
        );
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(Args)]
pub struct RosterArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// A party, group or body (`The Independent Group`, `Labour`, `House of Commons`).
    pub org: String,
    /// The day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_day)]
    pub on: PartialDate,
    /// One JSON array instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct SeatsArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[arg(long, value_parser = parse_day)]
    pub on: PartialDate,
    /// Only seats in this body (`House of Commons`).
    #[arg(long)]
    pub body: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct PersonArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// A name as written (aliases, titles and small misspellings are found too).
    pub person: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct ChangesArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[arg(long, value_parser = parse_day)]
    pub from: PartialDate,
    #[arg(long, value_parser = parse_day)]
    pub to: PartialDate,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct HoldersArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// An office by its common name (`Home Secretary`), an organisation (`Home Office`) or a
    /// post (a seat).
    pub what: String,
    /// The day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_day)]
    pub on: PartialDate,
    /// Only this role in the organisation (`Secretary of State`).
    #[arg(long)]
    pub role: Option<String>,
    #[arg(long)]
    pub json: bool,
}

pub fn holders(args: &HoldersArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let rows = store.holders(&args.what, args.on, args.role.as_deref())?;
    if args.json {
        print_json(&rows)?;
    } else {
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                let mut docs: Vec<&str> = Vec::new();
                for s in &r.sources {
                    if !docs.contains(&s.doc.as_str()) {
                        docs.push(&s.doc);
                    }
                }
                vec![
                    r.person.clone(),
                    opt(&r.role),
                    r.org
                        .clone()
                        .or(r.post.clone())
                        .unwrap_or_else(|| "-".into()),
                    opt(&r.since),
                    opt(&r.until),
                    docs.join(", "),
                    conflicts_cell(&r.conflicts),
                ]
            })
            .collect();
        table(
            &mut std::io::stdout().lock(),
            &[
                "person",
                "role",
                "org",
                "since",
                "until",
                "sources",
                "conflicts",
            ],
            &cells,
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[arg(long)]
    pub json: bool,
}

/// Every conflict and flag in the record, each once.
pub fn check(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let rows = store.check()?;
    if args.json {
        print_json(&rows)?;
    } else {
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|f| {
                let claims: Vec<String> = f
                    .claims
                    .iter()
                    .map(|x| format!("{} ({})", x.date.as_deref().unwrap_or("?"), x.source))
                    .collect();
                let mut detail = f.about.clone();
                if !claims.is_empty() {
                    detail.push_str(&format!(": {}", claims.join(" ≠ ")));
                }
                if !f.people.is_empty() {
                    detail.push_str(&format!(" [{}]", f.people.join(", ")));
                }
                vec![f.flag.clone(), opt(&f.person), opt(&f.doc), detail]
            })
            .collect();
        table(
            &mut std::io::stdout().lock(),
            &["flag", "person", "document", "what"],
            &cells,
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct SourcesArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// List the articles too.
    #[arg(long)]
    pub all: bool,
    #[arg(long)]
    pub json: bool,
}

pub fn sources(args: &SourcesArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let rows = store.source_list(args.all)?;
    if args.json {
        print_json(&rows)?;
    } else {
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                vec![
                    r.key.clone(),
                    r.kind.clone(),
                    opt(&r.format),
                    match (&r.as_of, &r.as_of_from) {
                        (Some(d), Some(f)) => format!("{d} ({f})"),
                        _ => opt(&r.date),
                    },
                    r.claims.to_string(),
                    if r.identities > 0 {
                        format!("{} people identified", r.identities)
                    } else {
                        String::new()
                    },
                ]
            })
            .collect();
        table(
            &mut std::io::stdout().lock(),
            &["source", "kind", "format/path", "as of", "claims", "note"],
            &cells,
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct PendingArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[arg(long)]
    pub json: bool,
}

/// Prints rows as an aligned table (cells but the last cut to 60 characters).
pub fn table(out: &mut impl Write, header: &[&str], rows: &[Vec<String>]) -> std::io::Result<()> {
    let cut = |s: &str| -> String {
        if s.chars().count() > 60 {
            format!("{}…", s.chars().take(59).collect::<String>())
        } else {
            s.to_string()
        }
    };
    let last = header.len().saturating_sub(1);
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .enumerate()
                .map(|(i, c)| if i == last { c.clone() } else { cut(c) })
                .collect()
        })
        .collect();
    let mut w: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            w[i] = w[i].max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, cells: &[String]| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                s.push_str(&format!("{c:<width$}  ", width = w[i]));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    let h: Vec<String> = header.iter().map(|s| s.to_string()).collect();
    line(out, &h)?;
    let rule: Vec<String> = w.iter().map(|n| "-".repeat(*n)).collect();
    line(out, &rule)?;
    for r in &rows {
        line(out, r)?;
    }
    Ok(())
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_else(|| "-".into())
}

fn print_json<T: serde::Serialize>(v: &T) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer(&mut out, v)?;
    writeln!(out)?;
    Ok(())
}

fn conflicts_cell(c: &[floorcross_record::reconcile::Conflict]) -> String {
    c.iter()
        .map(|c| {
            let claims: Vec<String> = c
                .claims
                .iter()
                .map(|x| format!("{} ({})", x.date.as_deref().unwrap_or("?"), x.source))
                .collect();
            format!("{}: {}", c.about, claims.join(" ≠ "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn write_roster(
    out: &mut impl Write,
    rows: &[floorcross_store::RosterRow],
) -> std::io::Result<()> {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.person.clone(),
                r.status.clone(),
                opt(&r.since),
                opt(&r.until),
                {
                    let mut docs: Vec<&str> = Vec::new();
                    for s in &r.sources {
                        if !docs.contains(&s.doc.as_str()) {
                            docs.push(&s.doc);
                        }
                    }
                    docs.join(", ")
                },
                conflicts_cell(&r.conflicts),
            ]
        })
        .collect();
    table(
        out,
        &["person", "status", "since", "until", "sources", "conflicts"],
        &cells,
    )
}

pub fn roster(args: &RosterArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    if args.json {
        // the rows as stored, byte for byte what the API answers
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}", store.roster_json(&args.org, args.on)?)?;
    } else {
        let rows = store.roster(&args.org, args.on)?;
        write_roster(&mut std::io::stdout().lock(), &rows)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn seats(args: &SeatsArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let rows = store.seats(args.on, args.body.as_deref())?;
    if args.json {
        print_json(&rows)?;
    } else {
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|r| vec![r.org.clone(), r.seats.to_string()])
            .collect();
        table(&mut std::io::stdout().lock(), &["org", "seats"], &cells)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn write_timeline(
    out: &mut impl Write,
    rows: &[TimelineRow],
    with_person: bool,
) -> std::io::Result<()> {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut c = Vec::new();
            if with_person {
                c.push(r.person.clone());
            }
            c.extend([
                opt(&r.date),
                r.kind.clone(),
                opt(&r.org),
                r.post
                    .clone()
                    .or(r.role.clone())
                    .unwrap_or_else(|| "-".into()),
                r.status.clone(),
                {
                    // the first source's words, and the other sources by name
                    let mut docs: Vec<&str> = Vec::new();
                    for s in r.sources.iter().skip(1) {
                        if !docs.contains(&s.doc.as_str()) && r.sources[0].doc != s.doc {
                            docs.push(&s.doc);
                        }
                    }
                    let more = if docs.is_empty() {
                        String::new()
                    } else {
                        format!(" [+ {}]", docs.join(", "))
                    };
                    r.sources
                        .first()
                        .map(|s| format!("{}: {}{more}", s.doc, s.evidence))
                        .unwrap_or_default()
                },
            ]);
            c
        })
        .collect();
    let mut header = Vec::new();
    if with_person {
        header.push("person");
    }
    header.extend(["date", "type", "org", "post/role", "status", "evidence"]);
    table(out, &header, &cells)
}

pub fn timeline(args: &PersonArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let ids = store.find_people(&args.person)?;
    if ids.is_empty() {
        eprintln!("error: nobody on record is called {:?}", args.person);
        return Ok(ExitCode::from(1));
    }
    let rows = store.timelines(&ids)?;
    if args.json {
        print_json(&rows)?;
    } else {
        write_timeline(&mut std::io::stdout().lock(), &rows, ids.len() > 1)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn changes(args: &ChangesArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let rows = store.changes(args.from, args.to)?;
    if args.json {
        print_json(&rows)?;
    } else {
        write_timeline(&mut std::io::stdout().lock(), &rows, true)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn write_pending(out: &mut impl Write, rows: &[TimelineRow]) -> std::io::Result<()> {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.person.clone(),
                opt(&r.date),
                format!(
                    "{} {}{}",
                    r.kind,
                    r.from
                        .as_deref()
                        .map(|f| format!("{f} → "))
                        .unwrap_or_default(),
                    r.org.clone().or(r.post.clone()).unwrap_or_default()
                ),
                r.modality.clone(),
                r.sources
                    .first()
                    .map(|s| format!("{}: {}", s.doc, s.evidence))
                    .unwrap_or_default(),
                if r.denials.is_empty() {
                    String::new()
                } else {
                    format!(
                        "denied in {}",
                        r.denials
                            .iter()
                            .map(|d| d.doc.clone())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                },
            ]
        })
        .collect();
    table(
        out,
        &["person", "date", "claim", "modality", "evidence", "denials"],
        &cells,
    )
}

pub fn pending(args: &PendingArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let rows = store.pending()?;
    if args.json {
        print_json(&rows)?;
    } else {
        write_pending(&mut std::io::stdout().lock(), &rows)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn who(args: &PersonArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let ids = store.find_people(&args.person)?;
    let rows = store.whos(&ids)?;
    if rows.is_empty() {
        eprintln!("error: nobody on record is called {:?}", args.person);
        return Ok(ExitCode::from(1));
    }
    if args.json {
        print_json(&rows)?;
    } else {
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|w| {
                vec![
                    w.name.clone(),
                    w.key.clone(),
                    w.aliases.join(", "),
                    w.identifiers
                        .iter()
                        .map(|(s, i)| format!("{s}:{i}"))
                        .collect::<Vec<_>>()
                        .join(" "),
                    w.links
                        .iter()
                        .map(|l| format!("{} ({} in {})", l.written, l.how, l.doc))
                        .collect::<Vec<_>>()
                        .join(", "),
                ]
            })
            .collect();
        table(
            &mut std::io::stdout().lock(),
            &["name", "key", "aliases", "identifiers", "linked mentions"],
            &cells,
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExportFormat {
    /// Popolo JSON: persons, organizations, memberships with sources.
    Popolo,
    /// One CSV row per membership.
    Csv,
}

#[derive(Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[arg(value_enum)]
    pub format: ExportFormat,
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

pub fn export(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let ms = store.memberships()?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        ExportFormat::Popolo => {
            use serde_json::json;
            let persons: Vec<_> = store
                .persons()?
                .into_iter()
                .map(|(key, name, other, ids)| {
                    json!({
                        "id": key,
                        "name": name,
                        "other_names": other.iter().map(|n| json!({"name": n})).collect::<Vec<_>>(),
                        "identifiers": ids.iter().map(|(s, i)| json!({"scheme": s, "identifier": i})).collect::<Vec<_>>(),
                    })
                })
                .collect();
            // organisations people are members of as a party (or whose whip they hold)
            let parties: std::collections::BTreeSet<&str> = ms
                .iter()
                .filter(|m| m.kind == "party" || m.kind == "whip")
                .filter_map(|m| m.org.as_deref())
                .chain(ms.iter().filter_map(|m| m.on_behalf_of.as_deref()))
                .collect();
            let orgs: Vec<_> = store
                .orgs()?
                .into_iter()
                .map(|n| {
                    let class =
                        if floorcross_record::names::is_party(&n) || parties.contains(n.as_str()) {
                            "party"
                        } else {
                            "organization"
                        };
                    json!({"id": slug(&n), "name": n, "classification": class})
                })
                .collect();
            let mut posts: Vec<String> = ms.iter().filter_map(|m| m.post.clone()).collect();
            posts.sort();
            posts.dedup();
            let posts_json: Vec<_> = posts
                .iter()
                .map(|p| json!({"id": slug(p), "label": p}))
                .collect();
            // Popolo memberships are spells that hold; pending claims and spells with neither an
            // organisation nor a post go under floorcross_ keys of their own
            let mut memberships = Vec::new();
            let mut pending = Vec::new();
            let mut unplaced = Vec::new();
            for (i, m) in ms.iter().enumerate() {
                let v = {
                    let mut v = json!({
                        "id": format!("m{}", i + 1),
                        "person_id": m.person_key,
                        "floorcross_kind": m.kind,
                        "floorcross_status": m.status,
                        "sources": m.sources.iter().map(|s| json!({"url": s.doc, "note": s.evidence})).collect::<Vec<_>>(),
                    });
                    let o = v.as_object_mut().expect("object");
                    if let Some(x) = &m.org {
                        o.insert("organization_id".into(), json!(slug(x)));
                    }
                    if let Some(x) = &m.on_behalf_of {
                        o.insert("on_behalf_of_id".into(), json!(slug(x)));
                    }
                    if let Some(x) = &m.post {
                        o.insert("post_id".into(), json!(slug(x)));
                    }
                    if let Some(x) = &m.role {
                        o.insert("role".into(), json!(x));
                    } else if m.kind == "whip" {
                        o.insert("role".into(), json!("whip"));
                    }
                    for (k, x) in [
                        ("start_date", &m.since),
                        ("end_date", &m.until),
                        ("start_reason", &m.start_reason),
                        ("end_reason", &m.end_reason),
                    ] {
                        if let Some(x) = x {
                            o.insert(k.into(), json!(x));
                        }
                    }
                    if !m.conflicts.is_empty() {
                        o.insert("floorcross_conflicts".into(), json!(m.conflicts));
                    }
                    v
                };
                if m.status == "pending" {
                    pending.push(v);
                } else if m.org.is_none() && m.post.is_none() {
                    unplaced.push(v);
                } else {
                    memberships.push(v);
                }
            }
            serde_json::to_writer_pretty(
                &mut out,
                &json!({
                    "persons": persons,
                    "organizations": orgs,
                    "posts": posts_json,
                    "memberships": memberships,
                    "floorcross_pending": pending,
                    "floorcross_unplaced": unplaced,
                }),
            )?;
            writeln!(out)?;
        }
        ExportFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record([
                "person_id",
                "person",
                "kind",
                "organization",
                "post",
                "role",
                "on_behalf_of",
                "start_date",
                "end_date",
                "start_reason",
                "end_reason",
                "status",
                "sources",
                "conflicts",
            ])?;
            for m in &ms {
                let sources: Vec<String> = m.sources.iter().map(|s| s.doc.clone()).collect();
                w.write_record([
                    m.person_key.as_str(),
                    &m.person,
                    &m.kind,
                    m.org.as_deref().unwrap_or(""),
                    m.post.as_deref().unwrap_or(""),
                    m.role.as_deref().unwrap_or(""),
                    m.on_behalf_of.as_deref().unwrap_or(""),
                    m.since.as_deref().unwrap_or(""),
                    m.until.as_deref().unwrap_or(""),
                    m.start_reason.as_deref().unwrap_or(""),
                    m.end_reason.as_deref().unwrap_or(""),
                    &m.status,
                    &sources.join(";"),
                    &conflicts_cell(&m.conflicts),
                ])?;
            }
            w.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct DumpArgs {
    #[command(flatten)]
    pub db: DbArgs,
}

/// A canonical, ordered text dump of the database (two equal records give equal dumps).
pub fn dump(args: &DumpArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let d = store.dump().context("dump")?;
    std::io::stdout().lock().write_all(d.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
