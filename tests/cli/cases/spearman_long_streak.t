# a streak longer than the tally's joint counts hold (512 days; here 4,097)
# still takes Spearman from joint counts, in a pass of their own: pain 1 on
# the first and the last day and 2 between gives rho exactly 0, as the
# counts do (ranks from arrays would give -8.4e-18)
$ awk 'BEGIN { print "date,pain"; for (d = 0; d < 4097; d++) { t = 1262304000 + d * 86400; printf "%s,%d\n", strftime("%Y-%m-%d", t, 1), d == 0 || d == 4096 ? 1 : 2 } }' > $T/long.csv; runlog analyze $T/long.csv --no-charts --format json | grep -o '"spearman_rho": [^,]*'
> "spearman_rho": 0
