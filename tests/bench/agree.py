#!/usr/bin/env python3
"""make bench: runlog's numbers on a cohort against pandas, to 1e-9.

usage: agree.py RUNLOG COHORT.csv [POLARS.json]
Recomputes with pandas, the way ../shared/bench/peer_pandas.py does, the mean
pain by streak (1..6, 7 or more), by the meal before (skipped, eaten) and by
the previous run's meal after (eaten when that run was more than
MEAL_AFTER_DAYS days before, as features.h says), and Pearson and Spearman of pain with streak,
then prints the largest difference from `runlog analyze --format json` and
"agree" when every one is within 1e-9 (runlog prints 12 significant digits).
With POLARS.json, the output of tests/bench/peer_polars.mjs on the same log,
it also prints the largest difference between Polars's numbers and runlog's:
the means by streak and by the meal before, and both correlations (its meal
after, like peer_pandas.py's, is the previous run's at any gap, not within
MEAL_AFTER_DAYS days, so it is not compared).
"""
import json
import subprocess
import sys

import pandas as pd

MEAL_AFTER_DAYS = 2  # FEATURES_MEAL_AFTER_DAYS
runlog, path = sys.argv[1], sys.argv[2]


def largest(name, want, got):
    """Print the largest difference of got from want; True when within 1e-9."""
    worst = max(want, key=lambda k: abs(want[k] - got[k]))
    diff = abs(want[worst] - got[worst])
    print("largest difference from %s: %.2g (%s: %s %.12g, runlog %.12g) %s"
          % (name, diff, worst, name, want[worst], got[worst], "agree" if diff <= 1e-9 else "DIFFER"))
    return diff <= 1e-9


df = pd.read_csv(path, parse_dates=["date"])
df = df.sort_values(["athlete", "date"], kind="stable").reset_index(drop=True)
days = df[["athlete", "date"]].drop_duplicates()
new = (days["athlete"] != days["athlete"].shift()) | (days["date"].diff().dt.days != 1)
days = days.assign(streak=days.groupby(new.cumsum()).cumcount() + 1)
df = df.merge(days, on=["athlete", "date"])
before = df["ate_before"].astype(str).str.lower()
after = df["ate_after"].astype(str).str.lower().groupby(df["athlete"]).shift(1)
gap = (df["date"] - df.groupby("athlete")["date"].shift(1)).dt.days
after = after.mask(gap > MEAL_AFTER_DAYS, "yes")
sc = df[df["pain"].notna()]
want = {}
for k, g in sc.groupby(sc["streak"].clip(upper=7))["pain"]:
    want["streak %d" % k] = g.mean()
want["before skipped"] = sc.loc[before[sc.index] == "no", "pain"].mean()
want["before eaten"] = sc.loc[before[sc.index] == "yes", "pain"].mean()
want["after skipped"] = sc.loc[after[sc.index] == "no", "pain"].mean()
want["after eaten"] = sc.loc[after[sc.index] == "yes", "pain"].mean()
want["pearson"] = sc["pain"].corr(sc["streak"])
want["spearman"] = sc["pain"].corr(sc["streak"], method="spearman")

out = json.loads(subprocess.run([runlog, "analyze", path, "--format", "json", "--no-charts"],
                                check=True, capture_output=True, text=True).stdout)
got = {"streak %d" % b["days"]: b["mean_pain"] for b in out["streak"]["by_days"]}
got["before skipped"] = out["meal_before"]["mean_pain_skipped"]
got["before eaten"] = out["meal_before"]["mean_pain_ate"]
got["after skipped"] = out["meal_after"]["mean_pain_skipped"]
got["after eaten"] = out["meal_after"]["mean_pain_ate"]
got["pearson"] = out["streak"]["pearson_r"]
got["spearman"] = out["streak"]["spearman_rho"]
ok = largest("pandas", want, got)
if len(sys.argv) > 3:
    with open(sys.argv[3]) as f:
        pl = json.load(f)
    peer = {"streak %d" % b["streak"]: b["mean"] for b in pl["streak"]}
    meal = {b["skip_before"]: b["mean"] for b in pl["skip_before"]}
    peer["before skipped"], peer["before eaten"] = meal[True], meal[False]
    peer["pearson"], peer["spearman"] = pl["pearson"], pl["spearman"]
    ok = largest("polars", peer, got) and ok
sys.exit(0 if ok else 1)
