# weekly: a symlink planted at the week's folder (r/2025-W22 -> ../elsewhere)
# is an error that names it (exit 73); nothing is written through it, and
# no staging folder is left in r
$ mkdir -p $T/r $T/elsewhere; ln -s ../elsewhere $T/r/2025-W22; runlog weekly samples/mylog.csv --week 2025-W22 --out $T/r -q 2> $T/err; echo "exit $?"; sed "s|$T|T|" $T/err; echo "elsewhere: $(ls -A $T/elsewhere | wc -l) files"; ls -A $T/r; test -L $T/r/2025-W22 && echo "still the symlink"
> exit 73
> runlog: T/r/2025-W22: is a symbolic link; runlog will not write through it
> elsewhere: 0 files
> 2025-W22
> still the symlink
