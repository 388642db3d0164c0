# every pair of every plan has one remedy block and one usual block: 40
# seeds, 2-week blocks over 40 weeks (10 pairs each), and 1-week blocks over
# 8 weeks; prints the number of plans and of unbalanced pairs
$ for s in $(seq 1 40); do runlog plan strengthen --start 2026-01-05 --weeks 40 --block 2 --seed $s --out "$T/a.csv" > /dev/null && runlog plan rest --start 2026-01-05 --seed $s --out "$T/b.csv" > /dev/null && awk -F, '/^[0-9]/ { n[$1]++; r[$1] += $3 == "remedy"; u[$1] += $3 == "usual" } END { for (p in n) bad += n[p] != 2 || r[p] != 1 || u[p] != 1; print FILENAME, length(n), bad + 0 }' "$T/a.csv" && awk -F, '/^[0-9]/ { n[$1]++; r[$1] += $3 == "remedy" } END { for (p in n) bad += n[p] != 2 || r[p] != 1; print FILENAME, length(n), bad + 0 }' "$T/b.csv"; done | sed "s|$T/||" | sort | uniq -c
>      40 a.csv 10 0
>      40 b.csv 4 0
