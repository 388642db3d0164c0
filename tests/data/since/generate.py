"""The logs of the --since cases (tests/cli/cases/since_*.t), from fixed seeds.

drop.csv: one runner, 30 weeks from 2025-01-06. For 14 weeks they run five
days in a row and rest two; from Monday 2025-04-14 they run every other
day (no streak of 3 or more: the rest remedy taken up). Pain rises 0.5 a
day in a streak, and drops 2 points at 2025-04-14 besides (the planted
level change), with noise.
steady.csv: the same runner keeping the five-and-two pattern for 30 weeks,
with no change of level.

usage: /usr/bin/python3 tests/data/since/generate.py   (writes beside itself)
"""
import datetime as dt
import os
import random

START, CHANGE, WEEKS = dt.date(2025, 1, 6), dt.date(2025, 4, 14), 30


def log(rng, change):
    rows, streak = [], 0
    for k in range(WEEKS * 7):
        day = START + dt.timedelta(days=k)
        run = (k % 2 == 0) if change and day >= CHANGE else day.weekday() < 5
        streak = streak + 1 if run else 0
        if run:
            drop = -2 if change and day >= CHANGE else 0
            pain = min(10, max(0, round(4 + 0.5 * streak + drop + rng.gauss(0, 0.8))))
            meal = "no" if rng.random() < 0.15 else "yes"
            gym = "yes" if day.weekday() == 0 and rng.random() < 0.5 else "no"
            rows.append("%s,%.1f,%d,%s,yes,%s" % (day, rng.uniform(5, 12), pain, meal, gym))
    return "date,distance_km,pain,ate_before,ate_after,strength\n" + "\n".join(rows) + "\n"


here = os.path.dirname(os.path.abspath(__file__))
for name, change, seed in (("drop.csv", True, 21), ("steady.csv", False, 22)):
    with open(os.path.join(here, name), "w") as f:
        f.write(log(random.Random(seed), change))
