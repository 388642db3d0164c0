# issue 19: the weekly chart's dates carry the year on the first label and
# on the first label of a new year, when the weeks cross one (the labels
# count back from the last week, every other week)
$ runlog analyze tests/data/charts/gap_weeks.csv --out $T --chart-format svg > /dev/null && grep -o '>[A-Z][a-z][a-z] [0-9]*\(, [0-9]*\)\{0,1\}<' $T/weekly.svg
> >Nov 24, 2025<
> >Dec 8<
> >Dec 22<
> >Jan 5, 2026<
> >Jan 19<
