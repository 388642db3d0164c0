# issue 19: a --week after today's is a usage error that names the week and
# today, and writes nothing
$ runlog weekly tests/data/week_faults/streak_none.csv --week 2025-W40 --today 2025-08-11 --out $T/r; echo "exit $?"; test -e $T/r || echo "nothing written"
> exit 64
> nothing written
! runlog: --week: '2025-W40' is in the future (today is 2025-08-11)
