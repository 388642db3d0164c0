# different seeds give different orders: of 40 seeds' 32-pair plans, no two
# are alike (2^32 orders: a clash by chance is about 1 in 5 million), and
# each pair puts the remedy first in some plans and second in others
$ for s in $(seq 1 40); do runlog plan eat --start 2026-01-05 --weeks 64 --seed $s --out "$T/p.csv" > /dev/null && grep '^[0-9]' "$T/p.csv" | cut -d, -f3 | paste -sd' '; done > "$T/orders" && sort -u "$T/orders" | wc -l && awk '{ for (i = 1; i <= NF; i += 2) first[i] += $i == "remedy" } END { for (i = 1; i <= 63; i += 2) ok += first[i] > 0 && first[i] < NR; print ok " pairs go both ways" }' "$T/orders"
> 40
> 32 pairs go both ways
