# every whole-file refusal exits 65 and writes nothing: no chart folder from
# analyze, no reports folder from weekly (empty, blanks only, no header, no
# date or pain column, a column twice, an open quote, NUL bytes, a header that
# is not UTF-8, JSON, XLSX); the messages themselves are in the other cases
$ printf 'date,pain\n2025-03-01,2\n\000\000\001' > $T/nul.csv; printf 'date,pa\377in,pain\n2025-03-01,2,3\n' > $T/utf8.csv; printf 'PK\003\004\024\000\006\000' > $T/log.xlsx; for f in tests/data/empty.csv tests/data/whitespace.csv tests/data/no_header.csv tests/data/no_date.csv tests/data/no_pain.csv tests/data/dup_col.csv tests/data/unterminated.csv $T/nul.csv $T/utf8.csv tests/data/log.json $T/log.xlsx; do runlog analyze $f --out $T/p 2>/dev/null; a=$?; runlog weekly $f --week 2025-W10 --out $T/r 2>/dev/null; w=$?; echo "$(basename $f): analyze $a, weekly $w, $(ls $T | grep -c -x -e p -e r) folders written"; done
> empty.csv: analyze 65, weekly 65, 0 folders written
> whitespace.csv: analyze 65, weekly 65, 0 folders written
> no_header.csv: analyze 65, weekly 65, 0 folders written
> no_date.csv: analyze 65, weekly 65, 0 folders written
> no_pain.csv: analyze 65, weekly 65, 0 folders written
> dup_col.csv: analyze 65, weekly 65, 0 folders written
> unterminated.csv: analyze 65, weekly 65, 0 folders written
> nul.csv: analyze 65, weekly 65, 0 folders written
> utf8.csv: analyze 65, weekly 65, 0 folders written
> log.json: analyze 65, weekly 65, 0 folders written
> log.xlsx: analyze 65, weekly 65, 0 folders written
