# rest.csv plants pain that follows consecutive running days only (meals skipped
# at random, strength independent): the first finding is consecutive_days, with
# remedy rest, and neither meal finding reaches moderate or strong.
# Logs: tests/data/planted/generate.py
$ runlog analyze tests/data/planted/rest.csv --format json --no-charts | /usr/bin/python3 -c 'import json,sys; f=json.load(sys.stdin)["findings"]; e={x["factor"]: x["evidence"] for x in f}; print("first:", f[0]["factor"], f[0]["remedy"], f[0]["evidence"]); [print(k, "moderate or strong" if e[k] in ("moderate", "strong") else "below moderate") for k in ("meal_before", "meal_after")]'
> first: consecutive_days rest strong
> meal_before below moderate
> meal_after below moderate
