# --strict: one bad row is exit 65, and no chart is written
$ runlog analyze tests/data/bad_rows.csv --strict --out $T/plots --today 2025-12-01 2>&1 | tail -1; test ! -e $T/plots || exit 1; runlog analyze tests/data/bad_rows.csv --strict --out $T/plots --today 2025-12-01 2>/dev/null
? 65
> runlog: tests/data/bad_rows.csv: 6 bad rows and 10 bad values; --strict writes nothing
