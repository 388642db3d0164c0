# the disk fills while a set is published (a 400 KB tmpfs): exit 74, the
# message names the file, the previous charts and runs.csv stay whole (same
# bytes) and no staging is left; -O on a full disk likewise keeps the old
# report. Needs root to mount the tmpfs: elsewhere the case is skipped
# (exit 77) with the reason
$ mkdir $T/m && mount -t tmpfs -o size=400k tmpfs $T/m 2> $T/why || { echo "skip: cannot mount a tmpfs: $(cat $T/why)"; exit 77; }; trap 'cd /; umount $T/m' EXIT; cp samples/mylog.csv $T/m/log.csv; cd $T/m; runlog analyze log.csv --out p --size 480x320 -O report.txt || exit 1; md5sum p/* report.txt > ../before; runlog analyze log.csv --out p --size 1200x750 -O report.txt; echo "exit $?"; md5sum -c --quiet ../before && echo $(ls -A . p); head -c 400k /dev/zero > filler 2> /dev/null; runlog analyze log.csv --no-charts -O report.txt; echo "exit $?"; md5sum -c --quiet ../before && echo $(ls -A)
! runlog: p/weekly.png: cannot write: No space left on device
! runlog: report.txt: cannot write: No space left on device
> exit 74
> .: log.csv p report.txt p: factors.png pain_by_meals.png pain_by_streak.png pain_timeline.png runs.csv weekly.png
> exit 74
> filler log.csv p report.txt
