# issue 21: a week before or after the plan's dates says so in one line
$ runlog weekly tests/data/plan/planted.csv --plan tests/data/plan/plan.csv --week 2026-W01 --today 2026-06-01 --out $T | grep plan:; runlog weekly tests/data/plan/planted.csv --plan tests/data/plan/plan.csv --week 2026-W22 --today 2026-06-01 --out $T | grep plan:; grep -A2 'self-experiment' $T/2026-W22/report.md; grep '"position"' $T/2026-W01/report.json
>   plan: this week is before the plan, which starts on 2026-01-05
>   plan: this week is after the plan, which ended on 2026-05-24
> ## Your self-experiment: rest
> 
> This week is after the plan, which ended on 2026-05-24 (tests/data/plan/plan.csv).
>     "position": "before",
