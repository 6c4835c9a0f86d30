#!/usr/bin/env python3
"""Which uk-news-dev articles are the check set and which the tuning set.

The rule was fixed before any annotation and before floorcross ever read these texts:
an article is in the check set when the SHA-256 of its publication date (the YYYY-MM-DD in
its file name) starts with a hex digit 0-5. Articles of the same day (often the same story
from several outlets) therefore fall on the same side.

  python3 tools/uk_news_split.py [CORPUS_DIR]   # prints "check|tune<TAB>file stem"
"""
import hashlib
import os
import sys


def is_check(stem: str) -> bool:
    return hashlib.sha256(stem[2:12].encode()).hexdigest()[0] in "012345"


def main() -> None:
    d = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/uk-news-dev"
    for f in sorted(os.listdir(d)):
        if f.startswith("d-") and f.endswith(".txt"):
            stem = f[:-4]
            print(("check" if is_check(stem) else "tune") + "\t" + stem)


if __name__ == "__main__":
    main()
