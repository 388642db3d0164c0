#!/bin/sh
# The reader takes a log's usual spellings ("2025-03-01", "7.5", "0:35:47",
# "yes", the last athlete's name again) on a fast path and every other one
# through the general parsers. For each log below, a copy with every value
# spelled otherwise but meaning the same ("5.7000", "35:47", "Yes", "N",
# " ann " in quotes, "2025-03-01T00:00") must give the same
# `runlog analyze --format json` and the same stderr, but for the file name.
# Prints "same NAME" or "DIFFERENT NAME" with the difference.
# Usage: spellings.sh DIR
set -u
. "$(dirname "$0")/same.sh"
dir=$1
mkdir -p "$dir"

# The sample log, as three athletes whose rows interleave in runs of 1-3,
# with a bad pain and an empty one here and there.
awk -F, 'NR == 1 { print "athlete," $0; next }
{
	split("ann bob cyd", who, " ")
	if (NR % 17 == 0) $4 = "eleven"
	if (NR % 23 == 0) $4 = ""
	print who[int(NR / 2) % 3 + 1] "," $0
}
# Paces at the bounds of the pace checks, exactly and a second off:
# 2:30 and 30:00 a km are plausible, 2:29.9 and 30:00.1 are not.
END {
	print "dee,2025-03-01,10,0:25:00,2,yes,yes,no,"
	print "dee,2025-03-03,10,0:24:59,2,yes,yes,no,"
	print "dee,2025-03-05,1,0:30:00,2,yes,yes,no,"
	print "dee,2025-03-07,1,0:30:01,2,yes,yes,no,"
	print "dee,2025-03-09,2.5,0:37:30,2,yes,yes,no,"
}' OFS=, samples/mylog.csv > "$dir/usual.csv"

# The same log spelled otherwise: the general parsers' path for every field.
awk -F, 'NR == 1 { print; next }
{
	$1 = "\" " $1 " \""
	$2 = $2 "T00:00"
	if ($3 != "") $3 = sprintf("%.4f", $3)
	if ($4 ~ /^0:/) $4 = substr($4, 3)
	if ($5 ~ /^[0-9.]+$/) $5 = sprintf("%.4f", $5)
	for (i = 6; i <= 8; i++) $i = ($i == "yes" ? "Yes" : $i == "no" ? "N" : $i)
	print
}' OFS=, "$dir/usual.csv" > "$dir/other.csv"

# Guard the test itself: the copy must really differ on every line.
same_lines=$(tail -n +2 "$dir/usual.csv" | grep -cxFf - "$dir/other.csv")
if [ "$same_lines" != 0 ]; then
	echo "DIFFERENT setup: $same_lines lines spelled alike"
	exit 0
fi

for athlete in "" ann; do
	name=${athlete:-pooled}
	set -- --format json --no-charts ${athlete:+--athlete $athlete}
	runlog analyze "$dir/usual.csv" "$@" > "$dir/u" 2> "$dir/u.err"
	echo "exit $?" >> "$dir/u"
	runlog analyze "$dir/other.csv" "$@" > "$dir/o" 2> "$dir/o.err"
	echo "exit $?" >> "$dir/o"
	sed -i "s#$dir/other.csv#$dir/usual.csv#g" "$dir/o" "$dir/o.err"
	same "$name" "$dir/u" "$dir/o"
done
