# a quote opened on line 3 and never closed, with 1.2 MB of lines after it:
# the record runs past 1 MiB over many lines, so runlog names the quote
$ cd $T; { printf 'date,pain,notes\n2025-03-01,2,ok\n2025-03-02,3,"oops\n'; awk 'BEGIN { for (i = 0; i < 20000; i++) printf "2025-03-03,4,a note of sixty bytes or so to fill the file up quickly\n" }'; } > q.csv; runlog analyze q.csv --no-charts; echo "exit $?"
! runlog: q.csv:3: record longer than 1 MiB (is a quote left open on line 3?)
> exit 65
