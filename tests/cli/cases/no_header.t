$ runlog analyze tests/data/no_header.csv --no-charts
? 65
! runlog: tests/data/no_header.csv:1: no header row: the first row starts with the date '2025-03-01'; add a header such as 'date,distance_km,pain,ate_before,ate_after,strength'
