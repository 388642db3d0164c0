# runlog today is one runner's: a log of many needs --athlete (exit 64)
$ (echo athlete,$(head -1 tests/data/planted/rest.csv); sed 1d tests/data/planted/rest.csv | sed 's/^/ann,/'; sed 1d tests/data/planted/noise.csv | sed 's/^/bob,/') > $T/club.csv && cd $T && runlog today club.csv --today 2025-10-06
? 64
! runlog: club.csv: 2 athletes share this log; today is one runner's: give --athlete NAME
