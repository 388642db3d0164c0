# collinear_cohort.csv: two runners, each with every run on the third day in
# a row, and only those, without a meal before it: within each runner
# streak_3 and meal_before are the same runs, so with an intercept per runner
# they are aliased (here meal_before is the one dropped); both factors read
# "could not be told apart", the other two are judged (Holm m = 2), and the
# note on frequent pain does not claim that nothing in the log explains it.
# Reference: tests/reference/degenerate_check.py rebuilds the design with
# pandas (the trend, the previous pain; model_check.design) and fits
# statsmodels 0.14 (/usr/bin/python3) on the kept terms, cov_type="cluster"
# by athlete-week, use_t=True; it agrees with every number here to 1e-6 in
# make test:
#   fit.params, fit.bse: s2 -0.126257 0.209287, s3 -0.184118 0.269115,
#     s4 -0.475696 0.288978, s5 0.404268 0.304725, s6 -0.313845 0.303444,
#     s7 -0.996262 0.273974, skip_after_prev -0.153336 0.211666,
#     no_strength -0.003725 0.142195, prev_pain -0.039571 0.050110;
#     len(m) 342, K 17 (two spline trends); Holm 0.941893, 0.979166
$ runlog analyze tests/data/degenerate/collinear_cohort.csv --no-charts | sed -n '/^What goes/,/^$/p;/^Each factor/,/^  plain/p'; runlog analyze tests/data/degenerate/collinear_cohort.csv --no-charts -f json | /usr/bin/python3 tests/cli/model_summary.py
> What goes with your back pain
>   Each finding below also allows for slow changes in pain over the months and
>   for the pain of the run before.
>   1. [none] Runs with no strength session in the 7 days before did not clearly
>       go with more or less pain than runs with a strength session in the 7
>       days before, with the other factors held fixed (difference 0.0 points,
>       95% CI -0.3 to 0.3, Holm p 0.98).
>   2. [none] Runs after a skipped post-run meal did not clearly go with more or
>       less pain than runs after an eaten post-run meal, with the other factors
>       held fixed (difference -0.2 points, 95% CI -0.6 to 0.3, Holm p 0.94).
>   3. [insufficient] Runs on the third consecutive day or later: could not be
>       told apart from runs without a meal before them: in this log they went
>       together too closely for their effects to be separated.
>   4. [insufficient] Runs without a meal before them: could not be told apart
>       from runs on the third day in a row: in this log they went together too
>       closely for their effects to be separated.
>   Not recorded: jumps in distance and long runs (no distance column)
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
>   skipped meal after prev   -0.1      -0.2  -0.6 to 0.3   0.942  none
>   no strength in 7 days      0.1       0.0  -0.3 to 0.3   0.979  none
>   plain: the difference of means above; adjusted: the effect in one model of
> fitted True runs 342 terms 17 exact False aliased {"meal_before": ["streak_3"], "streak_3": ["meal_before"]}
> coef streak_2=-0.126257/0.209287 streak_3=-0.184118/0.269115 streak_4=-0.475696/0.288978 streak_5=0.404268/0.304725 streak_6=-0.313845/0.303444 streak_7_plus=-0.996262/0.273974 meal_after=-0.153336/0.211666 no_strength=-0.003725/0.142195 previous_pain=-0.039571/0.050110
> effect consecutive_days=null meal_before=null meal_after=-0.153336/0.211666/0.470947/0.941893 strength=-0.003725/0.142195/0.979166/0.979166 load_spike=null long_run=null
> finding strength none reason: None
> finding meal_after none reason: None
> finding consecutive_days insufficient reason: could not be told apart from runs without a meal before them: in this log they went together too closely for their effects to be separated
> finding meal_before insufficient reason: could not be told apart from runs on the third day in a row: in this log they went together too closely for their effects to be separated
> unexplained: yes
