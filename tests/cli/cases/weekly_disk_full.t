# weekly when the disk fills while the week's folder is staged (a 400 KB
# tmpfs, mostly taken): exit 74, the message names the file, the previous
# week's folder stays whole (same bytes) and no staging is left. Needs root
# to mount the tmpfs: elsewhere the case is skipped (exit 77) with the reason
$ mkdir $T/m && mount -t tmpfs -o size=400k tmpfs $T/m 2> $T/why || { echo "skip: cannot mount a tmpfs: $(cat $T/why)"; exit 77; }; trap 'cd /; umount $T/m' EXIT; cp samples/mylog.csv $T/m/log.csv; cd $T/m; runlog weekly log.csv --week 2025-W22 --out r -q || exit 1; md5sum r/2025-W22/* > ../before; head -c 400k /dev/zero > filler 2> /dev/null; runlog weekly log.csv --week 2025-W22 --out r -q; echo "exit $?"; md5sum -c --quiet ../before && echo $(ls -A . r r/2025-W22)
! runlog: r/2025-W22/week_runs.png: cannot write: No space left on device
> exit 74
> .: filler log.csv r r: 2025-W22 r/2025-W22: last_12_weeks.png report.html report.json report.md week_runs.png
