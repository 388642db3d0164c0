# a diary made with --tz and analysed without it: most of its days fall one
# day off the runs' (UTC times move across midnight), and the warning says
# to give the same --tz as when the diary was made; with it, no warning
$ cd $T; printf 'date,distance_km\n2025-03-01T20:00:00Z,5\n2025-03-02T19:30:00Z,5\n2025-03-04T20:10:00Z,6\n2025-03-05T21:00:00Z,4\n2025-03-07T19:00:00Z,5\n' > log.csv; printf 'date,pain\n2025-03-02,3\n2025-03-03,3\n2025-03-05,3\n2025-03-06,3\n2025-03-08,3\n' > diary.csv; TZ=UTC runlog analyze log.csv --diary diary.csv --no-charts 2>&1 | sed -n 1,4p; TZ=UTC runlog analyze log.csv --diary diary.csv --no-charts --tz Pacific/Auckland 2>&1 | sed -n 1,4p
> runlog: diary.csv: 5 of 5 diary days fall one day after a run's day: the day of a time depends on the zone; give the same --tz as when the diary was made
> runlog: log.csv
>   read as a spreadsheet: 5 runs, 0 strength sessions
>   pain from the diary diary.csv: 2 days with runs, 3 diary days with no run
> runlog: log.csv
>   read as a spreadsheet: 5 runs, 0 strength sessions
>   pain from the diary diary.csv: 5 days with runs, 0 diary days with no run
>   2025-03-02 to 2025-03-08 (7 days): 5 runs, 5 scored, mean pain 3.0
