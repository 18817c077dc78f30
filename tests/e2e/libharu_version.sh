#!/usr/bin/env bash
# The libharu decision (README, "Dependencies"): the PDF repairs read
# libharu 2.3.0's private structures, so configuring against any other
# version must stop at cmake time, naming the version needed. A copy of the
# installed headers, relabelled 2.4.0, stands in for another libharu.
set -u
src=${FB_SRC:?}
inc=$(dirname "$(echo '#include <hpdf.h>' | cc -E -H -x c - 2>&1 >/dev/null | grep -m1 'hpdf.h$' | sed 's/^\.* //')")
[ -f "$inc/hpdf_version.h" ] || { echo "not ok - hpdf_version.h not found"; exit 1; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
mkdir "$t/inc"
cp "$inc"/hpdf*.h "$t/inc/"
sed -i 's/"2\.3\.0"/"2.4.0"/; s/20300/20400/; s/MINOR_VERSION 3/MINOR_VERSION 4/' "$t/inc/hpdf_version.h"
fails=0
cmake -S "$src" -B "$t/b" -DHPDF_INCLUDE_DIR="$t/inc" -DFB_TESTS=OFF > "$t/out" 2>&1; rc=$?
if [ $rc -ne 0 ] && grep -q "needs libharu 2.3.0" "$t/out" && grep -q "2.4.0" "$t/out"; then
  echo "ok - libharu 2.4.0 refused at configure time, naming 2.3.0"
else
  echo "not ok - libharu 2.4.0 was not refused (cmake status $rc)"; tail -5 "$t/out"; fails=1
fi
# the same source with the real headers configures
cmake -S "$src" -B "$t/c" -DHPDF_INCLUDE_DIR="$inc" -DFB_TESTS=OFF > "$t/out2" 2>&1 \
  && echo "ok - libharu 2.3.0 accepted" || { echo "not ok - 2.3.0 refused"; tail -5 "$t/out2"; fails=1; }
exit $fails
