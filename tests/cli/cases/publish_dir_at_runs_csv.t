# analyze: a folder at --out's runs.csv makes the run fail (exit 73, named)
# before any file is replaced: the earlier charts stay byte for byte, though
# the new log would change them, and no staging folder is left
$ cp samples/mylog.csv $T/b.csv; printf '2025-05-28,6.0,0:35:00,7,no,no,no,added\n' >> $T/b.csv; runlog analyze samples/mylog.csv --out $T/p > /dev/null || exit 1; rm $T/p/runs.csv; mkdir $T/p/runs.csv; (cd $T/p && md5sum *.png > $T/sums); runlog analyze $T/b.csv --out $T/p > $T/out 2> $T/err; echo "exit $?, $(wc -c < $T/out) bytes on stdout"; sed "s|$T|T|" $T/err; (cd $T/p && md5sum -c --quiet $T/sums) && echo "charts unchanged"; echo $(ls -A $T/p)
> exit 73, 0 bytes on stdout
> runlog: T/p/runs.csv: is a folder; runlog will not replace it
> charts unchanged
> factors.png pain_by_meals.png pain_by_streak.png pain_timeline.png runs.csv weekly.png
