# issue 21: a plan is one runner's, so --plan with --all is a usage error
# (64) and nothing is written
$ runlog weekly tests/data/plan/planted.csv --plan tests/data/plan/plan.csv --all --out $T/r; rc=$?; ls $T; exit $rc
? 64
! runlog: --plan and --all: a plan is one runner's: give --athlete NAME instead of --all
