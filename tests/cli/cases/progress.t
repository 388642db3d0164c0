# progress on stderr while a large log (here 39 MB) is read, only when stderr
# is a terminal (script(1) gives it one): it counts up (in steps of a chunk
# read, by any of the readers of a large file) to 100% and clears its
# line; with stderr not a terminal, nothing
$ cc -O2 -o $T/gen tests/bench/gen_cohort.c && $T/gen 600 1000 > $T/big.csv && script -qec "runlog analyze $T/big.csv --no-charts --format json > /dev/null" /dev/null > $T/tty; grep -c "reading .*big.csv: 100%" $T/tty; tr '\r' '\n' < $T/tty | grep -c "reading" | awk '{ print ($1 >= 50 ? "counts up" : $1) }'; runlog analyze $T/big.csv --no-charts --format json 2>&1 > /dev/null | wc -c
> 1
> counts up
> 0
