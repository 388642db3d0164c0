# issue 19: weekly --all prints, for cron, a line for the week, then the
# flagged athletes first, then the others, one short line each, names
# through safe_term_put (the escape byte shown as \x1B); then the roster
$ runlog weekly tests/data/club/club.csv --all --week 2025-W22 --today 2025-06-04 --out $T/r | sed "s|$T|T|"
> 2025-W22 (2025-05-26 to 2025-06-01): 12 athletes, 6 flagged or failed
>   ! Ben: 4 runs, 38.0 km, mean pain 5.0 (typical): high_pain
>   ! Cara: 4 runs, 38.0 km, mean pain 4.5 (above your usual): high_pain, rising
>   ! Dev: 4 runs, 38.0 km, mean pain 2.0 (typical): rising
>   ! Eve: 0 runs, none since 2025-05-09: stale
>   ! <b>Zed</b> & "Jo", \x1B[2J: 4 runs, 38.0 km, mean pain 6.0 (typical): high_pain
>   ! Kim: 4 runs, 38.0 km, mean pain 2.5 (above your usual): high_pain
>     Ann: 4 runs, 38.0 km, mean pain 1.5 (typical)
>     Fay: 4 runs, 38.0 km, mean pain 2.5 (typical)
>     Gus: 4 runs, 38.0 km, mean pain 1.5 (typical)
>     Hal: 4 runs, 38.0 km, mean pain 1.5 (typical)
>     Ida: 4 runs, 38.0 km, mean pain 1.5 (typical)
>     Jon: 4 runs, 38.0 km, mean pain 1.5 (typical)
>   roster: T/r/2025-W22/roster.html
