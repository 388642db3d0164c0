# tests/data/plan/short.csv is the first 17 days of planted.csv: one
# complete pair and one block of the second; the report says how many
# more pairs the estimate needs, and JSON has no estimate yet
$ runlog analyze tests/data/plan/short.csv --plan tests/data/plan/plan.csv --no-charts --format markdown && runlog analyze tests/data/plan/short.csv --plan tests/data/plan/plan.csv --no-charts --format json | /usr/bin/python3 -c 'import json,sys; e=json.load(sys.stdin)["experiment"]; print(e["completed_blocks"], e["complete_pairs"], e["verdict"], e["more_pairs"], e["difference"], e["ci95"], e["p_value"], e["allocations"])'
~ Complete (the log reaches their end and they have a scored run): 2 blocks, 1 pair.
~ - **as planned** Too few blocks yet: 1 complete pair of blocks, and the estimate needs 2. It needs 1 more complete pair (2 more blocks, each with a scored run).
~ 2 1 too_few 1 None [None, None] None 0
