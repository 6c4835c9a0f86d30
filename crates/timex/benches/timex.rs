//! Single-thread tagging throughput over the bbc-politics corpus (MB/s).
//!
//! `cargo bench -p floorcross-timex` — skips with a message when the corpus is absent.
//! Set `TIMEX_BENCH_DIR` to measure another directory of `.txt` files.

use std::time::Instant;

/// Passes over the corpus per timing (the kernel's CPU-time clock is coarse).
const REPS: usize = 10;

fn main() {
    let dir = std::env::var("TIMEX_BENCH_DIR")
        .unwrap_or_else(|_| "../../../shared/corpora/bbc-politics".to_string());
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut docs = Vec::new();
    match std::fs::read_dir(&dir) {
        Ok(rd) => {
            let mut paths: Vec<_> = rd
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            paths.sort();
            for p in paths {
                if let Ok(t) = std::fs::read_to_string(&p) {
                    docs.push(t);
                }
            }
        }
        Err(e) => {
            println!("timex bench skipped: cannot read {}: {e}", dir.display());
            return;
        }
    }
    if docs.is_empty() {
        println!("timex bench skipped: no .txt files in {}", dir.display());
        return;
    }
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let tagger = floorcross_timex::Tagger::new();
    let dcts: Vec<_> = docs
        .iter()
        .map(|d| floorcross_timex::header_date(d))
        .collect();
    // Warm up, then take the best of several passes.
    let mut n = 0usize;
    for (d, dct) in docs.iter().zip(&dcts) {
        n += tagger.tag(d, *dct).len();
    }
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    for _ in 0..5 {
        let c0 = thread_cpu_seconds();
        let t0 = Instant::now();
        let mut m = 0usize;
        for _ in 0..REPS {
            for (d, dct) in docs.iter().zip(&dcts) {
                m += std::hint::black_box(tagger.tag(d, *dct)).len();
            }
        }
        best = best.min(t0.elapsed().as_secs_f64() / REPS as f64);
        if let (Some(a), Some(b)) = (c0, thread_cpu_seconds()) {
            best_cpu = best_cpu.min((b - a) / REPS as f64);
        }
        assert_eq!(m, n * REPS);
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "timex: {} docs, {:.2} MB, {} expressions; best of 5 (each the mean of {REPS} passes): {:.1} ms wall = {:.1} MB/s (one thread)",
        docs.len(),
        mb,
        n,
        best * 1e3,
        mb / best
    );
    if best_cpu < f64::MAX && best_cpu > 0.0 {
        println!(
            "timex: best of 5 on-CPU time of the tagging thread: {:.1} ms = {:.1} MB/s per core",
            best_cpu * 1e3,
            mb / best_cpu
        );
    }
}

/// CPU time this thread has run, from /proc/thread-self/schedstat (Linux), in seconds.
/// Wall time on a busy machine also counts time spent waiting for a core.
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
