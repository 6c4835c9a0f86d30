//! Finds time expressions in news text and normalises them to TimeML TIMEX3 values.
//!
//! (Skeleton: the engine is being built under issue 3.)

use floorcross_model::{Date, Timex};

/// The compiled rules. Build once, share across threads.
#[derive(Debug, Default)]
pub struct Tagger {}

impl Tagger {
    pub fn new() -> Tagger {
        Tagger {}
    }

    /// Every time expression in `text`, in order, resolved against `dct` (the document
    /// date) when given. Byte offsets index `text`.
    pub fn tag(&self, text: &str, dct: Option<Date>) -> Vec<Timex> {
        let _ = (text, dct);
        Vec::new()
    }
}
