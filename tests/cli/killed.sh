#!/bin/sh
# Kill runlog at many moments of its run, and check each time that the
# output folder holds either the complete earlier output or the complete
# new one, never a mix, and no temporary files.
#
# usage: killed.sh weekly|analyze DIR    (DIR a scratch folder; runlog on PATH)
set -u
mode=$1 dir=$2
log=$dir/log.csv
week=2025-W22
if [ "$mode" = weekly ]; then
	sub=$week
	files="last_12_weeks.png report.html report.json report.md week_runs.png"
else
	sub=.
	files="pain_timeline.png pain_by_streak.png pain_by_meals.png weekly.png factors.png"
fi
# run OUT: write mode's output for $log into OUT. It execs runlog, so call
# it in a subshell: ( run OUT ), or run OUT & (then $! is runlog itself).
run() {
	if [ "$mode" = weekly ]; then
		exec runlog weekly "$log" --week $week --out "$1" -q
	else
		exec runlog analyze "$log" --out "$1" > /dev/null
	fi
}

# Version A of the log, and version B with one more run in the week.
cp samples/mylog.csv "$log"
( run "$dir/a" ) || exit 1
printf '2025-05-28,6.0,0:35:00,7,no,no,no,added\n' >> "$log"
( run "$dir/b" ) || exit 1
for f in $files; do
	cmp -s "$dir/a/$sub/$f" "$dir/b/$sub/$f" || differ=1
done
[ "${differ:-0}" = 1 ] || { echo "A and B are the same"; exit 1; }

# How long a whole run takes, in milliseconds.
t0=$(date +%s%N)
( run "$dir/t" )
t1=$(date +%s%N)
total=$(( (t1 - t0) / 1000000 ))
[ "$total" -gt 0 ] || total=1

olds=0 news=0 i=0 steps=30
while [ $i -le $steps ]; do
	out=$dir/run$i
	rm -rf "$out" && cp -r "$dir/a" "$out"
	ms=$(( total * i * 13 / (steps * 10) )) # the last kills come after the end
	run "$out" &
	pid=$!
	sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
	kill -TERM $pid 2>/dev/null
	wait $pid 2>/dev/null
	ver=""
	for f in $files; do
		if cmp -s "$out/$sub/$f" "$dir/a/$sub/$f"; then v=a
		elif cmp -s "$out/$sub/$f" "$dir/b/$sub/$f"; then v=b
		else echo "kill at ${ms}ms: $f is neither the old nor the new file"; exit 1
		fi
		# A file that is the same in A and B says nothing about the set.
		cmp -s "$dir/a/$sub/$f" "$dir/b/$sub/$f" && continue
		[ -z "$ver" ] || [ "$ver" = "$v" ] || { echo "kill at ${ms}ms: old and new files mixed"; exit 1; }
		ver=$v
	done
	stray=$(find "$out" -name '*.tmp.*' -o -name '.*.runlog-*' | head -1)
	[ -z "$stray" ] || { echo "kill at ${ms}ms: temporary file left: $stray"; exit 1; }
	[ "$ver" = a ] && olds=$((olds + 1)) || news=$((news + 1))
	i=$((i + 1))
done
# Some kills must land before the rename, or the test proves little.
[ "$olds" -gt 0 ] || { echo "no kill landed before the outputs were renamed"; exit 1; }
echo "intact"
echo "$olds old, $news new" >&2
