$ runlog analyze samples/mylog.csv --format yaml
? 64
! runlog: --format: 'yaml' is not text, markdown, html or json
