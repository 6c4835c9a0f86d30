//! Splits text into sentences and tokens, keeping byte offsets into the original text.
//!
//! Main types: [`Segmented`] (all tokens and sentences of a document), [`Token`],
//! [`TokenKind`] and [`Sentence`]. Every line is its own unit, so headlines and
//! photo-caption lines never run into the body. Sentence ends know the usual abbreviations
//! (Mr, Mrs, Dr, St, No. 10, initials) and keep a closing quote with its sentence.
//! Possessive `'s` is split off as its own token so "Labour's" gives "Labour" + "'s".
//!
//! A sentence never holds more than [`MAX_SENTENCE_TOKENS`] tokens: an unpunctuated run (a
//! table turned into text, a list of thousands of names) is cut there, after the last comma
//! or semicolon of the window where there is one, so every later stage that works per sentence
//! costs at most a bounded amount per token. Each run that had to be cut is reported in
//! [`Segmented::long_sentences`] (and as a `long-sentence` diagnostic by [`Segmented::diagnostics`]).
//!
//! ```
//! use floorcross_text::segment::segment;
//! let text = "Mr Jackson has defected. Labour's Tony Blair said so.";
//! let seg = segment(text, 0);
//! assert_eq!(seg.sentences.len(), 2);
//! assert_eq!(seg.sentence_text(text, 0), "Mr Jackson has defected.");
//! let words: Vec<&str> = seg.sentence_tokens(1).iter().map(|t| t.text(text)).collect();
//! assert_eq!(words[..3], ["Labour", "'s", "Tony"]);
//! ```

use std::ops::Range;

use floorcross_model::{Diagnostic, Span};

/// The most tokens one sentence may hold; a longer run is cut into pieces of at most this many.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// A run of text with no sentence end within [`MAX_SENTENCE_TOKENS`] tokens, cut into pieces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LongSentence {
    /// From the first token of the run to the end of its last piece.
    pub span: Span,
    /// How many tokens the run held.
    pub tokens: usize,
    /// How many sentences it was cut into.
    pub pieces: usize,
}

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner hyphens or apostrophes ("Kilroy-Silk", "O'Brien", "didn't").
    Word,
    /// Digits, with inner `,` `.` `:` ("2,017", "11.30").
    Number,
    /// A possessive `'s` or `’s` split from the word before it.
    Possessive,
    /// Any other single character.
    Punct,
}

/// A token: a byte range and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self, text: &str) -> bool {
        self.kind == TokenKind::Word
            && self
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }
}

/// A sentence (or a headline or caption line): its span and its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Indexes into [`Segmented::tokens`].
    pub tokens: Range<usize>,
}

/// All the tokens and sentences of one text.
#[derive(Clone, Debug, Default)]
pub struct Segmented {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Runs longer than [`MAX_SENTENCE_TOKENS`] tokens that were cut into several sentences.
    pub long_sentences: Vec<LongSentence>,
}

impl Segmented {
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        &self.tokens[self.sentences[i].tokens.clone()]
    }
    pub fn sentence_text<'t>(&self, text: &'t str, i: usize) -> &'t str {
        self.sentences[i].span.slice(text)
    }
    /// One `long-sentence` warning per run that was cut, at the run's start.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.long_sentences
            .iter()
            .map(|l| {
                Diagnostic::warning(
                    "long-sentence",
                    format!(
                        "a sentence of {} tokens (bytes {}..{}) has no end within {MAX_SENTENCE_TOKENS} tokens; cut into {} pieces",
                        l.tokens, l.span.start, l.span.end, l.pieces
                    ),
                )
                .at(l.span.start)
            })
            .collect()
    }
    /// The sentence containing byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }
}

/// Words that end in a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Rt", "Hon", "Prof", "Rev", "Revd", "Gen", "Col", "Lt", "Sgt",
    "Capt", "Cllr", "Cpl", "Maj", "Brig", "Adm", "Gov", "Sen", "Rep", "Jr", "Sr", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed",
    "Thu", "Fri", "Sat", "Sun", "vs", "v", "approx", "Co", "Corp", "Inc", "Ltd", "cf", "Nos", "Mt",
    "Ft", "Ave",
];

fn is_quote_or_close(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Segments `text` from byte `from` on (to skip a header token, pass its end).
/// `from` within `text` and on a character boundary (else the text's start): where a body
/// read from an offset a caller gives starts.
pub(crate) fn body_from(text: &str, from: usize) -> usize {
    let from = from.min(text.len());
    if text.is_char_boundary(from) {
        from
    } else {
        0
    }
}

pub fn segment(text: &str, from: usize) -> Segmented {
    let from = body_from(text, from);
    let tokens = tokenize(text, from);
    let sentences = split_datelines(text, &tokens, split_sentences(text, &tokens, from));
    let (sentences, long_sentences) = cap_sentences(text, &tokens, sentences);
    Segmented {
        tokens,
        sentences,
        long_sentences,
    }
}

/// Splits a wire dateline off the sentence it opens ("CARDIFF, June 20 - A UKIP member …",
/// "LONDON (Reuters) - …"): a first word in capitals, then only capitalised words, numbers,
/// commas and brackets up to a dash within the first eight tokens. The dateline is a unit of
/// its own, so the sentence's subject is the sentence's first words.
fn split_datelines(text: &str, tokens: &[Token], sentences: Vec<Sentence>) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let r = s.tokens.clone();
        let t = |k: usize| tokens[k].text(text);
        let first_caps = !r.is_empty()
            && t(r.start).len() >= 3
            && t(r.start)
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic())
            && t(r.start).chars().any(char::is_alphabetic);
        let dash =
            (r.start + 1..(r.start + 8).min(r.end)).find(|&k| matches!(t(k), "-" | "–" | "—"));
        let dateline = first_caps
            && dash.is_some_and(|d| {
                d + 2 < r.end
                    && (r.start..d).all(|k| {
                        t(k).starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                            || matches!(t(k), "," | "(" | ")")
                    })
                    && t(d + 1).starts_with(|c: char| c.is_uppercase())
            });
        match dash.filter(|_| dateline) {
            Some(d) => {
                out.push(Sentence {
                    span: Span::new(tokens[r.start].start, tokens[d].end),
                    tokens: r.start..d + 1,
                });
                out.push(Sentence {
                    span: Span::new(tokens[d + 1].start, s.span.end),
                    tokens: d + 1..r.end,
                });
            }
            None => out.push(s),
        }
    }
    out
}

fn tokenize(text: &str, from: usize) -> Vec<Token> {
    let mut tokens = Vec::with_capacity((text.len() - from) / 5);
    let bytes = text.as_bytes();
    let mut i = from;
    let n = text.len();
    while i < n {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let c = if b < 0x80 {
            b as char
        } else {
            text[i..].chars().next().unwrap_or(' ')
        };
        let clen = c.len_utf8();
        // (a no-break, thin or other Unicode space, as web pages have them: "Mr\u{a0}Pellow")
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        if c.is_alphabetic() {
            let start = i;
            let mut j = i + clen;
            while j < n {
                let cj = char_at(text, j);
                // "Nuttall62.4%": figures glued to a word by a web page's layout start a token
                // of their own (after three lower-case letters: "MP3", "G7" stay whole)
                if cj.is_ascii_digit()
                    && j >= start + 3
                    && text.as_bytes()[j - 3..j]
                        .iter()
                        .all(|b| b.is_ascii_lowercase())
                {
                    break;
                }
                if cj.is_alphanumeric() {
                    j += cj.len_utf8();
                    continue;
                }
                if cj == '-' || is_apostrophe(cj) {
                    let k = j + cj.len_utf8();
                    let next = if k < n { char_at(text, k) } else { ' ' };
                    if next.is_alphabetic() {
                        // Possessive 's: split it off when the s ends the word.
                        if is_apostrophe(cj) && (next == 's' || next == 'S') {
                            let after = k + 1;
                            let after_c = if after < n { char_at(text, after) } else { ' ' };
                            if !after_c.is_alphanumeric() {
                                break;
                            }
                        }
                        j = k;
                        continue;
                    }
                }
                break;
            }
            tokens.push(Token {
                start,
                end: j,
                kind: TokenKind::Word,
            });
            // A split-off possessive.
            if j < n {
                let cj = char_at(text, j);
                if is_apostrophe(cj) {
                    let k = j + cj.len_utf8();
                    if k < n
                        && matches!(bytes[k], b's' | b'S')
                        && (k + 1 >= n || !char_at(text, k + 1).is_alphanumeric())
                    {
                        tokens.push(Token {
                            start: j,
                            end: k + 1,
                            kind: TokenKind::Possessive,
                        });
                        i = k + 1;
                        continue;
                    }
                }
            }
            i = j;
        } else if b.is_ascii_digit() {
            let start = i;
            let mut j = i + 1;
            while j < n {
                let bj = bytes[j];
                if bj.is_ascii_digit() {
                    j += 1;
                } else if matches!(bj, b',' | b'.' | b':')
                    && j + 1 < n
                    && bytes[j + 1].is_ascii_digit()
                {
                    j += 2;
                } else {
                    break;
                }
            }
            tokens.push(Token {
                start,
                end: j,
                kind: TokenKind::Number,
            });
            i = j;
        } else {
            tokens.push(Token {
                start: i,
                end: i + clen,
                kind: TokenKind::Punct,
            });
            i += clen;
        }
    }
    tokens
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

fn split_sentences(text: &str, tokens: &[Token], from: usize) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first_tok = 0;
    let push = |out: &mut Vec<Sentence>, first: usize, last: usize| {
        if first < last {
            let span = Span::new(tokens[first].start, tokens[last - 1].end);
            out.push(Sentence {
                span,
                tokens: first..last,
            });
        }
    };
    let mut prev_end = from;
    for (i, t) in tokens.iter().enumerate() {
        // A line break between tokens ends the unit, unless it is a hard wrap inside a
        // sentence: one line break, the line before ending in a word or a comma, the line
        // after going on in lower case ("… the MP, who had\nbeen critical …").
        let gap = &text.as_bytes()[prev_end..t.start];
        // A line that ends in a determiner, preposition or conjunction goes on too, whatever
        // the case of the next line ("… to join the\nIndependent Group …").
        let one_break = gap.iter().filter(|&&b| b == b'\n').count() == 1 && i > first_tok;
        let dangling = one_break
            && tokens[i - 1].kind == TokenKind::Word
            && t.kind == TokenKind::Word
            && matches!(
                tokens[i - 1].text(text),
                "the"
                    | "a"
                    | "an"
                    | "of"
                    | "to"
                    | "and"
                    | "or"
                    | "with"
                    | "in"
                    | "for"
                    | "by"
                    | "from"
                    | "at"
                    | "on"
                    | "as"
                    | "that"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
            );
        // A long line cut inside a name goes on: "…, accusing David\nCameron of …" (a line
        // that ends in a lower-case word and then a capitalised one, the next line opening
        // capitalised; a heading or a caption is a short line, or ends otherwise)
        // (the length of the line the previous token ends)
        let line_len =
            || tokens[i - 1].end - text[..tokens[i - 1].start].rfind('\n').map_or(0, |n| n + 1);
        let name_cut = || {
            i >= 2
                && line_len() >= 50
                && tokens[i - 1].kind == TokenKind::Word
                && char_at(text, tokens[i - 1].start).is_uppercase()
                && tokens[i - 2].kind == TokenKind::Word
                && char_at(text, tokens[i - 2].start).is_lowercase()
                && char_at(text, t.start).is_uppercase()
        };
        // A long line that ends in a comma goes on, whatever the case of the next line ("…
        // have launched their own outfit,\nStenfield First, and …"): a heading or a caption
        // does not end in a comma, and a short line (an address, a list of names) is left be.
        let comma_cut = || {
            char_at(text, tokens[i - 1].start) == ','
                && line_len() >= 30
                && t.kind == TokenKind::Word
        };
        let wrapped = dangling
            || one_break && comma_cut()
            || one_break
                && (tokens[i - 1].kind == TokenKind::Word
                    || char_at(text, tokens[i - 1].start) == ',')
                && t.kind == TokenKind::Word
                && (char_at(text, t.start).is_lowercase() || name_cut());
        if i > first_tok && gap.contains(&b'\n') && !wrapped {
            push(&mut out, first_tok, i);
            first_tok = i;
        }
        prev_end = t.end;
        if t.kind != TokenKind::Punct {
            continue;
        }
        let c = char_at(text, t.start);
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Closing quotes and brackets stay with the sentence.
        let mut last = i;
        while last + 1 < tokens.len()
            && tokens[last + 1].kind == TokenKind::Punct
            && tokens[last + 1].start == tokens[last].end
            && (is_quote_or_close(char_at(text, tokens[last + 1].start))
                || matches!(char_at(text, tokens[last + 1].start), '.' | '!' | '?'))
        {
            last += 1;
        }
        let Some(next) = tokens.get(last + 1) else {
            continue;
        };
        if next.start == tokens[last].end {
            continue; // "U.S", "e.g" glued: not an end
        }
        if c == '.' && i > 0 && is_abbreviation(text, tokens, i, next) {
            continue;
        }
        let nc = char_at(text, next.start);
        let starts_new = nc.is_uppercase()
            || nc.is_ascii_digit()
            || matches!(nc, '"' | '“' | '‘' | '\'' | '(' | '[' | '-' | '–' | '—');
        if !starts_new {
            continue;
        }
        push(&mut out, first_tok, last + 1);
        first_tok = last + 1;
    }
    push(&mut out, first_tok, tokens.len());
    out
}

/// Cuts every sentence longer than [`MAX_SENTENCE_TOKENS`] tokens into pieces: after the last
/// `;` or `,` in the second half of each window, else at the window's end.
fn cap_sentences(
    text: &str,
    tokens: &[Token],
    sentences: Vec<Sentence>,
) -> (Vec<Sentence>, Vec<LongSentence>) {
    if sentences
        .iter()
        .all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS)
    {
        return (sentences, Vec::new());
    }
    let mut out = Vec::with_capacity(sentences.len());
    let mut long = Vec::new();
    let piece = |first: usize, last: usize| Sentence {
        span: Span::new(tokens[first].start, tokens[last - 1].end),
        tokens: first..last,
    };
    for s in sentences {
        if s.tokens.len() <= MAX_SENTENCE_TOKENS {
            out.push(s);
            continue;
        }
        let before = out.len();
        let mut first = s.tokens.start;
        while s.tokens.end - first > MAX_SENTENCE_TOKENS {
            let limit = first + MAX_SENTENCE_TOKENS;
            let soft = (first + MAX_SENTENCE_TOKENS / 2..limit)
                .rev()
                .find(|&i| {
                    tokens[i].kind == TokenKind::Punct
                        && matches!(char_at(text, tokens[i].start), ';' | ',')
                })
                .map(|i| i + 1);
            let cut = soft.unwrap_or(limit);
            out.push(piece(first, cut));
            first = cut;
        }
        out.push(piece(first, s.tokens.end));
        long.push(LongSentence {
            span: s.span,
            tokens: s.tokens.len(),
            pieces: out.len() - before,
        });
    }
    (out, long)
}

fn is_abbreviation(text: &str, tokens: &[Token], dot: usize, next: &Token) -> bool {
    let prev = &tokens[dot - 1];
    if prev.end != tokens[dot].start {
        return false;
    }
    let word = prev.text(text);
    if prev.kind == TokenKind::Word {
        // Initials: "J. K. Rowling", "G.W."
        if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
            return true;
        }
        if ABBREVIATIONS.contains(&word) {
            return true;
        }
        if word == "No" && next.kind == TokenKind::Number {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let seg = segment(text, 0);
        (0..seg.sentences.len())
            .map(|i| seg.sentence_text(text, i))
            .collect()
    }

    fn tokens(text: &str) -> Vec<&str> {
        segment(text, 0)
            .tokens
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn a_wire_dateline_is_a_unit_of_its_own() {
        assert_eq!(
            sentences("CARDIFF, June 20 - A UKIP member has left the party. He said so."),
            [
                "CARDIFF, June 20 -",
                "A UKIP member has left the party.",
                "He said so."
            ]
        );
        assert_eq!(
            sentences("LONDON (Reuters) - Tory MP Ann Cole has quit."),
            ["LONDON (Reuters) -", "Tory MP Ann Cole has quit."]
        );
        // (a capitalised opening that is no dateline stays whole)
        assert_eq!(
            sentences("NHS chiefs - and ministers - were told."),
            ["NHS chiefs - and ministers - were told."]
        );
    }

    #[test]
    fn honorifics_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr Jackson met Mrs Allen and Dr Fox in St Albans. They talked."),
            [
                "Mr Jackson met Mrs Allen and Dr Fox in St Albans.",
                "They talked."
            ]
        );
    }

    #[test]
    fn number_ten_and_initials() {
        assert_eq!(
            sentences("He went to No. 10 with J. K. Rowling. Then home."),
            ["He went to No. 10 with J. K. Rowling.", "Then home."]
        );
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(
            sentences("He said: \"I am delighted.\" She left."),
            ["He said: \"I am delighted.\"", "She left."]
        );
        assert_eq!(
            sentences("“We will win.” Mr Smith said."),
            ["“We will win.”", "Mr Smith said."]
        );
    }

    #[test]
    fn every_line_is_its_own_unit() {
        assert_eq!(
            sentences("Headline about a defection\n\nJane Doe. Picture: John Smith 2017\nThe body starts here"),
            ["Headline about a defection", "Jane Doe.", "Picture: John Smith 2017", "The body starts here"]
        );
    }

    #[test]
    fn possessives_split_but_contractions_and_hyphens_hold() {
        assert_eq!(
            tokens("Labour’s Kilroy-Silk didn't go"),
            ["Labour", "’s", "Kilroy-Silk", "didn't", "go"]
        );
        assert_eq!(
            tokens("O'Brien's 2,017 votes"),
            ["O'Brien", "'s", "2,017", "votes"]
        );
        assert_eq!(tokens("MPs' pay"), ["MPs", "'", "pay"]);
    }

    #[test]
    fn a_hard_wrap_inside_a_sentence_does_not_end_it() {
        assert_eq!(
            sentences("The MP, who had\nbeen critical, quit.\nA caption line\nThe body goes on."),
            [
                "The MP, who had\nbeen critical, quit.",
                "A caption line",
                "The body goes on."
            ]
        );
        // a line that ends in a function word goes on, whatever the next line's case
        assert_eq!(
            sentences("They quit to join the\nIndependent Group.\nA caption with\nNames"),
            [
                "They quit to join the\nIndependent Group.",
                "A caption with\nNames"
            ]
        );
        // a long line cut inside a name goes on; a short line ending in a name is a heading
        assert_eq!(
            sentences(
                "A Conservative councillor has defected, accusing David\nCameron of betrayal.\nMeet Ann\nCole spoke."
            ),
            [
                "A Conservative councillor has defected, accusing David\nCameron of betrayal.",
                "Meet Ann",
                "Cole spoke."
            ]
        );
        // a long line that ends in a comma goes on before a capital; a short one is left be
        assert_eq!(
            sentences(
                "The rebels have launched their own outfit,\nStenfield First, and will sit apart.\nAnn Cole,\nTom Reed"
            ),
            [
                "The rebels have launched their own outfit,\nStenfield First, and will sit apart.",
                "Ann Cole,",
                "Tom Reed"
            ]
        );
    }

    #[test]
    fn figures_glued_to_a_word_are_their_own_token() {
        assert_eq!(
            tokens("Paul Nuttall62.4%"),
            ["Paul", "Nuttall", "62.4", "%"]
        );
        assert_eq!(
            tokens("an MP3 and the G7"),
            ["an", "MP3", "and", "the", "G7"]
        );
    }

    #[test]
    fn offsets_are_bytes_into_the_text() {
        let text = "Sinn Féin’s leader.";
        let seg = segment(text, 0);
        for t in &seg.tokens {
            assert_eq!(&text[t.start..t.end], t.text(text));
        }
        assert_eq!(seg.tokens[1].text(text), "Féin");
    }

    #[test]
    fn sentence_at_finds_the_sentence() {
        let text = "One. Two three.";
        let seg = segment(text, 0);
        assert_eq!(seg.sentence_at(6), Some(1));
        assert_eq!(seg.sentence_at(0), Some(0));
    }

    #[test]
    fn an_endless_sentence_is_cut_into_bounded_pieces() {
        let text = "word ".repeat(1000);
        let seg = segment(&text, 0);
        assert_eq!(seg.sentences.len(), 3);
        assert!(seg
            .sentences
            .iter()
            .all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS));
        assert_eq!(seg.sentences[0].tokens, 0..400);
        assert_eq!(seg.long_sentences.len(), 1);
        assert_eq!(seg.long_sentences[0].tokens, 1000);
        let d = seg.diagnostics();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, "long-sentence");
        assert_eq!(d[0].offset, Some(0));
    }

    #[test]
    fn a_long_list_is_cut_after_a_comma() {
        let names: Vec<String> = (0..300).map(|i| format!("Name{i} Person")).collect();
        let text = format!("{} joined.", names.join(", "));
        let seg = segment(&text, 0);
        assert!(seg.sentences.len() > 1);
        for i in 0..seg.sentences.len() - 1 {
            assert!(seg.sentence_text(&text, i).ends_with(','));
        }
        // Nothing is lost: the pieces cover every token in order.
        let covered: usize = seg.sentences.iter().map(|s| s.tokens.len()).sum();
        assert_eq!(covered, seg.tokens.len());
    }

    #[test]
    fn ordinary_sentences_report_nothing() {
        let seg = segment("One sentence. Another one.", 0);
        assert!(seg.long_sentences.is_empty());
        assert!(seg.diagnostics().is_empty());
    }

    #[test]
    fn a_unicode_space_separates_words_and_is_no_token() {
        let text = "Mr\u{a0}Pellow quit.\u{2009}He left.";
        let seg = segment(text, 0);
        let words: Vec<&str> = seg.tokens.iter().map(|t| t.text(text)).collect();
        assert_eq!(words, ["Mr", "Pellow", "quit", ".", "He", "left", "."]);
        assert_eq!(sentences(text), ["Mr\u{a0}Pellow quit.", "He left."]);
    }

    #[test]
    fn lowercase_after_full_stop_does_not_split() {
        assert_eq!(
            sentences("It was 5 p.m. and late."),
            ["It was 5 p.m. and late."]
        );
    }
}
