$ runlog analyze samples/mylog.csv --colour
? 64
! runlog: unknown option '--colour'
