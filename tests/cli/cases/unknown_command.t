# an unknown command exits 64 with the usage on stderr
$ runlog analyse mylog.csv 2>&1 >/dev/null | head -2; exit $(runlog analyse mylog.csv >/dev/null 2>&1; echo $?)
? 64
> runlog: 'analyse' is not a runlog command
> usage: runlog COMMAND [options]
