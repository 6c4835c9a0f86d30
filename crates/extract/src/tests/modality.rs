//! Fact, plan, rumour, denial or supposition.
//!
//! Which cue governs a change, and how far it reaches, is `scope`'s; a rumour or talk of a
//! change is `rumour`'s; a change denied, refused or not done is `denial`'s; a plan against a
//! change made (announcements, tenses, days to come) is `plans`'s; calls, demands and
//! persuasion are `calls`'s.

use super::*;

mod calls;
mod denial;
mod plans;
mod rumour;
mod scope;
