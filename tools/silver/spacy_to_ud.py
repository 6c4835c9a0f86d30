"""Deterministic conversion of spaCy's English dependency labels (ClearNLP style, as in
en_core_web_md) into Universal Dependencies as UD English EWT writes them.

Only what the parser is trained on needs converting, and the relations extraction reads must
come out in UD's shape:

1. Copulas. A form of "be" with an `attr` or `acomp` dependent (and no expletive "there")
   hands its place in the tree to that predicate: the predicate takes the copula's head and
   label, the copula becomes its `cop`, and every other dependent of the copula (subject,
   auxiliaries, negation, adverbs, prepositional phrases, punctuation, conjuncts) moves to
   the predicate. With an expletive ("there is X") the `attr` is the `nsubj`.
   `attr`/`acomp` under any other verb ("became leader", "seemed happy") are `xcomp`.
2. Prepositions. spaCy hangs the noun under the preposition (`prep` → `pobj`); UD hangs the
   preposition under the noun. The noun takes the preposition's head, labelled `obl`
   (`obl:agent` for a passive's "by") when that head is a verb, adjective or adverb, else
   `nmod`; the preposition becomes its `case`. A preposition with a clause (`pcomp`) makes
   the clause `advcl` (under a verb) or `acl` (under a noun) and the preposition its `mark`.
   A preposition with neither stays, labelled `dep` under a verb or `case` under a noun.
3. Coordinators. spaCy attaches "and" to the first conjunct; UD to the conjunct after it.
4. Labels renamed one for one: nsubjpass → nsubj:pass, csubjpass → csubj:pass,
   dobj → obj, dative → iobj, auxpass → aux:pass, aux "to" → mark, neg → advmod,
   poss → nmod:poss, prt → compound:prt, relcl → acl:relcl, npadvmod → obl:unmarked (under a
   verb) or nmod:unmarked, quantmod → advmod, oprd → xcomp, intj → discourse,
   predet → det:predet, preconj → cc:preconj, meta → parataxis, ROOT → root; the rest
   (nsubj, csubj, amod, det, compound, nummod, advmod, mark, cc, conj, appos, acl, advcl,
   ccomp, xcomp, expl, punct, parataxis, case, dep, nmod, aux) keep their names.

A sentence whose result is not a tree with one root is returned as None (it then trains the
tagger and the name recogniser, not the parser).
"""

VERBAL = {"VERB", "AUX", "ADJ", "ADV"}
RENAME = {
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "dobj": "obj",
    "dative": "iobj",
    "auxpass": "aux:pass",
    "neg": "advmod",
    "poss": "nmod:poss",
    "prt": "compound:prt",
    "relcl": "acl:relcl",
    "quantmod": "advmod",
    "oprd": "xcomp",
    "intj": "discourse",
    "predet": "det:predet",
    "preconj": "cc:preconj",
    "meta": "parataxis",
    "ROOT": "root",
    "attr": "xcomp",
    "acomp": "xcomp",
    "pobj": "obl",
    "pcomp": "advcl",
    "agent": "obl:agent",
}


SPEECH = {"say", "tell", "add", "claim", "insist", "explain", "write", "warn", "argue",
          "admit", "suggest", "report", "announce", "confirm", "reply", "state", "think"}


def convert(heads, deps, pos, tags, lemmas, people=()):
    """heads: 0-based head index per token (a root points to itself); deps: spaCy labels;
    people: (start, end) token spans of PERSON names.
    Returns (heads, labels) with heads 1-based (0 = root), or None."""
    n = len(heads)
    h = [None if heads[i] == i else heads[i] for i in range(n)]
    lab = list(deps)

    def children(x):
        return [d for d in range(n) if h[d] == x]

    # 0. Person names are head-initial in UD ("flat"); spaCy makes the last word the head
    # with "compound" before it.
    for start, end in people:
        if end - start < 2 or any(pos[k] != "PROPN" for k in range(start, end)):
            continue
        last = end - 1
        if any(h[k] != last or lab[k] != "compound" for k in range(start, last)):
            continue
        first = start
        h[first], lab[first] = h[last], lab[last]
        for d in children(last):
            if not (start <= d < end):
                h[d] = first
        for k in range(start + 1, end):
            h[k], lab[k] = first, "flat"

    # 1. Copulas.
    for v in range(n):
        if lemmas[v] != "be" or pos[v] not in ("AUX", "VERB"):
            continue
        preds = [d for d in children(v) if lab[d] in ("attr", "acomp")]
        if not preds:
            continue
        if any(lab[d] == "expl" for d in children(v)):
            for d in preds:
                if lab[d] == "attr":
                    lab[d] = "nsubj"
            continue
        p = preds[0]
        h[p], lab[p] = h[v], lab[v]
        for d in children(v):
            if d != p:
                h[d] = p
        h[v], lab[v] = p, "cop"
    for d in range(n):
        if lab[d] in ("attr", "acomp"):
            lab[d] = "xcomp"
    # 1b. A copula whose predicate is a prepositional phrase ("is in London"): the noun is
    # the head, the preposition its case, the copula its cop.
    for v in range(n):
        if lemmas[v] != "be" or pos[v] not in ("AUX", "VERB") or lab[v] in ("aux", "auxpass"):
            continue
        ch = children(v)
        if not any(lab[d] in ("nsubj", "csubj") for d in ch):
            continue
        if any(lab[d] in ("expl", "xcomp", "ccomp", "cop", "acomp", "attr", "dobj") for d in ch):
            continue
        preps = [d for d in ch if lab[d] == "prep" and d > v]
        if not preps:
            continue
        p = preps[0]
        objs = [d for d in children(p) if lab[d] == "pobj"]
        if not objs:
            continue
        o = objs[0]
        h[o], lab[o] = h[v], lab[v]
        for d in ch:
            if d != p:
                h[d] = o
        for d in children(p):
            if d != o:
                h[d] = o
        h[p], lab[p] = o, "case"
        h[v], lab[v] = o, "cop"
    # 1c. Reported speech after the quote ("It is over, he said."): the quote is the root,
    # the speech verb its parataxis.
    for v in range(n):
        if h[v] is not None or lemmas[v] not in SPEECH:
            continue
        quotes = [d for d in children(v) if lab[d] == "ccomp" and d < v]
        if not quotes:
            continue
        q = quotes[0]
        if not any(pos[k] == "PUNCT" for k in range(q + 1, v)):
            continue
        h[q], lab[q] = None, "ROOT"
        h[v], lab[v] = q, "parataxis"
    # 2. Prepositions.
    for p in range(n):
        if lab[p] not in ("prep", "agent") and not (lab[p] == "dative" and pos[p] == "ADP"):
            continue
        ch = children(p)
        objs = [d for d in ch if lab[d] == "pobj"]
        comps = [d for d in ch if lab[d] == "pcomp"]
        head = h[p]
        head_verbal = head is not None and pos[head] in VERBAL
        if objs:
            o = objs[0]
            if lab[p] == "agent":
                lab[o] = "obl:agent"
            else:
                lab[o] = "obl" if head_verbal else "nmod"
            h[o] = head
            for d in ch:
                if d != o:
                    h[d] = o
            h[p], lab[p] = o, "case"
        elif comps:
            c = comps[0]
            lab[c] = "advcl" if head_verbal else "acl"
            h[c] = head
            for d in ch:
                if d != c:
                    h[d] = c
            h[p], lab[p] = c, "mark"
        else:
            lab[p] = "dep" if head_verbal else "case"
    # 3. Coordinators go to the following conjunct.
    for c in range(n):
        if lab[c] != "cc" or h[c] is None:
            continue
        conj = [d for d in children(h[c]) if lab[d] == "conj" and d > c]
        if conj:
            h[c] = conj[0]
    # 4. Renames.
    for d in range(n):
        l = lab[d]
        if l == "aux" and tags[d] == "TO":
            l = "mark"
        elif l == "npadvmod":
            l = "obl:unmarked" if h[d] is not None and pos[h[d]] in VERBAL else "nmod:unmarked"
        else:
            l = RENAME.get(l, l)
        lab[d] = l
    # A tree with one root?
    roots = [d for d in range(n) if h[d] is None]
    if len(roots) != 1:
        return None
    for d in range(n):
        x, steps = d, 0
        while h[x] is not None:
            x = h[x]
            steps += 1
            if steps > n:
                return None
    for d in range(n):
        if h[d] is None:
            lab[d] = "root"
    return [0 if x is None else x + 1 for x in h], lab
