#!/usr/bin/python3
"""Write the two confounded planted logs (deterministic, standard library).

usage: /usr/bin/python3 tests/data/planted/confounded.py [--seed N] [--out DIR]

In both, the runner skips the pre-run meal mostly on the third running day
in a row or later (60% of those runs, 5% of the others), so the streak and
the skipped meal travel together, and a plain difference of means blames
both. Nine months from 2025-01-06 of running blocks of 1 to 5 days with one
rest day after each (two, one time in five); post-run meals always eaten; a
strength session on 10% of days.

  confounded_rest.csv  pain = 1 + 1.0*(streak-1) + N(0, 0.5): only the streak
                       matters. The meal looks guilty at first sight.
  confounded_eat.csv   pain = 1.5 + 2.5*(ate_before=no) + N(0, 0.5): only the
                       meal matters. The streak looks guilty at first sight.
"""
import argparse
import datetime as dt
import os
import random

START = dt.date(2025, 1, 6)


def log(rnd, pain_of):
    rows, day, streak = [], START, 0
    while day < START + dt.timedelta(days=273):
        for _ in range(rnd.randint(1, 5)):
            streak += 1
            skip = rnd.random() < (0.6 if streak >= 3 else 0.05)
            p = min(10.0, max(0.0, round(pain_of(streak, skip, rnd) * 2) / 2))
            rows.append("%s,%.1f,%g,%s,yes,%s" % (day, rnd.uniform(4, 12), p, "no" if skip else "yes",
                                                 "yes" if rnd.random() < 0.1 else "no"))
            day += dt.timedelta(days=1)
        streak = 0
        day += dt.timedelta(days=2 if rnd.random() < 0.2 else 1)
    return "date,distance_km,pain,ate_before,ate_after,strength\n" + "\n".join(rows) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    kinds = {"confounded_rest.csv": lambda s, skip, r: 1 + 1.0 * (s - 1) + r.gauss(0, 0.5),
             "confounded_eat.csv": lambda s, skip, r: 1.5 + 2.5 * skip + r.gauss(0, 0.5)}
    for k, (name, f) in enumerate(kinds.items()):
        with open(os.path.join(a.out, name), "w") as out:
            out.write(log(random.Random(a.seed * 10 + k), f))


if __name__ == "__main__":
    main()
