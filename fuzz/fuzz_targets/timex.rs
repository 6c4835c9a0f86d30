//! Time-expression tagging on arbitrary text: no panic, no hang, offsets on char boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let date = "2019-02-12".parse().ok();
    for t in floorcross_timex::Tagger::global().tag(&text, date) {
        assert!(text.get(t.start..t.end).is_some());
    }
});
