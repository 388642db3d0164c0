# strength-only days are days, not rows: a session on a running day makes
# that run's day a strength day (03-01, 03-03), two sessions on one day are
# one day (03-02), and a strength row repeated exactly is a copy, warned
# about and counted in duplicate_rows like a run's copy; sessions are still
# one a row (5). The same rows with the runs in date order (searched) and
# out of order (a pass over the runs) count alike.
$ cd $T; printf 'date,pain,distance_km,strength,notes\n2025-03-03,3,5,no,\n2025-03-01,2,5,no,\n2025-03-01,,,yes,gym\n2025-03-02,,,yes,gym\n2025-03-02,,,yes,gym\n2025-03-04,,,yes,gym\n2025-03-02,,,yes,pull-ups\n2025-03-03,,,yes,core\n' > s.csv; { head -1 s.csv; tail -n +2 s.csv | sort -s -t, -k1,1; } > sorted.csv; runlog analyze s.csv --no-charts | sed -n 2,5p; for f in s sorted; do runlog analyze $f.csv --no-charts --format json 2>/dev/null | grep -o '"strength_sessions": [0-9]*\|"duplicate_rows": [0-9]*\|"strength_only_days": [0-9]*' | tr '\n' ' '; echo; done; runlog analyze s.csv --strict --no-charts > /dev/null 2>&1; echo "--strict: exit $?"
! runlog: s.csv:6: an exact copy of line 5; counted once
>   read as a runlog log: 2 runs, 5 strength sessions
>   2025-03-01 to 2025-03-03 (3 days): 2 runs, 2 scored, mean pain 2.5
>   2 strength-only days
>   1 row that repeated an earlier row exactly, counted once
> "strength_sessions": 5 "duplicate_rows": 1 "strength_only_days": 2 
> "strength_sessions": 5 "duplicate_rows": 1 "strength_only_days": 2 
> --strict: exit 65
