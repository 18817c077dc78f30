#!/usr/bin/env bash
# End to end: the PDF brief on the shapes of issue 18 (a long enumeration,
# one speaker's thousands of paragraphs, one paragraph of thousands of
# sentences, one long word, deep quote nesting, thousands of sources) at a
# tenth of a megabyte and a megabyte: 10x the input may cost at most 15x the
# CPU time and memory, the brief keeps to the template's limits, and its
# peak memory is at most 13 bytes a byte of input above the analysis's own
# (pathological.py --brief). Normal build only: under the sanitizers the
# timings mean nothing, so the test is skipped (77).
set -u
bin=$1
if ldd "$bin" 2>/dev/null | grep -q 'libasan'; then
  echo "ok - pathological briefs # SKIP sanitizer build; timings need the normal build"
  exit 77
fi
exec python3 "$(dirname "$0")/pathological.py" "$bin" --brief --size "${FB_PATHOLOGICAL_PDF_SIZE:-1000000}" --timeout "${FB_PATHOLOGICAL_TIMEOUT:-30}"
