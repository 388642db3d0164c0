# runlog help analyze and runlog analyze --help print the same help
$ runlog help analyze > $T/a && runlog analyze --help > $T/b && cmp $T/a $T/b && cat $T/a
~ usage: runlog analyze LOG.csv [options]
~ --no-charts
~ --strict
