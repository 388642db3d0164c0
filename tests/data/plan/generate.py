"""Make the logs of the `runlog analyze --plan` cases (tests/cli/cases/plan_analyze_*.t).

plan.csv is `runlog plan rest --start 2026-01-05 --weeks 20 --seed 7`: 10
pairs of 1-week blocks. The logs follow it (tests/reference/plan_sim.py:
sticky AR(1) pain around a slowly drifting level):
  planted.csv  resting every other day lowers pain by 1.5 points; every
               remedy block kept
  short.csv    planted.csv's first 17 days: one complete pair, and the
               second pair's first block
  eight_weeks.csv  the README's example, `runlog plan rest --start
               2026-01-05 --seed 1` (4 pairs), kept, with rest lowering pain
               by 1.5 points
  broken.csv   the remedy does nothing, and 4 of the 10 remedy blocks were
               not kept (run as usual): as planned and as kept differ
usage: /usr/bin/python3 tests/data/plan/generate.py ./runlog (from the repo root)
"""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "reference"))
import plan_sim  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
_, blocks = plan_sim.make_plan(sys.argv[1], "rest", 20, 1, 7, os.path.join(here, "plan.csv"))
os.remove(os.path.join(here, "plan.ics"))
rows = plan_sim.simulate(blocks, "rest", random.Random(7), 1.5)
plan_sim.write_log(rows, os.path.join(here, "planted.csv"))
end = blocks[0][2] + dt.timedelta(days=16)
plan_sim.write_log([r for r in rows if dt.date.fromisoformat(r[0]) <= end], os.path.join(here, "short.csv"))
remedy = [b for b, x in enumerate(blocks, 1) if x[1] == "remedy"]
plan_sim.write_log(plan_sim.simulate(blocks, "rest", random.Random(8), 0.0, broken=set(remedy[::3][:4])),
                   os.path.join(here, "broken.csv"))
tmp = os.path.join(here, "eight_weeks_plan.csv")
_, blocks = plan_sim.make_plan(sys.argv[1], "rest", 8, 1, 1, tmp)
os.remove(tmp)
os.remove(os.path.join(here, "eight_weeks_plan.ics"))
plan_sim.write_log(plan_sim.simulate(blocks, "rest", random.Random(1), 1.5), os.path.join(here, "eight_weeks.csv"))
