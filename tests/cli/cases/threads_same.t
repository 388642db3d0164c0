# The samples and the tests' logs (bad rows, CRLF, BOM, quoted newlines,
# UTF-16 ...), cut into 1000-byte chunks on 3 threads, give the bytes of
# one reader in analyze's JSON, stderr and exit code (the fast part of
# make check-threads, which compares every output)
$ for f in samples/*.csv tests/data/*.csv tests/data/*/*.csv; do runlog analyze "$f" --threads 1 --no-charts -f json --today 2026-12-01 > $T/one 2>&1; echo "exit $?" >> $T/one; RUNLOG_CHUNK=1000 runlog analyze "$f" --threads 3 --no-charts -f json --today 2026-12-01 > $T/three 2>&1; echo "exit $?" >> $T/three; cmp -s $T/one $T/three || echo "DIFFERENT $f"; done; echo done
> done
