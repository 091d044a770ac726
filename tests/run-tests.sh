#!/usr/bin/env bash
# Runs every EntSync test on a fresh Debian machine; CI calls exactly this through .ci/run.
# As root (CI is root) it first installs and starts the real test servers on 127.0.0.1 (tests/servers/).
set -euo pipefail
cd "$(dirname "$0")/.."

results="$(mktemp -d)"
export ENTSYNC_TEST_SERVERS="${ENTSYNC_TEST_SERVERS:-/tmp/entsync-test-servers}"
cleanup() {
  rm -rf "$results"
  if [ "$(id -u)" -eq 0 ]; then bash tests/servers/serveurs-de-test.sh stop || true; fi
}
trap cleanup EXIT

if [ "$(id -u)" -eq 0 ]; then
  bash tests/servers/serveurs-de-test.sh install
  bash tests/servers/serveurs-de-test.sh start
else
  echo "Pas root : serveurs de test non installés ; les tests d'intégration qui en ont besoin seront ignorés (hors CI)."
fi

status=0
dotnet test EntSync.sln --nologo --logger "trx" --results-directory "$results" || status=$?

# The Windows build is part of the tests: Windows-only code (service lifetime, DPAPI, ACLs) must compile, with
# warnings as errors (CA1416 platform checks included), although it cannot run here.
if dotnet build src/EntSync.Worker -r win-x64 --nologo -v q; then
  echo "build win-x64 : réussi"
else
  echo "build win-x64 : ÉCHEC" >&2
  status=1
fi

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
