#!/usr/bin/env bash
# Whole-process throughput of `timeline tag --jsonl` against chrono-node 2.10.3 on the same input, in the same run.
#   benchmarks/tagger-throughput.sh            # 9 MB of news, 3 timed runs each
#   MEGABYTES=20 RUNS=5 benchmarks/tagger-throughput.sh
# Prints MB/s for both, their ratio, and how many expressions each found. Needs the .NET SDK, node/npm, python3
# and hyperfine (Debian package).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
megabytes="${MEGABYTES:-9}"
runs="${RUNS:-3}"

dotnet build "$root/services/Timeline.Cli" -c Release --nologo -v quiet >/dev/null
timeline="$root/services/Timeline.Cli/bin/Release/net10.0/timeline"
python3 "$root/benchmarks/news-corpus.py" --megabytes "$megabytes" > "$work/news.jsonl"
npm install --silent --no-audit --no-fund --prefix "$work/chrono" chrono-node@2.10.3 >/dev/null
cp "$root/benchmarks/chrono-tag.mjs" "$work/chrono/"

hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/times.json" \
  --command-name "timeline tag --jsonl" "$timeline tag --jsonl < $work/news.jsonl > $work/timeline.out" \
  --command-name "chrono-node 2.10.3" "node $work/chrono/chrono-tag.mjs < $work/news.jsonl > $work/chrono.out" >&2

python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
size = os.path.getsize(os.path.join(work, "news.jsonl")) / 1e6
times = {r["command"]: r for r in json.load(open(os.path.join(work, "times.json")))["results"]}
def found(name):
    return sum(len(json.loads(l).get("timexes") or []) for l in open(os.path.join(work, name)))
rows = [("timeline tag --jsonl", "timeline.out"), ("chrono-node 2.10.3", "chrono.out")]
print(f"input: {size:.1f} MB of news JSON lines, {os.cpu_count()} cores, mean of {len(times[rows[0][0]]['times'])} runs")
print(f"| program | mean s | ± s | MB/s | expressions found |")
print(f"|---|---|---|---|---|")
rate = {}
for name, out in rows:
    r = times[name]
    rate[name] = size / r["mean"]
    print(f"| {name} | {r['mean']:.2f} | {r['stddev']:.2f} | {rate[name]:.1f} | {found(out)} |")
print(f"ratio timeline / chrono-node: {rate[rows[0][0]] / rate[rows[1][0]]:.2f}")
PY
