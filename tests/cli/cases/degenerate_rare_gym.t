# rare_gym.csv: strength sessions on the run days of only 3 weeks, and 2
# points more pain on runs with no session in the 7 days before. The model
# puts strength at +1.6 (CI 1.16 to 2.04; statsmodels agrees,
# model_check.py), which would grade it strong; but
# the runs after a session fall in only 6 weeks (pandas: model_check.py),
# fewer than the 8 each side needs, so strength is insufficient and says why.
$ runlog analyze tests/data/degenerate/rare_gym.csv --no-charts | sed -n '/^What goes/,/^$/p' | grep -A3 insufficient; runlog analyze tests/data/degenerate/rare_gym.csv --no-charts -f json | grep -o '"strength": {"effect": [0-9.]*, .*"weeks": \[[0-9]*, [0-9]*\]' | sed 's/"se".*"weeks"/... "weeks"/'
>   4. [insufficient] Runs with no strength session in the 7 days before: runs
>       within 7 days after a strength session fell in only 6 weeks (at least 8
>       weeks on each side are needed, so that a change over the months cannot
>       pass for its effect).
> "strength": {"effect": 1.59974904364, ... "weeks": [39, 6]
