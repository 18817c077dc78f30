#!/usr/bin/env bash
# pdf_preflight.sh - the briefs through Apache PDFBox Preflight (a PDF/A-1b
# validator; Debian libpdfbox2-java): --pdfa 1b output must be valid; the
# default PDF/A-3b output may break only the rules PDF/A-3 lifts (the part
# number, embedded files). Skips (77) only when java is absent and FB_REQUIRE_TOOLS is unset; missing jars
# fail with the package to install. One JVM per file.
# Usage: pdf_preflight.sh FACTBRIEF; env FB_SRC = source dir.
set -u
bin=${1:?usage: pdf_preflight.sh FACTBRIEF}
src=${FB_SRC:?FB_SRC not set}
if ! command -v java >/dev/null; then
	[ -n "${FB_REQUIRE_TOOLS:-}" ] && { echo "FAIL: java not installed (scripts/deps.sh test)"; exit 1; }
	echo "skip: java not installed (scripts/deps.sh test)"; exit 77
fi
jars=/usr/share/java
cp=""
for j in preflight pdfbox2 fontbox2 xmpbox commons-logging javax.activation jaxb-api; do
	[ -f "$jars/$j.jar" ] || { echo "FAIL: $jars/$j.jar missing (scripts/deps.sh test installs libpdfbox2-java libactivation-java libjaxb-api-java)"; exit 1; }
	cp="$cp${cp:+:}$jars/$j.jar"
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
export FACTBRIEF_HOME=$src

# Prints Preflight's report for $1 into $tmp/pf.txt; returns its status.
preflight() {
	java -cp "$cp" org.apache.pdfbox.preflight.Validator_A1b "$1" >"$tmp/pf.txt" 2>&1
}

# --pdfa 1b: valid, on the example article and the fixture article.
for art in "$src/examples/harbour-fire.txt" "$src/tests/fixtures/sample.txt"; do
	name=$(basename "$art" .txt)
	"$bin" --pdfa 1b "$art" -o "$tmp/$name-1b.pdf" || { bad "$name: factbrief --pdfa 1b exited $?"; continue; }
	if preflight "$tmp/$name-1b.pdf" && grep -q "is a valid PDF/A-1b file" "$tmp/pf.txt"; then :; else
		cat "$tmp/pf.txt"; bad "$name: --pdfa 1b output is not valid PDF/A-1b"
	fi
done

# The fixture record (conflict cards, links to claim rows and paragraphs)
# through test_render with a 1b template.
render=./test_render
[ -x "$render" ] || render=$(dirname "$bin")/tests/test_render
if [ -x "$render" ]; then
	sed 's/^pdfa *=.*/pdfa = 1b/' "$src/templates/brief" >"$tmp/brief-1b"
	grep -q '^pdfa = 1b$' "$tmp/brief-1b" || bad "could not make a 1b template"
	if "$render" --render "$src/tests/fixtures/sample.record.json" "$src/tests/fixtures/sample.txt" "$tmp/fix.pdf" "$tmp/brief-1b"; then
		if preflight "$tmp/fix.pdf" && grep -q "is a valid PDF/A-1b file" "$tmp/pf.txt"; then :; else
			cat "$tmp/pf.txt"; bad "fixture record: 1b output is not valid PDF/A-1b"
		fi
	else
		bad "test_render --render failed"
	fi
fi

# The default (3b): Preflight checks part 1, so it must object, and only
# to the part number (7.11.2) and the embedded files (1.2.9, 1.4.7).
"$bin" "$src/tests/fixtures/sample.txt" -o "$tmp/sample-3b.pdf" || bad "factbrief (3b) exited $?"
if preflight "$tmp/sample-3b.pdf"; then
	cat "$tmp/pf.txt"; bad "3b output passed as PDF/A-1b: it should declare part 3 and carry attachments"
else
	grep -q "^7.11.2 : .*part must be 1" "$tmp/pf.txt" || { cat "$tmp/pf.txt"; bad "3b: no part-number error"; }
	grep -q "^1.2.9 : .*EmbeddedFile" "$tmp/pf.txt" || { cat "$tmp/pf.txt"; bad "3b: no embedded files seen"; }
	others=$(grep -E '^[0-9]+(\.[0-9]+)+ : ' "$tmp/pf.txt" | grep -vE '^7\.11\.2 : .*part must be 1|^1\.2\.9 : .*EmbeddedFile|^1\.4\.7 : .*EmbeddedFile')
	[ -z "$others" ] || { echo "$others"; bad "3b: errors other than the part number and embedded files"; }
fi

# --compare: the brief of two reports, 1b valid; 3b with both reports
# attached breaks only the rules part 3 lifts.
ra=$src/examples/compare/ridgeway-wire.txt rb=$src/examples/compare/ridgeway-courier.txt
"$bin" -q --pdfa 1b --compare "$ra" "$rb" -o "$tmp/cmp-1b.pdf" || bad "--compare --pdfa 1b exited $?"
if preflight "$tmp/cmp-1b.pdf" && grep -q "is a valid PDF/A-1b file" "$tmp/pf.txt"; then :; else
	cat "$tmp/pf.txt"; bad "--compare: 1b output is not valid PDF/A-1b"
fi
"$bin" -q --compare "$ra" "$rb" -o "$tmp/cmp-3b.pdf" || bad "--compare (3b) exited $?"
preflight "$tmp/cmp-3b.pdf"
others=$(grep -E '^[0-9]+(\.[0-9]+)+ : ' "$tmp/pf.txt" | grep -vE '^7\.11\.2 : .*part must be 1|^1\.2\.9 : .*EmbeddedFile|^1\.4\.7 : .*EmbeddedFile')
[ -z "$others" ] && grep -q "^1.2.9 : .*EmbeddedFile" "$tmp/pf.txt" || { cat "$tmp/pf.txt"; bad "--compare 3b: errors other than the part number and embedded files"; }

[ $fail -eq 0 ] && echo "ok"
exit $fail
