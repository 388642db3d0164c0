# '-' reads the log from standard input
$ runlog analyze - --no-charts --format json < tests/data/basic.csv | grep -c '"scored_runs": 9'
> 1
