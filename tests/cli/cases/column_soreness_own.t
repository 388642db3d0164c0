# a runner's own log whose 0-10 pain column is called soreness, read with
# --column pain=soreness as the README shows: its scores are read as they
# are (the same report as under the name pain), not as intervals.icu's
# wellness levels 1-4, which only its wellness.csv (soreness beside
# fatigue) has
$ printf "date,distance_km,pain\n2025-03-01,5,7\n2025-03-02,6,0\n2025-03-03,6,2\n2025-03-05,7,4\n" > $T/own.csv; sed 1s/pain/soreness/ $T/own.csv > $T/sore.csv; runlog analyze $T/own.csv --no-charts --format json | sed 2d > $T/a.json; runlog analyze $T/sore.csv --column pain=soreness --no-charts --format json | sed 2d > $T/b.json; cmp $T/a.json $T/b.json && echo same report
> same report
