#!/usr/bin/python3
"""Small logs on which the adjusted model cannot judge every factor (issue 16).

Each log is one runner's 40 weeks: a run on about 60% of days (so streaks of
1 to 7+ days), meals and strength sessions drawn at random, pain rounded to
half points. Deterministic (seed 16). Writes, next to this file:

  collinear.csv    every run on the third day in a row, and only those, has
                   no meal before it: streak_3 and meal_before are the same runs
  no_baseline.csv  every run after a rest day has an empty ate_before, so no
                   run after a rest day has every factor known
  no_ate.csv       every run with a known meal before it skipped that meal
  pain_free.csv    pain is 0 on every run
  equal_pain.csv   pain is 3 on every run
  perfect.csv      pain is exactly 2 + 3 (meal before skipped) on every run
  collinear_cohort.csv  two runners, each as collinear.csv (their own days)
  rare_gym.csv     strength sessions on the run days of only 3 weeks, and
                   2 points more pain on a run with no session in the 7
                   days before: graded on its effect alone, but the runs
                   after a session span only a few weeks, too few to tell
                   the gym from a change over the months

usage: /usr/bin/python3 tests/data/degenerate/make.py
"""
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2025, 1, 6)
DAYS = 280


def runs(seed):
    """(date, streak, strength day) for each run day."""
    rnd = random.Random(seed)
    out, streak = [], 0
    for i in range(DAYS):
        if rnd.random() < 0.6:
            streak += 1
            out.append((START + dt.timedelta(days=i), streak))
        else:
            streak = 0
    return out, rnd


def yn(b):
    return "yes" if b else "no"


def write(name, rows, header="date,pain,ate_before,ate_after,strength"):
    with open(os.path.join(HERE, name), "w") as f:
        f.write(header + "\n")
        for r in rows:
            f.write(",".join(r) + "\n")


def rows_of(rule, seed=16):
    days, rnd = runs(seed)
    rows = []
    for day, streak in days:
        before = rnd.random() < 0.7
        after = rnd.random() < 0.7
        strength = rnd.random() < 0.3
        pain = round(rnd.gauss(3, 1.5) * 2) / 2
        pain = min(10, max(0, pain))
        before_s, pain_s = rule(streak, before, pain)
        rows.append((day.isoformat(), pain_s, before_s, yn(after), yn(strength)))
    return rows


def log(name, rule):
    write(name, rows_of(rule))


def main():
    log("collinear.csv", lambda s, b, p: (yn(s != 3), "%g" % p))
    log("no_baseline.csv", lambda s, b, p: ("" if s == 1 else yn(b), "%g" % p))
    log("no_ate.csv", lambda s, b, p: ("" if b else "no", "%g" % p))
    log("pain_free.csv", lambda s, b, p: (yn(b), "0"))
    log("equal_pain.csv", lambda s, b, p: (yn(b), "3"))
    log("perfect.csv", lambda s, b, p: (yn(b), "%g" % (2 + 3 * (not b))))
    collinear = lambda s, b, p: (yn(s != 3), "%g" % p)  # noqa: E731
    write("collinear_cohort.csv", [(a,) + r for a, seed in (("Ann", 16), ("Ben", 17))
                                   for r in rows_of(collinear, seed)],
          "athlete,date,pain,ate_before,ate_after,strength")
    rare_gym()


def rare_gym():
    """Strength on the run days of weeks 8, 20 and 32 only."""
    days, rnd = runs(16)
    gym = [d for d, _ in days if (d - START).days // 7 in (8, 20, 32)]
    rows = []
    for day, _ in days:
        recent = any(0 < (day - g).days <= 7 for g in gym)
        pain = min(10, max(0, round((rnd.gauss(3, 1) + 2 * (not recent)) * 2) / 2))
        rows.append((day.isoformat(), "%g" % pain, yn(rnd.random() < 0.7), yn(rnd.random() < 0.7),
                     yn(day in gym)))
    write("rare_gym.csv", rows)


if __name__ == "__main__":
    main()
