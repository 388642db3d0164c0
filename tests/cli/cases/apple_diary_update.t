# runlog diary --update on an Apple Health export as downloaded (a zip)
# works as for other exports: a diary cut to its first 3 days gets a row
# for each later running day, the same rows a fresh template has, the old
# diary kept as FILE~; a second update finds no new running day
$ /usr/bin/python3 tests/data/apple/gen_apple.py $T && cd $T && runlog diary export.zip > full.csv 2>/dev/null && head -4 full.csv > d.csv && cp d.csv old.csv && runlog diary export.zip --update d.csv && cmp d.csv full.csv && cmp d.csv~ old.csv && runlog diary export.zip --update d.csv; echo "exit $?"; sed -n 1,2p d.csv; echo $(sed 1d full.csv | wc -l) $(awk -F, 'NR > 1 && $2 != "" {print $1}' runlog.csv | sort -u | wc -l)
! runlog: d.csv: 349 rows added for new running days, 3 kept as they were; the previous diary is in d.csv~
! runlog: d.csv: no new running days: 352 rows kept as they were, nothing written
> exit 0
> date,pain,ate_before,ate_after,strength,notes
> 2024-01-01,,,,,1 run 15.7 km
> 352 352
