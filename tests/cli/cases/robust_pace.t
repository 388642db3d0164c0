# an implausible pace alone (10 km in 5 minutes) only warns: the run is kept
# and counted (3 runs, none skipped), and --strict keeps it too (it is not a
# bad row) and draws the charts
$ printf 'date,distance_km,duration,pain\n2025-03-01,5,30:00,2\n2025-03-02,10,5:00,3\n2025-03-03,6,36:00,4\n' > $T/pace.csv; cd $T; runlog analyze pace.csv --no-charts --format json | grep '"input"'; runlog analyze pace.csv --strict --out p > report.txt; echo "--strict: exit $?, $(ls p/*.png | wc -l) charts"; sed -n 3p report.txt
! runlog: pace.csv:3: a pace of 0:30 per km (10.00 km in 5 minutes) is implausible; the run is kept
! runlog: pace.csv:3: a pace of 0:30 per km (10.00 km in 5 minutes) is implausible; the run is kept
>   "input": {"file": "pace.csv", "format": "runlog", "athletes": 0, "strength_sessions": 0, "other_activities": 0, "diary": null, "rows": 3, "runs": 3, "scored_runs": 3, "skipped_rows": 0, "set_aside_values": 0, "duplicate_rows": 0, "strength_only_days": 0, "first_date": "2025-03-01", "last_date": "2025-03-03", "mean_pain": 3},
> --strict: exit 0, 5 charts
>   2025-03-01 to 2025-03-03 (3 days): 3 runs, 3 scored, mean pain 3.0
