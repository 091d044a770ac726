#!/usr/bin/env bash
# Runs every EntSync test on a fresh Debian machine; CI calls exactly this through .ci/run.
# Later issues add real servers (SFTP, FTP, SMTP, WebDAV) started here before the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

status=0
dotnet test EntSync.sln --nologo --logger "trx" --results-directory "$results" || status=$?

# One closing line for every runner that reads it: "N passed, N failed, N skipped".
passed=0; failed=0; skipped=0; total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  t=$(get total); p=$(get passed); f=$(get failed); e=$(get error)
  total=$((total + ${t:-0})); passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
done
skipped=$((total - passed - failed))
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"

if [ "$total" -eq 0 ]; then
  echo "Aucun test n'a été exécuté." >&2
  exit 1
fi
exit "$status"
