# a draft (libplot's PNM plotter, no smoothing) gives byte-identical charts too
$ runlog analyze samples/mylog.csv --draft --out $T/1 >/dev/null && runlog analyze samples/mylog.csv --draft --out $T/2 >/dev/null && cmp $T/1/factors.png $T/2/factors.png && cmp $T/1/weekly.png $T/2/weekly.png && echo same
> same
