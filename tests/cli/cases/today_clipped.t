# a prediction interval that runs below 0 is printed as "0 (clipped)", and
# the JSON keeps the interval as computed with "clipped": true beside it
$ awk -F, 'NR==1 || $1 <= "2025-10-04"' tests/data/planted/rest.csv > $T/log.csv && runlog today $T/log.csv --today 2025-10-05 | grep -c '0 (clipped) to' && runlog today $T/log.csv --today 2025-10-05 --format json | grep '"rest"' | grep -o '"pi95": \[-0\.[0-9]*, [0-9.]*\], "clipped": true' | sed 's/[0-9]\{3\}[0-9]*/N/g'
> 1
> "pi95": [-0.N, 2.N], "clipped": true
