# rest.csv (pain follows consecutive running days only): in the text report the
# first finding, its wrapped lines joined, names the remedy "rest —".
# Logs: tests/data/planted/generate.py
$ runlog analyze tests/data/planted/rest.csv --no-charts | awk '/^What goes with your back pain$/ { s = 1; next } s && /^  1\. / { p = 1 } /^  2\. / || /^$/ { p = 0 } p' | tr '\n' ' ' | tr -s ' '
~  1. [strong] Runs on the third consecutive day or later hurt
~ rest —
