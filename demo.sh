#!/usr/bin/env bash
# Opens the shmex writer and reader side by side, as two processes on the default region, with the
# sample image loaded in the writer. Extra arguments go to both apps (e.g. --region demo).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-deps.sh
shmex_ensure_deps --gui

echo "shmex: building (first run downloads dependencies)..." >&2
mvn -B -q -DskipTests install

args="$*"
mvn -B -q -pl writer-app validate exec:exec -Dapp.args="--window-position left $args" &
writer=$!
mvn -B -q -pl reader-app validate exec:exec -Dapp.args="--window-position right --follow $args" &
reader=$!
trap 'kill $writer $reader 2>/dev/null || true' INT TERM
wait $writer $reader
