# --help anywhere in the command's arguments shows the help
$ runlog analyze samples/mylog.csv --format json --help
~ usage: runlog analyze LOG.csv [options]
