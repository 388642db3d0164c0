"""The adjusted model of runlog analyze on degenerate logs, against numpy and statsmodels.

For each log named on the command line, the model's runs, terms (with
previous_pain) and each athlete's trend are rebuilt with pandas by
model_check.design (independently of runlog; see model_check.py for the
model), and:

- aliasing: a term constant within each athlete stays out unnamed (as
  before; previous_pain too, as on a pain-free log). numpy regresses each
  term runlog dropped on the athletes' intercepts and trends and the terms
  runlog kept (by Frisch-Waugh-Lovell: all residualised on each athlete's
  intercept and trend columns): less than 1e-8 of the term's spread about
  its athletes' means may be left (1 - R^2 < 1e-8, runlog's
  STATS_MODEL_ALIAS_TOL), and the kept terms with a weight above 1e-6 in
  that regression must be those runlog's "aliased" names; the kept terms'
  scaled residualised design must have full rank (its smallest singular
  value above 1e-4);
- the fit: statsmodels OLS on the kept terms, each athlete's intercept and
  trend (model_check.Fit, by the full design, checked against the
  residualised route), cov_type="cluster" over athlete-weeks, use_t=True:
  the runs, clusters, terms (K) and trend kinds agree exactly, every kept
  coefficient and standard error to 1e-6;
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
  an se of 7e-16 and a p of 3e-30 on planted/nine.csv in the previous
  model);
- without_time, the previous model's effect (no trend, no previous_pain,
  one intercept per athlete, every eligible run): its aliased terms found
  by the reference itself (1 - R^2 < 1e-8 on the intercepts and all the
  other terms), its factors with an aliased term null, the others' effect
  (and, where runlog gives them, se, p and Holm's p, by the same rules) to
  1e-6; not looked at for a factor with no effect in the new model.

usage: degenerate_check.py RUNLOG LOG...     (Debian's /usr/bin/python3)
"""
import os
import sys
import warnings

import numpy as np
from statsmodels.stats.multitest import multipletests

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model_check import (EFFECT_TERMS, NAMES, Errors, absorbed, analyze, check_all, design, fits,  # noqa: E402
                         trend_counts, without_time)

ALIAS_TOL = 1e-8


def residualised(d, terms, trend_cols):
    """The terms' columns, residualised on each athlete's intercept and trend."""
    x = d[terms].to_numpy(float).reshape(len(d), len(terms))
    out = x.copy()
    for rows, b in absorbed(d, trend_cols):
        out[rows] = x[rows] - b @ np.linalg.lstsq(b, x[rows], rcond=None)[0]
    return out


def left(x, xk, spread):
    """The share of spread (a term's sum of squares about its athletes'
    means) that the columns xk leave of x, and their weights (x and xk
    residualised on the athletes' intercepts and trends)."""
    if xk.shape[1] == 0:
        return np.sum(x ** 2) / spread, np.zeros(0)
    a, *_ = np.linalg.lstsq(xk, x, rcond=None)
    return np.sum((x - xk @ a) ** 2) / spread, a


def spreads(d, terms):
    """Each term's sum of squares about its athletes' means."""
    return [float((d.groupby("athlete")[t].transform(lambda x: x - x.mean()) ** 2).sum()) for t in terms]


class Model:
    """A fit on the kept terms and what follows from it: exact, and whether
    a combination L of the coefficients has any spread."""

    def __init__(self, d, kept, trend_cols):
        self.d = d
        self.fit, _, _ = fits(d, kept, trend_cols)
        self.exact = self.fit.ssr <= len(d) * 1e-18

    def spread(self, L):
        var = float(L @ self.fit.cov @ L)
        return not self.exact and var > 1e-18 * float(L @ self.fit.inv @ L)

    def effect(self, ts):
        """(effect, se, p, spread) of a factor's kept terms, weighted by
        their run counts."""
        w = np.array([(self.d[t] == 1).sum() for t in ts], float)
        L = self.fit.vector(dict(zip(ts, w / w.sum())))
        est, se, p = self.fit.test(L)
        return est, se, p, self.spread(L)


def factor_terms(k, terms, kept):
    """A factor's terms in the model; None when it has no effect to check
    (no terms, or no streak 3+ term kept)."""
    ts = [t for t in EFFECT_TERMS[k] if t in terms]
    if not ts or (k == "consecutive_days" and not [t for t in ts if t in kept]):
        return None
    return ts


def check_effects(eq, errs, label, model, terms, kept, aliased, got, skip=()):
    """Effects, se, p and Holm's p of one model against got(factor), a dict
    with effect and any of se, p_value, p_holm, or None; the factors in skip
    are not looked at."""
    tested = {}
    for k in EFFECT_TERMS:
        ts = factor_terms(k, terms, kept)
        if ts is None or k in skip:
            continue
        g = got(k)
        if any(t in aliased for t in ts):
            if g is not None:
                errs.append("%s%s: aliased, runlog gives an effect" % (k, label))
            continue
        if g is None:
            errs.append("%s%s: reference has an effect, runlog none" % (k, label))
            continue
        est, se, p, spread = model.effect(ts)
        eq(k + label + " effect", est, g.get("effect"))
        if not spread:
            if any(g.get(x) is not None for x in ("se", "p_value", "p_holm")):
                errs.append("%s%s: no spread, runlog gives se/p %r" % (k, label, g))
            continue
        for key, want in (("se", se), ("p_value", p)):
            if key in g:
                eq("%s%s %s" % (k, label, key), want, g[key])
        tested[k] = p
    if tested:
        for k, ph in zip(tested, multipletests(list(tested.values()), method="holm")[1]):
            g = got(k)
            if "p_holm" in g:
                eq(k + label + " p_holm", ph, g["p_holm"])
    for k in EFFECT_TERMS:
        g = None if k in skip else got(k)
        if g is not None and k not in tested and g.get("p_holm") is not None:
            errs.append("%s%s: untested, but runlog gives Holm p %r" % (k, label, g["p_holm"]))


def check(runlog, path):
    got = analyze(runlog, path)["adjusted"]
    ds = design(path)
    m, terms, cols = ds["new"]
    kept = [t for t in terms if NAMES[t] in got["coefficients"]]
    dropped = [t for t in terms if t not in kept]
    errs = Errors()
    eq, same = errs.eq, errs.same

    # aliasing, on the terms residualised on each athlete's intercept and trend
    xr = residualised(m, terms, cols)
    ss = spreads(m, terms)
    xk = xr[:, [terms.index(t) for t in kept]]
    if kept:
        sv = np.linalg.svd(xk / np.linalg.norm(xk, axis=0), compute_uv=False)
        if sv.min() <= 1e-4:
            errs.append("kept terms not of full rank: smallest singular value %g" % sv.min())
            return report(path, m, ds, None, dropped, errs)
    aliased = {}
    for t in dropped:
        share, a = left(xr[:, terms.index(t)], xk, ss[terms.index(t)])
        if share >= ALIAS_TOL:
            errs.append("%s dropped, but %g of its spread is left" % (NAMES[t], share))
        partners = [kept[i] for i in range(len(kept)) if abs(a[i]) > 1e-6]
        aliased[NAMES[t]] = sorted(NAMES[p] for p in partners)
        for p in partners:
            aliased.setdefault(NAMES[p], []).append(NAMES[t])
    if {k: sorted(v) for k, v in aliased.items()} != {k: sorted(v) for k, v in got["aliased"].items()}:
        errs.append("aliased: reference %r, runlog %r" % (aliased, got["aliased"]))

    new = Model(m, kept, cols)
    fit = new.fit
    if new.exact != got["exact"]:
        errs.append("exact: reference %r (ssr %g), runlog %r" % (new.exact, fit.ssr, got["exact"]))
    same("runs", len(m), got["runs"])
    same("clusters", fit.G, got["clusters"])
    same("terms", fit.K, got["terms"])
    same("trend", trend_counts(ds["kinds"]), got.get("trend"))
    for i, t in enumerate(kept):
        c = got["coefficients"][NAMES[t]]
        eq(NAMES[t] + " coef", fit.params[i], c["coef"])
        L = fit.vector({t: 1})
        if not new.spread(L):
            if c["se"] is not None:
                errs.append("%s se: no spread, runlog %r" % (NAMES[t], c["se"]))
        else:
            eq(NAMES[t] + " se", np.sqrt(fit.cov[i, i]), c["se"])
    check_effects(eq, errs, "", new, terms, kept, {t for t in terms if NAMES[t] in aliased},
                  lambda k: got["effects"][k])

    # the previous model (without_time): its aliased terms by the reference
    e, old_terms, old_cols = ds["old"]
    xo = residualised(e, old_terms, old_cols)
    so = spreads(e, old_terms)
    old_aliased = {t for i, t in enumerate(old_terms)
                   if left(xo[:, i], np.delete(xo, i, axis=1), so[i])[0] < ALIAS_TOL}
    old_kept = []
    for i, t in enumerate(old_terms):  # a largest set of terms of full rank
        if left(xo[:, i], xo[:, [old_terms.index(k) for k in old_kept]], so[i])[0] >= ALIAS_TOL:
            old_kept.append(t)
    old = Model(e, old_kept, old_cols)

    def got_old(k):
        wt = got["effects"][k].get("without_time")
        return wt if isinstance(wt, dict) or wt is None else {"effect": without_time(wt)}

    # a factor with no effect in the new model has nowhere to hold without_time
    check_effects(eq, errs, " without_time", old, old_terms, old_kept, old_aliased, got_old,
                  skip={k for k in EFFECT_TERMS if got["effects"].get(k) is None})
    return report(path, m, ds, new, dropped, errs)


def report(path, m, ds, new, dropped, errs):
    print("%-4s %-40s %4d runs, K %2s, trend %-6s dropped %-22s %s" % (
        "ok" if not errs else "FAIL", path, len(m), new.fit.K if new else "-",
        ",".join(sorted(set(ds["kinds"].values()))), ",".join(NAMES[t] for t in dropped) or "-",
        "exact" if new and new.exact else "") + errs.lines())
    return not errs


def main():
    # statsmodels warns of the NaN it computes for a variance of -1e-32: the
    # no-spread case the check expects
    warnings.simplefilter("ignore", RuntimeWarning)
    return check_all(check, sys.argv[1], sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
