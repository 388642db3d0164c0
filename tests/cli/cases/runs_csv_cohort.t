# runs.csv of a cohort: an athlete column first, each athlete's runs in date
# order (streaks per athlete), a name with a comma quoted
$ printf 'athlete,date,pain,ate_before\n"Lee, Sam",2025-03-02,4,no\nann,2025-03-01,2,yes\n"Lee, Sam",2025-03-01,3,yes\nann,2025-03-02,5,no\n' > $T/c.csv && runlog analyze $T/c.csv -o $T/p > /dev/null && cat $T/p/runs.csv
> athlete,date,distance_km,pain,streak,meal_before,meal_after,strength_7d,load_spike,long_run
> "Lee, Sam",2025-03-01,,3,1,yes,,,,
> "Lee, Sam",2025-03-02,,4,2,no,,,,
> ann,2025-03-01,,2,1,yes,,,,
> ann,2025-03-02,,5,2,no,,,,
