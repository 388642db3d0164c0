# a second identical run changes no byte
$ runlog weekly samples/mylog.csv --today 2025-06-04 --out $T/r -q && cp -r $T/r $T/before && runlog weekly samples/mylog.csv --today 2025-06-04 --out $T/r -q && diff -r $T/before $T/r && ls $T/r/2025-W22 | wc -l
> 5
