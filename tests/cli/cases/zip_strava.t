# Strava's export as downloaded: a zip with an activities/ folder and
# activities.csv, streamed out of the zip, gives the same analysis as the
# file itself; the report's first line names the member read
$ /usr/bin/python3 tests/data/zip/zip.py $T/export.zip profile.csv:id\\n1 activities/9014.gpx:gpx activities.csv=tests/data/real/strava.csv; runlog analyze $T/export.zip --diary tests/data/real/diary.csv --tz America/Chicago --no-charts --format json | sed 1,3d > $T/z.json; runlog analyze tests/data/real/runlog.csv --no-charts --format json | sed 1,3d | cmp - $T/z.json && echo same; runlog analyze $T/export.zip --diary tests/data/real/diary.csv --tz America/Chicago --no-charts | sed -n 2,3p | sed "s|$T|T|"
> same
>   read activities.csv from T/export.zip
>   read as a Strava export: 30 runs, 3 strength sessions, 4 other activities
