//! Measuring floorcross: events and timexes against gold files, and time expressions against
//! TimeML corpora.
//!
//! [`events`] implements the gold format's scoring rules exactly as the reference scorer
//! does; `timeml` reads TimeML and computes TempEval-3 Task A measures. Both take text in
//! and give numbers out: reading the files is the caller's job.
//!
//! ```
//! let s = floorcross_eval::events::score("", "").unwrap();
//! assert_eq!(s.tp + s.fp + s.fn_, 0);
//! ```

pub mod events;
pub mod timeml;

use std::fmt;

/// What went wrong reading a gold or prediction file: which file, which line, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl EvalError {
    pub fn new(file: &str, line: Option<usize>, message: String) -> EvalError {
        EvalError {
            file: file.to_string(),
            line,
            message,
        }
    }

    /// The same error, naming the real file path instead of its role ("gold").
    pub fn in_file(mut self, path: &str) -> EvalError {
        self.file = path.to_string();
        self
    }
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{l}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for EvalError {}
