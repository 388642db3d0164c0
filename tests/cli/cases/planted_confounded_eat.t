# the mirror case: pain follows the skipped pre-run meal only, and meals are
# skipped mostly on streak days: the plain difference blames the streak
# (+1.2), the model does not, and eat leads
$ runlog analyze tests/data/planted/confounded_eat.csv --no-charts --format json | grep -o '"factor": "[a-z_]*", "remedy": "[a-z]*", "evidence": "[a-z]*"'
> "factor": "meal_before", "remedy": "eat", "evidence": "strong"
> "factor": "consecutive_days", "remedy": "rest", "evidence": "none"
> "factor": "strength", "remedy": "strengthen", "evidence": "none"
> "factor": "load_spike", "remedy": "rest", "evidence": "none"
> "factor": "meal_after", "remedy": "eat", "evidence": "insufficient"
