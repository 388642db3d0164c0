# issue 19: in the weekly last_12_weeks.png, each group of weeks in a row
# with scored runs is one stretch of the pain colour (points joined by a
# line), and a week between two gaps still shows its point: gap_weeks.csv's
# 4 groups (3, 1, 1 and 2 weeks), read from the plot area's pixels
$ runlog weekly tests/data/charts/gap_weeks.csv --week 2026-W04 --today 2026-02-01 --out $T -q && /usr/bin/python3 tests/cli/png_colour.py $T/2026-W04/last_12_weeks.png d55e00 130 645 3 | wc -l
> 4
