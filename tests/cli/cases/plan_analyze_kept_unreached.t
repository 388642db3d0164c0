# tests/data/plan/short.csv ends on the plan's 17th day: the remedy blocks
# the log has not reached are not known to be kept; "kept": true would
# claim days nobody has run yet (a block in progress is kept so far, as
# weekly --plan says, until a run breaks its rule)
$ runlog analyze tests/data/plan/short.csv --plan tests/data/plan/plan.csv --no-charts --format json | /usr/bin/python3 -c 'import json,sys; e=json.load(sys.stdin)["experiment"]; print(sorted(set((b["complete"], b["kept"]) for b in e["blocks"] if b["arm"] == "remedy"), key=str))'
> [(False, None), (True, True)]
