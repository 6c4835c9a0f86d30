//! The record's pure logic: what the store keeps, reasoned about without a database.
//!
//! Modules: [`date`] ([`date::PartialDate`], dates at the precision a source gives),
//! [`names`] (name keys for people, canonical names for parties), [`link`] (a [`link::Linker`]
//! that links a name written in an article to one register person, or says it cannot),
//! [`register`] (readers for Popolo JSON, parlparse XML and EveryPolitician CSV into a
//! [`register::Register`]) and [`reconcile`] (every [`reconcile::Claim`] about one person into
//! [`reconcile::Membership`]s and [`reconcile::Happening`]s). No I/O, no SQL. The one error
//! type is [`RecordError`]: a message and, where it comes from a file, the line.
//!
//! ```
//! use floorcross_record::{date::PartialDate, names::canonical_org};
//! assert_eq!(canonical_org("Tories"), "Conservative Party");
//! assert!("2015".parse::<PartialDate>().unwrap().agrees(&"2015-05-07".parse().unwrap()));
//! ```

use std::fmt;

/// What went wrong reading a date or a register: where (the line, when known) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordError {
    pub line: Option<usize>,
    pub message: String,
}

impl RecordError {
    pub fn new(line: Option<usize>, message: impl Into<String>) -> RecordError {
        RecordError {
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "line {l}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for RecordError {}

pub mod check;
pub mod date;
pub mod identity;
pub mod link;
pub mod names;
pub mod offices;
pub mod reconcile;
pub mod register;
pub mod terms;
