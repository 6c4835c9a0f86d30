//! Tagging never panics and always returns offsets on char boundaries that index the text.

use floorcross_timex::Tagger;

const PIECES: &[&str] = &[
    "date",
    " ",
    "  ",
    "\n",
    "\n\n",
    "2019-02-12",
    "Monday",
    "May",
    "march",
    "the",
    "last",
    "next",
    "year",
    "years",
    "ago",
    "later",
    "a",
    "two",
    "twenty",
    "-",
    "four",
    "1/2",
    "½",
    ".",
    ",",
    ":",
    "'",
    "’",
    "s",
    "am",
    "p.m.",
    "a.m",
    "noon",
    "12",
    "0",
    "00",
    "31",
    "99",
    "1999",
    "2,017",
    "99999999999999999999",
    "4294967296",
    "Q",
    "3",
    "third",
    "quarter",
    "of",
    "fiscal",
    "1990s",
    "'90s",
    "Mayé",
    "é",
    "日本",
    "🙂",
    "\u{2028}",
    "\t",
    "%",
    "£",
    "$",
    "every",
    "Sunday Times",
    "1922",
    "Committee",
    "general",
    "election",
    "Christmas",
    "Easter",
    "week",
    "weekend",
    "this",
    "morning",
    "tonight",
    "11am",
    "today",
    "/",
    "29",
    "February",
    "Feb.",
    "30",
    "2100",
    "0000",
    "9999",
    "century",
    "0th",
    "decade",
    "several",
    "few",
    "half",
    "and",
];

fn next(state: &mut u64) -> u64 {
    // xorshift64*
    let mut x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    x.wrapping_mul(0x2545_f491_4f6c_dd1d)
}

fn check(t: &Tagger, text: &str) {
    for dct in [
        None,
        "2019-02-12".parse().ok(),
        "0001-01-01".parse().ok(),
        "9999-12-31".parse().ok(),
    ] {
        for x in t.tag(text, dct) {
            assert!(x.start <= x.end && x.end <= text.len(), "{text:?}: {x:?}");
            assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
            assert_eq!(&text[x.start..x.end], x.text);
        }
        let n = text.len();
        for (a, b) in [(0, n), (n / 3, n / 2), (n, 0), (1, n + 10)] {
            for x in t.tag_range(text, a..b, dct) {
                assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
            }
        }
    }
}

#[test]
fn random_inputs_never_panic() {
    let t = Tagger::global();
    let mut st = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..3000 {
        let len = (next(&mut st) % 24) as usize;
        let mut s = String::new();
        for _ in 0..len {
            let p = PIECES[(next(&mut st) % PIECES.len() as u64) as usize];
            s.push_str(p);
            if next(&mut st) & 3 != 0 {
                s.push(' ');
            }
        }
        check(t, &s);
    }
}

#[test]
fn edge_inputs_never_panic() {
    let t = Tagger::global();
    for s in [
        "",
        "date",
        " date 2019-13-45 body",
        "date 2019-02-12",
        "31 February 2019",
        "Feb. 30, 1999",
        "the 0th century",
        "99999999999999999999 years ago",
        "4294967295 days later",
        "100000 years ago",
        "9999 years later in 2190",
        "every 0 days",
        "24:59",
        "0am 13pm 12am 12pm",
        "Q9 2019 Q0 2019",
        "the 1st half of 0000",
        "1 1/0 hours",
        "in the '00s and the '20s",
        "May",
        "\u{feff}Monday",
        "Mon\u{0301}day",
        "١٢ يناير ٢٠١٩",
    ] {
        check(t, s);
    }
}
