# runlog today --format json is valid JSON with every key of issue 19.
# The expected pains are statsmodels' (tests/reference/today_check.py, run by
# make test, compares all digits to 1e-6):
#   /usr/bin/python3 tests/reference/today_check.py ./runlog tests/data/planted/rest.csv 2025-10-06
#   ok today ... run 3.900103 [2.711742, 5.088464], rest 1.006176 [-0.129208, 2.141559], df 152
$ runlog today tests/data/planted/rest.csv --today 2025-10-06 --format json > $T/j && /usr/bin/python3 -m json.tool $T/j > /dev/null && cat $T/j
~ "date": "2025-10-06",
~ "athlete": null,
~ "streak_if_run": 4,
~ "ate_before": null,
~ "days_since_strength": 32,
~ "distance_km": {"last_7_days": 36, "last_28_days": 157.9, "new_run": 8.772},
~ "run": {"day": "2025-10-06", "streak": 4, "mean": 3.9
~ "rest": {"day": "2025-10-07", "streak": 1, "mean": 1.0
~ "remedy": "rest",
~ "evidence": "strong",
~ "text": "Rest today: a 4th day in a row has gone with 2.3 more points of pain in your log (strong evidence)."
