# a diary day's pain and meals replace the log's for every run that day; a
# run on a day without an entry has no pain score but still counts as a
# running day; diary days with no run are counted; the diary's strength
# days count as sessions
$ printf "date,distance_km,pain,ate_before\n2025-03-01,5,9,yes\n2025-03-01,3,9,yes\n2025-03-02,6,9,yes\n2025-03-04,5,9,yes\n" > $T/log.csv; printf "date,pain,ate_before,strength\n2025-03-01,2,no,\n2025-03-04,4,,\n2025-03-05,1,yes,\n2025-03-03,,,yes\n" > $T/diary.csv; runlog analyze $T/log.csv --diary $T/diary.csv --no-charts --format json | grep -o "\"strength_sessions\": [0-9]*\|\"diary\": {[^}]*}\|\"runs\": [0-9]*, \"scored_runs\": [0-9]*\|\"mean_pain\": [0-9.]*}\|\"skipped_runs\": [0-9]*, \"ate_runs\": [0-9]*" | sed "s|$T|T|"
> "strength_sessions": 1
> "diary": {"file": "T/diary.csv", "days": 2, "days_without_run": 1}
> "runs": 4, "scored_runs": 3
> "mean_pain": 2.66666666667}
> "skipped_runs": 2, "ate_runs": 1
> "skipped_runs": 0, "ate_runs": 0
