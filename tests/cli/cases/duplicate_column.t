# "pain" and "Pain" are the same column
$ runlog analyze tests/data/dup_col.csv --no-charts
? 65
! runlog: tests/data/dup_col.csv:1: column 'pain' appears twice in the header (fields 2 and 3)
