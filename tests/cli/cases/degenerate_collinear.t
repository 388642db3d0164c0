# collinear.csv: every run on the third day in a row, and only those, skipped
# the meal before it, so streak_3 and meal_before are the same runs
# (tests/data/degenerate/make.py). One of the two is dropped (aliased), both
# factors read "could not be told apart" and are insufficient, never none;
# meal_after and strength are still judged, and Holm counts those two tests
# only (m = 2). Before issue 16 this log printed a CI of -2104701.5 to
# 2104701.1 for the streaks and "95% CI nan to nan".
# Reference: tests/reference/degenerate_check.py rebuilds the design with
# pandas (the trend, the previous pain; model_check.design) and fits
# statsmodels 0.14 (/usr/bin/python3) on the kept terms, cov_type="cluster"
# by athlete-week, use_t=True; it agrees with every number here to 1e-6 in
# make test:
#   fit.params, fit.bse: s2 -0.444320 0.243524, s3 -0.378057 0.387075,
#     s4 -0.500792 0.340060, s5 0.869582 0.381741, s6 -0.142840 0.433907,
#     s7 -1.608827 0.334115, skip_after_prev 0.033758 0.327804,
#     no_strength 0.103253 0.197665, prev_pain -0.115918 0.076645; len(m) 169,
#     K 13 (one spline trend); Holm over meal_after and strength: 1, 1
$ runlog analyze tests/data/degenerate/collinear.csv --no-charts | sed -n '/^What goes/,/^$/p;/^Each factor/,/^  plain/p'; runlog analyze tests/data/degenerate/collinear.csv --no-charts -f json | /usr/bin/python3 tests/cli/model_summary.py
> What goes with your back pain
>   Each finding below also allows for slow changes in pain over the months and
>   for the pain of the run before.
>   1. [none] Runs with no strength session in the 7 days before did not clearly
>       go with more or less pain than runs with a strength session in the 7
>       days before, with the other factors held fixed (difference 0.1 points,
>       95% CI -0.3 to 0.5, Holm p 1.00).
>   2. [none] Runs after a skipped post-run meal did not clearly go with more or
>       less pain than runs after an eaten post-run meal, with the other factors
>       held fixed (difference 0.0 points, 95% CI -0.6 to 0.7, Holm p 1.00).
>   3. [insufficient] Runs on the third consecutive day or later: could not be
>       told apart from runs without a meal before them: in this log they went
>       together too closely for their effects to be separated.
>   4. [insufficient] Runs without a meal before them: could not be told apart
>       from runs on the third day in a row: in this log they went together too
>       closely for their effects to be separated.
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
>   skipped meal before       -0.1         -  -                 -  insufficient
>   skipped meal after prev   -0.1       0.0  -0.6 to 0.7   1.000  none
>   no strength in 7 days      0.2       0.1  -0.3 to 0.5   1.000  none
>   plain: the difference of means above; adjusted: the effect in one model of
> fitted True runs 169 terms 13 exact False aliased {"meal_before": ["streak_3"], "streak_3": ["meal_before"]}
> coef streak_2=-0.444320/0.243524 streak_3=-0.378057/0.387075 streak_4=-0.500792/0.340060 streak_5=0.869582/0.381741 streak_6=-0.142840/0.433907 streak_7_plus=-1.608827/0.334115 meal_after=0.033758/0.327804 no_strength=0.103253/0.197665 previous_pain=-0.115918/0.076645
> effect consecutive_days=null meal_before=null meal_after=0.033758/0.327804/0.918506/1.000000 strength=0.103253/0.197665/0.604373/1.000000 load_spike=null long_run=null
> finding strength none reason: None
> finding meal_after none reason: None
> finding consecutive_days insufficient reason: could not be told apart from runs without a meal before them: in this log they went together too closely for their effects to be separated
> finding meal_before insufficient reason: could not be told apart from runs on the third day in a row: in this log they went together too closely for their effects to be separated
> unexplained: yes
