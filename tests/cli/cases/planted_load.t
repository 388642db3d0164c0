# pain follows sudden jumps in distance only (tests/data/planted/load.py):
# load_spike leads, strong, with rest's advice for it
$ runlog analyze tests/data/planted/load.csv --no-charts --format json > $T/r.json; grep -o '"factor": "[a-z_]*", "remedy": "[a-z]*", "evidence": "[a-z]*"' $T/r.json | head -1; grep -c 'rest — build up your weekly distance gradually and keep rest days' $T/r.json
> "factor": "load_spike", "remedy": "rest", "evidence": "strong"
> 1
