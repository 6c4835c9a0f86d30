#!/usr/bin/env bash
# Every battery's summary line: tools/constructions/run_all.sh [BINARY]
cd "$(dirname "$0")"
for f in *.py; do
  [ "$f" = common.py ] && continue
  printf '%-20s %s\n' "$f" "$(python3 "$f" "$@" | tail -1)"
done
