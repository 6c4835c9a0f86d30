//! Who did it: subjects, objects, lists, names, contests, one event per person and change.
//!
//! Who won and who lost a contest is `contests`'s; lists, counts and groups of people, and
//! people who made the same move, are `lists`'s; which named person a clause's subject or
//! object is is `subjects`'s; what is a name and what names nobody is `names`'s; the office
//! a change is told with, and one event per person and change, are `offices`'s.

use super::*;

mod contests;
mod lists;
mod names;
mod offices;
mod subjects;
