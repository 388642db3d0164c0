# issue 18: the JSON reports are valid JSON whatever bytes the log holds:
# an athlete name that is not UTF-8 (0xFF 0xFE, a cut 3-byte character) is
# written with U+FFFD, one for each ill-formed part, and ESC and the C1
# CSI U+009B escaped, both in analyze's --by athlete JSON and in weekly's
# report.json; python's json module reads both files
$ cd $T && printf 'athlete,date,pain\n"bad\377\376 \342\202x",2025-03-04,4\n"e\033\302\233",2025-03-04,1\n' > log.csv && runlog analyze log.csv --no-charts --by athlete --format json > a.json && runlog weekly log.csv --week 2025-W10 --out r --athlete "$(printf 'bad\377\376 \342\202x')" -q; echo "exit $?"; for f in a.json r/*/2025-W10/report.json; do /usr/bin/python3 -m json.tool "$f" > /dev/null && echo valid; done; grep -ho '"athlete": "[^"]*"' a.json r/*/2025-W10/report.json
> exit 0
> valid
> valid
> "athlete": "bad�� �x"
> "athlete": "e\u001b\u009b"
> "athlete": "bad�� �x"
