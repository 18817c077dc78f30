#!/usr/bin/env bash
# Installs the Debian packages factbrief needs, only those missing.
# usage: scripts/deps.sh build|test
set -euo pipefail
build_pkgs=(cmake gcc make pkg-config libhpdf-dev libpcre2-dev libcmocka-dev
  libjansson-dev libfontconfig-dev fonts-dejavu-core libssl-dev libdeflate-dev zlib1g-dev icc-profiles-free)
test_pkgs=(poppler-utils qpdf python3 ghostscript valgrind parallel
  default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java
  wordnet-base  # the generated word lists, checked against their scripts
  cppcheck clang-tidy clang libclang-rt-14-dev)  # last line: lint and libFuzzer
want=("${build_pkgs[@]}")
[ "${1:-build}" = test ] && want+=("${test_pkgs[@]}")
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "factbrief: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
