#!/usr/bin/env bash
# bench/run.sh - builds fb-bench optimised and times every stage of
# factbrief, then the JavaScript peers on the same text (when node is
# here), and prints our throughput against theirs.
#
# usage: bench/run.sh [fb-bench options]      e.g. --runs 9, --no-big, --only synth
# env:   FB_BENCH_BUILD (build folder, default build-bench), PEER_RUNS (3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${FB_BENCH_BUILD:-$root/build-bench}
shared=${FB_SHARED:-$root/../shared}
[ -d "$shared/corpus" ] || { echo "bench: $shared/corpus not found (set FB_SHARED)" >&2; exit 1; }

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target fb-bench factbrief >/dev/null

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
echo "== $(uname -srm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "== $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
"$build/fb-bench" --shared "$shared" --src "$root" --binary "$build/factbrief" --json "$tmp/fb.jsonl" "$@"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "bench: node and npm not found: the JavaScript peers are skipped"
  exit 0
fi
if [ ! -d "$here/peers/node_modules/compromise" ] || [ ! -d "$here/peers/node_modules/@microsoft/recognizers-text-suite" ]; then
  echo "bench: installing the JavaScript peers into bench/peers (npm)"
  (cd "$here/peers" && npm install --no-audit --no-fund --silent) || { echo "bench: npm install failed: peers skipped"; exit 0; }
fi
"$build/fb-bench" --shared "$shared" --src "$root" --no-big --dump "$tmp/in" > "$tmp/cases.tsv"
cases=()
while IFS=$'\t' read -r name bytes articles; do
  if [ -d "$tmp/in/$name" ]; then cases+=("$name=$tmp/in/$name"); else cases+=("$name=$tmp/in/$name.txt"); fi
done < "$tmp/cases.tsv"
echo
echo "== JavaScript peers (node $(node --version)), one paragraph at a time, ${PEER_RUNS:-3} runs, inputs up to 1.1 MB"
node "$here/peers/peers.mjs" --runs "${PEER_RUNS:-3}" --budget 120 --max-bytes 1100000 \
  --ours "$tmp/fb.jsonl" --out "$tmp/peers.jsonl" "${cases[@]}"
