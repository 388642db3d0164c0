"""How often `runlog analyze --plan` is right, on simulated plans.

For each of --n simulated self-experiments (plan_sim.py: rest plans of
--weeks weeks in 1-week blocks, each with its own seed; pain sticky, an
AR(1) with daily coefficient 0.8, around a level drifting by up to
+-0.02 points a day, the drift drawn for each log), it runs runlog twice:
on a log where the remedy lowers pain by --effect points, and counts how
often the 95% CI covers that true effect; and on one where it does
nothing, and counts how often the randomisation p is below 0.05.

It fails when the coverage is below 95% or the false-positive rate above
5% by more than 3.3 binomial standard errors of --n (about 1 in 1000 by
chance). The checks in `make check` run --n 40; the full measurement is
    /usr/bin/python3 tests/reference/simulate_plan.py ./runlog --n 1000

usage: simulate_plan.py RUNLOG [--n N] [--weeks W] [--effect E] [--seed S]
"""
import argparse
import os
import random
import sys
import tempfile

import plan_sim


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("runlog")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--weeks", type=int, default=20)
    ap.add_argument("--effect", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    runlog = os.path.abspath(a.runlog)
    covered = positives = 0
    with tempfile.TemporaryDirectory() as tmp:
        plan, log = os.path.join(tmp, "plan.csv"), os.path.join(tmp, "log.csv")
        for i in range(a.n):
            rng = random.Random(a.seed * 1000003 + i)
            _, blocks = plan_sim.make_plan(runlog, "rest", a.weeks, 1, a.seed * 1000003 + i, plan)
            drift = rng.uniform(-0.02, 0.02)
            plan_sim.write_log(plan_sim.simulate(blocks, "rest", rng, a.effect, drift=drift), log)
            lo, hi = plan_sim.analyze(runlog, log, plan)["ci95"]
            covered += lo <= a.effect <= hi
            plan_sim.write_log(plan_sim.simulate(blocks, "rest", rng, 0.0, drift=drift), log)
            positives += plan_sim.analyze(runlog, log, plan)["p_value"] < 0.05
    cov, fp = covered / a.n, positives / a.n
    se_cov, se_fp = (0.95 * 0.05 / a.n) ** 0.5, (0.05 * 0.95 / a.n) ** 0.5
    ok = cov >= 0.95 - 3.3 * se_cov and fp <= 0.05 + 3.3 * se_fp
    print("simulate_plan: %d logs of %d weeks: the 95%% CI covered the true effect (%.1f) in %.1f%%; "
          "with no effect, p < 0.05 in %.1f%%: %s" % (a.n, a.weeks, a.effect, 100 * cov, 100 * fp,
                                                     "ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
