# --quiet prints nothing when all is well, and still writes the week
$ runlog weekly samples/mylog.csv --today 2025-06-02 --out $T --quiet && ls $T
> 2025-W22
