#!/usr/bin/python3
"""Independent cross-check of `runlog analyze LOG --format json --no-charts`.

Generates random run logs with fixed seeds, computes every reported number
from the definitions in README.md / include/runlog/{features,stats,findings}.h
with pandas and scipy, runs the real binary on each log and compares. The
plain differences' CIs and p-values, and the correlations' p-values, come
from statsmodels' OLS with errors clustered by ISO week (cov_type="cluster",
use_t=True: CR1, G/(G-1) (N-1)/(N-K), and t on G-1 df).

The reference is computed from the generator's own records (what each cell
means), not by re-reading the CSV, so it shares no parsing or logic with
runlog.

Usage: /usr/bin/python3 tests/reference/crosscheck.py [PATH_TO_RUNLOG]
Prints one line per log and "reference: N passed, N failed"; exits 1 on any
mismatch.
"""

import csv
import datetime as dt
import io
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import warnings

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

warnings.simplefilter("ignore")  # scipy warns on constant input; we want the NaN

TOL = 1e-6
EPOCH = dt.date(1970, 1, 1)
MEAL_AFTER_DAYS = 2  # a post-run meal counts for a run at most this many days later

# ---------------------------------------------------------------------------
# Log generation
# ---------------------------------------------------------------------------

YESNO_STYLES = {
    "yesno": ("yes", "no"),
    "yn": ("y", "n"),
    "truefalse": ("true", "false"),
    "10": ("1", "0"),
    "Caps": ("Yes", "No"),
    "UPPER": ("YES", "NO"),
    "TF": ("TRUE", "False"),
    "Yn": ("Y", "N"),
}

# Header variants: logical column -> header text.  "dist_mi" means the
# distance column is in miles (values written in miles).
HEADERS = {
    "plain": {"date": "date", "dist_km": "distance_km", "duration": "duration",
              "pain": "pain", "ate_before": "ate_before", "ate_after": "ate_after",
              "strength": "strength", "notes": "notes"},
    "fancy": {"date": " Date ", "pain": " Pain (0-10) ", "dist_mi": "Distance (mi)",
              "ate_before": "ATE-BEFORE", "ate_after": "Ate After", "strength": "Strength",
              "notes": "Notes", "extra": "Heart Rate"},
    "km_nostrength": {"date": "DATE", "dist_km": "km", "pain": "PAIN",
                      "ate_before": "ate before", "ate_after": "ate_after",
                      "extra": "weather"},
    "miles": {"date": "Date", "dist_mi": "miles", "pain": "Pain",
              "ate_before": "Ate_Before", "ate_after": "ATE-AFTER", "strength": "strength ",
              "duration": "Duration"},
    "distance": {"date": "date", "dist_km": "Distance", "pain": "pain (0-10)",
                 "ate_before": "ate-before", "ate_after": "Ate_after",
                 "strength": "STRENGTH", "notes": "notes", "extra": "shoe"},
    "distmi": {"date": "date", "dist_mi": "distance_mi", "pain": "pain",
               "ate_before": "ate_before", "ate_after": "ate_after"},
}


def fmt_duration(minutes, rng):
    style = rng.randrange(3)
    secs = int(round(minutes * 60))
    if style == 0:
        return "%d:%02d:%02d" % (secs // 3600, secs % 3600 // 60, secs % 60)
    if style == 1 and secs < 3600:
        return "%d:%02d" % (secs // 60, secs % 60)
    return "%d" % max(1, round(minutes))


def fmt_pain(p, mode, rng):
    """Round a raw pain to the log's precision and return its text."""
    p = min(10.0, max(0.0, p))
    if mode == "int":
        return "%d" % round(p)
    if mode == "half":
        v = round(p * 2) / 2
        return ("%g" % v) if rng.random() < 0.7 else "%.1f" % v
    if mode == "quarter":
        return "%g" % (round(p * 4) / 4)
    return "%.1f" % round(p, 1)  # tenth


def gen_log(seed, n_runs, start, *, header="plain", p_cont=0.6, p_start=0.55,
            p_multi=0.08, p_empty_pain=0.05, p_empty_meal=0.05,
            p_empty_strength=0.05, p_skip_before=0.2, p_skip_after=0.2,
            p_strength=0.25, p_strength_only=0.15, p_other=0.03,
            pain_mode="half", yesno="yesno", time_style=0, crlf=False,
            blank_lines=False, shuffle=True, col_shuffle=False,
            pain_const=None, keep_scored=None, p_no_dist=0.1):
    """Return (csv_text, records, has_strength).

    records are in file order; each is a dict with the meaning of the row:
    day (days since 1970-01-01), pain (float or None), has_dist (bool),
    ate_before / ate_after / strength (True / False / None).
    """
    rng = random.Random(seed)
    cols = HEADERS[header]
    has_strength = "strength" in cols
    yes_txt, no_txt = YESNO_STYLES[yesno]
    day = (start - EPOCH).days
    recs = []
    ran_yesterday = False
    streak = 0
    last_strength = -100
    prev_after = True
    nruns = 0
    while nruns < n_runs:
        run_today = rng.random() < (p_cont if ran_yesterday else p_start)
        if run_today:
            streak += 1
            k = 1
            while rng.random() < p_multi and k < 3:
                k += 1
            for _ in range(k):
                if nruns >= n_runs:
                    break
                nruns += 1

                def tri(p_no, p_empty):
                    u = rng.random()
                    if u < p_empty:
                        return None
                    return not (u < p_empty + p_no)
                ab = tri(p_skip_before, p_empty_meal)
                aa = tri(p_skip_after, p_empty_meal)
                st = None
                if has_strength:
                    st = tri(1 - p_strength, p_empty_strength)
                recent = day - last_strength <= 7
                raw = (0.8 + 0.55 * min(streak - 1, 7) + 1.3 * (ab is False)
                       + 0.9 * (prev_after is False) + 1.0 * (not recent)
                       + rng.gauss(0, 1.2))
                pain = None if rng.random() < p_empty_pain else raw
                if pain_const is not None and pain is not None:
                    pain = pain_const
                has_dist = pain is None or rng.random() >= p_no_dist
                recs.append(dict(day=day, pain=pain, has_dist=has_dist,
                                 ate_before=ab, ate_after=aa, strength=st,
                                 km=rng.uniform(3, 21)))
                if st:
                    last_strength = day
                if aa is not None:
                    prev_after = aa
        else:
            streak = 0
            if has_strength and rng.random() < p_strength_only:
                recs.append(dict(day=day, pain=None, has_dist=False, ate_before=None,
                                 ate_after=None, strength=True, km=None))
                last_strength = day
            elif rng.random() < p_other:
                # a row that is neither a run nor a strength session
                recs.append(dict(day=day, pain=None, has_dist=False, ate_before=None,
                                 ate_after=None,
                                 strength=(False if has_strength and rng.random() < 0.5 else None),
                                 km=None))
        ran_yesterday = run_today
        day += 1

    # keep only some scores (for the few-scored log)
    if keep_scored is not None:
        scored_idx = [i for i, r in enumerate(recs) if r["pain"] is not None]
        keep = set(rng.sample(scored_idx, min(keep_scored, len(scored_idx))))
        for i in scored_idx:
            if i not in keep:
                recs[i]["pain"] = None
                recs[i]["has_dist"] = True

    if shuffle:
        rng.shuffle(recs)

    # Write the CSV; the value written is parsed back into the record so the
    # reference uses exactly what the file says.
    logical = list(cols.keys())
    if col_shuffle:
        rng.shuffle(logical)
    buf = io.StringIO()
    eol = "\r\n" if crlf else "\n"
    w = csv.writer(buf, lineterminator=eol)
    w.writerow([cols[c] for c in logical])
    out = [buf.getvalue()]
    for r in recs:
        d = EPOCH + dt.timedelta(days=r["day"])
        ds = d.isoformat()
        ts = time_style if time_style != 3 else rng.randrange(3)
        if ts == 1:
            ds += "T%02d:%02d" % (rng.randrange(5, 22), rng.randrange(60))
        elif ts == 2:
            ds += " %02d:%02d:%02d" % (rng.randrange(5, 22), rng.randrange(60), rng.randrange(60))
        if r["pain"] is not None:
            ptxt = fmt_pain(r["pain"], pain_mode, rng) if pain_const is None else "%g" % pain_const
            r["pain"] = float(ptxt)
        else:
            ptxt = ""
        cells = {}
        for c in logical:
            v = ""
            if c == "date":
                v = ds
            elif c == "pain":
                v = ptxt
            elif c == "dist_km":
                v = "%.2f" % r["km"] if r["has_dist"] else ""
                r["km_read"] = float(v) if v else None  # what runlog reads
            elif c == "dist_mi":
                v = "%.2f" % (r["km"] / 1.609344) if r["has_dist"] else ""
                r["km_read"] = float(v) * 1.609344 if v else None
            elif c == "duration":
                v = fmt_duration(r["km"] * rng.uniform(4.5, 7), rng) if r["has_dist"] else ""
            elif c in ("ate_before", "ate_after", "strength"):
                b = r[c]
                v = "" if b is None else (yes_txt if b else no_txt)
            elif c == "notes":
                u = rng.random()
                if u < 0.05:
                    v = "hills, wind"
                elif u < 0.08:
                    v = 'felt "ok"\nthen tight'
                elif u < 0.15:
                    v = "easy"
            elif c == "extra":
                v = str(rng.randrange(120, 170)) if rng.random() < 0.7 else ""
            cells[c] = v
        b2 = io.StringIO()
        csv.writer(b2, lineterminator=eol).writerow([cells[c] for c in logical])
        out.append(b2.getvalue())
        if blank_lines and rng.random() < 0.05:
            out.append(eol)
    if not has_strength:
        for r in recs:
            r["strength"] = None
    return "".join(out), recs, has_strength


# ---------------------------------------------------------------------------
# Reference statistics (pandas / scipy), from the README definitions
# ---------------------------------------------------------------------------

NAN = float("nan")
Q975 = stats.norm.ppf(0.975)


def summary(x):
    x = np.asarray(x, dtype=float)
    n = len(x)
    if n == 0:
        return dict(n=0, mean=NAN, lo=NAN, hi=NAN, var=NAN)
    m = float(pd.Series(x).mean())
    if n < 2:
        return dict(n=n, mean=m, lo=NAN, hi=NAN, var=NAN)
    sd = float(pd.Series(x).std(ddof=1))
    h = stats.t.ppf(0.975, n - 1) * sd / math.sqrt(n)
    return dict(n=n, mean=m, lo=m - h, hi=m + h, var=sd * sd)


def monday(day):
    """The Monday of a day's ISO week: its cluster (1970-01-01 was a Thursday)."""
    return np.asarray(day, dtype=np.int64) - (np.asarray(day, dtype=np.int64) + 3) % 7


def cluster_slope(x, y, weeks):
    """Slope, its 95% CI and p of OLS y ~ 1 + x with errors clustered by week
    (statsmodels' defaults: CR1, t on G-1 df); NaN CI and p with fewer than
    2 weeks or no spread in the residuals' week sums."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    weeks = np.unique(np.asarray(weeks, dtype=np.int64), return_inverse=True)[1]  # labels >= 0
    X = sm.add_constant(x, has_constant="add")
    fit = sm.OLS(y, X).fit(cov_type="cluster", cov_kwds={"groups": weeks}, use_t=True)
    b = float(fit.params[1])
    g = len(np.unique(weeks))
    assert fit.df_resid_inference == g - 1
    se = float(fit.bse[1])
    if g < 2 or not se > 0:
        return b, NAN, NAN, NAN
    lo, hi = (float(v) for v in fit.conf_int(0.05)[1])
    return b, lo, hi, float(fit.pvalues[1])


def corr(x, y, weeks, which):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(x)
    if n < 3 or np.ptp(x) == 0 or np.ptp(y) == 0:
        return NAN, NAN, NAN, NAN
    if which == "pearson":
        r = float(stats.pearsonr(x, y)[0])
        rx, ry = x, y
    else:
        r = float(stats.spearmanr(x, y)[0])
        rx, ry = stats.rankdata(x), stats.rankdata(y)
    # p: the slope of y (or its ranks) on x (or its ranks), week-clustered;
    # 0 for a perfect correlation
    p = 0.0 if abs(r) >= 1 else cluster_slope(rx, ry, weeks)[3]
    if n > 3:
        z = np.arctanh(r)  # +-inf for a perfect correlation: the CI is [r, r]
        se = 1 / math.sqrt(n - 3)
        lo, hi = float(np.tanh(z - Q975 * se)), float(np.tanh(z + Q975 * se))
    else:
        lo = hi = NAN
    return r, lo, hi, p


def plain_diff(pain, weeks, in_a, in_b):
    """Mean of group a less group b, with the CI and p of the slope of pain
    on a's 0/1 indicator over the runs of both, week-clustered."""
    pain = np.asarray(pain, dtype=float)
    in_a = np.asarray(in_a, dtype=bool)
    in_b = np.asarray(in_b, dtype=bool)
    a, b = pain[in_a], pain[in_b]
    sa, sb = summary(a), summary(b)
    diff = sa["mean"] - sb["mean"] if len(a) and len(b) else NAN
    lo = hi = p = NAN
    if len(a) >= 2 and len(b) >= 2 and not (sa["var"] == 0 and sb["var"] == 0):
        both = in_a | in_b
        slope, lo, hi, p = cluster_slope(in_a[both].astype(float), pain[both],
                                         np.asarray(weeks)[both])
        assert abs(slope - diff) <= 1e-9 * max(1.0, abs(diff))
    return dict(na=len(a), nb=len(b), ma=sa["mean"], mb=sb["mean"], diff=diff,
                lo=lo, hi=hi, p=p)


def evidence(w, scored):
    """Evidence level of a plain difference, graded on its 95% CI's bound
    nearest 0 in either direction (findings.h), or None when that bound
    sits on a threshold (either answer is right within rounding)."""
    if scored < 20 or w["na"] < 5 or w["nb"] < 5:
        return "insufficient"
    e, lo, hi = w["diff"], w["lo"], w["hi"]
    if math.isnan(lo) or math.isnan(e) or lo <= 0 <= hi:
        return "none"
    near = lo if lo > 0 else -hi
    if any(abs(near - t) < 1e-9 for t in (0, 0.5, 1.0)):
        return None
    return "strong" if near >= 1.0 else "moderate" if near >= 0.5 else "weak"


def reference(recs, has_strength):
    def code(v):  # yes / no / unknown as 1 / 0 / -1
        return -1 if v is None else int(bool(v))
    df = pd.DataFrame({"day": [r["day"] for r in recs],
                       "pain": [NAN if r["pain"] is None else float(r["pain"]) for r in recs],
                       "has_dist": [bool(r["has_dist"]) for r in recs],
                       "ate_before": [code(r["ate_before"]) for r in recs],
                       "ate_after": [code(r["ate_after"]) for r in recs],
                       "strength": [code(r["strength"]) for r in recs]})
    df["km"] = [r.get("km_read") or 0.0 for r in recs]
    df["idx"] = np.arange(len(df))
    df["is_run"] = df["pain"].notna() | df["has_dist"]
    df["strength_yes"] = df["strength"] == 1
    runs = df[df["is_run"]].sort_values(["day", "idx"], kind="mergesort").reset_index(drop=True)

    # streak: consecutive calendar days with a run, ending on the run's day
    days = pd.Series(sorted(runs["day"].unique()))
    block = (days.diff() != 1).cumsum()
    streak_of = dict(zip(days, days.groupby(block).cumcount() + 1))
    runs["streak"] = runs["day"].map(streak_of)

    # meal_after: previous run's ate_after, in date order (file order in a day),
    # when that run was at most MEAL_AFTER_DAYS before; after a longer gap the
    # meal cannot matter and the run counts as after an eaten one (1)
    runs["meal_after"] = runs["ate_after"].shift(1, fill_value=-1).mask(
        runs["day"].diff() > MEAL_AFTER_DAYS, 1)
    runs["meal_before"] = runs["ate_before"]

    # strength: a strength = yes row (run or not) on the 7 days before
    if has_strength:
        sdays = set(df.loc[df["strength_yes"], "day"])
        runs["recent_strength"] = runs["day"].map(
            lambda d: any((d - k) in sdays for k in range(1, 8)))

    # load_spike: the 7 days ending on the run's day against a quarter of
    # the 28 (a run without a distance is 0 km); none in the first 27 days
    # or when the 28 days hold no distance. Every log here has distances.
    # Sums in whole metres and the test in exact integers (40 * s7 >= 13 *
    # s28), so a ratio of exactly 1.3 is not decided by rounding.
    rd = runs["day"].to_numpy()
    rk = np.round(runs["km"].fillna(0.0).to_numpy() * 1000).astype(np.int64)
    first = rd.min() if len(rd) else 0
    spike = []
    for d in rd:
        s7 = rk[(rd > d - 7) & (rd <= d)].sum()
        s28 = rk[(rd > d - 28) & (rd <= d)].sum()
        spike.append(-1 if (d - first < 27 or not s28 > 0) else int(40 * s7 >= 13 * s28))
    runs["load_spike"] = spike

    # long_run: more than 10% longer than the longest run with a distance
    # on the 30 days before the run's day (not that day); none in the first
    # 30 days, for a run without a distance, or when the 30 days hold none.
    # Whole metres, exact integers: 10 * m > 11 * longest.
    has_km = np.array([r.get("km_read") is not None for r in recs])[runs["idx"].to_numpy()]
    longest_run = []
    for d, m, known in zip(rd, rk, has_km):
        window = rk[(rd >= d - 30) & (rd < d) & has_km]
        top = window.max() if len(window) else 0
        longest_run.append(-1 if (d - first < 30 or not known or top <= 0) else int(10 * m > 11 * top))
    runs["long_run"] = longest_run

    # Days, not rows: a strength row's day with no run (one runner here).
    strength_only = len(set(df.loc[~df["is_run"] & df["strength_yes"], "day"])
                        - set(runs["day"]))
    sc = runs[runs["pain"].notna()]
    pain = sc["pain"].astype(float)
    ref = {}
    ref["input"] = dict(
        rows=len(df), runs=len(runs), scored_runs=len(sc), skipped_rows=0,
        strength_only_days=strength_only,
        first_date=(EPOCH + dt.timedelta(days=int(runs["day"].min()))).isoformat(),
        last_date=(EPOCH + dt.timedelta(days=int(runs["day"].max()))).isoformat(),
        mean_pain=float(pain.mean()) if len(sc) else NAN)

    st = sc["streak"].astype(float)
    weeks = monday(sc["day"].to_numpy())
    pr = corr(st, pain, weeks, "pearson")
    sr = corr(st, pain, weeks, "spearman")
    by_days = []
    for d in range(1, 8):
        sel = pain[sc["streak"] >= 7] if d == 7 else pain[sc["streak"] == d]
        s = summary(sel)
        e = {"days": d}
        if d == 7:
            e["or_more"] = True
        e.update(runs=s["n"], mean_pain=s["mean"], ci95=[s["lo"], s["hi"]])
        by_days.append(e)
    ref["streak"] = dict(pearson_r=pr[0], pearson_ci95=[pr[1], pr[2]], pearson_p=pr[3],
                         spearman_rho=sr[0], spearman_ci95=[sr[1], sr[2]], spearman_p=sr[3],
                         by_days=by_days)

    def grp(a, b):
        return plain_diff(pain.to_numpy(), weeks, np.asarray(a, dtype=bool),
                          np.asarray(b, dtype=bool))

    ws = {}
    ws["consecutive_days"] = grp(sc["streak"] >= 3, sc["streak"] == 1)
    ws["meal_before"] = grp(sc["meal_before"] == 0, sc["meal_before"] == 1)
    ws["meal_after"] = grp(sc["meal_after"] == 0, sc["meal_after"] == 1)
    if has_strength:
        ws["strength"] = grp(~sc["recent_strength"].astype(bool),
                             sc["recent_strength"].astype(bool))
    ws["load_spike"] = grp(sc["load_spike"] == 1, sc["load_spike"] == 0)
    ws["long_run"] = grp(sc["long_run"] == 1, sc["long_run"] == 0)
    keys = {
        "consecutive_days": ("streak_3_plus_runs", "streak_1_runs",
                             "mean_pain_streak_3_plus", "mean_pain_streak_1"),
        "meal_before": ("skipped_runs", "ate_runs", "mean_pain_skipped", "mean_pain_ate"),
        "meal_after": ("skipped_runs", "ate_runs", "mean_pain_skipped", "mean_pain_ate"),
        "strength": ("without_runs", "with_runs", "mean_pain_without", "mean_pain_with"),
        "load_spike": ("spike_runs", "steady_runs", "mean_pain_spike", "mean_pain_steady"),
        "long_run": ("long_runs", "usual_runs", "mean_pain_long", "mean_pain_usual"),
    }
    for f, (kna, knb, kma, kmb) in keys.items():
        if f not in ws:
            ref[f] = None
            continue
        w = ws[f]
        ref[f] = {kna: w["na"], knb: w["nb"], kma: w["ma"], kmb: w["mb"],
                  "difference": w["diff"], "ci95": [w["lo"], w["hi"]], "p_value": w["p"]}

    remedy = {"consecutive_days": "rest", "meal_before": "eat", "meal_after": "eat",
              "strength": "strengthen", "load_spike": "rest", "long_run": "rest"}
    ref["_findings"] = {f: dict(remedy=remedy[f], evidence=evidence(w, len(sc)),
                                effect=w["diff"], ci95=[w["lo"], w["hi"]], p_value=w["p"])
                        for f, w in ws.items()}
    painful = int((pain >= 4).sum())
    levels = [v["evidence"] for v in ref["_findings"].values()]
    if any(lv is None for lv in levels):
        ref["_unexplained"] = None  # undecidable, skip
    else:
        # explained: moderate or strong evidence of more pain (not opposite)
        ref["_unexplained"] = (len(sc) > 0 and 4 * painful >= len(sc)
                               and not any(v["evidence"] in ("moderate", "strong") and v["ci95"][0] > 0
                                           for v in ref["_findings"].values()))
    return ref


# ---------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------

def num_eq(want, got):
    if want is None or (isinstance(want, float) and math.isnan(want)):
        return got is None
    if got is None or isinstance(got, bool) or not isinstance(got, (int, float)):
        return False
    return abs(float(want) - float(got)) <= TOL * max(1.0, abs(float(want)))


def compare(want, got, path, errs):
    if isinstance(want, dict):
        if not isinstance(got, dict):
            errs.append("%s: expected an object, got %r" % (path, got))
            return
        for k, v in want.items():
            if k.startswith("_"):
                continue
            if k not in got:
                errs.append("%s.%s: missing" % (path, k))
                continue
            compare(v, got[k], "%s.%s" % (path, k), errs)
    elif isinstance(want, list):
        if not isinstance(got, list) or len(got) != len(want):
            errs.append("%s: expected %d items, got %r" % (path, len(want), got))
            return
        for i, (a, b) in enumerate(zip(want, got)):
            compare(a, b, "%s[%d]" % (path, i), errs)
    elif isinstance(want, (bool, str)):
        if want != got:
            errs.append("%s: expected %r, got %r" % (path, want, got))
    elif want is None:
        if got is not None:
            errs.append("%s: expected null, got %r" % (path, got))
    else:
        if not num_eq(want, got):
            w = "null" if isinstance(want, float) and math.isnan(want) else repr(want)
            errs.append("%s: expected %s, got %r" % (path, w, got))


EV_RANK = {"strong": 4, "moderate": 3, "weak": 2, "none": 1, "insufficient": 0}


def check_findings(ref, out, errs):
    fr = ref["_findings"]
    got = out.get("findings")
    if not isinstance(got, list):
        errs.append("findings: not a list")
        return
    names = [g.get("factor") for g in got]
    if sorted(names) != sorted(fr):
        errs.append("findings: factors %r, expected %r" % (names, sorted(fr)))
    for g in got:
        f = g.get("factor")
        if f not in fr:
            continue
        w = fr[f]
        p = "findings[%s]" % f
        if g.get("remedy") != w["remedy"]:
            errs.append("%s.remedy: expected %r, got %r" % (p, w["remedy"], g.get("remedy")))
        # The finding's effect, CI, p and evidence come from the adjusted
        # model (checked against statsmodels by model_check.py); the plain
        # difference stays beside them as marginal_*.
        compare(w["effect"], g.get("marginal_effect"), "%s.marginal_effect" % p, errs)
        compare(w["ci95"], g.get("marginal_ci95"), "%s.marginal_ci95" % p, errs)
    # order: strongest evidence first; within a level, findings of more
    # pain before those of less pain (opposite, the CI below 0), then the
    # larger effect in the finding's direction
    def less(g):
        return g.get("evidence") in ("weak", "moderate", "strong") and (g.get("ci95") or [0, 0])[1] < 0

    def toward(g):
        return -g["effect"] if less(g) else g["effect"]

    for a, b in zip(got, got[1:]):
        ra, rb = EV_RANK.get(a.get("evidence"), -1), EV_RANK.get(b.get("evidence"), -1)
        oa, ob = less(a), less(b)
        if ra < rb or (ra == rb and oa > ob) or (ra == rb and oa == ob and isinstance(a.get("effect"), (int, float))
                                                 and isinstance(b.get("effect"), (int, float))
                                                 and toward(a) < toward(b) - 1e-12):
            errs.append("findings: %s listed before %s" % (a.get("factor"), b.get("factor")))
    want_u = None  # decided on the adjusted evidence now: see model_check.py
    if want_u is not None:
        got_u = out.get("unexplained_pain")
        if want_u and not isinstance(got_u, str):
            errs.append("unexplained_pain: expected a message, got %r" % got_u)
        if not want_u and got_u is not None:
            errs.append("unexplained_pain: expected null, got %r" % got_u)


# ---------------------------------------------------------------------------
# The logs
# ---------------------------------------------------------------------------

def tiny_group_log():
    """Hand-built (pains from seed 7): 1 skipped meal before, no skipped
    meal after, one run with streak >= 3, empty streak bins, and a bin of
    equal pains (CI of zero width)."""
    recs = []
    day = (dt.date(2024, 5, 1) - EPOCH).days
    rng = random.Random(7)
    for i in range(30):
        recs.append(dict(day=day, pain=float(rng.choice([1, 1.5, 2, 3, 4.5])),
                         has_dist=True, ate_before=True,
                         ate_after=(None if i % 5 == 0 else True),
                         strength=(True if i % 4 == 0 else False), km=5.0))
        day += 2
    recs[10]["ate_before"] = False
    # a two-day pair with equal pains, then a three-day streak
    recs.append(dict(day=day, pain=2.0, has_dist=True, ate_before=True, ate_after=True,
                     strength=False, km=6.0))
    recs.append(dict(day=day + 1, pain=2.0, has_dist=True, ate_before=None, ate_after=True,
                     strength=False, km=6.0))
    recs.append(dict(day=day + 3, pain=3.0, has_dist=True, ate_before=True, ate_after=True,
                     strength=None, km=6.0))
    recs.append(dict(day=day + 4, pain=4.0, has_dist=True, ate_before=True, ate_after=True,
                     strength=None, km=6.0))
    recs.append(dict(day=day + 5, pain=6.0, has_dist=True, ate_before=True, ate_after=True,
                     strength=None, km=6.0))
    rng.shuffle(recs)
    return recs


def write_recs(recs, has_strength=True):
    lines = ["date,pain,distance_km,ate_before,ate_after" + (",strength" if has_strength else "")]
    for r in recs:
        cells = [(EPOCH + dt.timedelta(days=r["day"])).isoformat(),
                 "" if r["pain"] is None else "%g" % r["pain"],
                 "%.1f" % r["km"] if r["has_dist"] else ""]
        r["km_read"] = float(cells[2]) if cells[2] else None  # what runlog reads
        keys = ["ate_before", "ate_after"] + (["strength"] if has_strength else [])
        cells += ["" if r[k] is None else ("yes" if r[k] else "no") for k in keys]
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def build_logs():
    logs = []

    def add(name, seed, n, start, **kw):
        text, recs, hs = gen_log(seed, n, start, **kw)
        logs.append((name, text, recs, hs))

    add("plain_200", 101, 200, dt.date(2024, 1, 8))
    add("fancy_headers_miles_500", 202, 500, dt.date(2023, 3, 1), header="fancy",
        yesno="Caps", time_style=3, pain_mode="tenth", p_multi=0.15, col_shuffle=True)
    add("no_strength_col_120", 303, 120, dt.date(2025, 2, 1), header="km_nostrength",
        yesno="yn", pain_mode="int", p_empty_pain=0.15, blank_lines=True)
    add("long_streaks_3000", 404, 3000, dt.date(2012, 1, 2), header="plain",
        p_cont=0.88, p_start=0.7, p_multi=0.1, yesno="truefalse", pain_mode="quarter",
        p_empty_meal=0.1, p_empty_strength=0.1)
    add("gappy_crlf_80", 505, 80, dt.date(2022, 6, 15), header="miles", yesno="10",
        p_cont=0.3, p_start=0.25, crlf=True, p_strength_only=0.3, p_other=0.1,
        time_style=2)
    add("multi_day_runs_1000", 606, 1000, dt.date(2019, 9, 9), header="distance",
        yesno="UPPER", p_multi=0.35, p_empty_pain=0.1, p_empty_meal=0.15,
        p_empty_strength=0.2, time_style=1, p_no_dist=0.3)
    add("in_order_25", 707, 25, dt.date(2025, 8, 1), header="plain", shuffle=False,
        yesno="TF", p_multi=0.2)
    add("distmi_nostrength_1500", 808, 1500, dt.date(2018, 1, 1), header="distmi",
        yesno="Yn", pain_mode="tenth", p_cont=0.75, p_skip_before=0.1, p_skip_after=0.35,
        col_shuffle=True)
    add("few_scored_30", 909, 30, dt.date(2025, 1, 1), header="plain", keep_scored=3,
        p_empty_pain=0.0)
    add("constant_pain_40", 1010, 40, dt.date(2024, 9, 1), header="plain", pain_const=3,
        p_multi=0.15)
    recs = tiny_group_log()
    logs.append(("tiny_groups_35", write_recs(recs), recs, True))
    return logs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(".", "runlog")
    if not os.path.isabs(binary) and not os.path.exists(binary):
        binary = os.path.join(root, "runlog")
    binary = os.path.abspath(binary)
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="runlog-ref-") as tmp:
        for name, text, recs, has_strength in build_logs():
            path = os.path.join(tmp, name + ".csv")
            with open(path, "w", newline="") as fh:
                fh.write(text)
            errs = []
            env = dict(os.environ, LC_ALL="C")
            try:
                pr = subprocess.run([binary, "analyze", path, "--format", "json",
                                     "--no-charts"], capture_output=True, env=env,
                                    timeout=60)
            except (OSError, subprocess.TimeoutExpired) as e:
                errs.append("could not run %s: %s" % (binary, e))
                pr = None
            if pr is not None:
                if pr.returncode != 0:
                    errs.append("exit %d: %s" % (pr.returncode,
                                                 pr.stderr.decode(errors="replace").strip()))
                elif pr.stderr:
                    errs.append("unexpected stderr: %s" % pr.stderr.decode(errors="replace").strip())
                if pr.returncode == 0:
                    try:
                        out = json.loads(pr.stdout)
                    except ValueError as e:
                        errs.append("bad JSON: %s" % e)
                        out = None
                    if out is not None:
                        ref = reference(recs, has_strength)
                        if out.get("input", {}).get("file") != path:
                            errs.append("input.file: expected %r, got %r"
                                        % (path, out.get("input", {}).get("file")))
                        for sec in ("input", "streak", "consecutive_days", "meal_before",
                                    "meal_after", "strength", "load_spike", "long_run"):
                            if sec not in out:
                                errs.append("%s: missing" % sec)
                                continue
                            compare(ref[sec], out[sec], sec, errs)
                        check_findings(ref, out, errs)
            nruns = sum(1 for r in recs if r["pain"] is not None or r["has_dist"])
            if errs:
                failed += 1
                print("FAIL %-28s %4d runs, %d mismatches" % (name, nruns, len(errs)))
                for e in errs[:25]:
                    print("     " + e)
                if len(errs) > 25:
                    print("     ... and %d more" % (len(errs) - 25))
            else:
                passed += 1
                print("ok   %-28s %4d runs" % (name, nruns))
    print("reference: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
