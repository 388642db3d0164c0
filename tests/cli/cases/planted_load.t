# pain follows sudden jumps in distance only (tests/data/planted/load.py),
# strongly (+2.3 with the others held fixed), but the runs after a jump fall
# in only 6 weeks (pandas: model_check.py), fewer than the 8 each side
# needs: load_spike is insufficient and its reason names the count
$ runlog analyze tests/data/planted/load.csv --no-charts --format json > $T/r.json; grep -o '"factor": "load_spike", "remedy": "[a-z]*", "evidence": "[a-z]*"' $T/r.json; grep -o '"reason": "runs after a jump in distance fell in only [0-9]* weeks' $T/r.json; grep -o '"load_spike": {"effect": 2.34[0-9]*' $T/r.json
> "factor": "load_spike", "remedy": "rest", "evidence": "insufficient"
> "reason": "runs after a jump in distance fell in only 6 weeks
> "load_spike": {"effect": 2.34246967474
