# issue 18: a name and a file name from the log or the user reach the text
# report with their control characters shown as \xNN (no ESC, CR or LF from
# them reaches stdout): an athlete named "ev ESC[2J il CR LF  report: /tmp/evil"
# in the --by athlete table forges no line, and a diary whose file name holds
# an escape is named visibly; no line of either report holds a control byte
$ cd $T && printf 'athlete,date,pain\nann,2025-03-01,1\n"ev\033[2Jil\r\n  report: /tmp/evil",2025-03-02,2\n' > log.csv && printf 'date,pain\n2025-03-01,1\n' > "$(printf 'di\033[2Jary.csv')" && runlog analyze log.csv --no-charts --by athlete > by.txt && runlog analyze log.csv --no-charts --athlete ann --diary "$(printf 'di\033[2Jary.csv')" > diary.txt; echo "exit $?"; cat by.txt diary.txt | grep -c '[[:cntrl:]]'; grep -F -e 'ev\x1B[2Jil' -e 'report:' -e 'from the diary' by.txt diary.txt | sed 's/  */ /g'
> exit 0
> 0
> by.txt: ev\x1B[2Jil\x0D\x0A report: /tmp/evil 1 2.0 - insufficient - - - - - -
> diary.txt: pain from the diary di\x1B[2Jary.csv: 1 day with runs, 0 diary days with no
