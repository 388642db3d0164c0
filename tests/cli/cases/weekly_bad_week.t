# a week that does not exist is a usage error
$ runlog weekly samples/mylog.csv --week 2021-W53 --out $T
? 64
! runlog: --week: '2021-W53' is not a week of that year
