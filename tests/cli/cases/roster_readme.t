# issue 19: the README's roster summary is real: the README's coach crontab
# command, on the club log with cron's PATH, prints it line for line
$ sed -n '/^2025-W22 (2025-05-26 to 2025-06-01): 12 athletes/,/^  roster: /p' README.md > $T/want; cmd=$(grep -m1 '^0 7 \* \* 1 runlog weekly /home/coach' README.md | cut -d' ' -f6- | sed "s|/home/coach/club.csv|$PWD/tests/data/club/club.csv|; s|/home/coach/reports|reports|"); cd $T && env -i PATH="$OLDPWD:/usr/bin:/bin" HOME="$T" ${LSAN_OPTIONS:+"LSAN_OPTIONS=$LSAN_OPTIONS"} sh -c "$cmd --week 2025-W22 --today 2025-06-04" > got; wc -l < want; diff want got && echo same
> 14
> same
