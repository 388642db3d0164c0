"""The adjusted effects of runlog analyze against statsmodels.

For each log named on the command line: rebuild runlog's factors with
pandas (independently of runlog), fit statsmodels OLS of pain on streak
indicators 2..7+, the two skipped meals and no strength session in the 7
days before (plus one intercept per athlete in a cohort), with
cov_type="cluster" over athlete-weeks and use_t=True, and compare every
coefficient, standard error and p-value, the consecutive_days combination
and Holm's adjusted p-values with runlog's JSON to 1e-6; and each factor's
distinct athlete-weeks on either side (adjusted.effects[].weeks) exactly;
and each finding's evidence level, direction and "recommended", graded on
statsmodels' CI and Holm p as findings.h says.

usage: model_check.py RUNLOG LOG...     (Debian's /usr/bin/python3)
"""
import json
import subprocess
import sys

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.multitest import multipletests

MIN_WEEKS = 8  # each side of a factor needs runs in this many athlete-weeks
MODERATE, STRONG = 0.5, 1.0  # FINDINGS_MODERATE, FINDINGS_STRONG: the CI's bound nearest 0


def grade(lo, hi, p_holm):
    """The evidence level, on the 95% CI's bound nearest 0 in either
    direction (findings.h), and its direction; None when a bound sits on
    a threshold (either answer is right within rounding)."""
    if p_holm >= 0.05 or lo <= 0 <= hi:
        return "none", None
    near = lo if lo > 0 else -hi
    if any(abs(near - t) < 1e-9 for t in (0, MODERATE, STRONG)):
        return None, None
    level = "strong" if near >= STRONG else "moderate" if near >= MODERATE else "weak"
    return level, "more pain" if lo > 0 else "less pain"

MEAL_AFTER_DAYS = 2  # a post-run meal counts for a run at most this many days later
YES = {"yes": 1, "y": 1, "true": 1, "1": 1, "no": 0, "n": 0, "false": 0, "0": 0}


def factors(path):
    d = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "athlete" not in d:
        d["athlete"] = "-"
    d["day"] = pd.to_datetime(d["date"].str[:10]).map(pd.Timestamp.toordinal)
    d["pain"] = pd.to_numeric(d["pain"].replace("", np.nan))
    km = pd.to_numeric(d.get("distance_km", pd.Series([""] * len(d))).replace("", np.nan))
    for c in ("ate_before", "ate_after", "strength"):
        d[c] = d[c].str.lower().map(YES) if c in d else np.nan
    d["run"] = d["pain"].notna() | (km > 0)
    d["line"] = np.arange(len(d))
    cols = pd.read_csv(path, nrows=0).columns
    has_strength = "strength" in cols
    has_distance = "distance_km" in cols
    out = []
    for a, g in d.groupby("athlete", sort=False):
        sdays = set(g.loc[g["strength"] == 1, "day"])
        r = g[g["run"]].sort_values(["day", "line"], kind="stable").copy()
        days = sorted(set(r["day"]))
        streak, s = {}, 0
        for i, day in enumerate(days):
            s = s + 1 if i and day == days[i - 1] + 1 else 1
            streak[day] = s
        r["streak"] = r["day"].map(streak)
        # the previous run's skipped post-run meal, when that run was at most
        # MEAL_AFTER_DAYS before; after a longer gap it counts as eaten (0)
        prev_skip = (1 - r["ate_after"]).shift(1)
        r["after_recorded"] = prev_skip.notna()
        r["skip_after_prev"] = prev_skip.mask(r["day"].diff() > MEAL_AFTER_DAYS, 0.0)
        r["skip_before"] = 1 - r["ate_before"]
        r["no_strength"] = [0.0 if any(x in sdays for x in range(day - 7, day)) else 1.0 for day in r["day"]]
        # load_spike: 7-day distance >= 1.3 x a quarter of the 28-day distance,
        # in whole metres and exact integers (40 * s7 >= 13 * s28), so that a
        # ratio of exactly 1.3 is not decided by floating-point rounding
        kmr = np.round(km[r.index].fillna(0.0).to_numpy() * 1000).astype(np.int64)
        days_r = r["day"].to_numpy()
        first = days_r.min() if len(days_r) else 0
        spike = []
        for dd in days_r:
            s7 = kmr[(days_r > dd - 7) & (days_r <= dd)].sum()
            s28 = kmr[(days_r > dd - 28) & (days_r <= dd)].sum()
            spike.append(np.nan if (dd - first < 27 or not s28 > 0) else float(40 * s7 >= 13 * s28))
        r["load_spike"] = spike
        out.append(r)
    r = pd.concat(out)
    r["week"] = r["athlete"] + ":" + r["day"].map(lambda x: str(pd.Timestamp.fromordinal(x).isocalendar()[:2]))
    return r, has_strength, has_distance


def check(runlog, path):
    full = json.loads(subprocess.run([runlog, "analyze", path, "--no-charts", "--format", "json"],
                                     capture_output=True, check=True).stdout)
    got = full["adjusted"]
    r, has_strength, has_distance = factors(path)
    # load_spike enters when at least half the scored runs have a value
    sc = r[r["pain"].notna()]
    has_distance = has_distance and len(sc) > 0 and 2 * sc["load_spike"].notna().sum() >= len(sc)
    # a meal term is in the model when some run has it (a column that is
    # not all empty); without it, runs need no value for it
    recorded = {"skip_before": r["skip_before"].notna(), "skip_after_prev": r["after_recorded"]}
    meals = [t for t in ("skip_before", "skip_after_prev") if recorded[t].any()]
    need = (["pain"] + meals + (["no_strength"] if has_strength else [])
            + (["load_spike"] if has_distance else []))
    m = r.dropna(subset=need).copy()
    for s in range(2, 8):
        m["s%d" % s] = ((m["streak"].clip(upper=7)) == s).astype(float)
    terms = (["s%d" % s for s in range(2, 8)] + meals
             + (["no_strength"] if has_strength else []) + (["load_spike"] if has_distance else []))
    terms = [t for t in terms if m.groupby("athlete")[t].transform(lambda x: x - x.mean()).abs().sum() > 1e-9]
    cohort = m["athlete"].nunique() > 1
    formula = "pain ~ " + " + ".join(terms) + (" + C(athlete)" if cohort else "")
    fit = smf.ols(formula, data=m).fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(m["week"])[0]}, use_t=True)
    names = {"s2": "streak_2", "s3": "streak_3", "s4": "streak_4", "s5": "streak_5", "s6": "streak_6",
             "s7": "streak_7_plus", "skip_before": "meal_before", "skip_after_prev": "meal_after",
             "no_strength": "no_strength", "load_spike": "load_spike"}
    errs = []

    def eq(what, want, have):
        if have is None or abs(want - have) > 1e-6 * max(1, abs(want)):
            errs.append("%s: statsmodels %r, runlog %r" % (what, want, have))

    eq("runs", len(m), got["runs"])
    for t in terms:
        eq(names[t] + " coef", fit.params[t], got["coefficients"][names[t]]["coef"])
        eq(names[t] + " se", fit.bse[t], got["coefficients"][names[t]]["se"])
    effects, ps = {}, []
    streaks = [t for t in terms if t in ("s3", "s4", "s5", "s6", "s7")]
    if streaks:
        w = np.array([(m[t] == 1).sum() for t in streaks], float)
        w /= w.sum()
        L = np.zeros(len(fit.params))
        for t, wt in zip(streaks, w):
            L[list(fit.params.index).index(t)] = wt
        tt = fit.t_test(L)
        effects["consecutive_days"] = (float(tt.effect[0]), float(tt.sd[0][0]), float(tt.pvalue),
                                       tuple(float(x) for x in tt.conf_int()[0]))
    for t, k in (("skip_before", "meal_before"), ("skip_after_prev", "meal_after"), ("no_strength", "strength"),
                 ("load_spike", "load_spike")):
        if t in terms:
            effects[k] = (fit.params[t], fit.bse[t], fit.pvalues[t], tuple(fit.conf_int().loc[t]))
    # Each factor's two groups among the model's runs, and the distinct
    # athlete-weeks each spans (consecutive_days: streak 3+ against streak 1).
    sides = {"consecutive_days": (m["streak"] >= 3, m["streak"] == 1)}
    for t, k in (("skip_before", "meal_before"), ("skip_after_prev", "meal_after"), ("no_strength", "strength"),
                 ("load_spike", "load_spike")):
        if t in m:
            sides[k] = (m[t] == 1, m[t] == 0)
    weeks = {k: [int(m.loc[a, "week"].nunique()), int(m.loc[b, "week"].nunique())] for k, (a, b) in sides.items()}
    holm = dict(zip(effects, multipletests([v[2] for v in effects.values()], method="holm")[1]))
    for k, (e, se, p, ci) in effects.items():
        g = got["effects"][k]
        eq(k + " effect", e, g and g["effect"])
        eq(k + " se", se, g and g["se"])
        eq(k + " p", p, g and g["p_value"])
        eq(k + " p_holm", holm[k], g and g["p_holm"])
        if g and g["weeks"] != weeks[k]:
            errs.append("%s weeks: pandas %r, runlog %r" % (k, weeks[k], g["weeks"]))
        # The finding's evidence follows from the adjusted effect and Holm's p.
        fnd = [x for x in full["findings"] if x["factor"] == k][0]
        if min(weeks[k]) < MIN_WEEKS and fnd["evidence"] != "insufficient":
            errs.append("%s: weeks %r, yet runlog grades it %s" % (k, weeks[k], fnd["evidence"]))
        elif fnd["evidence"] != "insufficient":
            want, way = grade(ci[0], ci[1], holm[k])
            if want is not None and fnd["evidence"] != want:
                errs.append("%s evidence: from statsmodels %s, runlog %s" % (k, want, fnd["evidence"]))
            if want is not None and (fnd["direction"], fnd["recommended"]) != (way, way == "more pain"):
                errs.append("%s: direction %r, recommended %r; from statsmodels %r" %
                            (k, fnd["direction"], fnd["recommended"], way))
    print("%-4s %-40s %5d runs, %4d clusters%s" % ("ok" if not errs else "FAIL", path, len(m), got["clusters"],
                                                   "" if not errs else "\n     " + "\n     ".join(errs[:6])))
    return not errs


def main():
    ok = all([check(sys.argv[1], p) for p in sys.argv[2:]])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
