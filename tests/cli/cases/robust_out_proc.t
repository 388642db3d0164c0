# --out where even root cannot write (access() would let root pass, so /proc):
# a new folder in /proc (mkdir there fails with ENOENT) and the existing
# /proc/1 (EPERM): exit 73 with the system's reason, nothing on stdout, for
# analyze and weekly
$ for d in /proc/runlog-test /proc/1; do runlog analyze samples/mylog.csv --out $d > $T/stdout; echo "analyze: exit $?, $(wc -c < $T/stdout) bytes on stdout"; runlog weekly samples/mylog.csv --week 2025-W22 --out $d > $T/stdout; echo "weekly: exit $?, $(wc -c < $T/stdout) bytes on stdout"; done
! runlog: /proc/runlog-test: cannot create the chart folder: No such file or directory
! runlog: /proc/runlog-test: cannot create or lock the reports folder: No such file or directory
! runlog: /proc/1: cannot write charts there: Operation not permitted
! runlog: /proc/1: cannot write reports there: Operation not permitted
> analyze: exit 73, 0 bytes on stdout
> weekly: exit 73, 0 bytes on stdout
> analyze: exit 73, 0 bytes on stdout
> weekly: exit 73, 0 bytes on stdout
