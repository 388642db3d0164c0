# a spreadsheet with M/D/YY dates, Distance (mi), rest days kept as rows
# (0.00 mi, no pain: not runs) and empty template rows with #NUM! cells
# (ignored): 10 runs of the 16 days
$ runlog analyze tests/data/real/sheet_mdy.csv --no-charts | sed -n 2,3p; runlog analyze tests/data/real/sheet_mdy.csv --no-charts --format json | grep -o "\"rows\": [0-9]*, \"runs\": [0-9]*, \"scored_runs\": [0-9]*, \"skipped_rows\": [0-9]*"
>   read as a spreadsheet: 10 runs, 0 strength sessions
>   2023-07-10 to 2023-07-23 (14 days): 10 runs, 10 scored, mean pain 2.0
> "rows": 21, "runs": 10, "scored_runs": 10, "skipped_rows": 0
