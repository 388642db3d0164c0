# --since is one runner's question: a cohort log needs --athlete
$ runlog analyze tests/data/cohort.csv --no-charts --since 2025-03-02
? 64
! runlog: tests/data/cohort.csv: --since: 2 athletes share this log; give --athlete NAME
