$ runlog analyze tests/data --no-charts
? 66
! runlog: tests/data: cannot read: is a directory
