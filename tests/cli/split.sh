#!/bin/sh
# A large log is read in chunks on N threads (src/ingest_split.c). For each
# log below, `runlog analyze --format json` on 2, 3 and 8 threads, with
# chunks forced small (RUNLOG_CHUNK=4096, 1000 and 65536), must give the
# same exit code, the same stdout and the same stderr, byte for byte, as one
# reader (--threads 1). Prints one line per log: "same NAME" or "DIFFERENT
# NAME" with the difference.
# Usage: split.sh DIR
set -u
. "$(dirname "$0")/same.sh"
dir=$1
mkdir -p "$dir"

# Two athletes whose dates interleave, with bad rows, strength-only rows,
# blank lines and a row of the first half repeated in the second.
awk 'BEGIN {
	print "date,athlete,distance_km,pain,ate_before,ate_after,strength,notes"
	split("yes no", yn, " ")
	for (d = 0; d < 400; d++) {
		day = sprintf("2024-%02d-%02d", int(d / 28) % 12 + 1, d % 28 + 1)
		year = 2020 + int(d / 336)
		day = year substr(day, 5)
		for (a = 1; a <= 2; a++) {
			if ((d + a) % 9 == 0) continue
			p = (d * 7 + a * 3) % 11
			if (d % 53 == 7 && a == 1) p = "eleven"
			printf "%s,%s,%.2f,%s,%s,%s,no,\"run %d\"\n", day, (a == 1 ? "ann" : "bob"),
			       5 + (d % 5) * 1.25, p, yn[d % 2 + 1], yn[(d / 3) % 2 + 1], d
		}
		if (d % 11 == 0) printf "%s,ann,,,,,yes,gym\n", day
		if (d % 97 == 0) print ""
	}
	print "2020-01-05,ann,6.25,6,no,yes,no,\"run 4\""
}' > "$dir/cohort.csv"

# Notes of many lines: cuts fall inside quoted fields, so chunks cannot
# join there and the main reader reads on.
awk 'BEGIN {
	print "date,distance_km,pain,notes"
	for (d = 1; d <= 120; d++) {
		printf "2023-%02d-%02d,%d,%d,\"", int((d - 1) / 28) + 1, (d - 1) % 28 + 1, 5 + d % 4, d % 7
		for (k = 0; k < 30; k++) printf "line %d of the notes\n", k
		print "end\""
	}
}' > "$dir/quoted.csv"

# Slash dates whose order only the second half decides (a day above 12).
awk 'BEGIN {
	print "date,distance_km,pain"
	for (d = 1; d <= 300; d++) printf "%d/%d/2023,%d,%d\n", (d % 12) + 1, (d % 12) + 1, d, d % 10
	for (d = 1; d <= 300; d++) printf "%d/%d/2024,%d,%d\n", (d % 12) + 1, (d % 16) + 13, d, d % 10
}' > "$dir/slash.csv"

# A quote left open in the second half: a fatal error with its line.
{ cat "$dir/slash.csv"; printf '1/20/2025,5,"3\n1/21/2025,5,4\n'; } > "$dir/open_quote.csv"

# Bad rows only in the second half, and a pace warning.
{ head -n 301 "$dir/slash.csv"; printf '2/13/2024,5,x\n2/14/2024,50,4\n'; tail -n 299 "$dir/slash.csv"; } \
	> "$dir/late_warnings.csv"

# 1.2 million blank lines, then a record of two lines: the blank lines are
# not part of the record, which is far under the 1 MiB limit.
{ head -n 21 "$dir/slash.csv"; awk 'BEGIN { for (i = 0; i < 1228800; i++) print "" }'
  printf '2/13/2024,5,"3\n"\n'; } > "$dir/blank_lines.csv"

# 140,000 athletes in each half: together over the limit of 262,143, which
# one reader reports at the row where it is passed; a bad row after it is
# never reached.
awk 'BEGIN { print "date,athlete,distance_km,pain"
	for (i = 0; i < 140000; i++) printf "2023-01-01,a%d,5,3\n", i
	for (i = 0; i < 140000; i++) printf "2023-01-01,b%d,5,%s\n", i, i == 139999 ? "x" : "3" }' \
	> "$dir/athlete_limit.csv"

# 300,000 bad rows in the second half: more warnings than the second reader
# keeps (NOTES_MAX), so the first reads on; the same first 20 and count.
{ head -n 2 "$dir/slash.csv"; awk 'BEGIN { for (i = 0; i < 300000; i++) print "2/13/2024,5,bad" }'; } \
	> "$dir/many_warnings.csv"

# An athlete the log does not have: the names it does have, from both halves
# (ann in the first, cat and dan only in the second).
awk 'BEGIN { print "athlete,date,pain"
	for (d = 0; d < 300; d++) printf "ann,%d-%02d-%02d,%d\n", 2020 + int(d / 336), int(d / 28) % 12 + 1, d % 28 + 1, d % 9
	for (d = 0; d < 300; d++) printf "%s,%d-%02d-%02d,%d\n", d % 2 ? "cat" : "dan", 2021 + int(d / 336), int(d / 28) % 12 + 1, d % 28 + 1, d % 7 }' \
	> "$dir/no_such_athlete.csv"

# Two exports joined: ann then bob, then bob then ann again, later, with a
# row of ann's from the first repeated in the second. The second reader
# numbers bob before ann, so after the join its runs are out of order in a
# way its own count could not see: the log must still be found unsorted.
awk 'BEGIN { print "athlete,date,distance_km,pain"
	for (k = 0; k < 2; k++) for (a = 0; a < 2; a++) for (d = 0; d < 200; d++) {
		who = (k == 0) == (a == 0) ? "ann" : "bob"
		if (k == 1 && a == 1 && d == 0) print "ann,2020-01-05,6,6"
		printf "%s,%d-%02d-%02d,%d,%d\n", who, 2020 + 2 * k + int(d / 112), int(d / 28) % 4 + 1 + 4 * a, d % 28 + 1, 5 + d % 3, (d * 7 + a) % 11 }
	}' > "$dir/renumbered.csv"

for name in cohort quoted slash open_quote late_warnings blank_lines athlete_limit many_warnings \
	no_such_athlete renumbered; do
	log=$dir/$name.csv
	by=
	[ "$name" = cohort ] || [ "$name" = renumbered ] && by="--by athlete"
	[ "$name" = no_such_athlete ] && by="--athlete zoe"
	runlog analyze "$log" --threads 1 --format json --no-charts $by --today 2025-06-01 \
		> "$dir/$name.1" 2> "$dir/$name.1.err"
	echo "exit $?" >> "$dir/$name.1.err"
	verdict="same $name"
	for tc in 2:4096 3:1000 8:65536; do
		t=${tc%:*}
		RUNLOG_CHUNK=${tc#*:} runlog analyze "$log" --threads "$t" --format json --no-charts $by \
			--today 2025-06-01 > "$dir/$name.$t" 2> "$dir/$name.$t.err"
		echo "exit $?" >> "$dir/$name.$t.err"
		v=$(same "$name" "$dir/$name.1" "$dir/$name.$t")
		[ "$v" = "same $name" ] || verdict="$v (on $t threads)"
	done
	echo "$verdict"
done
