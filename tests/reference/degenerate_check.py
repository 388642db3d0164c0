"""The adjusted model of runlog analyze on degenerate logs, against numpy and statsmodels.

For each log named on the command line, the factors are rebuilt with pandas
by model_check.factors (independently of runlog), and:

- aliasing: numpy regresses each term runlog dropped on the terms it kept
  (centred within each athlete): less than 1e-8 of the term's spread may be
  left (1 - R^2 < 1e-8, runlog's STATS_MODEL_ALIAS_TOL), and the kept terms
  with a weight above 1e-6 in that regression must be those runlog's
  "aliased" names; the kept terms' scaled design must have full rank (its
  smallest singular value above 1e-4);
- the fit: statsmodels OLS on the kept terms (plus one intercept per
  athlete), cov_type="cluster" over athlete-weeks, use_t=True: every kept
  coefficient and standard error agrees with runlog's to 1e-6;
- the effects: a factor with an aliased term has none (null); the others'
  effect, se and p agree, and Holm's p-values over the p-values that exist
  (statsmodels' multipletests) agree;
- an exact fit: statsmodels' residual sum of squares is below n (1e-9)^2
  (runlog's STATS_MODEL_EXACT_RMS), runlog says "exact", and every se, CI,
  p and Holm p is null;
- no spread: where statsmodels' variance of a coefficient or an effect is
  at most (1e-9)^2 times its diagonal of (X'X)^-1 (the variance an exact fit
  with residuals of RMS 1e-9 would give; the runs that carry it are fitted
  exactly, as a run of leverage 1 is), or NaN, runlog's se and p are null
  and the effect is not counted in Holm's m (statsmodels reports rounding:
  an se of 7e-16 and a p of 3e-30 on planted/nine.csv).

usage: degenerate_check.py RUNLOG LOG...     (Debian's /usr/bin/python3)
"""
import json
import os
import subprocess
import sys
import warnings

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.multitest import multipletests

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model_check import factors  # noqa: E402

NAMES = {"s2": "streak_2", "s3": "streak_3", "s4": "streak_4", "s5": "streak_5", "s6": "streak_6",
         "s7": "streak_7_plus", "skip_before": "meal_before", "skip_after_prev": "meal_after",
         "no_strength": "no_strength", "load_spike": "load_spike"}
TERM = {v: k for k, v in NAMES.items()}
EFFECT_TERMS = {"consecutive_days": ["s3", "s4", "s5", "s6", "s7"], "meal_before": ["skip_before"],
                "meal_after": ["skip_after_prev"], "strength": ["no_strength"], "load_spike": ["load_spike"]}


def design(path):
    r, has_strength, has_distance = factors(path)
    sc = r[r["pain"].notna()]
    has_distance = has_distance and len(sc) > 0 and 2 * sc["load_spike"].notna().sum() >= len(sc)
    meals = [t for t in ("skip_before", "skip_after_prev") if r[t].notna().any()]
    extra = (["no_strength"] if has_strength else []) + (["load_spike"] if has_distance else [])
    m = r.dropna(subset=["pain"] + meals + extra).copy()
    for s in range(2, 8):
        m["s%d" % s] = ((m["streak"].clip(upper=7)) == s).astype(float)
    terms = ["s%d" % s for s in range(2, 8)] + meals + extra
    centred = m.groupby("athlete")[terms].transform(lambda x: x - x.mean())
    terms = [t for t in terms if centred[t].abs().sum() > 1e-9]
    return m, centred[terms], terms


def check(runlog, path):
    full = json.loads(subprocess.run([runlog, "analyze", path, "--no-charts", "--format", "json"],
                                     capture_output=True, check=True).stdout)
    got = full["adjusted"]
    m, xc, terms = design(path)
    kept = [t for t in terms if NAMES[t] in got["coefficients"]]
    dropped = [t for t in terms if t not in kept]
    errs = []

    def eq(what, want, have):
        if have is None or abs(want - have) > 1e-6 * max(1, abs(want)):
            errs.append("%s: reference %r, runlog %r" % (what, want, have))

    xk = xc[kept].to_numpy()
    sv = np.linalg.svd(xk / np.linalg.norm(xk, axis=0), compute_uv=False)
    if sv.min() <= 1e-4:
        errs.append("kept terms not of full rank: smallest singular value %g" % sv.min())
    aliased = {}
    for t in dropped:
        x = xc[t].to_numpy()
        a, *_ = np.linalg.lstsq(xk, x, rcond=None)
        left = np.sum((x - xk @ a) ** 2) / np.sum(x ** 2)
        if left >= 1e-8:
            errs.append("%s dropped, but %g of its spread is left" % (NAMES[t], left))
        partners = [kept[i] for i in range(len(kept)) if abs(a[i]) > 1e-6]
        aliased[NAMES[t]] = sorted(NAMES[p] for p in partners)
        for p in partners:
            aliased.setdefault(NAMES[p], []).append(NAMES[t])
    if {k: sorted(v) for k, v in aliased.items()} != {k: sorted(v) for k, v in got["aliased"].items()}:
        errs.append("aliased: reference %r, runlog %r" % (aliased, got["aliased"]))

    cohort = m["athlete"].nunique() > 1
    formula = "pain ~ " + " + ".join(kept) + (" + C(athlete)" if cohort else "")
    fit = smf.ols(formula, data=m).fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(m["week"])[0]},
                                       use_t=True)
    exact = fit.ssr <= len(m) * 1e-18
    if exact != got["exact"]:
        errs.append("exact: reference %r (ssr %g), runlog %r" % (exact, fit.ssr, got["exact"]))
    eq("runs", len(m), got["runs"])
    names = list(fit.params.index)
    inv = np.zeros((len(names), len(names)))
    ix = [names.index(t) for t in kept]
    inv[np.ix_(ix, ix)] = np.linalg.inv(xk.T @ xk)

    def spread(L):
        var = float(L @ fit.cov_params().to_numpy() @ L)
        return not exact and var > 1e-18 * float(L @ inv @ L)

    for t in kept:
        c = got["coefficients"][NAMES[t]]
        eq(NAMES[t] + " coef", fit.params[t], c["coef"])
        L = np.zeros(len(names))
        L[names.index(t)] = 1
        if not spread(L):
            if c["se"] is not None:
                errs.append("%s se: exact fit, runlog %r" % (NAMES[t], c["se"]))
        else:
            eq(NAMES[t] + " se", fit.bse[t], c["se"])

    tested = {}
    for k, ts in EFFECT_TERMS.items():
        ts = [t for t in ts if t in terms]
        g = got["effects"][k]
        if not ts or (k == "consecutive_days" and not [t for t in ts if t in kept]):
            continue
        if any(NAMES[t] in aliased for t in ts):
            if g is not None:
                errs.append("%s: aliased, runlog gives an effect" % k)
            continue
        w = np.array([(m[t] == 1).sum() for t in ts], float)
        w /= w.sum()
        L = np.zeros(len(fit.params))
        for t, wt in zip(ts, w):
            L[list(fit.params.index).index(t)] = wt
        eq(k + " effect", float(L @ fit.params), g and g["effect"])
        if not spread(L):
            if g["se"] is not None or g["p_value"] is not None or g["p_holm"] is not None:
                errs.append("%s: no spread, runlog gives se/p %r" % (k, g))
            continue
        tt = fit.t_test(L)
        eq(k + " se", float(tt.sd[0][0]), g["se"])
        eq(k + " p", float(tt.pvalue), g["p_value"])
        tested[k] = float(tt.pvalue)
    if tested:
        for k, ph in zip(tested, multipletests(list(tested.values()), method="holm")[1]):
            eq(k + " p_holm", ph, got["effects"][k]["p_holm"])
    for k, g in got["effects"].items():
        if g is not None and k not in tested and g["p_holm"] is not None:
            errs.append("%s: untested, but runlog gives Holm p %r" % (k, g["p_holm"]))
    print("%-4s %-40s %4d runs, dropped %-22s %s" % ("ok" if not errs else "FAIL", path, len(m),
                                                     ",".join(NAMES[t] for t in dropped) or "-",
                                                     "exact" if exact else "") +
          ("" if not errs else "\n     " + "\n     ".join(errs[:8])))
    return not errs


def main():
    # statsmodels warns of the NaN it computes for a variance of -1e-32: the
    # no-spread case the check expects
    warnings.simplefilter("ignore", RuntimeWarning)
    ok = all([check(sys.argv[1], p) for p in sys.argv[2:]])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
