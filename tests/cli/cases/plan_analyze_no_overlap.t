# a log of 2025 against a plan of 2026: no run falls in the plan, and the
# report says so (with both date ranges) instead of an estimate
$ runlog analyze tests/data/planted/rest.csv --plan tests/data/plan/plan.csv --no-charts --format markdown
~ No run of the log (2025-01-06 to 2025-10-05) falls in the days of the plan made by runlog plan rest --start 2026-01-05 --weeks 20 --block 1 --seed 7 (2026-01-05 to 2026-05-24). Log the plan's runs, then analyse again: the estimate needs at least 2 complete pairs of blocks.
