#!/bin/sh
# make bench, part 1: time runlog on a 10-year, 3,000-run log, with and
# without the five charts, and beside the matplotlib peer when
# ../shared/bench (or PEERS=DIR) has it and python3-matplotlib is installed,
# each peer run in turn with runlog's. Prints the median of BENCH_RUNS runs
# (default 9) of each with their range (lowest-highest), and the ratio of
# the medians. BASE=path/to/other/runlog times that build too, in turn with
# this one, and counts both builds' instructions.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
py=/usr/bin/python3
base=${BASE:-}
peer=${PEERS:-../shared/bench}/peer_matplotlib.py
mpl=
[ -f "$peer" ] && $py -c 'import matplotlib, pandas, scipy' 2>/dev/null && mpl=1
$py tests/bench/gen_log.py 3000 > "$tmp/log.csv"

# once LABEL CMD...: one run's wall time in microseconds, into $tmp/LABEL
once() {
	tag=$1
	shift
	s=$(date +%s%N); "$@" > /dev/null 2>&1; e=$(date +%s%N)
	echo $(((e - s) / 1000)) >> "$tmp/$tag"
}

# stat LABEL: "median lowest highest" of its runs, in seconds
stat() {
	sort -n "$tmp/$1" | awk '{ t[NR] = $1 } END {
		printf "%.4f %.4f %.4f\n", t[int((NR + 1) / 2)] / 1e6, t[1] / 1e6, t[NR] / 1e6 }'
}

# line TEXT LABEL: a printed figure, and this/base when BASE is timed
line() {
	set -- "$1" $(stat "$2") "$2"
	printf '%-44s %.3f s (%.3f-%.3f)' "$1" "$2" "$3" "$4"
	if [ -f "$tmp/base_$5" ]; then
		t=$2
		set -- $(stat "base_$5")
		printf '   base %.3f s, this/base %.3f' "$1" "$(echo "$t / $1" | bc -l)"
	fi
	echo
}

runs=${BENCH_RUNS:-9}
for i in $(seq "$runs"); do
	for bin in ./runlog $base; do
		pre=
		[ "$bin" = ./runlog ] || pre=base_
		once ${pre}full "$bin" analyze "$tmp/log.csv" --out "$tmp/plots"
		once ${pre}draft "$bin" analyze "$tmp/log.csv" --out "$tmp/plots" --draft
		once ${pre}bare "$bin" analyze "$tmp/log.csv" --no-charts
	done
	[ -z "$mpl" ] || once mpl $py "$peer" "$tmp/log.csv" "$tmp/mpl_out"
done
printf 'log: 3000 runs from %s to %s (%s bytes), median of %s (range)\n' "$(sed -n 2p "$tmp/log.csv" | cut -d, -f1)" \
	"$(tail -1 "$tmp/log.csv" | cut -d, -f1)" "$(wc -c < "$tmp/log.csv")" "$runs"
line 'runlog analyze, 5 anti-aliased PNG charts' full
line 'runlog analyze, 5 draft PNG charts' draft
line 'runlog analyze --no-charts' bare
[ -z "$base" ] || sh tests/bench/instructions.sh 'runlog analyze, 5 anti-aliased PNG charts' \
	./runlog "$base" analyze "$tmp/log.csv" --out "$tmp/plots"
if [ -n "$mpl" ]; then
	line 'peer_matplotlib.py (pandas + matplotlib)' mpl
	printf 'runlog / matplotlib, 5 charts                %.3f (goal: at most 0.2)\n' \
		"$(echo "$(stat full | cut -d' ' -f1) / $(stat mpl | cut -d' ' -f1)" | bc -l)"
else
	echo "peer_matplotlib.py: not run (needs $peer and python3-matplotlib, -pandas, -scipy)"
fi
