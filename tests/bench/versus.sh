#!/bin/sh
# versus.sh OLD NEW [RUNS [ATHLETES]]: two runlog binaries timed in turn on
# the same generated cohort (ATHLETES x 1000 runs, default 1000: the 1M-row
# log of make bench), RUNS times each (default 21), analyze --format json
# --no-charts. Taking them in turn puts the machine's drift on both; the
# medians and quartiles are compared, never the best runs.
#
# usage: sh tests/bench/versus.sh /tmp/old/runlog ./runlog
set -eu
[ $# -ge 2 ] || { echo "usage: versus.sh OLD NEW [RUNS [ATHLETES]]" >&2; exit 64; }
old=$1 new=$2 runs=${3:-21} athletes=${4:-1000}
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc -O2 -o "$tmp/gen" "$root/tests/bench/gen_cohort.c"
"$tmp/gen" "$athletes" 1000 > "$tmp/c.csv"
"$old" analyze "$tmp/c.csv" --format json --no-charts > "$tmp/old.json"
"$new" analyze "$tmp/c.csv" --format json --no-charts > "$tmp/new.json"
cmp -s "$tmp/old.json" "$tmp/new.json" || echo "note: the two JSON outputs differ" >&2

for i in $(seq "$runs"); do
	for which in old new; do
		eval bin=\$$which
		s=$(date +%s%N)
		"$bin" analyze "$tmp/c.csv" --format json --no-charts > /dev/null
		e=$(date +%s%N)
		echo "$which $(((e - s) / 1000))"
	done
done > "$tmp/times"

# quartiles of one binary's times, in seconds: "q1 median q3"
quart() {
	sed -n "s/^$1 //p" "$tmp/times" | sort -n |
		awk '{ t[NR] = $1 } END { printf "%.4f %.4f %.4f", t[int((NR + 3) / 4)] / 1e6,
			t[int((NR + 1) / 2)] / 1e6, t[int((3 * NR + 1) / 4)] / 1e6 }'
}
set -- $(quart old)
o1=$1 om=$2 o3=$3
set -- $(quart new)
echo "$athletes x 1000 rows, $runs runs each, in turn (seconds: q1 median q3)"
printf '  old %s  %.4f %.4f %.4f\n' "$old" "$o1" "$om" "$o3"
printf '  new %s  %.4f %.4f %.4f\n' "$new" "$1" "$2" "$3"
printf '  new/old median: %.3f\n' "$(echo "$2 / $om" | bc -l)"
