# when every slash date could be D/M or M/D, runlog asks for --date-format,
# which then always wins; dates day first on one line and month first on
# another are refused with both lines named
$ printf "date,pain\n1/2/2025,3\n3/2/2025,4\n5/2/2025,2\n" > $T/a.csv; runlog analyze $T/a.csv --no-charts 2>&1 | sed "s|$T|T|"; runlog analyze $T/a.csv --no-charts --date-format DMY | sed -n 3p; runlog analyze $T/a.csv --no-charts --date-format MDY | sed -n 3p; printf "date,pain\n13/2/2025,3\n2/14/2025,4\n" > $T/m.csv; runlog analyze $T/m.csv --no-charts 2>&1 | sed "s|$T|T|"; runlog analyze $T/m.csv --date-format DMY --no-charts 2>&1 | sed "s|$T|T|" | head -1
> runlog: T/a.csv: every date could be day/month or month/day (no day above 12); give --date-format DMY or MDY
>   2025-02-01 to 2025-02-05 (5 days): 3 runs, 3 scored, mean pain 3.0
>   2025-01-02 to 2025-05-02 (121 days): 3 runs, 3 scored, mean pain 3.0
> runlog: T/m.csv:3: the dates are day first on line 2 ('13/2/2025') but month first here ('2/14/2025'); give --date-format DMY or MDY
> runlog: T/m.csv:3: column 'date': '2/14/2025' is not a day in the calendar
