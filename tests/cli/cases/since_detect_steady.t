# a runner who kept their habits (strength on a random half of Mondays)
# shows no change
$ runlog analyze tests/data/since/steady.csv --no-charts -f json
~   "changes_detected": [],
