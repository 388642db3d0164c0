# header names in other case, spacing and units; miles become km; extra columns ignored;
# times after the date; rows out of order; two runs on one day
$ runlog analyze tests/data/quirks.csv --no-charts --format json
~ "rows": 4, "runs": 4, "scored_runs": 3, "skipped_rows": 0, "set_aside_values": 0, "duplicate_rows": 0, "strength_only_days": 0, "first_date": "2025-03-01", "last_date": "2025-03-03", "mean_pain": 3}
