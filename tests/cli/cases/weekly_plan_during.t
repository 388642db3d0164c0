# issue 21: weekly --plan says which block of the plan the week is in (its
# pair, arm and rule), whether the log kept to it so far and how many
# blocks are over; broken.csv ran remedy block 2 (2026-W03) as usual, so
# that week is not kept, while planted.csv kept it
$ runlog weekly tests/data/plan/broken.csv --plan tests/data/plan/plan.csv --week 2026-W03 --today 2026-06-01 --out $T | grep -A1 'plan:'; runlog weekly tests/data/plan/planted.csv --plan tests/data/plan/plan.csv --week 2026-W03 --today 2026-06-01 --out $T/k | grep -A1 'plan:'; grep 'block 2 of 20' $T/k/2026-W03/report.md
>   plan: block 2 of 20 (pair 1): remedy, no two running days in a row
>     not kept; 2 blocks ended, 18 left
>   plan: block 2 of 20 (pair 1): remedy, no two running days in a row
>     kept so far; 2 blocks ended, 18 left
> This week is in block 2 of 20 (2026-01-12 to 2026-01-18), pair 1: the remedy, no two running days in a row. Never run two days in a row: after every running day, take a day off running (a walk is fine). The day off gives your back muscles time to mend before the next run. You kept to it so far. Blocks ended: 2 of 20, 18 left.
