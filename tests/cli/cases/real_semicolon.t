# a ';'-separated log reads decimal commas (10,51 km, pain 4,5)
$ runlog analyze tests/data/real/semicolon.csv --no-charts --format json | grep -o "\"runs\": [0-9]*, \"scored_runs\": [0-9]*, \"skipped_rows\": [0-9]*\|\"mean_pain\": [0-9.]*}"; printf "date\tpain\tdistance\n2025-03-01\t3\t5.5\n" > $T/tab.csv; runlog analyze $T/tab.csv --no-charts | sed -n 3p
> "runs": 8, "scored_runs": 8, "skipped_rows": 0
> "mean_pain": 1.875}
>   2025-03-01 to 2025-03-01 (1 day): 1 run, 1 scored, mean pain 3.0
