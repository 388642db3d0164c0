# the mirror case: pain follows the skipped pre-run meal only, and meals are
# skipped mostly on streak days: the plain difference blames the streak
# (+1.2), the model does not, and eat leads
$ runlog analyze tests/data/planted/confounded_eat.csv --no-charts --format json > $T/r.json; grep -o '"factor": "[a-z_]*", "remedy": "[a-z]*", "evidence": "[a-z]*"' $T/r.json; grep -o 'Runs on the third consecutive day or later look worse at first sight[^"]*' $T/r.json
> "factor": "meal_before", "remedy": "eat", "evidence": "strong"
> "factor": "strength", "remedy": "strengthen", "evidence": "none"
> "factor": "consecutive_days", "remedy": "rest", "evidence": "none"
> "factor": "load_spike", "remedy": "rest", "evidence": "none"
> "factor": "long_run", "remedy": "rest", "evidence": "insufficient"
> "factor": "meal_after", "remedy": "eat", "evidence": "insufficient"
> Runs on the third consecutive day or later look worse at first sight (+1.2 points), but 50% of them were without a meal before them (against 1% of the others). With the other factors held fixed, the difference is not clear (0.1 points, 95% CI -0.2 to 0.3, Holm p 1.00).
