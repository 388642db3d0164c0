# -O FILE writes the report whole or not at all: a run that fails (an empty
# log, exit 65) leaves the old FILE as it was and no temporary file; a run
# that succeeds replaces it, keeping its mode (640), and prints nothing
$ echo keep > $T/report.html; chmod 640 $T/report.html; : > $T/empty.csv; runlog analyze $T/empty.csv --no-charts --format html -O $T/report.html 2> /dev/null; echo "exit $?"; cat $T/report.html; ls -A $T; runlog analyze samples/mylog.csv --no-charts --format html --output $T/report.html > $T/out; echo "exit $?, $(wc -c < $T/out) bytes on stdout"; head -1 $T/report.html; stat -c %a $T/report.html
> exit 65
> keep
> empty.csv
> report.html
> exit 0, 0 bytes on stdout
> <!DOCTYPE html>
> 640
