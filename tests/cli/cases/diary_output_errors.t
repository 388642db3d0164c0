# diary -O maps output errors as analyze -O does: a folder at FILE is not
# replaced (exit 73, the folder untouched, no temporary file left), the log
# itself is refused before any work (73, the log unchanged), and --update
# with -O is a usage error (64)
$ mkdir $T/d; echo mine > $T/d/notes; cp samples/mylog.csv $T/log.csv; cd $T; runlog diary log.csv -O d > out 2> err; echo "exit $?"; grep -v 'read as' err; echo $(ls -A . d); runlog diary log.csv -O log.csv; echo "exit $?"; cmp log.csv $OLDPWD/samples/mylog.csv && runlog diary log.csv -O x.csv --update y.csv; echo "exit $?"; echo $(ls -A)
! runlog: log.csv: is the log itself; runlog will not write over it
! runlog: diary: --update writes the diary in place; give --update or --output, not both
> exit 73
> runlog: d: is a folder; runlog will not replace it
> .: d err log.csv out d: notes
> exit 73
> exit 64
> d err log.csv out
