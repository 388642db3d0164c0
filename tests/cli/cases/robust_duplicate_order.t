# two sets of copies on one day are warned about in the order of their
# lines, whatever their hashes: line 4 copies line 2, line 5 copies line 3
$ printf 'date,distance_km,pain,notes\n2025-01-01,5,1,a2\n2025-01-01,5,1,b2\n2025-01-01,5,1,a2\n2025-01-01,5,1,b2\n2025-01-02,5,1,\n' > $T/d.csv; cd $T; runlog analyze d.csv --no-charts --format json | grep -o '"duplicate_rows": [0-9]*'
! runlog: d.csv:4: an exact copy of line 2; counted once
! runlog: d.csv:5: an exact copy of line 3; counted once
> "duplicate_rows": 2
