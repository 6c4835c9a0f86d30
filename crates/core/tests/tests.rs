//! Integration tests: the `floorcross` binary end to end. One test binary, modules by topic.

mod util;

mod bad_input;
mod bounded;
mod dates;
mod eval;
mod formats;
mod fuzz_replay;
mod offices;
mod record;
mod registers;
mod seed;
mod serve;
mod syntax;
mod terms;
