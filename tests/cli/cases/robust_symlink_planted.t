# a symlink planted in --out under a chart's name (p/factors.png -> victim) is
# replaced by a real PNG file, and the file it pointed to is unchanged
$ echo precious > $T/victim; mkdir $T/p; ln -s $T/victim $T/p/factors.png; runlog analyze samples/mylog.csv --out $T/p > /dev/null; echo "exit $?"; cat $T/victim; test -L $T/p/factors.png || echo "factors.png is no longer a symlink"; head -c 4 $T/p/factors.png | od -An -c | tr -s ' '
> exit 0
> precious
> factors.png is no longer a symlink
>  211 P N G
