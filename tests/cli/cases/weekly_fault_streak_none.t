# issue 19: a 5-day streak with pains 1.5, 0.5, 0.5, 0.5, 1 gave "Rest"
# while the whole log says streaks make no difference (none): the week's
# event names no remedy, says why, and the summary has no top remedy
# (tests/data/week_faults/make_logs.py wrote the log)
$ runlog weekly tests/data/week_faults/streak_none.csv --week 2025-W32 --today 2025-08-11 --out $T | sed "s|$T|T|"; grep -F 'running days in a row' $T/2025-W32/report.md
> 2025-W32 (2025-08-04 to 2025-08-10): 5 runs, 40.0 km, mean pain 0.8 (max 1.5)
>   against your usual (12 weeks): runs typical (2-5),
>     distance (km) typical (20.1-46.4), mean pain typical (0.5-1.7)
>   against the previous 4 weeks: runs up from 3.2, distance (km) up from 29.3,
>     mean pain up from 0.7
>   top remedy: none (nothing this week or in the whole log calls for one)
>   report: T/2025-W32/report.html
> - Monday to Friday were 5 running days in a row, and pain went 1.5, 0.5, 0.5, 0.5, 1. No remedy from this week: the whole log's evidence on it is none (see below).
