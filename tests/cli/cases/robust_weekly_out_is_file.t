# weekly --out naming an existing regular file: exit 73 with a message before
# any work (nothing on stdout), and the file is left as it was
$ echo keep > $T/f; runlog weekly samples/mylog.csv --week 2025-W22 --out $T/f > $T/stdout 2> $T/stderr; echo "exit $?, $(wc -c < $T/stdout) bytes on stdout"; sed "s|$T|T|" $T/stderr; cat $T/f
> exit 73, 0 bytes on stdout
> runlog: T/f: cannot write reports there: Not a directory
> keep
