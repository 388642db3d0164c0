# the quote opens on line 3 and never closes; nothing is written
$ runlog analyze tests/data/unterminated.csv --out $T/plots; rc=$?; test ! -e $T/plots && exit $rc
? 65
! runlog: tests/data/unterminated.csv:3: unterminated quote: a field opened on line 3 has no closing '"'
