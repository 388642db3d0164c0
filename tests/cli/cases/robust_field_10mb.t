# a 10 MB quoted field: exit 65 with a message naming the line and the 1 MiB
# limit, no chart folder; memory stays bounded: under 50 MB peak (/usr/bin/time
# %M, when present) and the same clear error under ulimit -v 200000
$ cd $T; { printf 'date,pain,notes\n2025-03-01,2,"'; head -c 10485760 /dev/zero | tr '\0' a; printf '"\n2025-03-02,3,ok\n'; } > big.csv; runlog analyze big.csv --out p; echo "exit $?"; test -e p || echo nothing written; if [ -x /usr/bin/time ]; then /usr/bin/time -f %M -o mem runlog analyze big.csv --out p 2>/dev/null; test "$(tail -1 mem)" -lt 51200 && echo "memory bounded"; else echo "memory bounded"; fi; (ulimit -v 200000; runlog analyze big.csv --out p; echo "ulimit -v 200000: exit $?")
! runlog: big.csv:2: line longer than 1 MiB
! runlog: big.csv:2: line longer than 1 MiB
> exit 65
> nothing written
> memory bounded
> ulimit -v 200000: exit 65
@ unwrapped
