# findings in plain words: a factor that, with the others held fixed, goes
# clearly with less pain says so instead of "no clear difference" (a
# generated cohort where load spikes ride on long streaks); a group of one
# run is "1 run", not "1 runs"; an effect just under a threshold of the
# evidence (1.48 with "moderate", strong from 1.5) is not rounded up to it
$ cc -O2 -o $T/gen tests/bench/gen_cohort.c && $T/gen 10 300 > $T/c.csv && runlog analyze $T/c.csv --no-charts | tr -s ' \n' '  ' | grep -o "they hurt less, not more ([^)]*)\|\[moderate\] Runs without a meal before them hurt [0-9.]* points"; awk 'BEGIN { print "date,pain,ate_before"; for (d = 1; d <= 25; d++) printf "2025-01-%02d,%d,%s\n", d, d % 4, d == 7 ? "no" : "yes" }' > $T/one.csv && runlog analyze $T/one.csv --no-charts | tr -s ' \n' '  ' | grep -o "Too few runs to judge yet: 1 run without a meal before them against 24 runs"
> [moderate] Runs without a meal before them hurt 1.48 points
> they hurt less, not more (-0.2, 95% CI -0.4 to -0.1)
> Too few runs to judge yet: 1 run without a meal before them against 24 runs
