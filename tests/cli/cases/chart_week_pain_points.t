# issue 19: a week with scored runs always shows its mean pain as a point,
# and the line joins only weeks next to each other (a week without a score
# breaks it). gap_weeks.csv has scored runs in 7 of its 10 weeks, in 4
# groups of weeks in a row (3, 1, 1 and 2 weeks): 7 points and the
# legend's, and 2 lines, one for each group of 2 or more weeks
$ runlog analyze tests/data/charts/gap_weeks.csv --out $T --chart-format svg > /dev/null && grep -c '<circle [^>]*fill="#d55e00"' $T/weekly.svg && grep -cE '<(poly)?line [^>]*stroke="#d55e00"' $T/weekly.svg
> 8
> 2
