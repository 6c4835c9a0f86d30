//! Reading articles and cutting them into sentences and tokens.
//!
//! [`read`] is the only pipeline module that touches files or stdin: it turns command-line
//! inputs into [`floorcross_model::Document`]s and reports bad inputs one line each.
//! [`segment`] is pure: text in, tokens and sentences with byte offsets out.
//!
//! ```
//! let doc = floorcross_text::read::parse_header(" date 2019-02-12 Headline\nBody").unwrap().unwrap();
//! assert_eq!(doc.date.to_string(), "2019-02-12");
//! ```

pub mod html;
pub mod links;
pub mod read;
pub mod segment;
pub mod wraps;

pub use links::blank_link_lines;
pub use read::{Inputs, ReadDoc, ReadError, ReadOptions};
pub use segment::{segment, Segmented, Sentence, Token, TokenKind};
pub use wraps::unwrap_hard_wraps;
