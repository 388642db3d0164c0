# intervals.icu's activities.csv (start_date_local in local time, type Run,
# WeightTraining or Walk, distance in metres, elapsed_time in seconds),
# written from the Strava fixture by tests/cli/intervals_activities.py,
# plus the pain diary gives the same JSON as the same runs in runlog's own
# log, but for its format; runlog diary reads it as an app export
$ /usr/bin/python3 tests/cli/intervals_activities.py tests/data/real/strava.csv $T/a.csv; sed -n 2p $T/a.csv; runlog analyze $T/a.csv --diary tests/data/real/diary.csv --no-charts --format json | sed 1,3d > $T/a.json; runlog analyze tests/data/real/runlog.csv --no-charts --format json | sed 1,3d | cmp - $T/a.json && echo the same JSON; runlog analyze $T/a.csv --diary tests/data/real/diary.csv --no-charts --format json | grep -o '"format": "[a-z]*"'; runlog analyze $T/a.csv --diary tests/data/real/diary.csv --no-charts | sed -n 2,3p; runlog diary $T/a.csv 2>&1 >/dev/null | sed "s|$T|T|"
> i9014,2022-11-24T07:31:00,Run,Morning Run,4590.0,1694,1694,42,
> the same JSON
> "format": "intervals"
>   read as an intervals.icu export: 30 runs, 3 strength sessions, 4 other
>   activities left out
> runlog: T/a.csv: read as an intervals.icu export: 30 runs on 30 days, 3 strength sessions, 4 other activities left out; fill in the pain column and give the diary with --diary
