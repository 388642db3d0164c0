# one slash date that could be read either way among ISO dates: that row is
# skipped with a warning naming --date-format, the rest is analysed; when
# every date is such a slash date, the log cannot be read (exit 65)
$ cd $T; printf 'date,pain\n2025-03-01,2\n2025-03-02,3\n12/03/2025,4\n2025-03-04,1\n' > a.csv; runlog analyze a.csv --no-charts -f json | grep -o '"scored_runs": [0-9]*'; printf 'date,pain\n12/03/2025,4\n11/03/2025,1\n' > b.csv; runlog analyze b.csv --no-charts 2>&1; runlog analyze a.csv --no-charts --date-format DMY -f json | grep -o '"scored_runs": [0-9]*'
! runlog: a.csv:4: column 'date': the date 12/3/2025 could be day/month or month/day; give --date-format DMY or MDY
> "scored_runs": 3
> runlog: b.csv: every date could be day/month or month/day (no day above 12); give --date-format DMY or MDY
> "scored_runs": 4
