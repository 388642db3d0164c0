# analyze writes the five charts as PNG into --out, creating it with its parents
$ runlog analyze samples/mylog.csv --out $T/a/b/plots > $T/report.txt && ls $T/a/b/plots && head -c 8 $T/a/b/plots/pain_timeline.png | od -An -c | tr -s ' '
> factors.png
> pain_by_meals.png
> pain_by_streak.png
> pain_timeline.png
> runs.csv
> weekly.png
>  211 P N G \r \n 032 \n
