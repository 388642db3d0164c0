# --since on a log with a header and no runs yet: nothing to analyse, as
# without --since (JSON: too few runs), not a usage error that names "the
# log's first run (none)"
$ printf 'date,pain\n' > $T/h.csv; runlog analyze $T/h.csv --since 2025-03-01 --no-charts --format markdown | grep 'Nothing'; runlog analyze $T/h.csv --since 2025-03-01 --no-charts --format json | grep -o '"change": {"date": "[^"]*", "status": "[a-z_]*"'
> ## Nothing to analyse yet
> "change": {"date": "2025-03-01", "status": "too_few_runs"
