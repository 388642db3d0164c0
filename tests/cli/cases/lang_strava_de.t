# a German Strava export (92 columns, Verstrichene Zeit and Distanz twice,
# "24.11.2022, 13:31:00" UTC dates, quoted decimal commas, Lauf, Radfahrt
# and Krafttraining) plus the pain diary gives the same JSON as the same
# runs in runlog's own log; the first Distanz (km) and Verstrichene Zeit
# (seconds) count, as in the English export (tests/cli/strava_lang.py)
$ /usr/bin/python3 tests/cli/strava_lang.py de tests/data/real/strava.csv $T/de.csv; /usr/bin/python3 -c 'import collections, csv, re, sys; rows = list(csv.reader(open(sys.argv[1], newline=""))); h = rows[0]; print(len(h), "columns,", h.count("Distanz"), "Distanz,", h.count("Verstrichene Zeit"), "Verstrichene Zeit"); print(sum(bool(re.fullmatch(r"\d\d\.\d\d\.2022, \d\d:\d\d:\d\d", r[1])) and bool(re.fullmatch(r"\d+,\d\d", r[6])) for r in rows[1:]), "rows with German dates and decimal commas:", ", ".join("%s %d" % kv for kv in sorted(collections.Counter(r[3] for r in rows[1:]).items())))' $T/de.csv; runlog analyze $T/de.csv --diary tests/data/real/diary.csv --tz America/Chicago --no-charts --format json | sed 1,3d > $T/de.json; runlog analyze tests/data/real/runlog.csv --no-charts --format json | sed 1,3d | cmp - $T/de.json && echo the same JSON; runlog analyze $T/de.csv --diary tests/data/real/diary.csv --tz America/Chicago --no-charts | sed -n 2,3p
> 92 columns, 2 Distanz, 2 Verstrichene Zeit
> 37 rows with German dates and decimal commas: Krafttraining 3, Lauf 30, Radfahrt 4
> the same JSON
>   read as a Strava export: 30 runs, 3 strength sessions, 4 other activities
>   left out
