#!/usr/bin/env bash
# Whole-process throughput of `timeline tag --jsonl` against chrono-node 2.10.3 on the same input, in the same run.
#   benchmarks/tagger-throughput.sh            # 9 MB of news, 5 timed runs each
#   MEGABYTES=20 RUNS=10 benchmarks/tagger-throughput.sh
# The CLI is measured as users run it: published ahead of time (dotnet publish), once on one thread
# (--parallel 1) and once with its default of one document per processor. chrono-node runs on one thread.
# Prints, for each, wall-clock MB/s, CPU seconds and MB per CPU second (the per-core rate), the ratios to
# chrono-node, and how many expressions each found. Needs the .NET SDK with gcc or clang (for the native build), node/npm, python3 and hyperfine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
megabytes="${MEGABYTES:-9}"
runs="${RUNS:-5}"

dotnet publish "$root/services/Timeline.Cli" -c Release -o "$work/cli" --nologo -v quiet >/dev/null
timeline="$work/cli/timeline"
python3 "$root/benchmarks/news-corpus.py" --megabytes "$megabytes" > "$work/news.jsonl"
npm install --silent --no-audit --no-fund --prefix "$work/chrono" chrono-node@2.10.3 >/dev/null
cp "$root/benchmarks/chrono-tag.mjs" "$work/chrono/"

hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/times.json" \
  --command-name "timeline tag --jsonl --parallel 1" "$timeline tag --jsonl --parallel 1 < $work/news.jsonl > $work/timeline-1.out" \
  --command-name "timeline tag --jsonl" "$timeline tag --jsonl < $work/news.jsonl > $work/timeline.out" \
  --command-name "chrono-node 2.10.3" "node $work/chrono/chrono-tag.mjs < $work/news.jsonl > $work/chrono.out" >&2

cmp -s "$work/timeline-1.out" "$work/timeline.out" || { echo "the parallel run wrote a different result" >&2; exit 1; }
python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
size = os.path.getsize(os.path.join(work, "news.jsonl")) / 1e6
times = {r["command"]: r for r in json.load(open(os.path.join(work, "times.json")))["results"]}
def found(name):
    return sum(len(json.loads(l).get("timexes") or []) for l in open(os.path.join(work, name)))
rows = [("timeline tag --jsonl --parallel 1", "timeline-1.out"), ("timeline tag --jsonl", "timeline.out"), ("chrono-node 2.10.3", "chrono.out")]
print(f"input: {size:.1f} MB of news JSON lines, {os.cpu_count()} cores, mean of {len(times[rows[0][0]]['times'])} runs")
print("| program | wall s | ± s | MB/s | CPU s | MB per CPU s | expressions found |")
print("|---|---|---|---|---|---|---|")
wall, cpu = {}, {}
for name, out in rows:
    r = times[name]
    seconds = r["user"] + r["system"]
    wall[name], cpu[name] = size / r["mean"], size / seconds
    print(f"| {name} | {r['mean']:.2f} | {r['stddev']:.2f} | {wall[name]:.1f} | {seconds:.2f} | {cpu[name]:.1f} | {found(out)} |")
chrono = rows[2][0]
for name, _ in rows[:2]:
    print(f"{name} / chrono-node: {wall[name] / wall[chrono]:.2f}x by the clock, {cpu[name] / cpu[chrono]:.2f}x per CPU second")
PY
