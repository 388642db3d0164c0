# --dpi 192 is --scale 2 (96 dpi to a scale of 1): the same bytes
$ runlog analyze samples/mylog.csv --size 600x400 --dpi 192 --out $T/a > /dev/null && runlog analyze samples/mylog.csv --size 600x400 --scale 2 --out $T/b > /dev/null && cmp $T/a/factors.png $T/b/factors.png && echo same
> same
