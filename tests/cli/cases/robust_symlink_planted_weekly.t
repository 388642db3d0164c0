# weekly: a symlink planted in the week's folder under a report's name
# (r/2025-W22/report.md -> victim) is replaced by the real report, and the
# file it pointed to is unchanged
$ echo precious > $T/victim; mkdir -p $T/r/2025-W22; ln -s $T/victim $T/r/2025-W22/report.md; runlog weekly samples/mylog.csv --week 2025-W22 --out $T/r -q; echo "exit $?"; cat $T/victim; test -L $T/r/2025-W22/report.md || echo "report.md is no longer a symlink"; head -1 $T/r/2025-W22/report.md
> exit 0
> precious
> report.md is no longer a symlink
> # runlog weekly: 2025-W22 (2025-05-26 to 2025-06-01)
