# a log with a header and no rows: weekly writes its "no runs" week, all five
# files (under make check-asan, the chart of the week's days passed NULL to
# bsearch: UBSan stopped runlog)
$ printf 'date,pain,strength\n' > $T/h.csv; runlog weekly $T/h.csv --week 2025-W10 --out $T/r | sed "s|$T|T|"; ls $T/r/2025-W10 | wc -l; grep '^  "runs"' $T/r/2025-W10/report.json
> no runs in 2025-W10 (2025-03-03 to 2025-03-09)
>   report: T/r/2025-W10/report.html
> 5
>   "runs": 0,
