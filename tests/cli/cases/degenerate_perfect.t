# perfect.csv: pain is exactly 2 + 3 (meal before skipped) on every run. The
# fit is exact (statsmodels: ssr 1.4e-27, meal_before 3.000000, the other
# coefficients 0.000000; tests/reference/degenerate_check.py): the effects
# are given, but with no spread no SE, CI or p, no factor is graded, and the
# pain of 4+ is not called unexplained.
$ runlog analyze tests/data/degenerate/perfect.csv --no-charts | sed -n '/^What goes/,/^$/p;/^Each factor/,/^  plain/p'; runlog analyze tests/data/degenerate/perfect.csv --no-charts -f json | /usr/bin/python3 tests/cli/model_summary.py
> What goes with your back pain
>   Each finding below also allows for slow changes in pain over the months and
>   for the pain of the run before.
>   1. [insufficient] Runs without a meal before them: the factors fit the pain
>       of all 169 runs with every factor known exactly, so there is no spread
>       left to judge how sure the estimate is (with the other factors held
>       fixed, 3.0 points against runs with a meal before them; not judged).
>   2. [insufficient] Runs on the third consecutive day or later: the factors
>       fit the pain of all 169 runs with every factor known exactly, so there
>       is no spread left to judge how sure the estimate is (with the other
>       factors held fixed, 0.0 points against runs after a rest day; not
>       judged).
>   3. [insufficient] Runs after a skipped post-run meal: the factors fit the
>       pain of all 169 runs with every factor known exactly, so there is no
>       spread left to judge how sure the estimate is (with the other factors
>       held fixed, 0.0 points against runs after an eaten post-run meal; not
>       judged).
>   4. [insufficient] Runs with no strength session in the 7 days before: the
>       factors fit the pain of all 169 runs with every factor known exactly, so
>       there is no spread left to judge how sure the estimate is (with the
>       other factors held fixed, 0.0 points against runs with a strength
>       session in the 7 days before; not judged).
>   Not recorded: jumps in distance and long runs (no distance column)
>
> Each factor with the others held fixed
>   factor                   plain  adjusted  95% CI  Holm p  evidence
>   3+ days in a row           0.2       0.0  -            -  insufficient
>   skipped meal before        3.0       3.0  -            -  insufficient
>   skipped meal after prev    0.0       0.0  -            -  insufficient
>   no strength in 7 days      0.5       0.0  -            -  insufficient
>   plain: the difference of means above; adjusted: the effect in one model of
> fitted True runs 169 terms 14 exact True aliased {}
> coef streak_2=0.000000/null streak_3=0.000000/null streak_4=0.000000/null streak_5=0.000000/null streak_6=0.000000/null streak_7_plus=0.000000/null meal_before=3.000000/null meal_after=0.000000/null no_strength=0.000000/null previous_pain=0.000000/null
> effect consecutive_days=0.000000/null/null/null meal_before=3.000000/null/null/null meal_after=0.000000/null/null/null strength=0.000000/null/null/null load_spike=null long_run=null
> finding meal_before insufficient reason: the factors fit the pain of all 169 runs with every factor known exactly, so there is no spread left to judge how sure the estimate is
> finding consecutive_days insufficient reason: the factors fit the pain of all 169 runs with every factor known exactly, so there is no spread left to judge how sure the estimate is
> finding meal_after insufficient reason: the factors fit the pain of all 169 runs with every factor known exactly, so there is no spread left to judge how sure the estimate is
> finding strength insufficient reason: the factors fit the pain of all 169 runs with every factor known exactly, so there is no spread left to judge how sure the estimate is
> unexplained: no
