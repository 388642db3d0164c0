# an exact copy of a row is warned about with the line it copies and counted
# once (a second run that day with another pain is not a copy): 4 runs,
# "duplicate_rows": 1, said plainly in the text report; --strict exits 65
# and creates no chart folder
$ printf 'date,distance_km,duration,pain\n2025-03-01,5,30:00,2\n2025-03-02,5,31:00,3\n2025-03-02,5,31:00,3\n2025-03-03,6,36:00,4\n2025-03-03,6,36:00,5\n' > $T/dup.csv; cd $T; runlog analyze dup.csv --no-charts --format json | grep '"input"'; runlog analyze dup.csv --no-charts | sed -n 2,4p; runlog analyze dup.csv --strict --out p; echo "--strict: exit $?"; test -e p || echo nothing written
! runlog: dup.csv:4: an exact copy of line 3; counted once
! runlog: dup.csv:4: an exact copy of line 3; counted once
! runlog: dup.csv:4: an exact copy of line 3; counted once
! runlog: dup.csv: 1 bad row; --strict writes nothing
>   "input": {"file": "dup.csv", "format": "runlog", "athletes": 0, "strength_sessions": 0, "other_activities": 0, "diary": null, "rows": 5, "runs": 4, "scored_runs": 4, "skipped_rows": 0, "set_aside_values": 0, "duplicate_rows": 1, "strength_only_days": 0, "first_date": "2025-03-01", "last_date": "2025-03-03", "mean_pain": 3.5},
>   read as a runlog log: 4 runs, 0 strength sessions
>   2025-03-01 to 2025-03-03 (3 days): 4 runs, 4 scored, mean pain 3.5
>   1 row that repeated an earlier row exactly, counted once
> --strict: exit 65
> nothing written
