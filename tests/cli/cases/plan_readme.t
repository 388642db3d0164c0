# the README's runlog plan example is the real output
$ sed -n '/^wrote plan.csv and plan.ics$/,/^```$/p' README.md | sed '$d' > $T/want && cd "$T" && runlog plan rest --start 2026-01-05 --seed 1 --out plan.csv | diff want - && echo same
> same
