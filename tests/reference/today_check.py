"""runlog today's expected pains against statsmodels' get_prediction.

For each case (a log, a --today date, and --ate-before or --athlete when
given), the model of model_check.py is fitted again on the full design
(the terms, one intercept and one trend per athlete; OLS, cov_type="cluster"
over athlete-weeks, use_t=True), and the run today and the run tomorrow
after a rest day are rebuilt with pandas from the log (today.h):

  streak        1 + the consecutive running days ending the day before
  meal_before   --ate-before: no 1, yes 0; not given: the share of the
                model's runs without a meal before
  meal_after    the last run's skipped post-run meal when it was at most 2
                days before, else 0; unknown: the model runs' share
  no_strength   no strength session on the 7 days before
  load_spike    the 7-day and 28-day distance ending on the day, the new run
                at the mean distance (whole metres) of the runs with one in
                the 28 days ending today; unknown under 27 days from the
                first run or with no 28-day distance: the model runs' share
  long_run      unknown (today takes no planned distance): the model runs'
                share
  prev_pain     the last scored pain
  trend         the athlete's columns at the day (the spline's knots from
                the model runs; a straight line beyond the last knot)

statsmodels' get_prediction(exog=row).summary_frame(alpha=0.05): "mean"
and obs_ci_lower/upper (t on df_resid = N - K, the residual variance
ssr / (N - K) added) are compared with runlog's JSON expected_pain to 1e-6.

usage: today_check.py RUNLOG LOG TODAY [--ate-before yes|no] [--athlete NAME] [, LOG TODAY ...]
       (Debian's /usr/bin/python3; cases separated by ",")
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import pandas as pd
import statsmodels.api as sm

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model_check import (KNOT_PERCENTILES, LINEAR_SPAN, MEAL_AFTER_DAYS, NAMES, SPLINE_RUNS,  # noqa: E402
                         SPLINE_SPAN, Errors, absorbed, design, factors, rcs)


def trend_at(days, day):
    """The trend columns of an athlete with model-run days at one day,
    as model_check.trend builds them."""
    days = np.asarray(days, float)
    t0 = days.min()
    rel, x = days - t0, np.array([float(day) - t0])
    span = rel.max()
    if span >= SPLINE_SPAN and len(rel) >= SPLINE_RUNS:
        knots = np.percentile(rel, KNOT_PERCENTILES)
        if np.all(np.diff(knots) > 0):
            return [x[0]] + [c[0] for c in rcs(x, knots)]
    return [x[0]] if span >= LINEAR_SPAN else []


def plan(path, r, m, today, day, ate):
    """The terms (model_check's names) of a run on day after the runs up to today."""
    r = r[r["day"] <= today].sort_values(["day", "line"], kind="stable")
    share = lambda t: float(m[t].mean())  # noqa: E731
    runs = set(r["day"])
    streak = 1
    while day - streak in runs:
        streak += 1
    x = {"s%d" % s: float(min(streak, 7) == s) for s in range(2, 8)}
    x["skip_before"] = {"yes": 0.0, "no": 1.0}.get(ate, np.nan)
    last = r.iloc[-1]
    x["skip_after_prev"] = 0.0 if day - last["day"] > MEAL_AFTER_DAYS else 1.0 - last["ate_after"]
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    gym = {pd.Timestamp(d[:10]).toordinal() for d, s in zip(raw["date"], raw.get("strength", [])) if s == "yes"}
    x["no_strength"] = float(not any(day - k in gym for k in range(1, 8)))
    km = pd.to_numeric(raw.get("distance_km", pd.Series([""] * len(raw))).replace("", np.nan))
    metres = np.round(km[r.index].to_numpy() * 1000)
    recent = metres[(r["day"] >= today - 27).to_numpy() & ~np.isnan(metres)]
    new = int(np.floor(recent.mean() + 0.5)) if len(recent) else 0  # whole metres, half up
    metres = np.nan_to_num(metres)
    dd = r["day"].to_numpy()
    s7 = metres[dd >= day - 6].sum() + new
    s28 = metres[dd >= day - 27].sum() + new
    x["load_spike"] = np.nan if day - dd.min() < 27 or s28 <= 0 else float(40 * s7 >= 13 * s28)
    x["long_run"] = np.nan
    x["prev_pain"] = float(r["pain"].dropna().iloc[-1])
    return {t: (share(t) if np.isnan(v) and t in m else v) for t, v in x.items()}, streak


def reference(path, today, ate):
    """statsmodels' mean and 95% PI for the two plans."""
    ds = design(path)
    m, terms, cols = ds["new"]
    r, _, _ = factors(path)
    blocks = absorbed(m, cols)
    (rows, z), = blocks  # one athlete
    y = m["pain"].to_numpy(float)
    xz = np.column_stack([m[terms].to_numpy(float), z])
    groups = pd.factorize(m["week"])[0]
    fit = sm.OLS(y, xz).fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)
    out = {}
    for name, day in (("run", today), ("rest", today + 1)):
        x, streak = plan(path, r, m, today, day, ate)
        row = [x[t] for t in terms] + [1.0] + trend_at(m["day"].to_numpy(), day)
        f = fit.get_prediction(np.array([row])).summary_frame(alpha=0.05)
        out[name] = (streak, float(f["mean"].iloc[0]), float(f["obs_ci_lower"].iloc[0]),
                     float(f["obs_ci_upper"].iloc[0]))
    return out, fit


def check(runlog, path, today, opts):
    args = [runlog, "today", path, "--format", "json", "--today", today] + opts
    got = json.loads(subprocess.run(args, capture_output=True, check=True).stdout)["today"]["expected_pain"]
    ate = opts[opts.index("--ate-before") + 1] if "--ate-before" in opts else None
    with tempfile.TemporaryDirectory() as tmp:
        log = path
        if "--athlete" in opts:  # the athlete's rows alone, as runlog reads them
            d = pd.read_csv(path, dtype=str, keep_default_na=False)
            log = os.path.join(tmp, "one.csv")
            d[d["athlete"] == opts[opts.index("--athlete") + 1]].to_csv(log, index=False)
        want, fit = reference(log, pd.Timestamp(today).toordinal(), ate)
    errs = Errors()
    for name, (streak, mean, lo, hi) in want.items():
        g = got[name]
        errs.same(name + " streak", streak, g["streak"])
        errs.eq(name + " mean", mean, g["mean"])
        errs.eq(name + " pi95 lo", lo, g["pi95"] and g["pi95"][0])
        errs.eq(name + " pi95 hi", hi, g["pi95"] and g["pi95"][1])
    print("%-4s today %-36s %s %-24s run %.6f [%.6f, %.6f], rest %.6f [%.6f, %.6f], df %d%s" % (
        "ok" if not errs else "FAIL", path, today, " ".join(opts), *want["run"][1:], *want["rest"][1:],
        int(fit.df_resid), errs.lines()))
    return not errs


def main():
    runlog, rest = sys.argv[1], sys.argv[2:]
    cases, cur = [], []
    for a in rest + [","]:
        if a == ",":
            cases.append(cur) if cur else None
            cur = []
        else:
            cur.append(a)
    ok = True
    for c in cases:
        try:
            ok = check(runlog, c[0], c[1], c[2:]) and ok
        except (subprocess.CalledProcessError, ValueError, KeyError, TypeError, IndexError) as err:
            print("FAIL today %s: %s: %s" % (" ".join(c), type(err).__name__, err))
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
