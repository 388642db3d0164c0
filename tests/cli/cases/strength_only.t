# a log of only strength days: exit 0, and the report says there is nothing to analyse yet
$ runlog analyze tests/data/strength_only.csv --out $T/plots; test ! -e $T/plots
~ no runs in the log
~ 2 strength-only days
~ There are no runs with a pain score to analyse yet.
