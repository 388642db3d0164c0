#!/bin/sh
# Kill `runlog weekly` at many moments of its run, and check each time that
# the week's folder holds either the complete earlier report or the complete
# new one, never a mix, and no temporary files.
#
# usage: kill_weekly.sh DIR    (a scratch folder; runlog on PATH)
set -u
dir=$1
week=2025-W22
log=$dir/log.csv
files="last_12_weeks.png report.html report.json report.md week_runs.png"

# Version A of the log, and version B with one more run in the week.
cp samples/mylog.csv "$log"
runlog weekly "$log" --week $week --out "$dir/a" -q || exit 1
printf '2025-05-28,6.0,0:35:00,7,no,no,no,added\n' >> "$log"
runlog weekly "$log" --week $week --out "$dir/b" -q || exit 1
cmp -s "$dir/a/$week/report.json" "$dir/b/$week/report.json" && { echo "A and B are the same"; exit 1; }

# How long a whole run takes, in milliseconds.
t0=$(date +%s%N)
runlog weekly "$log" --week $week --out "$dir/t" -q
t1=$(date +%s%N)
total=$(( (t1 - t0) / 1000000 ))
[ "$total" -gt 0 ] || total=1

olds=0 news=0 i=0 steps=30
while [ $i -le $steps ]; do
	out=$dir/run$i
	rm -rf "$out" && cp -r "$dir/a" "$out"
	ms=$(( total * i / steps ))
	runlog weekly "$log" --week $week --out "$out" -q &
	pid=$!
	sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
	kill -TERM $pid 2>/dev/null
	wait $pid 2>/dev/null
	ver=""
	for f in $files; do
		if cmp -s "$out/$week/$f" "$dir/a/$week/$f"; then v=a
		elif cmp -s "$out/$week/$f" "$dir/b/$week/$f"; then v=b
		else echo "kill at ${ms}ms: $f is neither the old nor the new file"; exit 1
		fi
		[ -z "$ver" ] || [ "$ver" = "$v" ] || { echo "kill at ${ms}ms: old and new files mixed"; exit 1; }
		ver=$v
	done
	stray=$(find "$out" -name '*.tmp.*' | head -1)
	[ -z "$stray" ] || { echo "kill at ${ms}ms: temporary file left: $stray"; exit 1; }
	[ "$ver" = a ] && olds=$((olds + 1)) || news=$((news + 1))
	i=$((i + 1))
done
# Most kills must land before the rename, or the test proves little.
[ "$olds" -gt 0 ] || { echo "no kill landed before the reports were renamed"; exit 1; }
echo "intact"
echo "$olds old, $news new" >&2
