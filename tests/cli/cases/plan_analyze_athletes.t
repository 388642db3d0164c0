# a plan is one runner's: a cohort log (ann and bob) needs --athlete
$ runlog analyze tests/data/cohort.csv --plan tests/data/plan/plan.csv --no-charts
? 64
! runlog: tests/data/cohort.csv: 2 athletes share this log; a plan is one runner's: give --athlete NAME
