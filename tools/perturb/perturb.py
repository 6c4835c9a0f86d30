#!/usr/bin/env python3
"""Robustness of extraction to the shape of its input: each variant rewrites the invented
tuning articles (gold/invented.jsonl) in one way a real feed does — hard-wrapped lines,
no-break spaces, headlines in capitals or title case, HTML references left in the text, a
reporter's byline, a "Read more" link to another story, Windows line ends, curly quotes,
people with first names no list knows — keeps the gold (only names change), runs
`floorcross extract` and scores with the reference scorer.

    python3 tools/perturb/perturb.py [--bin target/release/floorcross] [--out /tmp/perturb]
                                     [--gold G] [--only SUBSTRING]

Prints one line per variant: its F1 and the unchanged text's. Needs ../shared (the scorer).
The variants are made with a fixed seed, so two binaries are compared on the same texts. A
gold file's `file` paths are read relative to the repository or, failing that, to ../shared
(the real tuning set: `--gold gold/uk-news-tune.jsonl`). Names are replaced in the headline
too; a wrap breaks each line the text has (a list stays a list) and never at a hyphen.
"""
import argparse, json, os, random, re, subprocess, sys, textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCORER = os.path.join(ROOT, "..", "shared", "tools", "score_events.py")


def invented_first_name(rng):
    """A first name made of syllables, so no list knows it ("Quorvin", "Zelmaya")."""
    onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "qu", "th", "br", "dr", "kl"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]
    codas = ["", "", "n", "r", "l", "s", "th", "m"]
    n = rng.choice([2, 2, 3])
    word = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(n)) + rng.choice(codas)
    return word.capitalize()


def titlecase(h):
    return " ".join(w[:1].upper() + w[1:] for w in h.split(" "))


def curly(b):
    b = re.sub(r'(^|[\s(\[])"', "\\1\u201c", b).replace('"', "\u201d")
    return re.sub(r"(\w)'(\w)", "\\1\u2019\\2", b)


def hard_wrap(b):
    # each line broken at 68 columns, the lines a text already has kept (a list stays a list)
    return "\n\n".join(
        "\n".join("\n".join(textwrap.wrap(line, 68, break_on_hyphens=False)) for line in p.split("\n") if line.strip())
        for p in b.split("\n\n") if p.strip())


def variants(heads):
    rng = random.Random(7)
    return {
        "hard-wrapped at 68": lambda h, b, i: h + "\n\n" + hard_wrap(b),
        "no-break spaces (15%)": lambda h, b, i: h + "\n\n" + "".join(
            "\u00a0" if c == " " and rng.random() < 0.15 else c for c in b),
        "headline in capitals": lambda h, b, i: re.sub(r"^( date \S+ )(.*)$", lambda m: m.group(1) + m.group(2).upper(), h) + "\n\n" + b,
        "headline in title case": lambda h, b, i: re.sub(r"^( date \S+ )(.*)$", lambda m: m.group(1) + titlecase(m.group(2)), h) + "\n\n" + b,
        "HTML references": lambda h, b, i: h + "\n\n" + b.replace("'", "&#8217;"),
        "reporter's byline": lambda h, b, i: h + "\n\nBy Helen Marsh, Political Editor\n\n" + b,
        "'Read more' link": lambda h, b, i: h + "\n\n" + "\n\n".join(
            (lambda ps: ps[: len(ps) // 2] + ["Read more: " + heads[(i + 7) % len(heads)]] + ps[len(ps) // 2:])(b.split("\n\n"))),
        "Windows line ends": lambda h, b, i: (h + "\n\n" + b).replace("\n", "\r\n"),
        "curly quotes": lambda h, b, i: h + "\n\n" + curly(b),
    }


def source(file):
    """A gold line's article: its `file` is relative to the repository, or to ../shared for the
    real corpora (`corpora/uk-news-dev/…`)."""
    here = os.path.join(ROOT, file)
    return here if os.path.exists(here) else os.path.join(ROOT, "..", "shared", file)


def score(gold, pred):
    out = subprocess.run([sys.executable, SCORER, gold, pred, "-q"], capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "floorcross"))
    ap.add_argument("--out", default="/tmp/perturb")
    ap.add_argument("--gold", default=os.path.join(ROOT, "gold", "invented.jsonl"),
                    help="the gold to rewrite (its `file` paths relative to the repository, else to ../shared)")
    ap.add_argument("--only", help="run only the variants whose name holds this")
    args = ap.parse_args()
    if not os.path.exists(SCORER):
        sys.exit(f"perturb: no scorer at {SCORER} (needs ../shared)")
    golds = [json.loads(l) for l in open(args.gold)]
    texts = {g["doc"]: open(source(g["file"]), encoding="utf-8").read() for g in golds}
    heads = [texts[g["doc"]].split("\n", 1)[0].split(" ", 3)[3] for g in golds]
    runs = [("as written", lambda h, b, i: h + "\n\n" + b)] + list(variants(heads).items())
    runs.append(("first names no list knows", None))
    if args.only:
        runs = [r for r in runs if args.only in r[0]]
    rng = random.Random(11)
    for name, fn in runs:
        d = os.path.join(args.out, re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"))
        os.makedirs(os.path.join(d, "texts"), exist_ok=True)
        with open(os.path.join(d, "gold.jsonl"), "w") as gout:
            for i, g in enumerate(golds):
                g = json.loads(json.dumps(g))
                h, _, b = texts[g["doc"]].partition("\n")
                b = b.lstrip("\n")
                if fn is None:
                    # every gold person's first name, in text and gold, by an invented one
                    firsts = {p.split()[0] for e in g["events"] for p in e["person"][:1] if len(p.split()) >= 2}
                    firsts -= {"Lord", "Lady", "Baroness", "Sir", "Dame", "Mr", "Mrs", "Ms", "Dr", "Cllr"}
                    sub = {f: invented_first_name(rng) for f in sorted(firsts)}
                    swap = lambda s: re.sub(r"\b(%s)\b" % "|".join(map(re.escape, sub)), lambda m: sub[m.group(1)], s) if sub else s
                    body = swap(h) + "\n\n" + swap(b)
                    for e in g["events"]:
                        e["person"] = [swap(p) for p in e["person"]]
                else:
                    body = fn(h, b, i)
                path = os.path.join(d, "texts", g["doc"] + ".txt")
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(body)
                g["file"] = path
                gout.write(json.dumps(g) + "\n")
        pred = os.path.join(d, "pred.jsonl")
        with open(pred, "w") as p:
            subprocess.run([args.bin, "extract", os.path.join(d, "texts")], stdout=p, stderr=subprocess.DEVNULL)
        line = score(os.path.join(d, "gold.jsonl"), pred)
        f1 = re.search(r"F1=([0-9.]+)", line).group(1)
        tp, fp, fn_ = re.search(r"tp=(\d+) fp=(\d+) fn=(\d+)", line).groups()
        print(f"{name:28} F1 {f1}  tp {tp} fp {fp} fn {fn_}")


if __name__ == "__main__":
    main()
