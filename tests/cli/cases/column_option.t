# --column ROLE=HEADER names a column runlog cannot guess, in the log or in
# the diary, whichever has it: the report is the one of the same log under
# runlog's own names; a role may move a guessed name aside (Time here)
$ printf "date,distance_km,pain,ate_before,duration\n2025-03-01,5,3,yes,30:00\n2025-03-02,6,4,no,36:00\n2025-03-03,6,5,no,33:00\n2025-03-05,7,1,yes,40:00\n" > $T/own.csv; printf "Day,Km,Soreness,Breakfast,Time,Moving\n2025-03-01,5,3,yes,x,30:00\n2025-03-02,6,4,no,x,36:00\n2025-03-03,6,5,no,x,33:00\n2025-03-05,7,1,yes,x,40:00\n" > $T/mine.csv; runlog analyze $T/own.csv --no-charts --format json | sed 2d > $T/a.json; runlog analyze $T/mine.csv --no-charts --format json --column pain=Soreness --column ATE-BEFORE=breakfast --column date=Day --column duration=moving | sed 2d > $T/b.json; cmp $T/a.json $T/b.json && echo same report; printf "date,distance\n2025-03-01,5\n2025-03-02,6\n" > $T/g.csv; printf "Date,How bad (0-10)\n2025-03-01,3\n2025-03-02,4\n" > $T/d.csv; runlog analyze $T/g.csv --diary $T/d.csv --no-charts --format json --column "pain=how bad" | grep -o '"scored_runs": [0-9]*'
> same report
> "scored_runs": 2
