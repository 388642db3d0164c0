# an output path that is a pipe (or a device: /dev/null, when run as root)
# is not replaced by a file: analyze -O, diary -O and plan --out refuse it
# (exit 73) before they write, and the pipe stays a pipe
$ cd $T; mkfifo r.md p.csv; for c in "analyze $OLDPWD/samples/mylog.csv --no-charts -O r.md" "diary $OLDPWD/samples/mylog.csv -O r.md" "plan rest --start 2030-01-07 --out p.csv"; do runlog $c > /dev/null; echo "exit $?"; done 2>&1; test -p r.md && test -p p.csv && echo "still pipes"; ls -A
> runlog: r.md: is not a file (a device or a pipe); runlog will not replace it
> exit 73
> runlog: r.md: is not a file (a device or a pipe); runlog will not replace it
> exit 73
> runlog: ./p.csv: is not a file (a device or a pipe); runlog will not replace it
> exit 73
> still pipes
> p.csv
> r.md
