#!/bin/sh
# Cross-check every number of `runlog analyze --format json` against an
# independent pandas/scipy reference on generated logs (see crosscheck.py).
# Run from anywhere; uses Debian's /usr/bin/python3 (numpy, pandas, scipy).
# Builds nothing: run `make` first. Exits with the cross-check's status.
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
LC_ALL=C
export LC_ALL
/usr/bin/python3 tests/reference/crosscheck.py "${1:-./runlog}"
exit $?
