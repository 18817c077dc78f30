#!/usr/bin/env bash
# `cmake --install` puts the binary, data, templates, fonts folder and man
# page in place, and the installed binary finds its data from anywhere.
set -u
bin=$1; src=${FB_SRC:?}
build=$(dirname "$bin")
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fails=0
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fails=$((fails+1)); fi; }
cmake --install "$build" --prefix "$t/prefix" >/dev/null 2>&1
check "install succeeds" "[ -x $t/prefix/bin/factbrief ]"
check "data installed" "[ -f $t/prefix/share/factbrief/data/measures.tsv ]"
check "template installed" "[ -f $t/prefix/share/factbrief/templates/brief ]"
check "man page installed" "[ -f $t/prefix/share/man/man1/factbrief.1 ]"
mkdir -p "$t/elsewhere"; cp "$src/examples/harbour-fire.txt" "$t/elsewhere/a.txt"
(cd "$t/elsewhere" && env -u FACTBRIEF_HOME "$t/prefix/bin/factbrief" -q a.txt -o a.pdf --json a.json)
check "installed binary renders from another folder" "[ -s $t/elsewhere/a.pdf ] && [ -s $t/elsewhere/a.json ]"
# it reads the installed data, not the source tree: an editor's word added
# there is used
printf 'fizzled\tfizzled\tpeople\n' >> "$t/prefix/share/factbrief/data/measures.tsv"
printf 'Three rockets fizzled out on Monday.\n\nFour rockets fizzled out, the army said.\n' > "$t/elsewhere/b.txt"
(cd "$t/elsewhere" && env -u FACTBRIEF_HOME "$t/prefix/bin/factbrief" -f json b.txt > b.json)
check "installed data files are the ones read" "grep -q '\"measure\": *\"fizzled\"' $t/elsewhere/b.json"
echo "install: $fails failed"
[ $fails -eq 0 ]
