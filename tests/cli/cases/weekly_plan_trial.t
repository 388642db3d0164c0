# issue 21: from runlog plan to a verdict with the README's commands, as a
# new user would: a 12-week rest plan, a runner following it in which rest
# lowers pain by 1.5 points (tests/data/plan/trial.py: sticky, drifting
# pain), weekly --plan in week 5 and in the last week, and analyze --plan
# at the end; the weekly verdict is analyze's, sentence for sentence
$ cd "$T" && runlog plan rest --start 2026-01-05 --weeks 12 --seed 5 --out plan.csv > /dev/null && /usr/bin/python3 "$OLDPWD/tests/data/plan/trial.py" plan.csv mylog.csv --to 2026-02-04 && runlog weekly mylog.csv --plan plan.csv --out reports/ --today 2026-02-04 | grep -A1 '^  plan:' && /usr/bin/python3 "$OLDPWD/tests/data/plan/trial.py" plan.csv mylog.csv && runlog weekly mylog.csv --plan plan.csv --out reports/ --today 2026-03-30 | sed -n '/^  plan:/,$p' && runlog analyze mylog.csv --plan plan.csv --no-charts | grep -A3 '^  - \[as planned\]'
>   plan: block 4 of 12 (pair 2): usual
>     4 blocks ended, 8 left
>   plan: block 12 of 12 (pair 6): remedy, no two running days in a row
>     kept so far; 12 blocks ended, 0 left
>   In your log, resting every other day went with 1.9 fewer pain points (95% CI
>   0.7 to 3.1; randomisation p = 0.016, 12 blocks). Because the blocks were
>   chosen at random, this is evidence that resting every other day helps you.
>   report: reports/2026-W13/report.html
>   - [as planned] In your log, resting every other day went with 1.9 fewer pain
>     points (95% CI 0.7 to 3.1; randomisation p = 0.016, 12 blocks). Because
>     the blocks were chosen at random, this is evidence that resting every
>     other day helps you.
