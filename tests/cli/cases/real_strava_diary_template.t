# runlog diary reads a Strava export (two Distance and two Elapsed Time
# columns: the first of each counts) and prints one row per running day to
# fill in; the counts go to stderr
$ runlog diary tests/data/real/strava.csv --tz America/Chicago | sed -n "1,3p;\$p"; runlog diary tests/data/real/strava.csv --tz America/Chicago 2>/dev/null | wc -l
! runlog: tests/data/real/strava.csv: read as a Strava export: 30 runs on 30 days, 3 strength sessions, 4 other activities left out; fill in the pain column and give the diary with --diary
> date,pain,ate_before,ate_after,strength,notes
> 2022-11-02,,,,,1 run 10.5 km
> 2022-11-04,,,,,1 run 9.1 km
> 2022-12-15,,,,,1 run 9.2 km
> 31
