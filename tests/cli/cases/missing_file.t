# a missing log exits 66 and writes nothing
$ runlog analyze tests/data/nope.csv --out $T/plots; rc=$?; test ! -e $T/plots && exit $rc
? 66
! runlog: tests/data/nope.csv: cannot open: No such file or directory
