#!/usr/bin/env python3
"""make bench: runlog's numbers on a cohort against pandas, to 1e-9.

usage: agree.py RUNLOG COHORT.csv
Recomputes with pandas, the way ../shared/bench/peer_pandas.py does, the mean
pain by streak (1..6, 7 or more), by the meal before (skipped, eaten) and by
the previous run's meal after (eaten when that run was more than
MEAL_AFTER_DAYS days before, as features.h says), and Pearson and Spearman of pain with streak,
then prints the largest difference from `runlog analyze --format json` and
"agree" when every one is within 1e-9 (runlog prints 12 significant digits).
"""
import json
import subprocess
import sys

import pandas as pd

MEAL_AFTER_DAYS = 2  # FEATURES_MEAL_AFTER_DAYS
runlog, path = sys.argv[1], sys.argv[2]
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
worst = max(want, key=lambda k: abs(want[k] - got[k]))
diff = abs(want[worst] - got[worst])
print("largest difference from pandas: %.2g (%s: pandas %.12g, runlog %.12g) %s"
      % (diff, worst, want[worst], got[worst], "agree" if diff <= 1e-9 else "DIFFER"))
sys.exit(0 if diff <= 1e-9 else 1)
