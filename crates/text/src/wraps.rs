//! Hard-wrapped text (a plain-text feed, an e-mail, a page saved as text) breaks its lines at
//! a fixed width, so a line break inside a paragraph means nothing: "took his seat on the
//! Liberal\nDemocrat benches". [`unwrap_hard_wraps`] reads such a text as its paragraphs.

/// The width a hard-wrapped text was wrapped at, if it was: of the lines that a non-empty line
/// follows (lines inside a paragraph), a third or more, five at least, come within 15
/// characters of one width of 40 to 100 characters, and a third of those go on in lower case
/// on the next line. A text with a paragraph to a line (news as usually fed) has no such
/// width: its lines are long and of every length.
fn wrap_width(body: &str) -> Option<usize> {
    let lines: Vec<&str> = body.lines().map(str::trim_end).collect();
    // (lines followed by another non-empty line: their lengths, and whether the next goes on
    // in lower case, as prose cut at a width mostly does and a table or a list does not)
    let inner: Vec<(usize, bool)> = lines
        .windows(2)
        .filter(|w| !w[0].is_empty() && !w[1].trim().is_empty())
        .map(|w| {
            let goes_on = w[1].trim_start().starts_with(|c: char| c.is_lowercase());
            (w[0].chars().count(), goes_on)
        })
        .collect();
    if inner.len() < 6 {
        return None;
    }
    let width = inner.iter().map(|l| l.0).max()?;
    if !(40..=100).contains(&width) {
        return None;
    }
    // (judged on the lines that reach the width: a text may mix wrapped prose with a list or a
    // table of short lines, whose breaks are kept anyway)
    let near: Vec<bool> = inner
        .iter()
        .filter(|l| l.0 + 15 >= width)
        .map(|l| l.1)
        .collect();
    let goes_on = near.iter().filter(|&&g| g).count();
    (near.len() >= 5 && near.len() * 3 >= inner.len() && goes_on * 3 >= near.len()).then_some(width)
}

/// The text after byte `from` with each line break inside a paragraph of a hard-wrapped text
/// made a space, when it is one: a break after a line as long as the wrap width, before a
/// non-empty line whose first word would not have fitted on it. A shorter line (a heading, a
/// caption, an item, a paragraph's last line) keeps its break. The text keeps its length and every offset, so what is read from the result is
/// quoted from the original. `None` when the text is not hard-wrapped.
pub fn unwrap_hard_wraps(text: &str, from: usize) -> Option<String> {
    let from = crate::segment::body_from(text, from);
    let width = wrap_width(&text[from..])?;
    let mut bytes = text.as_bytes().to_vec();
    let mut at = from;
    for line in text[from..].split_inclusive('\n') {
        let end = at + line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let len = content.trim_end().chars().count();
        let next = text[end..].split('\n').next().unwrap_or("");
        let next_non_empty = !next.trim().is_empty();
        // (broken because the next word did not fit: a line that ends on its own, a
        // standfirst's or a list's, leaves room for it)
        let next_word = next
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count());
        let full = len + 15 >= width && len + 1 + next_word > width && !content.trim().is_empty();
        if line.ends_with('\n') && full && next_non_empty {
            // ("\r\n" too: both bytes become spaces)
            for b in &mut bytes[at + content.len()..end] {
                *b = b' ';
            }
        }
        at = end;
    }
    // only ASCII newlines and carriage returns were replaced, by ASCII spaces
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrapped(paragraphs: &[&str], width: usize) -> String {
        let mut out = String::new();
        for p in paragraphs {
            let mut line = String::new();
            for w in p.split_whitespace() {
                if !line.is_empty() && line.len() + 1 + w.len() > width {
                    out.push_str(&line);
                    out.push('\n');
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(w);
            }
            out.push_str(&line);
            out.push_str("\n\n");
        }
        out
    }

    #[test]
    fn a_hard_wrapped_text_reads_as_its_paragraphs_with_every_offset_kept() {
        let p1 = "Duncan Pellow, the Conservative MP for Harrowfield West, crossed the floor of the Commons yesterday and took his seat on the Liberal Democrat benches, the first Tory defection of the parliament.";
        let p2 = "The move was kept secret until shortly before Treasury questions, when Mr Pellow walked in with the Liberal Democrat chief whip and sat two rows behind the party's Treasury team.";
        let text = wrapped(&[p1, p2], 60);
        let out = unwrap_hard_wraps(&text, 0).expect("hard-wrapped");
        assert_eq!(out.len(), text.len());
        let paragraphs: Vec<&str> = out
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        assert_eq!(paragraphs, [p1, p2]);
    }

    #[test]
    fn a_table_or_list_of_even_lines_is_not_hard_wrapped() {
        let table = "Agnieszka Sellick (Conservative) 19,402 votes\nWojciech Furze (Labour) 19,334 votes\nChidi Tregaskis (Liberal Democrat) 8,911\nNkechi Dray (UK Independence Party) 1,876\nRadoslaw Fitch (Green Party) 1,733 votes\nOluwaseun Gaunt (Independent) 391 votes\nMajority 68, turnout 64 per cent, swing 2%\nConservative gain from Labour after recount\n";
        assert_eq!(unwrap_hard_wraps(table, 0), None);
    }

    #[test]
    fn a_paragraph_to_a_line_or_a_short_structured_line_keeps_its_breaks() {
        // news as usually fed: one long line a paragraph
        let text = "Duncan Pellow crossed the floor of the Commons yesterday and took his seat on the Liberal Democrat benches, the first Tory defection of the parliament.\nHe said he had not taken the decision lightly and would serve his constituents as before.\n";
        assert_eq!(unwrap_hard_wraps(text, 0), None);
        // a heading shorter than the width keeps its break
        let p = "Duncan Pellow, the Conservative MP for Harrowfield West, crossed the floor of the Commons yesterday and took his seat on the Liberal Democrat benches, the first Tory defection of the parliament, to jeers from his former colleagues opposite.";
        let body = wrapped(&[p, p], 60);
        let text = format!("Pellow defects\n{body}");
        let out = unwrap_hard_wraps(&text, 0).expect("hard-wrapped");
        assert!(out.starts_with("Pellow defects\nDuncan Pellow"), "{out}");
    }

    #[test]
    fn wrapped_prose_beside_a_list_is_unwrapped_and_a_line_that_left_room_keeps_its_break() {
        let p = "The by-election was called after the resignation of Labour's Mike Hill in March, who is accused of misconduct, which he denies, and whose majority was just over 3,500 at the general election two years before.";
        let list = "Chancellor - Ann Cole\nHome Secretary - Tom Reed\nForeign Secretary - Jo Pike\nDefence Secretary - Sam Lee\nJustice Secretary - Kit Moss\nHealth Secretary - Ed Vane\n\n";
        let standfirst = "Minister tells PM to quit and give Labour a chance\nRebels say 75 MPs support email\n\n";
        let text = format!(
            "{standfirst}{}{list}{}",
            wrapped(&[p], 60),
            wrapped(&[p], 60)
        );
        let out = unwrap_hard_wraps(&text, 0).expect("hard-wrapped");
        assert!(out.contains("Labour's Mike Hill"), "{out}");
        assert!(
            out.contains("Chancellor - Ann Cole\nHome Secretary"),
            "{out}"
        );
        // (the next line's first word would have fitted on the standfirst's line)
        assert!(
            out.starts_with("Minister tells PM to quit and give Labour a chance\nRebels"),
            "{out}"
        );
    }
}
