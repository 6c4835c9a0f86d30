//! `floorcross bench-ingest` and `floorcross bench-query`: the record's speed and size,
//! measured on a temporary database.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Args;
use floorcross_model::Document;
use floorcross_record::date::PartialDate;
use floorcross_record::reconcile::MembershipKind;
use floorcross_record::register::{Register, RegisterMembership, RegisterPerson};
use floorcross_store::Store;
use floorcross_text::read::{Inputs, ReadDoc, ReadOptions};

#[derive(Args)]
pub struct BenchIngestArgs {
    /// The corpus to replicate (files or directories).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// How many articles to ingest: the corpus is repeated, each copy with distinct ids.
    #[arg(long, default_value_t = 50_000)]
    pub articles: usize,
    /// Documents per write transaction.
    #[arg(long, default_value_t = 2048)]
    pub batch_size: usize,
    /// Time the writer alone: extract each distinct document once, then prepare and write
    /// the copies on one thread, timing the two stages apart.
    #[arg(long)]
    pub writer_only: bool,
    /// Time the parallel stage alone: hash, extract and prepare every copy, writing nothing.
    #[arg(long)]
    pub extract_only: bool,
}

fn db_bytes(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

/// CPU seconds this process has used (user, system); `None` where `/proc` is missing.
fn cpu_seconds() -> Option<(f64, f64)> {
    floorcross_ingest::cpu_seconds("/proc/self/stat")
}

pub fn ingest(args: &BenchIngestArgs) -> anyhow::Result<ExitCode> {
    let paths: Vec<String> = args
        .paths
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let corpus: Vec<Document> = Inputs::new(&paths, ReadOptions::default())
        .filter_map(|r| r.ok())
        .map(|r| r.doc)
        .collect();
    anyhow::ensure!(!corpus.is_empty(), "no documents in {paths:?}");
    let n = args.articles.max(1);
    let bytes: usize = (0..n).map(|i| corpus[i % corpus.len()].text.len()).sum();
    // warm up: lexicons and rule tables are built once, before timing
    let _ = floorcross_extract::extract(&corpus[0]);
    let dir = tempfile::tempdir()?;
    let mut store = Store::open(&dir.path().join("bench.db"))?;
    let docs = (0..n).map(|i| {
        let mut d = corpus[i % corpus.len()].clone();
        d.id = format!("{}~{}", d.id, i / corpus.len());
        Ok(ReadDoc {
            doc: d,
            diagnostics: Vec::new(),
        })
    });
    if args.writer_only {
        return writer_only(args, &corpus, &mut store, dir.path());
    }
    if args.extract_only {
        use rayon::prelude::*;
        let linker = store.linker()?;
        let cpu0 = cpu_seconds();
        let t0 = Instant::now();
        let mut claims = 0usize;
        for start in (0..n).step_by(256) {
            let docs: Vec<Document> = (start..(start + 256).min(n))
                .map(|i| {
                    let mut d = corpus[i % corpus.len()].clone();
                    d.id = format!("{}~{}", d.id, i / corpus.len());
                    d
                })
                .collect();
            let prepared: Vec<floorcross_store::PreparedArticle> = docs
                .into_par_iter()
                .with_max_len(1)
                .map(|d| {
                    let h = floorcross_ingest::doc_hash(&d);
                    let x = floorcross_extract::extract(&d);
                    floorcross_store::PreparedArticle::new(&linker, d.id, h, x)
                })
                .collect();
            claims += prepared.len();
        }
        let secs = t0.elapsed().as_secs_f64();
        println!(
            "bench-ingest --extract-only: {claims} articles hashed, extracted and prepared in {secs:.2} s = {:.0} articles/s on {} threads",
            n as f64 / secs,
            rayon::current_num_threads()
        );
        if let Some(((u0, s0), (u1, s1))) = cpu0.zip(cpu_seconds()) {
            println!(
                "bench-ingest --extract-only: CPU {:.2} s user + {:.2} s system = {:.0} µs/article",
                u1 - u0,
                s1 - s0,
                (u1 - u0 + s1 - s0) * 1e6 / n as f64
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let cpu0 = cpu_seconds();
    let t0 = Instant::now();
    let s = floorcross_ingest::ingest_docs(
        &mut store,
        docs,
        args.batch_size,
        |_, _| {},
        &crate::record_cmd::print_notes(true),
    )?;
    let secs = t0.elapsed().as_secs_f64();
    let cpu = cpu0.zip(cpu_seconds()).map(|(a, b)| (b.0 - a.0, b.1 - a.1));
    store.checkpoint()?;
    let size = db_bytes(dir.path());
    let counts = store.counts()?;
    println!(
        "bench-ingest: {n} articles ({:.1} MB of text, {} distinct) in {secs:.2} s = {:.0} articles/s on {} threads; {} events, {} facts, {} people reconciled",
        bytes as f64 / 1e6,
        corpus.len(),
        n as f64 / secs,
        rayon::current_num_threads(),
        s.stats.events,
        s.stats.facts,
        s.reconciled
    );
    println!(
        "bench-ingest: of which {:.2} s in write transactions (one writer{}) and {:.2} s reconciling",
        s.write_time.as_secs_f64(),
        s.writer_cpu
            .map(|c| format!(
                ", its thread {:.2} s CPU = {:.0} µs/article",
                c.as_secs_f64(),
                c.as_secs_f64() * 1e6 / n as f64
            ))
            .unwrap_or_default(),
        s.reconcile_time.as_secs_f64()
    );
    if let Some((user, sys)) = cpu {
        println!(
            "bench-ingest: CPU {user:.2} s user + {sys:.2} s system = {:.0} µs/article",
            (user + sys) * 1e6 / n as f64
        );
    }
    println!(
        "bench-ingest: database {size} bytes = {:.0} bytes/article ({} people, {} claims, {} memberships)",
        size as f64 / n as f64,
        counts[2],
        counts[3],
        counts[4]
    );
    Ok(ExitCode::SUCCESS)
}

/// `bench-ingest --writer-only`: the writer's cost per article, without extraction.
fn writer_only(
    args: &BenchIngestArgs,
    corpus: &[Document],
    store: &mut Store,
    dir: &std::path::Path,
) -> anyhow::Result<ExitCode> {
    use rayon::prelude::*;
    let extracted: Vec<floorcross_model::Extraction> =
        corpus.par_iter().map(floorcross_extract::extract).collect();
    let hashes: Vec<String> = corpus.iter().map(floorcross_ingest::doc_hash).collect();
    let linker = store.linker()?;
    let n = args.articles.max(1);
    let batch = args.batch_size.max(1);
    let (mut prepare, mut write) = (Duration::ZERO, Duration::ZERO);
    let mut stats = floorcross_store::WriteStats::default();
    let mut start = 0;
    while start < n {
        let end = (start + batch).min(n);
        let t = Instant::now();
        let docs: Vec<floorcross_store::PreparedArticle> = (start..end)
            .map(|i| {
                let k = i % corpus.len();
                let id = format!("{}~{}", corpus[k].id, i / corpus.len());
                let mut x = extracted[k].clone();
                x.doc.id = id.clone();
                floorcross_store::PreparedArticle::new(&linker, id, hashes[k].clone(), x)
            })
            .collect();
        prepare += t.elapsed();
        let t = Instant::now();
        let s = store.write_prepared(&linker, &docs)?;
        drop(docs);
        write += t.elapsed();
        stats.events += s.events;
        stats.facts += s.facts;
        start = end;
    }
    let t = Instant::now();
    let reconciled = store.reconcile_dirty(500, |_| {})?;
    let reconcile = t.elapsed();
    store.checkpoint()?;
    let size = db_bytes(dir);
    let per = |d: Duration| d.as_secs_f64() * 1e6 / n as f64;
    println!(
        "bench-ingest --writer-only: {n} articles; {} events, {} facts, {reconciled} people reconciled",
        stats.events, stats.facts
    );
    println!(
        "  prepare {:.2} s ({:.1} µs/article)  write {:.2} s ({:.1} µs/article = {:.0} articles/s)  reconcile {:.2} s",
        prepare.as_secs_f64(),
        per(prepare),
        write.as_secs_f64(),
        per(write),
        n as f64 / write.as_secs_f64(),
        reconcile.as_secs_f64()
    );
    println!(
        "  database {size} bytes = {:.0} bytes/article",
        size as f64 / n as f64
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct BenchQueryArgs {
    /// Register memberships to generate.
    #[arg(long, default_value_t = 1_000_000)]
    pub memberships: usize,
    /// Spells per person.
    #[arg(long, default_value_t = 10)]
    pub spells: usize,
    /// Parties the seats are held for.
    #[arg(long, default_value_t = 40)]
    pub parties: usize,
    /// Bodies the seats are in.
    #[arg(long, default_value_t = 50)]
    pub bodies: usize,
    /// Departments the offices (one spell in ten) are held in.
    #[arg(long, default_value_t = 200)]
    pub departments: usize,
    /// Queries of each kind to time.
    #[arg(long, default_value_t = 2000)]
    pub queries: usize,
    /// Keep the database here instead of a temporary directory (reused if it exists).
    #[arg(long)]
    pub db: Option<PathBuf>,
}

/// xorshift64*: a small deterministic generator for synthetic data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Roles the synthetic offices are held as.
const ROLES: &[&str] = &[
    "Secretary of State",
    "Minister of State",
    "Parliamentary Under-Secretary",
    "Whip",
];

/// A synthetic register: people with consecutive spells in seats of many bodies, each held
/// for a party, and (one spell in ten) offices in departments, between 1700 and 2024.
pub fn synthetic_register(args: &BenchQueryArgs) -> Register {
    let mut rng = Rng(0x5EED_F00D_CAFE_0001);
    let spells = args.spells.max(1);
    let people = args.memberships.div_ceil(spells);
    let mut reg = Register::default();
    let mut made = 0;
    for p in 0..people {
        let key = format!("synthetic:{p}");
        reg.persons.push(RegisterPerson {
            key: key.clone(),
            name: format!("Synthetic Person {p}"),
            other_names: Vec::new(),
            identifiers: Vec::new(),
        });
        let mut day = PartialDate::ymd(1700, 1, 1).first_day() + rng.below(300 * 365) as i32;
        let body = rng.below(args.bodies);
        let seat = rng.below(700);
        for _ in 0..spells {
            if made == args.memberships {
                break;
            }
            let len = 200 + rng.below(6 * 365) as i32;
            let party = rng.below(args.parties);
            // one spell in ten is an office in a department, not a seat
            let office = made % 10 == 9;
            let dept = rng.below(args.departments.max(1));
            reg.memberships.push(RegisterMembership {
                person: key.clone(),
                kind: if office {
                    MembershipKind::Office
                } else {
                    MembershipKind::Seat
                },
                org: if office {
                    format!("Synthetic Department {dept}")
                } else {
                    format!("Synthetic Body {body}")
                },
                post: (!office).then(|| format!("Seat {body}-{seat}")),
                role: office.then(|| ROLES[rng.below(ROLES.len())].to_string()),
                on_behalf_of: (!office).then(|| format!("Synthetic Party {party}")),
                from: None,
                start: Some(PartialDate::from_day(day)),
                end: Some(PartialDate::from_day(day + len)),
                start_reason: Some("general_election".into()),
                end_reason: Some("general_election".into()),
                ident: None,
                line: None,
            });
            made += 1;
            day += len + 1 + rng.below(3 * 365) as i32;
        }
    }
    reg
}

fn percentiles(mut v: Vec<Duration>) -> (f64, f64, f64) {
    v.sort();
    let at = |q: f64| v[((v.len() as f64 * q) as usize).min(v.len() - 1)].as_secs_f64() * 1e3;
    (at(0.5), at(0.99), at(1.0))
}

pub fn query(args: &BenchQueryArgs) -> anyhow::Result<ExitCode> {
    let dir = tempfile::tempdir()?;
    let path = args
        .db
        .clone()
        .unwrap_or_else(|| dir.path().join("bench-query.db"));
    let fresh = !path.exists();
    let mut store = Store::open(&path)?;
    if fresh {
        let t0 = Instant::now();
        let reg = synthetic_register(args);
        let s = store.import_register("synthetic-register", "synthetic", "1", &reg)?;
        let t1 = Instant::now();
        let n = store.reconcile_dirty(2000, |_| {})?;
        println!(
            "bench-query: loaded {} register memberships of {} people in {:.1} s, reconciled {n} people in {:.1} s",
            s.memberships,
            s.persons,
            (t1 - t0).as_secs_f64(),
            t1.elapsed().as_secs_f64()
        );
    }
    let counts = store.counts()?;
    let mut rng = Rng(42);
    let lo = PartialDate::ymd(1750, 1, 1).first_day();
    let hi = PartialDate::ymd(2024, 12, 31).first_day();
    // warm up: the first queries fault the index pages in from disk
    for i in 0..50 {
        let day = PartialDate::from_day(lo + rng.below((hi - lo) as usize) as i32);
        store.roster(&format!("Synthetic Party {}", i % args.parties.max(1)), day)?;
        store.seats(day, None)?;
    }
    let mut holders = Vec::with_capacity(args.queries);
    let mut holder_rows = 0usize;
    let mut roster = Vec::with_capacity(args.queries);
    let mut roster_json = Vec::with_capacity(args.queries);
    let mut roster_bytes = 0usize;
    let mut seats_body = Vec::with_capacity(args.queries);
    let mut seats_all = Vec::with_capacity(args.queries);
    let (mut roster_rows, mut seat_rows, mut all_rows) = (0usize, 0u64, 0u64);
    for _ in 0..args.queries {
        let day = PartialDate::from_day(lo + rng.below((hi - lo) as usize) as i32);
        let party = format!("Synthetic Party {}", rng.below(args.parties));
        let body = format!("Synthetic Body {}", rng.below(args.bodies));
        let t = Instant::now();
        roster_rows += store.roster(&party, day)?.len();
        roster.push(t.elapsed());
        let t = Instant::now();
        roster_bytes += store.roster_json(&party, day)?.len();
        roster_json.push(t.elapsed());
        let t = Instant::now();
        seat_rows += store
            .seats(day, Some(&body))?
            .iter()
            .map(|r| r.seats)
            .sum::<u64>();
        seats_body.push(t.elapsed());
        let t = Instant::now();
        all_rows += store.seats(day, None)?.iter().map(|r| r.seats).sum::<u64>();
        seats_all.push(t.elapsed());
        let dept = format!(
            "Synthetic Department {}",
            rng.below(args.departments.max(1))
        );
        let role = ROLES[rng.below(ROLES.len())];
        let t = Instant::now();
        holder_rows += store.holders(&dept, day, Some(role))?.len();
        holders.push(t.elapsed());
    }
    let q = args.queries.max(1) as f64;
    println!(
        "bench-query: {} reconciled memberships ({} claims, {} people); {} queries of each kind",
        counts[4], counts[3], counts[2], args.queries
    );
    for (name, v, avg) in [
        (
            "roster ORG --on DAY",
            roster,
            format!("{:.0} rows", roster_rows as f64 / q),
        ),
        (
            "roster ORG --on DAY --json",
            roster_json,
            format!("{:.0} bytes", roster_bytes as f64 / q),
        ),
        (
            "seats --on DAY --body B",
            seats_body,
            format!("{:.0} seats", seat_rows as f64 / q),
        ),
        (
            "seats --on DAY (all bodies)",
            seats_all,
            format!("{:.0} seats", all_rows as f64 / q),
        ),
        (
            "holders DEPT --on DAY --role R",
            holders,
            format!("{:.1} rows", holder_rows as f64 / q),
        ),
    ] {
        let (p50, p99, max) = percentiles(v);
        println!("  {name:<31} p50 {p50:.2} ms  p99 {p99:.2} ms  max {max:.2} ms  (avg {avg})");
    }
    Ok(ExitCode::SUCCESS)
}
