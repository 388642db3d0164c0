# no effect in the log: the advice names no remedy (null) and says the evidence
$ runlog today tests/data/planted/noise.csv --today 2025-10-06 --ate-before no --format json > $T/j && /usr/bin/python3 -m json.tool $T/j > /dev/null && cat $T/j
~ "ate_before": "no",
~ "remedy": null,
~ "factor": "meal_before",
~ "evidence": "none",
~ "text": "No remedy: in your log, a run without a meal before it has not clearly gone with more or less pain (no evidence)."
