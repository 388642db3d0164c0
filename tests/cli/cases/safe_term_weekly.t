# issue 18: weekly's summary for cron mail shows the --athlete value with its
# control characters as \xNN: a name with "\r\n  report: /tmp/evil" forges no
# "report:" line (one only, runlog's own), and no line holds a control byte
$ printf 'athlete,date,pain\n"ev\033[2Jil\r\n  report: /tmp/evil",2025-03-04,4\nann,2025-03-04,1\n' > $T/log.csv; runlog weekly $T/log.csv --week 2025-W10 --out $T/r --athlete "$(printf 'ev\033[2Jil\r\n  report: /tmp/evil')" > $T/out; echo "exit $?"; grep -c '[[:cntrl:]]' $T/out; grep -c '^  report: ' $T/out; head -1 $T/out
> exit 0
> 0
> 1
> 2025-W10 (2025-03-03 to 2025-03-09), ev\x1B[2Jil\x0D\x0A  report: /tmp/evil: 1 run,
