# the log is never overwritten, even when read from standard input: '-' fed
# from a file inside --out under an output's name (p/pain_timeline.png for
# analyze, r/2025-W22/report.md for weekly) must be refused with 73 and the
# file left unchanged (runlog can fstat standard input and compare it with
# each output, as it does for a log given by path)
$ mkdir -p $T/p $T/r/2025-W22; cp samples/mylog.csv $T/p/pain_timeline.png; runlog analyze - --out $T/p < $T/p/pain_timeline.png > /dev/null 2>&1; echo "analyze: exit $?"; cmp -s samples/mylog.csv $T/p/pain_timeline.png && echo unchanged || echo "log overwritten"; cp samples/mylog.csv $T/r/2025-W22/report.md; runlog weekly - --week 2025-W22 --out $T/r -q < $T/r/2025-W22/report.md > /dev/null 2>&1; echo "weekly: exit $?"; cmp -s samples/mylog.csv $T/r/2025-W22/report.md && echo unchanged || echo "log overwritten"
> analyze: exit 73
> unchanged
> weekly: exit 73
> unchanged
