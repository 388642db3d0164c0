#!/usr/bin/env python3
"""A long synthetic single-runner log for benchmarks (deterministic).

usage: gen_log.py RUNS > log.csv
About four runs a week from 2012 on; pain follows streaks and skipped meals.
"""
import datetime as dt
import random
import sys

runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
rnd = random.Random(7)
day = dt.date(2012, 1, 2)
streak, prev_after = 0, True
out = sys.stdout
out.write("date,distance_km,duration,pain,ate_before,ate_after,strength,notes\n")
for _ in range(runs):
    gap = rnd.choice((1, 1, 1, 2, 2, 3))
    streak = streak + 1 if gap == 1 else 1
    day += dt.timedelta(days=gap)
    km = round(rnd.uniform(4, 18), 2)
    sec = int(km * rnd.uniform(290, 390))
    before, after = rnd.random() > 0.2, rnd.random() > 0.25
    pain = 1 + 0.5 * min(streak, 6) + 1.5 * (not before) + 1.0 * (not prev_after) + rnd.gauss(0, 1)
    pain = min(10, max(0, round(pain)))
    out.write(f"{day},{km},{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d},{pain},"
              f"{'yes' if before else 'no'},{'yes' if after else 'no'},"
              f"{'yes' if rnd.random() < 0.1 else 'no'},\n")
    prev_after = after
