# issue 19: --all writes every athlete's week; with --athlete it is a usage
# error (64), and nothing is read or written
$ runlog weekly tests/data/club/club.csv --all --athlete Ann --out $T/r; echo "exit $?"; ls -A $T
> exit 64
! runlog: --all and --athlete: give one (--all writes every athlete's week)
