$ runlog analyze tests/data/no_pain.csv --no-charts
? 65
! runlog: tests/data/no_pain.csv:1: the header has no 'pain' column
