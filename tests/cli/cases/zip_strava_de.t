# issue 22: a German Strava export as downloaded, a zip holding the
# activities/ folder and the 92-column German activities.csv, gives the
# same JSON as the same runs in runlog's own log
$ /usr/bin/python3 tests/cli/strava_lang.py de tests/data/real/strava.csv $T/de.csv && /usr/bin/python3 tests/data/zip/zip.py $T/export.zip activities/9014.gpx:gpx activities.csv=$T/de.csv; runlog analyze $T/export.zip --diary tests/data/real/diary.csv --tz America/Chicago --no-charts --format json | sed 1,3d > $T/z.json; runlog analyze tests/data/real/runlog.csv --no-charts --format json | sed 1,3d | cmp - $T/z.json && echo the same JSON; runlog analyze $T/export.zip --diary tests/data/real/diary.csv --tz America/Chicago --no-charts | sed -n 2,4p | sed "s|$T|T|"
> the same JSON
>   read activities.csv from T/export.zip
>   read as a Strava export: 30 runs, 3 strength sessions, 4 other activities
>   left out
