# a date after the log's last run is a usage error, the value quoted
$ runlog analyze tests/data/since/drop.csv --no-charts --since 2026-01-01
? 64
! runlog: tests/data/since/drop.csv: --since: '2026-01-01' is after the log's last run (2025-08-02)
