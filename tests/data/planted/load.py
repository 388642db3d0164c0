#!/usr/bin/python3
"""Write tests/data/planted/load.csv: pain that follows jumps in distance.

usage: /usr/bin/python3 tests/data/planted/load.py [--seed N] [--out DIR]

A runner runs every other day (so streaks never reach 2), eats every meal,
and does strength work on 10% of days. Most weeks hold about 30 km; from
week 5, two weeks in five jump to about 55 km, so that the runs after a spike
fall in 9 weeks (runlog grades a factor only with 8 weeks on each side;
one week in four gave 6). Pain = 1 + 2.5 * load_spike + N(0, 0.5), with
load_spike as runlog defines it (the 7 days ending on the run's day against
a quarter of the 28): only the jumps hurt.
"""
import argparse
import datetime as dt
import os
import random


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    start = dt.date(2025, 1, 6)
    runs = []  # (day index, km)
    for week in range(40):
        jump = week >= 5 and rnd.random() < 0.4
        for d in range(0, 7, 2):
            day = week * 7 + d
            if runs and day <= runs[-1][0] + 1:
                continue
            runs.append((day, round((55 if jump else 30) / 4 * rnd.uniform(0.85, 1.15), 1)))

    def spike(day):
        s7 = sum(k for d, k in runs if day - 7 < d <= day)
        s28 = sum(k for d, k in runs if day - 28 < d <= day)
        return day - runs[0][0] >= 27 and s28 > 0 and s7 >= 1.3 * s28 / 4

    write_planted(os.path.join(a.out, "load.csv"), start, runs, spike, rnd)


def write_planted(path, start, runs, hurts, rnd):
    """The log of runs [(day index, km)] from start: every meal eaten,
    strength work on 10% of days, pain 1 + 2.5 * hurts(day) + N(0, 0.5) in
    half points (tests/data/planted/long.py writes its log with it too)."""
    rows = []
    for day, km in runs:
        pain = min(10.0, max(0.0, round((1 + 2.5 * hurts(day) + rnd.gauss(0, 0.5)) * 2) / 2))
        rows.append("%s,%.1f,%g,yes,yes,%s" % (start + dt.timedelta(days=day), km, pain,
                                               "yes" if rnd.random() < 0.1 else "no"))
    with open(path, "w") as f:
        f.write("date,distance_km,pain,ate_before,ate_after,strength\n" + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
