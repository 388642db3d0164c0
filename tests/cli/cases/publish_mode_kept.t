# a file replaced keeps the mode its owner gave it: chmod 600 runs.csv and
# report.json, 640 factors.png, 750 the week's folder, then rerun
$ umask 022; runlog analyze samples/mylog.csv --out $T/p > /dev/null && runlog weekly samples/mylog.csv --week 2025-W22 --out $T/r -q || exit 1; chmod 600 $T/p/runs.csv $T/r/2025-W22/report.json; chmod 640 $T/p/factors.png; chmod 750 $T/r/2025-W22; runlog analyze samples/mylog.csv --out $T/p > /dev/null && runlog weekly samples/mylog.csv --week 2025-W22 --out $T/r -q && cd $T && echo $(stat -c '%a %n' p/runs.csv p/factors.png p/weekly.png r/2025-W22 r/2025-W22/report.json r/2025-W22/report.md)
> 600 p/runs.csv 640 p/factors.png 644 p/weekly.png 750 r/2025-W22 600 r/2025-W22/report.json 644 r/2025-W22/report.md
