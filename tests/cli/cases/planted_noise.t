# noise.csv: pain is pure noise (mean 3.6), independent of streaks, meals and
# strength: all five factors (load_spike too) are judged and none is moderate or strong, so the
# frequent pain of 4+ is reported as unexplained.
# Logs: tests/data/planted/generate.py
$ runlog analyze tests/data/planted/noise.csv --format json --no-charts | /usr/bin/python3 -c 'import json,sys; r=json.load(sys.stdin); f=r["findings"]; print("findings:", len(f)); print("moderate or strong:", sum(x["evidence"] in ("moderate", "strong") for x in f)); print("unexplained pain:", "yes" if r["unexplained_pain"] else "no")'
> findings: 6
> moderate or strong: 0
> unexplained pain: yes
