# the default week is the last complete ISO week before today: on Monday
# 2025-03-10 and on Sunday 2025-03-16 it is 2025-W10 (W11 ends that Sunday
# night), on Monday 2025-03-17 it is 2025-W11
$ runlog weekly tests/data/week.csv --today 2025-03-10 --out $T/a -q; runlog weekly tests/data/week.csv --today 2025-03-16 --out $T/b -q; runlog weekly tests/data/week.csv --today 2025-03-17 --out $T/c -q; ls $T/a $T/b $T/c | sed "s|$T|T|"
> T/a:
> 2025-W10
> 
> T/b:
> 2025-W10
> 
> T/c:
> 2025-W11
