# issue 19: a week whose diary is not filled in yet. The summary says so
# first, naming the diary as given; pain-free runs are unknown, not 0 ("0 of
# 5 runs scored"); and no remedy comes from the unscored runs (the old
# report said "pain-free runs 0 (down)" and "top remedy: Rest")
$ cd $T && L=$OLDPWD/tests/data/week_faults/streak_none.csv && cut -d, -f1,2,4,5,6 $L > act.csv && (echo date,pain; grep -v '^2025-08' $L | tail -n +2 | awk -F, '$3 != "" {print $1 "," $3}') > diary.csv && runlog weekly act.csv --diary diary.csv --week 2025-W32 --today 2025-08-11 --out r && grep -e '^| pain-free' -e 'no pain score' -e 'days in a row' r/2025-W32/report.md
> 5 runs this week have no pain score yet: fill in diary.csv
> 2025-W32 (2025-08-04 to 2025-08-10): 5 runs, 40.0 km (0 of 5 runs scored)
>   against your usual (12 weeks): runs typical (2-5),
>     distance (km) typical (20.1-46.4)
>   against the previous 4 weeks: runs up from 3.2, distance (km) up from 29.3
>   top remedy: none (nothing this week or in the whole log calls for one)
>   report: r/2025-W32/report.html
> 5 runs this week have no pain score yet: fill in diary.csv.
> | pain-free runs | - (0 of 5 runs scored) | - | - | 1.2 | - |
> - 5 of the week's 5 runs have no pain score yet, and count in no event.
> - Monday to Friday were 5 running days in a row. No remedy from this week: the whole log's evidence on it is none (see below).
