//! Tags the files given (plain-text input format) and prints one JSON line per expression:
//! `cargo run -p floorcross-timex --example tag -- [--date YYYY-MM-DD] FILES`.

fn main() {
    let mut date = None;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--date" {
            date = args.next().and_then(|d| d.parse().ok());
        } else {
            files.push(a);
        }
    }
    let tagger = floorcross_timex::Tagger::global();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            eprintln!("cannot read {f}");
            continue;
        };
        let dct = floorcross_timex::header_date(&text).or(date);
        for t in tagger.tag(&text, dct) {
            println!(
                "{}",
                serde_json::json!({"doc": f, "start": t.start, "end": t.end, "text": t.text,
                    "type": t.kind.as_str(), "value": t.value})
            );
        }
    }
}
