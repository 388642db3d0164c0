# weekly --athlete: a symlink planted at the athlete's folder (r/Jo ->
# ../elsewhere) is an error that names it (exit 73), and nothing is written
# through it
$ printf 'athlete,date,pain\nJo,2025-05-27,2\nJo,2025-05-29,3\n' > $T/c.csv; mkdir -p $T/r $T/elsewhere; ln -s ../elsewhere $T/r/Jo; runlog weekly $T/c.csv --athlete Jo --week 2025-W22 --out $T/r -q 2> $T/err; echo "exit $?"; sed "s|$T|T|" $T/err; echo "elsewhere: $(ls -A $T/elsewhere | wc -l) files"; ls -A $T/r
> exit 73
> runlog: T/r/Jo: is a symbolic link; runlog will not write through it
> elsewhere: 0 files
> Jo
