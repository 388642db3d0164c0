# eat.csv plants pain that follows skipped meals only (+2 without a meal before
# the run, +2 when the previous run, at most 2 days before, skipped the meal
# after it; streaks vary but do not matter): both meal findings have remedy eat and moderate or strong
# evidence, and both rank above consecutive_days.
# Logs: tests/data/planted/generate.py
$ runlog analyze tests/data/planted/eat.csv --format json --no-charts | /usr/bin/python3 -c 'import json,sys; f=json.load(sys.stdin)["findings"]; at={x["factor"]: i for i, x in enumerate(f)}; [print(k, f[at[k]]["remedy"], "moderate or strong" if f[at[k]]["evidence"] in ("moderate", "strong") else "below moderate") for k in ("meal_before", "meal_after")]; print("first remedy:", f[0]["remedy"]); print("meals above consecutive_days:", "yes" if max(at["meal_before"], at["meal_after"]) < at["consecutive_days"] else "no")'
> meal_before eat moderate or strong
> meal_after eat moderate or strong
> first remedy: eat
> meals above consecutive_days: yes
