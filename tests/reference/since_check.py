"""runlog analyze --since DATE against statsmodels (issue 21's interrupted time series).

The check writes its own logs, from seeds, with a planted change of level
and of trend at a random date: a single runner with gaps of weeks off, runs
whose meals are not logged, strength sessions and distances; a runner's
log without meal columns; and a cohort of three runners read with
--athlete. For each log and date, runlog's factors are rebuilt with pandas
(model_check.factors, independently of runlog) and the model is fitted
again:

  pain ~ const + post + days + post x days + the adjusted model's factor
         terms (streak indicators 2..6 and 7+, the skipped meals, no
         strength session, the load spike, as the log has them)

post = 1 on and after the date, days = day - date; the runs with a pain
score and every term the log has known; by OLS with cov_type="cluster" over
ISO weeks and use_t=True (CR1, t with G-1 df). A factor term that is all
zero stays out. Every coefficient, the CIs of the four time terms and their
p-values are compared with runlog's JSON (change.*) to 1e-6; the runs and
weeks on each side and the clusters exactly; the terms kept exactly. A date
with fewer than 10 runs or 4 ISO weeks on a side must give no estimate.

usage: since_check.py RUNLOG     (Debian's /usr/bin/python3)
"""
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile

import numpy as np
import statsmodels.api as sm

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model_check import NAMES, eligible, factors  # noqa: E402

MIN_RUNS, MIN_WEEKS = 10, 4  # STATS_SINCE_MIN_RUNS, STATS_SINCE_MIN_WEEKS
TIME = {"const": "intercept", "post": "level", "days": "slope_before", "post_days": "slope"}


def runner(rng, start, weeks, change, meals=True):
    """One runner's rows: (date, km, pain, ate_before, ate_after, strength)."""
    rows, day, streak, level = [], start, 0, rng.uniform(1, 4)
    end = start + dt.timedelta(weeks=weeks)
    drop, tilt = rng.uniform(-2, 0.5), rng.uniform(-0.02, 0.02)
    while day < end:
        if rng.random() < 0.02:  # weeks off
            day += dt.timedelta(days=rng.randint(8, 25))
            streak = 0
            continue
        run = rng.random() < 0.6
        streak = streak + 1 if run else 0
        after = (day - change).days
        if run:
            skip_b = rng.random() < 0.2
            skip_a = rng.random() < 0.2
            pain = level + 0.4 * min(streak, 5) + 1.1 * skip_b + 0.8 * skip_a + 0.003 * (day - start).days
            pain += (drop + tilt * after if after >= 0 else 0) + rng.gauss(0, 1)
            pain = min(10, max(0, round(pain * 2) / 2))
            miss = not meals or rng.random() < 0.07  # a meal not logged
            rows.append((day, round(rng.uniform(4, 14), 1), pain if rng.random() > 0.05 else "",
                         "" if miss else ("no" if skip_b else "yes"),
                         "" if miss else ("no" if skip_a else "yes"), "no"))
        elif rng.random() < 0.25:
            rows.append((day, "", "", "", "", "yes"))  # a strength session
        day += dt.timedelta(days=1)
    return rows


def write(path, athletes, meals=True):
    with open(path, "w") as f:
        head = "date,distance_km,pain" + (",ate_before,ate_after" if meals else "") + ",strength"
        f.write(("athlete," if len(athletes) > 1 else "") + head + "\n")
        for name, rows in athletes:
            for r in rows:
                cells = [r[0].isoformat(), str(r[1]), str(r[2])] + (list(r[3:5]) if meals else []) + [r[5]]
                f.write((name + "," if len(athletes) > 1 else "") + ",".join(cells) + "\n")


def reference(path, athlete, date):
    """statsmodels' fit, or the counts of a date too close to an end."""
    r, has_strength, has_distance = factors(path)
    e, terms = eligible(r[r["athlete"] == athlete] if athlete else r, has_strength, has_distance)
    day0 = date.toordinal()
    e["const"] = 1.0
    e["post"] = (e["day"] >= day0).astype(float)
    e["days"] = (e["day"] - day0).astype(float)
    e["post_days"] = e["post"] * e["days"]
    e["monday"] = e["day"] - e["day"].map(lambda x: dt.date.fromordinal(x).weekday())
    counts = {"runs_before": int((e["post"] == 0).sum()), "runs_after": int((e["post"] == 1).sum()),
              "weeks_before": int(e.loc[e["post"] == 0, "monday"].nunique()),
              "weeks_after": int(e.loc[e["post"] == 1, "monday"].nunique())}
    if min(counts["runs_before"], counts["runs_after"]) < MIN_RUNS or \
            min(counts["weeks_before"], counts["weeks_after"]) < MIN_WEEKS:
        return counts, None
    terms = [t for t in terms if e[t].abs().sum() > 0]
    cols = list(TIME) + terms
    x = e[cols].to_numpy(float)
    assert np.linalg.matrix_rank(x) == len(cols), "a generated log with aliased terms: %s" % path
    fit = sm.OLS(e["pain"].to_numpy(float), x).fit(cov_type="cluster", use_t=True,
                                                   cov_kwds={"groups": e["monday"].to_numpy()})
    ci = fit.conf_int(0.05)
    out = {c: (fit.params[i], ci[i][0], ci[i][1], fit.pvalues[i]) for i, c in enumerate(cols)}
    return counts, (out, terms, len(e), int(e["monday"].nunique()))


def run(runlog, path, athlete, date):
    cmd = [runlog, "analyze", path, "--no-charts", "-f", "json", "--since", date.isoformat()]
    cmd += ["--athlete", athlete] if athlete else []
    return json.loads(subprocess.run(cmd, capture_output=True, check=True, text=True).stdout)["change"]


def close(want, have):
    return have is not None and abs(want - have) <= 1e-6 * max(1, abs(want))


def check(runlog, path, athlete, date):
    """The disagreements of one log and date, as lines."""
    counts, ref = reference(path, athlete, date)
    got, errs = run(runlog, path, athlete, date), []
    errs += ["%s: %r, runlog %r" % (k, v, got[k]) for k, v in counts.items() if got[k] != v]
    if ref is None:
        return errs + ([] if got["status"] == "too_few_runs" else ["status %r, want too_few_runs" % got["status"]])
    fit, terms, n, g = ref
    if got["status"] != "estimated":
        return errs + ["status %r, want estimated" % got["status"]]
    errs += ["runs %d, runlog %d" % (n, got["model_runs"])] if n != got["model_runs"] else []
    errs += ["clusters %d, runlog %d" % (g, got["clusters"])] if g != got["clusters"] else []
    if sorted(NAMES[t] for t in terms) != sorted(got["terms"]):
        errs.append("terms %s, runlog %s" % (sorted(NAMES[t] for t in terms), sorted(got["terms"])))
    for c, key in TIME.items():
        est, lo, hi, p = fit[c]
        have = got[key]
        for what, want, h in (("effect", est, have["effect"]), ("ci95 low", lo, have["ci95"][0]),
                              ("ci95 high", hi, have["ci95"][1]), ("p_value", p, have["p_value"])):
            if not close(want, h):
                errs.append("%s %s: statsmodels %r, runlog %r" % (key, what, want, h))
    for t in terms:
        if not close(fit[t][0], got["terms"].get(NAMES[t])):
            errs.append("terms.%s: statsmodels %r, runlog %r" % (NAMES[t], fit[t][0], got["terms"].get(NAMES[t])))
    return errs


def cases(tmp):
    """(path, athlete, date) of every generated log and date."""
    out = []
    for seed in range(6):
        rng = random.Random(seed)
        start = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
        weeks = rng.randint(16, 60)
        change = start + dt.timedelta(days=rng.randint(40, 7 * weeks - 40))
        path = os.path.join(tmp, "runner%d.csv" % seed)
        rows = runner(rng, start, weeks, change, meals=seed != 3)
        write(path, [("-", rows)], meals=seed != 3)
        out += [(path, None, change), (path, None, rows[0][0] + dt.timedelta(days=9))]  # the second too early
    rng = random.Random(99)
    start, change = dt.date(2025, 1, 6), dt.date(2025, 5, 14)
    names = ["ann", "bo", "cy"]
    path = os.path.join(tmp, "cohort.csv")
    write(path, [(n, runner(rng, start, 40, change)) for n in names])
    return out + [(path, n, change) for n in names]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path, athlete, date in cases(tmp):
            errs = check(sys.argv[1], path, athlete, date)
            name = "%s%s --since %s" % (os.path.basename(path), " --athlete " + athlete if athlete else "", date)
            print("%s %s%s" % ("FAIL" if errs else "ok  ", name, "".join("\n     " + e for e in errs[:12])))
            failed += bool(errs)
    print("since_check: %d failed" % failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
