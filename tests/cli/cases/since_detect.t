# a runner who stopped running 3+ days in a row on 2025-04-14: listed, with
# the command to see how their pain went with it
$ runlog analyze tests/data/since/drop.csv --no-charts
~ Did it work?
~   - from 2025-04-14, resting between runs (runs on a 3rd day in a row or
~     tests/data/since/drop.csv --since 2025-04-14
