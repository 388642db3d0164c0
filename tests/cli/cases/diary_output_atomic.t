# diary -O FILE writes the template whole or not at all: a run that fails
# (an empty log, exit 65) leaves the old FILE as it was and no temporary
# file; a run that succeeds replaces it with what stdout would get, keeping
# its mode (640), and prints nothing on stdout
$ echo keep > $T/diary.csv; chmod 640 $T/diary.csv; : > $T/empty.csv; runlog diary $T/empty.csv -O $T/diary.csv 2> /dev/null; echo "exit $?"; cat $T/diary.csv; ls -A $T; runlog diary samples/mylog.csv --output $T/diary.csv > $T/out 2> /dev/null; echo "exit $?, $(wc -c < $T/out) bytes on stdout"; runlog diary samples/mylog.csv 2> /dev/null | cmp - $T/diary.csv && stat -c %a $T/diary.csv; ls -A $T
> exit 65
> keep
> diary.csv
> empty.csv
> exit 0, 0 bytes on stdout
> 640
> diary.csv
> empty.csv
> out
