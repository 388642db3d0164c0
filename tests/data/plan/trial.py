"""A runner following a plan `runlog plan` made, for trying runlog as a new
user would (issue 21): the log of the plan's weeks up to a day, as
plan_sim.py simulates it (sticky AR(1) pain around a slowly drifting
level), with the remedy lowering pain by EFFECT points.

usage: /usr/bin/python3 tests/data/plan/trial.py PLAN.csv LOG.csv [--to YYYY-MM-DD]
       [--effect 1.5] [--seed 1]
"""
import argparse
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "reference"))
import plan_sim  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("plan")
ap.add_argument("log")
ap.add_argument("--to", type=dt.date.fromisoformat, default=dt.date.max)
ap.add_argument("--effect", type=float, default=1.5)
ap.add_argument("--seed", type=int, default=1)
a = ap.parse_args()
remedy = next(line.split(":", 1)[1].strip() for line in open(a.plan) if line.startswith("# remedy:"))
_, blocks = plan_sim.read_plan(a.plan)
rows = plan_sim.simulate(blocks, remedy, random.Random(a.seed), a.effect)
plan_sim.write_log([r for r in rows if dt.date.fromisoformat(r[0]) <= a.to], a.log)
