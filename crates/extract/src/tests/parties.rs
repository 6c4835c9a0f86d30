//! Which party fills an event's `from` and `to`.
//!
//! Which party a candidacy, election or selection is for is `candidacy`'s; where a defection
//! goes and where it comes from is `defection`'s; the party a leaving, an expulsion, a
//! deselection or a readmission is about is `leaving`'s; the party joined or founded is
//! `joining`'s; a party read from elsewhere in the story (its headline, an earlier sentence, a
//! description of the person) is `story`'s.

use super::*;

mod candidacy;
mod defection;
mod joining;
mod leaving;
mod story;
