# the JSON counts the skipped rows (bad dates, fields out of step) and the
# values set aside (their rows kept as runs) too
$ runlog analyze tests/data/bad_rows.csv --no-charts --today 2025-12-01 --format json 2>/dev/null
~ "rows": 18, "runs": 12, "scored_runs": 5, "skipped_rows": 6, "set_aside_values": 10
