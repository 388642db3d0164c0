# the input log is never modified
$ cp tests/data/basic.csv $T/log.csv; cksum < $T/log.csv > $T/before; runlog analyze $T/log.csv --out $T/plots > /dev/null; cksum < $T/log.csv | cmp - $T/before && echo unchanged
> unchanged
