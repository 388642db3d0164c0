# a log that cannot be read: mode 000 in a folder only its owner may enter;
# root reads anything, so as root the binary runs as nobody (setpriv): exit 66
# with "cannot open: Permission denied", for analyze and for weekly (whose
# --out is a scratch folder anyone may write, left empty)
$ mkdir -m 700 $T/locked; cp samples/mylog.csv $T/locked/log.csv; chmod 000 $T/locked/log.csv; as=; if [ "$(id -u)" = 0 ]; then as="setpriv --reuid=65534 --regid=65534 --clear-groups"; fi; o=$(mktemp -d); chmod 777 $o; $as runlog analyze $T/locked/log.csv --no-charts 2> $T/stderr; echo "analyze: exit $?"; sed "s|$T|T|" $T/stderr; $as runlog weekly $T/locked/log.csv --week 2025-W22 --out $o/r 2> $T/stderr; echo "weekly: exit $?, $(ls -A $o | wc -l) files written"; sed "s|$T|T|" $T/stderr; rm -rf $o
> analyze: exit 66
> runlog: T/locked/log.csv: cannot open: Permission denied
> weekly: exit 66, 0 files written
> runlog: T/locked/log.csv: cannot open: Permission denied
