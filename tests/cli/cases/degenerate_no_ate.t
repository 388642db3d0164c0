# no_ate.csv: every run with a known meal before it skipped that meal, so
# meal_before has no baseline: the term never varies and stays out; the
# finding says why (too few runs with a meal before them), the rest are
# judged. Reference: tests/reference/degenerate_check.py (statsmodels).
$ runlog analyze tests/data/degenerate/no_ate.csv --no-charts | sed -n '/^What goes/,/^$/p;/^Each factor/,/^  plain/p'; runlog analyze tests/data/degenerate/no_ate.csv --no-charts -f json | /usr/bin/python3 tests/cli/model_summary.py
> What goes with your back pain
>   Each finding below also allows for slow changes in pain over the months and
>   for the pain of the run before.
>   1. [none] Runs after a skipped post-run meal did not clearly go with more or
>       less pain than runs after an eaten post-run meal, with the other factors
>       held fixed (difference 0.1 points, 95% CI -1.0 to 1.2, Holm p 1.00).
>   2. [none] Runs with no strength session in the 7 days before did not clearly
>       go with more or less pain than runs with a strength session in the 7
>       days before, with the other factors held fixed (difference 0.1 points,
>       95% CI -0.6 to 0.8, Holm p 1.00).
>   3. [none] Runs on the third consecutive day or later did not clearly go with
>       more or less pain than runs after a rest day, with the other factors
>       held fixed (difference -0.2 points, 95% CI -0.9 to 0.6, Holm p 1.00).
>   4. [insufficient] Too few runs to judge yet: 49 runs without a meal before
>       them against 0 runs with a meal before them (at least 5 of each and 20
>       scored runs are needed).
>   Not recorded: jumps in distance and long runs (no distance column)
>   Note: Pain of 4 or more came on 58 of 170 scored runs, and this log does not
>   show what goes with it. General advice from the article, not a finding from
>   your log: it holds weak back muscles to be the main cause of this ache, and
>   suggests you strengthen — build up the back muscles with pull-ups, reverse
>   dumbbell flys and deadlifts.
>
> Each factor with the others held fixed
>   factor                   plain  adjusted  95% CI       Holm p  evidence
>   3+ days in a row          -0.3      -0.2  -0.9 to 0.6   1.000  none
>   skipped meal before          -         -  -                 -  insufficient
>   skipped meal after prev   -0.1       0.1  -1.0 to 1.2   1.000  none
>   no strength in 7 days      0.2       0.1  -0.6 to 0.8   1.000  none
>   plain: the difference of means above; adjusted: the effect in one model of
> fitted True runs 48 terms 11 exact False aliased {}
> coef streak_2=0.010030/0.476599 streak_3=-0.684167/0.759315 streak_4=-0.654457/0.645252 streak_5=2.119085/0.744354 streak_6=0.083219/0.564965 streak_7_plus=-0.639496/0.326248 meal_after=0.119028/0.525968 no_strength=0.098615/0.360285 previous_pain=-0.159110/0.130276
> effect consecutive_days=-0.158503/0.383480/0.682630/1.000000 meal_before=null meal_after=0.119028/0.525968/0.822670/1.000000 strength=0.098615/0.360285/0.786389/1.000000 load_spike=null long_run=null
> finding meal_after none reason: None
> finding strength none reason: None
> finding consecutive_days none reason: None
> finding meal_before insufficient reason: too few runs to judge yet: 49 runs without a meal before them against 0 runs with a meal before them (at least 5 of each and 20 scored runs are needed)
> unexplained: yes
