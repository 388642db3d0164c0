# pain_free.csv: pain is 0 on every run. Nothing can go with more pain: every
# factor is insufficient with that reason, no SE, CI, p or Holm p (null in
# JSON, "-" in the table), never "Holm p <0.001" or "95% CI nan to nan" as
# before issue 16. statsmodels' residual sum of squares is 0 (exact fit;
# tests/reference/degenerate_check.py).
$ runlog analyze tests/data/degenerate/pain_free.csv --no-charts | sed -n '/^What goes/,/^$/p;/^Each factor/,/^  plain/p'; runlog analyze tests/data/degenerate/pain_free.csv --no-charts -f json | /usr/bin/python3 tests/cli/model_summary.py
> What goes with your back pain
>   Each finding below also allows for slow changes in pain over the months and
>   for the pain of the run before.
>   1. [insufficient] Runs on the third consecutive day or later: pain was the
>       same on all 169 runs with every factor known, so nothing in this log can
>       go with more or less of it (with the other factors held fixed, 0.0
>       points against runs after a rest day; not judged).
>   2. [insufficient] Runs without a meal before them: pain was the same on all
>       169 runs with every factor known, so nothing in this log can go with
>       more or less of it (with the other factors held fixed, 0.0 points
>       against runs with a meal before them; not judged).
>   3. [insufficient] Runs after a skipped post-run meal: pain was the same on
>       all 169 runs with every factor known, so nothing in this log can go with
>       more or less of it (with the other factors held fixed, 0.0 points
>       against runs after an eaten post-run meal; not judged).
>   4. [insufficient] Runs with no strength session in the 7 days before: pain
>       was the same on all 169 runs with every factor known, so nothing in this
>       log can go with more or less of it (with the other factors held fixed,
>       0.0 points against runs with a strength session in the 7 days before;
>       not judged).
>   Not recorded: jumps in distance and long runs (no distance column)
>
> Each factor with the others held fixed
>   factor                   plain  adjusted  95% CI  Holm p  evidence
>   3+ days in a row           0.0       0.0  -            -  insufficient
>   skipped meal before        0.0       0.0  -            -  insufficient
>   skipped meal after prev    0.0       0.0  -            -  insufficient
>   no strength in 7 days      0.0       0.0  -            -  insufficient
>   plain: the difference of means above; adjusted: the effect in one model of
> fitted True runs 169 terms 13 exact True aliased {}
> coef streak_2=0.000000/null streak_3=0.000000/null streak_4=0.000000/null streak_5=0.000000/null streak_6=0.000000/null streak_7_plus=0.000000/null meal_before=0.000000/null meal_after=0.000000/null no_strength=0.000000/null
> effect consecutive_days=0.000000/null/null/null meal_before=0.000000/null/null/null meal_after=0.000000/null/null/null strength=0.000000/null/null/null load_spike=null long_run=null
> finding consecutive_days insufficient reason: pain was the same on all 169 runs with every factor known, so nothing in this log can go with more or less of it
> finding meal_before insufficient reason: pain was the same on all 169 runs with every factor known, so nothing in this log can go with more or less of it
> finding meal_after insufficient reason: pain was the same on all 169 runs with every factor known, so nothing in this log can go with more or less of it
> finding strength insufficient reason: pain was the same on all 169 runs with every factor known, so nothing in this log can go with more or less of it
> unexplained: no
