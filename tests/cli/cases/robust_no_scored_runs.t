# nothing to analyse yet: a log of only strength days, and a log whose every
# pain score is empty (runs with distance and meals); each exits 0, creates no
# chart folder, and the report says plainly there are no scored runs yet
$ cd $T; printf 'date,pain,strength\n2025-03-01,,yes\n2025-03-03,,yes\n' > strength.csv; printf 'date,distance_km,pain,ate_before\n2025-03-01,5,,yes\n2025-03-02,6, ,no\n2025-03-04,4,,yes\n' > unscored.csv; for f in strength unscored; do runlog analyze $f.csv --out p > $f.txt; echo "$f: exit $?"; sed -n '2,4p;/^Nothing/,/^$/p' $f.txt; done; test -e p || echo no chart folder
> strength: exit 0
>   read as a runlog log: 0 runs, 2 strength sessions
>   no runs in the log
>   2 strength-only days
> Nothing to analyse yet
>   There are no runs with a pain score to analyse yet. Add a pain score from 0
>   to 10 to each run, and runlog will look for what goes with it.
>
> unscored: exit 0
>   read as a runlog log: 3 runs, 0 strength sessions
>   2025-03-01 to 2025-03-04 (4 days): 3 runs, 0 scored, mean pain -
>
> Nothing to analyse yet
>   There are no runs with a pain score to analyse yet. Add a pain score from 0
>   to 10 to each run, and runlog will look for what goes with it.
>
> no chart folder
