# no_baseline.csv: every run after a rest day has an empty ate_before, so no
# run after a rest day has every factor known: the streak indicators add up to
# the intercept and one is dropped (aliased). consecutive_days says there is
# nothing to compare with (insufficient, not none, and not "0 runs have every
# factor known"); the meals and strength are judged, Holm over those 3 tests.
# Before issue 16 this log graded consecutive_days strong with "95% CI nan to
# nan" and recommended rest.
# Reference: tests/reference/degenerate_check.py rebuilds the design with
# pandas (the trend, the previous pain; model_check.design) and fits
# statsmodels 0.14 (/usr/bin/python3) on the kept terms, cov_type="cluster"
# by athlete-week, use_t=True; it agrees with every number here to 1e-6 in
# make test:
#   fit.params, fit.bse: s2 0.083563 0.395887, s4 -0.075591 0.422222,
#     s5 1.242139 0.504916, s6 0.279582 0.597925, s7 -1.288292 0.404238,
#     skip_before -0.029867 0.350973, skip_after_prev -0.141016 0.331089,
#     no_strength 0.199566 0.302625, prev_pain -0.192875 0.137163; len(m) 102
$ runlog analyze tests/data/degenerate/no_baseline.csv --no-charts | sed -n '/^What goes/,/^$/p;/^Each factor/,/^  plain/p'; runlog analyze tests/data/degenerate/no_baseline.csv --no-charts -f json | /usr/bin/python3 tests/cli/model_summary.py
> What goes with your back pain
>   Each finding below also allows for slow changes in pain over the months and
>   for the pain of the run before.
>   1. [none] Runs with no strength session in the 7 days before did not clearly
>       go with more or less pain than runs with a strength session in the 7
>       days before, with the other factors held fixed (difference 0.2 points,
>       95% CI -0.4 to 0.8, Holm p 1.00).
>   2. [none] Runs without a meal before them did not clearly go with more or
>       less pain than runs with a meal before them, with the other factors held
>       fixed (difference 0.0 points, 95% CI -0.7 to 0.7, Holm p 1.00).
>   3. [none] Runs after a skipped post-run meal did not clearly go with more or
>       less pain than runs after an eaten post-run meal, with the other factors
>       held fixed (difference -0.1 points, 95% CI -0.8 to 0.5, Holm p 1.00).
>   4. [insufficient] Runs on the third consecutive day or later: no run after a
>       rest day has every factor known, so there is nothing to compare with.
>   Not recorded: jumps in distance and long runs (no distance column)
>   Note: Pain of 4 or more came on 58 of 170 scored runs, and this log does not
>   show what goes with it (some factors could not be told apart from others).
>   General advice from the article, not a finding from your log: it holds weak
>   back muscles to be the main cause of this ache, and suggests you strengthen
>   — build up the back muscles with pull-ups, reverse dumbbell flys and
>   deadlifts.
>
> Each factor with the others held fixed
>   factor                   plain  adjusted  95% CI       Holm p  evidence
>   3+ days in a row          -0.3         -  -                 -  insufficient
>   skipped meal before        0.0       0.0  -0.7 to 0.7   1.000  none
>   skipped meal after prev   -0.1      -0.1  -0.8 to 0.5   1.000  none
>   no strength in 7 days      0.2       0.2  -0.4 to 0.8   1.000  none
>   plain: the difference of means above; adjusted: the effect in one model of
> fitted True runs 102 terms 13 exact False aliased {"streak_2": ["streak_3"], "streak_3": ["streak_2", "streak_4", "streak_5", "streak_6", "streak_7_plus"], "streak_4": ["streak_3"], "streak_5": ["streak_3"], "streak_6": ["streak_3"], "streak_7_plus": ["streak_3"]}
> coef streak_2=0.083563/0.395887 streak_4=-0.075591/0.422222 streak_5=1.242139/0.504916 streak_6=0.279582/0.597925 streak_7_plus=-1.288292/0.404238 meal_before=-0.029867/0.350973 meal_after=-0.141016/0.331089 no_strength=0.199566/0.302625 previous_pain=-0.192875/0.137163
> effect consecutive_days=null meal_before=-0.029867/0.350973/0.932655/1.000000 meal_after=-0.141016/0.331089/0.672706/1.000000 strength=0.199566/0.302625/0.513805/1.000000 load_spike=null long_run=null
> finding strength none reason: None
> finding meal_before none reason: None
> finding meal_after none reason: None
> finding consecutive_days insufficient reason: no run after a rest day has every factor known, so there is nothing to compare with
> unexplained: yes
