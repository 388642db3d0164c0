# a zip without a file runlog knows: exit 65, naming what it holds (a
# control character in a name shown escaped)
$ /usr/bin/python3 tests/data/zip/zip.py $T/x.zip a.txt:1 b.gpx:2 "$(printf 'c\033.csv'):3"; runlog analyze $T/x.zip --no-charts 2>&1 | sed "s|$T|T|"; exit $(runlog analyze $T/x.zip --no-charts 2>/dev/null; echo $?)
? 65
> runlog: T/x.zip: the zip holds no file runlog reads (Strava's or Garmin's activities.csv, Apple Health's export.xml); it holds 'a.txt', 'b.gpx', 'c\x1B.csv'
