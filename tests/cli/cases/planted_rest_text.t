# rest.csv (pain follows consecutive running days only): in the text report the
# first finding, its wrapped lines joined, says what went with more pain and
# offers the remedy "rest —" as the article's, to try (2.34, CI 2.12 to
# 2.56 in its JSON: strong; statsmodels agrees, model_check.py).
# Logs: tests/data/planted/generate.py
$ runlog analyze tests/data/planted/rest.csv --no-charts | awk '/^What goes with your back pain$/ { s = 1; next } s && /^  1\. / { p = 1 } /^  2\. / || /^$/ { p = 0 } p' | tr '\n' ' ' | tr -s ' '
~  1. [strong] Runs on the third consecutive day or later went with 2.3 points more pain than runs after a rest day
~ To try, as the article suggests: rest —
