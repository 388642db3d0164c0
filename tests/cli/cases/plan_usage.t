# runlog plan's usage errors (exit 64): a remedy that is none of the three,
# a start that is no date or no day, --weeks that is not whole pairs of
# blocks (with the nearest lengths that are), --block other than 1 or 2, a
# missing --start or --out, --out a folder or the calendar's own name, a
# plan that would end after 9999
$ cd "$T" && mkdir d && for a in "walk --start 2026-01-05" "rest --start 2026-02-30" "rest --start 5/1/2026" "rest --start 2026-01-05 --weeks 7" "rest --start 2026-01-05 --weeks 6 --block 2" "rest --start 2026-01-05 --weeks 1" "rest --start 2026-01-05 --weeks 106" "rest --start 2026-01-05 --block 3" "rest" "eat --start 2026-01-05 --seed -1" "rest --start 9999-12-01"; do runlog plan $a --out p.csv; echo "exit $?"; done; runlog plan rest --start 2026-01-05; echo "exit $?"; runlog plan rest --start 2026-01-05 --out d; echo "exit $?"; runlog plan rest --start 2026-01-05 --out p.ics; echo "exit $?"; ls -A
! runlog: plan: 'walk' is not a remedy: rest, eat or strengthen
! runlog: --start: '2026-02-30' is not a day in the calendar
! runlog: --start: '5/1/2026' is not a date (expected YYYY-MM-DD)
! runlog: --weeks: '7' is not a whole number of pairs of 1-week blocks; the nearest are 6 and 8
! runlog: --weeks: '6' is not a whole number of pairs of 2-week blocks; the nearest are 4 and 8
! runlog: --weeks: '1' is not a whole number of pairs of 1-week blocks; the nearest is 2
! runlog: --weeks: '106' is more than 104 weeks (two years); the nearest is 104
! runlog: --block: '3' is not 1 or 2 (weeks)
! runlog: plan: --start DATE is needed: the plan's first day (YYYY-MM-DD)
! runlog: --seed: '-1' is not a whole number from 0 to 18446744073709551615
! runlog: --start: '9999-12-01': a plan of 8 weeks would end after 9999
! runlog: plan: --out FILE is needed (such as --out plan.csv)
! runlog: --out: 'd' is a folder; give the plan's file name, such as 'd/plan.csv'
! runlog: --out: 'p.ics' would be the calendar's name too; give the plan's CSV name, such as 'plan.csv'
> exit 64
> exit 64
> exit 64
> exit 64
> exit 64
> exit 64
> exit 64
> exit 64
> exit 64
> exit 64
> exit 64
> exit 64
> exit 64
> exit 64
> d
