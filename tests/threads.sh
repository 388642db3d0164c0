#!/bin/sh
# threads.sh BIN [LOG ...]: every output of BIN on N threads is the bytes it
# writes on one, and every output of its fast CSV path (src/ingest_fast.h)
# the bytes libcsv alone gives (RUNLOG_CSV_FAST=0). tests/same_outputs.sh compares BIN --threads 1 with
# --threads 2, 3 and 8 on the samples, the tests' data, three generated
# cohorts and any LOG given; chunks are forced small (RUNLOG_CHUNK) on 2 and
# 3 threads so that small logs are cut too, and left at their size on 8.
# Real exports are added from RUNLOG_REAL (a folder, default ../shared/real
# beside the project) when it is there, else a note says they were skipped.
# Prints "same: N runs" per comparison; exits 1 on the first difference.
#
# usage: sh tests/threads.sh ./runlog
set -u
[ $# -ge 1 ] || { echo "usage: threads.sh BIN [LOG ...]" >&2; exit 64; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
root=$(cd "$(dirname "$0")/.." && pwd)
real=${RUNLOG_REAL:-$root/../shared/real}
if [ -d "$real" ] && ls "$real"/*.csv > /dev/null 2>&1; then
	set -- "$@" "$real"/*.csv
else
	echo "note: no real exports in $real: skipped"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# wrap NAME THREADS CHUNK [ENV]: BIN with --threads THREADS after the
# command, and the environment assignment ENV
wrap() {
	{
		echo '#!/bin/sh'
		[ -n "$3" ] && echo "RUNLOG_CHUNK=$3; export RUNLOG_CHUNK"
		[ -n "${4-}" ] && echo "$4; export ${4%%=*}"
		echo "cmd=\$1; shift; exec \"$bin\" \"\$cmd\" --threads $2 \"\$@\""
	} > "$tmp/$1"
	chmod +x "$tmp/$1"
}
wrap one 1 ""
wrap libcsv 1 "" RUNLOG_CSV_FAST=0
echo "libcsv alone against the fast path:"
sh "$root/tests/same_outputs.sh" "$tmp/libcsv" "$tmp/one" "$@" || exit 1
for tc in 2:4096 3:1000 8:; do
	t=${tc%:*}
	wrap "t$t" "$t" "${tc#*:}"
	echo "--threads $t against 1:"
	sh "$root/tests/same_outputs.sh" "$tmp/one" "$tmp/t$t" "$@" || exit 1
done
