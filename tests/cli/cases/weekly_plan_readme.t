# the README's "While the plan runs" lines are the real output: the
# README's plan, and weekly --plan on the eight-week simulated log's
# 2026-W04
$ sed -n '/^  plan: block 3 of 8 (pair 2)/,/^```$/p' README.md | sed '$d' > $T/want && cp tests/data/plan/eight_weeks.csv "$T/mylog.csv" && cd "$T" && runlog plan rest --start 2026-01-05 --seed 1 --out plan.csv > /dev/null && runlog weekly mylog.csv --plan plan.csv --out reports --week 2026-W04 --today 2026-03-02 | grep -A1 '^  plan:' | diff want - && echo same
> same
