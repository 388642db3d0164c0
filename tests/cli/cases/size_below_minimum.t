# below 480x320 the charts cannot lay out legibly: a usage error naming the least size
$ runlog analyze samples/mylog.csv --size 400x250 --out $T/p
? 64
! runlog: --size: '400x250' is smaller than 480x320, the least at which the charts stay readable
