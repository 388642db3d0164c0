# diary --update: the diary's dates must be YYYY-MM-DD to place new rows
# (exit 65, nothing changed); a missing diary is exit 66; the log itself
# is refused (64); --diary names --update; a diary in its own shape (';',
# no notes column, no final newline) gets rows in that shape
$ printf "date,distance_km\n2025-03-01,5\n2025-03-03,6\n" > $T/log.csv; printf "date,pain\n13/3/2025,3\n" > $T/a.csv; (runlog diary $T/log.csv --update $T/a.csv; echo "exit $?"; runlog diary $T/log.csv --update $T/none.csv; echo "exit $?"; runlog diary $T/log.csv --update $T/log.csv; echo "exit $?"; runlog diary $T/log.csv --diary $T/a.csv; echo "exit $?") 2>&1 | sed "s|$T|T|g"; printf "pain;date\n2;2025-03-01" > $T/b.csv; runlog diary $T/log.csv --update $T/b.csv 2>/dev/null; cat $T/b.csv
> runlog: T/a.csv:2: column 'date': '13/3/2025' is not a date --update can place (YYYY-MM-DD, as runlog diary writes it); nothing was changed
> exit 65
> runlog: T/none.csv: cannot open: No such file or directory
> exit 66
> runlog: --update: 'T/log.csv' is the log itself, not its diary
> exit 64
> runlog: diary: --diary is for analyze and weekly; to add the new running days to a diary, give --update T/a.csv
> exit 64
> pain;date
> 2;2025-03-01
> ;2025-03-03
