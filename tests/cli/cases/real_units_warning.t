# when most runs' paces are implausible (slower than 15:00 per km here),
# the unit is likely wrong: runlog warns once and names --units
$ printf "date,distance,duration,pain\n2025-03-01,2,40:00,1\n2025-03-03,2.5,50:00,2\n2025-03-05,3,55:00,3\n" > $T/u.csv; runlog analyze $T/u.csv --no-charts 2>&1 >/dev/null | sed "s|$T|T|"
> runlog: T/u.csv:1: 3 of 3 runs have a pace outside 2:30-15:00 per km: if the distances are in miles, give --units mi
