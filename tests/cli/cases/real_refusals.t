# files that are not run logs are refused (exit 65) with the columns found
# and the names runlog takes: a Garmin export in Danish (read as one since
# exports in the runner's language are, so refused only for want of a
# pain diary, as an English one is), a research table
# of 7-day windows with no pain column, a wellness table with no date column
$ printf "Aktivitetstype,Dato,Favorit,Titel,Distance,Kalorier,Tid\nLøb,2020-03-02 15:05:08,false,Run,\"6.29\",400,00:35:00\n" > $T/da.csv; printf "nr. sessions,total km,km Z3-4,strength training,perceived exertion,Athlete ID,injury,Date\n1,10,2,0,0.2,0,0,0\n" > $T/win.csv; printf "effective_time_frame,fatigue,mood,soreness\n2019-11-06T15:29:27.844Z,3,3,3\n" > $T/well.csv; for f in da win well; do runlog analyze $T/$f.csv --no-charts 2> $T/err; echo "exit $?"; sed "s|$T|T|" $T/err; done
> exit 65
> runlog: T/da.csv:1: this Garmin export has no pain scores: keep a pain diary beside it and give it with --diary FILE ('runlog diary LOG' starts one)
> exit 65
> runlog: T/win.csv:1: the header has no 'pain' column, so there is nothing to analyse: add a pain column (0-10), or keep a pain diary and give it with --diary FILE ('runlog diary LOG' starts one); found 'nr. sessions', 'total km', 'km Z3-4', 'strength training', 'perceived exertion', 'Athlete ID', 'injury', 'Date'
> exit 65
> runlog: T/well.csv:1: the header has no 'date' column: runlog reads its own log (date, pain, distance, duration, ate_before, ate_after, strength, notes), a Strava activities.csv or a Garmin Activities.csv; found 'effective_time_frame', 'fatigue', 'mood', 'soreness'
