# the same change in the JSON
$ runlog analyze tests/data/since/drop.csv --no-charts -f json | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["changes_detected"])'
> [{'habit': 'streaks_3_plus', 'since': '2025-04-14', 'share_before': 0.6, 'share_after': 0, 'weeks_before': 14, 'weeks_after': 16}]
