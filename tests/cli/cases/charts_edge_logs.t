# one run, every pain the same, no meal columns, several runs a day: all five charts draw
$ printf 'date,pain\n2025-03-01,3\n' > $T/one.csv; printf 'date,pain\n2025-03-01,3\n2025-03-01,3\n2025-03-02,3\n2025-03-04,3\n' > $T/flat.csv; for f in one flat; do runlog analyze $T/$f.csv --out $T/$f > /dev/null || exit 1; ls $T/$f | wc -l; done; runlog analyze tests/data/basic.csv --out $T/basic --draft > /dev/null && ls $T/basic | wc -l
> 5
> 5
> 5
