#!/usr/bin/env bash
# Regenerates the golden files of tests/golden: the record (-f json) and the
# text summary (-f text) of each of our own example and test articles, made
# with SOURCE_DATE_EPOCH fixed from the source folder (paths as given).
# Run it after a change that is meant to change the output, and read the
# diff (git diff tests/golden) before committing it.
# Usage: scripts/update-golden.sh [BINARY]   (default build/factbrief)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/factbrief}
. tests/golden/articles.sh
export SOURCE_DATE_EPOCH=1700000000
for art in "${golden_articles[@]}"; do
  name=$(basename "$art" .txt)
  "$bin" -f json --pretty "$art" > "tests/golden/$name.json"
  "$bin" -f text "$art" > "tests/golden/$name.txt"
done
echo "tests/golden: ${#golden_articles[@]} articles written"
