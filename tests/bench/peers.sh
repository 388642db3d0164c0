#!/bin/sh
# make bench, part 3: runlog beside its peers, on the 1M-row cohort
# (gen_cohort 1000 1000) and on a single runner's 12-year log
# (gen_cohort 1 3000). Each round runs every contender once, in turn, so
# that the machine's drift falls on all; each figure is the median of the
# rounds (BENCH_PEER_RUNS, default 7) with its quartiles and its range,
# and the median of its CPU time (user and system), which the load moves
# less; the goals are on the wall times.
# The contenders, each skipped with a note when absent:
#   runlog         runlog analyze LOG --format json --no-charts (its
#                  adjusted model included)
#   libcsv floor   ../shared/bench/csv_floor.c (PEERS=DIR): libcsv, nothing
#                  else, one thread; tests/bench/floor_halves.c the same on
#                  two threads, two fixed halves
#   DuckDB         ../shared/bench/peer_duckdb.mjs, with @duckdb/node-api
#                  in DUCKDB_DIR (default /tmp/duck)
#   Polars         tests/bench/peer_polars.mjs, with nodejs-polars in
#                  build/bench/node_modules (make bench installs it)
#   pandas         ../shared/bench/peer_pandas.py, Debian's python3-pandas
# Then the ratios of the medians against the goals of issue 23, PASS or
# MISS, the load average before and after, and whether runlog's numbers
# agree with pandas's and Polars's (agree.py).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
py=/usr/bin/python3
peers=${PEERS:-../shared/bench}
duck=${DUCKDB_DIR:-/tmp/duck}
polars=build/bench
runs=${BENCH_PEER_RUNS:-7}
cc -O2 -o "$tmp/gen" tests/bench/gen_cohort.c
cc -O2 -o "$tmp/halves" tests/bench/floor_halves.c -lcsv -lpthread

# The contenders here, one "label command..." a line; a note for each absent.
{
	echo "runlog ./runlog analyze LOG --format json --no-charts"
	if [ -f "$peers/csv_floor.c" ]; then
		cc -O2 -o "$tmp/floor" "$peers/csv_floor.c" -lcsv
		echo "floor1 $tmp/floor LOG"
	else
		echo "note: the one-thread libcsv floor not run (needs $peers/csv_floor.c)" >&2
	fi
	echo "floor2 $tmp/halves LOG"
	if [ -f "$peers/peer_duckdb.mjs" ] && command -v node > /dev/null && [ -d "$duck/node_modules/@duckdb/node-api" ]; then
		cp "$peers/peer_duckdb.mjs" "$duck/"
		echo "duckdb node $duck/peer_duckdb.mjs LOG"
	else
		echo "note: DuckDB not run (needs $peers/peer_duckdb.mjs, node and @duckdb/node-api in $duck)" >&2
	fi
	if command -v node > /dev/null && [ -d "$polars/node_modules/nodejs-polars-linux-x64-gnu" ]; then
		cp tests/bench/peer_polars.mjs "$polars/"
		echo "polars node $polars/peer_polars.mjs LOG"
	else
		echo "note: Polars not run (needs node and nodejs-polars in $polars/node_modules: make bench installs it)" >&2
	fi
	if [ -f "$peers/peer_pandas.py" ] && $py -c 'import pandas' 2> /dev/null; then
		echo "pandas $py $peers/peer_pandas.py LOG"
	else
		echo "note: pandas not run (needs $peers/peer_pandas.py and python3-pandas)" >&2
	fi
} > "$tmp/who" 2> "$tmp/notes"

# once LABEL LOG: one run of LABEL's command on LOG, appended to $tmp/LABEL
# as "wall_microseconds cpu_seconds" (CPU: user and system)
once() {
	cmd=$(sed -n "s/^$1 //p" "$tmp/who" | sed "s|LOG|$2|")
	s=$(date +%s%N)
	/usr/bin/time -f '%U %S' -o "$tmp/t" $cmd > /dev/null 2>&1 || { echo "failed: $cmd" >&2; exit 1; }
	e=$(date +%s%N)
	echo "$(((e - s) / 1000)) $(awk '{ print $1 + $2 }' "$tmp/t")" >> "$tmp/$1"
}

# stat LABEL: "median q1 q3 lowest highest" of its wall times, then the
# median of its CPU times, in seconds
stat() {
	sort -n "$tmp/$1" | awk '{ t[NR] = $1 } END { printf "%.4f %.4f %.4f %.4f %.4f ",
		t[int((NR + 1) / 2)] / 1e6, t[int((NR + 3) / 4)] / 1e6, t[int((3 * NR + 1) / 4)] / 1e6,
		t[1] / 1e6, t[NR] / 1e6 }'
	cut -d' ' -f2 "$tmp/$1" | sort -n | awk '{ c[NR] = $1 } END { printf "%.3f\n", c[int((NR + 1) / 2)] }'
}

# goal TEXT HAVE OP WANT: one goal, PASS or MISS
goal() {
	printf '  %-44s %8.3f  %-2s %7.3f  %s\n' "$1" "$2" "$3" "$4" \
		"$(if [ "$(echo "$2 $3 $4" | bc -l)" = 1 ]; then echo PASS; else echo MISS; fi)"
}

# table TITLE LOG: the rounds on LOG, then the medians, ratios and goals
table() {
	load0=$(cut -d' ' -f1 /proc/loadavg)
	labels=$(cut -d' ' -f1 "$tmp/who")
	for l in $labels; do rm -f "$tmp/$l"; done
	for i in $(seq "$runs"); do
		for l in $labels; do once "$l" "$2"; done
	done
	echo "$1 ($(wc -c < "$2") bytes), median of $runs rounds in turn, load average" \
		"$load0 before, $(cut -d' ' -f1 /proc/loadavg) after:"
	printf '  %-30s %8s  %-15s %-15s %7s  %s\n' "" seconds quartiles range "CPU s" runlog/peer
	for l in $labels; do
		set -- $(stat "$l")
		eval "m_$l=$1"
		printf '  %-30s %8.3f  %-15s %-15s %7.3f' "$(name "$l")" "$1" "$(printf '%.3f-%.3f' "$2" "$3")" \
			"$(printf '%.3f-%.3f' "$4" "$5")" "$6"
		[ "$l" = runlog ] || printf '  %.3f' "$(echo "$m_runlog / $1" | bc -l)"
		echo
	done
	echo "  goals (runlog's median against the peer's):"
	for l in duckdb polars; do
		if [ -f "$tmp/$l" ]; then
			goal "runlog / $(name "$l")" "$(echo "$m_runlog / $(eval echo \$m_$l)" | bc -l)" '<=' 0.1
		fi
	done
	[ ! -f "$tmp/pandas" ] || goal "runlog / $(name pandas)" "$(echo "$m_runlog / $m_pandas" | bc -l)" '<=' 0.05
	goal "runlog - libcsv floor, two halves (s)" "$(echo "$m_runlog - $m_floor2" | bc -l)" '<=' 0.020
}

# name LABEL: what the table calls it
name() {
	case $1 in
	runlog) echo "runlog analyze --format json" ;;
	floor1) echo "libcsv floor, one thread" ;;
	floor2) echo "libcsv floor, two halves" ;;
	duckdb) echo "DuckDB (peer_duckdb.mjs)" ;;
	polars) echo "Polars (peer_polars.mjs)" ;;
	pandas) echo "pandas (peer_pandas.py)" ;;
	esac
}

"$tmp/gen" 1000 1000 > "$tmp/cohort.csv"
"$tmp/gen" 1 3000 > "$tmp/single.csv"
sync
cat "$tmp/notes"
table "1M-row cohort (gen_cohort 1000 1000)" "$tmp/cohort.csv"
echo
table "single runner, 3,000 runs over 12 years (gen_cohort 1 3000)" "$tmp/single.csv"
if $py -c 'import pandas' 2> /dev/null; then
	echo
	echo "the same numbers on the 1M-row cohort:"
	pl=
	if grep -q '^polars ' "$tmp/who"; then
		node "$polars/peer_polars.mjs" "$tmp/cohort.csv" > "$tmp/polars.json"
		pl="$tmp/polars.json"
	fi
	$py tests/bench/agree.py ./runlog "$tmp/cohort.csv" $pl | sed 's/^/  /' || true
fi
