# analyze locks its --out folder (flock) and waits while another run holds
# it: nothing appears in the folder while the lock is held elsewhere, and the
# whole set once it is released
$ mkdir $T/p; flock -o $T/p sh -c 'runlog analyze samples/mylog.csv --out $T/p > /dev/null 2>&1 & echo $! > $T/pid; sleep 3; echo "while locked: $(ls -A $T/p | wc -l) entries"'; while kill -0 $(cat $T/pid) 2> /dev/null; do sleep 0.1; done; echo $(ls -A $T/p)
> while locked: 0 entries
> factors.png pain_by_meals.png pain_by_streak.png pain_timeline.png runs.csv weekly.png
