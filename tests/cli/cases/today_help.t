# runlog help today and runlog today --help print the same help
$ runlog help today > $T/a && runlog today --help > $T/b && cmp $T/a $T/b && cat $T/a
~ usage: runlog today LOG.csv [options]
~ --ate-before yes|no
~ --athlete NAME
~ --tz ZONE
~ 65  the log is not usable
