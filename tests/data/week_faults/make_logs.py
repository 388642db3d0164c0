#!/usr/bin/python3
"""Writes the logs of the weekly report's faults (issue 19), each with a
history in which no factor has an effect (iid pain), then one week as the
issue describes it.  Deterministic; run from this folder:
    /usr/bin/python3 make_logs.py
streak_none.csv  30 weeks, then 2025-W32: Monday to Friday, pain 1.5, 0.5,
                 0.5, 0.5, 1 (the whole log: streaks make no difference)
meal_one_run.csv 30 weeks, then 2025-W32: 4 runs, the one after a skipped
                 meal at 0.5, the others 0
club.csv         two runners of 30 weeks; bea's 2025-W32: one run at 3
                 after a skipped meal, one at 2.5 after a meal
"""
import datetime as dt

import numpy as np

START = dt.date(2025, 1, 6)  # 2025-W02; 30 weeks to 2025-W31
HEAD = "date,distance_km,pain,ate_before,ate_after,strength"


def history(rng, mean, weeks=30):
    rows = []
    for t in range(weeks * 7):
        day = START + dt.timedelta(days=t)
        if rng.random() < 4 / 7:
            pain = min(10.0, max(0.0, round(rng.normal(mean, 1.0) * 2) / 2))
            before = "no" if rng.random() < 0.2 else "yes"
            after = "no" if rng.random() < 0.2 else "yes"
            km = round(float(rng.uniform(5, 12)), 1)
            rows.append(f"{day},{km:g},{pain:g},{before},{after},no")
        elif rng.random() < 0.3:
            rows.append(f"{day},,,,,yes")
    return rows


def week(rows):
    """(weekday 0-6, pain, ate_before) of 2025-W32, Monday 2025-08-04."""
    monday = dt.date(2025, 8, 4)
    out = []
    for wd, pain, before in rows:
        day = monday + dt.timedelta(days=wd)
        if pain is None:
            out.append(f"{day},,,,,yes")
        else:
            out.append(f"{day},8,{pain:g},{before},yes,no")
    return out


def write(name, lines, athlete=None):
    with open(name, "w") as f:
        f.write(("athlete," if athlete else "") + HEAD + "\n")
        for who, rows in lines:
            for r in rows:
                f.write((who + "," if who else "") + r + "\n")


rng = np.random.default_rng(19)
write("streak_none.csv", [(None, history(rng, 1.0) + week(
    [(0, 1.5, "yes"), (1, 0.5, "yes"), (2, 0.5, "yes"), (3, 0.5, "yes"), (4, 1, "yes"), (6, None, "")]))])
rng = np.random.default_rng(20)
write("meal_one_run.csv", [(None, history(rng, 0.5) + week(
    [(0, 0.5, "no"), (1, None, ""), (2, 0, "yes"), (4, 0, "yes"), (6, 0, "yes")]))])
rng = np.random.default_rng(21)
write("club.csv", [("ana", history(rng, 2.0) + week([(0, 2, "yes"), (2, 3, "yes")])),
                   ("bea", history(rng, 2.5) + week([(1, 3, "no"), (3, None, ""), (4, 2.5, "yes")]))],
      athlete=True)
