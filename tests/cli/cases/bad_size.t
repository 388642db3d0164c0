$ runlog analyze samples/mylog.csv --size 12
? 64
! runlog: --size: '12' is not WIDTHxHEIGHT in pixels (480x320 to 8000x8000)
