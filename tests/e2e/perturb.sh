#!/usr/bin/env bash
# The perturbation test (perturb.py): restated counts in ../shared changed so
# both cannot be true must be caught; the unchanged articles raise no alarm.
# Skips (77) without ../shared or python3. The floor sits a little below the
# share reached: 6 of 6 cases (100%) when it was set; one miss is 83%.
set -u
bin=$1; shared=${FB_SHARED:-}
[ -n "$shared" ] && [ -d "$shared/corpus/wikinews" ] || { echo "skip: no ../shared"; exit 77; }
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }
here=$(cd "$(dirname "$0")" && pwd)
python3 "$here/perturb.py" "$bin" "$shared" --floor 80 --max-alarms 0.5 -v
