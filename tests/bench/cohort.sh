#!/bin/sh
# make bench, part 2: cohort logs. Generates logs of 10k, 100k and 1M rows
# (and 10M with BENCH_BIG=1) with tests/bench/gen_cohort.c, times
# `runlog analyze LOG --format json --no-charts` on each, and prints rows/s,
# MB/s and peak RSS. Every time is the median of interleaved runs with its
# range (lowest-highest), never a best run. On the 1M-row log it gives the
# adjusted model's share of the time; peers.sh (part 3) times the peers.
#
# BASE=path/to/other/runlog times that build too, in turn with this one on
# every log, and prints this/base: how a change moved the figures.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
py=/usr/bin/python3
base=${BASE:-}
cc -O2 -o "$tmp/gen" tests/bench/gen_cohort.c

# once LABEL CMD...: one timed run, appended to $tmp/LABEL as "seconds kb"
once() {
	tag=$1
	shift
	s=$(date +%s%N)
	/usr/bin/time -f '%M' -o "$tmp/t" "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
	e=$(date +%s%N)
	echo "$(((e - s) / 1000)) $(cat "$tmp/t")" >> "$tmp/$tag"
}

# stat LABEL: "median lowest highest median_kb" of its runs, in seconds
stat() {
	sort -n "$tmp/$1" | awk '{ t[NR] = $1; k[NR] = $2 } END {
		m = int((NR + 1) / 2); printf "%.4f %.4f %.4f %d\n", t[m] / 1e6, t[1] / 1e6, t[NR] / 1e6, k[m] }'
	rm -f "$tmp/$1"
}

# rounds N LOG: N runs of this build on LOG, each followed by one of BASE
rounds() {
	for i in $(seq "$1"); do
		once new ./runlog analyze "$2" --format json --no-charts
		[ -z "$base" ] || once base "$base" analyze "$2" --format json --no-charts
	done
}

sizes="10 100 1000"
[ -n "${BENCH_BIG:-}" ] && sizes="$sizes 10000"
printf '%-10s %7s %22s %10s %8s %10s %8s' rows MB "seconds (range)" rows/s MB/s "peak RSS" "ns/row"
[ -n "$base" ] && printf ' %9s %9s' base this/base
echo
for a in $sizes; do
	"$tmp/gen" "$a" 1000 > "$tmp/c$a.csv"
	sync # the new file written out before it is timed
	rows=$((a * 1000))
	bytes=$(wc -c < "$tmp/c$a.csv")
	n=9
	[ "$a" = 10000 ] && n=3
	rounds $n "$tmp/c$a.csv"
	set -- $(stat new)
	printf '%-10s %7.1f %8.3f (%.3f-%.3f) %10.0f %8.1f %7.1f MB %8.0f' "$rows" "$(echo "$bytes / 1000000" | bc -l)" \
		"$1" "$2" "$3" "$(echo "$rows / $1" | bc -l)" "$(echo "$bytes / 1000000 / $1" | bc -l)" \
		"$(echo "$4 / 1024" | bc -l)" "$(echo "$1 * 1000000000 / $rows" | bc -l)"
	[ "$a" = 1000 ] && { rss=$4; mb=$bytes; }
	if [ -n "$base" ]; then
		t=$1
		set -- $(stat base)
		printf ' %9.3f %9.3f' "$1" "$(echo "$t / $1" | bc -l)"
	fi
	echo
done

# The 1M-row log side by side. The adjusted model's share: the same run
# with RUNLOG_MODEL=0 leaves it out. Runs with and without it (and of BASE)
# are taken in turn, 15 of each, so that the machine's drift falls on all.
for i in $(seq 15); do
	once with ./runlog analyze "$tmp/c1000.csv" --format json --no-charts
	export RUNLOG_MODEL=0
	once without ./runlog analyze "$tmp/c1000.csv" --format json --no-charts
	unset RUNLOG_MODEL
	[ -z "$base" ] || once base "$base" analyze "$tmp/c1000.csv" --format json --no-charts
done
set -- $(stat with)
rl=$1
echo
echo "1M rows ($(echo "$mb / 1000000" | bc) MB), with and without the model (median of 15 in turn):"
printf '  %-34s %8.3f s  (%.3f-%.3f)  peak RSS %.1f MB (%.2f of the file)\n' runlog "$1" "$2" "$3" \
	"$(echo "$rss / 1024" | bc -l)" "$(echo "$rss * 1024 / $mb" | bc -l)"
set -- $(stat without)
printf '  %-34s %8.3f s  (%.3f-%.3f)  (the model adds %.1f%%; goal: at most 15%%)\n' \
	"runlog without the model" "$1" "$2" "$3" "$(echo "($rl - $1) * 100 / $1" | bc -l)"
# The same share in instructions (callgrind), which the machine's load does
# not move; nothing when valgrind is not installed.
if command -v valgrind > /dev/null 2>&1; then
	count() {
		valgrind --tool=callgrind --callgrind-out-file=/dev/null ./runlog analyze "$tmp/c1000.csv" \
			--format json --no-charts 2>&1 > /dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
	}
	iw=$(count)
	export RUNLOG_MODEL=0
	io=$(count)
	unset RUNLOG_MODEL
	printf '  %-34s %.3g instructions, %.3g without: the model adds %.1f%%\n' "runlog, instructions" "$iw" \
		"$io" "$(echo "($iw - $io) * 100 / $io" | bc -l)"
fi
if [ -n "$base" ]; then
	set -- $(stat base)
	printf '  %-34s %8.3f s  (%.3f-%.3f)  this/base %.3f\n' "base ($base)" "$1" "$2" "$3" \
		"$(echo "$rl / $1" | bc -l)"
	sh tests/bench/instructions.sh "  100k rows, instructions" ./runlog "$base" \
		analyze "$tmp/c100.csv" --format json --no-charts
fi
