# a report that cannot be written fails loudly with 74
$ runlog analyze samples/mylog.csv --no-charts > /dev/full
? 74
! runlog: write error on standard output
