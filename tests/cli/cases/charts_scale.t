# --scale 2: the 600x400 layout at twice the pixels, a 1200x800 PNG (IHDR's width and height)
$ runlog analyze samples/mylog.csv --size 600x400 --scale 2 --out $T/p > /dev/null && od -An -tu1 -j16 -N8 $T/p/factors.png | tr -s ' '
>  0 0 4 176 0 0 3 32
