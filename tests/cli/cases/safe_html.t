# issue 18: the HTML report shows a control character in a name as \xNN, as
# the text report does, and escapes markup as before: the page holds no
# control byte, and the --athlete value is on the page visibly
$ cd $T && printf 'athlete,date,pain\n"<b>ev\033[2Jil",2025-03-04,4\nann,2025-03-04,1\n' > log.csv && runlog analyze log.csv --no-charts --athlete "$(printf '<b>ev\033[2Jil')" --format html > r.html; echo "exit $?"; grep -c '[[:cntrl:]]' r.html; grep -o 'athlete &lt;b&gt;ev\\x1B\[2Jil alone' r.html
> exit 0
> 0
> athlete &lt;b&gt;ev\x1B[2Jil alone
