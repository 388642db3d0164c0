# strength rows copied in a newest-first log are warned about in the order
# of their lines, not in date order
$ printf 'date,pain,distance_km,strength,notes\n2025-03-04,2,5,no,\n2025-03-03,,,yes,core\n2025-03-03,,,yes,core\n2025-03-02,,,yes,gym\n2025-03-02,,,yes,gym\n' > $T/s.csv; cd $T; runlog analyze s.csv --no-charts --format json | grep -o '"duplicate_rows": [0-9]*'
! runlog: s.csv:4: an exact copy of line 3; counted once
! runlog: s.csv:6: an exact copy of line 5; counted once
> "duplicate_rows": 2
