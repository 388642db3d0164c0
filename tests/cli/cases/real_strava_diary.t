# a Strava export plus a pain diary gives the same analysis as the same runs
# in runlog's own log, evening runs that cross midnight in UTC included, when
# --tz names the runner's zone; without it those runs land on the next day,
# and runlog says to give the same --tz as when the diary was made
$ for tz in America/Chicago UTC; do runlog analyze tests/data/real/strava.csv --diary tests/data/real/diary.csv --tz $tz --no-charts --format json | sed 1,3d > $T/s.json; runlog analyze tests/data/real/runlog.csv --no-charts --format json | sed 1,3d | cmp -s - $T/s.json && echo "$tz: same" || echo "$tz: differs"; done; runlog analyze tests/data/real/strava.csv --diary tests/data/real/diary.csv --tz America/Chicago --no-charts | sed -n 2,5p
! runlog: tests/data/real/diary.csv: 22 of 31 diary days fall one day before a run's day: the day of a time depends on the zone; give the same --tz as when the diary was made
> America/Chicago: same
> UTC: differs
>   read as a Strava export: 30 runs, 3 strength sessions, 4 other activities
>   left out
>   pain from the diary tests/data/real/diary.csv: 30 days with runs, 1 diary
>   day with no run
