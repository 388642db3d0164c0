# the README's "Did it work?" examples are the real output: --since, then
# the changes runlog sees by itself
$ sed -n '/^Did it work?$/,/^```$/p' README.md | sed '/^```$/d' > $T/want && { runlog analyze tests/data/since/drop.csv --no-charts --since 2025-04-14 | sed -n '/^Did it work?$/,/^$/p' | sed '$d'; runlog analyze tests/data/since/drop.csv --no-charts | sed -n '/^Did it work?$/,/^$/p' | sed '$d'; } | diff $T/want - && echo same
> same
