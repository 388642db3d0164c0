# nine.csv: only 9 runs, with the rest and eat effects both planted: every
# finding is insufficient (20 scored runs are needed), none moderate or strong.
# Logs: tests/data/planted/generate.py
$ runlog analyze tests/data/planted/nine.csv --format json --no-charts | /usr/bin/python3 -c 'import json,sys; r=json.load(sys.stdin); f=r["findings"]; print("scored runs:", r["input"]["scored_runs"]); print("findings:", len(f)); print("moderate or strong:", sum(x["evidence"] in ("moderate", "strong") for x in f)); print("evidence:", " ".join(sorted(set(x["evidence"] for x in f))))'
> scored runs: 9
> findings: 6
> moderate or strong: 0
> evidence: insufficient
