# --scale takes a number from 1 to 8
$ runlog analyze samples/mylog.csv --scale 0 --out $T/p
? 64
! runlog: --scale: '0' is not a number from 1 to 8
