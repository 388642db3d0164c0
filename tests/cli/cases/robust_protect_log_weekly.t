# weekly: the log named report.md inside the week's folder it would write
# ($T/r/2025-W22/) is refused with 73 before any work (nothing on stdout) and
# left unchanged byte for byte; nothing else is written into the folder
$ mkdir -p $T/r/2025-W22; cp samples/mylog.csv $T/r/2025-W22/report.md; runlog weekly $T/r/2025-W22/report.md --week 2025-W22 --out $T/r > $T/stdout 2> $T/stderr; echo "exit $?, $(wc -c < $T/stdout) bytes on stdout"; sed "s|$T|T|" $T/stderr; cmp samples/mylog.csv $T/r/2025-W22/report.md && echo unchanged; ls -A $T/r $T/r/2025-W22 | sed "s|$T|T|"
> exit 73, 0 bytes on stdout
> runlog: T/r/2025-W22/report.md: is the log itself; runlog will not write over it
> unchanged
> T/r:
> 2025-W22
> 
> T/r/2025-W22:
> report.md
