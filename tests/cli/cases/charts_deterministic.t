# the same log gives byte-identical charts (librsvg's smooth PNGs, all five)
$ runlog analyze samples/mylog.csv --out $T/1 >/dev/null && runlog analyze samples/mylog.csv --out $T/2 >/dev/null && for c in pain_timeline pain_by_streak pain_by_meals weekly factors; do cmp $T/1/$c.png $T/2/$c.png || exit 1; done && echo same
> same
