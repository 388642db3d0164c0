#!/usr/bin/env python3
"""Regenerate samples/mylog.csv: nine months of one runner's log (deterministic).

usage: python3 samples/generate.py > samples/mylog.csv

The runner runs three to six days a week, now and then skips a meal, and lifts
on some rest days. Pain follows those habits: it climbs with each consecutive
running day, and it is higher after a skipped pre-run meal or a skipped
post-run meal the run before, and lower in weeks with strength work.
"""
import datetime as dt
import random

rnd = random.Random(20250201)
start = dt.date(2025, 2, 3)
days = 273
print("date,distance_km,duration,pain,ate_before,ate_after,strength,notes")
streak = 0
prev_after = True
last_strength = -99
notes_pool = ["easy", "hilly loop", "tempo, felt strong", "back tight afterwards",
              "windy", "long run, \"slow and steady\"", "track 6x800", "rain"]
for i in range(days):
    d = start + dt.timedelta(days=i)
    weekday = d.weekday()
    # A busy runner: more likely to run again the day after a run, rest on Fridays often.
    p_run = 0.62 if streak else 0.75
    if weekday == 4:
        p_run -= 0.3
    if rnd.random() < p_run:
        streak += 1
        km = round(rnd.uniform(5, 9) if weekday != 6 else rnd.uniform(12, 21), 1)
        pace = rnd.uniform(5.1, 6.4)
        sec = int(km * pace * 60)
        before = rnd.random() > (0.35 if streak >= 3 else 0.2)
        after = rnd.random() > 0.25
        strong = i - last_strength <= 7
        pain = (0.6 + 0.75 * (min(streak, 6) - 1) + 1.6 * (not before)
                + 1.1 * (not prev_after) + 0.9 * (not strong) + rnd.gauss(0, 0.9))
        pain = min(10, max(0, round(pain * 2) / 2))
        pain_s = "" if rnd.random() < 0.04 else (f"{pain:g}")
        note = rnd.choice(notes_pool) if rnd.random() < 0.2 else ""
        if "," in note or '"' in note:
            note = '"' + note.replace('"', '""') + '"'
        strength_today = rnd.random() < 0.08
        if strength_today:
            last_strength = i
        print(f"{d},{km},{sec // 3600}:{sec % 3600 // 60:02d}:{sec % 60:02d},{pain_s},"
              f"{'yes' if before else 'no'},{'yes' if after else 'no'},"
              f"{'yes' if strength_today else 'no'},{note}")
        prev_after = after
    else:
        streak = 0
        if rnd.random() < 0.35:
            last_strength = i
            print(f"{d},,,,,,yes,pull-ups; reverse flys; deadlifts")
