#!/usr/bin/env bash
# One command to go from a fresh clone to a brief: installs what is
# missing, builds, and renders the bundled example article to out/.
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh build
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
mkdir -p out
build/factbrief -v examples/harbour-fire.txt -o out/harbour-fire.pdf --json out/harbour-fire.json
build/factbrief -f text examples/harbour-fire.txt
