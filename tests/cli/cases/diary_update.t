# runlog diary --update adds a row for each new running day (one before
# the diary's first day, nine after its last) in the diary's own shape
# (CRLF here), keeps every row it had byte for byte (filled values, a
# quoted note, a row for a day without a run), and keeps the previous
# file in diary.csv~; run again, it has nothing to add and writes nothing
$ printf "date,distance_km\n2025-03-01,5\n2025-03-02,6.5\n2025-03-04,7\n" > $T/log.csv; runlog diary $T/log.csv 2>/dev/null | sed 's/$/\r/; s/^2025-03-01,,,,,1 run 5.0 km/2025-03-01,3,yes,no,,"stiff, then ""fine"""/; s/^2025-03-04,,/2025-03-04,0,y/' > $T/d.csv; printf '2025-03-03,,,,yes,gym\r\n' >> $T/d.csv; cp $T/d.csv $T/before.csv; for d in 02-27 03-05 03-06 03-07 03-08 03-09 03-10 03-11 03-12 03-13; do echo "2025-$d,5" >> $T/log.csv; done; echo "2025-03-13,4" >> $T/log.csv; runlog diary $T/log.csv --update $T/d.csv 2>&1 | sed "s|$T|T|g"; cat -v $T/d.csv; cmp $T/before.csv $T/d.csv~ && echo backup is the previous file; diff $T/before.csv $T/d.csv | grep -c "^<"; diff $T/before.csv $T/d.csv | grep -c "^>"; cp $T/d.csv $T/after.csv; runlog diary $T/log.csv --update $T/d.csv 2>&1 | sed "s|$T|T|g"; cmp $T/after.csv $T/d.csv && echo unchanged
> runlog: T/d.csv: 10 rows added for new running days, 4 kept as they were; the previous diary is in T/d.csv~
> date,pain,ate_before,ate_after,strength,notes^M
> 2025-02-27,,,,,1 run 5.0 km^M
> 2025-03-01,3,yes,no,,"stiff, then ""fine"""^M
> 2025-03-02,,,,,1 run 6.5 km^M
> 2025-03-04,0,y,,,1 run 7.0 km^M
> 2025-03-03,,,,yes,gym^M
> 2025-03-05,,,,,1 run 5.0 km^M
> 2025-03-06,,,,,1 run 5.0 km^M
> 2025-03-07,,,,,1 run 5.0 km^M
> 2025-03-08,,,,,1 run 5.0 km^M
> 2025-03-09,,,,,1 run 5.0 km^M
> 2025-03-10,,,,,1 run 5.0 km^M
> 2025-03-11,,,,,1 run 5.0 km^M
> 2025-03-12,,,,,1 run 5.0 km^M
> 2025-03-13,,,,,2 runs 9.0 km^M
> backup is the previous file
> 0
> 10
> runlog: T/d.csv: no new running days: 14 rows kept as they were, nothing written
> unchanged
