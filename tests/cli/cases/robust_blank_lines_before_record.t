# 1.2 million blank lines (1.2 MB) before a record of two lines: the blank
# lines do not count toward the record's 1 MiB limit
$ { printf 'date,pain,notes\n2025-03-01,2,ok\n'; awk 'BEGIN { for (i = 0; i < 1228800; i++) print "" }'; printf '2025-03-03,4,"two\nlines"\n'; } > $T/b.csv && runlog analyze $T/b.csv --no-charts --format json | grep -o '"scored_runs": [0-9]*'
> "scored_runs": 2
