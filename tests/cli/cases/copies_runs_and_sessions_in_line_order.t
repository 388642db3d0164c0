# copies of runs and of strength rows are warned about together, in the
# order of their lines: the strength row's copy on line 4 before the
# run's copy on line 6, on one thread and on three in small chunks
$ printf 'date,pain,distance_km,strength,notes\n2025-03-04,2,5,no,\n2025-03-03,,,yes,core\n2025-03-03,,,yes,core\n2025-03-02,3,6,no,\n2025-03-02,3,6,no,\n2025-03-01,1,5,no,\n' > $T/s.csv; cd $T; for t in 1 3; do RUNLOG_CHUNK=40 runlog analyze s.csv --threads $t --no-charts --format json | grep -o '"duplicate_rows": [0-9]*'; done
! runlog: s.csv:4: an exact copy of line 3; counted once
! runlog: s.csv:6: an exact copy of line 5; counted once
! runlog: s.csv:4: an exact copy of line 3; counted once
! runlog: s.csv:6: an exact copy of line 5; counted once
> "duplicate_rows": 2
> "duplicate_rows": 2
