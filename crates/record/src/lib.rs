//! The record's pure logic: what the store keeps, reasoned about without a database.
//!
//! Modules: [`date`] ([`date::PartialDate`], dates at the precision a source gives),
//! [`names`] (name keys for people, canonical names for parties), [`link`] (a [`link::Linker`]
//! that links a name written in an article to one register person, or says it cannot),
//! [`register`] (readers for Popolo JSON, parlparse XML and EveryPolitician CSV into a
//! [`register::Register`]) and [`reconcile`] (every [`reconcile::Claim`] about one person into
//! [`reconcile::Membership`]s and [`reconcile::Happening`]s). No I/O, no SQL.
//!
//! ```
//! use floorcross_record::{date::PartialDate, names::canonical_org};
//! assert_eq!(canonical_org("Tories"), "Conservative Party");
//! assert!("2015".parse::<PartialDate>().unwrap().agrees(&"2015-05-07".parse().unwrap()));
//! ```

pub mod date;
pub mod link;
pub mod names;
pub mod reconcile;
pub mod register;
