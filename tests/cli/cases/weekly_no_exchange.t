# weekly on a file system whose renameat2 cannot exchange (NFS; here a shim
# makes it fail with EINVAL): the week's folder is still replaced whole, with
# the new reports, a file of the user's in it kept, and nothing left over
@ unwrapped
$ cc -shared -fPIC -o $T/shim.so tests/cli/no_exchange.c || exit 1; cp samples/mylog.csv $T/b.csv; printf '2025-05-28,6.0,0:35:00,7,no,no,no,added\n' >> $T/b.csv; runlog weekly $T/b.csv --week 2025-W22 --out $T/ref -q && LD_PRELOAD=$T/shim.so runlog weekly samples/mylog.csv --week 2025-W22 --out $T/r -q && echo mine > $T/r/2025-W22/notes.txt && LD_PRELOAD=$T/shim.so runlog weekly $T/b.csv --week 2025-W22 --out $T/r -q; echo "exit $?"; diff -r -x notes.txt $T/r $T/ref && cat $T/r/2025-W22/notes.txt; echo $(ls -A $T/r)
> exit 0
> mine
> 2025-W22
