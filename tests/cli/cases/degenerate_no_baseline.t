# no_baseline.csv: every run after a rest day has an empty ate_before, so no
# run after a rest day has every factor known: the streak indicators add up to
# the intercept and one is dropped (aliased). consecutive_days says there is
# nothing to compare with (insufficient, not none, and not "0 runs have every
# factor known"); the meals and strength are judged, Holm over those 3 tests.
# Before issue 16 this log graded consecutive_days strong with "95% CI nan to
# nan" and recommended rest.
# Reference, statsmodels 0.14 with /usr/bin/python3 (tests/reference/
# degenerate_check.py checks every number in make test):
#   m, xc, terms = design("tests/data/degenerate/no_baseline.csv")   # as in degenerate_collinear.t
#   fit = smf.ols("pain ~ s2 + s4 + s5 + s6 + s7 + skip_before + skip_after_prev + no_strength", m).fit(
#       cov_type="cluster", cov_kwds={"groups": pd.factorize(m["week"])[0]}, use_t=True)
#   fit.params, fit.bse: s2 -0.126974 0.425270, s4 -0.117029 0.470061,
#     s5 1.149794 0.475870, s6 -0.011738 0.536924, s7 -1.175307 0.413625,
#     skip_before -0.055536 0.313631, skip_after_prev -0.220607 0.340625,
#     no_strength 0.241315 0.263413; len(m) 102
$ runlog analyze tests/data/degenerate/no_baseline.csv --no-charts | sed -n '/^What goes/,/^$/p;/^Each factor/,/^  plain/p'; runlog analyze tests/data/degenerate/no_baseline.csv --no-charts -f json | /usr/bin/python3 tests/cli/model_summary.py
> What goes with your back pain
>   1. [none] Runs with no strength session in the 7 days before did not clearly
>       go with more or less pain than runs with a strength session in the 7
>       days before, with the other factors held fixed (difference 0.2 points,
>       95% CI -0.3 to 0.8, Holm p 1.00).
>   2. [none] Runs without a meal before them did not clearly go with more or
>       less pain than runs with a meal before them, with the other factors held
>       fixed (difference -0.1 points, 95% CI -0.7 to 0.6, Holm p 1.00).
>   3. [none] Runs after a skipped post-run meal did not clearly go with more or
>       less pain than runs after an eaten post-run meal, with the other factors
>       held fixed (difference -0.2 points, 95% CI -0.9 to 0.5, Holm p 1.00).
>   4. [insufficient] Runs on the third consecutive day or later: no run after a
>       rest day has every factor known, so there is nothing to compare with.
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
>   skipped meal before        0.0      -0.1  -0.7 to 0.6   1.000  none
>   skipped meal after prev   -0.1      -0.2  -0.9 to 0.5   1.000  none
>   no strength in 7 days      0.2       0.2  -0.3 to 0.8   1.000  none
>   plain: the difference of means above; adjusted: the effect in one model of
> fitted True runs 102 terms 9 exact False aliased {"streak_2": ["streak_3"], "streak_3": ["streak_2", "streak_4", "streak_5", "streak_6", "streak_7_plus"], "streak_4": ["streak_3"], "streak_5": ["streak_3"], "streak_6": ["streak_3"], "streak_7_plus": ["streak_3"]}
> coef streak_2=-0.126974/0.425270 streak_4=-0.117029/0.470061 streak_5=1.149794/0.475870 streak_6=-0.011738/0.536924 streak_7_plus=-1.175307/0.413625 meal_before=-0.055536/0.313631 meal_after=-0.220607/0.340625 no_strength=0.241315/0.263413
> effect consecutive_days=null meal_before=-0.055536/0.313631/0.860442/1.000000 meal_after=-0.220607/0.340625/0.521318/1.000000 strength=0.241315/0.263413/0.365706/1.000000 load_spike=null
> finding strength none reason: None
> finding meal_before none reason: None
> finding meal_after none reason: None
> finding consecutive_days insufficient reason: no run after a rest day has every factor known, so there is nothing to compare with
> unexplained: yes
