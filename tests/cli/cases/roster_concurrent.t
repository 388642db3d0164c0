# issue 19: weekly --all holds one lock on DIR for the whole run: three
# runs at once into one folder all succeed, their 12 weeks and roster are
# whole and the same as one run's, and no temporary file is left
$ for i in 1 2 3; do (runlog weekly tests/data/club/club.csv --all --week 2025-W22 --today 2025-06-04 --out $T/r -q > /dev/null; echo "exit $?" > $T/rc$i) & done; wait; cat $T/rc1 $T/rc2 $T/rc3; rm $T/rc*; runlog weekly tests/data/club/club.csv --all --week 2025-W22 --today 2025-06-04 --out $T/ref -q > /dev/null; diff -r $T/r $T/ref && find $T \( -name '*.tmp.*' -o -name '.*.runlog-*' \) | wc -l
> exit 0
> exit 0
> exit 0
> 0
