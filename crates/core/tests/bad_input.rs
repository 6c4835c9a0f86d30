//! A batch of bad inputs: each gets one clear error line naming it, the good documents in the
//! same batch still come out, and the exit code says something failed.

use crate::util::*;

const GOOD: &str = " date 2012-03-05 Councillor quits party\n\nCouncillor Mary Pellow has left the Liberal Democrats, she said on Saturday.\n";

#[test]
fn bad_inputs_are_reported_one_line_each_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let w = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_string_lossy().into_owned()
    };
    let good = w("good.txt", GOOD.as_bytes());
    let binary = w("binary.txt", b"GIF89a\x00\x01\x02\x00binary");
    let latin1 = w(
        "latin1.txt",
        b" date 2012-03-05 Caf\xe9 row\n\nMr Jones resigned as leader.\n",
    );
    let empty = w("empty.txt", b"");
    let huge = w("huge.txt", &vec![b'a'; 5000]);
    let jsonl = w(
        "batch.jsonl",
        b"{\"id\":\"j1\",\"date\":\"2012-03-05\",\"text\":\"Tom Hart has joined UKIP.\"}\n{\"id\":\"j2\",\"date\":\"12/03/2012\",\"text\":\"x\"}\n{\"id\":\"j3\",\"text\":\"cut sho",
    );
    let bad_header = w("bad_header.txt", b"date 2012-13-45 Headline\n\nText.\n");
    let missing = dir
        .path()
        .join("missing.txt")
        .to_string_lossy()
        .into_owned();

    let out = floorcross(&[
        "extract",
        "--max-bytes",
        "4096",
        &good,
        &binary,
        &latin1,
        &empty,
        &huge,
        &jsonl,
        &bad_header,
        &missing,
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit code must say something failed"
    );
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    let line_for = |needle: &str| {
        lines
            .iter()
            .find(|l| l.contains(needle))
            .copied()
            .unwrap_or_else(|| panic!("no line for {needle} in:\n{err}"))
    };
    assert!(line_for("binary.txt").contains("binary file (NUL byte at offset 6)"));
    assert!(line_for("empty.txt").contains("empty"));
    assert!(line_for("huge.txt").contains("5000 bytes is over the 4096-byte limit"));
    assert!(line_for("batch.jsonl:2").contains("unknown date format \"12/03/2012\""));
    assert!(line_for("batch.jsonl:3").contains("invalid JSON"));
    assert!(line_for("bad_header.txt").contains("unknown date format \"2012-13-45\""));
    assert!(line_for("missing.txt").contains("cannot read"));
    assert!(line_for("latin1.txt").starts_with("warning:"));
    assert!(line_for("latin1.txt").contains("invalid UTF-8 at byte 20"));
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("error:")).count(),
        7,
        "{err}"
    );

    let docs = json_lines(&stdout(&out));
    let ids: Vec<&str> = docs
        .iter()
        .map(|d| d["doc"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["good", "latin1", "j1"]);
    // the good documents were fully processed
    assert_eq!(docs[0]["events"][0]["type"], "leave");
    assert_eq!(docs[0]["events"][0]["person"], "Mary Pellow");
    assert_eq!(
        docs[1]["text"],
        serde_json::Value::Null,
        "no text field in output"
    );
    assert_eq!(docs[1]["diagnostics"][0]["code"], "lossy-utf8");
    assert_eq!(docs[2]["events"][0]["type"], "join");
}

#[test]
fn a_clean_batch_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.txt");
    std::fs::write(&p, GOOD).unwrap();
    let out = floorcross(&["extract", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).is_empty());
}

#[test]
fn stdin_is_read_as_text_or_json_lines() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let run = |input: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_floorcross"))
            .args(["extract", "--date", "2012-03-05", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        json_lines(&String::from_utf8_lossy(&out.stdout))
    };
    let text = run("Headline\n\nTom Hart has joined UKIP.\n");
    assert_eq!(
        text[0]["doc"]["date"], "2012-03-05",
        "--date fills a missing date"
    );
    assert_eq!(text[0]["events"][0]["date"], "2012-03-05");
    let jl = run("{\"id\":\"a\",\"text\":\"Tom Hart has joined UKIP.\"}\n{\"id\":\"b\",\"text\":\"Nothing.\"}\n");
    assert_eq!(jl.len(), 2);
    assert_eq!(jl[1]["doc"]["id"], "b");
}
