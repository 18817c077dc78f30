#!/usr/bin/env bash
# The binary on every corpus article that has a gold file, scored with
# ../shared/tools/check-record. Skips (77) without ../shared. Fails when a
# score falls below the floor reached so far (recorded here).
set -u
bin=$1; shared=${FB_SHARED:-}
[ -n "$shared" ] && [ -d "$shared/gold" ] || { echo "skip: no ../shared"; exit 77; }
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }
declare -A floor=( [karachi-police-office]=45 [wikinews-asylum]=17 [wikinews-stampede]=13 )
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fails=0 n=0
for g in "$shared"/gold/*.gold.json; do
  name=$(basename "$g" .gold.json)
  doc=$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["document"])' "$g")
  "$bin" -f json -o "$t/$name.json" "$shared/$doc" || { echo "not ok - $name: run failed"; fails=$((fails+1)); continue; }
  line=$(python3 "$shared/tools/check-record" "$g" "$t/$name.json" "$shared/$doc" | grep '^must:')
  echo "$name: $line"
  # the scorer's line is "must: N/M  all: N/M  false-alarms: N": anything else fails
  if ! [[ $line =~ ^must:\ ([0-9]+)/[0-9]+\ .*false-alarms:\ ([0-9]+) ]]; then
    echo "not ok - $name: cannot read the scorer's output"; fails=$((fails+1)); continue
  fi
  got=${BASH_REMATCH[1]} fa=${BASH_REMATCH[2]}
  if [ "$got" -lt "${floor[$name]:-0}" ] || [ "$fa" -gt 0 ]; then
    echo "not ok - $name fell below its floor of ${floor[$name]:-0} or raised false alarms"; fails=$((fails+1))
  fi
  n=$((n+1))
done
# every gold with a floor must have been scored
[ "$n" -ge "${#floor[@]}" ] || { echo "not ok - only $n gold articles scored"; fails=$((fails+1)); }
[ $fails -eq 0 ]
