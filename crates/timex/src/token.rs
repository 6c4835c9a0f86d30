//! A light tokenizer: letter runs, digit runs and single punctuation characters, each
//! with byte offsets, whether whitespace precedes it, and (for words) its lexicon id.

use crate::lexicon::{letter_run_end, Lexicon, NO_WORD};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TKind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TKind,
    /// No whitespace between the previous token and this one.
    pub glued: bool,
    /// A line break between the previous token and this one.
    pub nl: bool,
    /// Starts with an uppercase letter.
    pub cap: bool,
    /// Lexicon id for words found by the automaton, else `NO_WORD`.
    pub word: u32,
    /// Value of a digit run of at most 9 digits, else `u32::MAX`.
    pub num: u32,
    /// Number of digits of a digit run.
    pub ndig: u8,
    /// The character of a punctuation token.
    pub ch: char,
}

impl Tok {
    pub fn is_word(&self, id: u32) -> bool {
        self.kind == TKind::Word && self.word == id && id != NO_WORD
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TKind::Punct && self.ch == c
    }
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// Tokenizes `text[range]`. Offsets are into `text`. `range` must lie on char boundaries
/// (callers clamp it); anything else yields no tokens rather than a panic.
pub fn tokenize(text: &str, start: usize, end: usize, lex: &Lexicon) -> Vec<Tok> {
    let mut toks = Vec::with_capacity((end.saturating_sub(start)) / 5 + 4);
    let Some(slice) = text.get(start..end) else {
        return toks;
    };
    let bytes = slice.as_bytes();
    let mut i = 0usize;
    let mut space = true;
    // A line break right before the range counts.
    let mut nl = start == 0
        || text[..start]
            .bytes()
            .rev()
            .take_while(|b| b.is_ascii_whitespace())
            .any(|b| b == b'\n');
    let n = bytes.len();
    while i < n {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            if b == b'\n' {
                nl = true;
            }
            space = true;
            i += 1;
            continue;
        }
        let (c, clen) = if b < 0x80 {
            (b as char, 1)
        } else {
            match slice[i..].chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        if b >= 0x80 && c.is_whitespace() {
            if c == '\u{2028}' || c == '\u{2029}' {
                nl = true;
            }
            space = true;
            i += clen;
            continue;
        }
        let s = i;
        let kind;
        let mut num = u32::MAX;
        let mut ndig = 0u8;
        if b.is_ascii_alphabetic() || (b >= 0x80 && is_letter(c)) {
            kind = TKind::Word;
            i += clen;
            loop {
                // ASCII letters eight at a time; a non-ASCII letter ("café") continues the word.
                i = letter_run_end(bytes, i);
                if i < n && bytes[i] >= 0x80 {
                    match slice[i..].chars().next() {
                        Some(c2) if is_letter(c2) => i += c2.len_utf8(),
                        _ => break,
                    }
                } else {
                    break;
                }
            }
        } else if b.is_ascii_digit() {
            kind = TKind::Num;
            i += 1;
            while i < n && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let len = i - s;
            ndig = len.min(255) as u8;
            if len <= 9 {
                num = slice[s..i]
                    .bytes()
                    .fold(0u32, |a, d| a * 10 + (d - b'0') as u32);
            }
        } else {
            kind = TKind::Punct;
            i += clen;
        }
        let word = if kind == TKind::Word {
            lex.lookup(&bytes[s..i])
        } else {
            NO_WORD
        };
        toks.push(Tok {
            start: start + s,
            end: start + i,
            kind,
            glued: !space,
            nl,
            cap: c.is_uppercase(),
            word,
            num,
            ndig,
            ch: if kind == TKind::Punct { c } else { '\0' },
        });
        space = false;
        nl = false;
    }
    toks
}
