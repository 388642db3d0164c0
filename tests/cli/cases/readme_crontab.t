# the README's crontab line is real: its command, with the paths pointed at
# the sample log and a scratch folder, runs as cron would (sh -c, cron's PATH
# plus runlog) and writes last week's reports (under make check-asan, the
# leak suppressions for the chart libraries pass through)
$ line=$(grep -m1 '^0 7 \* \* 1 runlog weekly' README.md) && cmd=$(echo "$line" | cut -d' ' -f6- | sed "s|/home/me/running/log.csv|$PWD/samples/mylog.csv|; s|/home/me/running/reports|$T/reports|") && echo "$line" | cut -d' ' -f1-5 && env -i PATH="$PWD:/usr/bin:/bin" HOME="$T" ${LSAN_OPTIONS:+"LSAN_OPTIONS=$LSAN_OPTIONS"} sh -c "$cmd --today 2025-06-04" | sed "s|$T|T|" && ls $T/reports/2025-W22 | wc -l
> 0 7 * * 1
> 2025-W22 (2025-05-26 to 2025-06-01): 6 runs, 50.7 km, mean pain 3.7 (max 6.0)
>   against your usual (12 weeks): runs typical (3-6),
>     distance (km) above (28.9-47.0), mean pain above (1.0-3.2)
>   against the previous 4 weeks: runs up from 5.5, distance (km) up from 45.3,
>     mean pain up from 3.1
>   top remedy: Rest: run every other day.
>   report: T/reports/2025-W22/report.html
> 5
