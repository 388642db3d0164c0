#!/usr/bin/python3
"""Regenerate the planted-effect logs in tests/data/planted/ (deterministic).

usage: /usr/bin/python3 tests/data/planted/generate.py [--seed N] [--out DIR]

Each log plants one known cause of back pain (or none), so the end-to-end cases
tests/cli/cases/planted_*.t can check that runlog finds that cause and no other.
Standard library only. Log k (0-3 below) uses random.Random(SEED * 10 + k), so
the files are byte-identical on every run. --seed and --out exist to check, in a
scratch folder, that the outcome does not hang on one lucky seed: 1000 seeds
(1-1000) all gave the outcome the cases assert.

Schedule (every log, nine months from 2025-01-06): blocks of 1 to B consecutive
running days (B uniform; one run a day), each followed by one rest day, or two
with probability 0.2. On every calendar day, independently of running, a
strength session happens with probability 0.1: on a running day it is the run
row's strength=yes, on a rest day a strength-only row. One run in four skips
the meal before it and, independently, one in four skips the meal after it.
The skips are drawn in shuffled blocks of four (one skip, three meals) within
each streak length -- the run's own for ate_before, the next run's for
ate_after, since runlog's meal_after is the previous run's ate_after -- so the
meals are random but carry no chance trace of the streaks. (With a plain coin
per meal, rest.csv's meal differences drift by about 0.2 points from seed to
seed and about 1 seed in 40 reaches "moderate".) Pain is rounded to 0.5 and
clamped to 0-10.

  0 rest.csv   B = 4, ~185 runs. pain = 1 + 1.0*(streak-1) + N(0, 0.5): only
               consecutive running days matter; meals and strength do not.
  1 eat.csv    B = 5, ~190 runs. pain = 1 + 2*(ate_before=no)
               + 2*(previous run's ate_after=no, that run at most 2 days
               before: after two rest days the meal no longer counts, as in
               runlog's meal_after) + N(0, 0.5): only skipped meals matter;
               streaks vary from 1 to 5 days but do not.
  2 noise.csv  B = 5, ~195 runs. pain = N(3.6, 0.7): nothing matters. Pain of 4
               or more on about 40% of runs, which runlog cannot explain.
  3 nine.csv   B = 4, the first 9 runs, with both the rest and the eat effects
               planted: far too few to judge (runlog needs 20 scored runs).

Over seeds 1-1000 the largest chance (null) difference runlog reported was 0.44
points (0.5 is needed for "moderate"), and the planted effects' 95% CIs never
started below 1.1 points (streaks of 3+ days: 1.8).
"""
import argparse
import datetime as dt
import os
import random

SEED = 20250601
START = dt.date(2025, 1, 6)
DAYS = 273  # about nine months
P_STRENGTH = 0.10
P_SKIP = 0.25
P_LONG_REST = 0.2
MEAL_AFTER_DAYS = 2  # a post-run meal feeds a run at most this many days later
HEADER = "date,distance_km,pain,ate_before,ate_after,strength"


def yn(b):
    return "yes" if b else "no"


def pain_str(x):
    x = min(10.0, max(0.0, round(x * 2) / 2))
    return f"{x:g}"


def schedule(rnd, days, max_block):
    """Day-by-day plan: list of (date, streak or 0 for rest, strength session)."""
    plan = []
    while len(plan) < days:
        block = rnd.randint(1, max_block)
        plan.extend(range(1, block + 1))
        plan.extend([0] * (2 if rnd.random() < P_LONG_REST else 1))
    plan = plan[:days]
    return [(START + dt.timedelta(days=d), s, rnd.random() < P_STRENGTH)
            for d, s in enumerate(plan)]


def skips(rnd, strata):
    """One skipped meal (False) in every 4 runs of each stratum, at random.

    Permuted blocks of [skip, eat, eat, eat] within each stratum: every run has
    a 1 in 4 chance of a skipped meal whatever its stratum, and the skips are
    spread evenly over the strata, so the meals carry no trace of the streaks
    (a plain coin per run leaves chance imbalances of a few tenths of a point).
    """
    queue = {}
    out = []
    for key in strata:
        if not queue.get(key):
            block = [False] + [True] * (round(1 / P_SKIP) - 1)
            rnd.shuffle(block)
            queue[key] = block
        out.append(queue[key].pop())
    return out


def write_log(rows_in, pain_of, rnd, max_runs=None):
    """rows_in from schedule(); pain_of(rnd, streak, before, prev_after) -> pain."""
    streaks = [s for _, s, _ in rows_in if s]
    if max_runs is not None:
        streaks = streaks[:max_runs]
    # ate_before is stratified by the run's own streak; ate_after feeds the next
    # run (runlog's meal_after), so it is stratified by the next run's streak.
    before = skips(rnd, streaks)
    after = skips(rnd, streaks[1:] + [0])
    out = [HEADER]
    prev_after, prev_day = True, None
    runs = 0
    for day, streak, lift in rows_in:
        if runs == len(streaks):
            break
        if streak == 0:
            if lift:
                out.append(f"{day},,,,,yes")
            continue
        km = round(rnd.uniform(5, 12), 1)
        b, a = before[runs], after[runs]
        # A post-run meal counts only for a run at most MEAL_AFTER_DAYS later.
        recent = prev_day is not None and (day - prev_day).days <= MEAL_AFTER_DAYS
        pain = pain_of(rnd, streak, b, prev_after or not recent)
        out.append(f"{day},{km},{pain_str(pain)},{yn(b)},{yn(a)},{yn(lift)}")
        prev_after, prev_day = a, day
        runs += 1
    return "\n".join(out) + "\n"


def rest_pain(rnd, streak, before, prev_after):
    return 1 + 1.0 * (streak - 1) + rnd.gauss(0, 0.5)


def eat_pain(rnd, streak, before, prev_after):
    return 1 + 2 * (not before) + 2 * (not prev_after) + rnd.gauss(0, 0.5)


def noise_pain(rnd, streak, before, prev_after):
    return rnd.gauss(3.6, 0.7)


def both_pain(rnd, streak, before, prev_after):
    return (1 + 1.0 * (streak - 1) + 2 * (not before) + 2 * (not prev_after)
            + rnd.gauss(0, 0.5))


def build(seed):
    logs = {}
    for off, (name, pain_of, max_block, max_runs) in enumerate([
            ("rest.csv", rest_pain, 4, None),
            ("eat.csv", eat_pain, 5, None),
            ("noise.csv", noise_pain, 5, None),
            ("nine.csv", both_pain, 4, 9)]):
        rnd = random.Random(seed * 10 + off)
        logs[name] = write_log(schedule(rnd, DAYS, max_block), pain_of, rnd, max_runs)
    return logs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name, text in build(a.seed).items():
        with open(os.path.join(a.out, name), "w", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
