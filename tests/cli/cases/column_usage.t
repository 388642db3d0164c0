# --column: an unknown role lists the roles and the log's headers; a header
# in neither the log nor the diary lists the headers each has, made safe for
# the terminal (an escape byte as \x1B); a value without '=' is refused; all
# exit 64
$ printf "date,distance,pa\033[31min\n2025-03-01,5,1\n" > $T/g.csv; printf "Date,How bad\n2025-03-01,3\n" > $T/d.csv; cd $T; runlog analyze g.csv --column pian=Soreness; echo "exit $?"; runlog analyze g.csv --column pain=Soreness; echo "exit $?"; runlog analyze g.csv --diary d.csv --column pain=Soreness; echo "exit $?"; runlog weekly g.csv --column pain; echo "exit $?"; runlog diary g.csv --update d.csv --column strength=Gym; echo "exit $?"
! runlog: g.csv:1: --column pian=Soreness: 'pian' is not a role (the roles are date, pain, distance, duration, ate_before, ate_after, strength, notes, athlete); found 'date', 'distance', 'pa\x1B[31min'
! runlog: g.csv:1: --column pain=Soreness: no column 'Soreness' in the header; found 'date', 'distance', 'pa\x1B[31min'
! runlog: d.csv:1: --column pain=Soreness: no column 'Soreness' in the header; found 'Date', 'How bad'
! runlog: g.csv: nor in the log: found 'date', 'distance', 'pa\x1B[31min'
! runlog: --column: 'pain' is not ROLE=HEADER (such as pain=Soreness)
! runlog: d.csv:1: --column strength=Gym: no column 'Gym' in the header; found 'Date', 'How bad'
! runlog: g.csv: nor in the log: found 'date', 'distance', 'pa\x1B[31min'
> exit 64
> exit 64
> exit 64
> exit 64
> exit 64
