# a chart folder that cannot be created exits 73, and no report is printed
$ touch $T/file; runlog analyze samples/mylog.csv --out $T/file/plots 2>&1 | sed "s|$T|T|"; exit $(runlog analyze samples/mylog.csv --out $T/file/plots >/dev/null 2>&1; echo $?)
? 73
> runlog: T/file/plots: cannot write charts there: Not a directory
