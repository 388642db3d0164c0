#!/bin/sh
# make bench: time runlog on a 10-year, 3,000-run log, with and without the
# five charts, and beside the matplotlib peer when ../shared/bench has it and
# python3-matplotlib is installed. Prints medians of 5 runs, and the ratio.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
py=/usr/bin/python3
$py tests/bench/gen_log.py 3000 > "$tmp/log.csv"

# median wall time in seconds of 5 runs of "$@"
median() {
	for i in 1 2 3 4 5; do
		s=$(date +%s.%N); "$@" > /dev/null 2>&1; e=$(date +%s.%N)
		echo "$e - $s" | bc -l
	done | sort -n | sed -n 3p
}

full=$(median ./runlog analyze "$tmp/log.csv" --out "$tmp/plots")
draft=$(median ./runlog analyze "$tmp/log.csv" --out "$tmp/plots" --draft)
bare=$(median ./runlog analyze "$tmp/log.csv" --no-charts)
printf 'log: 3000 runs from %s to %s (%s bytes)\n' "$(sed -n 2p "$tmp/log.csv" | cut -d, -f1)" \
	"$(tail -1 "$tmp/log.csv" | cut -d, -f1)" "$(wc -c < "$tmp/log.csv")"
printf 'runlog analyze, 5 anti-aliased PNG charts   %.3f s\n' "$full"
printf 'runlog analyze, 5 draft PNG charts          %.3f s\n' "$draft"
printf 'runlog analyze --no-charts                  %.3f s\n' "$bare"
peer=../shared/bench/peer_matplotlib.py
if [ -f "$peer" ] && $py -c 'import matplotlib, pandas' 2>/dev/null; then
	mpl=$(median $py "$peer" "$tmp/log.csv" "$tmp/mpl")
	printf 'peer_matplotlib.py (pandas + matplotlib)     %.3f s\n' "$mpl"
	printf 'runlog / matplotlib                          %.3f (goal: at most 0.333)\n' \
		"$(echo "$full / $mpl" | bc -l)"
else
	echo "peer_matplotlib.py: not run (needs ../shared/bench and python3-matplotlib)"
fi
