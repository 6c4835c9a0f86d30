//! Integration tests: the `floorcross` binary end to end. One test binary, modules by topic.

mod util;

mod bad_input;
mod dates;
mod eval;
mod record;
mod registers;
mod seed;
mod serve;
mod syntax;
