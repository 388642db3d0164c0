# a wellness diary's soreness outside intervals.icu's levels 1-4, or not a
# whole level, is set aside with its line and value; the day stays a
# diary day (with no pain score)
$ cd $T; printf 'date,pain\n2021-03-02,3\n' > log.csv; printf 'date,soreness,fatigue,sleepQuality,comments\n2021-03-02,5,2,1,\n2021-03-03,2.5,2,1,\n' > w.csv; runlog analyze log.csv --diary w.csv --no-charts | sed -n 3p
! runlog: w.csv:2: column 'pain': '5' is not a wellness level 1-4; set aside, the row is kept
! runlog: w.csv:3: column 'pain': '2.5' is not a wellness level 1-4; set aside, the row is kept
>   pain from the diary w.csv: 1 day with runs, 1 diary day with no run
