#!/usr/bin/python3
"""How often does runlog recommend a remedy for a factor that does nothing?

Simulates one-year logs of one runner (or, with --athletes K, a small cohort
in one log) under the scenarios of issue 16, where the truth is known, runs
`runlog analyze LOG --format json --no-charts` on each log and counts:

- null scenarios (no factor has any effect on pain): the share of logs in
  which ANY remedy is recommended, and the share per factor;
- power scenarios (a true +1.0-point effect of the third and later
  consecutive running day): the share of logs in which the streak finding
  (consecutive_days) is recommended.

A remedy is recommended when its finding says so: findings[].recommended in
the JSON, true when the evidence is weak, moderate or strong of more pain
with the factor (the finding's message then names the remedy to try); a
factor graded in the other direction (less pain with it, "direction": "less
pain") recommends nothing.  The "unexplained pain" advice (strengthen, as general advice when
no factor explains frequent pain) is not a finding and is not counted.

With --weekly, each null log instead gets one `runlog weekly` report, for a
week drawn at random among those with 12 weeks of log before them (its own
stream, default_rng([seed, s, i, 1]), so the logs are the same as without
--weekly), and the count is of the reports whose "what happened" names a
remedy: any events[].remedy in report.json that is not null.  The week's
top remedy taken from the whole log (top_remedy.from_whole_log) is not an
event and is counted apart.  --max-share P exits 1 when a scenario's share
is above P (issue 19: at most 5% of weeks).  By default --weekly runs the
null scenarios; a power scenario named with --scenarios gives how often a
week names a real +1.0-point streak effect.

Each share comes with a Wilson 95% interval.  Deterministic given --seed:
log i of scenario s draws from numpy's default_rng([seed, s, i]), whatever
the number of processes.  Each log is written to a temporary directory
(--keep DIR keeps them).

The scenario parameters are the named constants below, each with a comment;
`--set NAME=VALUE` overrides a numeric one for exploring.  Runs fall on
independent random days (about 4 a week), strength sessions on rest days
(strength-only rows), every run has a distance (so load_spike and long_run
are graded; the first four weeks, 30 days for long_run, then have no value
and stay out of runlog's model; Sunday runs are longer, so some are long runs),
and pain is a latent daily process (iid, or AR(1) "sticky", plus a linear
drift in drift_gym) read on run days, plus any true effect, rounded to whole
or half points and clipped to 0-10.  The pain-level parameters (PAIN_SD,
STEER_*, RARE_GYM_PER_WEEK, REST_PAIN) were chosen so the runlog before
issue 16 roughly reproduces the issue's table (about 1%, 32%, 26%, 13%;
power 88% and 23%).

Usage:
  /usr/bin/python3 tests/reference/simulate.py ./runlog [--n 200] [--seed 16]
      [--jobs 2] [--athletes 1] [--scenarios a,b] [--json out.json]
      [--keep DIR] [--set NAME=VALUE] [--weekly [--max-share P]]

Needs only numpy.  200 logs per scenario take about 20 s on 2 cores
(--weekly: about 2 minutes, since each report draws its charts).  `make
test` runs only a small --weekly check (tests/reference/run.sh).
"""

import argparse
import datetime as dt
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np

# ---------------------------------------------------------------------------
# Scenario parameters (pain on the 0-10 scale; a "day" is a calendar day)
# ---------------------------------------------------------------------------

DAYS = 365                      # one year of log
START = dt.date(2025, 1, 6)     # a Monday, so weeks are whole ISO weeks
RUN_P = 4 / 7                   # chance of a run on any day: ~4 runs a week
PAIN_MEAN = 3.0                 # the runner's mean pain
PAIN_SD = 1.3                   # sd of the runner's day-to-day pain (stationary)
STICKY_PHI = 0.7                # AR(1) coefficient of sticky pain, day to day
ROUND_HALF_P = 0.5              # share of runners who score in half points (others whole points)
SKIP_BEFORE_P = 0.15            # chance of skipping the pre-run meal
SKIP_AFTER_P = 0.15             # chance of skipping the post-run meal
GYM_P = 0.25                    # chance of a strength session on a rest day
WITH_DISTANCE = 1               # 1: the log has a distance column (so load_spike is graded too)
KM_WEEKDAY = (5.0, 10.0)        # distance of a weekday run, uniform, km
KM_SUNDAY = (12.0, 20.0)        # distance of a Sunday long run, uniform, km

# 2. drift + gym start
DRIFT_POINTS = 3.0              # pain falls this much, linearly, over the year (for other reasons)
GYM_START_DAY = 90              # strength sessions start in month 4 (day 90 of the log, early April)

# 3. pain steers behaviour ("in pain" = latent pain above the runner's median)
STEER_GYM_P = 0.05              # chance of a session on a rest day when in pain (else GYM_P)
STEER_SKIP_AFTER_P = 0.4        # chance of skipping the post-run meal when in pain (else SKIP_AFTER_P)

# 4. rare gym weeks
RARE_GYM_WEEKS = 3              # strength sessions fall in only this many weeks of the year
RARE_GYM_PER_WEEK = 1           # sessions in each of those weeks

# 5. sticky pain with busy blocks
BUSY_BLOCKS = 5                 # busy blocks in the year
BUSY_WEEKS = (2, 4)             # length of a block in weeks, uniform on this range
BUSY_RUN_P = 0.85               # chance of a run the day after a run, in a block
BUSY_SKIP_P = 0.4               # chance of skipping each meal, in a block

# 8. long runs that build up and drop back (null; last, so the other
# scenarios keep their streams): the Sunday run grows by LONG_STEP a week for
# LONG_BUILD_WEEKS weeks from LONG_START_KM, then LONG_EASY_KM for the rest of
# a LONG_CYCLE_WEEKS-week cycle, so each build-up Sunday is a long run (more
# than 10% over the month's longest): about 15 in a year
LONG_CYCLE_WEEKS = 8
LONG_BUILD_WEEKS = 4
LONG_START_KM = 12.0
LONG_STEP = 1.15
LONG_EASY_KM = 10.0

# 6./7. power
STREAK_EFFECT = 1.0             # true extra pain on the 3rd and later consecutive running day
REST_PAIN = 4.5                 # 7: a run scored at least this ...
REST_P = 0.9                    # ... is followed by a rest day with this chance

FACTORS = ("consecutive_days", "meal_before", "meal_after", "strength", "load_spike", "long_run")


def make_scenarios():
    """name: (description, kind, settings), from the parameters above."""
    return {
        "independent": ("runs on random days, iid pain, no effect", "null", {}),
        "drift_gym": (f"pain drifts down {DRIFT_POINTS:g} points; gym from day {GYM_START_DAY}; "
                      "iid pain; no effect", "null", {"drift": True, "gym_start": True}),
        "pain_steers": ("sticky pain; in pain -> skip gym and post-run meal; no effect", "null",
                        {"phi": STICKY_PHI, "steer": True}),
        "rare_gym": (f"gym in only {RARE_GYM_WEEKS} weeks; sticky pain; no effect", "null",
                     {"phi": STICKY_PHI, "rare_gym": True}),
        "busy_blocks": ("busy blocks: more days in a row, skipped meals; sticky pain; no effect", "null",
                        {"phi": STICKY_PHI, "busy": True}),
        "power_a": (f"{STREAK_EFFECT:+g} on 3rd+ consecutive day; sticky pain", "power",
                    {"phi": STICKY_PHI, "effect": STREAK_EFFECT}),
        "power_b": (f"as power_a, and pain >= {REST_PAIN:g} -> rest tomorrow (p {REST_P:g})", "power",
                    {"phi": STICKY_PHI, "effect": STREAK_EFFECT, "pain_rest": True}),
        "long_cycles": (f"Sunday runs build up {LONG_BUILD_WEEKS} weeks in {LONG_CYCLE_WEEKS} (long runs); "
                        "sticky pain; no effect", "null", {"phi": STICKY_PHI, "long_cycles": True}),
    }


SCENARIOS = make_scenarios()

# ---------------------------------------------------------------------------
# Simulation of one runner's year
# ---------------------------------------------------------------------------


def latent_pain(rng, s):
    """Daily latent pain: mean (drifting or not) plus a stationary AR(1)."""
    phi = s.get("phi", 0.0)
    e = rng.normal(0.0, PAIN_SD * math.sqrt(1 - phi * phi), DAYS)
    u = np.empty(DAYS)
    u[0] = rng.normal(0.0, PAIN_SD)
    for t in range(1, DAYS):
        u[t] = phi * u[t - 1] + e[t]
    mean = np.full(DAYS, PAIN_MEAN)
    if s.get("drift"):
        mean = PAIN_MEAN + DRIFT_POINTS / 2 - DRIFT_POINTS * np.arange(DAYS) / (DAYS - 1)
    return mean + u


def busy_days(rng):
    """A boolean per day: inside one of the busy blocks."""
    busy = np.zeros(DAYS, bool)
    weeks = DAYS // 7
    for _ in range(BUSY_BLOCKS):
        length = int(rng.integers(BUSY_WEEKS[0], BUSY_WEEKS[1] + 1))
        w0 = int(rng.integers(0, weeks - length + 1))
        busy[w0 * 7:(w0 + length) * 7] = True
    return busy


def rare_gym_days(rng):
    """The days of the sessions in RARE_GYM_WEEKS distinct weeks."""
    weeks = rng.choice(DAYS // 7, RARE_GYM_WEEKS, replace=False)
    days = set()
    for w in weeks:
        for d in rng.choice(7, RARE_GYM_PER_WEEK, replace=False):
            days.add(int(w) * 7 + int(d))
    return days


def simulate_runner(rng, s):
    """One runner's year as a list of CSV rows (without the athlete)."""
    x = latent_pain(rng, s)
    median = float(np.median(x))
    busy = busy_days(rng) if s.get("busy") else np.zeros(DAYS, bool)
    rare = rare_gym_days(rng) if s.get("rare_gym") else None
    step = 0.5 if rng.random() < ROUND_HALF_P else 1.0
    rows = []
    streak = 0
    last_pain = None  # yesterday's run's score, None after a rest day
    for t in range(DAYS):
        day = START + dt.timedelta(days=t)
        in_pain = x[t] > median
        p_run = BUSY_RUN_P if busy[t] and streak else RUN_P
        if s.get("pain_rest") and last_pain is not None and last_pain >= REST_PAIN:
            p_run *= 1 - REST_P
        gym = False
        if rare is not None:
            gym = t in rare
        if rng.random() < p_run:
            streak += 1
            pain = x[t] + (s.get("effect", 0.0) if streak >= 3 else 0.0)
            pain = min(10.0, max(0.0, round(pain / step) * step))
            p_before = BUSY_SKIP_P if busy[t] else SKIP_BEFORE_P
            p_after = BUSY_SKIP_P if busy[t] else SKIP_AFTER_P
            if s.get("steer") and in_pain:
                p_after = STEER_SKIP_AFTER_P
            before = rng.random() >= p_before
            after = rng.random() >= p_after
            lo, hi = KM_SUNDAY if day.weekday() == 6 else KM_WEEKDAY
            km = round(float(rng.uniform(lo, hi)), 1)
            if s.get("long_cycles") and day.weekday() == 6:
                pos = t // 7 % LONG_CYCLE_WEEKS
                km = round(LONG_START_KM * LONG_STEP ** pos if pos < LONG_BUILD_WEEKS else LONG_EASY_KM, 1)
            rows.append((day.isoformat(), f"{km:g}", f"{pain:g}", yn(before), yn(after), yn(gym)))
            last_pain = pain
        else:
            streak = 0
            last_pain = None
            if rare is None:
                p_gym = GYM_P
                if s.get("gym_start") and t < GYM_START_DAY:
                    p_gym = 0.0
                if s.get("steer") and in_pain:
                    p_gym = STEER_GYM_P
                gym = rng.random() < p_gym
            if gym:
                rows.append((day.isoformat(), "", "", "", "", "yes"))
    return rows


def yn(b):
    return "yes" if b else "no"


def write_log(path, rng, s, athletes):
    cols = ["date", "distance_km", "pain", "ate_before", "ate_after", "strength"]
    keep = [i for i, c in enumerate(cols) if WITH_DISTANCE or c != "distance_km"]
    with open(path, "w") as f:
        f.write(("athlete," if athletes > 1 else "") + ",".join(cols[i] for i in keep) + "\n")
        for a in range(athletes):
            who = f"runner{a + 1}," if athletes > 1 else ""
            for r in simulate_runner(rng, s):
                f.write(who + ",".join(r[i] for i in keep) + "\n")


# ---------------------------------------------------------------------------
# Running runlog and counting
# ---------------------------------------------------------------------------


def grade_one(runlog, tmp, seed, si, name, i, athletes, keep):
    rng = np.random.default_rng([seed, si, i])
    path = os.path.join(keep or tmp, f"{name}_{i:04d}.csv")
    write_log(path, rng, SCENARIOS[name][2], athletes)
    out = subprocess.run([runlog, "analyze", path, "--format", "json", "--no-charts"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"simulate: runlog exited {out.returncode} on {path}: {out.stderr.strip()}")
    doc = json.loads(out.stdout)
    recommended = {f["factor"]: f["recommended"] for f in doc["findings"]}
    return {k: recommended.get(k, False) for k in FACTORS}


def weekly_one(runlog, tmp, seed, si, name, i, athletes, keep):
    """One null log's report of one week: does "what happened" name a remedy?"""
    rng = np.random.default_rng([seed, si, i])
    path = os.path.join(keep or tmp, f"{name}_{i:04d}.csv")
    write_log(path, rng, SCENARIOS[name][2], athletes)
    # A week with 12 weeks of log before it: the log's weeks 13 to the last
    # whole one (START is a Monday).
    w = int(np.random.default_rng([seed, si, i, 1]).integers(12, DAYS // 7))
    monday = START + dt.timedelta(days=7 * w)
    year, week, _ = monday.isocalendar()
    out_dir = os.path.join(tmp, f"{name}_{i:04d}_reports")
    cmd = [runlog, "weekly", path, "--week", f"{year}-W{week:02d}", "--out", out_dir, "--quiet",
           "--today", (START + dt.timedelta(days=DAYS + 7)).isoformat()]
    if athletes > 1:
        cmd += ["--athlete", "runner1"]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"simulate: runlog exited {out.returncode} on {path}: {out.stderr.strip()}")
    who = "runner1" if athletes > 1 else ""
    with open(os.path.join(out_dir, who, f"{year}-W{week:02d}", "report.json")) as f:
        doc = json.load(f)
    named = {e.get("factor") or e["remedy"] for e in doc["events"] if e["remedy"]}
    top = doc["top_remedy"]
    return {"named": bool(named), "factors": named,
            "top_from_log": bool(top and top["from_whole_log"])}


def summarise_weekly(name, hits):
    n = len(hits)
    k = sum(h["named"] for h in hits)
    per = {f: sum(f in h["factors"] for h in hits) for f in FACTORS}
    t = sum(h["top_from_log"] for h in hits)
    return {"scenario": name, "description": SCENARIOS[name][0], "kind": "weekly",
            "measures": "a remedy named in what happened", "n": n, "count": k, "share": k / n,
            "ci95": wilson(k, n), "per_factor": {f: {"count": c, "share": c / n, "ci95": wilson(c, n)}
                                                 for f, c in per.items()},
            "top_from_whole_log": t}


def wilson(k, n, z=1.959963984540054):
    if n == 0:
        return [float("nan"), float("nan")]
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return [max(0.0, c - h), min(1.0, c + h)]


def summarise(name, hits):
    desc, kind, _ = SCENARIOS[name]
    n = len(hits)
    k = sum(any(h.values()) for h in hits) if kind == "null" else \
        sum(h["consecutive_days"] for h in hits)
    per = {}
    for f in FACTORS:
        kf = sum(h[f] for h in hits)
        per[f] = {"count": kf, "share": kf / n, "ci95": wilson(kf, n)}
    return {"scenario": name, "description": desc, "kind": kind,
            "measures": "any remedy" if kind == "null" else "streak found",
            "n": n, "count": k, "share": k / n, "ci95": wilson(k, n), "per_factor": per}


def pct(x):
    return f"{100 * x:.1f}"


def print_table(rows):
    short = {"consecutive_days": "rest", "meal_before": "eat<", "meal_after": "eat>",
             "strength": "strengthen", "load_spike": "load", "long_run": "long"}
    head = f"{'scenario':<12} {'kind':<5} {'N':>4}  {'share % (95% CI)':<20}"
    head += "".join(f" {short[f]:>11}" for f in FACTORS)
    print(head)
    for r in rows:
        lo, hi = r["ci95"]
        line = f"{r['scenario']:<12} {r['kind']:<5} {r['n']:>4}  "
        line += f"{pct(r['share']):>5} ({pct(lo)}-{pct(hi)})".ljust(20)
        line += "".join(f" {pct(r['per_factor'][f]['share']):>11}" for f in FACTORS)
        print(line)
    if rows and rows[0]["kind"] == "weekly":
        print("weekly: share of weekly reports whose \"what happened\" names a remedy (events[].remedy);\n"
              "per-factor columns: share naming that factor's remedy. Top remedies taken from the\n"
              "whole log (not an event): " + ", ".join(f"{r['scenario']} {r['top_from_whole_log']}"
                                                       for r in rows))
        return
    print("null: share of logs with ANY remedy recommended; power: share with the streak "
          "finding (rest) recommended.\nPer-factor columns: share of logs in which that "
          "factor's remedy is recommended (findings[].recommended).")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("runlog", help="path to the runlog binary")
    ap.add_argument("--n", type=int, default=200, help="logs per scenario (default 200)")
    ap.add_argument("--seed", type=int, default=16, help="seed (default 16)")
    ap.add_argument("--jobs", type=int, default=2, help="runlog processes at once (default 2)")
    ap.add_argument("--athletes", type=int, default=1, help="runners per log (default 1)")
    ap.add_argument("--scenarios", default=None,
                    help="comma-separated subset of: " + ", ".join(SCENARIOS))
    ap.add_argument("--json", metavar="FILE", help="also write the table as JSON")
    ap.add_argument("--keep", metavar="DIR", help="write the logs here and keep them")
    ap.add_argument("--weekly", action="store_true",
                    help="one weekly report per null log; count those naming a remedy")
    ap.add_argument("--max-share", type=float, metavar="P",
                    help="with --weekly: exit 1 when a scenario's share is above P")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override a numeric parameter above (for exploring; repeatable)")
    a = ap.parse_args()
    for kv in a.set:
        k, _, v = kv.partition("=")
        if not k.isupper() or not isinstance(globals().get(k), (int, float)):
            ap.error(f"--set: no numeric parameter {k}")
        globals()[k] = float(v) if isinstance(globals()[k], float) else int(v)
    SCENARIOS.update(make_scenarios())
    if a.scenarios is None:  # every scenario; with --weekly, the null ones (a power
        # scenario may be named: its share is then how often a real effect is named)
        a.scenarios = ",".join(x for x in SCENARIOS if not a.weekly or SCENARIOS[x][1] == "null")
    names = [x for x in a.scenarios.split(",") if x]
    for x in names:
        if x not in SCENARIOS:
            ap.error(f"unknown scenario {x}")
    runlog = os.path.abspath(a.runlog)
    if a.keep:
        os.makedirs(a.keep, exist_ok=True)
    t0 = time.monotonic()
    rows = []
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(max(1, a.jobs)) as pool:
        for name in names:
            si = list(SCENARIOS).index(name)
            one, summary = (weekly_one, summarise_weekly) if a.weekly else (grade_one, summarise)
            hits = list(pool.map(lambda i: one(runlog, tmp, a.seed, si, name, i,
                                               a.athletes, a.keep), range(a.n)))
            rows.append(summary(name, hits))
    print_table(rows)
    secs = time.monotonic() - t0
    print(f"seed {a.seed}, {a.athletes} runner(s) per log, {secs:.0f} s")
    over = [r["scenario"] for r in rows if a.max_share is not None and r["share"] > a.max_share]
    if over:
        print(f"simulate: above {a.max_share:g}: {', '.join(over)}", file=sys.stderr)
    if a.json:
        params = {k: v for k, v in globals().items()
                  if k.isupper() and isinstance(v, (int, float, tuple))
                  and all(isinstance(y, (int, float)) for y in (v if isinstance(v, tuple) else [v]))}
        with open(a.json, "w") as f:
            json.dump({"runlog": a.runlog, "seed": a.seed, "n": a.n, "athletes": a.athletes,
                       "parameters": params, "scenarios": rows}, f, indent=1)
            f.write("\n")
    if over:
        sys.exit(1)


if __name__ == "__main__":
    main()
