# a log without meal columns (an app export with a pain diary of pain only):
# the meal terms stay out of the adjusted model instead of keeping every run
# out of it, so the planted streak effect is still found, held against
# strength; the meal findings are left out, as strength is without its column
$ /usr/bin/python3 -c 'import sys, pandas as pd; pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False).drop(columns=["ate_before", "ate_after"]).to_csv(sys.argv[2], index=False)' tests/data/planted/rest.csv $T/r.csv && runlog analyze $T/r.csv --no-charts -f json | grep -o '"factor": "[a-z_]*", "remedy": "[a-z]*", "evidence": "[a-z]*"'
> "factor": "consecutive_days", "remedy": "rest", "evidence": "strong"
> "factor": "load_spike", "remedy": "rest", "evidence": "none"
> "factor": "strength", "remedy": "strengthen", "evidence": "none"
> "factor": "long_run", "remedy": "rest", "evidence": "insufficient"
