# Strava once leaked HTML into its header cells; the tags are dropped and
# the names inside them read
$ printf "Activity ID,Activity Date,Activity Name,\"<span class=\"\"translation_missing\"\" title=\"\"en-US.type, x\"\">Activity Type</span>\",Elapsed Time,Distance\n1,\"Jul 14, 2020, 10:36:55 PM\",Corrida,Run,3378,6.32\n2,\"Jul 15, 2020, 9:00:00 AM\",Walk,Walk,1800,2.00\n" > $T/s.csv; runlog diary $T/s.csv 2>&1 | sed "s|$T|T|"
> runlog: T/s.csv: read as a Strava export: 1 run on 1 day, 0 strength sessions, 1 other activity left out; fill in the pain column and give the diary with --diary
> date,pain,ate_before,ate_after,strength,notes
> 2020-07-14,,,,,1 run 6.3 km
