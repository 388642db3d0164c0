# the temporary files older runlogs left ("NAME.tmp.XXXXXX", no lock held)
# are removed by the next run that writes beside them: in --out, in a
# week's folder, and beside an -O FILE, once they are runlog's by name (a
# name runlog writes, six letters), a file of this user's and unchanged for
# 15 minutes; a fresh one, another name, another owner, a folder and a
# symlink of that form are left alone
$ mkdir -p $T/p/runs.csv.tmp.Dir001 $T/r/2025-W22; cd $T; for f in p/runs.csv.tmp.Ab12Cd p/pain_timeline.png.tmp.x1Y2z3 p/notes.txt.tmp.abcdef p/runs.csv.tmp.abc12 p/runs.csv.tmp.ab-123 p/weekly.png.tmp.Other1 r/2025-W22/report.md.tmp.Old001 report.txt.tmp.Old002 other.txt.tmp.Old003; do echo x > $f; touch -d '1 hour ago' $f; done; echo x > p/runs.csv.tmp.Fresh1; echo x > r/2025-W22/report.json.tmp.New001; ln -s runs.csv.tmp.Ab12Cd p/factors.png.tmp.Link01; chown nobody p/weekly.png.tmp.Other1; touch -d '1 hour ago' p/runs.csv.tmp.Dir001; cd $OLDPWD; runlog analyze samples/mylog.csv --out $T/p -O $T/report.txt && runlog weekly samples/mylog.csv --week 2025-W22 --out $T/r -q || exit 1; cd $T; ls -A p | grep tmp; ls -A r/2025-W22 | grep tmp; ls -A | grep tmp
> factors.png.tmp.Link01
> notes.txt.tmp.abcdef
> runs.csv.tmp.Dir001
> runs.csv.tmp.Fresh1
> runs.csv.tmp.ab-123
> runs.csv.tmp.abc12
> weekly.png.tmp.Other1
> report.json.tmp.New001
> other.txt.tmp.Old003
