//! Which words report which change, and which senses of them do not.
//!
//! Broad checks (every event type, no panics, the constructions) are `coverage`'s;
//! the words for taking, leaving and losing an office or a seat are `offices`'s; the words
//! for a change of party are `party_moves`'s; other senses, idioms and talk that are no
//! change are `senses`'s; a change carried to others (followers, ellipsis, lists and groups
//! named after it) is `followers`'s.

use super::*;

mod coverage;
mod followers;
mod offices;
mod party_moves;
mod senses;
