# issue 19: the current week, asked for with --week, is reported "so far",
# to today, and says that whole weeks are its usual; the default is still
# the last complete week; its long first line goes on, indented, before
# 78 columns
$ grep -v '^2025-08-0[7-9]\|^2025-08-10' tests/data/week_faults/meal_one_run.csv > $T/l.csv; runlog weekly $T/l.csv --week 2025-W32 --today 2025-08-06 --out $T | sed "s|$T|T|"; grep 'not over' $T/2025-W32/report.md; grep '"so_far"' $T/2025-W32/report.json; runlog weekly $T/l.csv --today 2025-08-06 --out $T -q; ls $T | grep W
> 2025-W32 (2025-08-04 to 2025-08-10), so far (to 2025-08-06): 2 runs, 16.0 km,
>     mean pain 0.2 (max 0.5)
>   against your usual (12 weeks): runs below (3-6),
>     distance (km) below (24.7-47.4), mean pain typical (0.2-1.0)
>   against the previous 4 weeks: runs down from 4.5,
>     distance (km) down from 36.8, mean pain down from 0.7
>   top remedy: none (nothing this week or in the whole log calls for one)
>   report: T/2025-W32/report.html
> This week is not over: its figures so far are set against whole weeks.
>   "so_far": true,
> 2025-W31
> 2025-W32
