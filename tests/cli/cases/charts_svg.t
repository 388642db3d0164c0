$ runlog analyze samples/mylog.csv --out $T/svg --chart-format svg > /dev/null && ls $T/svg && grep -c '<svg' $T/svg/pain_by_streak.svg
> factors.svg
> pain_by_meals.svg
> pain_by_streak.svg
> pain_timeline.svg
> runs.csv
> weekly.svg
> 1
