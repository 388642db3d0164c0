$ runlog analyze samples/mylog.csv --format yaml
? 64
! runlog: --format: 'yaml' is not text or json
