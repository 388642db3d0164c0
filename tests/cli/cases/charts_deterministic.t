# the same log gives byte-identical charts
$ runlog analyze samples/mylog.csv --out $T/1 >/dev/null && runlog analyze samples/mylog.csv --out $T/2 >/dev/null && cmp $T/1/pain_timeline.png $T/2/pain_timeline.png && cmp $T/1/pain_by_meals.png $T/2/pain_by_meals.png && echo same
> same
