"""The adjusted effects of runlog analyze against statsmodels (issue 16's model).

For each log named on the command line, runlog's factors are rebuilt with
pandas, independently of runlog, and the adjusted model is fitted again:

  pain ~ streak indicators 2..6 and 7+, the two skipped meals, no strength
         session in the 7 days before, the load spike and the long run (the
         terms the log has, as before), previous_pain, one intercept per athlete, and one
         trend per athlete,

by OLS with cov_type="cluster" over athlete-weeks (ISO weeks) and use_t=True
(CR1, t with G-1 df).

- previous_pain: the pain of the same athlete's previous run that has a
  pain score (the athlete's runs in order of day, then file line), whatever
  the gap and whether or not that run is itself in the model; rows that are
  not runs (strength-only rows) never count.
- The model's runs: those with pain and every term the log has known, and
  a previous_pain (each athlete's first scored run leaves the model).
- The trend, from the days of the athlete's model runs (n of them, spanning
  max - min days): Harrell's restricted cubic spline (columns t, s1, s2)
  with knots at the 5th, 35th, 65th and 95th percentiles (numpy's linear
  interpolation) when they span >= 180 days and n >= 60 and the knots are
  strictly increasing; else a linear trend (t) when they span >= 28 days;
  else none. s_j(t) = [(t-k_j)+^3 - (t-k3)+^3 (k4-k_j)/(k4-k3)
  + (t-k4)+^3 (k3-k_j)/(k4-k3)] / (k4-k1)^2 for j = 1, 2.

Every coefficient (previous_pain too) and standard error, the effects
(consecutive_days: the streak_3..streak_7_plus coefficients weighted by
their run counts among the model's runs, variance w'Vw; the single-term
factors), their p-values and Holm's p-values over the factors (never over
previous_pain) are compared with runlog's JSON to 1e-6, and each finding's
evidence level, direction and "recommended", graded on the effect's 95% CI
(t with G-1 df) and Holm p as findings.h says; the runs, clusters,
terms (K: kept terms, previous_pain, every intercept and trend column) and
the athletes with each kind of trend exactly; each factor's distinct
athlete-weeks on either side among the model's runs (weeks) exactly; and
effects[].without_time, the previous model's effect (no trend, no
previous_pain, athlete intercepts only, on every eligible run), to 1e-6.

Two routes to the same fit: the full design (a column per intercept and
trend column) in statsmodels, and Frisch-Waugh-Lovell (each athlete's pain
and terms residualised on that athlete's intercept and trend columns, then
statsmodels without a constant, its covariance scaled by (N - k)/(N - K)
for the absorbed columns). Logs small enough for the full design are fitted
both ways, which must agree to 1e-9; larger ones (the 140-athlete cohort)
take the residualised route only.

usage: model_check.py RUNLOG LOG...     (Debian's /usr/bin/python3)
       model_check.py --self-test       the spline (against hand-worked
                                        values and patsy's cr()), knots,
                                        trend kinds and previous_pain
"""
import json
import subprocess
import sys
import tempfile

import numpy as np
import pandas as pd
import statsmodels.api as sm
from patsy import dmatrix
from scipy import stats
from statsmodels.stats.multitest import multipletests

MIN_WEEKS = 8  # each side of a factor needs runs in this many athlete-weeks
MODERATE, STRONG = 0.5, 1.0  # FINDINGS_MODERATE, FINDINGS_STRONG: the CI's bound nearest 0
MEAL_AFTER_DAYS = 2  # a post-run meal counts for a run at most this many days later
SPLINE_SPAN, SPLINE_RUNS, LINEAR_SPAN = 180, 60, 28  # days, runs, days
LONG_DAYS = 30  # long_run looks back this many days, and has no value in the first of them
KNOT_PERCENTILES = [5, 35, 65, 95]
DENSE_MAX_CELLS = 4e6  # the full design when rows x columns is at most this
AGREE = 1e-9  # the two routes' agreement
YES = {"yes": 1, "y": 1, "true": 1, "1": 1, "no": 0, "n": 0, "false": 0, "0": 0}
NAMES = {"s2": "streak_2", "s3": "streak_3", "s4": "streak_4", "s5": "streak_5", "s6": "streak_6",
         "s7": "streak_7_plus", "skip_before": "meal_before", "skip_after_prev": "meal_after",
         "no_strength": "no_strength", "load_spike": "load_spike", "long_run": "long_run",
         "prev_pain": "previous_pain"}
TERM = {v: k for k, v in NAMES.items()}
EFFECT_TERMS = {"consecutive_days": ["s3", "s4", "s5", "s6", "s7"], "meal_before": ["skip_before"],
                "meal_after": ["skip_after_prev"], "strength": ["no_strength"], "load_spike": ["load_spike"],
                "long_run": ["long_run"]}


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


def factors(path):
    """Every run of the log (rows with pain or distance), one row each, with
    its athlete, day, pain, previous_pain, streak and factor columns."""
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
        # the pain of the athlete's previous run with a pain score, however
        # long before (runs only: a strength-only row is not among them)
        r["prev_pain"] = r["pain"].shift(1).ffill()
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
        c = np.concatenate([[0], np.cumsum(kmr)])  # window sums of the sorted days
        s7 = c[np.searchsorted(days_r, days_r, "right")] - c[np.searchsorted(days_r, days_r - 6, "left")]
        s28 = c[np.searchsorted(days_r, days_r, "right")] - c[np.searchsorted(days_r, days_r - 27, "left")]
        r["load_spike"] = np.where((days_r - first < 27) | ~(s28 > 0), np.nan, (40 * s7 >= 13 * s28) * 1.0)
        r["long_run"] = long_runs(r["day"], km[r.index], first)
        out.append(r)
    r = pd.concat(out)
    r["week"] = r["athlete"] + ":" + r["day"].map(lambda x: str(pd.Timestamp.fromordinal(x).isocalendar()[:2]))
    return r, has_strength, has_distance


def long_runs(day, km, first):
    """long_run of one athlete's runs (days as ordinals, km NaN without a
    distance): more than 10% longer than the longest run with a distance on
    the 30 days before the run's day (that day excluded), in whole metres
    (10 * m > 11 * longest); NaN in the athlete's first 30 days, for a run
    without a distance, or when those 30 days hold no distance."""
    metres = np.round(km * 1000)
    by_day = metres.groupby(day.to_numpy()).max()  # NaN: no distance that day
    if by_day.empty:
        return np.full(len(day), np.nan)
    idx = pd.to_datetime(pd.Series(by_day.index).map(pd.Timestamp.fromordinal))
    daily = pd.Series(by_day.to_numpy(), index=idx).asfreq("D")
    longest = daily.rolling("30D", closed="left", min_periods=1).max()
    at = longest.reindex(pd.to_datetime(day.map(pd.Timestamp.fromordinal))).to_numpy()
    m = metres.to_numpy()
    unknown = (day.to_numpy() - first < LONG_DAYS) | np.isnan(m) | np.isnan(at) | ~(at > 0)
    return np.where(unknown, np.nan, (10 * np.nan_to_num(m) > 11 * np.nan_to_num(at)) * 1.0)


def rcs(t, knots):
    """Harrell's restricted cubic spline columns s1, s2 of t for 4 knots,
    scaled by (k4 - k1)^2."""
    k1, k2, k3, k4 = knots
    p = lambda x: np.maximum(x, 0.0) ** 3  # noqa: E731
    return [(p(t - kj) - p(t - k3) * (k4 - kj) / (k4 - k3) + p(t - k4) * (k3 - kj) / (k4 - k3)) / (k4 - k1) ** 2
            for kj in (k1, k2)]


def trend(days):
    """The kind of an athlete's trend ("spline", "linear" or "none") and its
    columns at the days of the athlete's model runs."""
    # days counted from the athlete's first model day: the same columns'
    # span, better conditioned than day numbers near 739,000
    days = np.asarray(days, float) - (min(days) if len(days) else 0)
    span = days.max() if len(days) else 0
    if span >= SPLINE_SPAN and len(days) >= SPLINE_RUNS:
        knots = np.percentile(days, KNOT_PERCENTILES)
        if np.all(np.diff(knots) > 0):
            return "spline", [days] + rcs(days, knots)
    if span >= LINEAR_SPAN:
        return "linear", [days]
    return "none", []


def eligible(r, has_strength, has_distance):
    """The runs with a pain score and every term the log has known (with
    the streak indicators s2..s7), and those terms, of factors()' runs r."""
    # load_spike, and long_run, each enter when at least half the scored
    # runs have a value
    sc = r[r["pain"].notna()]
    has_long = has_distance and len(sc) > 0 and 2 * sc["long_run"].notna().sum() >= len(sc)
    has_distance = has_distance and len(sc) > 0 and 2 * sc["load_spike"].notna().sum() >= len(sc)
    # a meal term is in the model when some run has it (a column that is
    # not all empty); without it, runs need no value for it
    recorded = {"skip_before": r["skip_before"].notna(), "skip_after_prev": r["after_recorded"]}
    meals = [t for t in ("skip_before", "skip_after_prev") if recorded[t].any()]
    extra = ((["no_strength"] if has_strength else []) + (["load_spike"] if has_distance else [])
             + (["long_run"] if has_long else []))
    e = r.dropna(subset=["pain"] + meals + extra).copy()
    for s in range(2, 8):
        e["s%d" % s] = ((e["streak"].clip(upper=7)) == s).astype(float)
    return e, ["s%d" % s for s in range(2, 8)] + meals + extra


def design(path):
    """The new model ("new": its runs, the terms that vary within an
    athlete, previous_pain last, and each athlete's trend columns), the
    previous model ("old": every eligible run, its terms, no trend) and
    each athlete's kind of trend ("kinds")."""
    e, terms = eligible(*factors(path))
    m = e[e["prev_pain"].notna()].copy()

    def varying(d, ts):  # a term constant within each athlete stays out
        return [t for t in ts if d.groupby("athlete")[t].transform(lambda x: x - x.mean()).abs().sum() > 1e-9]

    kinds, cols = {}, {}
    for a, g in m.groupby("athlete", sort=False):
        kinds[a], cols[a] = trend(g["day"].to_numpy())
    return {"new": (m, varying(m, terms + ["prev_pain"]), cols),
            "old": (e, varying(e, terms), {a: [] for a in e["athlete"].unique()}),
            "kinds": kinds}


def absorbed(d, trend_cols):
    """Each athlete's absorbed columns (intercept, trend) as (row positions
    in d, matrix)."""
    pos = pd.Series(np.arange(len(d)), index=d.index)
    out = []
    for a, g in d.groupby("athlete", sort=False):
        out.append((pos[g.index].to_numpy(), np.column_stack([np.ones(len(g))] + list(trend_cols[a]))))
    return out


class Fit:
    """OLS of pain on the terms and each athlete's absorbed columns (its
    intercept and trend), CR1 over athlete-weeks, by the full design
    (route "full") or by the terms residualised within each athlete ("fwl"):
    params and cov of the terms, G, K (the full design's rank), ssr and inv
    (the terms' block of the full design's (X'X)^-1)."""

    def __init__(self, d, terms, trend_cols, route):
        self.terms, self.n = list(terms), len(d)
        groups = pd.factorize(d["week"])[0]
        self.G = int(groups.max()) + 1
        blocks = absorbed(d, trend_cols)
        y = d["pain"].to_numpy(float)
        x = d[self.terms].to_numpy(float).reshape(len(d), len(self.terms))
        p = len(self.terms)
        if route == "full":
            z = np.zeros((len(d), sum(b.shape[1] for _, b in blocks)))
            j = 0
            for rows, b in blocks:
                z[rows, j:j + b.shape[1]] = b
                j += b.shape[1]
            xz = np.column_stack([x, z])
            self.K = int(np.linalg.matrix_rank(xz))
            if self.K != xz.shape[1]:
                raise ValueError("the full design has rank %d of %d columns" % (self.K, xz.shape[1]))
            fit = sm.OLS(y, xz).fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)
            self.params = fit.params[:p]
            self.cov = fit.cov_params()[:p, :p]
            self.ssr = float(fit.ssr)
            self.inv = np.linalg.inv(xz.T @ xz)[:p, :p]
            self.sm_pvalues = fit.pvalues[:p]  # statsmodels' own, for the t with G-1 df
            self.sm_ci = fit.conf_int()[:p]
        else:
            yr, xr = y.copy(), x.copy()
            k_abs = 0
            for rows, b in blocks:
                yx = np.column_stack([y[rows], x[rows]])
                coef, _, rank, _ = np.linalg.lstsq(b, yx, rcond=None)
                res = yx - b @ coef
                yr[rows], xr[rows] = res[:, 0], res[:, 1:]
                k_abs += rank
            self.K = p + k_abs
            if p and np.linalg.matrix_rank(xr) < p:
                raise ValueError("the residualised terms have rank %d of %d" % (np.linalg.matrix_rank(xr), p))
            if p:
                fit = sm.OLS(yr, xr).fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)
                self.params = fit.params
                self.cov = fit.cov_params() * (self.n - p) / (self.n - self.K)
                self.ssr = float(fit.ssr)
            else:
                self.params, self.cov, self.ssr = np.zeros(0), np.zeros((0, 0)), float(yr @ yr)
            self.inv = np.linalg.inv(xr.T @ xr)
            self.sm_pvalues = None

    def vector(self, weights):
        L = np.zeros(len(self.terms))
        for t, w in weights.items():
            L[self.terms.index(t)] = w
        return L

    def test(self, L):
        """(estimate, se, p) of L'b, t with G-1 df."""
        est = float(L @ self.params)
        var = float(L @ self.cov @ L)
        se = np.sqrt(var) if var >= 0 else np.nan
        return est, se, float(2 * stats.t.sf(abs(est / se), self.G - 1)) if se > 0 else np.nan

    def ci95(self, est, se):
        """The 95% CI of an estimate, t with G-1 df."""
        half = stats.t.ppf(0.975, self.G - 1) * se
        return est - half, est + half


def fits(d, terms, trend_cols):
    """The fit by the full design where it is small enough, checked against
    the residualised route to AGREE; else by the residualised route. Returns
    (fit, route, largest difference or None)."""
    fwl = Fit(d, terms, trend_cols, "fwl")
    if len(d) * (len(terms) + sum(1 + len(c) for c in trend_cols.values())) > DENSE_MAX_CELLS:
        return fwl, "fwl", None
    full = Fit(d, terms, trend_cols, "full")
    scale = lambda a: np.maximum(1, np.abs(a))  # noqa: E731
    diffs = [fwl.K - full.K, abs(fwl.ssr - full.ssr) / max(1, full.ssr)]
    diffs += list(np.abs(fwl.params - full.params) / scale(full.params))
    diffs += list(np.abs(np.sqrt(np.diag(fwl.cov)) - np.sqrt(np.diag(full.cov))) / scale(np.sqrt(np.diag(full.cov))))
    # the t with G-1 df, by hand, against statsmodels' p-values and CIs
    # (where the coefficient has a spread, not an exact fit's rounding)
    spread = [i for i in range(len(terms)) if full.cov[i, i] > 1e-18 * full.inv[i, i]]
    diffs += [abs(full.test(full.vector({terms[i]: 1}))[2] - full.sm_pvalues[i]) for i in spread]
    diffs += [abs(a - b) / max(1, abs(b)) for i in spread
              for a, b in zip(full.ci95(full.params[i], np.sqrt(full.cov[i, i])), full.sm_ci[i])]
    worst = float(np.nanmax(np.abs(diffs))) if diffs else 0.0
    if not worst <= AGREE:
        raise AssertionError("full design and residualised route differ by %g" % worst)
    return full, "full", worst


def effects(d, fit):
    """Each factor's (effect, se, p) from the fit, and Holm's p over them."""
    out = {}
    for k, ts in EFFECT_TERMS.items():
        ts = [t for t in ts if t in fit.terms]
        if not ts:
            continue
        w = np.array([(d[t] == 1).sum() for t in ts], float)
        out[k] = fit.test(fit.vector(dict(zip(ts, w / w.sum()))))
    holm = dict(zip(out, multipletests([v[2] for v in out.values()], method="holm")[1])) if out else {}
    return out, holm


def weeks_of(d):
    """Each factor's two groups among d's runs, and the distinct
    athlete-weeks each spans (consecutive_days: streak 3+ against streak 1)."""
    sides = {"consecutive_days": (d["streak"] >= 3, d["streak"] == 1)}
    for k, (t,) in ((k, v) for k, v in EFFECT_TERMS.items() if k != "consecutive_days"):
        if t in d:
            sides[k] = (d[t] == 1, d[t] == 0)
    return {k: [int(d.loc[a, "week"].nunique()), int(d.loc[b, "week"].nunique())] for k, (a, b) in sides.items()}


def trend_counts(kinds):
    return {k: sum(v == k for v in kinds.values()) for k in ("spline", "linear", "none")}


def without_time(g):
    """runlog's previous-model effect: a number, or an object with "effect"."""
    return g.get("effect") if isinstance(g, dict) else g


def analyze(runlog, path):
    """runlog's JSON for the log."""
    return json.loads(subprocess.run([runlog, "analyze", path, "--no-charts", "--format", "json"],
                                     capture_output=True, check=True).stdout)


def runs_csv_long(runlog, path):
    """runlog's long_run of every run, from the runs.csv of analyze -o: by
    athlete ("-" without the column), [(date, 1.0 / 0.0 / None)] in its
    order (day, then file line)."""
    with tempfile.TemporaryDirectory(prefix="runlog-long-") as tmp:
        subprocess.run([runlog, "analyze", path, "-o", tmp, "--format", "json"], capture_output=True, check=True)
        rows = pd.read_csv(tmp + "/runs.csv", dtype=str, keep_default_na=False)
    if "athlete" not in rows:
        rows["athlete"] = "-"
    val = {"yes": 1.0, "no": 0.0, "": None}
    return {a: [(d, val[v]) for d, v in zip(g["date"], g["long_run"])]
            for a, g in rows.groupby("athlete", sort=False)}


def long_run_errors(runlog, path):
    """Every run whose long_run in runs.csv differs from the pandas one."""
    r, _, _ = factors(path)
    got = runs_csv_long(runlog, path)
    errs = []
    for a, g in r.groupby("athlete", sort=False):
        want = [(pd.Timestamp.fromordinal(d).strftime("%Y-%m-%d"), None if np.isnan(v) else v)
                for d, v in zip(g["day"], g["long_run"])]
        have = got.get(a, [])
        bad = [(w, h) for w, h in zip(want, have) if w != h]
        if len(want) != len(have) or bad:
            errs.append("long_run of %s: %d runs in pandas, %d in runs.csv; first differences %r"
                        % (a, len(want), len(have), bad[:3]))
    return errs


class Errors(list):
    """One log's disagreements with runlog."""

    def eq(self, what, want, have):  # to 1e-6, relative beyond 1
        if have is None or abs(want - have) > 1e-6 * max(1, abs(want)):
            self.append("%s: reference %r, runlog %r" % (what, want, have))

    def same(self, what, want, have):  # exactly
        if want != have:
            self.append("%s: reference %r, runlog %r" % (what, want, have))

    def lines(self, most=12):
        more = ["... %d more" % (len(self) - most)] if len(self) > most else []
        return "" if not self else "\n     " + "\n     ".join(self[:most] + more)


def check(runlog, path):
    full = analyze(runlog, path)
    got = full["adjusted"]
    ds = design(path)
    m, terms, cols = ds["new"]
    e, old_terms, old_cols = ds["old"]
    fit, route, agree = fits(m, terms, cols)
    old, _, old_agree = fits(e, old_terms, old_cols)
    errs = Errors()
    eq, same = errs.eq, errs.same
    errs.extend(long_run_errors(runlog, path))

    same("runs", len(m), got["runs"])
    same("clusters", fit.G, got["clusters"])
    same("terms", fit.K, got["terms"])
    same("trend", trend_counts(ds["kinds"]), got.get("trend"))
    for i, t in enumerate(terms):
        c = got["coefficients"].get(NAMES[t])
        eq(NAMES[t] + " coef", fit.params[i], c and c["coef"])
        eq(NAMES[t] + " se", np.sqrt(fit.cov[i, i]), c and c["se"])
    eff, holm = effects(m, fit)
    old_eff, old_holm = effects(e, old)
    weeks = weeks_of(m)
    for k, (est, se, p) in eff.items():
        g = got["effects"][k]
        eq(k + " effect", est, g and g["effect"])
        eq(k + " se", se, g and g["se"])
        eq(k + " p", p, g and g["p_value"])
        eq(k + " p_holm", holm[k], g and g["p_holm"])
        for bound, want in zip(("lo", "hi"), fit.ci95(est, se)):
            eq("%s ci95 %s" % (k, bound), want, g and g["ci95"] and g["ci95"][bound == "hi"])
        if g and g["weeks"] != weeks[k]:
            errs.append("%s weeks: pandas %r, runlog %r" % (k, weeks[k], g["weeks"]))
        wt = g and g.get("without_time")
        if k in old_eff:
            eq(k + " without_time", old_eff[k][0], without_time(wt))
            if isinstance(wt, dict):  # an object: its se and p-values too
                for key, want in zip(("se", "p_value", "p_holm"), old_eff[k][1:] + (old_holm[k],)):
                    if key in wt:
                        eq("%s without_time %s" % (k, key), want, wt[key])
        elif wt is not None:
            errs.append("%s without_time: no previous model's estimate, runlog %r" % (k, wt))
        # The finding's evidence follows from the adjusted effect and Holm's p.
        fnd = [x for x in full["findings"] if x["factor"] == k][0]
        if min(weeks[k]) < MIN_WEEKS and fnd["evidence"] != "insufficient":
            errs.append("%s: weeks %r, yet runlog grades it %s" % (k, weeks[k], fnd["evidence"]))
        elif fnd["evidence"] != "insufficient":
            want, way = grade(*fit.ci95(est, se), holm[k])
            if want is not None and fnd["evidence"] != want:
                errs.append("%s evidence: from statsmodels %s, runlog %s" % (k, want, fnd["evidence"]))
            if want is not None and (fnd["direction"], fnd["recommended"]) != (way, way == "more pain"):
                errs.append("%s: direction %r, recommended %r; from statsmodels %r" %
                            (k, fnd["direction"], fnd["recommended"], way))
    agreed = max(a for a in (agree, old_agree, 0.0) if a is not None)
    print("%-4s %-40s %6d runs, %5d clusters, K %3d, %s%s" % (
        "ok" if not errs else "FAIL", path, len(m), fit.G, fit.K,
        "residualised only" if route == "fwl" else "full = residualised to %.0e" % agreed, errs.lines()))
    return not errs


# The self-test's hand-made log: athlete A's 6 runs (one without a pain
# score), a strength-only row between them, two runs on one day, a row out
# of date order; athlete B's runs interleaved. previous_pain by hand.
HAND_LOG = """athlete,date,distance_km,pain,ate_before,ate_after,strength
A,2025-03-03,5,2,yes,yes,no
B,2025-03-03,5,7,yes,yes,no
A,2025-03-04,5,,yes,yes,no
A,2025-03-05,,,,,yes
A,2025-03-06,6,4,,yes,no
A,2025-03-20,5,3,yes,yes,no
A,2025-03-07,5,5,no,yes,no
B,2025-03-05,5,8,yes,yes,no
A,2025-03-07,3,1,yes,yes,no
"""
HAND_PREV = {("A", "2025-03-03", 2.0): None, ("A", "2025-03-04", None): 2.0, ("A", "2025-03-06", 4.0): 2.0,
             ("A", "2025-03-07", 5.0): 4.0, ("A", "2025-03-07", 1.0): 5.0, ("A", "2025-03-20", 3.0): 1.0,
             ("B", "2025-03-03", 7.0): None, ("B", "2025-03-05", 8.0): 7.0}
HAND_MODEL = {("A", 5.0), ("A", 1.0), ("A", 3.0), ("B", 8.0)}  # the 03-06 run has no ate_before


def self_test():
    errs = []
    # the spline by hand, knots 10, 40, 70, 100: (k4 - k1)^2 = 8100
    t = np.array([5.0, 55.0, 85.0, 120.0])
    want = [[0, 45 ** 3 / 8100, (75 ** 3 - 15 ** 3 * 3) / 8100, (110 ** 3 - 50 ** 3 * 3 + 20 ** 3 * 2) / 8100],
            [0, 15 ** 3 / 8100, (45 ** 3 - 15 ** 3 * 2) / 8100, (80 ** 3 - 50 ** 3 * 2 + 20 ** 3 * 1) / 8100]]
    want_hand = [[0, 11.25, 50.833333333333336, 120.0], [0, 0.4166666666666667, 10.416666666666666, 33.333333333333336]]
    for j, (have, w, h) in enumerate(zip(rcs(t, [10, 40, 70, 100]), want, want_hand)):
        if not np.allclose(have, w, rtol=1e-12, atol=0) or not np.allclose(w, h, rtol=1e-12, atol=0):
            errs.append("s%d: %r, by hand %r" % (j + 1, list(have), h))
    # between the outer knots, the columns 1, t, s1, s2 span what patsy's
    # natural cubic regression spline with the same knots spans; beyond
    # them, s1 and s2 are straight lines
    x = np.linspace(10, 100, 37)
    a = np.column_stack([np.ones(len(x)), x] + rcs(x, [10, 40, 70, 100]))
    b = np.asarray(dmatrix("cr(x, knots=[40, 70], lower_bound=10, upper_bound=100) - 1", {"x": x}))
    for u, v in ((a, b), (b, a)):
        if np.abs(u - v @ np.linalg.lstsq(v, u, rcond=None)[0]).max() > 1e-9 * np.abs(u).max():
            errs.append("the spline's columns and patsy's cr() span different spaces")
    for x in (np.array([-30.0, -20, -10, 0, 10]), np.array([100.0, 130, 160, 190])):
        if np.abs(np.diff(np.column_stack(rcs(x, [10, 40, 70, 100])), 2, axis=0)).max() > 1e-9:
            errs.append("the spline is not a straight line beyond its outer knots at %r" % list(x))
    # knots: positions 0.5, 3.5, 6.5, 9.5 of 11 ordered days
    days = [0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512]
    if list(np.percentile(days, KNOT_PERCENTILES)) != [0.5, 6.0, 48.0, 384.0]:
        errs.append("knots %r, by hand [0.5, 6, 48, 384]" % list(np.percentile(days, KNOT_PERCENTILES)))
    # the trend's kinds at their edges
    for ds, kind in ((range(0, 181, 3), "spline"), (range(0, 180, 3), "linear"), (range(0, 181, 4), "linear"),
                     (range(0, 29), "linear"), (range(0, 28), "none"), ([5] * 70 + [300] * 30, "linear")):
        if trend(list(ds))[0] != kind:
            errs.append("trend of %d days over %d: %s, not %s" % (len(ds), max(ds) - min(ds), trend(ds)[0], kind))
    with tempfile.NamedTemporaryFile("w", suffix=".csv") as f:
        f.write(HAND_LOG)
        f.flush()
        r, _, _ = factors(f.name)
        dsg = design(f.name)
    dates = r["day"].map(lambda x: pd.Timestamp.fromordinal(x).date().isoformat())
    have = {(a, dt, None if np.isnan(p) else p): None if np.isnan(q) else q
            for a, dt, p, q in zip(r["athlete"], dates, r["pain"], r["prev_pain"])}
    if have != HAND_PREV:
        errs.append("previous_pain %r, by hand %r" % (have, HAND_PREV))
    m = dsg["new"][0]
    if set(zip(m["athlete"], m["pain"])) != HAND_MODEL:
        errs.append("model runs %r, by hand %r" % (set(zip(m["athlete"], m["pain"])), HAND_MODEL))
    print("%-4s self-test: spline (by hand, patsy cr), knots, trend kinds, previous_pain%s" % (
        "ok" if not errs else "FAIL", "" if not errs else "\n     " + "\n     ".join(errs)))
    return not errs


def check_all(check_log, runlog, paths):
    """check_log(runlog, path) on every path; a log whose check cannot be
    made (runlog fails, a design without full rank) fails alone."""
    ok = True
    for path in paths:
        try:
            ok = check_log(runlog, path) and ok
        except (subprocess.CalledProcessError, np.linalg.LinAlgError, ValueError, AssertionError, KeyError,
                TypeError) as err:
            print("FAIL %-40s %s: %s" % (path, type(err).__name__, err))
            ok = False
    return 0 if ok else 1


def main():
    if sys.argv[1:] == ["--self-test"]:
        return 0 if self_test() else 1
    return check_all(check, sys.argv[1], sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
