# weekly: a folder at the week's report.json makes the run fail (exit 73,
# named) and every earlier file stays byte for byte, though the new log
# would change them; no staging folder is left
$ cp samples/mylog.csv $T/b.csv; printf '2025-05-28,6.0,0:35:00,7,no,no,no,added\n' >> $T/b.csv; runlog weekly samples/mylog.csv --week 2025-W22 --out $T/r -q || exit 1; rm $T/r/2025-W22/report.json; mkdir $T/r/2025-W22/report.json; (cd $T/r/2025-W22 && md5sum report.md report.html *.png > $T/sums); runlog weekly $T/b.csv --week 2025-W22 --out $T/r -q 2> $T/err; echo "exit $?"; sed "s|$T|T|" $T/err; (cd $T/r/2025-W22 && md5sum -c --quiet $T/sums) && echo "reports unchanged"; ls -A $T/r
> exit 73
> runlog: T/r/2025-W22/report.json: is a folder; runlog will not replace it
> reports unchanged
> 2025-W22
