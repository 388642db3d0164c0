# issue 19: the weekly chart's dates carry the year on the first label and
# on the first label of a new year, when the weeks cross one
$ runlog analyze tests/data/charts/gap_weeks.csv --out $T --chart-format svg > /dev/null && grep -o '>[A-Z][a-z][a-z] [0-9]*\(, [0-9]*\)\{0,1\}<' $T/weekly.svg
> >Nov 17, 2025<
> >Dec 1<
> >Dec 15<
> >Dec 29<
> >Jan 12, 2026<
