# too few runs before the date: the JSON has the counts and no estimate
$ runlog analyze tests/data/since/drop.csv --no-charts -f json --since 2025-02-17 | /usr/bin/python3 -c 'import json, sys; c = json.load(sys.stdin)["change"]; print(c["status"], c["runs_before"], c["weeks_before"], c["level"]["effect"], c["message"])'
> too_few_runs 8 2 None None
