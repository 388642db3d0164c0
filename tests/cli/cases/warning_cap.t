# only the first 20 warnings are listed, then a count (25 bad pains, and 16
# rows that copy an earlier one: the same date and pain)
$ { echo date,pain; i=1; while [ $i -le 25 ]; do echo 2025-01-0$((i % 9 + 1)),12; i=$((i+1)); done; } > $T/many.csv; runlog analyze $T/many.csv --no-charts 2>&1 >/dev/null | sed "s|$T|T|" | tail -2
> runlog: T/many.csv:21: column 'pain': '12' is outside 0-10; set aside, the row is kept
> runlog: T/many.csv: 21 more warnings not shown
