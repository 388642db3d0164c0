"""Simulated self-experiments for `runlog analyze --plan`, and an
independent computation of what runlog should report on them.

Used by plan_test_check.py (exact agreement) and simulate_plan.py (CI
coverage and false positives). Nothing here reads runlog's C code: the
estimate, its CI and the randomisation test are written from the issue's
definitions (issue 21, README "A self-experiment").

A simulated log: pain drifts linearly (drift points a day) and is sticky,
an AR(1) process with daily coefficient phi around the drifting level,
plus independent noise on each run. In remedy blocks every run's pain is
lowered by `effect` points. Rest plans: a usual block runs on 6 days of
each week (the skipped day at random), a remedy block every other day
(a broken remedy block runs like a usual one). Eat plans: 4 runs a week;
a remedy block eats before and after every run, a usual block at random.
Pain is rounded to 0.1 and kept within 0-10 (the level sits near 5, so
clipping is rare).
"""
import csv
import datetime as dt
import json
import os
import random
import subprocess
from fractions import Fraction

from scipy import stats

M = (1 << 64) - 1


def read_plan(path):
    """The plan's seed and blocks (pair, arm, start, end as dates)."""
    seed, blocks = None, []
    with open(path) as f:
        for line in f:
            if line.startswith("# seed:"):
                seed = int(line.split(":", 1)[1])
            elif line[:1].isdigit():
                pair, block, arm, start, end = line.strip().split(",")
                blocks.append((int(pair), arm, dt.date.fromisoformat(start), dt.date.fromisoformat(end)))
    return seed, blocks


def make_plan(runlog, remedy, weeks, block, seed, path):
    subprocess.run([runlog, "plan", remedy, "--start", "2026-01-05", "--weeks", str(weeks), "--block",
                    str(block), "--seed", str(seed), "--out", path], check=True, stdout=subprocess.DEVNULL)
    return read_plan(path)


def simulate(blocks, remedy, rng, effect, phi=0.8, sd=0.5, noise=0.7, drift=0.01, broken=()):
    """Rows of a simulated log over the plan's blocks; broken: the remedy
    blocks (by number from 1) that were not kept."""
    rows, u, t = [], 0.0, 0
    for b, (_, arm, start, end) in enumerate(blocks, 1):
        remedy_on = arm == "remedy" and b not in broken
        skip = None
        d = start
        while d <= end:
            u = phi * u + rng.gauss(0, sd)
            if d.weekday() == 0:
                skip = rng.randrange(7)
            if remedy == "rest":
                run = (d - start).days % 2 == 0 if remedy_on else d.weekday() != skip
            else:
                run = d.weekday() in (0, 2, 4, 6)
            if run:
                pain = 5 + drift * t + u + rng.gauss(0, noise) - (effect if arm == "remedy" else 0)
                pain = min(10.0, max(0.0, round(pain, 1)))
                ate = ("yes", "yes") if remedy_on and remedy == "eat" else \
                    (rng.choice(["yes", "no"]), rng.choice(["yes", "no"]))
                rows.append([d.isoformat(), "8.0", "%.1f" % pain, ate[0], ate[1], "no"])
            d += dt.timedelta(days=1)
            t += 1
    return rows


def write_log(rows, path):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["date", "distance_km", "pain", "ate_before", "ate_after", "strength"])
        w.writerows(rows)


def analyze(runlog, log, plan):
    out = subprocess.run([runlog, "analyze", log, "--plan", plan, "--format", "json", "--no-charts"],
                         check=True, capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
    return json.loads(out.stdout)["experiment"]


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & M
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return state, z ^ (z >> 31)


def pairs_of(blocks, rows, kept=None):
    """Each complete pair's scored pains in milli-points, {arm: [...]},
    from the log's rows; kept: remedy blocks (numbers) kept, or None."""
    last = max(dt.date.fromisoformat(r[0]) for r in rows)
    pains = [[] for _ in blocks]
    for r in rows:
        day = dt.date.fromisoformat(r[0])
        for b, (_, _, start, end) in enumerate(blocks):
            if start <= day <= end and r[2] != "":
                pains[b].append(round(float(r[2]) * 1000))
    out = []
    for k in range(0, len(blocks), 2):
        if all(pains[b] and last >= blocks[b][3] for b in (k, k + 1)):
            if kept is not None and any(blocks[b][1] == "remedy" and b + 1 not in kept for b in (k, k + 1)):
                continue
            out.append({blocks[b][1]: pains[b] for b in (k, k + 1)})
    return out


def pooled(pairs, swap):
    """The pooled statistic as an exact fraction (in points)."""
    s = {"usual": [0, 0], "remedy": [0, 0]}
    for k, p in enumerate(pairs):
        for arm, v in p.items():
            a = arm if not swap[k] else ("usual" if arm == "remedy" else "remedy")
            s[a][0] += sum(v)
            s[a][1] += len(v)
    return Fraction(s["usual"][0], s["usual"][1] * 1000) - Fraction(s["remedy"][0], s["remedy"][1] * 1000)


def randomisation(pairs, seed, draws=10000):
    """(hits, allocations): all 2^pairs when that is at most draws, else the
    plan's own allocation and draws - 1 from splitmix64 at the seed."""
    n = len(pairs)
    obs = pooled(pairs, [0] * n)
    if 2 ** n <= draws:
        allocs = [[(m >> k) & 1 for k in range(n)] for m in range(2 ** n)]
    else:
        allocs, state = [[0] * n], seed
        for _ in range(draws - 1):
            a = []
            for _ in range(n):
                state, z = splitmix64(state)
                a.append(z >> 63)
            allocs.append(a)
    return sum(pooled(pairs, a) >= obs for a in allocs), len(allocs)


def estimate(pairs):
    """The mean pair difference (usual minus remedy block mean) and its t CI."""
    d = [(sum(p["usual"]) / len(p["usual"]) - sum(p["remedy"]) / len(p["remedy"])) / 1000 for p in pairs]
    n = len(d)
    m = sum(d) / n
    sd = (sum((x - m) ** 2 for x in d) / (n - 1)) ** 0.5
    half = stats.t.ppf(0.975, n - 1) * sd / n ** 0.5
    return m, m - half, m + half
