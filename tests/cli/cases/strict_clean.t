# --strict on a clean log is a normal run
$ runlog analyze tests/data/basic.csv --strict --no-charts
~ 2025-03-01 to 2025-03-12 (12 days): 9 runs, 9 scored, mean pain 2.8
