# issue 19: the unfinished week's bar in last_12_weeks.png is hatched (its
# colour on under 60% of its box), a whole week's is solid; the same week
# of gap_weeks.csv with --today on its Thursday, then after its Sunday
$ for t in 2026-01-22 2026-02-01; do runlog weekly tests/data/charts/gap_weeks.csv --week 2026-W04 --today $t --out $T/$t -q && /usr/bin/python3 tests/cli/png_colour.py $T/$t/2026-W04/last_12_weeks.png 0072b2 130 645 | awk '{ split($1, x, "-"); split($2, y, "-"); box = (x[2] - x[1] + 1) * (y[2] - y[1] + 1); print NR, ($3 < 0.6 * box ? "hatched" : "solid") }'; done
> 1 hatched
> 1 solid
