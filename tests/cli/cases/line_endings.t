# CRLF, lone CR, a BOM, trailing blank lines and a missing final newline all read the same
$ for f in crlf cr bom trailing_blank no_final_newline; do runlog analyze tests/data/$f.csv --no-charts --format json | grep '"input"' | sed "s|tests/data/$f.csv|F|"; done | sort -u
>   "input": {"file": "F", "format": "runlog", "athletes": 0, "strength_sessions": 0, "other_activities": 0, "diary": null, "rows": 2, "runs": 2, "scored_runs": 2, "skipped_rows": 0, "set_aside_values": 0, "duplicate_rows": 0, "strength_only_days": 0, "first_date": "2025-03-01", "last_date": "2025-03-02", "mean_pain": 2.5},
