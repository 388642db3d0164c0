# the sample log as LibreOffice saves it in a German locale: ';' between
# fields, CRLF, a decimal comma in distance and pain, DD.MM.YYYY dates and
# ja/nein (the count: rows so spelled); the JSON, all but the file's name,
# equals the sample log's in runlog's own spelling (issue 17)
$ cd $T; /usr/bin/python3 -c 'import csv, sys; rows = list(csv.reader(open(sys.argv[1]))); w = csv.writer(open("de.csv", "w", newline=""), delimiter=";", lineterminator="\r\n"); yn = {"yes": "ja", "no": "nein", "": ""}; w.writerow(rows[0]); [w.writerow([".".join(r[0].split("-")[::-1]), r[1].replace(".", ","), r[2], r[3].replace(".", ","), yn[r[4]], yn[r[5]], yn[r[6]], r[7]]) for r in rows[1:]]' "$OLDPWD/samples/mylog.csv"; grep -c '^[0-9][0-9]\.[0-9][0-9]\.2025;[0-9]*,[0-9];[^;]*;[0-9]*\(,[0-9]\)\{0,1\};\(ja\|nein\);' de.csv; runlog analyze de.csv --no-charts --format json | sed 's/"file": "[^"]*"/"file"/' > de.json; runlog analyze "$OLDPWD/samples/mylog.csv" --no-charts --format json | sed 's/"file": "[^"]*"/"file"/' > en.json; cmp de.json en.json && echo the same JSON
> 172
> the same JSON
