# Plain dates reuse the last month's day number: the days at the ends of
# months and years, a leap day, and the impossible days of a month just
# seen (29 February 2025, day 00, a letter) read as the calendar says; the
# streaks across month ends count in days
$ printf 'date,distance_km,pain\n2024-02-28,5,1\n2024-02-29,5,2\n2025-02-27,5,3\n2025-02-28,5,1\n2025-02-29,5,2\n2025-02-00,5,2\n2025-02-1x,5,2\n2025-03-01,5,4\n2025-03-31,5,1\n2025-12-31,5,2\n2026-01-01,5,3\n' > $T/m.csv; cd $T; runlog analyze m.csv --out p --chart-format svg > /dev/null; cut -d, -f1,4 p/runs.csv
! runlog: m.csv:6: column 'date': '2025-02-29' is not a day in the calendar
! runlog: m.csv:7: column 'date': '2025-02-00' is not a day in the calendar
! runlog: m.csv:8: column 'date': '2025-02-1x' is not a date (expected YYYY-MM-DD)
> date,streak
> 2024-02-28,1
> 2024-02-29,2
> 2025-02-27,1
> 2025-02-28,2
> 2025-03-01,3
> 2025-03-31,1
> 2025-12-31,1
> 2026-01-01,2
