# runs without any pain score: exit 0 and a plain word
$ runlog analyze tests/data/unscored.csv --no-charts
~ 2 runs, 0 scored
~ There are no runs with a pain score to analyse yet.
