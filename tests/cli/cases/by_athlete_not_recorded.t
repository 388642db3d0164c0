# --by athlete on a cohort without meal columns: the table's "-" under
# before and after is explained as not recorded, in the file's terms
# (issue 17: what the file does not record is not evidence)
$ cd $T; cc -O2 -o gen "$OLDPWD/tests/bench/gen_cohort.c" && ./gen 3 150 | cut -d, -f1-5,8- > c.csv; head -1 c.csv; runlog analyze c.csv --by athlete --no-charts | tr -s ' \n' '  ' | grep -o -- '-: not recorded: [^.]*\.'
> athlete,date,distance_km,duration,pain,strength,notes
> -: not recorded: meals before and after runs (no ate_before or ate_after column).
