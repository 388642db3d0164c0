# issue 19: a coach's runner got "eat" from one run at 3 against one at 2.5
# while her whole-log meal finding was none: no remedy, none at the top
# (tests/data/week_faults/make_logs.py wrote the log)
$ runlog weekly tests/data/week_faults/club.csv --athlete bea --week 2025-W32 --today 2025-08-11 --out $T | sed "s|$T|T|"; grep -F 'skipped pre-run meal' $T/bea/2025-W32/report.md
> 2025-W32 (2025-08-04 to 2025-08-10), bea: 2 runs, 16.0 km,
>     mean pain 2.8 (max 3.0)
>   against your usual (12 weeks): runs typical (2-6),
>     distance (km) typical (15.9-53.7), mean pain typical (2.2-2.8)
>   against the previous 4 weeks: runs down from 4.0,
>     distance (km) down from 30.4, mean pain up from 2.6
>   top remedy: none (nothing this week or in the whole log calls for one)
>   report: T/bea/2025-W32/report.html
> - The run with a skipped pre-run meal had pain 3. No remedy from this week: the whole log's evidence on it is none (see below).
