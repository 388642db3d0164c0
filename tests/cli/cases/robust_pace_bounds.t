# paces at the bounds: 2:30 and 30:00 a km are plausible, a second faster
# or slower is not, and its warning does not round it onto the bound (2:29,
# not 2:30; 30:01)
$ printf 'date,distance_km,duration,pain\n2025-03-01,10,0:24:59,2\n2025-03-02,1,0:30:01,3\n2025-03-03,10,0:25:00,4\n2025-03-04,1,0:30:00,4\n' > $T/pb.csv; cd $T; runlog analyze pb.csv --no-charts --format json | grep -o '"rows": [0-9]*, "runs": [0-9]*'
! runlog: pb.csv:2: a pace of 2:29 per km (10.00 km in 25 minutes) is implausible; the run is kept
! runlog: pb.csv:3: a pace of 30:01 per km (1.00 km in 30 minutes) is implausible; the run is kept
! runlog: pb.csv:1: 3 of 4 runs have a pace outside 2:30-15:00 per km: if the distances are in miles, give --units mi
> "rows": 4, "runs": 4
