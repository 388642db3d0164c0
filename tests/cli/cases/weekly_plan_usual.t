# issue 21: a usual block has no rule to keep: the week says what to do in
# it and no adherence (kept_so_far null in the JSON)
$ runlog weekly tests/data/plan/planted.csv --plan tests/data/plan/plan.csv --week 2026-W20 --today 2026-06-01 --out $T | grep -A1 'plan:'; /usr/bin/python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["plan"]; print(p["position"], p["block"], p["pair"], p["arm"], p["rule"], p["kept_so_far"], p["ended_blocks"], p["left_blocks"], p["complete"], "experiment" in p)' $T/2026-W20/report.json
>   plan: block 19 of 20 (pair 10): usual
>     19 blocks ended, 1 left
> during 19 10 usual None None 19 1 False False
