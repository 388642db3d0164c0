# 25 bad pains among 25 good ones: exactly the first 20 warnings, in order,
# then "5 more warnings not shown"; all 25 are counted as set aside, their 25
# runs kept unscored beside the 25 scored ones; --strict exits 65 and creates
# no chart folder
$ cd $T; { echo date,pain; for i in $(seq 1 25); do printf '2025-01-%02d,%d\n2025-02-%02d,12\n' $i $((i % 10)) $i; done; } > many.csv; runlog analyze many.csv --no-charts --format json | grep '"input"'; runlog analyze many.csv --strict --out p 2>&1 | tail -2; runlog analyze many.csv --strict --out p 2>/dev/null; echo "--strict: exit $?"; test -e p || echo nothing written
! runlog: many.csv:3: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:5: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:7: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:9: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:11: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:13: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:15: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:17: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:19: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:21: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:23: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:25: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:27: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:29: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:31: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:33: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:35: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:37: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:39: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv:41: column 'pain': '12' is outside 0-10; set aside, the row is kept
! runlog: many.csv: 5 more warnings not shown
>   "input": {"file": "many.csv", "format": "runlog", "athletes": 0, "strength_sessions": 0, "other_activities": 0, "diary": null, "rows": 50, "runs": 50, "scored_runs": 25, "skipped_rows": 0, "set_aside_values": 25, "duplicate_rows": 0, "strength_only_days": 0, "first_date": "2025-01-01", "last_date": "2025-02-25", "mean_pain": 4.2},
> runlog: many.csv: 5 more warnings not shown
> runlog: many.csv: 25 bad values; --strict writes nothing
> --strict: exit 65
> nothing written
