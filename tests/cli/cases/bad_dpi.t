# --dpi takes 96 to 768 (a scale of 1 to 8)
$ runlog analyze samples/mylog.csv --dpi 72 --out $T/p
? 64
! runlog: --dpi: '72' is not a number from 96 to 768
