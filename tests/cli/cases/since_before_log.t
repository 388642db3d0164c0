# a date on the log's first day leaves nothing before it: a usage error
$ runlog analyze tests/data/since/drop.csv --no-charts --since 2025-01-06
? 64
! runlog: tests/data/since/drop.csv: --since: '2025-01-06' is not after the log's first run (2025-01-06): nothing comes before it
