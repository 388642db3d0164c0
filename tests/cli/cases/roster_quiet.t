# issue 19: weekly --all --quiet prints only the flagged (and failed)
# athletes, so cron mails only when one needs a look; with none flagged
# it prints nothing (the 6 unflagged athletes alone)
$ runlog weekly tests/data/club/club.csv --all --week 2025-W22 --today 2025-06-04 --out $T/r -q | cut -d: -f1; grep -E '^(athlete|Ann|Fay|Gus|Hal|Ida|Jon),' tests/data/club/club.csv > $T/calm.csv; runlog weekly $T/calm.csv --all --week 2025-W22 --today 2025-06-04 --out $T/calm -q | wc -c
>   ! Ben
>   ! Cara
>   ! Dev
>   ! Eve
>   ! <b>Zed</b> & "Jo", \x1B[2J
>   ! Kim
> 0
