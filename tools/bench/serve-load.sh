#!/usr/bin/env bash
# Load benchmark for `floorcross serve` (not a test): a record of 1,000,000 synthetic register
# memberships (what `bench-query` builds), the API's roster and seats under `oha` on loopback,
# while an `ingest` of a corpus writes into the same database. Prints oha's summaries.
#
#   cargo build --release && cargo install oha --locked
#   tools/bench/serve-load.sh [CORPUS_DIR] [SECONDS] [CONNECTIONS]
#
# Each endpoint runs twice: with one fixed URL, and with random parties, bodies and days
# (`--rand-regex-url`), so that no answer comes from a warm page cache alone. The articles
# held out for evaluation (corpora/EVAL.md) are left out of the ingest.
set -euo pipefail
cd "$(dirname "$0")/../.."
B=target/release/floorcross
CORPUS=${1:-../shared/corpora/bbc-politics}
SECS=${2:-15}
CONN=${3:-32}
WORK=${BENCH_DIR:-/tmp/floorcross-serve-load}
PORT=${PORT:-18090}
mkdir -p "$WORK"
DB=$WORK/bench.db
if [ ! -e "$DB" ]; then
  $B bench-query --memberships 1000000 --queries 200 --db "$DB"
fi
$B serve --db "$DB" --addr 127.0.0.1:$PORT > "$WORK/serve.out" 2> "$WORK/serve.log" &
SERVER=$!
trap 'touch "$WORK/stop"; kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q http "$WORK/serve.out" && break; sleep 0.2; done
A=http://127.0.0.1:$PORT/api/v1

# keep an ingest running for the whole measurement: a fresh copy of the corpus each round
# (document ids new to the database: this run's id and the round), so every round extracts
# and writes
# the articles held out for evaluation (corpora/EVAL.md lists them by number) are not read,
# not even as load
EVAL=$(dirname "$CORPUS")/EVAL.md
HELD=" $(awk '/^- `bbc-politics\//{on=1; next} /^- /{on=0} on' "$EVAL" 2>/dev/null | tr -s ' \n' ' ') "
rm -f "$WORK/stop"
RUN=$(date +%s)
(
  round=0
  while [ ! -e "$WORK/stop" ]; do
    round=$((round + 1))
    dir=$WORK/corpus-$round
    mkdir -p "$dir"
    for f in "$CORPUS"/*; do
      case "$HELD" in *" $(basename "$f" .txt) "*) continue ;; esac
      cp "$f" "$dir/$RUN-r$round-$(basename "$f")"
    done
    $B ingest --db "$DB" "$dir" >> "$WORK/ingest.log" 2>&1 || true
    rm -rf "$dir"
  done
) &
INGEST=$!
sleep 2

run() {
  echo "== $1"
  shift
  oha --no-tui -z "${SECS}s" -c "$CONN" "$@"
}
run "roster, one URL" "$A/roster?org=Synthetic%20Party%207&on=1990-06-01"
run "roster, random party and day" --rand-regex-url "$A/roster\?org=Synthetic%20Party%20[1-3]?[0-9]&on=(17[5-9]|18[0-9]|19[0-9]|20[01])[0-9]-0[1-9]-[12][0-8]"
run "seats in one body, one URL" "$A/seats?on=1990-06-01&body=Synthetic%20Body%203"
run "seats in one body, random body and day" --rand-regex-url "$A/seats\?on=(17[5-9]|18[0-9]|19[0-9]|20[01])[0-9]-0[1-9]-[12][0-8]&body=Synthetic%20Body%20[1-4]?[0-9]"
run "seats in every body, random day" --rand-regex-url "$A/seats\?on=(17[5-9]|18[0-9]|19[0-9]|20[01])[0-9]-0[1-9]-[12][0-8]"
# ~39,000 days: many of the line above are kept answers; a parameter the API ignores makes
# every URL new, so every answer is computed
run "seats in every body, random day, every answer computed" --rand-regex-url "$A/seats\?on=(17[5-9]|18[0-9]|19[0-9]|20[01])[0-9]-0[1-9]-[12][0-8]&nonce=[0-9]{9}"
touch "$WORK/stop"
wait $INGEST 2>/dev/null || true
echo "== ingest rounds during the run:"
grep -c '^ingested' "$WORK/ingest.log" || true
tail -2 "$WORK/ingest.log"
