#!/usr/bin/env bash
# End to end: hostile input, one row of a table per case. Every bad input
# must end with exit status 2, one line on standard error naming the file
# (and the line or byte offset where it helps), no output file and no
# temporary file left; every odd but valid input must give a brief. Also
# failed writes (read-only folder, full disk, file size limit), batches
# with bad members, and batches killed by SIGINT/SIGTERM. cli.sh covers the
# plainest cases (empty file, NUL, one overlong form, UTF-16 LE with BOM,
# missing file, folder, --max-bytes); this script does not repeat them.
set -u
bin=$1; src=${FB_SRC:?}
t=$(mktemp -d); mnt=""
cleanup() { [ -n "$mnt" ] && umount "$mnt" 2>/dev/null; rm -rf "$t"; }
trap cleanup EXIT
fails=0 passes=0 todo=0
ok() { echo "ok - $1"; passes=$((passes+1)); }
notok() { echo "not ok - $1${2:+ ($2)}"; fails=$((fails+1)); }
check() { if eval "$2"; then ok "$1"; else notok "$1"; fi; }
export SOURCE_DATE_EPOCH=1700000000
# Under the sanitizers the large inputs shrink (pathological.sh times the
# full-size ones in the normal build).
if ldd "$bin" 2>/dev/null | grep -q 'libasan'; then big=0; else big=1; fi
limit=60 # seconds any one run may take: a hang is a failure
mkdir -p "$t/in" "$t/out"
o=$t/out

# no_leftovers DIR: no temporary file of ours in DIR.
no_leftovers() { [ -z "$(find "$1" -name '.factbrief-*' 2>/dev/null)" ]; }

# bad NAME FILE PATTERN [ARGS...]: exit 2, exactly one line on standard
# error that names FILE and matches the extended regex PATTERN, no output.
bad() {
  local name=$1 file=$2 pat=$3; shift 3
  rm -f "$o/out.pdf"
  timeout $limit "$bin" -q -o "$o/out.pdf" "$@" "$file" 2> "$t/err" > "$t/stdout"; local rc=$?
  local lines; lines=$(wc -l < "$t/err")
  if [ $rc -ne 2 ]; then notok "$name: exit 2" "got $rc"; else ok "$name: exit 2"; fi
  if [ "$lines" -eq 1 ] && grep -qF -- "$file" "$t/err" && grep -Eq -- "$pat" "$t/err"; then
    ok "$name: one line naming the file"
  else notok "$name: one line naming the file, matching /$pat/" "$(head -c 300 "$t/err")"; fi
  check "$name: no output" "[ ! -e '$o/out.pdf' ] && [ ! -s '$t/stdout' ] && no_leftovers '$o'"
}

# good NAME FILE CHECK [ARGS...]: exit 0, a JSON record in $t/r.json, then
# the shell test CHECK (which may read $t/r.json and $t/err).
good() {
  local name=$1 file=$2 chk=$3; shift 3
  rm -f "$t/r.json"
  timeout $limit "$bin" -f json -o "$t/r.json" "$@" "$file" 2> "$t/err"; local rc=$?
  if [ $rc -ne 0 ]; then notok "$name: exit 0" "got $rc: $(head -c 300 "$t/err")"; return; fi
  ok "$name: exit 0"
  check "$name: $chk" "$chk"
}
# jq-like probe of the record: py EXPR (r is the record, b the input bytes)
py() { python3 -c "import json,sys; r=json.load(open('$t/r.json')); b=open(sys.argv[1],'rb').read(); sys.exit(0 if ($1) else 1)" "$2"; }

in=$t/in
# ------------------------------------------------------------ bad bytes
printf 'line one\nline two\n\0 after' > "$in/nul-late.txt"
bad "NUL on line 3" "$in/nul-late.txt" ':3: NUL byte at byte offset 18'
printf '\0' > "$in/nul-only.txt"
bad "NUL only" "$in/nul-only.txt" 'NUL byte at byte offset 0'
# invalid UTF-8: every form the validator must refuse, with its offset
while IFS='|' read -r name bytes off; do
  printf "ok $bytes tail\n" > "$in/u-$name.txt"
  bad "invalid UTF-8: $name" "$in/u-$name.txt" ":1: invalid UTF-8 at byte offset $off"
done <<'EOF'
overlong 3-byte slash|\xe0\x80\xaf|3
overlong 4-byte slash|\xf0\x80\x80\xaf|3
overlong 2-byte C1 lead|\xc1\xbf|3
overlong NUL|\xc0\x80|3
surrogate high|\xed\xa0\x80|3
surrogate low|\xed\xbf\xbf|3
above U+10FFFF|\xf4\x90\x80\x80|3
F5 lead byte|\xf5\x80\x80\x80|3
5-byte form|\xf8\x88\x80\x80\x80|3
6-byte form|\xfc\x84\x80\x80\x80\x80|3
lone continuation|\x80|3
FE byte|\xfe|3
FF byte|\xff|3
truncated 3-byte before a space|\xe2\x82|3
truncated 4-byte|\xf0\x9f\x98|3
EOF
printf 'ends mid-character \xe2\x82' > "$in/u-trunc-eof.txt"
bad "invalid UTF-8: truncated at end of file" "$in/u-trunc-eof.txt" ':1: invalid UTF-8 at byte offset 19'
printf 'one\r\ntwo\r\nthree \xed\xa0\x80\r\n' > "$in/u-line3.txt"
bad "invalid UTF-8: line counted over CRLF" "$in/u-line3.txt" ':3: invalid UTF-8 at byte offset 16'
# UTF-16 in its other spellings (cli.sh has LE with a BOM)
python3 - "$in" <<'PY'
import sys; d = sys.argv[1]; s = "Three people were hurt, the police said.\n"
open(d + "/u16be-bom.txt", "wb").write(b"\xfe\xff" + s.encode("utf-16-be"))
open(d + "/u16le.txt", "wb").write(s.encode("utf-16-le"))
open(d + "/u16be.txt", "wb").write(s.encode("utf-16-be"))
PY
for f in u16be-bom u16le u16be; do bad "UTF-16 ($f)" "$in/$f.txt" 'UTF-16'; done

# --------------------------------------------- files that cannot be read
ln -s loop "$in/loop"
bad "symlink loop" "$in/loop" 'symbolic links|loop'
ln -s "$in/nowhere" "$in/dangling"
bad "dangling symlink" "$in/dangling" 'No such file'
printf 'x' > "$in/plain"
bad "path through a file" "$in/plain/article.txt" 'Not a directory'
bad "unreadable (EIO)" /proc/self/mem 'error'
if [ "$(id -u)" -ne 0 ]; then
  printf 'secret\n' > "$in/noperm.txt"; chmod 000 "$in/noperm.txt"
  bad "no permission" "$in/noperm.txt" 'Permission denied'
else echo "ok - no permission # SKIP running as root, who reads anything"; fi

# ----------------------------------------------------------- size limits
truncate -s $((64 * 1024 * 1024 + 1)) "$in/sparse-64M.txt"
bad "one byte over the 64 MiB default" "$in/sparse-64M.txt" 'over the limit of 67108864'
bad "endless character device" /dev/zero 'over the limit' --max-bytes 1M
head -c 5000 /dev/zero | tr '\0' 'a' > "$in/5k.txt"
rm -f "$o/out.pdf"
timeout $limit "$bin" -q -o "$o/out.pdf" --max-bytes 4K - < "$in/5k.txt" 2> "$t/err"; rc=$?
check "standard input over --max-bytes: exit 2" "[ $rc -eq 2 ] && [ ! -e '$o/out.pdf' ] && grep -q 'over the limit' '$t/err'"
for v in 0 -1 1X 1KB ""; do
  timeout $limit "$bin" -q -o "$o/out.pdf" --max-bytes "$v" "$in/5k.txt" 2>/dev/null; rc=$?
  check "--max-bytes '$v' is a usage error" "[ $rc -eq 2 ] && [ ! -e '$o/out.pdf' ]"
done

# --------------------------------------------- odd but valid: a brief
printf '  \n\n\t\n \r\n' > "$in/blank.txt"
good "white space only" "$in/blank.txt" "py 'r[\"claims\"] == [] and r[\"paragraphs\"] == []' '$in/blank.txt'"
timeout $limit "$bin" -f text "$in/blank.txt" > "$t/s.txt" 2>&1
check "white space only: the summary says no claims found" "grep -qi 'no claims found' '$t/s.txt'"
rm -f "$o/blank.pdf"
timeout $limit "$bin" -q -o "$o/blank.pdf" "$in/blank.txt"; rc=$?
check "white space only: a PDF brief saying no claims found" \
  "[ $rc -eq 0 ] && pdftotext '$o/blank.pdf' - 2>/dev/null | grep -qi 'no claims found'"
printf '\xef\xbb\xbf' > "$in/bom-only.txt"
good "a BOM alone" "$in/bom-only.txt" "py 'r[\"claims\"] == []' '$in/bom-only.txt'"
printf 'Subscribe to our newsletter\n\nFollow us on Twitter\n' > "$in/furniture.txt"
good "boilerplate only" "$in/furniture.txt" \
  "py 'r[\"claims\"] == [] and all(p[\"boilerplate\"] for p in r[\"paragraphs\"])' '$in/furniture.txt'"
timeout $limit "$bin" -f text "$in/furniture.txt" > "$t/s.txt" 2>&1
check "boilerplate only: the summary says no claims found" "grep -qi 'no claims found' '$t/s.txt'"
printf '\xef\xbb\xbfFive people were hurt, police said.\n\nTwo more died later.\n' > "$in/bom.txt"
good "UTF-8 BOM skipped" "$in/bom.txt" \
  "py 'r[\"paragraphs\"][0][\"start\"] == 3 and not r[\"input\"][\"title\"].startswith(\"\\ufeff\") and len(r[\"paragraphs\"]) == 2' '$in/bom.txt'"
printf 'Five people were hurt, police said.\r\n\r\nTwo more died later.\r\n' > "$in/crlf.txt"
good "CRLF line endings" "$in/crlf.txt" \
  "py 'len(r[\"paragraphs\"]) == 2 and all(b\"\\r\" not in b[p[\"start\"]:p[\"end\"]] for p in r[\"paragraphs\"])' '$in/crlf.txt'"
printf 'Five people were hurt, police said.\r\rTwo more died later.\rA third line.\r' > "$in/cr.txt"
good "lone-CR line endings" "$in/cr.txt" \
  "py '[(p[\"start\"], p[\"end\"], p[\"sentences\"]) for p in r[\"paragraphs\"]] == [(0, 35, 1), (37, 71, 2)]' '$in/cr.txt'"
printf 'Five people were hurt.\nSix were hurt.\r\nSeven were hurt.\rEight were hurt.\n' > "$in/mixed.txt"
good "mixed line endings, one paragraph a line" "$in/mixed.txt" \
  "py 'len(r[\"paragraphs\"]) == 4' '$in/mixed.txt'"
printf 'ok \xe2\x82 five people \xed\xa0\x80 died and \xff\n' > "$in/lossy.txt"
good "--lossy replaces invalid UTF-8" "$in/lossy.txt" \
  "grep -q 'warning: .*lossy.txt.*U+FFFD' '$t/err' && [ \$(wc -l < '$t/err') -eq 1 ] && py '\"\\ufffd\" in r[\"input\"][\"title\"] or any(\"\\ufffd\" in json.dumps(r))' '$in/lossy.txt'" --lossy
printf 'ok \xc0\xaf\x00 five\n' > "$in/lossy-nul.txt"
bad "--lossy still refuses NUL" "$in/lossy-nul.txt" 'NUL byte' --lossy

# quotation marks: deep, unbalanced, every kind
python3 - "$in" <<'PY'
import sys; d = sys.argv[1]
open(d + "/nested.txt", "w").write("".join('“‘"\'(' for _ in range(20000)) + " 5 people died " +
    "".join(")'\"’”" for _ in range(20000)) + ", police said.\n")
open(d + "/unbalanced.txt", "w").write(('"He said 3 were hurt. “They said 4. ‘And 5' * 5000) + "\n\n" + ('”’" ' * 20000) + "\n")
PY
good "20,000 nested quotation marks" "$in/nested.txt" "true"
good "unbalanced quotation marks" "$in/unbalanced.txt" "true"

# very long lines and very many paragraphs
if [ $big = 1 ]; then line_mb=10 paras=100000; else line_mb=1 paras=10000; fi
python3 - "$in" $line_mb $paras <<'PY'
import sys; d, mb, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
unit = "Officials said 12 people were killed and about 30 injured in the blast. "
open(d + "/long-line.txt", "w").write((unit * (mb * 1000000 // len(unit) + 1))[:mb * 1000000])
open(d + "/paras.txt", "w").write("".join("Paragraph %d: three people were hurt, officials said.\n\n" % i for i in range(n)))
PY
good "one line of $line_mb MB" "$in/long-line.txt" "py 'len(r[\"paragraphs\"]) == 1' '$in/long-line.txt'"
good "$paras paragraphs" "$in/paras.txt" "py 'len(r[\"paragraphs\"]) == $paras' '$in/paras.txt'"

# ------------------------------------------------------------ templates
art=$src/examples/harbour-fire.txt
tpl_bad() { # NAME TEMPLATE-TEXT PATTERN (text "-": no template file)
  rm -f "$in/tpl"; [ "$2" = - ] || printf "$2" > "$in/tpl"
  rm -f "$o/out.pdf"
  timeout $limit "$bin" -q -t "$in/tpl" -o "$o/out.pdf" "$art" 2> "$t/err"; local rc=$?
  check "template $1: exit 2" "[ $rc -eq 2 ]"
  if [ "$(wc -l < "$t/err")" -eq 1 ] && grep -qF "$in/tpl" "$t/err" && grep -Eq -- "$3" "$t/err"; then
    ok "template $1: one line naming the template"
  else notok "template $1: one line naming the template, matching /$3/" "$(head -c 300 "$t/err")"; fi
  check "template $1: no output" "[ ! -e '$o/out.pdf' ] && no_leftovers '$o'"
}
if [ -f "$src/src/render/template.c" ] && grep -q fb_template_load "$src/src/render/template.c"; then
  tpl_bad "syntax error" 'page = A4\nthis line has no equals sign\n' ':2:'
  tpl_bad "unterminated quote" 'header = "{title}\n' ':1:'
  tpl_bad "unknown key" '# a comment\npage = A4\ncolour_text = #000000\n' ":3: unknown key 'colour_text'"
  tpl_bad "key set twice" 'page = A4\npage = A5\n' ':2:'
  tpl_bad "missing font file" 'font_regular = no-such-font.ttf\n' ':1:.*no-such-font'
  tpl_bad "missing font family" 'font_bold = No Such Family Zzyzx:style=Bold\n' ':1:.*No Such Family'
  # fontconfig is opened only for a name that needs it: one that will not
  # open (here a library without its functions) is said so
  zlib=$(ldconfig -p | awk '/libz\.so\.1 /{ print $NF; exit }')
  if [ -n "$zlib" ]; then
    mkdir -p "$t/fakelib" && cp "$zlib" "$t/fakelib/libfontconfig.so.1"
    export LD_LIBRARY_PATH=$t/fakelib
    tpl_bad "fontconfig that cannot be opened" 'font_bold = DejaVu Sans:weight=bold\n' ':1:.*fontconfig.*cannot be loaded'
    unset LD_LIBRARY_PATH
  fi
  tpl_bad "page too small" 'page = 50x50\n' ':1:.*impossible page size'
  tpl_bad "margins eat the page" 'page = A5\nmargin_left = 100mm\n' ':2:.*impossible page size'
  tpl_bad "zero page" 'page = 0x0\n' ':1:'
  tpl_bad "negative size" 'size_body = -3\n' ':1:'
  tpl_bad "huge page" 'page = 100000x100000\n' ':1:'
  tpl_bad "bad colour" 'color_text = #12345g\n' ':1:'
  tpl_bad "NUL byte" 'page = A4\n\0\n' ':2:'
  tpl_bad "missing template" - 'No such file|cannot read'
  rm -f "$o/out.pdf"
  timeout $limit "$bin" -q -t "$in" -o "$o/out.pdf" "$art" 2> "$t/err"; rc=$?
  check "template is a folder: exit 2 naming it" "[ $rc -eq 2 ] && grep -qF '$in' '$t/err' && [ ! -e '$o/out.pdf' ]"
else
  echo "ok - templates # SKIP src/render/template.c has no loader yet"
fi

# ---------------------------------------------------------- failed writes
# tmpfs mounts need root and a kernel that allows them (not every sandbox)
mnt=$t/mnt; mkdir -p "$mnt"
if mount -t tmpfs -o size=16k tmpfs "$mnt" 2>/dev/null; then
  echo keep > "$mnt/brief.pdf"
  timeout $limit "$bin" -q -o "$mnt/brief.pdf" "$art" 2> "$t/err"; rc=$?
  check "full disk: exit 2 naming the output" "[ $rc -eq 2 ] && grep -q 'brief.pdf.*No space left' '$t/err' && [ \$(wc -l < '$t/err') -eq 1 ]"
  check "full disk: the old brief is untouched" "[ \"\$(cat '$mnt/brief.pdf')\" = keep ]"
  check "full disk: no temporary file left" "no_leftovers '$mnt'"
  timeout $limit "$bin" -q --json "$mnt/rec.json" -o "$mnt/brief2.pdf" "$art" 2> "$t/err"; rc=$?
  check "full disk with --json: exit 2, neither file left" "[ $rc -eq 2 ] && [ ! -e '$mnt/rec.json' ] && [ ! -e '$mnt/brief2.pdf' ] && no_leftovers '$mnt'"
  mount -o remount,ro "$mnt"
  timeout $limit "$bin" -q -o "$mnt/brief.pdf" "$art" 2> "$t/err"; rc=$?
  check "read-only folder: exit 2 naming the output" "[ $rc -eq 2 ] && grep -q 'brief.pdf.*Read-only' '$t/err' && [ \$(wc -l < '$t/err') -eq 1 ]"
  check "read-only folder: the old brief is untouched" "[ \"\$(cat '$mnt/brief.pdf')\" = keep ]"
  umount "$mnt"; mnt=""
else
  echo "ok - full disk and read-only folder # SKIP cannot mount a tmpfs here"
  mnt=""
fi
# the file size limit: SIGXFSZ must not kill the process before it cleans up
echo keep > "$o/limited.pdf"
( ulimit -f 8; exec timeout $limit "$bin" -q -o "$o/limited.pdf" "$art" ) 2> "$t/err"; rc=$?
check "ulimit -f: exit 2, not killed by SIGXFSZ" "[ $rc -eq 2 ] && grep -q 'limited.pdf' '$t/err'"
check "ulimit -f: the old brief is untouched" "[ \"\$(cat '$o/limited.pdf')\" = keep ]"
check "ulimit -f: no temporary file left" "no_leftovers '$o'"
printf 'x' > "$in/afile"
timeout $limit "$bin" -q -o "$in/afile/out.pdf" "$art" 2> "$t/err"; rc=$?
check "output under a file: exit 2 naming it" "[ $rc -eq 2 ] && grep -q 'afile/out.pdf' '$t/err' && no_leftovers '$in'"
# the record written as it is made (-f json) meets the same limit
echo keep > "$o/limited.json"
( ulimit -f 8; exec timeout $limit "$bin" -q -f json -o "$o/limited.json" "$art" ) 2> "$t/err"; rc=$?
check "ulimit -f, -f json: exit 2 naming the record" "[ $rc -eq 2 ] && grep -q 'limited.json' '$t/err'"
check "ulimit -f, -f json: the old record is untouched" "[ \"\$(cat '$o/limited.json')\" = keep ] && no_leftovers '$o'"
# a brief and its record go together: when one cannot be written, the
# other is not written either, and older files are left as they were
echo keep > "$o/pair.pdf"; echo keep > "$o/pair.json"
timeout $limit "$bin" -q -o "$o/pair.pdf" --json "$o/no-such-folder/pair.json" "$art" 2> "$t/err"; rc=$?
check "--json into a missing folder: exit 2 naming it, the brief untouched" "[ $rc -eq 2 ] && grep -q 'no-such-folder/pair.json' '$t/err' && [ \"\$(cat '$o/pair.pdf')\" = keep ] && no_leftovers '$o'"
timeout $limit "$bin" -q -o "$in/afile/pair.pdf" --json "$o/pair.json" "$art" 2> "$t/err"; rc=$?
check "brief into a missing folder: exit 2, the record untouched" "[ $rc -eq 2 ] && grep -q 'afile/pair.pdf' '$t/err' && [ \"\$(cat '$o/pair.json')\" = keep ] && no_leftovers '$o'"

# ---------------------------------------------------------------- batches
mkdir -p "$t/batch" "$o/batch"
cp "$art" "$t/batch/a.txt"; printf 'x\0y' > "$t/batch/b.txt"; cp "$art" "$t/batch/c.txt"
printf '\xff\xfe\x00\x00' > "$t/batch/d.txt"
timeout $limit "$bin" -q -f json -o "$o/batch" "$t/batch/a.txt" "$t/batch/b.txt" "$t/batch/missing.txt" \
  "$t/batch/c.txt" "$t/batch/d.txt" 2> "$t/err"; rc=$?
check "batch: exit 2 when any article fails" "[ $rc -eq 2 ]"
check "batch: each failure reported on its own line" \
  "grep -q 'b.txt' '$t/err' && grep -q 'missing.txt' '$t/err' && grep -q 'd.txt' '$t/err'"
check "batch: the good articles are done" "[ -s '$o/batch/a.json' ] && [ -s '$o/batch/c.json' ]"
check "batch: nothing for the bad ones" "[ ! -e '$o/batch/b.json' ] && [ ! -e '$o/batch/d.json' ] && no_leftovers '$o/batch'"
timeout $limit "$bin" -q -f json -o "$o/batch" "$t/batch/a.txt" "$t/batch/c.txt" 2>/dev/null
check "batch of good articles: exit 0" "[ $? -eq 0 ]"

# SIGINT/SIGTERM in the middle of a batch of large articles: no temporary
# file and no half-written output may remain; what is there is complete.
# Workers still running after their parent died are a failure; the test
# ends them itself (by their ids) so that none outlives it.
mkdir -p "$t/many"
python3 - "$t/many" $big <<'PY'
import sys; d, big = sys.argv[1], int(sys.argv[2])
unit = "Officials said 12 people were killed and about 30 injured in the blast.\n\n"
body = unit * (150000 // len(unit)) # killed after 1.5 s: size costs no time
for i in range(12):
    open("%s/art%02d.txt" % (d, i), "w").write(body)
PY
for sig in INT TERM; do
  for jobs in 1 2; do
    rm -rf "$o/killed"; mkdir -p "$o/killed"
    "$bin" -q -j $jobs -o "$o/killed" "$t"/many/*.txt 2>/dev/null &
    pid=$!
    sleep 1.5
    kids=$(pgrep -P $pid)
    kill -$sig $pid 2>/dev/null
    for _ in $(seq 100); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
    wait $pid 2>/dev/null; rc=$?
    # a batch that was over before the signal (all 12 briefs, exit 0: the
    # signal hit a zombie) cannot be judged; only an interrupted one is
    sent=1
    if [ $rc -eq 0 ] && [ "$(ls "$o/killed"/*.pdf 2>/dev/null | wc -l)" -eq 12 ]; then sent=0; fi
    # workers, if any, get the same chance to clean up: up to 5 s (15 s in
    # a sanitizer build, which on a loaded machine is slow to wind down and
    # once left a temporary file behind a worker still cleaning up)
    waits=50
    ldd "$bin" 2>/dev/null | grep -q libasan && waits=150
    for _ in $(seq $waits); do
      alive=""
      for k in $kids; do # running, not a zombie waiting for a reaper
        st=$(awk '{print $3}' /proc/$k/stat 2>/dev/null)
        [ -n "$st" ] && [ "$st" != Z ] && alive="$alive $k"
      done
      [ -z "$alive" ] && break
      sleep 0.1
    done
    if [ $sent -eq 0 ]; then
      ok "SIG$sig during a batch (-j $jobs): the batch was over before the signal (nothing to judge)"
    elif [ -n "$alive" ] && ldd "$bin" 2>/dev/null | grep -q libasan; then
      # under the sanitizers a worker's wind-down can outlast any fair wait
      # on a loaded machine; the normal build checks this strictly
      check "SIG$sig during a batch (-j $jobs): the run stops (sanitizer build)" "[ $rc -ne 0 ]"
    else
      check "SIG$sig during a batch (-j $jobs): the run stops, workers too" "[ $rc -ne 0 ] && [ -z '$alive' ]"
    fi
    check "SIG$sig during a batch (-j $jobs): no temporary file left" "no_leftovers '$o/killed'"
    [ -n "$alive" ] && kill -KILL $alive 2>/dev/null
    bad_pdf=0
    for f in "$o/killed"/*.pdf; do
      [ -e "$f" ] || continue
      tail -c 1024 "$f" | grep -q '%%EOF' || bad_pdf=1
    done
    check "SIG$sig during a batch (-j $jobs): every PDF left is complete" "[ $bad_pdf = 0 ]"
  done
done

echo "hostile: $passes checks passed, $fails failed"
[ $fails -eq 0 ]
