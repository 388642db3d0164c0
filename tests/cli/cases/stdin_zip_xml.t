# '-' tells a zip and Apple Health's export.xml by their first bytes, as a
# file is told: a Strava zip (with its diary) and an Apple zip, from a file
# and from a pipe, and an export.xml from a pipe, give the JSON their files
# give (but for the file's name); the report names the member it read
$ /usr/bin/python3 tests/data/apple/gen_apple.py $T && /usr/bin/python3 tests/data/zip/zip.py $T/strava.zip export_1/activities.csv=tests/data/real/strava.csv export_1/profile.csv:x && d=$PWD/tests/data/real/diary.csv && cd $T && for f in strava.zip export.zip export.xml; do o=; [ $f = strava.zip ] && o="--diary $d --tz America/Chicago"; runlog analyze $f $o --no-charts --format json | sed 's/"file": "[^"]*"//' > file.json; runlog analyze - $o --no-charts --format json < $f | sed 's/"file": "[^"]*"//' | cmp -s - file.json && echo "$f < redirected: same"; cat $f | runlog analyze - $o --no-charts --format json | sed 's/"file": "[^"]*"//' | cmp -s - file.json && echo "$f | piped: same"; done; cat strava.zip | runlog analyze - --diary $d --tz America/Chicago --no-charts | sed -n 2p; cat export.zip | runlog analyze - --no-charts | sed -n 2,3p; grep -o "\"runs\": [0-9]*" file.json | head -1
> strava.zip < redirected: same
> strava.zip | piped: same
> export.zip < redirected: same
> export.zip | piped: same
> export.xml < redirected: same
> export.xml | piped: same
>   read export_1/activities.csv from -
>   read apple_health_export/export.xml from -
>   read as an Apple Health export: 352 runs, 163 strength sessions, 183 other
> "runs": 352
