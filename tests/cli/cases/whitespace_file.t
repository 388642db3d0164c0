$ runlog analyze tests/data/whitespace.csv --no-charts
? 65
! runlog: tests/data/whitespace.csv: the file is empty
