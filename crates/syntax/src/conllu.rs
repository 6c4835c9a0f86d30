//! CoNLL-U: reading treebank and silver files, writing parses.
//!
//! Multi-word token lines (`3-4`) and empty nodes (`8.1`) are skipped: the models work on
//! syntactic words. A malformed line is an error naming its line number.

use std::fmt::Write as _;

/// One sentence: its syntactic words and their annotation. Heads are 1-based, 0 is the root.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    pub comments: Vec<String>,
    pub words: Vec<String>,
    pub upos: Vec<String>,
    pub xpos: Vec<String>,
    pub heads: Vec<usize>,
    pub labels: Vec<String>,
    pub misc: Vec<String>,
}

impl Sentence {
    pub fn len(&self) -> usize {
        self.words.len()
    }
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
    /// The value of `key` in word `i`'s MISC column (`Key=Value|...`).
    pub fn misc_value(&self, i: usize, key: &str) -> Option<&str> {
        self.misc.get(i)?.split('|').find_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            (k == key).then_some(v)
        })
    }
    /// The value of a `# key = value` comment.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let c = c.strip_prefix('#')?.trim_start();
            let (k, v) = c.split_once('=')?;
            (k.trim() == key).then(|| v.trim())
        })
    }
}

/// Parses a whole CoNLL-U text.
pub fn parse(text: &str) -> Result<Vec<Sentence>, String> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            } else {
                cur.comments.clear();
            }
            continue;
        }
        if line.starts_with('#') {
            cur.comments.push(line.to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(format!(
                "line {}: {} columns, expected 10",
                n + 1,
                cols.len()
            ));
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let id: usize = cols[0]
            .parse()
            .map_err(|_| format!("line {}: bad word id {:?}", n + 1, cols[0]))?;
        if id != cur.words.len() + 1 {
            return Err(format!("line {}: word id {id} out of order", n + 1));
        }
        let head = if cols[6] == "_" {
            0
        } else {
            cols[6]
                .parse()
                .map_err(|_| format!("line {}: bad head {:?}", n + 1, cols[6]))?
        };
        cur.words.push(cols[1].to_string());
        cur.upos.push(cols[3].to_string());
        cur.xpos.push(cols[4].to_string());
        cur.heads.push(head);
        cur.labels.push(cols[7].to_string());
        cur.misc.push(cols[9].to_string());
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    for (k, s) in out.iter().enumerate() {
        if let Some(h) = s.heads.iter().find(|&&h| h > s.len()) {
            return Err(format!(
                "sentence {}: head {h} beyond its {} words",
                k + 1,
                s.len()
            ));
        }
    }
    Ok(out)
}

/// Writes one sentence (with its comments) and a blank line.
pub fn write(s: &Sentence, out: &mut String) {
    for c in &s.comments {
        out.push_str(c);
        out.push('\n');
    }
    let col = |v: &Vec<String>, i: usize| -> String {
        v.get(i)
            .filter(|x| !x.is_empty())
            .cloned()
            .unwrap_or_else(|| "_".to_string())
    };
    for i in 0..s.words.len() {
        let head = s.heads.get(i).map_or("_".to_string(), |h| h.to_string());
        let _ = writeln!(
            out,
            "{}\t{}\t_\t{}\t{}\t_\t{}\t{}\t_\t{}",
            i + 1,
            s.words[i],
            col(&s.upos, i),
            col(&s.xpos, i),
            head,
            col(&s.labels, i),
            col(&s.misc, i)
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: &str = "# sent_id = a\n# text = I don't know.\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n";

    #[test]
    fn reads_words_and_skips_ranges() {
        let s = parse(TWO).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, ["I", "do", "n't", "know", "."]);
        assert_eq!(s[0].heads, [4, 4, 4, 0, 4]);
        assert_eq!(s[0].comment("sent_id"), Some("a"));
        assert_eq!(s[0].misc_value(3, "SpaceAfter"), Some("No"));
        assert_eq!(s[1].labels, ["root"]);
    }

    #[test]
    fn round_trips_without_ranges() {
        let s = parse(TWO).unwrap();
        let mut out = String::new();
        write(&s[1], &mut out);
        assert_eq!(parse(&out).unwrap()[0], s[1]);
    }

    #[test]
    fn bad_lines_are_errors_with_line_numbers() {
        assert!(parse("1\tonly\tthree\n")
            .unwrap_err()
            .starts_with("line 1:"));
        assert!(parse("1\ta\t_\tX\tX\t_\t9\tdep\t_\t_\n")
            .unwrap_err()
            .contains("head 9"));
    }
}
