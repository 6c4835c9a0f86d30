//! Extraction on arbitrary text: no panic, no hang, every offset on a character boundary.
#![no_main]
use floorcross_model::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let doc = Document {
        id: "fuzz".into(),
        date: "2019-02-12".parse().ok(),
        text,
        ..Document::default()
    };
    let x = floorcross_extract::extract(&doc);
    for e in &x.events {
        assert!(doc.text.get(e.evidence.start..e.evidence.end).is_some());
    }
    for t in &x.timexes {
        assert!(doc.text.get(t.start..t.end).is_some());
    }
});
