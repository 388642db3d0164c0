$ printf 'date,pa\377in,pain\n2025-03-01,2,3\n' > $T/u.csv; runlog analyze $T/u.csv --no-charts 2>&1 | sed "s|$T|T|"; exit $(runlog analyze $T/u.csv --no-charts 2>/dev/null; echo $?)
? 65
> runlog: T/u.csv:1: the header is not valid UTF-8 text (field 2): is this a CSV file? save it as CSV UTF-8
