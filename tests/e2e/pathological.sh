#!/usr/bin/env bash
# End to end: a quarter megabyte of each pathological pattern must finish in time
# and scale linearly (pathological.py). Normal build only: under the
# sanitizers the timings mean nothing, so the test is skipped (77).
set -u
bin=$1
if ldd "$bin" 2>/dev/null | grep -q 'libasan'; then
  echo "ok - pathological inputs # SKIP sanitizer build; timings need the normal build"
  exit 77
fi
# A quarter megabyte per family keeps CI short; `--size 1048576` by hand
# runs the full megabyte.
exec python3 "$(dirname "$0")/pathological.py" "$bin" --size "${FB_PATHOLOGICAL_SIZE:-262144}" --timeout "${FB_PATHOLOGICAL_TIMEOUT:-15}"
