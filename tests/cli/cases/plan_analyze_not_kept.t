# tests/data/plan/broken.csv follows plan.csv but the remedy does nothing
# and remedy blocks 2, 7, 14 and 20 were run as usual (back-to-back days;
# tests/data/plan/generate.py): those are marked not kept; as planned uses
# all 10 pairs, as kept the 6 others; neither says the remedy helps
$ runlog analyze tests/data/plan/broken.csv --plan tests/data/plan/plan.csv --no-charts --format json | /usr/bin/python3 -c 'import json,sys; e=json.load(sys.stdin)["experiment"]; k=e["as_kept"]; print("adherence", e["adherence"]); print("not kept", [b["block"] for b in e["blocks"] if b["kept"] is False]); [print(n, x["pairs"], x["allocations"], x["verdict"]) for n, x in (("as planned", e), ("as kept", k))]'
> adherence {'remedy_blocks': 10, 'kept': 6, 'known': 10}
> not kept [2, 7, 14, 20]
> as planned 10 1024 unclear
> as kept 6 64 unclear
