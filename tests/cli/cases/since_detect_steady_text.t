# a runner who kept their habits: the report has no "Did it work?" section
$ runlog analyze tests/data/since/steady.csv --no-charts | grep -c 'Did it work' || true
> 0
