# issue 19: a log whose last run is more than 14 days before the week's end
# says "no runs since DATE", even with --quiet, so that cron mails it; the
# week's reports are still written
$ runlog weekly tests/data/week_faults/streak_none.csv --today 2025-10-06 --out $T --quiet; echo "exit $?"; ls $T; grep -c 'No runs since\|no runs since 2025-08-08' $T/2025-W40/report.md; grep '"stale"\|"last_run"' $T/2025-W40/report.json
> no runs since 2025-08-08
> exit 0
> 2025-W40
> 1
>   "last_run": "2025-08-08",
>   "stale": true,
