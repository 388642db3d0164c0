# a diary row --update cannot read (a pain of 11 here) stops it at its
# FILE:LINE, exit 65, and changes nothing: no byte of the diary, no backup
$ printf "date,distance_km\n2025-03-01,5\n2025-03-02,6\n2025-03-05,6\n" > $T/log.csv; printf "date,pain,notes\n2025-03-01,3,ok\n2025-03-02,11,typo\n" > $T/d.csv; cp $T/d.csv $T/before.csv; runlog diary $T/log.csv --update $T/d.csv 2>&1 | sed "s|$T|T|g"; cmp $T/before.csv $T/d.csv && echo untouched; ls $T
> runlog: T/d.csv:3: column 'pain': '11' is outside 0-10; nothing was changed
> untouched
> before.csv
> d.csv
> log.csv
