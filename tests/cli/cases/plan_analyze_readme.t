# the README's "Did the remedy work?" session is the real output: its plan
# command, then its analyze command on the eight-week simulated log
$ sed -n '/^Your self-experiment: rest$/,/^```$/p' README.md | sed '$d' > $T/want && cp tests/data/plan/eight_weeks.csv "$T/mylog.csv" && cd "$T" && runlog plan rest --start 2026-01-05 --seed 1 --out plan.csv > /dev/null && runlog analyze mylog.csv --plan plan.csv --no-charts | sed -n '/^Your self-experiment/,/^Caution/p' | sed '$d' | sed '$d' | diff want - && echo same
> same
