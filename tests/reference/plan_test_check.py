"""Check `runlog analyze --plan` against an independent computation.

On simulated plans (plan_sim.py: a known effect, sticky AR(1) pain around
a drifting level), the randomisation p-value must equal the share of
allocations computed here with exact fractions, enumerated (2^pairs at
most 10,000) or drawn with splitmix64 from the plan's seed, as a ratio
of counts, exactly; the difference (mean of the pairs' differences) and
its t CI (df = pairs - 1, scipy) to 1e-9. Both as planned and as kept
(pairs whose remedy block was kept; the broken blocks are known here).

usage: plan_test_check.py RUNLOG
"""
import os
import random
import sys
import tempfile

import plan_sim

# remedy, weeks, block weeks, seed, effect, broken remedy blocks (their
# rank among the remedy blocks, from 1)
CASES = [
    ("rest", 8, 1, 11, 1.0, ()),
    ("rest", 20, 1, 12, 1.0, (1, 4)),
    ("rest", 24, 2, 13, 0.0, ()),
    ("eat", 26, 1, 14, 0.5, ()),      # 13 pairs: 8192 allocations, enumerated
    ("rest", 32, 1, 15, 0.8, (2,)),   # 16 pairs: 10,000 drawn
    ("eat", 40, 2, 16, 0.0, ()),
]


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def check_one(runlog, tmp, case):
    remedy, weeks, block, seed, effect, broken_rank = case
    plan = os.path.join(tmp, "plan.csv")
    log = os.path.join(tmp, "log.csv")
    _, blocks = plan_sim.make_plan(runlog, remedy, weeks, block, seed, plan)
    remedy_blocks = [b for b, x in enumerate(blocks, 1) if x[1] == "remedy"]
    broken = {remedy_blocks[r - 1] for r in broken_rank}
    rows = plan_sim.simulate(blocks, remedy, random.Random(seed), effect, broken=broken)
    plan_sim.write_log(rows, log)
    got = plan_sim.analyze(runlog, log, plan)
    bad = []
    for name, obj, kept in (("as planned", got, None), ("as kept", got["as_kept"], set(remedy_blocks) - broken)):
        pairs = plan_sim.pairs_of(blocks, rows, kept)
        hits, allocs = plan_sim.randomisation(pairs, seed)
        diff, lo, hi = plan_sim.estimate(pairs)
        p = obj["p_value"]
        if obj["pairs"] != len(pairs) or obj["allocations"] != allocs or round(p * allocs) != hits \
                or abs(p - hits / allocs) > 1e-11:
            bad.append("%s: pairs %s p %s of %s allocations, expected %d pairs, %d/%d" %
                       (name, obj["pairs"], p, obj["allocations"], len(pairs), hits, allocs))
        if not (close(obj["difference"], diff) and close(obj["ci95"][0], lo) and close(obj["ci95"][1], hi)):
            bad.append("%s: difference %s CI %s, expected %r [%r, %r]" % (name, obj["difference"], obj["ci95"],
                                                                          diff, lo, hi))
    print("%-5s %2d weeks, %d-week blocks, seed %d: %s" % (remedy, weeks, block, seed,
          "; ".join(bad) if bad else "p %s (%d allocations), difference %.3f: ok" %
          (got["p_value"], got["allocations"], got["difference"])))
    return not bad


def main():
    runlog = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        ok = all([check_one(runlog, tmp, c) for c in CASES])
    print("plan_test_check: %s" % ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
