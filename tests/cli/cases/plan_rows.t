# runlog plan prints what it wrote, the seed with the command that makes the
# same plan (over two lines a shell joins, to fit in 80 columns), a note when the plan is too short to give a clear answer
# (4 pairs: p is at least 1/16), and the blocks; plan.csv's rows are the same blocks, in pairs
# (seed 1's first four splitmix64 outputs have top bits 1, 1, 1, 0: the
# remedy first in pairs 1-3, second in pair 4; tests/reference/plan_check.py
# recomputes the order in Python)
$ cd "$T" && runlog plan rest --start 2026-01-05 --seed 1 --out plan.csv && grep -v '^#' plan.csv
> wrote plan.csv and plan.ics
> rest, 8 weeks from 2026-01-05 to 2026-03-01: 4 pairs of 1-week blocks
> seed 1; to make the same plan again:
>   runlog plan rest --start 2026-01-05 --weeks 8 --block 1 \
>     --seed 1 --out plan.csv
> note: with 4 pairs the randomisation p cannot go below 1/16, so this
>   plan cannot tell clearly whether rest helps; --weeks 10 or more can
> block 1  2026-01-05 to 2026-01-11  remedy: no two running days in a row
> block 2  2026-01-12 to 2026-01-18  usual: your usual running days
> block 3  2026-01-19 to 2026-01-25  remedy: no two running days in a row
> block 4  2026-01-26 to 2026-02-01  usual: your usual running days
> block 5  2026-02-02 to 2026-02-08  remedy: no two running days in a row
> block 6  2026-02-09 to 2026-02-15  usual: your usual running days
> block 7  2026-02-16 to 2026-02-22  usual: your usual running days
> block 8  2026-02-23 to 2026-03-01  remedy: no two running days in a row
> pair,block,arm,start,end
> 1,1,remedy,2026-01-05,2026-01-11
> 1,2,usual,2026-01-12,2026-01-18
> 2,3,remedy,2026-01-19,2026-01-25
> 2,4,usual,2026-01-26,2026-02-01
> 3,5,remedy,2026-02-02,2026-02-08
> 3,6,usual,2026-02-09,2026-02-15
> 4,7,usual,2026-02-16,2026-02-22
> 4,8,remedy,2026-02-23,2026-03-01
