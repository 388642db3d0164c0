# only the first 20 bad rows are listed, then a count
$ { echo date,pain; i=1; while [ $i -le 25 ]; do echo 2025-01-0$((i % 9 + 1)),12; i=$((i+1)); done; } > $T/many.csv; runlog analyze $T/many.csv --no-charts 2>&1 >/dev/null | sed "s|$T|T|" | tail -2
> runlog: T/many.csv:21: column 'pain': '12' is outside 0-10
> runlog: T/many.csv: 5 more bad rows not shown
