# issue 18: a name with a newline cannot turn report.md's "log:" line into a
# heading, a rule or a list: the athlete "Jo LF === LF - x" is written on the
# "log:" line as Jo\x0A===\x0A- x (the backslash escaped); report.md has no
# line from the name, and analyze's Markdown report escapes its table pipe
$ cd $T && printf 'athlete,date,pain\n"Jo\n===\n- x",2025-03-04,4\n"a|b",2025-03-04,1\n' > log.csv && runlog weekly log.csv --week 2025-W10 --out r --athlete "$(printf 'Jo\n===\n- x')" -q; echo "exit $?"; grep -c -e '^===' -e '^- x' r/*/2025-W10/report.md; grep '^log:' r/*/2025-W10/report.md; runlog analyze log.csv --no-charts --by athlete --format md | grep -F 'a\|b' | cut -c1-8
> exit 0
> 0
> log: log.csv, athlete Jo\\x0A===\\x0A- x
> | a\|b |
