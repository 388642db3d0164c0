# the log inside --out under a chart's name is never overwritten: given by its
# path (p/factors.png) or by another name for the same file (a hard link
# log.csv = p/weekly.png), analyze refuses with 73 before any work (nothing on
# stdout) and the log is unchanged byte for byte; nothing else is written
$ mkdir $T/p; cp samples/mylog.csv $T/p/factors.png; runlog analyze $T/p/factors.png --out $T/p > $T/stdout 2> $T/stderr; echo "exit $?, $(wc -c < $T/stdout) bytes on stdout"; sed "s|$T|T|" $T/stderr; cmp samples/mylog.csv $T/p/factors.png && echo unchanged; rm $T/p/factors.png; cp samples/mylog.csv $T/log.csv; ln $T/log.csv $T/p/weekly.png; runlog analyze $T/log.csv --out $T/p > $T/stdout 2> $T/stderr; echo "exit $?, $(wc -c < $T/stdout) bytes on stdout"; sed "s|$T|T|" $T/stderr; cmp samples/mylog.csv $T/log.csv && echo unchanged; ls $T/p
> exit 73, 0 bytes on stdout
> runlog: T/p/factors.png: is the log itself; runlog will not write over it
> unchanged
> exit 73, 0 bytes on stdout
> runlog: T/p/weekly.png: is the log itself; runlog will not write over it
> unchanged
> weekly.png
