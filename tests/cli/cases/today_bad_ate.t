# --ate-before takes yes or no
$ runlog today tests/data/basic.csv --ate-before maybe
? 64
! runlog: --ate-before: 'maybe' is not yes or no
