# the JSON counts the skipped rows too
$ runlog analyze tests/data/bad_rows.csv --no-charts --today 2025-12-01 --format json 2>/dev/null
~ "rows": 18, "runs": 2, "scored_runs": 2, "skipped_rows": 16
