# four runs at once into one folder: all succeed, the files are whole, and no
# temporary file is left
$ for i in 1 2 3 4; do runlog weekly samples/mylog.csv --week 2025-W22 --out $T/r -q & done; wait; runlog weekly samples/mylog.csv --week 2025-W22 --out $T/ref -q; diff -r $T/r $T/ref && find $T \( -name '*.tmp.*' -o -name '.*.runlog-*' \) | wc -l
> 0
