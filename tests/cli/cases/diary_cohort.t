# a pain diary is one runner's: on a log of many runners, diary and --diary
# ask for --athlete (exit 64) instead of putting one runner's pain on every
# runner who ran that day; with --athlete the diary is that runner's days
$ runlog diary tests/data/cohort.csv; echo "exit $?"; runlog analyze tests/data/cohort.csv --diary samples/mylog.csv --no-charts; echo "exit $?"; runlog diary tests/data/cohort.csv --athlete bob 2>/dev/null | wc -l
! runlog: tests/data/cohort.csv: 2 athletes share this log; a pain diary is one runner's: give --athlete NAME
! runlog: tests/data/cohort.csv: 2 athletes share this log; a pain diary is one runner's: give --athlete NAME
> exit 64
> exit 64
> 4
