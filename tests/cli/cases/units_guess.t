# a distance column that names no unit, whose median pace read as km is
# slower than 9:00 per km but at most 9:00 per km read as miles (10:30 per
# mile here), is read as miles and the first report line says so; reports
# and charts show miles (the weekly summary), runs.csv keeps km; --units km
# overrides; a km log, a header that says km, or fewer than 5 paces stay km
$ printf "date,distance,duration,pain\n2025-03-03,3,0:31:30,0\n2025-03-04,4,0:42:00,1\n2025-03-05,5,0:52:30,2\n2025-03-06,3.5,0:36:45,3\n2025-03-07,6,1:03:00,0\n2025-03-08,4,0:42:00,1\n" > $T/mi.csv; runlog analyze $T/mi.csv --no-charts | sed -n 2,3p; runlog analyze $T/mi.csv --units km --no-charts | sed -n 2p; runlog analyze $T/mi.csv -o $T/p > /dev/null; sed -n 2,3p $T/p/runs.csv; runlog weekly $T/mi.csv --today 2025-03-12 --out $T/w | sed -n 1p; printf "date,distance,duration,pain\n2025-03-03,4.8,0:31:30,0\n2025-03-04,6.4,0:42:00,1\n2025-03-05,8,0:52:30,2\n2025-03-06,5.6,0:36:45,3\n2025-03-07,9.7,1:03:00,0\n" > $T/km.csv; runlog analyze $T/km.csv --no-charts | sed -n 2p; sed 1s/distance/distance_km/ $T/mi.csv > $T/k2.csv; runlog analyze $T/k2.csv --no-charts | sed -n 2p; head -5 $T/mi.csv > $T/few.csv; runlog analyze $T/few.csv --no-charts | sed -n 2p
>   read as a runlog log: 6 runs, 0 strength sessions; distances read as miles;
>   --units km to override
>   read as a runlog log: 6 runs, 0 strength sessions
> 2025-03-03,4.828,0,1,,,,,
> 2025-03-04,6.437,1,2,,,,,
> 2025-W10 (2025-03-03 to 2025-03-09): 6 runs, 25.5 mi, mean pain 1.2 (max 3.0)
>   read as a runlog log: 5 runs, 0 strength sessions
>   read as a runlog log: 6 runs, 0 strength sessions
>   read as a runlog log: 4 runs, 0 strength sessions
