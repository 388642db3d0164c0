# a week before the log's first run: exit 0, "no runs", and the folder is still
# written; its summary points to report.html, as every summary does (issue 19)
$ runlog weekly samples/mylog.csv --week 2024-W50 --out $T | sed "s|$T|T|"; ls $T/2024-W50; grep '^  "runs"' $T/2024-W50/report.json; grep -c 'no runs in 2024-W50' $T/2024-W50/report.md
> no runs in 2024-W50 (2024-12-09 to 2024-12-15)
>   report: T/2024-W50/report.html
> last_12_weeks.png
> report.html
> report.json
> report.md
> week_runs.png
>   "runs": 0,
> 1
