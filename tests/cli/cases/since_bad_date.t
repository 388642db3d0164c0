# a date that does not exist is a usage error, the value quoted
$ runlog analyze tests/data/since/drop.csv --no-charts --since 2025-02-30
? 64
! runlog: --since: '2025-02-30' is not a day in the calendar
