# issue 19: one run at pain 0.5 after a skipped meal against 0.0 for the
# others gave "eat" as the top remedy: no event names a remedy, and there is
# no top remedy (tests/data/week_faults/make_logs.py wrote the log)
$ runlog weekly tests/data/week_faults/meal_one_run.csv --week 2025-W32 --today 2025-08-11 --out $T | sed "s|$T|T|"; grep -F 'skipped pre-run meal' $T/2025-W32/report.md; grep -o '"remedy": "[a-z]*", "factor"' $T/2025-W32/report.json | wc -l
> 2025-W32 (2025-08-04 to 2025-08-10): 4 runs, 32.0 km, mean pain 0.1 (max 0.5)
>   against your usual (12 weeks): runs typical (3-6),
>     distance (km) typical (24.7-47.4), mean pain below (0.2-1.0)
>   against the previous 4 weeks: runs down from 4.5,
>     distance (km) down from 36.8, mean pain down from 0.7
>   top remedy: none (nothing this week or in the whole log calls for one)
>   report: T/2025-W32/report.html
> - The run with a skipped pre-run meal had pain 0.5. No remedy from this week: the whole log's evidence on it is none (see below).
> 0
