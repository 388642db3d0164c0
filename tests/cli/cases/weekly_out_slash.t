# --out reports/ (as the README writes it) names the same folders as
# --out reports: the summary says reports/2025-W10, not reports//2025-W10,
# and an athlete's week (--athlete, --all) still goes into the athlete's
# folder
$ cd "$T" && runlog weekly "$OLDPWD/tests/data/cohort.csv" --week 2025-W10 --out r/ --athlete ann | tail -1; runlog weekly "$OLDPWD/tests/data/cohort.csv" --week 2025-W10 --out r// --all | tail -1; find r -name 'report.html' -o -name 'roster.html' | sort
>   report: r/ann/2025-W10/report.html
>   roster: r/2025-W10/roster.html
> r/2025-W10/roster.html
> r/ann/2025-W10/report.html
> r/bob/2025-W10/report.html
