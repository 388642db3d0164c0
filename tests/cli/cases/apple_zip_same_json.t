# Apple Health's export as downloaded (generated: 2 years, Apple's schema,
# DTD and all) gives the same JSON as the same runs, sessions and pain in
# runlog's own log, but for the keys that describe the input (file,
# format, rows, other_activities); the report's first lines name the
# member and the workouts left out
$ /usr/bin/python3 tests/data/apple/gen_apple.py $T && runlog analyze $T/export.zip --no-charts --format json > $T/a.json && runlog analyze $T/runlog.csv --no-charts --format json > $T/c.json && /usr/bin/python3 -c 'import json,sys; d=[json.load(open(f)) for f in sys.argv[1:]]; [x["input"].pop(k) for x in d for k in ("file","format","rows","other_activities")]; print("same" if d[0]==d[1] else "differs", len(json.dumps(d[0])) > 2000)' $T/a.json $T/c.json; cd $T && runlog analyze export.zip --no-charts | sed -n 2,5p
> same True
>   read apple_health_export/export.xml from export.zip
>   read as an Apple Health export: 352 runs, 163 strength sessions, 183 other
>   activities left out
>   2024-01-01 to 2025-12-30 (730 days): 352 runs, 170 scored, mean pain 5.1
