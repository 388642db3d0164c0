# The data behind the charts: plots/runs.csv, one row per run with its
# factors. load_spike by hand: 2.7 km on each of Jan 1-28, then 11.1 km on
# Jan 29. Jan 27 is less than 27 days after the first run: no value. Jan 28:
# 7 days 18.9 km against a quarter of 28 days (75.6 / 4 = 18.9), ratio 1.0:
# no. Jan 29: 6 x 2.7 + 11.1 = 27.3 km against (27 x 2.7 + 11.1) / 4 = 21,
# ratio exactly 1.3: yes (in floating point 27.3 < 1.3 x 84 / 4 would say no;
# runlog compares whole metres). Columns without data in the log are empty.
$ awk 'BEGIN { print "date,distance_km,pain"; for (d = 1; d <= 28; d++) printf "2025-01-%02d,2.7,1\n", d; print "2025-01-29,11.1,5" }' > $T/l.csv && runlog analyze $T/l.csv -o $T/p > /dev/null && head -1 $T/p/runs.csv && grep -E "^2025-01-(27|28|29)" $T/p/runs.csv
> date,distance_km,pain,streak,meal_before,meal_after,strength_7d,load_spike,long_run
> 2025-01-27,2.7,1,27,,,,,
> 2025-01-28,2.7,1,28,,,,no,
> 2025-01-29,11.1,5,29,,,,yes,
