# 100,000 columns: a header with date, pain and 99,998 more columns, and five
# rows that fill them all: exit 0, no warning, all five runs analysed
$ cd $T; awk 'BEGIN { printf "date,pain"; for (i = 1; i <= 99998; i++) printf ",c%d", i; print ""; for (d = 1; d <= 5; d++) { printf "2025-03-0%d,%d", d, d; for (i = 1; i <= 99998; i++) printf ",x"; print "" } }' > wide.csv; head -1 wide.csv | tr ',' '\n' | wc -l; runlog analyze wide.csv --no-charts --format json | grep '"input"'
> 100000
>   "input": {"file": "wide.csv", "format": "runlog", "athletes": 0, "strength_sessions": 0, "other_activities": 0, "diary": null, "rows": 5, "runs": 5, "scored_runs": 5, "skipped_rows": 0, "set_aside_values": 0, "duplicate_rows": 0, "strength_only_days": 0, "first_date": "2025-03-01", "last_date": "2025-03-05", "mean_pain": 3},
