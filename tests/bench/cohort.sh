#!/bin/sh
# make bench, part 2: cohort logs. Generates logs of 10k, 100k and 1M rows
# (and 10M with BENCH_BIG=1) with tests/bench/gen_cohort.c, times
# `runlog analyze LOG --format json --no-charts` on each (median of 3), and
# prints rows/s, MB/s and peak RSS. On the 1M-row log it runs the peers
# beside it when they are there: the libcsv floor, pandas and DuckDB
# (../shared/bench; DuckDB needs node and @duckdb/node-api, looked for in
# DUCKDB_DIR, default /tmp/duck), prints the ratios, and checks runlog's
# means and correlations against pandas to 1e-9 (agree.py).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
py=/usr/bin/python3
peers=../shared/bench
cc -O2 -o "$tmp/gen" tests/bench/gen_cohort.c

# median of 3: prints "seconds peak_kb" (wall time from date, to the ms)
measure() {
	for i in 1 2 3; do
		s=$(date +%s%N)
		/usr/bin/time -f '%M' -o "$tmp/t" "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
		e=$(date +%s%N)
		echo "$(echo "($e - $s) / 1000000000" | bc -l) $(cat "$tmp/t")"
	done | sort -n | sed -n 2p
}

sizes="10 100 1000"
[ -n "${BENCH_BIG:-}" ] && sizes="$sizes 10000"
printf '%-10s %9s %10s %12s %8s %10s %12s\n' rows MB seconds rows/s MB/s "peak RSS" "ns per row"
for a in $sizes; do
	"$tmp/gen" "$a" 1000 > "$tmp/c$a.csv"
	sync # the new file written out before it is timed
	rows=$((a * 1000))
	bytes=$(wc -c < "$tmp/c$a.csv")
	set -- $(measure ./runlog analyze "$tmp/c$a.csv" --format json --no-charts)
	printf '%-10s %9.1f %10.3f %12.0f %8.1f %8.1f MB %12.0f\n' "$rows" "$(echo "$bytes / 1000000" | bc -l)" \
		"$1" "$(echo "$rows / $1" | bc -l)" "$(echo "$bytes / 1000000 / $1" | bc -l)" \
		"$(echo "$2 / 1024" | bc -l)" "$(echo "$1 * 1000000000 / $rows" | bc -l)"
	[ "$a" = 1000 ] && { rl=$1; rss=$2; mb=$bytes; }
done

# The adjusted model's share: the same run with RUNLOG_MODEL=0 leaves it
# out. The two are timed in turn, 15 times each, so that the machine's drift
# falls on both; the medians are compared.
for i in $(seq 15); do
	for model in 1 0; do
		s=$(date +%s%N)
		RUNLOG_MODEL=$model ./runlog analyze "$tmp/c1000.csv" --format json --no-charts > /dev/null
		e=$(date +%s%N)
		echo "$model $(echo "($e - $s) / 1000000000" | bc -l)"
	done
done > "$tmp/model"
with=$(sed -n 's/^1 //p' "$tmp/model" | sort -n | sed -n 8p)
without=$(sed -n 's/^0 //p' "$tmp/model" | sort -n | sed -n 8p)
rl=$with
echo
echo "1M rows ($(echo "$mb / 1000000" | bc) MB), side by side (runlog: median of 15; peers: of 3):"
printf '  %-34s %8.3f s  peak RSS %.1f MB (%.2f of the file)\n' runlog "$rl" "$(echo "$rss / 1024" | bc -l)" \
	"$(echo "$rss * 1024 / $mb" | bc -l)"
printf '  %-34s %8.3f s  (the model adds %.1f%%; goal: at most 10%%)\n' \
	"runlog without the model" "$without" "$(echo "($with - $without) * 100 / $without" | bc -l)"
ratio() { printf '  runlog / %-25s %8.3f  (goal: at most %s)\n' "$1" "$(echo "$rl / $2" | bc -l)" "$3"; }
if [ -f "$peers/csv_floor.c" ]; then
	cc -O2 -o "$tmp/floor" "$peers/csv_floor.c" -lcsv
	set -- $(measure "$tmp/floor" "$tmp/c1000.csv")
	printf '  %-34s %8.3f s\n' "libcsv floor" "$1"
	ratio "floor" "$1" 2
fi
if [ -f "$peers/peer_pandas.py" ] && $py -c 'import pandas' 2>/dev/null; then
	set -- $(measure $py "$peers/peer_pandas.py" "$tmp/c1000.csv")
	printf '  %-34s %8.3f s\n' "pandas (peer_pandas.py)" "$1"
	ratio "pandas" "$1" 0.05
fi
if $py -c 'import pandas' 2>/dev/null; then
	printf '  '
	$py tests/bench/agree.py ./runlog "$tmp/c1000.csv" || true
fi
duck=${DUCKDB_DIR:-/tmp/duck}
if [ -f "$peers/peer_duckdb.mjs" ] && command -v node > /dev/null && [ -d "$duck/node_modules/@duckdb/node-api" ]; then
	cp "$peers/peer_duckdb.mjs" "$duck/"
	set -- $(measure node "$duck/peer_duckdb.mjs" "$tmp/c1000.csv")
	printf '  %-34s %8.3f s\n' "DuckDB (peer_duckdb.mjs)" "$1"
	ratio "DuckDB" "$1" 0.1
else
	echo "  DuckDB: not run (needs node and @duckdb/node-api in $duck)"
fi
