# a date column in which most dates cannot be read stops with exit 65 and
# one message that quotes a bad value and lists the spellings runlog reads
# (not a warning a row, then "add pain scores"); a few bad dates in a good
# column stay warnings, and the run is analysed
$ printf 'date,pain\n2022_10_06,3\n2022_10_07,4\n2022_10_08,5\n2022-10-09,2\n' > $T/bad.csv; runlog analyze $T/bad.csv --no-charts 2>&1 | sed "s|$T|T|"; runlog analyze $T/bad.csv --no-charts >/dev/null 2>&1; echo "exit $?"; printf 'date,pain\n2022-10-06,3\n2022_10_07,4\n2022-10-08,5\n' > $T/few.csv; runlog analyze $T/few.csv --no-charts 2>&1 | sed "s|$T|T|" | sed -n 1,4p
> runlog: T/bad.csv:2: column 'date': 3 of 4 dates cannot be read, such as '2022_10_06'; runlog reads YYYY-MM-DD, D/M/YYYY or M/D/YYYY, D.M.YYYY, D-M-YYYY, YYYY/MM/DD (also with a 2-digit year), or a month's name ('6 Oct 2022', '6. Okt. 2022', 'Oct 6, 2022'), each with or without a time after it
> exit 65
> runlog: T/few.csv:3: column 'date': '2022_10_07' is not a date (expected YYYY-MM-DD)
> runlog: T/few.csv
>   read as a runlog log: 2 runs, 0 strength sessions
>   2022-10-06 to 2022-10-08 (3 days): 2 runs, 2 scored, mean pain 4.0
