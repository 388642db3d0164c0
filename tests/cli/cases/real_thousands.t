# in an app export, a quoted number with thousands separators ("1,000.00")
# is a number; a decimal comma in a comma-separated file is not, and says so:
# that distance is set aside and the run kept, a running day of its own
$ printf "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n1,\"Jul 14, 2020, 10:36:55 PM\",Ultra,Run,259200,\"1,000.00\"\n2,\"Jul 16, 2020, 9:00:00 AM\",Run,Run,1800,\"12,5\"\n" > $T/s.csv; runlog diary $T/s.csv 2>&1 | sed "s|$T|T|"
> runlog: T/s.csv:3: column 'distance': '12,5' is not a number (use '.' as the decimal point); set aside, the row is kept
> runlog: T/s.csv: read as a Strava export: 2 runs on 2 days, 0 strength sessions, 0 other activities left out; fill in the pain column and give the diary with --diary
> date,pain,ate_before,ate_after,strength,notes
> 2020-07-14,,,,,1 run 1000.0 km
> 2020-07-16,,,,,1 run 0.0 km
