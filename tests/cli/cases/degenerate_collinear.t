# collinear.csv: every run on the third day in a row, and only those, skipped
# the meal before it, so streak_3 and meal_before are the same runs
# (tests/data/degenerate/make.py). One of the two is dropped (aliased), both
# factors read "could not be told apart" and are insufficient, never none;
# meal_after and strength are still judged, and Holm counts those two tests
# only (m = 2). Before issue 16 this log printed a CI of -2104701.5 to
# 2104701.1 for the streaks and "95% CI nan to nan".
# Reference, statsmodels 0.14 with /usr/bin/python3 (tests/reference/
# degenerate_check.py checks every number in make test):
#   import sys, pandas as pd, statsmodels.formula.api as smf
#   sys.path.insert(0, "tests/reference"); from degenerate_check import design
#   m, xc, terms = design("tests/data/degenerate/collinear.csv")
#   fit = smf.ols("pain ~ s2 + s4 + s5 + s6 + s7 + skip_before + skip_after_prev + no_strength", m).fit(
#       cov_type="cluster", cov_kwds={"groups": pd.factorize(m["week"])[0]}, use_t=True)
#   fit.params, fit.bse: s2 -0.426877 0.245917, s4 -0.408432 0.325164,
#     s5 0.918055 0.377654, s6 -0.241316 0.416370, s7 -1.455876 0.322843,
#     skip_before -0.266843 0.389954, skip_after_prev -0.017974 0.306011,
#     no_strength 0.136398 0.189771; len(m) 169;
#   multipletests([fit.pvalues["skip_after_prev"], fit.pvalues["no_strength"]], method="holm")[1]:
#     0.953461 0.953158
$ runlog analyze tests/data/degenerate/collinear.csv --no-charts | sed -n '/^What goes/,/^$/p;/^Each factor/,/^  plain/p'; runlog analyze tests/data/degenerate/collinear.csv --no-charts -f json | /usr/bin/python3 tests/cli/model_summary.py
> What goes with your back pain
>   1. [none] Runs with no strength session in the 7 days before did not clearly
>       go with more or less pain than runs with a strength session in the 7
>       days before, with the other factors held fixed (difference 0.1 points,
>       95% CI -0.2 to 0.5, Holm p 0.95).
>   2. [none] Runs after a skipped post-run meal did not clearly go with more or
>       less pain than runs after an eaten post-run meal, with the other factors
>       held fixed (difference 0.0 points, 95% CI -0.6 to 0.6, Holm p 0.95).
>   3. [insufficient] Runs on the third consecutive day or later: could not be
>       told apart from runs without a meal before them: in this log they went
>       together too closely for their effects to be separated.
>   4. [insufficient] Runs without a meal before them: could not be told apart
>       from runs on the third day in a row: in this log they went together too
>       closely for their effects to be separated.
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
>   skipped meal after prev   -0.1       0.0  -0.6 to 0.6   0.953  none
>   no strength in 7 days      0.2       0.1  -0.2 to 0.5   0.953  none
>   plain: the difference of means above; adjusted: the effect in one model of
> fitted True runs 169 terms 9 exact False aliased {"meal_before": ["streak_3"], "streak_3": ["meal_before"]}
> coef streak_2=-0.426877/0.245917 streak_4=-0.408432/0.325164 streak_5=0.918055/0.377654 streak_6=-0.241316/0.416370 streak_7_plus=-1.455876/0.322843 meal_before=-0.266843/0.389954 meal_after=-0.017974/0.306011 no_strength=0.136398/0.189771
> effect consecutive_days=null meal_before=null meal_after=-0.017974/0.306011/0.953461/0.953461 strength=0.136398/0.189771/0.476579/0.953158 load_spike=null
> finding strength none reason: None
> finding meal_after none reason: None
> finding consecutive_days insufficient reason: could not be told apart from runs without a meal before them: in this log they went together too closely for their effects to be separated
> finding meal_before insufficient reason: could not be told apart from runs on the third day in a row: in this log they went together too closely for their effects to be separated
> unexplained: yes
