# copies in a newest-first log (a Garmin export) are warned about in the
# order of their lines, as every other warning is, not in date order; the
# same on one thread and on three cutting the file into small chunks
$ printf 'date,distance_km,duration,pain\n2025-03-04,5,30:00,2\n2025-03-03,6,36:00,4\n2025-03-03,6,36:00,4\n2025-03-02,5,31:00,3\n2025-03-02,5,31:00,3\n2025-03-01,5,30:00,1\n' > $T/n.csv; cd $T; for t in 1 3; do RUNLOG_CHUNK=40 runlog analyze n.csv --threads $t --no-charts --format json | grep -o '"duplicate_rows": [0-9]*'; done
! runlog: n.csv:4: an exact copy of line 3; counted once
! runlog: n.csv:6: an exact copy of line 5; counted once
! runlog: n.csv:4: an exact copy of line 3; counted once
! runlog: n.csv:6: an exact copy of line 5; counted once
> "duplicate_rows": 2
> "duplicate_rows": 2
