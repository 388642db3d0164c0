# issue 21: the week that ends the plan gives analyze --plan's verdict as
# planned (the same sentence, from report_plan), in the summary wrapped to
# 78 columns, and report.json's "plan" holds the same "experiment" object
# as analyze's JSON
$ runlog weekly tests/data/plan/planted.csv --plan tests/data/plan/plan.csv --week 2026-W21 --today 2026-06-01 --out $T | sed "s|$T|T|" | sed -n '7,$p'; runlog analyze tests/data/plan/planted.csv --plan tests/data/plan/plan.csv --no-charts --format json > $T/a.json; /usr/bin/python3 -c 'import json,sys; w=json.load(open(sys.argv[1]))["plan"]; a=json.load(open(sys.argv[2]))["experiment"]; print(w["complete"], w["experiment"] == a, w["experiment"]["verdict"])' $T/2026-W21/report.json $T/a.json
>   plan: block 20 of 20 (pair 10): remedy, no two running days in a row
>     kept so far; 20 blocks ended, 0 left
>   In your log, resting every other day went with 1.6 fewer pain points (95% CI
>   1.2 to 2.0; randomisation p < 0.001, 20 blocks). Because the blocks were
>   chosen at random, this is evidence that resting every other day helps you.
>   report: T/2026-W21/report.html
> True True helps
