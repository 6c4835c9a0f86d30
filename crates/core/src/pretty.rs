//! The human-readable view of an extraction (`--pretty`, `demo`).

use std::io::Write;

use floorcross_model::{Document, Extraction};

fn short(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{cut}…")
}

pub fn write(out: &mut impl Write, doc: &Document, x: &Extraction) -> std::io::Result<()> {
    let date = doc
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "undated".into());
    writeln!(
        out,
        "== {} ({date}) {}",
        doc.id,
        doc.title.as_deref().unwrap_or("")
    )?;
    if x.events.is_empty() {
        writeln!(out, "  no events")?;
    }
    for e in &x.events {
        let parties = match (&e.from, &e.to) {
            (Some(f), Some(t)) => format!("{f} → {t}"),
            (Some(f), None) => format!("from {f}"),
            (None, Some(t)) => format!("to {t}"),
            (None, None) => String::new(),
        };
        let place = [e.role.as_deref(), e.post.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(
            out,
            "  {:<8} {:<22} {:<12} {:<10} {}{}",
            e.kind.as_str(),
            short(&e.person, 22),
            e.date.as_deref().unwrap_or("-"),
            e.modality.as_str(),
            parties,
            if place.is_empty() {
                String::new()
            } else {
                format!(" [{place}]")
            }
        )?;
        writeln!(out, "           “{}”", short(&e.evidence.text, 110))?;
    }
    if !x.facts.is_empty() {
        writeln!(out, "  facts:")?;
        for f in &x.facts {
            let what = [f.role.as_deref(), f.post.as_deref(), f.org.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            writeln!(
                out,
                "    {:<6} {:<22} {} ({})",
                f.kind.as_str(),
                short(&f.person, 22),
                what,
                f.status.as_str()
            )?;
        }
    }
    if !x.timexes.is_empty() {
        let list: Vec<String> = x
            .timexes
            .iter()
            .map(|t| format!("{} = {}", short(&t.text, 30), t.value))
            .collect();
        writeln!(out, "  time: {}", list.join("; "))?;
    }
    for d in &x.diagnostics {
        writeln!(out, "  {:?}: {}", d.severity, d.message)?;
    }
    writeln!(out)
}
