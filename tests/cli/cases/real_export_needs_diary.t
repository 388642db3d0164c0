# an export has no pain scores: without --diary it is refused before any
# row is read, with what to do
$ runlog analyze tests/data/real/strava.csv --no-charts; runlog weekly tests/data/real/garmin_mi.csv --out $T/r; echo "exit $?"; test -e $T/r || echo nothing written
! runlog: tests/data/real/strava.csv:1: this Strava export has no pain scores: keep a pain diary beside it and give it with --diary FILE ('runlog diary LOG' starts one)
! runlog: tests/data/real/garmin_mi.csv:1: this Garmin export has no pain scores: keep a pain diary beside it and give it with --diary FILE ('runlog diary LOG' starts one)
> exit 65
> nothing written
