# a log with a header and no runs against a plan: the report says the log
# has no runs yet, not a range of dates from 1970
$ printf 'date,pain\n' > $T/h.csv; runlog analyze $T/h.csv --plan tests/data/plan/plan.csv --no-charts --format markdown | grep -e 'plan made by' -e 1970
> The log has no runs yet, so none falls in the days of the plan made by runlog plan rest --start 2026-01-05 --weeks 20 --block 1 --seed 7 (2026-01-05 to 2026-05-24). Log the plan's runs, then analyse again: the estimate needs at least 2 complete pairs of blocks.
