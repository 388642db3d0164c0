# the same seed gives the same bytes, in both files, whatever --out is named;
# a plan made without --seed prints its seed, which makes the same plan again
$ cd "$T" && mkdir a b && runlog plan strengthen --start 2026-01-05 --weeks 12 --seed 7 --out a/plan.csv > /dev/null && runlog plan strengthen --start 2026-01-05 --weeks 12 --seed 7 --out b/mine.csv > /dev/null && cmp a/plan.csv b/mine.csv && cmp a/plan.ics b/mine.ics && echo same && runlog plan rest --start 2026-01-05 --weeks 16 --out drawn.csv > drawn.out && seed=$(sed -n 's/^seed \([0-9]*\);.*/\1/p' drawn.out) && grep -q "^# seed: $seed\$" drawn.csv && runlog plan rest --start 2026-01-05 --weeks 16 --seed "$seed" --out again.csv > /dev/null && cmp drawn.csv again.csv && cmp drawn.ics again.ics && echo "drawn seed reproduces"
> same
> drawn seed reproduces
