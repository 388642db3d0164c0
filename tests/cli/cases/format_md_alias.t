# --format md and -f markdown give the same Markdown report
$ runlog analyze tests/data/basic.csv --format md --no-charts > $T/md && runlog analyze tests/data/basic.csv -f markdown --no-charts > $T/markdown && cmp $T/md $T/markdown && head -1 $T/md
> # runlog: tests/data/basic.csv
