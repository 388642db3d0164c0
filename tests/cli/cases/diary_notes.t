# a pain diary's notes show in runs.csv, a day's last row winning as its
# pain does; a note longer than 500 bytes is cut before a character (no
# broken UTF-8), and a diary without notes adds no notes column
$ cd $T; printf 'date,pain\n2025-03-01,2\n2025-03-02,3\n2025-03-04,1\n' > log.csv; /usr/bin/python3 -c 'open("d.csv", "w", encoding="utf-8").write("date,pain,notes\n2025-03-01,2,first\n2025-03-01,4,second; then\n2025-03-02,3,\"a" + "é" * 300 + "\"\n2025-03-04,1,\n")'; printf 'date,pain\n2025-03-01,2\n' > plain.csv; runlog analyze log.csv --diary d.csv --out p --chart-format svg > /dev/null; sed -n 1,2p p/runs.csv; sed -n 4p p/runs.csv; /usr/bin/python3 -c 'import csv; r = list(csv.DictReader(open("p/runs.csv", encoding="utf-8"))); n = r[1]["notes"]; print(len(n.encode()), n == "a" + "é" * 249)'; runlog analyze log.csv --diary plain.csv --out q --chart-format svg > /dev/null; head -1 q/runs.csv
> date,distance_km,pain,streak,meal_before,meal_after,strength_7d,load_spike,long_run,notes
> 2025-03-01,,4,1,,,,,,"second; then"
> 2025-03-04,,1,1,,,,,,
> 499 True
> date,distance_km,pain,streak,meal_before,meal_after,strength_7d,load_spike,long_run
