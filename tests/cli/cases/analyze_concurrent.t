# six analyze runs at once into one --out, three on log A and three on log
# B: all succeed, they take turns, and the folder ends up holding one
# whole set (A's or B's, never a mix) and no temporary file
$ cp samples/mylog.csv $T/b.csv; printf '2025-05-28,6.0,0:35:00,7,no,no,no,added\n' >> $T/b.csv; runlog analyze samples/mylog.csv --out $T/a > /dev/null && runlog analyze $T/b.csv --out $T/b > /dev/null || exit 1; for i in 1 2 3; do runlog analyze samples/mylog.csv --out $T/p > /dev/null & runlog analyze $T/b.csv --out $T/p > /dev/null & done; wait; if diff -r $T/p $T/a > /dev/null || diff -r $T/p $T/b > /dev/null; then echo "one whole set"; fi; ls -A $T/p | wc -l
> one whole set
> 6
