# without --since there is no change chart
$ runlog analyze tests/data/since/drop.csv --out $T > /dev/null && ls $T | grep -c change || true
> 0
