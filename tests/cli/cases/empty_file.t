$ runlog analyze tests/data/empty.csv --out $T/plots; rc=$?; test ! -e $T/plots && exit $rc
? 65
! runlog: tests/data/empty.csv: the file is empty
