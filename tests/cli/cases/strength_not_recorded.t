# an export with no strength session, or a strength column empty in every
# row, records nothing about strength: the factor is left out as for a log
# without the column, never "insufficient" with 0 sessions; one Strength
# Training activity, or one "no", records it
$ printf "Activity Type,Date,Distance,Time\nRunning,2025-03-01 08:00:00,5,00:30:00\nRunning,2025-03-02 08:00:00,5,00:30:00\nRunning,2025-03-04 08:00:00,6,00:36:00\n" > $T/ga.csv; printf "date,pain\n2025-03-01,2\n2025-03-02,3\n2025-03-04,1\n" > $T/d.csv; runlog analyze $T/ga.csv --diary $T/d.csv --no-charts --format json | grep -c '"factor": "strength"'; printf "Strength Training,2025-03-03 08:00:00,0,00:30:00\n" >> $T/ga.csv; runlog analyze $T/ga.csv --diary $T/d.csv --no-charts --format json | grep -c '"factor": "strength"'; printf "date,pain,strength\n2025-03-01,2,\n2025-03-02,3,\n" > $T/s.csv; runlog analyze $T/s.csv --no-charts --format json | grep -c '"factor": "strength"'; printf "2025-03-03,1,no\n" >> $T/s.csv; runlog analyze $T/s.csv --no-charts --format json | grep -c '"factor": "strength"'
> 0
> 1
> 0
> 1
