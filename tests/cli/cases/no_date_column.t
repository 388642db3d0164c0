$ runlog analyze tests/data/no_date.csv --no-charts
? 65
! runlog: tests/data/no_date.csv:1: the header has no 'date' column
