# runlog plan's output fits in an 80-column terminal even for its widest
# plan (the longest remedy name, 104 weeks, 2-week blocks, the largest
# seed): the command that makes it again goes over two lines a shell joins,
# and run as printed (into another file) it makes the same plan
$ cd "$T" && runlog plan strengthen --start 2026-01-05 --weeks 104 --block 2 --seed 18446744073709551615 --out plan.csv > out && awk 'length > 80 { print "too wide: " $0 } END { print NR " lines" }' out && sed -n '4,5p' out | sed 's/--out plan.csv/--out again.csv/' > again.sh && sh again.sh > /dev/null && cmp plan.csv again.csv && echo same plan
> 57 lines
> same plan
