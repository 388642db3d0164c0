# a planted level drop of 2 points on 2025-04-14 (tests/data/since/generate.py)
# is found with the right sign: lower, and a CI that stays below zero
$ runlog analyze tests/data/since/drop.csv --no-charts -f json --since 2025-04-14 | /usr/bin/python3 -c 'import json, sys; c = json.load(sys.stdin)["change"]; print(c["status"], c["level"]["effect"] < 0, c["level"]["ci95"][1] < 0, c["message"].split(" (")[0].split(" points ")[1])'
> estimated True True lower than the trend before it predicted
