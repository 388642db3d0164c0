# what a dead run left (a staging folder, a temporary file) is removed by
# the next run; a hidden name that is not runlog's, one another user owns,
# and one a live run holds locked (flock) are left alone
$ mkdir -p $T/r/.2025-W22.runlog-Dead01 $T/r/.2025-W21.runlog-Other1 $T/r/.2025-W20.runlog-Live01 $T/p/.runlog.runlog-Dead02; echo old > $T/r/.2025-W22.runlog-Dead01/report.md; echo x > $T/r/.keep.tmp-abcdef; chown nobody $T/r/.2025-W21.runlog-Other1; echo x > $T/p/.runs.csv.runlog-Dead03; echo x > $T/.report.txt.runlog-Dead04; flock $T/r/.2025-W20.runlog-Live01 runlog weekly samples/mylog.csv --week 2025-W22 --out $T/r -q && runlog analyze samples/mylog.csv --out $T/p -O $T/report.txt || exit 1; cd $T && echo $(ls -A r); echo $(ls -A p); ls -A | grep report
> .2025-W20.runlog-Live01 .2025-W21.runlog-Other1 .keep.tmp-abcdef 2025-W22
> factors.png pain_by_meals.png pain_by_streak.png pain_timeline.png runs.csv weekly.png
> report.txt
