$ printf 'date,pain\n2025-03-01,2\n\000\000\001' > $T/bin.csv; runlog analyze $T/bin.csv --no-charts 2>&1 | sed "s|$T|T|"; exit $(runlog analyze $T/bin.csv --no-charts 2>/dev/null; echo $?)
? 65
> runlog: T/bin.csv:3: NUL byte: this is a binary file, not CSV text: save it as CSV UTF-8
