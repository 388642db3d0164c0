# a wellness diary's other values (tests/data/wellness.csv: weight,
# restingHR, sleepQuality, fatigue, ...) are kept in the day's notes after
# its comments, "NAME VALUE" in header order, only those with a value;
# runs.csv shows them in a notes column, made safe for a spreadsheet (a
# comment that starts with = gets a quote); a day with soreness alone has
# no notes; with --column pain=injury, soreness is one of the values and
# injury, the pain, is not
$ runlog analyze tests/data/basic.csv --diary tests/data/wellness.csv --out $T/p --chart-format svg > /dev/null && cat $T/p/runs.csv && runlog analyze tests/data/basic.csv --diary tests/data/wellness.csv --column pain=injury --out $T/q --chart-format svg > /dev/null && sed -n 2p $T/q/runs.csv
> date,distance_km,pain,streak,meal_before,meal_after,strength_7d,load_spike,long_run,notes
> 2025-03-01,5,0,1,yes,,no,,,"weight 70.2, restingHR 48, hrv 62, sleepSecs 27000, sleepQuality 2, fatigue 3, stress 2, mood 2, motivation 3, injury 1"
> 2025-03-02,6,,2,yes,yes,no,,,
> 2025-03-03,5.5,3,3,no,no,no,,,"tight, low back; weight 70.0, restingHR 50, sleepSecs 25200, sleepQuality 3, fatigue 3, injury 1"
> 2025-03-05,8,0,1,yes,yes,no,,,"restingHR 47, hrv 65, sleepQuality 1, fatigue 2, stress 1, injury 1"
> 2025-03-07,7,,1,yes,yes,yes,,,
> 2025-03-08,10,6,2,no,yes,yes,,,"'=HYPERLINK(""x""); weight 69.9, restingHR 52, hrv 55, sleepSecs 23400, sleepQuality 3, fatigue 4, stress 3, mood 3, motivation 2, injury 2"
> 2025-03-09,5,3,3,no,yes,yes,,,
> 2025-03-10,4,,4,yes,no,yes,,,"müde; weight 70.1, restingHR 49, hrv 60, sleepSecs 26000, sleepQuality 2, fatigue 2, stress 2, mood 2, motivation 2, injury 1"
> 2025-03-12,6,,1,yes,yes,yes,,,
> 2025-03-01,5,0,1,yes,,no,,,"weight 70.2, restingHR 48, hrv 62, sleepSecs 27000, sleepQuality 2, soreness 1, fatigue 3, stress 2, mood 2, motivation 3"
