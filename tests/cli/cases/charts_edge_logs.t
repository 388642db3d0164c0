# one run, every pain the same, no meal columns, several runs a day, nine runs,
# and thirteen years: all five charts draw
$ printf 'date,pain\n2025-03-01,3\n' > $T/one.csv; printf 'date,pain\n2025-03-01,3\n2025-03-01,3.0\n2025-03-02,3\n2025-03-04,3\n' > $T/flat.csv; /usr/bin/python3 tests/bench/gen_log.py 3000 > $T/long.csv; for f in $T/one.csv $T/flat.csv tests/data/basic.csv tests/data/planted/nine.csv $T/long.csv; do runlog analyze $f --out $T/out --draft > /dev/null || exit 1; ls $T/out/*.png | wc -l; rm -r $T/out; done
> 5
> 5
> 5
> 5
> 5
