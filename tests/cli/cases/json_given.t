$ runlog analyze tests/data/log.json --no-charts
? 65
! runlog: tests/data/log.json: looks like JSON, not CSV: runlog reads a CSV log with a header row
