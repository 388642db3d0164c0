#!/usr/bin/python3
"""Write tests/data/planted/long.csv: pain that follows long runs.

usage: /usr/bin/python3 tests/data/planted/long.py [--seed N] [--out DIR]

A runner runs every other day (so streaks never reach 2), eats every meal,
and does strength work on 10% of days, over 42 weeks in cycles of 7: five
weeks of easy runs of about 5 km, then two weeks whose first run is long
(6, then 7 km) and whose other runs are shorter, so that every week holds
about the same distance (no jump in distance, no load spike). The long runs
fall in 12 weeks (runlog grades a factor only with 8 weeks on each side).
Pain = 1 + 2.5 * long_run + N(0, 0.5), with long_run as runlog defines it
(more than 10% longer than the longest run of the 30 days before the run's
day): only the long runs hurt.
"""
import argparse
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from load import write_planted  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    start = dt.date(2025, 1, 6)
    runs = []  # (day index, km)
    for day in range(0, 42 * 7, 2):
        week = day // 7
        first = day - 2 < week * 7  # the week's first run
        long_km = {5: 6.0, 6: 7.0}.get(week % 7)
        if long_km and first:
            km = long_km
        elif long_km:
            km = (20 - long_km) / 3 * rnd.uniform(0.97, 1.03)
        else:
            km = 5 * rnd.uniform(0.97, 1.03)
        runs.append((day, round(km, 1)))

    def long_run(day):
        km = dict(runs)[day]
        before = [k for d, k in runs if day - 30 <= d < day]
        return day - runs[0][0] >= 30 and before and 10 * km > 11 * max(before)

    write_planted(os.path.join(a.out, "long.csv"), start, runs, long_run, rnd)

if __name__ == "__main__":
    main()
