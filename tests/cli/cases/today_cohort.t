# runlog today --athlete in a club's log: the runner's own fit, as if the log
# were hers alone (the same numbers and advice), and named in the title
$ (echo athlete,$(head -1 tests/data/planted/rest.csv); sed 1d tests/data/planted/rest.csv | sed 's/^/ann,/'; sed 1d tests/data/planted/noise.csv | sed 's/^/bob,/') > $T/club.csv && runlog today $T/club.csv --athlete ann --today 2025-10-06 > $T/ann && runlog today tests/data/planted/rest.csv --today 2025-10-06 > $T/alone && sed 1d $T/alone > $T/a && sed 1d $T/ann > $T/b && cmp $T/a $T/b && head -1 $T/ann
> runlog today, 2025-10-06, for ann
