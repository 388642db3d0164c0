# a duration over 72 hours: warned as FILE:LINE, the value set aside and
# counted, its run kept with the two others; --strict exits 65 and creates no
# chart folder
$ printf 'date,distance_km,duration,pain\n2025-03-01,5,30:00,2\n2025-03-02,5,73:00:00,3\n2025-03-03,6,36:00,4\n' > $T/d.csv; cd $T; runlog analyze d.csv --no-charts --format json | grep '"input"'; runlog analyze d.csv --no-charts | sed -n 2,4p; runlog analyze d.csv --strict --out p; echo "--strict: exit $?"; test -e p || echo nothing written
! runlog: d.csv:3: column 'duration': '73:00:00' is more than 72 hours; set aside, the row is kept
! runlog: d.csv:3: column 'duration': '73:00:00' is more than 72 hours; set aside, the row is kept
! runlog: d.csv:3: column 'duration': '73:00:00' is more than 72 hours; set aside, the row is kept
! runlog: d.csv: 1 bad value; --strict writes nothing
>   "input": {"file": "d.csv", "format": "runlog", "athletes": 0, "strength_sessions": 0, "other_activities": 0, "diary": null, "rows": 3, "runs": 3, "scored_runs": 3, "skipped_rows": 0, "set_aside_values": 1, "duplicate_rows": 0, "strength_only_days": 0, "first_date": "2025-03-01", "last_date": "2025-03-03", "mean_pain": 3},
>   read as a runlog log: 3 runs, 0 strength sessions
>   2025-03-01 to 2025-03-03 (3 days): 3 runs, 3 scored, mean pain 3.0
>   1 value set aside: 1 duration (each named in a warning; the rows are kept)
> --strict: exit 65
> nothing written
