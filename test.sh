#!/usr/bin/env bash
# Runs every test of the solution against real servers: starts an isolated RabbitMQ node and a
# MongoDB-wire server on free loopback ports (deploy/local/start-servers.sh), runs
# `dotnet test Timeline.sln` against them, stops them again, and exits non-zero if anything failed.
# Extra arguments go to dotnet test (for example: ./test.sh --filter FullyQualifiedName~Extraction).
set -uo pipefail
cd "$(dirname "$0")"

export TIMELINE_STATE_DIR="$PWD/.local/test-run"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
deploy/local/stop-servers.sh >/dev/null 2>&1 || true

# The page test drives Debian's Chromium with playwright-core (which downloads no browser of its own).
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM:-}" ] && [ "$(id -u)" -eq 0 ]; then
  echo "test.sh: installing Debian's chromium for the page test" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d tests/browser/node_modules/playwright-core ] || [ ! -d tests/browser/node_modules/axe-core ]; then
  npm install --silent --no-audit --no-fund --prefix tests/browser >/dev/null
fi
if ! deploy/local/start-servers.sh >/dev/null; then
  echo "test.sh: the test servers did not start (see above)." >&2
  exit 1
fi
trap 'deploy/local/stop-servers.sh' EXIT
# shellcheck disable=SC1091
source "$TIMELINE_STATE_DIR/servers.env"

results="$PWD/TestResults"
rm -rf "$results"
dotnet test Timeline.sln -c Release --logger trx --results-directory "$results" "$@"
status=$?
trap - EXIT
deploy/local/stop-servers.sh

# One line for every test assembly together, from the TRX reports.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
