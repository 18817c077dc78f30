#!/usr/bin/env bash
# Static analysis of src/: cppcheck, then clang-tidy with the checks below,
# over the compile commands of a build folder (test.sh passes its normal
# build). A finding fails the run unless tests/lint/baseline.txt lists its
# file and check: that file names the findings known in code whose owner
# has them to fix; remove a line once its finding is gone.
# usage: tests/lint.sh BUILD-DIR
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: tests/lint.sh BUILD-DIR}
jobs=$(nproc)
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
status=0

# cppcheck: real defects and portability; style is the reviewers' job
cppcheck --enable=warning,portability,performance --std=c11 --inline-suppr \
  --suppress=missingIncludeSystem --include=tests/lint/cppcheck-defs.h -I src $(printf -- '-I %s ' src/*/) -q -j "$jobs" \
  --template='{file}:{line}: {severity}: {message} [{id}]' src/*.c src/*/*.c 2> "$out/cppcheck.txt"
grep -E '^src/' "$out/cppcheck.txt" | sed -E 's/^([^:]+):([0-9]+): [a-z]+: (.*) \[([A-Za-z0-9_]+)\]$/\1 cppcheck:\4 \2 \3/' > "$out/found.txt"

# clang-tidy: the static analyser and the bug-prone patterns, without the
# checks that are noise for this code (swappable parameters, widening of
# int products that cannot overflow, branch clones, insecure-API advice)
checks='-*,clang-analyzer-*,-clang-analyzer-security.insecureAPI.*,bugprone-*'
checks+=',-bugprone-easily-swappable-parameters,-bugprone-narrowing-conversions'
checks+=',-bugprone-reserved-identifier,-bugprone-implicit-widening-of-multiplication-result'
checks+=',-bugprone-branch-clone,cert-err34-c,cert-flp30-c,misc-redundant-expression'
if [ ! -f "$build/compile_commands.json" ]; then
  echo "lint: $build/compile_commands.json missing (configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)" >&2
  exit 2
fi
ls src/*.c src/*/*.c | xargs -P "$jobs" -n 1 clang-tidy -p "$build" --quiet -checks="$checks" \
  > "$out/tidy.txt" 2> /dev/null
grep -E '^/.*: (warning|error): ' "$out/tidy.txt" | sed "s|^$PWD/||" |
  sed -E 's/^([^:]+):([0-9]+):[0-9]+: [a-z]+: (.*) \[([A-Za-z0-9_.,-]+)\]$/\1 \4 \2 \3/' >> "$out/found.txt"

new=0 known=0
while read -r file check line msg; do
  if grep -qxF "$file $check" tests/lint/baseline.txt 2>/dev/null; then
    known=$((known + 1))
  else
    echo "lint: $file:$line: $msg [$check]"
    new=$((new + 1))
  fi
done < "$out/found.txt"
for b in $(sed -E '/^#|^$/d; s/ /|/' tests/lint/baseline.txt); do
  grep -q "^${b%%|*} ${b##*|} " "$out/found.txt" || echo "lint: note: baseline entry '${b/|/ }' no longer found; remove it"
done
echo "lint: $new new finding(s), $known known (tests/lint/baseline.txt)"
[ $new -eq 0 ]
