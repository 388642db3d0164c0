# pain follows sudden jumps in distance only (tests/data/planted/load.py):
# load_spike leads, strong, with rest's advice for it; the runs after a
# jump fall in 9 weeks and the others in 36 (pandas: model_check.py; 37
# before long_run's first 30 days left the model); the last line is
# long_run's weeks, which follow on the same JSON line
$ runlog analyze tests/data/planted/load.csv --no-charts --format json > $T/r.json; grep -o '"factor": "[a-z_]*", "remedy": "[a-z]*", "evidence": "[a-z]*"' $T/r.json | head -1; grep -c 'rest — build up your weekly distance gradually and keep rest days' $T/r.json; grep -o '"load_spike": {"effect".*' $T/r.json | grep -o '"weeks": \[[0-9, ]*\]'
> "factor": "load_spike", "remedy": "rest", "evidence": "strong"
> 1
> "weeks": [9, 36]
> "weeks": [3, 36]
