#!/bin/sh
# Cross-check every number of `runlog analyze --format json` against an
# independent pandas/scipy reference on generated logs (see crosscheck.py),
# then the adjusted model (trend, previous pain; see model_check.py) against
# statsmodels on a single-runner log, the planted logs, generated cohorts of
# two, three and 140 athletes and logs without meals, without distance, and
# with unscored runs and strength-only rows, and the aliased and exact fits
# of degenerate logs (see degenerate_check.py). Uses Debian's /usr/bin/python3 (numpy, pandas, scipy,
# statsmodels). Builds nothing but the cohort generator: run `make` first.
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
LC_ALL=C
export LC_ALL
runlog=${1:-./runlog}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
/usr/bin/python3 tests/reference/crosscheck.py "$runlog" || fail=1
cc -O2 -o "$tmp/gen" tests/bench/gen_cohort.c || exit 1
"$tmp/gen" 2 300 > "$tmp/two_athletes.csv"
"$tmp/gen" 3 150 > "$tmp/three_athletes.csv"
# 140 athletes: each half of the runs is large enough that the model's two
# passes run on two threads (HALVES_THREADED_MIN in include/runlog/halves.h)
"$tmp/gen" 140 1000 > "$tmp/threaded_140_athletes.csv"
# No meals: without the columns, and with them all empty (a pain diary made
# from an export): the meal terms stay out and the runs stay in
"$tmp/gen" 1 600 | /usr/bin/python3 -c 'import sys, pandas as pd
d = pd.read_csv(sys.stdin, dtype=str, keep_default_na=False)
d.drop(columns=["ate_before", "ate_after"]).to_csv(sys.argv[1], index=False)
d.assign(ate_before="", ate_after="").to_csv(sys.argv[2], index=False)' "$tmp/no_meal_columns.csv" "$tmp/empty_meal_columns.csv"
# Pain and strength only: each athlete's first run is eligible, in the
# model without time (without_time) but not in the model (no previous pain)
"$tmp/gen" 2 300 | /usr/bin/python3 -c 'import sys, pandas as pd
d = pd.read_csv(sys.stdin, dtype=str, keep_default_na=False)
d.drop(columns=["ate_before", "ate_after", "distance_km", "duration"]).to_csv(sys.argv[1], index=False)' \
	"$tmp/pain_only.csv"
# Every sixth run without a pain score (the previous pain is the last run
# scored before it) and strength-only rows, which are not runs
"$tmp/gen" 3 150 | /usr/bin/python3 -c 'import sys, pandas as pd
d = pd.read_csv(sys.stdin, dtype=str, keep_default_na=False)
d.loc[d.index % 6 == 5, "pain"] = ""
gym = d[d.index % 10 == 3].assign(distance_km="", duration="", pain="", ate_before="", ate_after="",
                                  strength="yes", notes="gym")
pd.concat([d, gym]).sort_index(kind="stable").to_csv(sys.argv[1], index=False)' "$tmp/skipped_scores.csv"
/usr/bin/python3 tests/reference/model_check.py --self-test || fail=1
/usr/bin/python3 tests/reference/model_check.py "$runlog" samples/mylog.csv tests/data/planted/rest.csv \
	tests/data/planted/eat.csv tests/data/planted/noise.csv \
	tests/data/planted/confounded_rest.csv tests/data/planted/confounded_eat.csv tests/data/planted/load.csv \
	tests/data/planted/long.csv \
	tests/data/degenerate/rare_gym.csv "$tmp/two_athletes.csv" "$tmp/three_athletes.csv" \
	"$tmp/threaded_140_athletes.csv" "$tmp/no_meal_columns.csv" "$tmp/empty_meal_columns.csv" \
	"$tmp/pain_only.csv" "$tmp/skipped_scores.csv" || fail=1
# runlog today's expected pains and 95% prediction intervals against
# statsmodels' get_prediction (see today_check.py): a streak's 4th day and
# a day after rest, with and without --ate-before, a day past the log's end
# (the trend extrapolated), and each runner of a cohort with --athlete
/usr/bin/python3 tests/reference/today_check.py "$runlog" \
	tests/data/planted/rest.csv 2025-10-06 , tests/data/planted/rest.csv 2025-10-07 --ate-before no , \
	tests/data/planted/noise.csv 2025-10-06 --ate-before yes , tests/data/planted/eat.csv 2025-10-06 , \
	tests/data/planted/load.csv 2025-10-13 , samples/mylog.csv 2025-11-03 , \
	samples/mylog.csv 2025-11-20 --ate-before no , "$tmp/two_athletes.csv" 2013-03-18 --athlete a00000 , \
	"$tmp/two_athletes.csv" 2013-03-04 --athlete a00001 --ate-before yes || fail=1
# Degenerate logs: aliased terms, exact fits (see degenerate_check.py)
/usr/bin/python3 tests/reference/degenerate_check.py "$runlog" tests/data/degenerate/*.csv tests/data/week.csv \
	tests/data/planted/nine.csv || fail=1
# runlog plan's calendar, read by Python's icalendar, against its CSV, and
# each pair's order recomputed from the seed (see plan_check.py)
/usr/bin/python3 tests/reference/plan_check.py "$runlog" || fail=1
# runlog analyze --plan on simulated plans (sticky, drifting pain): the
# randomisation p equals an exact enumeration in Python, the estimate and
# its CI scipy's (see plan_test_check.py); and a small, fixed-seed sample of
# the CI's coverage and the false-positive rate (about 3 s); the full
# measurement is
#   /usr/bin/python3 tests/reference/simulate_plan.py ./runlog --n 1000
/usr/bin/python3 tests/reference/plan_test_check.py "$runlog" || fail=1
/usr/bin/python3 tests/reference/simulate_plan.py "$runlog" --n 40 || fail=1
# runlog analyze --since's interrupted time series against statsmodels on logs
# the check writes from seeds: runners with gaps, unlogged meals, no meal
# columns, and a cohort read with --athlete (see since_check.py)
/usr/bin/python3 tests/reference/since_check.py "$runlog" || fail=1
# Weekly reports of logs where no factor does anything name a remedy in
# "what happened" for at most 5% of weeks (issue 19): a small, fixed-seed
# sample here (about 15 s); the full 200 weeks per scenario is
#   /usr/bin/python3 tests/reference/simulate.py ./runlog --weekly --n 200 --max-share 0.05
/usr/bin/python3 tests/reference/simulate.py "$runlog" --weekly --n 12 --scenarios independent,busy_blocks \
	--max-share 0.05 || fail=1
exit $fail
