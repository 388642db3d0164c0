# analyze --plan's text report fits in an 80-column terminal: the blocks'
# table gives each block's dates as month and day (the paragraph above it
# gives the plan's first day with its year) and heads its mean pain
# "pain"; here an eat plan on a log without meal columns, whose remedy
# blocks' adherence is "not known", the widest cell
$ cd "$T" && runlog plan eat --start 2026-01-05 --weeks 20 --seed 7 --out p.csv > /dev/null && cut -d, -f1-3,6 "$OLDPWD/tests/data/plan/planted.csv" > l.csv && runlog analyze l.csv --plan p.csv --no-charts > out && awk 'length > 80 { print "too wide: " $0 }' out; grep -c 'not known$' out; grep -A1 '^  block  pair' out
> 10
>   block  pair  arm     dates           runs  scored  pain  complete  kept
>       1     1  usual   01-05 to 01-11     6       6   5.3  yes       -
