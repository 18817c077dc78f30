#!/usr/bin/env bash
# pdf_brief.sh - end-to-end checks of the PDF brief: the binary on the
# fixture article, and the hand-written fixture record rendered through
# test_render (so conflicts and claims are exercised whatever the analysis
# stages find). Usage: pdf_brief.sh FACTBRIEF; env FB_SRC = source dir.
set -u
bin=${1:?usage: pdf_brief.sh FACTBRIEF}
src=${FB_SRC:?FB_SRC not set}
# A missing tool skips (77) on a machine set up by hand; under ./test.sh
# (FB_REQUIRE_TOOLS=1, after scripts/deps.sh test) it is a failure, so no
# section of these checks can pass by not running.
need() {
	command -v "$1" >/dev/null && return 0
	[ -n "${FB_REQUIRE_TOOLS:-}" ] && { echo "FAIL: $1 not installed (scripts/deps.sh test)"; exit 1; }
	echo "skip: $1 not installed"; exit 77
}
for tool in qpdf pdffonts pdftotext pdfinfo pdfdetach gs; do need "$tool"; done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
export FACTBRIEF_HOME=$src

# Every font embedded, every font with a ToUnicode map; xref and streams sound.
check_pdf() {
	local pdf=$1
	qpdf --check "$pdf" >"$tmp/qpdf.txt" 2>&1 || { cat "$tmp/qpdf.txt"; bad "$pdf: qpdf --check"; }
	grep -q "No syntax or stream encoding errors" "$tmp/qpdf.txt" || bad "$pdf: qpdf found problems"
	pdffonts "$pdf" >"$tmp/fonts.txt" 2>"$tmp/fonts.err" || bad "$pdf: pdffonts"
	local n
	n=$(tail -n +3 "$tmp/fonts.txt" | wc -l)
	[ "$n" -ge 1 ] || bad "$pdf: no fonts"
	if tail -n +3 "$tmp/fonts.txt" | awk '{ if ($(NF-4) != "yes" || $(NF-2) != "yes") exit 1 }'; then :; else
		cat "$tmp/fonts.txt"; bad "$pdf: a font is not embedded or has no Unicode map"
	fi
	pdftotext -raw "$pdf" "$tmp/text.txt" 2>"$tmp/text.err" || bad "$pdf: pdftotext"
	if [ -s "$tmp/text.err" ]; then cat "$tmp/text.err"; bad "$pdf: poppler warnings"; fi
	grep -q "page 1 of" "$tmp/text.txt" || bad "$pdf: no 'page 1 of'"
}

# 1. The real binary on the fixture article.
"$bin" "$src/tests/fixtures/sample.txt" -o "$tmp/real.pdf" --json "$tmp/real.json" || bad "factbrief exited $?"
if [ -f "$tmp/real.pdf" ]; then
	check_pdf "$tmp/real.pdf"
	# The article section gives the text back, curly quotes and accents included.
	for s in "Two workers, two firefighters" "“nobody hesitated.”" "Hélène Dubois" "Nguyễn Văn Thành" "Ёлкин" "city’s"; do
		grep -qF "$s" "$tmp/text.txt" || bad "real.pdf: text lacks '$s'"
	done
	pdfinfo "$tmp/real.pdf" >"$tmp/info.txt"
	grep -q "^Author: *factbrief " "$tmp/info.txt" || bad "real.pdf: no author"
	grep -q "^Title: *Warehouse fire" "$tmp/info.txt" || bad "real.pdf: no title"
fi

# 2. The fixture record (conflicts, claims, sources), rendered by test_render.
render=./test_render
[ -x "$render" ] || render=$(dirname "$bin")/tests/test_render
if [ -x "$render" ]; then
	"$render" --render "$src/tests/fixtures/sample.record.json" "$src/tests/fixtures/sample.txt" "$tmp/fix.pdf" ||
		bad "test_render --render failed"
	check_pdf "$tmp/fix.pdf"
	for s in "Conflicts and items for review" "5 (2 + 2 + 1)" "4 (3 + 1)" \
		"5 (2 workers + 2 firefighters + 1 security guard) vs 4 (3 workers + 1 guard)" \
		"the hospitalised may be a subset of the injured" "≥ 4" "> 90" "≤ 3 h" "several" \
		"“Two workers, two firefighters" "CONFLICT" "REVIEW" "Artyom Ёлкин" "aliases-merged" "page 3 of 3"; do
		grep -qF -- "$s" "$tmp/text.txt" || bad "fix.pdf: text lacks '$s'"
	done
	pdfinfo "$tmp/fix.pdf" | grep -q "^CreationDate: .*2026" || bad "fix.pdf: creation date not from the record"
	# Quantities keep their spaces in a layout-preserving extraction too.
	pdftotext -layout "$tmp/fix.pdf" "$tmp/layout.txt" 2>/dev/null
	for s in "≥ 4" "≈ 6 h" "≤ 3 h" "5 (2 + 2 + 1)"; do
		grep -qF -- "$s" "$tmp/layout.txt" || bad "fix.pdf: -layout text lacks '$s'"
	done
	# The outline has the sections.
	qpdf --json --json-key=outlines "$tmp/fix.pdf" 2>/dev/null | grep -q '"title": "Claims"' || bad "fix.pdf: no outline entry 'Claims'"
	# Links, page labels, no stray destinations (see the script for what).
	qpdf --json "$tmp/fix.pdf" >"$tmp/fix.json" 2>/dev/null || bad "fix.pdf: qpdf --json"
	python3 "$src/tests/e2e/pdf_links.py" "$tmp/fix.json" || bad "fix.pdf: links, labels or destinations"
else
	bad "test_render not built: the fixture-record checks did not run"
fi

# 4. Archival (issue 6): attachments round trip, XMP, reproducibility.
{
	mkdir -p "$tmp/det"
	SOURCE_DATE_EPOCH=1790000000 "$bin" "$src/tests/fixtures/sample.txt" -o "$tmp/a.pdf" --json "$tmp/a.json" || bad "archival run"
	SOURCE_DATE_EPOCH=1790000000 "$bin" "$src/tests/fixtures/sample.txt" -o "$tmp/b.pdf" || bad "archival run 2"
	cmp -s "$tmp/a.pdf" "$tmp/b.pdf" || bad "two runs with SOURCE_DATE_EPOCH differ"
	pdfdetach -saveall -o "$tmp/det" "$tmp/a.pdf" || bad "pdfdetach"
	cmp -s "$tmp/det/sample.txt" "$src/tests/fixtures/sample.txt" || bad "attached article is not the input byte for byte"
	cmp -s "$tmp/det/sample.record.json" "$tmp/a.json" || bad "attached record differs from --json"
	pdfinfo -meta "$tmp/a.pdf" >"$tmp/meta.txt"
	grep -q "<pdfaid:part>3</pdfaid:part>" "$tmp/meta.txt" || bad "XMP lacks pdfaid:part 3"
	grep -q "Warehouse fire in Port Elmsford" "$tmp/meta.txt" || bad "XMP lacks the title"
	grep -q "<xmp:CreateDate>2026-09-21T" "$tmp/meta.txt" || bad "XMP date not from SOURCE_DATE_EPOCH"
	pdfinfo "$tmp/a.pdf" | grep -q "^PDF version: *1.7" || bad "not PDF 1.7"
	# --pdfa overrides the template: 1b (PDF 1.4, no attachments), none.
	"$bin" --pdfa 1b "$src/tests/fixtures/sample.txt" -o "$tmp/p1.pdf" || bad "--pdfa 1b exited $?"
	pdfinfo -meta "$tmp/p1.pdf" | grep -q "<pdfaid:part>1</pdfaid:part>" || bad "--pdfa 1b: XMP lacks part 1"
	pdfinfo "$tmp/p1.pdf" | grep -q "^PDF version: *1.4" || bad "--pdfa 1b: not PDF 1.4"
	[ "$(pdfdetach -list "$tmp/p1.pdf" | head -1)" = "0 embedded files" ] || bad "--pdfa 1b: has attachments"
	"$bin" --pdfa none "$src/tests/fixtures/sample.txt" -o "$tmp/pn.pdf" || bad "--pdfa none exited $?"
	pdfinfo -meta "$tmp/pn.pdf" | grep -q "pdfaid" && bad "--pdfa none: still claims PDF/A"
	"$bin" --pdfa 2u "$src/tests/fixtures/sample.txt" -o "$tmp/pu.pdf" 2>"$tmp/err.txt"
	[ $? -eq 2 ] && grep -q -- "--pdfa takes 1b, 3b or none" "$tmp/err.txt" || bad "--pdfa 2u: want exit 2 and a message"
	# Ghostscript re-writes the PDF; the text must survive (ToUnicode).
	gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -sOutputFile="$tmp/gs.pdf" "$tmp/a.pdf" >/dev/null 2>&1 || bad "gs failed"
	pdftotext -raw "$tmp/gs.pdf" - 2>/dev/null | grep -qF "Nguyễn Văn Thành" || bad "gs round trip lost the text"
}

# 5. No page ends with a heading: a section title, a group's label or its
# summary line stays with what follows (the example article has 3 groups).
"$bin" "$src/examples/harbour-fire.txt" -o "$tmp/h.pdf" || bad "harbour-fire: exited $?"
for pdf in "$tmp/h.pdf" "$tmp/fix.pdf"; do
	[ -f "$pdf" ] || continue
	n=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
	for ((p = 1; p < n; p++)); do
		last=$(pdftotext -layout -f $p -l $p "$pdf" - | grep -v "page $p of" | grep -v '^[[:space:]]*$' | tail -1)
		if printf '%s\n' "$last" | grep -qE '^[[:space:]]*(CONFLICT|REVIEW)[[:space:]]|claims?, [0-9]+ pairs? |^[[:space:]]*(Conflicts and items for review|Claims|Sources|Article)[[:space:]]*$'; then
			bad "$pdf: page $p ends with a heading: '$last'"
		fi
	done
done

# 6. The template's limits (issue 18): past max_claims, max_sources,
# max_article_pages and max_parts the brief says how many it left out,
# and the attached record still holds everything.
{
	echo "Storm damage along the coast"
	echo
	echo "Two police officers and three rangers were killed on Sunday, the army said."
	for i in $(seq 1 60); do
		echo
		printf 'Harbourmaster %s Quayle%s said %d boats were damaged at pier %d.\n' "$i" "$(printf '%03d' $i | tr 0-9 a-j)" $((i % 7 + 2)) "$i"
	done
} >"$tmp/limits.txt"
sed -e 's/^max_claims .*/max_claims = 5/' -e 's/^max_sources .*/max_sources = 4/' \
	-e 's/^max_article_pages .*/max_article_pages = 1/' -e 's/^max_parts .*/max_parts = 1/' \
	"$src/templates/brief" >"$tmp/limits.tpl"
grep -q '^max_claims = 5' "$tmp/limits.tpl" && grep -q '^max_parts = 1' "$tmp/limits.tpl" || bad "limits: template not edited"
"$bin" -q -t "$tmp/limits.tpl" "$tmp/limits.txt" -o "$tmp/limits.pdf" --json "$tmp/limits.json" || bad "limits: factbrief exited $?"
if [ -f "$tmp/limits.pdf" ]; then
	check_pdf "$tmp/limits.pdf"
	tr '\n' ' ' <"$tmp/text.txt" >"$tmp/flat.txt"
	nclaims=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["claims"]))' "$tmp/limits.json")
	nsrc=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["sources"]))' "$tmp/limits.json")
	[ "$nclaims" -gt 10 ] && [ "$nsrc" -gt 8 ] || bad "limits: the record has $nclaims claims, $nsrc sources; want more"
	for s in "$((nclaims - 5)) more claims not shown here (the template's max_claims is 5)" \
		"$((nsrc - 4)) more sources not shown here (the template's max_sources is 4)" \
		"the JSON record attached to this PDF lists them all" "The article is cut here, after the template's max_article_pages (1)"; do
		grep -qF -- "$s" "$tmp/flat.txt" || bad "limits.pdf: text lacks '$s'"
	done
	# an enumeration's parts past max_parts, when the analysis found one
	nparts=$(python3 -c 'import json,sys; print(max([len((c.get("quantity") or {}).get("parts") or []) for c in json.load(open(sys.argv[1]))["claims"]] + [0]))' "$tmp/limits.json")
	if [ "$nparts" -gt 1 ]; then
		more=$((nparts - 1)) word=parts
		[ $more -eq 1 ] && word=part
		grep -qF -- "… $more more $word)" "$tmp/flat.txt" || bad "limits.pdf: text lacks '… $more more $word)'"
	fi
	grep -qF "Harbourmaster 60 " "$tmp/flat.txt" && bad "limits.pdf: the last paragraph is shown despite max_article_pages"
	if command -v pdfdetach >/dev/null; then
		mkdir -p "$tmp/ldet"
		pdfdetach -saveall -o "$tmp/ldet" "$tmp/limits.pdf" || bad "limits: pdfdetach"
		cmp -s "$tmp/ldet/limits.record.json" "$tmp/limits.json" || bad "limits: the attached record is not the whole record"
	fi
fi
# The same article with the shipped template: nothing left out.
"$bin" -q "$tmp/limits.txt" -o "$tmp/nolimits.pdf" || bad "nolimits: factbrief exited $?"
if [ -f "$tmp/nolimits.pdf" ]; then
	check_pdf "$tmp/nolimits.pdf"
	grep -qF "not shown" "$tmp/text.txt" && bad "nolimits.pdf: says something was left out"
	grep -qF "Harbourmaster 60 " "$tmp/text.txt" || bad "nolimits.pdf: lacks the last paragraph"
fi

# 2b. What the fonts cannot carry: a character outside the BMP is drawn as
# U+FFFD (our CID fonts are 16-bit), measured and drawn alike.
printf 'Rescue\n\nRescuers \360\237\230\200 found five people alive, officials said.\n' >"$tmp/astral.txt"
"$bin" -q "$tmp/astral.txt" -o "$tmp/astral.pdf" || bad "astral: factbrief exited $?"
if [ -f "$tmp/astral.pdf" ]; then
	check_pdf "$tmp/astral.pdf"
	grep -qF "Rescuers � found five" "$tmp/text.txt" || bad "astral.pdf: no U+FFFD for the emoji"
fi

# 2c. Characters the fonts cannot draw: the brief is made, with one warning
# line naming the first of them; none with -q, none for an article the
# fonts cover.
printf 'Tokyo\n\nOfficials in \346\235\261\344\272\254 said 12 people were hurt.\n' >"$tmp/cjk.txt"
"$bin" "$tmp/cjk.txt" -o "$tmp/cjk.pdf" 2>"$tmp/cjk.err" || bad "cjk: factbrief exited $?"
[ -f "$tmp/cjk.pdf" ] || bad "cjk: no brief"
[ "$(wc -l <"$tmp/cjk.err")" -eq 1 ] && grep -q "warning: .*cjk.txt: 2 characters .*no glyph.*U+4EAC" "$tmp/cjk.err" ||
	{ cat "$tmp/cjk.err"; bad "cjk: no one-line warning for the missing glyphs"; }
"$bin" -q "$tmp/cjk.txt" -o "$tmp/cjk.pdf" 2>"$tmp/cjk.err" || bad "cjk -q: factbrief exited $?"
[ -s "$tmp/cjk.err" ] && { cat "$tmp/cjk.err"; bad "cjk -q: a warning despite -q"; }
"$bin" "$src/tests/fixtures/sample.txt" -o "$tmp/quiet.pdf" 2>"$tmp/sample.err" || bad "sample: factbrief exited $?"
grep -q 'no glyph' "$tmp/sample.err" && { cat "$tmp/sample.err"; bad "sample: a glyph warning for an article the fonts cover"; }

# 3. A bad template is refused with file:line.
printf 'page = A4\ncolour = #000000\n' >"$tmp/bad"
"$bin" -t "$tmp/bad" "$src/tests/fixtures/sample.txt" -o "$tmp/x.pdf" 2>"$tmp/err.txt"
[ $? -eq 2 ] || bad "bad template: exit status not 2"
grep -q "bad:2: unknown key 'colour'" "$tmp/err.txt" || { cat "$tmp/err.txt"; bad "bad template: message"; }

[ $fail -eq 0 ] && echo "ok"
exit $fail
