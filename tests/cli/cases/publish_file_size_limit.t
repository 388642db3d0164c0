# a file-size limit (ulimit -f, 10 KiB here) is a write error: exit 74 with
# a message that names the file, and no temporary file or staging folder left
$ sh -c 'ulimit -f 20; exec runlog analyze samples/mylog.csv --out $T/p' > /dev/null 2> $T/err; echo "exit $?"; sed "s|$T|T|" $T/err; sh -c 'ulimit -f 20; exec runlog weekly samples/mylog.csv --week 2025-W22 --out $T/r -q' 2> $T/err; echo "exit $?"; sed "s|$T|T|" $T/err; find $T/p $T/r -mindepth 1
> exit 74
> runlog: T/p/pain_timeline.png: cannot write: File too large
> exit 74
> runlog: T/r/2025-W22/week_runs.png: cannot write: File too large
