# issue 19: --all on a log with no athlete column is a usage error (64),
# and nothing is written
$ runlog weekly tests/data/week.csv --all --week 2025-W10 --out $T/r; echo "exit $?"; ls -A $T
> exit 64
! runlog: tests/data/week.csv: --all: the log has no athlete column (athlete, runner or name)
