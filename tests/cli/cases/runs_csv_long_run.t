# long_run by hand (runs.csv): more than 10% longer than the longest run of
# the 30 days before the run's day, that day excluded. Jan 30 is 29 days
# after the first run: no value. Jan 31: 9.9 km against 9 km is exactly
# 10% longer, not more: no (runlog compares whole metres, 10 x 9900 > 11 x
# 9000 is false). Feb 1 has two runs, each against Jan 2-31 (9.9 km), never
# against each other: 10 km no, 11 km yes. Mar 5: nothing in Feb 3 - Mar 4:
# no value. Mar 6 has no distance: no value (and counts for nothing).
# Mar 7: 13.3 against 12 (Mar 5): yes.
$ printf 'date,distance_km,pain\n2025-01-01,5,1\n2025-01-20,6,1\n2025-01-30,9,1\n2025-01-31,9.9,1\n2025-02-01,10,1\n2025-02-01,11,1\n2025-03-05,12,1\n2025-03-06,,1\n2025-03-07,13.3,1\n' > $T/l.csv && runlog analyze $T/l.csv -o $T/p > /dev/null && cut -d, -f1,2,9 $T/p/runs.csv
> date,distance_km,long_run
> 2025-01-01,5,
> 2025-01-20,6,
> 2025-01-30,9,
> 2025-01-31,9.9,no
> 2025-02-01,10,no
> 2025-02-01,11,yes
> 2025-03-05,12,
> 2025-03-06,,
> 2025-03-07,13.3,yes
