//! The text reader on arbitrary bytes: no panic, no hang, memory within --max-bytes.
#![no_main]
use floorcross_text::read::{read_bytes, Format, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = ReadOptions {
        max_bytes: 1 << 20,
        date: None,
    };
    for doc in read_bytes(data.to_vec(), Some(Format::Text), opts).into_iter().flatten() {
        // every span the reader reports points into the text it made
        if let Some(t) = doc.doc.title_span {
            assert!(doc.doc.text.get(t.start..t.end).is_some());
        }
    }
});
