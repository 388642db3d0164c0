# a bad pain makes an unscored run, not a missing one; a distance written
# with the column's unit ('12 km' under distance_km, '5 Miles' under
# Distance (mi)) is read, one in the other unit is set aside with a warning
# (the runner's unit and the column's disagree), and so is an unreadable one
$ cd $T; printf 'date,pain,distance_km,ate_before\n2025-03-01,n/a,,yes\n2025-03-02,3,12 km,no\n2025-03-03,2,5 mi,yes\n2025-03-04,2,twelve,\n' > k.csv; printf 'date,pain,Distance (mi)\n2025-03-01,1,3 mi\n2025-03-02,3,12 km\n2025-03-03,2,5 Miles\n' > m.csv; runlog analyze k.csv --out k > /dev/null; cat k/runs.csv; runlog analyze m.csv --out m | sed -n 4p; cat m/runs.csv
! runlog: k.csv:2: column 'pain': 'n/a' is not a number; set aside, the row is kept
! runlog: k.csv:4: column 'distance': '5 mi' is in miles, but the column is in km; set aside, the row is kept
! runlog: k.csv:5: column 'distance': 'twelve' is not a number; set aside, the row is kept
! runlog: m.csv:3: column 'distance': '12 km' is in km, but the column is in miles; set aside, the row is kept
> date,distance_km,pain,streak,meal_before,meal_after,strength_7d,load_spike,long_run
> 2025-03-01,,,1,yes,,,,
> 2025-03-02,12,3,2,no,,,,
> 2025-03-03,,2,3,yes,,,,
> 2025-03-04,,2,4,,,,,
>   1 value set aside: 1 distance (each named in a warning; the rows are kept)
> date,distance_km,pain,streak,meal_before,meal_after,strength_7d,load_spike,long_run
> 2025-03-01,4.828,1,1,,,,,
> 2025-03-02,,3,2,,,,,
> 2025-03-03,8.047,2,3,,,,,
