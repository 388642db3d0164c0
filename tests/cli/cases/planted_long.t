# pain follows long runs only (tests/data/planted/long.py: every week holds
# about the same distance, so there is no load spike): long_run leads,
# strong, with rest's advice for it; the long runs fall in 12 weeks and the
# others in 38 (pandas: model_check.py)
$ runlog analyze tests/data/planted/long.csv --no-charts --format json > $T/r.json; grep -o '"factor": "[a-z_]*", "remedy": "[a-z]*", "evidence": "[a-z]*"' $T/r.json | head -1; grep -c 'rest — build up the length of your long runs gradually' $T/r.json; grep -o '"long_run": {"effect".*' $T/r.json | grep -o '"weeks": \[[0-9, ]*\]'
> "factor": "long_run", "remedy": "rest", "evidence": "strong"
> 1
> "weeks": [12, 38]
