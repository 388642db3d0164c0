# a log that cannot be used exits 65 and writes no week folder
$ printf 'date,pain\n2025-03-01,"oops\n' > $T/bad.csv; runlog weekly $T/bad.csv --week 2025-W10 --out $T/r 2>&1 | sed "s|$T|T|"; runlog weekly $T/bad.csv --week 2025-W10 --out $T/r 2>/dev/null; echo "rc=$?"; test -e $T/r || echo "nothing written"
> runlog: T/bad.csv:2: unterminated quote: a field opened on line 2 has no closing '"'
> rc=65
> nothing written
