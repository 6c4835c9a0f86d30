//! Replays every file of the fuzz corpus (`fuzz/corpus/TARGET/`, built by `cargo +nightly fuzz
//! run TARGET`) through the same entry points as the fuzz targets, on the stable toolchain: no
//! input there may panic.

use floorcross_text::read::{read_bytes, Format, ReadOptions};

fn run(target: &str, data: &[u8]) {
    let opts = ReadOptions {
        max_bytes: 1 << 20,
        date: None,
    };
    let format = match target {
        "read_text" => Some(Format::Text),
        "read_jsonl" => Some(Format::JsonLines),
        "read_html" => Some(Format::Html),
        "read_feed" => Some(Format::Feed),
        "read_warc" => Some(Format::Warc),
        _ => None,
    };
    if let Some(f) = format {
        for doc in read_bytes(data.to_vec(), Some(f), opts)
            .into_iter()
            .flatten()
        {
            if let Some(t) = doc.doc.title_span {
                assert!(doc.doc.text.get(t.start..t.end).is_some());
            }
        }
        return;
    }
    let text = String::from_utf8_lossy(data).into_owned();
    match target {
        "extract" => {
            let doc = floorcross_model::Document {
                id: "fuzz".into(),
                date: "2019-02-12".parse().ok(),
                text,
                ..Default::default()
            };
            let x = floorcross_extract::extract(&doc);
            for e in &x.events {
                assert!(doc.text.get(e.evidence.start..e.evidence.end).is_some());
            }
            for t in &x.timexes {
                assert!(doc.text.get(t.start..t.end).is_some());
            }
        }
        "timex" => {
            for t in floorcross_timex::Tagger::global().tag(&text, "2019-02-12".parse().ok()) {
                assert!(text.get(t.start..t.end).is_some());
            }
        }
        other => panic!("fuzz/corpus/{other}: no such fuzz target"),
    }
}

#[test]
fn every_fuzz_corpus_file_replays_without_panic() {
    let root = crate::util::repo().join("fuzz/corpus");
    let mut targets: Vec<_> = std::fs::read_dir(&root)
        .expect("fuzz/corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    targets.sort();
    assert!(targets.len() >= 7, "{targets:?}");
    let mut files = 0;
    for dir in targets {
        let target = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut entries: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            // a fuzzer running meanwhile may have just removed the file
            let Ok(data) = std::fs::read(&p) else {
                continue;
            };
            let r = std::panic::catch_unwind(|| run(&target, &data));
            assert!(r.is_ok(), "{} panicked", p.display());
            files += 1;
        }
    }
    println!("replayed {files} fuzz corpus files");
}
