#!/bin/sh
# same_outputs.sh OLD NEW [LOG ...]: runs two runlog binaries on the same
# logs and compares every byte they write: stdout, stderr and exit code of
# analyze in each format (text, markdown, html, json, with --by athlete),
# its PNG and SVG charts and runs.csv, weekly's five files and summary, and
# diary; each log once alone and once with a pain diary made from it. The
# logs are samples/, tests/data/ and three generated cohorts, plus any LOG
# given (such as ../shared/real/*.csv). A refactor that changes no output
# prints "same: N runs" and exits 0; else the first differences, exit 1.
#
# usage: sh tests/same_outputs.sh /tmp/old/runlog ./runlog ../shared/real/*.csv
set -u
[ $# -ge 2 ] || { echo "usage: same_outputs.sh OLD NEW [LOG ...]" >&2; exit 64; }
old=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
new=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
shift 2
extra=""
for f in "$@"; do extra="$extra $(cd "$(dirname "$f")" && pwd)/$(basename "$f")"; done
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C TZ=UTC

cc -O2 -o "$tmp/gen" "$root/tests/bench/gen_cohort.c" || exit 70
mkdir "$tmp/logs"
"$tmp/gen" 3 400 > "$tmp/logs/cohort_3.csv"
"$tmp/gen" 40 300 > "$tmp/logs/cohort_40.csv"
"$tmp/gen" 200 1000 > "$tmp/logs/cohort_200.csv"

# A diary for LOG, with pains and meals filled in from the line number, so
# that the merge has something to merge.
diary_of() {
	"$old" diary "$1" --today 2026-12-01 2>/dev/null |
		awk -F, 'NR == 1 { print; next }
			{ $2 = (NR * 7) % 11; $3 = NR % 3 ? "yes" : "no"; print }' OFS=,
}

# run BIN TAG LOG ARGS...: one command into $tmp/TAG/<n>/
n=0
run() {
	bin=$1 tag=$2
	shift 2
	d=$tmp/$tag/$n
	mkdir -p "$d/out"
	(cd "$d" && "$bin" "$@" < "$stdin" > stdout 2> stderr; echo $? > rc)
	sed -i "s|$d|DIR|g" "$d/stdout" "$d/stderr"
}

stdin=/dev/null
both() {
	n=$((n + 1))
	echo "$n: $*" >> "$tmp/commands"
	run "$old" old "$@"
	run "$new" new "$@"
}

for log in "$root"/samples/*.csv "$root"/tests/data/*.csv "$root"/tests/data/real/*.csv \
	"$root"/tests/data/planted/*.csv "$tmp"/logs/*.csv $extra; do
	diary_of "$log" > "$tmp/diary.$n.csv"
	dy=$tmp/diary.$n.csv
	for withd in no yes; do
		set -- --today 2026-12-01
		[ $withd = yes ] && set -- "$@" --diary "$dy"
		for f in text markdown html json; do
			both analyze "$log" "$@" -f $f --by athlete --out out
		done
		both analyze "$log" "$@" --chart-format svg --out out --size 640x400
		both analyze "$log" "$@" --draft --out out
		both weekly "$log" "$@" --out out
		both weekly "$log" "$@" --out out --week 2025-W14
	done
	both diary "$log" --today 2026-12-01
	both analyze "$log" --strict --no-charts --today 2026-12-01
	stdin=$log
	both analyze - --no-charts -f json --today 2026-12-01
	stdin=/dev/null
done

if diff -r "$tmp/old" "$tmp/new" > "$tmp/diff" 2>&1; then
	echo "same: $n runs"
	exit 0
fi
echo "DIFFERENT:"
head -40 "$tmp/diff"
grep -o '^Only in [^:]*\|^diff -r [^ ]*' "$tmp/diff" | sed 's|.*/old/\([0-9]*\)/.*|\1|' | sort -un | head -5 |
	while read -r k; do grep "^$k: " "$tmp/commands"; done
exit 1
