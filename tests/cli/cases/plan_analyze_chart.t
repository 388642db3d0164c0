# --plan adds plan.png (here SVG) to the charts, titled, after the usual
# five, and the report lists it; without --plan there is none
$ runlog analyze tests/data/plan/planted.csv --plan tests/data/plan/plan.csv --out "$T/a" --chart-format svg --format json | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["charts"])' | sed "s|$T/||g" && grep -c '>Your self-experiment: pain in each block<' "$T/a/plan.svg" && runlog analyze tests/data/plan/planted.csv --out "$T/b" --chart-format svg > /dev/null && ls "$T/b"
> ['a/pain_timeline.svg', 'a/pain_by_streak.svg', 'a/pain_by_meals.svg', 'a/weekly.svg', 'a/factors.svg', 'a/plan.svg']
> 1
> factors.svg
> pain_by_meals.svg
> pain_by_streak.svg
> pain_timeline.svg
> runs.csv
> weekly.svg
