# a 10 MB line without quotes (line 3: a run followed by five million fields)
# and a 10 MB header line: exit 65 with a message naming the line and the
# 1 MiB limit, no chart folder; memory stays bounded: under 50 MB peak
# (/usr/bin/time %M, when present) and the same clear error under ulimit -v 200000
$ cd $T; { printf 'date,pain\n2025-03-01,2\n2025-03-02,3'; head -c 10485760 /dev/zero | tr '\0' a | sed 's/aa/,a/g'; printf '\n2025-03-03,4\n'; } > long.csv; { printf 'date,pain,'; head -c 10485760 /dev/zero | tr '\0' a; printf '\n2025-03-01,2,ok\n'; } > head.csv; for f in long head; do runlog analyze $f.csv --out p; echo "exit $?"; done; test -e p || echo nothing written; if [ -x /usr/bin/time ]; then /usr/bin/time -f %M -o mem runlog analyze long.csv --out p 2>/dev/null; test "$(tail -1 mem)" -lt 51200 && echo "memory bounded"; else echo "memory bounded"; fi; (ulimit -v 200000; runlog analyze long.csv --out p; echo "ulimit -v 200000: exit $?")
! runlog: long.csv:3: line longer than 1 MiB
! runlog: head.csv:1: line longer than 1 MiB
! runlog: long.csv:3: line longer than 1 MiB
> exit 65
> exit 65
> nothing written
> memory bounded
> ulimit -v 200000: exit 65
@ unwrapped
