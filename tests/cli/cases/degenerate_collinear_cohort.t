# collinear_cohort.csv: two runners, each with every run on the third day in
# a row, and only those, without a meal before it: within each runner
# streak_3 and meal_before are the same runs, so with an intercept per runner
# they are aliased (here meal_before is the one dropped); both factors read
# "could not be told apart", the other two are judged (Holm m = 2), and the
# note on frequent pain does not claim that nothing in the log explains it.
# Reference: tests/reference/degenerate_check.py fits statsmodels on the kept
# terms plus C(athlete), clusters by athlete-week, and agrees to 1e-6:
#   fit.params, fit.bse: s2 -0.114193 0.208690, s3 -0.131234 0.269694,
#     s4 -0.386955 0.278698, s5 0.507418 0.290234, s6 -0.222026 0.289462,
#     s7 -0.833947 0.272471, skip_after_prev -0.140032 0.207996,
#     no_strength -0.001985 0.136777; len(m) 342
$ runlog analyze tests/data/degenerate/collinear_cohort.csv --no-charts | sed -n '/^What goes/,/^$/p;/^Each factor/,/^  plain/p'; runlog analyze tests/data/degenerate/collinear_cohort.csv --no-charts -f json | /usr/bin/python3 tests/cli/model_summary.py
> What goes with your back pain
>   1. [none] Runs with no strength session in the 7 days before did not clearly
>       go with more or less pain than runs with a strength session in the 7
>       days before, with the other factors held fixed (difference 0.0 points,
>       95% CI -0.3 to 0.3, Holm p 1.00).
>   2. [none] Runs after a skipped post-run meal did not clearly go with more or
>       less pain than runs after an eaten post-run meal, with the other factors
>       held fixed (difference -0.1 points, 95% CI -0.6 to 0.3, Holm p 1.00).
>   3. [insufficient] Runs on the third consecutive day or later: could not be
>       told apart from runs without a meal before them: in this log they went
>       together too closely for their effects to be separated.
>   4. [insufficient] Runs without a meal before them: could not be told apart
>       from runs on the third day in a row: in this log they went together too
>       closely for their effects to be separated.
>   Note: Pain of 4 or more came on 122 of 344 scored runs, and this log does
>   not show what goes with it (some factors could not be told apart from
>   others). General advice from the article, not a finding from your log: it
>   holds weak back muscles to be the main cause of this ache, and suggests you
>   strengthen — build up the back muscles with pull-ups, reverse dumbbell flys
>   and deadlifts.
>
> Each factor with the others held fixed
>   factor                   plain  adjusted  95% CI       Holm p  evidence
>   3+ days in a row          -0.2         -  -                 -  insufficient
>   skipped meal before        0.0         -  -                 -  insufficient
>   skipped meal after prev   -0.1      -0.1  -0.6 to 0.3   1.000  none
>   no strength in 7 days      0.1       0.0  -0.3 to 0.3   1.000  none
>   plain: the difference of means above; adjusted: the effect in one model of
> fitted True runs 342 terms 10 exact False aliased {"meal_before": ["streak_3"], "streak_3": ["meal_before"]}
> coef streak_2=-0.114193/0.208690 streak_4=-0.386955/0.278698 streak_5=0.507418/0.290234 streak_6=-0.222026/0.289462 streak_7_plus=-0.833947/0.272471 meal_before=-0.131234/0.269694 meal_after=-0.140032/0.207996 no_strength=-0.001985/0.136777
> effect consecutive_days=null meal_before=null meal_after=-0.140032/0.207996/0.502756/1.000000 strength=-0.001985/0.136777/0.988460/1.000000 load_spike=null
> finding strength none reason: None
> finding meal_after none reason: None
> finding consecutive_days insufficient reason: could not be told apart from runs without a meal before them: in this log they went together too closely for their effects to be separated
> finding meal_before insufficient reason: could not be told apart from runs on the third day in a row: in this log they went together too closely for their effects to be separated
> unexplained: yes
