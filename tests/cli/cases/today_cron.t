# from cron (sh -c, a bare environment): exit 0, a short mail of at most 80
# columns a line
$ env -i PATH="$PWD:/usr/bin:/bin" HOME="$T" sh -c 'runlog today samples/mylog.csv --today 2025-11-03' > $T/mail && awk 'length > 80 { bad = 1 } END { exit bad }' $T/mail && wc -l < $T/mail
> 8
