# runlog diary on a file with no run it can read says so (exit 65) instead of
# printing an empty diary
$ printf "date,weight\n09/11/2019,68\n" > $T/w.csv; runlog diary $T/w.csv --date-format DMY 2>&1 | sed "s|$T|T|"; runlog diary $T/w.csv --date-format DMY > /dev/null 2>&1; echo "exit $?"
> runlog: T/w.csv: no runs found (a run is a row with a distance above 0, or a pain score), so there is no diary to start
> exit 65
