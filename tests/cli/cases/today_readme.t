# the README's runlog today example is the real output
$ sed -n '/^runlog today, 2025-10-06$/,/^```$/p' README.md | sed '$d' > $T/want && runlog today tests/data/planted/rest.csv --today 2025-10-06 | diff $T/want - && echo same
> same
