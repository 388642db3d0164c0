# a date after today (with one day of slack, for a clock in another zone) is
# a bad date: its row is skipped with a warning, in ISO and slash dates, in
# the log and the diary; --today says which day today is, so the same log
# gives the same result on any day; weekly's --today only picks the week, so
# a week replayed from an older --today still reads the rows after it (those
# are not after the clock's today)
$ cd $T; printf 'date,pain,distance_km\n2026-08-09,2,5\n2026-08-10,3,5\n2026-08-11,2,6\n2026-08-12,4,5\n2027-03-01,1,5\n' > f.csv; printf 'date,pain,distance_km\n9/8/2026,2,5\n11/8/2026,2,5\n13/8/2026,2,5\n' > s.csv; printf 'date,pain\n2026-08-11,5\n2026-08-12,6\n' > d.csv; runlog analyze f.csv --today 2026-08-10 --no-charts | sed -n 2,4p; runlog analyze s.csv --today 2026-08-10 --no-charts | sed -n 3p; runlog analyze f.csv --today 2026-08-10 --diary d.csv --no-charts | sed -n 3p; runlog analyze f.csv --today 2027-03-01 --no-charts | sed -n 3p; head -5 f.csv > w.csv; echo 2026-09-01,2,5 >> w.csv; runlog weekly w.csv --today 2026-08-12 --out w -q; echo "weekly: exit $?"
! runlog: f.csv:5: column 'date': '2026-08-12' is after today, 2026-08-10 (see --today)
! runlog: f.csv:6: column 'date': '2027-03-01' is after today, 2026-08-10 (see --today)
! runlog: s.csv:4: column 'date': 13/8/2026 read as day/month/year is after today, 2026-08-10 (see --today)
! runlog: f.csv:5: column 'date': '2026-08-12' is after today, 2026-08-10 (see --today)
! runlog: f.csv:6: column 'date': '2027-03-01' is after today, 2026-08-10 (see --today)
! runlog: d.csv:3: column 'date': '2026-08-12' is after today, 2026-08-10 (see --today)
>   read as a runlog log: 3 runs, 0 strength sessions
>   2026-08-09 to 2026-08-11 (3 days): 3 runs, 3 scored, mean pain 2.3
>   2 rows skipped (each was named in a warning on stderr)
>   2026-08-09 to 2026-08-11 (3 days): 2 runs, 2 scored, mean pain 2.0
>   pain from the diary d.csv: 1 day with runs, 0 diary days with no run
>   2026-08-09 to 2027-03-01 (205 days): 5 runs, 5 scored, mean pain 2.4
> weekly: exit 0
