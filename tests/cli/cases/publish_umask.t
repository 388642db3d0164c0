# new files take the process umask: under umask 077 every chart, runs.csv,
# the week's reports and an -O report are 600, and the week's folder 700
$ umask 077; runlog analyze samples/mylog.csv --out $T/p -O $T/report.txt && runlog weekly samples/mylog.csv --week 2025-W22 --out $T/r -q && cd $T && stat -c '%a %n' p/* r/2025-W22 r/2025-W22/* report.txt
> 600 p/factors.png
> 600 p/pain_by_meals.png
> 600 p/pain_by_streak.png
> 600 p/pain_timeline.png
> 600 p/runs.csv
> 600 p/weekly.png
> 700 r/2025-W22
> 600 r/2025-W22/last_12_weeks.png
> 600 r/2025-W22/report.html
> 600 r/2025-W22/report.json
> 600 r/2025-W22/report.md
> 600 r/2025-W22/week_runs.png
> 600 report.txt
