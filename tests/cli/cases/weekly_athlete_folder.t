# the folder of an athlete's weekly reports: letters, digits, '.', '-' and '_'
# kept, other runs of bytes one '_', never a path outside --out
$ printf 'athlete,date,pain\n"Smith, Jo",2025-03-03,2\n../x,2025-03-04,3\n..,2025-03-05,4\n' > $T/c.csv; for a in "Smith, Jo" "../x" ".."; do runlog weekly $T/c.csv --athlete "$a" --week 2025-W10 --out $T/r -q || exit 1; done; cd $T/r && find . -name report.md | sort
> ./Smith_Jo/2025-W10/report.md
> ./athlete/2025-W10/report.md
> ./x/2025-W10/report.md
