# --size times --scale may not pass 8000 pixels a side
$ runlog analyze samples/mylog.csv --size 5000x3000 --scale 2 --out $T/p
? 64
! runlog: --scale: '2' makes the 5000x3000 charts larger than 8000x8000 pixels
